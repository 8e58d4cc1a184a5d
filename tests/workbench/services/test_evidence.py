import pytest
from sqlalchemy import func, select

from tests.workbench.evidence_fixtures import (claim, editor, lumbung, other_claim,  # noqa: F401
                                               page_server)
from workbench.extensions import db
from workbench.models import ClaimHistory, Evidence, Source
from workbench.services import evidence, sources
from workbench.services.evidence import EvidenceProblem, LinkDetails, evidence_count
from workbench.services.sources import SourceDetails

URL = "https://bps.example/rilis/beras-2024"


def history(claim, prefix="evidence"):
    return db.session.scalars(select(ClaimHistory).where(
        ClaimHistory.claim_id == claim.id, ClaimHistory.action.startswith(prefix))
        .order_by(ClaimHistory.id)).all()


def link(claim, user, url=URL, stance="supports", quote="naik 12 persen", note="", **source):
    return evidence.add_evidence(claim, user, SourceDetails(url, **source),
                                 LinkDetails(stance, quote, note))


def test_adding_a_link_records_it_in_the_claim_history(checker, claim):
    made, created = link(claim, checker, note="tabel 3", title="Rilis BPS", kind="official")
    assert created
    assert (made.claim_id, made.stance, made.quote, made.note) == (
        claim.id, "supports", "naik 12 persen", "tabel 3")
    assert (made.source.title, made.source.kind) == ("Rilis BPS", "official")
    [row] = history(claim)
    assert (row.action, row.field, row.user_id, row.old_value) == (
        "evidence_added", "evidence", checker.id, None)
    assert row.new_value == {"evidence_id": made.id, "source_id": made.source_id, "url": URL,
                             "stance": "supports", "quote": "naik 12 persen", "note": "tabel 3"}
    assert evidence_count(claim) == 1


def test_an_identical_link_is_not_doubled(checker, claim):
    first, _ = link(claim, checker)
    again, created = link(claim, checker, url=URL + "/?utm_source=x",
                          quote="  naik   12\npersen ")
    assert (again.id, created) == (first.id, False)
    assert evidence_count(claim) == 1
    assert len(history(claim)) == 1


@pytest.mark.parametrize("stance, quote", [("refutes", "naik 12 persen"),
                                           ("supports", "stok cukup tiga bulan")])
def test_another_stance_or_quote_is_another_link(checker, claim, stance, quote):
    link(claim, checker)
    link(claim, checker, stance=stance, quote=quote)
    assert evidence_count(claim) == 2
    assert db.session.scalar(select(func.count(Source.id))) == 1


def test_one_source_serves_many_claims(checker, claim, other_claim):
    a, _ = link(claim, checker)
    b, _ = link(other_claim, checker, url=URL + "#bagian-2", quote="40 pedagang")
    assert a.source_id == b.source_id
    assert (evidence_count(claim), evidence_count(other_claim)) == (1, 1)


def test_editing_records_before_and_after(checker, editor, claim):
    made, _ = link(claim, checker)
    before = evidence.describe(made)
    evidence.edit_evidence(made, editor, LinkDetails("context", "naik 12 persen", "hanya beras medium"))
    [_added, row] = history(claim)
    assert (row.action, row.user_id, row.old_value) == ("evidence_edited", editor.id, before)
    assert (row.new_value["stance"], row.new_value["note"]) == ("context", "hanya beras medium")


def test_editing_without_a_change_writes_no_history(checker, claim):
    made, _ = link(claim, checker)
    evidence.edit_evidence(made, checker, LinkDetails("supports", " naik 12 persen ", ""))
    assert [r.action for r in history(claim)] == ["evidence_added"]


def test_editing_into_a_duplicate_is_refused(checker, claim):
    link(claim, checker, stance="supports")
    other, _ = link(claim, checker, stance="refutes")
    with pytest.raises(EvidenceProblem, match="already"):
        evidence.edit_evidence(other, checker, LinkDetails("supports", "naik 12 persen"))
    assert db.session.get(Evidence, other.id).stance == "refutes"


def test_removing_keeps_the_row_and_records_why(checker, editor, claim):
    made, _ = link(claim, checker)
    evidence.remove_evidence(made, editor, "angka sudah direvisi")
    row = db.session.get(Evidence, made.id)
    assert row is not None and row.removed_at is not None and row.removed_by_id == editor.id
    assert evidence_count(claim) == 0
    assert evidence.evidence_by_stance(claim) == {"supports": [], "refutes": [], "context": []}
    [_added, removed] = history(claim)
    assert (removed.action, removed.user_id, removed.note, removed.new_value) == (
        "evidence_removed", editor.id, "angka sudah direvisi", None)
    assert removed.old_value["evidence_id"] == made.id
    with pytest.raises(EvidenceProblem, match="removed already"):
        evidence.remove_evidence(row, editor)


def test_a_removed_link_added_again_comes_back_with_history(checker, claim):
    made, _ = link(claim, checker)
    evidence.remove_evidence(made, checker)
    again, created = link(claim, checker, note="dicek ulang")
    assert (again.id, created, again.removed_at, again.note) == (made.id, True, None, "dicek ulang")
    assert [r.action for r in history(claim)] == ["evidence_added", "evidence_removed",
                                                  "evidence_added"]
    assert evidence_count(claim) == 1


def test_links_are_grouped_by_stance(checker, claim):
    link(claim, checker, stance="refutes", quote="a")
    link(claim, checker, stance="context", quote="b")
    link(claim, checker, stance="refutes", quote="c")
    groups = evidence.evidence_by_stance(claim)
    assert list(groups) == ["supports", "refutes", "context"]
    assert [[e.quote for e in links] for links in groups.values()] == [[], ["a", "c"], ["b"]]


@pytest.mark.parametrize("stance, quote, message", [
    ("agrees", "", "supports, refutes"),
    ("supports", "x" * (evidence.QUOTE_MAX + 1), "at most"),
])
def test_bad_links_are_refused_and_nothing_is_saved(checker, claim, stance, quote, message):
    with pytest.raises(EvidenceProblem, match=message):
        link(claim, checker, stance=stance, quote=quote)
    db.session.rollback()
    assert db.session.scalar(select(func.count(Source.id))) == 0
    assert history(claim) == []


def test_a_bad_address_is_refused(checker, claim):
    with pytest.raises(EvidenceProblem, match="http"):
        link(claim, checker, url="javascript:alert(1)")


def test_a_long_quote_in_any_script_fits_the_unique_index(checker, claim):
    quote = ("harga beras naik " + "日本語テキスト" * 200)[:evidence.QUOTE_MAX]
    made, created = link(claim, checker, quote=quote)
    assert created and db.session.get(Evidence, made.id).quote == quote


def test_snapshot_is_stored_with_the_link(checker, claim, page_server, allow_local_fetch):
    folder, base = page_server
    (folder / "rilis.txt").write_text("Harga beras medium naik 12 persen.", encoding="utf-8")
    snapshot = sources.take_snapshot(f"{base}/rilis.txt")
    made, _ = evidence.add_evidence(claim, checker, SourceDetails(f"{base}/rilis.txt"),
                                    LinkDetails("supports"), snapshot)
    assert made.source.snapshot_text == "Harga beras medium naik 12 persen."


def test_the_same_link_added_at_once_by_several_users_is_saved_once(app, checker, claim):
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from workbench.models import Claim, User
    claim_id, user_id = claim.id, checker.id
    db.session.commit()
    start = Barrier(4)

    def add(_):
        with app.app_context():
            start.wait()
            made, created = evidence.add_evidence(
                db.session.get(Claim, claim_id), db.session.get(User, user_id),
                SourceDetails(URL), LinkDetails("refutes", "kutipan yang sama"))
            return made.id, created

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(add, range(4)))
    assert len({made for made, _ in results}) == 1
    assert sorted(created for _, created in results) == [False, False, False, True]
    db.session.expire_all()
    assert evidence_count(claim) == 1
    assert len(history(claim)) == 1
