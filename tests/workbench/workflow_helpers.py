"""Fixtures for the workflow tests: people of every role, the default verdict scale, and
claims put straight into any status (setup only; the code under test is the service)."""
import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Article, Claim, Evidence, Role, Source, User
from workbench.models.base import utcnow
from workbench.services import verdict_scale
from workbench.services.claim_records import record

TEXT = "Menurut BPS, inflasi Maret 2023 mencapai 5 persen. Harga beras naik 20 persen."
PEOPLE = {"sari": Role.FACTCHECKER, "budi": Role.FACTCHECKER, "eka": Role.EDITOR,
          "dewi": Role.EDITOR, "adi": Role.ADMIN}


@pytest.fixture
def ctx(app):
    with app.app_context():
        yield


@pytest.fixture
def people(ctx, make_user) -> SimpleNamespace:
    ids = {name: make_user(name, role) for name, role in PEOPLE.items()}
    return SimpleNamespace(**{name: db.session.get(User, i) for name, i in ids.items()})


@pytest.fixture
def scale(ctx) -> list:
    verdict_scale.ensure_defaults()
    return verdict_scale.scale()


@pytest.fixture
def article(people) -> Article:
    article = Article(title="Inflasi dan beras", text=TEXT, content_hash="0" * 64,
                      url="https://warta.example/inflasi", language="id",
                      published=dt.date(2023, 4, 3), imported_by_id=people.sari.id)
    db.session.add(article)
    db.session.commit()
    return article


@pytest.fixture
def make_claim(article, people, scale):
    """``make_claim("needs_review", assignee=..., ...)``: a claim in that status, with the
    fields that status implies, one evidence link (unless ``evidence=False``) and its
    'created' history row."""
    def make(status: str = "new", evidence: bool = True, **fields) -> Claim:
        fields = {"source": "BPS", **implied(status, people, scale), **fields}
        end = TEXT.index(".") + 1
        claim = Claim(article=article, start=0, end=end, text=TEXT[:end], status=status,
                      **fields)
        db.session.add(claim)
        db.session.flush()
        record(claim, people.sari, "created", "span", None, [0, end])
        if evidence:
            db.session.add(Evidence(claim_id=claim.id, source_id=_source(people).id,
                                    stance="refutes", quote="inflasi 4,97 persen",
                                    created_by_id=people.sari.id))
        db.session.commit()
        return claim
    return make


def implied(status: str, people, scale) -> dict:
    if status in ("new", "not_checkworthy"):
        return {}
    fields = {"assignee_id": people.sari.id}
    if status in ("needs_review", "published"):
        fields.update(verdict_id=scale[4].id, rationale="BPS says 4.97 percent.",
                      proposed_by_id=people.sari.id, proposed_at=utcnow())
    if status == "published":
        fields.update(reviewed_by_id=people.dewi.id, published_at=utcnow())
    return fields


def _source(people) -> Source:
    source = db.session.scalar(select(Source).where(
        Source.normalized_url == "https://bps.go.id/inflasi"))
    if source is None:
        source = Source(url="https://bps.go.id/inflasi", normalized_url="https://bps.go.id/inflasi",
                        title="Inflasi Maret 2023", publisher="BPS", kind="official",
                        created_by_id=people.sari.id)
        db.session.add(source)
        db.session.flush()
    return source
