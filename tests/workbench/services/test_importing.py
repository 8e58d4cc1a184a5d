import datetime as dt

import pytest

from tests.fixtures.articles import read, read_bytes
from workbench.models import ClaimHistory
from workbench.services import importing
from workbench.services.identity import normalize_url
from workbench.services.importing import Corrections, DuplicateArticle, ImportProblem


def test_text_import_saves_the_text_exactly_and_the_claims_at_their_spans(checker):
    text = read("banjir_demak.txt")
    draft = importing.draft_from_text(text, "https://warta.example/banjir-demak")
    assert draft.title.startswith("Banjir Rendam 12 Desa")
    assert draft.analysis.claims, "the splitter finds claims in the fixture"
    article = importing.save_draft(draft, Corrections(), checker).article
    assert article.text == text
    assert article.imported_by_id == checker.id
    assert len(article.claims) == len(draft.analysis.claims)
    for claim in article.claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.status == "new" and claim.origin == "splitter" and claim.version == 1
        assert [h.action for h in claim.history] == ["created"]
    assert {b["kind"] for b in article.boilerplate} >= {"ad"}


def test_corrections_and_the_claims_kept_are_saved(checker):
    draft = importing.draft_from_text(read("banjir_demak.txt"))
    first = draft.analysis.claims[0]
    corrections = Corrections(title="Banjir Demak", published=dt.date(2023, 3, 7),
                              language="id", outlet="Warta Pantura",
                              keep={(first.start, first.end)})
    article = importing.save_draft(draft, corrections, checker).article
    assert (article.title, article.published, article.outlet) == (
        "Banjir Demak", dt.date(2023, 3, 7), "Warta Pantura")
    assert [(c.start, c.end) for c in article.claims] == [(first.start, first.end)]


def test_upload_of_html_goes_through_the_extractor(checker):
    draft = importing.draft_from_file("harga_cabai.html", read_bytes("harga_cabai.html"))
    assert "Rp 90.000" in draft.text
    assert "<p>" not in draft.text and "Beranda" not in draft.text
    assert draft.title.startswith("Harga Cabai Rawit")


def test_upload_in_a_legacy_encoding_is_decoded(checker):
    text = "Menteri berkata: “Harga beras naik 10 persen” — kata dia.\n" * 3
    draft = importing.draft_from_file("berita.txt", text.encode("cp1252"))
    assert draft.text == text


def test_upload_with_a_utf8_bom_and_crlf_line_breaks(checker):
    text = read("banjir_demak.txt")
    draft = importing.draft_from_file("a.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n")
                                      .encode("utf-8"))
    assert draft.text == text


@pytest.mark.parametrize("name, data, message", [
    ("gambar.png", b"\x89PNG\r\n", "Upload a .txt or .html file"),
    ("kosong.txt", b"   \n  ", "no text"),
    ("biner.txt", bytes(range(256)) * 4, "not readable text"),
])
def test_bad_uploads_are_refused_with_a_clear_message(checker, name, data, message):
    with pytest.raises(ImportProblem, match=message):
        importing.draft_from_file(name, data)


def test_size_limit(app, checker):
    app.config["IMPORT_MAX_BYTES"] = 1000
    with pytest.raises(ImportProblem, match="too large"):
        importing.draft_from_text(read("banjir_demak.txt"))
    with pytest.raises(ImportProblem, match="too large"):
        importing.draft_from_file("a.txt", read_bytes("banjir_demak.txt"))


def test_same_text_is_a_duplicate_even_reformatted(article):
    again = "  " + read("banjir_demak.txt").replace("\n", "\r\n") + "\n\n"
    with pytest.raises(DuplicateArticle) as caught:
        importing.draft_from_text(again)
    assert caught.value.article.id == article.id


def test_same_url_and_text_is_a_duplicate(article):
    with pytest.raises(DuplicateArticle):
        importing.draft_from_text(read("banjir_demak.txt"),
                                  "HTTPS://Warta.example/banjir-demak/?utm_source=wa#komentar")


def test_import_text_returns_the_existing_article_for_a_duplicate(article, checker):
    result = importing.import_text(read("banjir_demak.txt"), checker)
    assert (result.outcome, result.article.id) == ("duplicate", article.id)


def test_same_url_with_another_text_is_an_update_of_the_existing_article(article):
    draft = importing.draft_from_text(read("banjir_demak_updated.txt"),
                                      "https://warta.example/banjir-demak?utm_medium=social")
    assert draft.previous.id == article.id


def mark(article, words):
    """A claim of our own, so the test does not hang on where the splitter cuts."""
    from workbench.services import claim_edits
    start = article.text.index(words)
    return claim_edits.add_claim(article, start, start + len(words), article.imported_by)


def update(checker):
    return importing.import_text(read("banjir_demak_updated.txt"), checker,
                                 url="https://warta.example/banjir-demak")


def test_updated_version_keeps_every_claim_and_flags_the_lost_ones(article, checker):
    old_text = article.text
    removed = mark(article, "memiliki panjang sekitar 40 meter")
    changed = mark(article, "3.400 warga telah mengungsi")
    moved = mark(article, "Ketinggian air di beberapa titik")
    before = {c.id for c in article.claims}
    result = update(checker)
    assert (result.outcome, result.article.id) == ("updated", article.id)
    new_text = read("banjir_demak_updated.txt")
    assert article.text == new_text
    assert [(r.number, r.text) for r in article.revisions] == [(1, old_text)]
    assert before <= {c.id for c in article.claims}, "no claim is ever deleted"
    assert not removed.anchored and not changed.anchored
    assert [h.action for h in removed.history] == ["created", "unanchored"]
    assert moved.anchored and new_text[moved.start:moved.end] == moved.text
    assert [h.action for h in moved.history] == ["created", "reanchored"]
    for claim in article.claims:
        if claim.anchored:
            assert new_text[claim.start:claim.end] == claim.text


def test_claims_found_in_the_new_version_are_added_where_nothing_overlaps(article, checker):
    kept = [(c.start, c.end) for c in article.claims]
    before = {c.id for c in article.claims}
    update(checker)
    added = [c for c in article.claims if c.id not in before]
    anchored = [c for c in article.claims if c.id in before and c.anchored]
    for claim in added:
        assert not any(c.start < claim.end and claim.start < c.end for c in anchored)
        assert claim.history[0].note == "found in an updated version"
    assert kept, "the fixture has claims"


def test_whitespace_changes_still_anchor_the_claim(article, checker):
    status = mark(article, "status tanggap darurat bencana")
    update(checker)
    assert status.anchored
    assert status.text == "status  tanggap darurat bencana"
    assert status.history[-1].action == "reanchored"


def test_updated_version_history_names_the_importer(article, checker):
    mark(article, "memiliki panjang sekitar 40 meter")
    update(checker)
    from workbench.extensions import db
    from sqlalchemy import select
    rows = db.session.scalars(select(ClaimHistory).where(ClaimHistory.action == "unanchored")).all()
    assert rows and all(r.user_id == checker.id for r in rows)


def test_url_import_fetches_and_extracts(checker, fixture_server, allow_local_fetch):
    draft = importing.draft_from_url(f"{fixture_server}/harga_cabai.html")
    assert "Rp 90.000" in draft.text and draft.title.startswith("Harga Cabai")
    article = importing.save_draft(draft, Corrections(), checker).article
    assert article.normalized_url == normalize_url(f"{fixture_server}/harga_cabai.html")


def test_url_import_of_plain_text(checker, fixture_server, allow_local_fetch):
    draft = importing.draft_from_url(f"{fixture_server}/banjir_demak.txt")
    assert draft.text == read("banjir_demak.txt")


def test_url_import_is_refused_for_a_local_address_by_default(checker, fixture_server):
    with pytest.raises(ImportProblem, match="private or local"):
        importing.draft_from_url(f"{fixture_server}/harga_cabai.html")


def test_url_import_of_a_known_page_is_a_duplicate(checker, fixture_server, allow_local_fetch):
    url = f"{fixture_server}/banjir_demak.txt"
    importing.save_draft(importing.draft_from_url(url), Corrections(), checker)
    with pytest.raises(DuplicateArticle):
        importing.draft_from_url(url + "?utm_campaign=x")


def test_an_update_adds_only_the_new_claims_the_user_kept(article, checker):
    draft = importing.draft_from_text(read("banjir_demak_updated.txt"),
                                      "https://warta.example/banjir-demak")
    before = {c.id for c in article.claims}
    importing.save_draft(draft, Corrections(keep=set()), checker)
    assert {c.id for c in article.claims} == before


def test_a_url_saved_meanwhile_by_someone_else_is_a_duplicate_not_an_error(checker):
    url = "https://warta.example/banjir-demak"
    mine = importing.draft_from_text(read("banjir_demak.txt"), url)
    theirs = importing.draft_from_text(read("banjir_demak_updated.txt"), url)
    first = importing.save_draft(theirs, Corrections(), checker).article
    with pytest.raises(DuplicateArticle) as caught:
        importing.save_draft(mine, Corrections(), checker)
    assert caught.value.article.id == first.id
