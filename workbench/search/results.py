"""Search results as plain records: hits with escaped, highlighted snippets, and facets."""
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from workbench.search.analyzers import (LANGUAGES, TOKEN_PATTERN, exact_term, may_stem_to,
                                        stemmed_term)

SNIPPET_CHARS = 240     # a longer claim shows its best windows around the matches
SURROUND = 80           # characters of context either side of a window's matches
TOP_FRAGMENTS = 2
MARK_CLASSES = 5        # term0 .. term4, then round again
_TOKEN = re.compile(TOKEN_PATTERN)


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


def snippet(stored: dict, terms: dict) -> str:
    """Highlighted HTML of a claim's text: escaped, each word whose index term is one of
    the query's in ``<mark>``; the plain (escaped) start when no query word lights up.
    ``terms``: {field: {term text}} (see ``query_terms``).

    Words are matched by running each token through the same steps as the analyzers
    (``stemmed_term``), not by re-analysing the text with Whoosh's highlighter: that cost
    75% of a search page, most of it Sastrawi stemming words that could not match."""
    text = stored.get("claim") or ""
    language = stored.get("language") or "id"
    language = language if language in LANGUAGES else "id"     # as schema.to_fields does
    marks = list(_marks(text, language, terms.get(f"text_{language}", ()),
                        terms.get("exact", ())))
    if not marks:
        return html.escape(text[:SNIPPET_CHARS], quote=False)
    classes: dict[str, int] = {}
    return " … ".join(_render(text, start, end, marks, classes)
                      for start, end in _fragments(text, marks))


def _marks(text: str, language: str, stems, exact) -> Iterator[tuple[int, int, str]]:
    # (start, end, term) of each token of ``text`` that a query term matches.
    if not stems and not exact:
        return
    for match in _TOKEN.finditer(text):
        token = match.group()
        term = exact_term(token)
        if term in exact:
            yield match.start(), match.end(), term
        elif stems and may_stem_to(term, language, stems):
            stem = stemmed_term(token, language)
            if stem in stems:
                yield match.start(), match.end(), stem


def _fragments(text: str, marks) -> list[tuple[int, int]]:
    """(start, end) of the parts of ``text`` to show: all of a short claim (most are one
    sentence); for a long one, the best two windows of up to SNIPPET_CHARS around matches
    (most distinct terms, then most matches), in text order, cut at spaces."""
    if len(text) <= SNIPPET_CHARS:
        return [(0, len(text))]
    windows = []        # [start, end, marks in it]
    for start, end, term in marks:
        if windows and end - windows[-1][0] + 2 * SURROUND <= SNIPPET_CHARS:
            windows[-1][1] = end
            windows[-1][2].append(term)
        else:
            windows.append([start, end, [term]])
    best = sorted(windows, key=lambda w: (-len(set(w[2])), -len(w[2]), w[0]))[:TOP_FRAGMENTS]
    shown = []
    for start, end in (_widen(text, start, end) for start, end, _ in sorted(best)):
        if shown and start <= shown[-1][1]:     # widened into each other: show once
            shown[-1] = (shown[-1][0], max(end, shown[-1][1]))
        else:
            shown.append((start, end))
    return shown


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    # SURROUND characters of context either side, then out to the nearest space so that
    # no word is cut.
    start, end = max(0, start - SURROUND), min(len(text), end + SURROUND)
    if start > 0:
        start = text.rfind(" ", 0, start) + 1
    if end < len(text):
        space = text.find(" ", end)
        end = len(text) if space < 0 else space
    return start, end


def _render(text: str, start: int, end: int, marks, classes: dict) -> str:
    # Escaped text[start:end] with the marks inside it wrapped. ``classes`` numbers the
    # terms across fragments (term0, term1, ...), as Whoosh's HtmlFormatter did.
    out, at = [], start
    for mark_start, mark_end, term in marks:
        if mark_start < start or mark_end > end:
            continue
        number = classes.setdefault(term, len(classes) % MARK_CLASSES)
        out.append(html.escape(text[at:mark_start], quote=False))
        out.append(f'<mark class="match term{number}">'
                   f'{html.escape(text[mark_start:mark_end], quote=False)}</mark>')
        at = mark_end
    out.append(html.escape(text[at:end], quote=False))
    return "".join(out)


def query_terms(q) -> dict:
    """{field: {term text}} of a query, phrases' words included."""
    terms = {}
    for fieldname, text in q.iter_all_terms(phrases=True):
        terms.setdefault(fieldname, set()).add(
            text.decode("utf-8") if isinstance(text, bytes) else text)
    return terms


def to_hit(stored: dict, score: float, terms: dict) -> SearchHit:
    """A stored document as a SearchHit record."""
    return SearchHit(
        claim_id=stored["id"], article_id=stored.get("article_id", ""), score=float(score),
        snippet=snippet(stored, terms), title=stored.get("title", ""),
        outlet=stored.get("outlet", ""), status=stored.get("status", ""),
        verdict=stored.get("verdict", ""), language=stored.get("language", ""),
        published=stored.get("published", ""))
