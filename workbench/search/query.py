"""Turn the text of the search box, plus filters, into a Whoosh query. Never raises.

Accepted syntax: words (all must match, in the claim text), "quoted phrases" (matched
unstemmed against the claim text, title and source), OR, NOT, AND, parentheses, and
field prefixes (``source:``, ``outlet:``, ``status:``, ``verdict:``, ``lang:``,
``entity:``, ``title:``, ``url:``, ``article:``, ``id:``, and ``note:`` for the title,
source, entities, rationale, notes and evidence text together). Anything Whoosh cannot
parse is searched as plain words. Wildcards, ranges and ``*:*`` are not offered: a lone
``*`` or ``a*`` expands to every term of the index.
"""
import copy
import re
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.qparser import (FieldsPlugin, GroupPlugin, MultifieldPlugin, OperatorsPlugin,
                            PhrasePlugin, QueryParser, syntax)

from workbench.search.analyzers import TOKEN_PATTERN, is_stop_word, stemmed_term
from workbench.search.schema import CONTEXT_FIELDS, PHRASE_FIELDS, WORD_FIELDS

# Whoosh's parser took 5 s on a 20,000-character query (NOTES.md): cut before parsing.
MAX_QUERY_CHARS = 500

CONTEXT = "context"      # not a schema field: expands to CONTEXT_FIELDS
FIELD_ALIASES = {
    "source": "source", "sumber": "source", "outlet": "outlet", "media": "outlet",
    "status": "status", "verdict": "verdict", "lang": "language", "language": "language",
    "bahasa": "language", "entity": "entities", "entities": "entities", "title": "title",
    "judul": "title", "url": "url", "article": "article_id", "id": "id",
    "note": CONTEXT, "notes": CONTEXT, "catatan": CONTEXT, "context": CONTEXT,
    "rationale": CONTEXT, "alasan": CONTEXT, "evidence": CONTEXT, "bukti": CONTEXT,
}
_PREFIX = re.compile(r"(\w+):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")
_PLAIN_WORD = re.compile(r"\w+(?:[.,]\w+)*")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "REQUIRE"}
_ONE_TOKEN = re.compile(TOKEN_PATTERN)


@dataclass(frozen=True)
class SearchFilters:
    """Facet filters chosen on the search page; empty means "any"."""
    status: tuple[str, ...] = ()
    verdict: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    outlet: tuple[str, ...] = ()
    has_evidence: bool | None = None
    date_from: str | None = None     # ISO dates, inclusive
    date_to: str | None = None


class _WordsAndPhrasesPlugin(MultifieldPlugin):
    """Unfielded words go to the stemmed claim fields, unfielded phrases to the exact
    ones, and the virtual ``context`` field to the context field of each language."""

    def __init__(self):
        super().__init__(list(WORD_FIELDS), fieldboosts=WORD_FIELDS)

    def do_multifield(self, parser, group):
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self.do_multifield(parser, node)
            elif node.has_fieldname and node.fieldname in (None, CONTEXT):
                fields = {} if _stop_word(node) else _fields_for(node)
                group[i] = self.group([_fielded(node, f, b) for f, b in fields.items()])
        return group


def _stop_word(node) -> bool:
    # A stop word of either language ("yang", "the") is dropped from the query: searched
    # in both languages' fields, it would be required in the one that does not stop it
    # ("harga yang naik" found no Indonesian claim, only ones with English text "yang").
    return isinstance(node, syntax.WordNode) and is_stop_word(node.text)


def _fields_for(node) -> dict:
    if node.fieldname == CONTEXT:
        return CONTEXT_FIELDS
    return PHRASE_FIELDS if isinstance(node, PhrasePlugin.PhraseNode) else WORD_FIELDS


def _fielded(node, fieldname, boost):
    node = copy.copy(node)
    node.set_fieldname(fieldname, override=True)
    node.set_boost(boost)
    return node


def make_parser(schema, plain: bool = False) -> QueryParser:
    """The parser for the search box; ``plain`` drops all syntax (the fallback)."""
    plugins = [_WordsAndPhrasesPlugin()]
    if not plain:
        # Unknown prefixes never reach the parser (clean_text), and "context" must
        # survive until _WordsAndPhrasesPlugin expands it.
        plugins += [FieldsPlugin(remove_unknown=False), PhrasePlugin(), GroupPlugin(),
                    OperatorsPlugin()]
    return QueryParser(None, schema, plugins=plugins)


def clean_text(text: str) -> str:
    """Cut to MAX_QUERY_CHARS, blank out control characters, keep only known prefixes."""
    text = _CONTROL.sub(" ", (text or "")[:MAX_QUERY_CHARS])
    return _PREFIX.sub(_map_prefix, text)


def _map_prefix(match) -> str:
    # Unknown prefixes ("foo:") become words, known ones their real field name, and a
    # clock time "18:00" is spelled "18.00" as news text writes it.
    if match.group(1).isdigit():
        return f"{match.group(1)}."
    name = FIELD_ALIASES.get(match.group(1).lower())
    return f"{name}:" if name else f"{match.group(1)} "


def parse_user_query(text: str, schema) -> tuple[wq.Query, bool]:
    """Parse the search box; returns (query, parsed_as_typed). Never raises.

    An empty or all-stop-word box gives ``NullQuery``; the caller decides what that means.
    """
    text = clean_text(text)
    words = words_query(text)
    if words is not None:
        return words, True
    try:
        q = make_parser(schema).parse(text).normalize()
        q = q.accept(lambda node: _without_positions(node, schema))
        if _usable(q):
            return q, True
    except Exception:   # Whoosh raises assorted errors on odd input, e.g. "NOT NOT x"
        pass
    return plain_words_query(text, schema), False


def words_query(text: str) -> wq.Query | None:
    """The query the parser builds for a box of plain words (the common search), built
    directly: Whoosh's parser took ~3 ms of a ~10 ms search for it. None for anything
    else (quotes, prefixes, operators, words of several tokens such as "Rp15.000"), and
    for a box of stop words only, which the parser's path handles."""
    words = text.split()
    if not words or any(w in _OPERATORS or not _ONE_TOKEN.fullmatch(w) for w in words):
        return None
    groups = [wq.Or([wq.Term(field, stemmed_term(w, field.removeprefix("text_")), boost=boost)
                     for field, boost in WORD_FIELDS.items()])
              for w in words if not is_stop_word(w)]
    if not groups:
        return None
    return (wq.And(groups) if len(groups) > 1 else groups[0]).normalize()


def _without_positions(node, schema):
    # Stemmed fields keep no positions (schema.py): a phrase there becomes all its words.
    if isinstance(node, wq.Phrase) and not schema[node.fieldname].format.supports("positions"):
        return wq.And([wq.Term(node.fieldname, word) for word in node.words])
    return node


def _usable(q) -> bool:
    # A query Whoosh "parsed" by dropping everything, or one that is only negative
    # (it matches nothing), is not what the person asked for: fall back to their words.
    if q is wq.NullQuery or isinstance(q, wq.Not):
        return False
    subqueries = getattr(q, "subqueries", None)
    return not subqueries or not all(isinstance(s, wq.Not) for s in subqueries)


def plain_words(text: str) -> str:
    """The words of ``text``, lowercased, without syntax; operator words are dropped
    ("NOT NOT x" looks for x) unless they are all there is."""
    words = _PLAIN_WORD.findall(clean_text(text).replace(":", " "))
    words = [w for w in words if w not in _OPERATORS] or words
    return " ".join(w.lower() for w in words)


def plain_words_query(text: str, schema) -> wq.Query:
    """A query for all the words of ``text``, without any syntax."""
    try:
        return make_parser(schema, plain=True).parse(plain_words(text)).normalize()
    except Exception:
        return wq.NullQuery


def filter_terms(filters: SearchFilters | None) -> list[wq.Query]:
    """Filters as query terms: inside the query they ran 4-5x faster than ``filter=``."""
    if filters is None:
        return []
    terms = [_any_of(name, getattr(filters, name))
             for name in ("status", "verdict", "language", "outlet")]
    if filters.has_evidence is not None:
        terms.append(wq.Term("has_evidence", "yes" if filters.has_evidence else "no"))
    if filters.date_from or filters.date_to:
        # "0" keeps claims without a date out of an open-ended range.
        terms.append(wq.TermRange("published", filters.date_from or "0",
                                  filters.date_to or "9999"))
    return [t for t in terms if t is not None]


def _any_of(fieldname, values):
    values = [v.lower() for v in values if v]
    if not values:
        return None
    return wq.Or([wq.Term(fieldname, v) for v in values]) if len(values) > 1 \
        else wq.Term(fieldname, values[0])


def build_query(text: str, filters: SearchFilters | None, schema) -> tuple[wq.Query, bool]:
    """The full query for a search: the box AND the filters. Never raises.

    Returns (query, parsed_as_typed). An empty box with filters lists what the filters
    select; an empty box without filters lists everything; a box with nothing
    searchable in it (only stop words or punctuation) matches nothing.
    """
    terms = filter_terms(filters)
    if not (text or "").strip():
        return (wq.And(terms) if terms else wq.Every()), True
    user_q, as_typed = parse_user_query(text, schema)
    if user_q is wq.NullQuery:      # only stop words or punctuation: nothing to look for
        return wq.NullQuery, as_typed
    return (wq.And([user_q, *terms]) if terms else user_q), as_typed
