"""The index follows the database: outbox rows in the same transaction, drained after commit."""
import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from tests.fixtures.articles import read
from workbench.extensions import db
from workbench.models import Article, Claim, Note, SearchOutbox
from workbench.services import claim_edits, importing, search_indexer, search_maintenance
from workbench.services.search_runtime import runtime

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


def outbox() -> list[int]:
    return sorted(db.session.scalars(select(SearchOutbox.claim_id)))


def index():
    return runtime().index


def drained() -> int:
    return search_indexer.drain(index(), wait=True)


def found(text: str) -> set[int]:
    return {int(h.claim_id) for h in index().search(text, pagesize=100).hits}


@pytest.fixture
def claims(article) -> list[Claim]:
    drained()
    return [c for c in article.claims]


def test_importing_an_article_writes_one_outbox_row_per_claim(article):
    assert outbox() == sorted(c.id for c in article.claims)


def test_drain_indexes_the_claims_and_empties_the_outbox(article):
    assert found("banjir") == set()
    assert drained() == len(article.claims)
    assert outbox() == []
    assert found("banjir") and found("banjir") <= {c.id for c in article.claims}


def test_a_changed_claim_gets_a_row_in_the_same_transaction(claims, checker):
    claim = claims[0]
    claim_edits.dismiss(claim, claim.version, checker, "not a claim")
    assert outbox() == [claim.id]
    drained()
    hits = index().search("", filters=None, pagesize=100).hits
    assert {h.claim_id: h.status for h in hits}[str(claim.id)] == "not_checkworthy"


def test_a_rollback_leaves_no_outbox_row(claims):
    claims[0].source = "Kepala BPBD"
    db.session.flush()
    assert outbox() == [claims[0].id]      # written with the flush...
    db.session.rollback()
    assert outbox() == []                  # ...and gone with the rollback
    assert drained() == 0


def test_notes_and_article_titles_announce_their_claims(claims, checker):
    db.session.add(Note(claim_id=claims[1].id, author_id=checker.id, body="cek data BNPB"))
    db.session.commit()
    assert outbox() == [claims[1].id]
    drained()
    assert found("note:bnpb") == {claims[1].id}

    article = db.session.get(Article, claims[0].article_id)
    article.title = "Judul baru tentang rob"
    db.session.commit()
    assert outbox() == sorted(c.id for c in claims)
    drained()
    assert found('"judul baru"') == {c.id for c in claims if c.merged_into_id is None}


def test_an_unrelated_change_writes_no_row(claims, checker):
    checker.display_name = "Sari W."
    db.session.commit()
    assert outbox() == []


def test_a_merged_claim_leaves_the_index_and_a_restored_one_returns(claims):
    # Set directly: how claims get merged is claim_edits' business; search follows the column.
    first, second = claims[0], claims[1]
    second.merged_into_id = first.id
    db.session.commit()
    drained()
    assert str(second.id) not in index().doc_stamps()
    second.merged_into_id = None
    db.session.commit()
    drained()
    assert str(second.id) in index().doc_stamps()


def test_background_thread_indexes_a_commit(make_app, database_url):
    app = make_app(SEARCH_BACKGROUND_INDEXING=True)
    with app.app_context():
        from workbench.services import accounts
        user = accounts.create_user("bima", "correct horse battery", "factchecker")
        article = importing.import_text(read("banjir_demak.txt"), user).article
        ids = {c.id for c in article.claims}
        deadline = time.monotonic() + 30      # a wait, not a timing assertion
        while not found("banjir") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert found("banjir") and found("banjir") <= ids
        runtime(app).close()
        assert outbox() == []


def run_in_process(database_url, tmp_path, *args, check=True):
    env = dict(os.environ, WORKBENCH_INSTANCE_PATH=str(tmp_path), PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "tests.workbench.search.subprocess_app",
                           database_url, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=check)


@pytest.mark.parametrize("mode", ["die-after-index", "die-before-index"])
def test_rows_of_a_killed_batch_are_indexed_on_restart(article, database_url, tmp_path, mode):
    ids = sorted(c.id for c in article.claims)
    db.session.commit()
    killed = run_in_process(database_url, tmp_path, mode, check=False)
    assert killed.returncode == 9, killed.stderr
    db.session.expire_all()
    assert outbox() == ids                 # nothing was lost with the process
    assert drained() == len(ids)           # the next indexer redoes the batch
    assert outbox() == []
    assert search_maintenance.check(index(), repair=False).clean


def test_rebuild_equals_incremental(claims, checker):
    claim_edits.dismiss(claims[2], claims[2].version, checker, "")
    db.session.add(Note(claim_id=claims[0].id, author_id=checker.id, body="sumber: BPBD"))
    db.session.commit()
    drained()
    incremental = index().doc_stamps()
    pages = {q: index().search(q, pagesize=100) for q in ("banjir", '"Demak"', "status:new")}
    assert search_maintenance.rebuild(index()) == len(incremental)
    assert index().doc_stamps() == incremental
    for q, page in pages.items():
        again = index().search(q, pagesize=100)
        # The same claims and counts; order among near-equal scores may differ, as BM25
        # statistics of an updated index still count replaced documents until a merge.
        assert {h.claim_id for h in again.hits} == {h.claim_id for h in page.hits}
        assert (again.total, again.facets) == (page.total, page.facets)


def test_check_reports_and_repairs_differences(claims):
    first, second = claims[0], claims[1]
    index().delete([first.id])                               # missing
    # stale: changed without a session flush (bulk updates bypass the events)
    db.session.execute(Claim.__table__.update().where(Claim.id == second.id)
                       .values(text="Bulk-edited text about rob"))
    db.session.commit()
    from workbench.search import ClaimDoc
    index().update([ClaimDoc(claim_id=999_999, text="orphan")])   # extra
    report = search_maintenance.check(index(), repair=False)
    assert (report.missing, report.stale, report.extra) == (
        [str(first.id)], [str(second.id)], ["999999"])
    assert not search_maintenance.check(index()).clean       # repairs
    assert search_maintenance.check(index(), repair=False).clean
    assert found("rob") == {second.id}


def test_concurrent_writer_processes_never_collide(article, database_url, tmp_path):
    db.session.commit()
    procs = [subprocess.Popen(
        [sys.executable, "-m", "tests.workbench.search.subprocess_app", database_url,
         "edit-and-drain", f"12:{part}:3"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=dict(os.environ, WORKBENCH_INSTANCE_PATH=str(tmp_path), PYTHONPATH=ROOT))
        for part in range(3)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert all(code == 0 for code, _ in results), [err[-2000:] for _, err in results]
    assert not any("LockError" in err for _, err in results)
    drained()
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(SearchOutbox)) == 0
    assert search_maintenance.check(index(), repair=False).clean
