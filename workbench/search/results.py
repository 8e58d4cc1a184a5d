"""Search results as plain records: hits with escaped, highlighted snippets, and facets."""
import html
from dataclasses import dataclass, field

from whoosh import highlight


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


def snippet(stored: dict, terms: dict, schema) -> str:
    """Highlighted HTML of a claim's text, escaped by Whoosh's HtmlFormatter; the plain
    (escaped) start when no query word lights up. ``terms``: {field: {term text}}."""
    text = stored.get("claim") or ""
    for fieldname in (f"text_{stored.get('language') or 'id'}", "exact"):
        words = terms.get(fieldname)
        if words and fieldname in schema:
            marked = highlight.highlight(text, frozenset(words), schema[fieldname].analyzer,
                                         _fragmenter(text), _formatter(), top=2)
            if marked:
                return marked
    return html.escape(text[:SNIPPET_CHARS], quote=False)


def _formatter():
    # A new one per snippet: HtmlFormatter numbers the terms it has seen (term0, term1...).
    return highlight.HtmlFormatter(tagname="mark", classname="match", between=" … ")


def _fragmenter(text):
    # A claim is usually one sentence: show all of it (cheap); cut only long ones.
    if len(text) <= SNIPPET_CHARS:
        return highlight.WholeFragmenter()
    return highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=80)


def query_terms(q) -> dict:
    """{field: {term text}} of a query, phrases' words included."""
    terms = {}
    for fieldname, text in q.iter_all_terms(phrases=True):
        terms.setdefault(fieldname, set()).add(
            text.decode("utf-8") if isinstance(text, bytes) else text)
    return terms


def to_hit(stored: dict, score: float, terms: dict, schema) -> SearchHit:
    """A stored document as a SearchHit record."""
    return SearchHit(
        claim_id=stored["id"], article_id=stored.get("article_id", ""), score=float(score),
        snippet=snippet(stored, terms, schema), title=stored.get("title", ""),
        outlet=stored.get("outlet", ""), status=stored.get("status", ""),
        verdict=stored.get("verdict", ""), language=stored.get("language", ""),
        published=stored.get("published", ""))
