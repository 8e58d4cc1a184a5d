"""Every route × every role, generated from the app's URL map.

A route must declare who may use it (``workbench.views.access``); then anonymous visitors of a
protected route are sent to the login page, users whose role is not allowed get 403 (or 404),
and allowed users get an answer (GET: 2xx/3xx; POST with an empty form: anything but 403, a
login redirect or a server error). GETs must not change the database. A new route without a
rule, or with a URL parameter this file has no sample for, fails here.
"""
import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD, make_test_config
from workbench import create_app
from workbench.extensions import db
from workbench.models import (Article, ArticleRevision, Claim, ClaimHistory, Evidence, Note,
                              Role, Source, User, Verdict)
from workbench.models.base import utcnow
from workbench.views.access import ALL_ROLES, PUBLIC

WHO = [None, *(role.value for role in Role)]          # None: not logged in
BODY_METHODS = ("POST", "PUT", "PATCH", "DELETE")
# Routes whose very purpose is to end with the login page, for users allowed to use them.
ENDS_AT_LOGIN = {"auth.logout"}


def _rules() -> list:
    app = create_app(make_test_config("sqlite://"))
    return sorted((rule for rule in app.url_map.iter_rules()
                   if rule.endpoint != "static" and not rule.endpoint.endswith(".static")),
                  key=lambda rule: (rule.endpoint, rule.rule))


RULES = _rules()
# (endpoint, rule, method) for every method a route takes but HEAD and OPTIONS.
ROUTES = [(rule.endpoint, rule.rule, method) for rule in RULES
          for method in ("GET", *BODY_METHODS) if method in rule.methods]
ROUTE_IDS = [f"{endpoint} {method}" for endpoint, _, method in ROUTES]
POST_ROUTES = [(rule.endpoint, rule.rule, "POST") for rule in RULES if "POST" in rule.methods]


def declared_access(app, endpoint):
    access = getattr(app.view_functions[endpoint], "access", None)
    if access is None:
        pytest.fail(f"{endpoint} declares no access rule: decorate it with @public or "
                    "@roles_required(...) from workbench.views.access")
    return access


@pytest.mark.parametrize("endpoint, rule, method", ROUTES, ids=ROUTE_IDS)
def test_every_route_declares_who_may_use_it(app, endpoint, rule, method):
    access = declared_access(app, endpoint)
    assert access == PUBLIC or (access and access <= ALL_ROLES)


@pytest.fixture
def samples(app) -> dict[str, int]:
    """One of each object, and the URL parameters that name them."""
    with app.app_context():
        author = User(username="sample-author", password_hash="x")
        db.session.add(author)
        db.session.flush()
        article = Article(title="Sample", text="Sample text. It claims 3 things.",
                          content_hash="0" * 64, imported_by_id=author.id)
        source = Source(url="https://example.org/s", normalized_url="https://example.org/s",
                        created_by_id=author.id)
        verdict = Verdict(label_id="Benar", label_en="True", value=5.0)
        db.session.add_all([article, source, verdict])
        db.session.flush()
        # Published, so that its public verdict page answers as well.
        claim = Claim(article_id=article.id, start=13, end=32, text="It claims 3 things.",
                      status="published", verdict_id=verdict.id, rationale="Sample rationale",
                      published_at=utcnow())
        revision = ArticleRevision(article_id=article.id, number=1, text=article.text,
                                   content_hash=article.content_hash, imported_by_id=author.id)
        db.session.add_all([claim, revision])
        db.session.flush()
        history = ClaimHistory(claim_id=claim.id, user_id=author.id, action="created")
        note = Note(claim_id=claim.id, author_id=author.id, body="Sample note")
        evidence = Evidence(claim_id=claim.id, source_id=source.id, stance="supports",
                            created_by_id=author.id)
        db.session.add_all([history, note, evidence])
        db.session.commit()
        return {"user_id": author.id, "article_id": article.id, "claim_id": claim.id,
                "source_id": source.id, "evidence_id": evidence.id, "note_id": note.id,
                "revision_id": revision.id, "number": revision.number,
                "history_id": history.id, "verdict_id": verdict.id,
                "other_id": claim.id}


def build_url(app, endpoint: str, rule: str, samples: dict) -> str:
    arguments = next(r for r in app.url_map.iter_rules(endpoint) if r.rule == rule).arguments
    missing = arguments - samples.keys()
    if missing:
        pytest.fail(f"no sample value for {sorted(missing)} in {rule}: add one to the "
                    "`samples` fixture in this file")
    with app.test_request_context():
        return app.url_map.bind("localhost").build(
            endpoint, {name: samples[name] for name in arguments})


def database_contents() -> dict:
    return {table.name: db.session.execute(select(table)).all()
            for table in db.metadata.sorted_tables}


def expected(access, who) -> str:
    if access == PUBLIC or (who is not None and who in access):
        return "allowed"
    return "login" if who is None else "forbidden"


@pytest.mark.parametrize("who", WHO, ids=lambda who: who or "anonymous")
@pytest.mark.parametrize("endpoint, rule, method", ROUTES, ids=ROUTE_IDS)
def test_route_answers_each_role_as_declared(app, client, make_user, samples, endpoint, rule,
                                             method, who):
    access = declared_access(app, endpoint)
    url = build_url(app, endpoint, rule, samples)
    if who is not None:
        make_user(who, who)
        assert client.post("/auth/login", data={"username": who, "password": PASSWORD}
                           ).status_code == 302
    with app.app_context():
        before = database_contents() if method == "GET" else None
    response = client.open(url, method=method, data={})
    to_login = response.status_code in (301, 302, 303, 307, 308) and \
        response.location.split("?")[0].endswith("/auth/login")
    outcome = expected(access, who)
    if outcome == "login":
        assert to_login, f"{method} {url}: {response.status_code} {response.location}"
    elif outcome == "forbidden":
        assert response.status_code in (403, 404)
    else:
        assert endpoint in ENDS_AT_LOGIN or not to_login, f"{method} {url} sent to login"
        assert response.status_code not in (401, 403)
        assert response.status_code < (400 if method == "GET" else 500), response.status_code
    if before is not None:
        with app.app_context():
            assert database_contents() == before, f"GET {url} changed the database"


@pytest.mark.parametrize("endpoint, rule, method", POST_ROUTES,
                         ids=[f"{e} {m}" for e, _, m in POST_ROUTES])
def test_every_form_post_needs_a_csrf_token(make_app, samples, endpoint, rule, method):
    app = make_app(WTF_CSRF_ENABLED=True)
    url = build_url(app, endpoint, rule, samples)
    assert app.test_client().open(url, method=method, data={}).status_code == 400


def test_a_route_without_a_rule_is_caught(make_app):
    app = make_app()
    app.add_url_rule("/undeclared", "undeclared", lambda: "open to all?")
    with pytest.raises(pytest.fail.Exception, match="declares no access rule"):
        declared_access(app, "undeclared")
