"""Similar claims: vectors at import, the claim-page panel, confirm/dismiss in the history,
the import preview; and one test with the real multilingual encoder."""
import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.fixtures.articles import read
from workbench.extensions import db
from workbench.models import (Article, Claim, ClaimHistory, ClaimMatch, ClaimVector, Role,
                              User)
from workbench.services import (claim_edits, importing, search_indexer, similar_claims)
from workbench.services.search_runtime import runtime

OURS = "Sebanyak 70 pendaki terjebak di Gunung Marapi pada hari Minggu"
THEIRS = [
    "Sebanyak 75 pendaki terjebak di Gunung Marapi pada hari Minggu",       # numbers differ
    "Harga beras di pasar naik tajam menjelang Lebaran",
    "Pendaki Gunung Marapi terjebak setelah erupsi, kata BPBD",
]


def add_article(user, texts, title, status="new", published=None) -> list[Claim]:
    text = "\n".join(texts)
    article = Article(title=title, text=text, content_hash=title.ljust(64, "0"),
                      imported_by_id=user.id, published=published)
    db.session.add(article)
    db.session.flush()
    claims, at = [], 0
    for t in texts:
        claims.append(Claim(article_id=article.id, start=at, end=at + len(t), text=t,
                            status=status))
        at += len(t) + 1
    db.session.add_all(claims)
    similar_claims.store_vectors(claims)
    db.session.commit()
    return claims


@pytest.fixture
def world(app, make_user, client, login):
    make_user("sari", Role.FACTCHECKER)
    login("sari")
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        ours = add_article(user, [OURS, "Tim SAR dikerahkan ke lokasi"], "Kami")
        theirs = add_article(user, THEIRS, "Mereka", published=dt.date(2023, 12, 4))
        return {"ours": ours[0].id, "sibling": ours[1].id,
                "conflict": theirs[0].id, "unrelated": theirs[1].id, "related": theirs[2].id}


def claim_page(client, claim_id) -> str:
    response = client.get(f"/claims/{claim_id}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def panel(html: str) -> str:
    return html.split('id="similar"', 1)[1].split("</section>", 1)[0]


def decide(client, claim_id, other_id, decision):
    return client.post(f"/claims/{claim_id}/similar/{other_id}",
                       data={"decision": decision, "score": "0.9"})


def test_import_stores_one_vector_per_claim_in_one_batch(ctx, checker, monkeypatch):
    encoder = runtime().encoder
    calls = []
    original = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda texts: calls.append(len(texts)) or
                        original(texts))
    article = importing.import_text(read("banjir_demak.txt"), checker).article
    assert len(calls) == 1 and calls[0] == len(article.claims)
    assert db.session.scalar(select(func.count()).select_from(ClaimVector)) == \
        len(article.claims)


def test_panel_shows_claims_of_other_articles_with_number_conflicts(client, world):
    html = panel(claim_page(client, world["ours"]))
    assert f'href="/claims/{world["conflict"]}"' in html
    assert f'href="/claims/{world["sibling"]}"' not in html        # same article
    assert "Numbers differ" in html and "<strong>70</strong>" in html \
        and "<strong>75</strong>" in html
    assert "2023-12-04" in html and "Mereka" in html


def test_a_published_but_unrelated_claim_is_not_listed(app, client, world):
    with app.app_context():
        db.session.get(Claim, world["unrelated"]).status = "published"
        db.session.commit()
    html = panel(claim_page(client, world["ours"]))
    likely, _, weaker = html.partition('class="similar-weaker"')
    assert f'/claims/{world["conflict"]}"' in likely
    # Offered only folded away, as a less likely match.
    assert f'/claims/{world["unrelated"]}"' not in likely
    assert f'/claims/{world["unrelated"]}"' in weaker


def test_without_a_close_match_the_panel_says_no_earlier_check_was_found(client, world):
    # The rice-price claim shares no fact with the other article's claims.
    html = panel(claim_page(client, world["unrelated"]))
    likely, _, weaker = html.partition('class="similar-weaker"')
    assert "No earlier check of this claim found." in likely
    assert "<ol" not in likely and "/claims/" not in likely
    # The other article's claims are still offered, folded away under their own heading.
    assert "Less likely matches" in weaker and f'/claims/{world["ours"]}"' in weaker


def test_confirming_links_the_claims_and_is_recorded(app, client, world):
    response = decide(client, world["ours"], world["conflict"], "confirmed")
    assert response.status_code == 302
    html = panel(claim_page(client, world["ours"]))
    assert "Same claim" in html and f'/claims/{world["conflict"]}"' in html
    with app.app_context():
        match = db.session.scalars(select(ClaimMatch)).one()
        assert (match.claim_id, match.other_id, match.decision) == (
            world["ours"], world["conflict"], "confirmed")
        assert match.decided_by.username == "sari"
        row = db.session.scalars(select(ClaimHistory).where(
            ClaimHistory.claim_id == world["ours"], ClaimHistory.field == "match")).one()
        assert row.action == "matched" and row.user.username == "sari"
        assert row.new_value == {"claim": world["conflict"], "decision": "confirmed"}


def test_dismissing_hides_the_suggestion_and_is_recorded(app, client, world):
    decide(client, world["ours"], world["conflict"], "dismissed")
    assert f'/claims/{world["conflict"]}"' not in panel(claim_page(client, world["ours"]))
    decide(client, world["ours"], world["conflict"], "dismissed")       # again: no new row
    decide(client, world["ours"], world["conflict"], "confirmed")       # changed mind
    assert "Same claim" in panel(claim_page(client, world["ours"]))
    with app.app_context():
        rows = db.session.scalars(select(ClaimHistory).where(
            ClaimHistory.field == "match").order_by(ClaimHistory.id)).all()
        assert [(r.action, r.old_value, r.new_value["decision"]) for r in rows] == [
            ("match dismissed", None, "dismissed"),
            ("matched", {"claim": world["conflict"], "decision": "dismissed"}, "confirmed")]
        assert db.session.scalar(select(func.count()).select_from(ClaimMatch)) == 1


@pytest.mark.parametrize("other, decision", [("sibling", "confirmed"), ("ours", "confirmed"),
                                             ("conflict", "maybe"), ("conflict", "")])
def test_nonsense_decisions_record_nothing(app, client, world, other, decision):
    response = decide(client, world["ours"], world[other], decision)
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ClaimMatch)) == 0
        assert not db.session.scalars(select(ClaimHistory).where(
            ClaimHistory.field == "match")).all()


def test_decisions_need_a_csrf_token(make_app, world):
    app = make_app(WTF_CSRF_ENABLED=True)
    assert app.test_client().post(f"/claims/{world['ours']}/similar/{world['conflict']}",
                                  data={"decision": "confirmed"}).status_code in (302, 400)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(ClaimMatch)) == 0


def test_a_changed_text_gets_a_new_vector_from_the_indexer(app, world):
    with app.app_context():
        claim = db.session.get(Claim, world["ours"])
        before = db.session.get(ClaimVector, claim.id).text_hash
        user = db.session.scalars(select(User)).one()
        claim_edits.adjust_span(claim, claim.version, claim.start, claim.start + 30, user)
        search_indexer.drain(runtime().index, wait=True,
                             after_index=similar_claims.refresh_vectors)
        row = db.session.get(ClaimVector, claim.id)
        assert row.text_hash != before
        assert row.text_hash == similar_claims.text_hash(claim.text)


def test_import_preview_lists_similar_saved_claims(client, world):
    text = ("Pendaki terjebak di Gunung Marapi.\n\n" + OURS.replace("70", "72") +
            ", kata petugas BPBD kepada wartawan.\n")
    response = client.post("/articles/import", data={"source": "paste", "text": text},
                           content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Already checked?" in html
    assert f'href="/claims/{world["conflict"]}"' in html or \
        f'href="/claims/{world["ours"]}"' in html


def test_the_real_encoder_matches_across_languages(make_app):
    app = make_app(SEARCH_ENCODER="usem")
    with app.app_context():
        user = User(username="sys", password_hash="x")
        db.session.add(user)
        db.session.flush()
        partner = add_article(user, ["Kazakhstan refused to send troops to Ukraine"], "en")[0]
        add_article(user, ["Harga cabai rawit di Semarang naik dua kali lipat",
                           "The central bank kept its rate at 6 percent",
                           "Rusia mengirim pasukan tambahan ke perbatasan"], "other")
        found = similar_claims.similar_to_text("Kazakhstan menolak mengirim pasukan ke Ukraina", 3)
        assert found[0].claim_id == partner.id


def test_a_big_archive_loads_its_vectors_outside_the_request(app, client, world, monkeypatch):
    monkeypatch.setattr(similar_claims, "INLINE_LOAD_MAX", 0)
    assert "being prepared" in panel(claim_page(client, world["ours"]))
    with app.app_context():
        loader = runtime(app).vectors._loader
    loader.join(timeout=60)
    html = panel(claim_page(client, world["ours"]))
    assert "being prepared" not in html and f'/claims/{world["conflict"]}"' in html
