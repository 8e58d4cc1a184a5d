import pytest
from sqlalchemy import select

from tests.workbench.evidence_fixtures import claim, editor, lumbung, other_claim  # noqa: F401
from workbench.extensions import db
from workbench.models import ClaimHistory, Note, NoteMention
from workbench.services import notes
from workbench.services.notes import NoteProblem


def test_a_note_is_stored_and_recorded_in_the_claim_history(checker, claim):
    note = notes.add_note(claim, checker, "  Cek ke dinas pangan.  ")
    assert (note.body, note.author_id, note.parent_id) == ("Cek ke dinas pangan.", checker.id,
                                                           None)
    [row] = db.session.scalars(select(ClaimHistory).where(
        ClaimHistory.claim_id == claim.id, ClaimHistory.action == "note_added")).all()
    assert (row.user_id, row.new_value) == (checker.id, {"note_id": note.id, "parent_id": None})


def test_replies_make_a_thread_in_order(checker, editor, claim):
    first = notes.add_note(claim, checker, "Angka 12 persen dari mana?")
    second = notes.add_note(claim, editor, "Catatan lain.")
    reply = notes.add_note(claim, editor, "Dari rilis BPS.", parent_id=first.id)
    deeper = notes.add_note(claim, checker, "Terima kasih.", parent_id=reply.id)
    tree = notes.thread(claim)
    assert [item.note.id for item in tree] == [first.id, second.id]
    assert [item.note.id for item in tree[0].replies] == [reply.id]
    assert [item.note.id for item in tree[0].replies[0].replies] == [deeper.id]
    assert tree[1].replies == []


def test_a_reply_must_be_to_a_note_on_the_same_claim(checker, claim, other_claim):
    elsewhere = notes.add_note(other_claim, checker, "Di klaim lain.")
    with pytest.raises(NoteProblem, match="not on this claim"):
        notes.add_note(claim, checker, "Balasan", parent_id=elsewhere.id)
    with pytest.raises(NoteProblem, match="not on this claim"):
        notes.add_note(claim, checker, "Balasan", parent_id=10**6)


@pytest.mark.parametrize("body, message", [("   ", "Write something"),
                                           ("x" * (notes.BODY_MAX + 1), "at most")])
def test_empty_or_huge_notes_are_refused(checker, claim, body, message):
    with pytest.raises(NoteProblem, match=message):
        notes.add_note(claim, checker, body)
    assert db.session.scalars(select(Note)).all() == []


def test_mentions_are_stored_for_existing_users_only(checker, editor, claim):
    note = notes.add_note(claim, checker, "@Dimas tolong cek, cc @sari dan @hantu. @dimas lagi")
    rows = db.session.scalars(select(NoteMention).where(NoteMention.note_id == note.id)).all()
    assert sorted(r.user.username for r in rows) == ["dimas", "sari"]


def test_mentions_of_a_user_are_listed_newest_first(checker, editor, claim, other_claim):
    old = notes.add_note(claim, checker, "@dimas lihat ini")
    notes.add_note(claim, checker, "tanpa sebutan")
    new = notes.add_note(other_claim, checker, "sekali lagi @dimas")
    assert [n.id for n in notes.mentions_of(editor)] == [new.id, old.id]
    assert notes.mentions_of(checker) == []


def test_thread_renders_markdown_safely_with_mentions(checker, editor, claim):
    notes.add_note(claim, checker, "**Penting** @dimas <script>alert(1)</script>")
    [item] = notes.thread(claim)
    assert "<strong>Penting</strong>" in item.html
    assert '<span class="mention">@dimas</span>' in item.html
    assert "<script>" not in item.html and "&lt;script&gt;" in item.html
