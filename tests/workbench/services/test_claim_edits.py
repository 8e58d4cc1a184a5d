import pytest
from sqlalchemy import select, update

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimHistory
from workbench.services import claim_edits
from workbench.services.claim_edits import EditConflict, EditRejected


def history(claim, action=None):
    rows = db.session.scalars(select(ClaimHistory).where(ClaimHistory.claim_id == claim.id)
                              .order_by(ClaimHistory.id)).all()
    return [r for r in rows if action is None or r.action == action]


def claim_with(article, words):
    """A claim of our own on the sentence holding ``words``: these tests must not depend on
    where the splitter (still evolving) cuts its claims."""
    text = article.text
    start = text.rfind("\n", 0, text.index(words)) + 1
    end = text.index("\n", start)
    return claim_edits.add_claim(article, start, end, article.imported_by)


def phrase(article, words):
    start = article.text.index(words)
    return claim_edits.add_claim(article, start, start + len(words), article.imported_by)


def test_add_from_a_selection_trims_whitespace_and_records_it(article, checker):
    text = article.text
    start = text.index("Sejauh ini") - 1          # a selection often takes a space along
    end = text.index("tersebut.") + len("tersebut.\n")
    claim = claim_edits.add_claim(article, start, end, checker)
    assert claim.text == "Sejauh ini tidak ada laporan korban jiwa akibat banjir tersebut."
    assert (claim.origin, claim.status, claim.created_by_id) == ("manual", "new", checker.id)
    [row] = history(claim)
    assert (row.action, row.user_id) == ("created", checker.id)
    assert row.new_value == {"span": [claim.start, claim.end], "types": [], "score": 0.0,
                             "source": None, "quantities": [], "dates": [], "entities": []}


def test_add_cuts_the_selection_from_the_current_text_read_under_the_write_lock(article,
                                                                              checker):
    # Another request saved a new text since this one read the article.
    new_text = "Kabar terbaru pagi ini. " + article.text
    with db.engine.begin() as conn:
        conn.execute(update(Article).where(Article.id == article.id).values(text=new_text))
    claim = claim_edits.add_claim(article, 0, len("Kabar terbaru pagi ini."), checker)
    assert claim.text == "Kabar terbaru pagi ini."


@pytest.mark.parametrize("start, end", [(-1, 5), (10, 5), (0, 10**6), (1, 1)])
def test_add_refuses_spans_outside_the_text(article, checker, start, end):
    with pytest.raises(EditRejected):
        claim_edits.add_claim(article, start, end, checker)


def test_adjust_span_records_old_and_new(article, checker):
    claim = claim_with(article, "3.400 warga")
    old = [claim.start, claim.end]
    claim_edits.adjust_span(claim, 1, claim.start, claim.end + 20, checker, "include the place")
    assert claim.text == article.text[claim.start:claim.end]
    assert claim.version == 2
    [row] = history(claim, "edited")
    assert (row.field, row.old_value, row.new_value, row.note) == (
        "span", old, [claim.start, claim.end], "include the place")


def test_edit_details_writes_one_row_per_changed_field(article, checker):
    claim = claim_with(article, "Rp 2,5 miliar")
    claim_edits.edit_details(claim, 1, checker, source=None, types=["quantity"],
                             quantities=[], dates=["2023-03-06"])
    fields = {r.field: r for r in history(claim, "edited")}
    assert set(fields) == {"types", "dates"}, "source and numbers did not change"
    assert fields["dates"].new_value == ["2023-03-06"]
    assert claim.dates == ["2023-03-06"] and claim.types == ["quantity"]


def test_stale_version_is_a_conflict_and_changes_nothing(article, checker):
    claim = claim_with(article, "3.400 warga")
    claim_edits.edit_details(claim, 1, checker, source="BPBD")
    with pytest.raises(EditConflict) as caught:
        claim_edits.edit_details(claim, 1, checker, source="Someone else")
    assert caught.value.claim.source == "BPBD"
    assert len(history(claim, "edited")) == 1


def test_a_write_racing_past_the_check_is_a_conflict(article, checker):
    claim = claim_with(article, "3.400 warga")
    # Another request commits after our version check but before our write.
    with db.engine.begin() as conn:
        conn.execute(update(Claim).where(Claim.id == claim.id)
                     .values(version=Claim.version + 1, source="elsewhere"))
    with pytest.raises(EditConflict) as caught:
        claim_edits.edit_details(claim, 1, checker, source="mine")
    assert caught.value.claim.source == "elsewhere"
    assert history(claim, "edited") == []


def test_merge_adjacent_claims_keeps_the_others_and_records_both_sides(article, checker):
    a, b = phrase(article, "Ketinggian air"), phrase(article, " di beberapa titik")
    survivor = claim_edits.merge([b, a], {a.id: 1, b.id: 1}, checker)
    assert survivor is a
    assert a.text == "Ketinggian air di beberapa titik"
    assert b.merged_into_id == a.id and db.session.get(Claim, b.id) is not None
    assert history(a, "merged")[0].field == "span"
    assert history(b, "merged")[0].new_value == a.id


def test_merge_refuses_distant_claims(article, checker):
    a, b = claim_with(article, "Banjir akibat"), claim_with(article, "korban jiwa")
    with pytest.raises(EditRejected, match="adjacent"):
        claim_edits.merge([a, b], {a.id: 1, b.id: 1}, checker)


def test_merge_with_a_stale_claim_is_a_conflict(article, checker):
    a, b = phrase(article, "Ketinggian air"), phrase(article, "di beberapa titik")
    claim_edits.dismiss(b, 1, checker)
    with pytest.raises(EditConflict):
        claim_edits.merge([a, b], {a.id: 1, b.id: 1}, checker)


def test_restore_undoes_a_merge(article, checker):
    a, b = phrase(article, "Ketinggian air di"), phrase(article, "air di beberapa titik")
    claim_edits.merge([a, b], {a.id: 1, b.id: 1}, checker)
    claim_edits.restore(b, b.version, checker)
    assert b.merged_into_id is None
    assert history(b, "restored")[0].old_value == a.id


def test_split_at_an_offset_makes_two_claims_with_history(article, checker):
    claim = claim_with(article, "tanggul yang jebol")
    at = {w: claim.start + claim.text.index(w) for w in ("40 meter", "2021", "dan baru")}
    claim_edits.edit_details(claim, 1, checker, quantities=[
        {"value_min": 40, "unit": "m", "start": at["40 meter"], "end": at["40 meter"] + 8},
        {"value_min": 2021, "unit": None, "start": at["2021"], "end": at["2021"] + 4}])
    offset = at["dan baru"] - 1                     # the space before: trimmed away
    part = claim_edits.split(claim, 2, offset, checker)
    assert claim.text.endswith("40 meter") and part.text.startswith("dan baru diperbaiki")
    assert part.start == offset + 1 and part.origin == "manual"
    assert [q["value_min"] for q in claim.quantities] == [40]
    assert [q["value_min"] for q in part.quantities] == [2021]
    assert history(claim, "split")[-1].field == "span"
    assert f"#{claim.id}" in history(part, "created")[0].note


@pytest.mark.parametrize("where", ["start", "end", "outside"])
def test_split_point_must_be_inside(article, checker, where):
    claim = claim_with(article, "tanggul yang jebol")
    offset = {"start": claim.start, "end": claim.end, "outside": claim.end + 5}[where]
    with pytest.raises(EditRejected):
        claim_edits.split(claim, 1, offset, checker)
    assert claim.version == 1


def test_dismiss_and_restore_return_to_the_earlier_status(article, checker):
    claim = claim_with(article, "korban jiwa")
    claim_edits.dismiss(claim, 1, checker, "not a claim")
    assert claim.status == "not_checkworthy"
    with pytest.raises(EditRejected):
        claim_edits.dismiss(claim, claim.version, checker)
    claim_edits.restore(claim, claim.version, checker)
    assert claim.status == "new"
    assert [(r.action, r.old_value, r.new_value) for r in history(claim)[1:]] == [
        ("dismissed", "new", "not_checkworthy"), ("restored", "not_checkworthy", "new")]


def test_restore_of_an_ordinary_claim_is_refused(article, checker):
    with pytest.raises(EditRejected):
        claim_edits.restore(claim_with(article, "korban jiwa"), 1, checker)
