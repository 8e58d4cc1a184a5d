"""The public verdict page: published claims only, no login, ClaimReview JSON-LD that carries
the required fields and cannot break out of its script element."""
import json
import re

import pytest

from tests.workbench.workflow_helpers import (  # noqa: F401  (fixtures)
    article, ctx, make_claim, people, scale)
from workbench.extensions import db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(page: str) -> dict:
    [data] = SCRIPT.findall(page)
    return json.loads(data)


@pytest.mark.parametrize("status", ["new", "in_progress", "needs_review", "not_checkworthy"])
def test_only_published_claims_have_a_public_page(client, make_claim, status):
    claim = make_claim(status)
    assert client.get(f"/verdicts/{claim.id}").status_code == 404


def test_unknown_claim_is_404(client, ctx):
    assert client.get("/verdicts/999").status_code == 404


def test_public_page_shows_the_verdict_without_login(client, make_claim, app):
    claim = make_claim("published")
    page = client.get(f"/verdicts/{claim.id}").get_data(as_text=True)
    assert "Keliru" in page and "BPS says 4.97 percent." in page
    assert "https://bps.go.id/inflasi" in page and "https://warta.example/inflasi" in page


def test_claim_review_json_ld_has_the_fields(client, make_claim, app, scale):
    app.config.update(NEWSROOM_NAME="Cek Fakta Warta", NEWSROOM_URL="https://warta.example/")
    claim = make_claim("published")
    data = json_ld(client.get(f"/verdicts/{claim.id}").get_data(as_text=True))
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == claim.text
    assert data["url"] == f"http://localhost/verdicts/{claim.id}"
    assert data["datePublished"] == claim.published_at.date().isoformat()
    assert data["author"] == {"@type": "Organization", "name": "Cek Fakta Warta",
                              "url": "https://warta.example/"}
    assert data["reviewRating"] == {"@type": "Rating", "ratingValue": 1.0, "bestRating": 5.0,
                                    "worstRating": 1.0, "alternateName": "Keliru"}
    item = data["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2023-04-03"
    assert item["author"] == {"@type": "Organization", "name": "BPS"}
    assert item["appearance"]["url"] == "https://warta.example/inflasi"


@pytest.mark.parametrize("source, kind", [("Kementerian Kesehatan", "Organization"),
                                          ("WHO", "Organization"),
                                          ("Kepala BPS Amalia", "Person")])
def test_the_claimant_is_a_person_or_an_organization(client, make_claim, source, kind):
    claim = make_claim("published", source=source)
    data = json_ld(client.get(f"/verdicts/{claim.id}").get_data(as_text=True))
    assert data["itemReviewed"]["author"] == {"@type": kind, "name": source}


def test_json_ld_cannot_end_its_script_element(client, make_claim):
    claim = make_claim("published")
    claim.text = 'Dia bilang "</script><script>alert(1)</script><!--" & \u2028 pergi'
    db.session.commit()
    page = client.get(f"/verdicts/{claim.id}").get_data(as_text=True)
    [raw] = SCRIPT.findall(page)
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    assert json.loads(raw)["claimReviewed"] == claim.text
    assert "<script>alert(1)" not in page


def test_staff_get_links_back_to_the_claim_and_the_public_do_not(client, make_claim, login):
    claim = make_claim("published")
    back = f'href="/claims/{claim.id}"'
    assert back not in client.get(f"/verdicts/{claim.id}").get_data(as_text=True)
    login("sari")
    page = client.get(f"/verdicts/{claim.id}").get_data(as_text=True)
    assert back in page and f'href="/articles/{claim.article_id}#claim-{claim.id}"' in page
