"""Four processes changing the same claims at once: every change lands (the history chains
without a gap and the version counts every change), and nobody sees "database is locked"."""
import multiprocessing
import os
import traceback

import pytest
from sqlalchemy import select

from tests.conftest import make_test_config
from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from workbench.extensions import db
from workbench.models import Claim, ClaimHistory
from workbench.services.claim_history import current_state, replay

PROCESSES, ROUNDS = 4, 25
FIELDS = ("assignee_id", "dates")   # the setup wrote the others without history


def change_claims(url, instance, claim_ids, people_ids, editor_id, start, number, results):
    """One process: reassign the claims in turn, retrying with the new version on conflict."""
    os.environ["WORKBENCH_INSTANCE_PATH"] = instance
    from workbench import create_app
    from workbench.models import User
    from workbench.services import claim_edits
    from workbench.services.claim_edits import EditConflict
    from workbench.services.claim_workflow import Details, workflow
    app = create_app(make_test_config(url))
    done, conflicts, errors = [], 0, []
    with app.app_context():
        editor = db.session.get(User, editor_id)
        start.wait()
        for i in range(ROUNDS):
            claim_id = claim_ids[(i + number) % len(claim_ids)]
            while True:
                db.session.expire_all()
                claim = db.session.get(Claim, claim_id)
                after = people_ids[(people_ids.index(claim.assignee_id) + 1) % len(people_ids)]
                try:
                    if i % 2:      # a correction: read, change, write the dates list
                        claim_edits.edit_details(claim, claim.version, editor,
                                                 dates=[*claim.dates, f"p{number}-{i}"])
                    else:
                        workflow.transition(claim, "assign", claim.version, editor, "",
                                            Details(assignee=db.session.get(User, after)))
                    done.append((claim_id, i))
                    break
                except EditConflict:
                    conflicts += 1
                except Exception:       # "database is locked" among others: the test fails
                    errors.append(traceback.format_exc())
                    break
        db.session.remove()
        db.engine.dispose()
    results.put((done, conflicts, errors, number))


def test_four_processes_lose_no_update(make_claim, people, database_url, tmp_path):
    claims = [make_claim("in_progress", assignee_id=people.sari.id) for _ in range(2)]
    ids, folks = [c.id for c in claims], [people.sari.id, people.budi.id, people.eka.id]
    editor_id = people.dewi.id
    db.session.remove()
    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(PROCESSES), spawn.Queue()
    workers = [spawn.Process(target=change_claims, args=(
        database_url, str(tmp_path), ids, folks, editor_id, start, n, results))
        for n in range(PROCESSES)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(30)
    assert [e for _, _, errors, _ in outcomes for e in errors] == []
    done = [(claim_id, f"p{n}-{i}") for d, _, _, n in outcomes for claim_id, i in d]
    assert len(done) == PROCESSES * ROUNDS
    for claim_id in ids:
        assert_every_change_landed(claim_id, [token for c, token in done if c == claim_id])


def assert_every_change_landed(claim_id: int, tokens: list[str]) -> None:
    """Assignments alternate with date edits; every edit's date is still in the list."""
    rows = list(db.session.scalars(select(ClaimHistory).where(
        ClaimHistory.claim_id == claim_id, ClaimHistory.field.in_(("assignee_id", "dates")))
        .order_by(ClaimHistory.id)))
    assert len(rows) == len(tokens)
    for field in ("assignee_id", "dates"):
        chain = [r for r in rows if r.field == field]
        assert all(a.new_value == b.old_value for a, b in zip(chain, chain[1:])), "lost update"
    claim = db.session.get(Claim, claim_id)
    assert claim.version == 1 + len(tokens)
    edits = {t for t in tokens if int(t.split("-")[1]) % 2}
    assert sorted(claim.dates) == sorted(edits)
    replayed, state = replay(claim.history), current_state(claim)
    assert [replayed[f] for f in FIELDS] == [state[f] for f in FIELDS]


@pytest.fixture
def sqlite_only(database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("the lock this is about is SQLite's")


def test_a_write_transaction_holds_the_sqlite_write_lock(sqlite_only, make_claim):
    from workbench.services.transactions import lock_for_writing
    claim = make_claim("new")
    lock_for_writing(claim)
    driver = db.session.connection().connection.driver_connection
    assert driver.in_transaction
    import sqlite3
    other = sqlite3.connect(db.engine.url.database, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.close()
    db.session.rollback()


@pytest.fixture
def claim_reads(app):
    """The SELECTs of claim rows run while the test goes on."""
    from sqlalchemy import event
    seen = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM claim " in statement + " ":
            seen.append(statement)
    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    yield seen
    event.remove(engine, "before_cursor_execute", count)


def test_a_row_loaded_for_writing_is_not_read_again_in_its_transaction(make_claim, claim_reads):
    from workbench.services.transactions import load_for_writing, lock_for_writing
    claim_id = make_claim("new").id
    db.session.expire_all()
    claim_reads.clear()
    claim = load_for_writing(Claim, claim_id)
    lock_for_writing(claim)
    assert len(claim_reads) == 1
    db.session.rollback()
    lock_for_writing(claim)                 # a new transaction: read again, under its lock
    assert len(claim_reads) == 2
    db.session.rollback()


def test_load_for_writing_reads_what_another_writer_committed(make_claim):
    from sqlalchemy import update

    from workbench.services.transactions import load_for_writing
    claim = make_claim("new")
    with db.engine.begin() as conn:
        conn.execute(update(Claim).where(Claim.id == claim.id)
                     .values(version=Claim.version + 1, source="elsewhere"))
    assert load_for_writing(Claim, claim.id) is claim
    assert (claim.source, claim.version) == ("elsewhere", 2)
    assert load_for_writing(Claim, 10**6) is None
    db.session.rollback()


def test_load_for_writing_holds_the_sqlite_write_lock(sqlite_only, make_claim):
    import sqlite3

    from workbench.services.transactions import load_for_writing
    claim_id = make_claim("new").id
    load_for_writing(Claim, claim_id)
    other = sqlite3.connect(db.engine.url.database, timeout=0.1)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.close()
    db.session.rollback()
