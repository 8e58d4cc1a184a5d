"""`flask search rebuild|check|worker` and `flask similar --jsonl`."""
import json
import os
import shutil

from sqlalchemy import func, select

from tests.fixtures.articles import read
from workbench.extensions import db
from workbench.models import Claim, SearchOutbox
from workbench.services import importing
from workbench.services.search_runtime import runtime


def outbox_size(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(SearchOutbox))


def hits(app, text) -> set[str]:
    with app.app_context():
        return {h.claim_id for h in runtime(app).index.search(text, pagesize=100).hits}


def test_worker_once_drains_the_outbox(app, runner, article):
    assert outbox_size(app) == len(article.claims)
    result = runner.invoke(args=["search", "worker", "--once"])
    assert result.exit_code == 0, result.output
    assert f"outbox drained ({len(article.claims)} changes)" in result.output
    assert outbox_size(app) == 0 and hits(app, "banjir")


def test_rebuild_from_nothing_gives_the_same_index(app, runner, article):
    runner.invoke(args=["search", "worker", "--once"])
    with app.app_context():
        before = runtime(app).index.doc_stamps()
        runtime(app).index.close()
    shutil.rmtree(os.path.join(app.instance_path, "search"))
    result = runner.invoke(args=["search", "rebuild"])
    assert result.exit_code == 0, result.output
    assert f"indexed {len(before)} claims" in result.output
    with app.app_context():
        assert runtime(app).index.doc_stamps() == before


def test_check_reports_then_repairs(app, runner, article):
    result = runner.invoke(args=["search", "check", "--report-only"])
    assert result.exit_code == 1
    assert f"missing: {len(article.claims)}" in result.output
    result = runner.invoke(args=["search", "check"])
    assert result.exit_code == 0 and "repaired" in result.output
    result = runner.invoke(args=["search", "check", "--report-only"])
    assert result.exit_code == 0 and "index matches the database" in result.output


def test_similar_jsonl(app, runner, checker):
    first = importing.import_text(read("banjir_demak.txt"), checker).article
    second = importing.import_text(read("banjir_demak.txt").replace("Demak", "Kudus"),
                                   checker).article
    target = first.claims[0]
    stdin = "\n".join([
        json.dumps({"qid": "q1", "text": target.text, "limit": 3}),
        "{broken",
        json.dumps({"qid": "q2", "text": ""}),
        json.dumps({"qid": 3, "text": second.claims[-1].text}),
    ]) + "\n"
    result = runner.invoke(args=["similar", "--jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line.get("qid") for line in lines] == ["q1", None, "q2", 3]
    q1, broken, empty, q3 = lines
    assert "error" in broken and "error" in empty
    assert len(q1["results"]) == 3
    assert q1["results"][0] == {"claim_id": target.id, "article_id": first.id,
                                "score": q1["results"][0]["score"]}
    scores = [r["score"] for r in q3["results"]]
    assert scores == sorted(scores, reverse=True) and len(scores) == 10
    with app.app_context():
        ids = set(db.session.scalars(select(Claim.id)))
    assert {r["claim_id"] for r in q3["results"]} <= ids
