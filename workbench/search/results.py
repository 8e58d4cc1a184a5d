"""Search results as plain records: hits with escaped, highlighted snippets, and facets."""
import html
from dataclasses import dataclass, field

from whoosh import highlight

from workbench.search.schema import FACET_FIELDS

SNIPPET_CHARS = 240


@dataclass(frozen=True)
class SearchHit:
    """One matching claim. ``snippet`` is HTML: text escaped, matches in ``<mark>``."""
    claim_id: str
    article_id: str
    score: float
    snippet: str
    title: str
    outlet: str
    status: str
    verdict: str
    language: str
    published: str


@dataclass(frozen=True)
class SearchResults:
    """One page of results, with counts per facet value over all matches."""
    hits: list[SearchHit]
    total: int
    page: int
    pagesize: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    parsed_as_typed: bool = True     # False: the box did not parse and was read as words

    @property
    def pagecount(self) -> int:
        """Number of pages, at least 1."""
        return max(1, -(-self.total // self.pagesize))


def configure_highlighting(results) -> None:
    """Snippets of about SNIPPET_CHARS around the matches, escaped by Whoosh's formatter."""
    results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=80)
    results.formatter = highlight.HtmlFormatter(tagname="mark", classname="match",
                                                between=" … ")


def snippet(hit) -> str:
    """Highlighted HTML for a hit's claim text; the plain (escaped) start if nothing lights up."""
    text = hit.get("claim") or ""
    for fieldname in (f"text_{hit.get('language') or 'id'}", "exact"):
        try:
            marked = hit.highlights(fieldname, text=text, top=2)
        except KeyError:    # a language without its own field
            marked = ""
        if marked:
            return marked
    return html.escape(text[:SNIPPET_CHARS], quote=False)


def to_hit(hit) -> SearchHit:
    """A Whoosh hit as a SearchHit record (score 0 when sorted by date, not relevance)."""
    score = hit.score if isinstance(hit.score, (int, float)) else 0.0
    return SearchHit(
        claim_id=hit["id"], article_id=hit.get("article_id", ""), score=float(score),
        snippet=snippet(hit), title=hit.get("title", ""), outlet=hit.get("outlet", ""),
        status=hit.get("status", ""), verdict=hit.get("verdict", ""),
        language=hit.get("language", ""), published=hit.get("published", ""))


def facet_counts(results) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} over all matches, biggest first, without empty values."""
    counts = {}
    for name in FACET_FIELDS:
        groups = results.groups(name) if name in results.facet_names() else {}
        values = {_text(k): v for k, v in groups.items() if _text(k)}
        counts[name] = dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
    return counts


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value or "")
