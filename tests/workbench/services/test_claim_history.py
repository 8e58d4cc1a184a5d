"""History replays to the claim's state; the database refuses to change or remove it; the
timeline groups one action's rows into one event."""
import re

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.fixtures.articles import read
from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from workbench.extensions import db
from workbench.models import Evidence
from workbench.services import claim_edits, importing
from workbench.services.claim_history import current_state, history_rows, replay, timeline
from workbench.services.claim_workflow import Details, workflow


def test_replaying_edits_and_transitions_gives_the_current_state(article, people, scale):
    claim = claim_edits.add_claim(article, 0, article.text.index(".") + 1, people.sari)
    claim_edits.edit_details(claim, 1, people.sari, source="BPS", types=["statistic"],
                             dates=["2023-03"])
    claim_edits.adjust_span(claim, 2, 8, claim.end, people.sari)
    workflow.transition(claim, "take", 3, people.sari)
    db.session.add(Evidence(claim_id=claim.id, source_id=_source_id(people), stance="refutes",
                            created_by_id=people.sari.id))
    db.session.commit()
    workflow.transition(claim, "propose", 4, people.sari, "",
                        Details(verdict=scale[0], rationale="Awal"))
    workflow.transition(claim, "return", 5, people.eka, "Cek ulang angka")
    workflow.transition(claim, "propose", 6, people.sari, "",
                        Details(verdict=scale[4], rationale="Keliru: 4,97 persen"))
    workflow.transition(claim, "approve", 7, people.dewi)
    workflow.transition(claim, "reopen", 8, people.eka, "Revisi BPS")
    db.session.expire_all()
    state = replay(history_rows(claim))
    assert state == current_state(claim)
    assert state["status"] == "in_progress" and state["verdict_id"] == scale[4].id
    assert state["published_at"] is not None and state["span"] == [8, claim.end]


def test_replay_of_a_partial_history_is_an_earlier_state(make_claim, people):
    claim = make_claim("new")
    workflow.transition(claim, "take", 1, people.sari)
    workflow.transition(claim, "unassign", 2, people.sari)
    rows = history_rows(claim)
    assert replay(rows[:3])["assignee_id"] == people.sari.id   # created, status, assignee
    assert replay(rows)["assignee_id"] is None


@pytest.mark.parametrize("statement", [
    "UPDATE claim_history SET note = 'rewritten'",
    "UPDATE claim_history SET new_value = NULL WHERE id = :id",
    "DELETE FROM claim_history WHERE id = :id",
    "DELETE FROM claim_history",
])
def test_the_database_refuses_to_change_history(make_claim, statement):
    claim = make_claim("new")
    row = history_rows(claim)[0]
    with pytest.raises(DBAPIError, match="append-only"):
        db.session.execute(text(statement), {"id": row.id})
    db.session.rollback()
    assert [r.id for r in history_rows(claim)] == [row.id] and row.note is None


def test_truncate_is_refused_on_postgresql(make_claim):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    make_claim("new")
    with pytest.raises(DBAPIError, match="append-only"):
        db.session.execute(text("TRUNCATE claim_history"))
    db.session.rollback()


def test_history_can_still_grow(make_claim, people):
    claim = make_claim("new")
    workflow.transition(claim, "take", 1, people.sari)
    assert len(history_rows(claim)) == 3


def test_timeline_groups_one_action_into_one_event_newest_first(make_claim, people, scale):
    claim = make_claim("in_progress")
    workflow.transition(claim, "propose", 1, people.sari, "siap",
                        Details(verdict=scale[4], rationale="Keliru"))
    events = timeline(history_rows(claim))
    assert [e.action for e in events] == ["proposed", "created"]
    changes = {label: (old, new) for label, old, new in events[0].changes}
    assert changes["status"] == ("in progress", "needs review")
    assert changes["verdict"] == ("—", "Keliru / False")
    assert changes["proposed by"] == ("—", "sari") and events[0].note == "siap"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", changes["proposed_at"][1])


def _source_id(people) -> int:
    from tests.workbench.workflow_helpers import _source
    return _source(people).id


def test_replay_gives_back_what_the_splitter_found(people):
    imported = importing.import_text(read("banjir_demak.txt"), people.sari,
                                     url="https://warta.example/banjir-demak").article
    claims = [c for c in imported.claims if c.quantities and c.types and c.entities]
    assert claims, "the fixture article should give claims with details"
    for claim in claims:
        assert replay(history_rows(claim)) == current_state(claim)


def test_replay_gives_a_split_off_part_its_details(people):
    imported = importing.import_text(read("banjir_demak.txt"), people.sari,
                                     url="https://warta.example/banjir-demak").article
    claim = next(c for c in imported.claims if c.quantities and " " in c.text.strip())
    part = claim_edits.split(claim, 1, claim.start + claim.text.rindex(" "), people.sari)
    db.session.expire_all()
    assert replay(history_rows(part)) == current_state(part)
    assert replay(history_rows(claim)) == current_state(claim)


def test_an_old_created_row_with_only_the_span_still_replays(make_claim, people):
    claim = make_claim("new")          # its row is written the old way: the span alone
    workflow.transition(claim, "take", 1, people.sari)
    state = replay(history_rows(claim))
    assert state["span"] == [claim.start, claim.end] and state["status"] == "in_progress"
    assert (state["types"], state["source"], state["score"]) == ([], None, 0.0)


def test_timeline_shows_what_a_claim_was_created_with(people):
    imported = importing.import_text(read("banjir_demak.txt"), people.sari,
                                     url="https://warta.example/banjir-demak").article
    claim = next(c for c in imported.claims if c.types)
    [created] = timeline(history_rows(claim))
    changes = {label: new for label, old, new in created.changes}
    assert changes["span"] == f"{claim.start}–{claim.end}"
    assert changes["types"] == ", ".join(claim.types)
