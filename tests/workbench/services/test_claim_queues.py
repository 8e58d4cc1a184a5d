"""The review queue: each claim with the evidence it rests on, grouped by stance."""
from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from workbench.extensions import db
from workbench.models import Evidence, Source
from workbench.models.base import utcnow
from workbench.services.claim_queues import review_queue


def link(claim, people, url: str, stance: str, removed: bool = False) -> None:
    source = Source(url=url, normalized_url=url, title=url, created_by_id=people.sari.id)
    db.session.add(source)
    db.session.flush()
    db.session.add(Evidence(claim_id=claim.id, source_id=source.id, stance=stance,
                            created_by_id=people.sari.id,
                            removed_at=utcnow() if removed else None))
    db.session.commit()


def test_each_queued_claim_comes_with_its_own_links_by_stance(make_claim, people):
    first, second = make_claim("needs_review"), make_claim("needs_review", evidence=False)
    link(first, people, "https://kemenkeu.example/apbn", "supports")
    link(first, people, "https://arsip.example/lama", "context", removed=True)
    link(second, people, "https://bi.example/kurs", "context")
    items = {item.claim.id: item for item in review_queue()}
    assert items[first.id].evidence_count == 2
    assert {stance: [e.source.url for e in links]
            for stance, links in items[first.id].evidence.items()} == {
        "supports": ["https://kemenkeu.example/apbn"],
        "refutes": ["https://bps.go.id/inflasi"], "context": []}
    assert items[second.id].evidence_count == 1
    assert [e.source.url for e in items[second.id].evidence["context"]] == [
        "https://bi.example/kurs"]


def test_a_claim_without_links_is_queued_with_none(make_claim):
    claim = make_claim("needs_review", evidence=False)
    [item] = review_queue()
    assert item.claim.id == claim.id and item.evidence_count == 0
    assert item.evidence == {"supports": [], "refutes": [], "context": []}
