"""The search document for one claim, and the Whoosh schema it is indexed with.

The index is derived data: everything here comes from the database, and a rebuild from
the database gives the same index. Dates are ISO strings in ID fields: they sort
lexicographically, and DATETIME/NUMERIC fields cost 38% build time and 50% size
(NOTES.md, "Search").
"""
import datetime as dt
from dataclasses import dataclass

from whoosh.analysis import IDTokenizer, LowercaseFilter
from whoosh.fields import ID, STORED, TEXT, Schema

from workbench.search.analyzers import (LANGUAGES, english_analyzer, exact_analyzer,
                                        indonesian_analyzer)

# Unfielded words search the claim text (stemmed per language; a document fills only
# the field of its own language). Adding the two context fields made every query
# ~2x slower (each word becomes an OR over the fields), so the context (title,
# source, entities, rationale, notes and evidence) is searched with a prefix:
# ``note:`` (see query.py) expands to these CONTEXT_FIELDS. Quoted phrases search the
# unstemmed fields.
WORD_FIELDS = {"text_id": 1.0, "text_en": 1.0}
CONTEXT_FIELDS = {"context_id": 1.0, "context_en": 1.0}
PHRASE_FIELDS = {"exact": 2.0, "title": 1.0, "source": 1.0}
FACET_FIELDS = ("status", "verdict", "language", "outlet", "has_evidence")


@dataclass(frozen=True)
class ClaimDoc:
    """What the index needs to know about one claim; the app builds it from its models."""
    claim_id: int | str
    text: str
    language: str = "id"
    article_id: int | str | None = None
    title: str = ""
    outlet: str = ""
    url: str = ""
    source: str = ""
    entities: tuple[str, ...] = ()
    status: str = ""
    verdict: str = ""
    published: dt.date | str | None = None
    dates: tuple[str, ...] = ()
    rationale: str = ""
    notes: str = ""          # notes and evidence text, joined
    has_evidence: bool = False
    stamp: str = ""          # e.g. the claim's version or updated_at: lets `check` see staleness


def build_schema() -> Schema:
    """The Whoosh schema: one document per claim, keyed by ``id``."""
    id_an, en_an, exact_an = indonesian_analyzer(), english_analyzer(), exact_analyzer()
    lower_id = IDTokenizer() | LowercaseFilter()     # so that "status:Published" matches
    return Schema(
        id=ID(stored=True, unique=True),
        article_id=ID(stored=True),
        claim=STORED(),
        # No positions in the stemmed fields: phrases are matched in the unstemmed ones,
        # and positions cost build time and size.
        text_id=TEXT(analyzer=id_an, phrase=False), text_en=TEXT(analyzer=en_an, phrase=False),
        context_id=TEXT(analyzer=id_an, phrase=False),
        context_en=TEXT(analyzer=en_an, phrase=False),
        exact=TEXT(analyzer=exact_an), title=TEXT(analyzer=exact_an, stored=True),
        source=TEXT(analyzer=exact_an), entities=TEXT(analyzer=exact_an),
        url=ID(stored=True), dates=TEXT(analyzer=exact_an),
        outlet=ID(stored=True, sortable=True, analyzer=lower_id),
        status=ID(stored=True, sortable=True, analyzer=lower_id),
        verdict=ID(stored=True, sortable=True, analyzer=lower_id),
        language=ID(stored=True, sortable=True, analyzer=lower_id),
        has_evidence=ID(stored=True, sortable=True),
        published=ID(stored=True, sortable=True),
        stamp=STORED(),
    )


def iso_date(value) -> str:
    """ISO ``YYYY-MM-DD`` for a date, datetime or string; empty when unknown."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    return str(value or "")[:10]


def to_fields(doc: ClaimDoc) -> dict:
    """Map a ClaimDoc onto schema fields; claim text goes to its language's fields.
    None is accepted wherever the database allows it (source, url, outlet, ...)."""
    lang = doc.language if doc.language in LANGUAGES else "id"
    title, source, entities = doc.title or "", doc.source or "", " ; ".join(doc.entities or ())
    context = "\n".join([title, source, entities, doc.rationale or "", doc.notes or ""])
    return {
        "id": str(doc.claim_id), "article_id": str(doc.article_id or ""),
        "claim": doc.text or "", f"text_{lang}": doc.text or "", "exact": doc.text or "",
        f"context_{lang}": context, "title": title, "source": source,
        "entities": entities, "url": doc.url or "", "dates": " ".join(doc.dates or ()),
        "outlet": _lower(doc.outlet), "status": _lower(doc.status),
        "verdict": _lower(doc.verdict), "language": _lower(doc.language),
        "has_evidence": "yes" if doc.has_evidence else "no",
        "published": iso_date(doc.published), "stamp": str(doc.stamp or ""),
    }


def _lower(value) -> str:
    return (value or "").strip().lower()
