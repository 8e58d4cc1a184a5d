"""The import preview's "already checked" list opens claims in a new tab: following one must
not throw away the unsaved preview."""
import re

from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Article, Claim, Role, User
from workbench.services import similar_claims

SAVED = "Sebanyak 75 pendaki terjebak di Gunung Marapi pada hari Minggu"


def saved_claim(app, make_user, login) -> int:
    """A fact-checker logged in, and one saved claim (with its vector) to be found again."""
    make_user("sari", Role.FACTCHECKER)
    login("sari")
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        article = Article(title="Mereka", text=SAVED, content_hash="m" * 64,
                          imported_by_id=user.id)
        db.session.add(article)
        db.session.flush()
        claim = Claim(article_id=article.id, start=0, end=len(SAVED), text=SAVED)
        db.session.add(claim)
        similar_claims.store_vectors([claim])
        db.session.commit()
        return claim.id


def test_similar_saved_claims_open_in_a_new_tab(app, client, make_user, login):
    claim_id = saved_claim(app, make_user, login)
    text = ("Pendaki terjebak di Gunung Marapi.\n\n"
            "Sebanyak 70 pendaki terjebak di Gunung Marapi pada hari Minggu, kata petugas BPBD.\n")
    html = client.post("/articles/import", data={"source": "paste", "text": text},
                       content_type="multipart/form-data").get_data(as_text=True)
    link = re.search(rf'<a href="/claims/{claim_id}"[^>]*>', html)
    assert link, "the saved claim is listed as similar"
    assert 'target="_blank"' in link[0]


def test_the_preview_says_when_no_claim_was_checked_before(app, client, make_user, login):
    claim_id = saved_claim(app, make_user, login)
    text = ("Harga cabai melonjak.\n\n"
            "Harga cabai rawit di Pasar Johar naik menjadi Rp90.000 per kilogram, kata "
            "pedagang setempat.\n")
    html = client.post("/articles/import", data={"source": "paste", "text": text},
                       content_type="multipart/form-data").get_data(as_text=True)
    assert "No earlier check of these claims found." in html
    assert f'href="/claims/{claim_id}"' not in html
