"""schema.org ClaimReview for a published verdict (https://schema.org/ClaimReview, and the
fields Google's fact-check markup reads), and its safe embedding in a page."""
from __future__ import annotations

import json

from markupsafe import Markup

from claims import gazetteer
from workbench.models import Claim
from workbench.services import verdict_scale

# Inside <script>, "</script>" or "<!--" in the data would end or confuse the element; JSON
# allows any character as \uXXXX, so these never appear literally. U+2028/9 are line ends to
# older JavaScript parsers.
UNSAFE_IN_SCRIPT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                    "\u2028": "\\u2028", "\u2029": "\\u2029"}


def claim_review(claim: Claim, url: str, newsroom: str, newsroom_url: str | None = None) -> dict:
    """The ClaimReview of a published claim; ``url`` is its public page."""
    worst, best = verdict_scale.bounds()
    language = claim.article.language or "id"
    review = {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "url": url, "claimReviewed": claim.text,
        "datePublished": claim.published_at.date().isoformat(),
        "inLanguage": language,
        "author": _organization(newsroom, newsroom_url),
        "reviewRating": {"@type": "Rating", "ratingValue": claim.verdict.value,
                         "bestRating": best, "worstRating": worst,
                         "alternateName": claim.verdict.label(language)},
        "itemReviewed": _item_reviewed(claim),
    }
    return review


def script_json(data: dict) -> Markup:
    """``data`` as JSON that is safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in UNSAFE_IN_SCRIPT.items():
        text = text.replace(char, escape)
    return Markup(text)


def _item_reviewed(claim: Claim) -> dict:
    item = {"@type": "Claim"}
    if claim.source:
        item["author"] = _claimant(claim)
    article = claim.article
    if article.url:
        item["appearance"] = {"@type": "CreativeWork", "url": article.url,
                              **({"headline": article.title} if article.title else {})}
    if article.published:
        item["datePublished"] = article.published.isoformat()
    return item


def _claimant(claim: Claim) -> dict:
    """Who made the claim: an Organization when the splitter (or the name) says so."""
    name = claim.source
    orgs = {e.get("text") for e in claim.entities if e.get("kind") == "org"}
    words = {w.lower() for w in name.split()}
    acronym = name.isupper() and len(name.split()) == 1 and len(name) > 1     # BPS, WHO
    is_org = name in orgs or acronym or bool(words & {c.lower() for c in gazetteer.ORG_CUES})
    return {"@type": "Organization" if is_org else "Person", "name": name}


def _organization(name: str, url: str | None) -> dict:
    return {"@type": "Organization", "name": name, **({"url": url} if url else {})}
