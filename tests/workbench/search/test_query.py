import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from workbench.search.query import (MAX_QUERY_CHARS, SearchFilters, build_query,
                                    clean_text, parse_user_query)
from workbench.search.schema import build_schema

SCHEMA = build_schema()

HOSTILE = [
    '"unbalanced quote',
    'harga "BBM',
    "((harga naik",
    "harga ) naik (",
    "NOT NOT harga",
    "NOT",
    "AND",
    "OR OR OR",
    "harga AND",
    "NOT harga",
    "*",
    "*:*",
    "a*",
    "harga^999",
    "[a TO z]",
    ":::",
    "status:",
    ":harga",
    "nosuchfield:harga",
    "claim:harga stamp:x",
    "x" * 20_000,
    "harga " * 5_000,
    "harga\x00naik\x07\x1b[31m",
    "\u202eharga\u200b",
    "",
    "   ",
    "'",
    "\\",
    "harga~2",
    "{}[]<>",
    'note:"a b" OR note:',
    "context_id:x text_id:y",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_a_query(text):
    q, _ = build_query(text, SearchFilters(status=("published",)), SCHEMA)
    assert isinstance(q, wq.Query)


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_gives_a_query(text):
    q, _ = build_query(text, None, SCHEMA)
    assert isinstance(q, wq.Query)


def test_long_input_is_cut_before_parsing():
    assert len(clean_text("harga " * 5_000)) <= MAX_QUERY_CHARS


def test_not_not_falls_back_to_the_words():
    q, as_typed = parse_user_query("NOT NOT harga", SCHEMA)
    assert not as_typed
    assert ("text_id", "harga") in set(q.iter_all_terms())
    assert not any(text == "not" for _, text in set(q.iter_all_terms()))


def test_only_negative_query_falls_back_to_words():
    q, as_typed = parse_user_query("NOT vaksin", SCHEMA)
    assert not as_typed and ("text_id", "vaksin") in set(q.iter_all_terms())


def test_words_search_stemmed_fields_of_both_languages():
    q, as_typed = parse_user_query("kenaikan", SCHEMA)
    assert as_typed
    assert {("text_id", "naik"), ("text_en", "kenaikan")} <= set(q.iter_all_terms())


def test_phrases_search_the_unstemmed_fields():
    q, _ = parse_user_query('"menaikkan harga"', SCHEMA)
    phrases = [p for p in q.leaves() if isinstance(p, wq.Phrase)]
    assert {p.fieldname for p in phrases} == {"exact", "title", "source"}
    assert phrases[0].words == ["menaikkan", "harga"]


@pytest.mark.parametrize("text, term", [
    ("status:Published", ("status", "published")),
    ("lang:en", ("language", "en")),
    ("bahasa:id", ("language", "id")),
    ("outlet:Kompas.com", ("outlet", "kompas.com")),
    ("source:Menteri", ("source", "menteri")),
])
def test_field_prefixes(text, term):
    q, as_typed = parse_user_query(text, SCHEMA)
    assert as_typed and term in set(q.iter_all_terms())


def test_note_prefix_searches_the_context_of_both_languages():
    q, _ = parse_user_query("note:perdagangan", SCHEMA)
    assert set(q.iter_all_terms()) == {("context_id", "dagang"),
                                       ("context_en", "perdagangan")}


def test_unknown_prefix_is_searched_as_words():
    q, _ = parse_user_query("foo:harga", SCHEMA)
    assert {("text_id", "foo"), ("text_id", "harga")} <= set(q.iter_all_terms())


def test_operators():
    q, as_typed = parse_user_query("harga OR tarif NOT beras", SCHEMA)
    assert as_typed
    assert any(isinstance(node, wq.Not) for node in q.children())


def test_filters_become_terms_in_the_query():
    filters = SearchFilters(status=("published",), verdict=("salah", "hoaks"),
                            has_evidence=True, date_from="2024-01-01")
    q, _ = build_query("harga", filters, SCHEMA)
    terms = set(q.iter_all_terms())
    assert {("status", "published"), ("verdict", "salah"), ("verdict", "hoaks"),
            ("has_evidence", "yes")} <= terms
    assert any(isinstance(node, wq.TermRange) for node in q.leaves())


def test_empty_box_lists_everything_or_the_filtered_set():
    assert build_query("", None, SCHEMA)[0] == wq.Every()
    q, _ = build_query("  ", SearchFilters(language=("en",)), SCHEMA)
    assert ("language", "en") in set(q.iter_all_terms())


def test_box_with_nothing_searchable_matches_nothing():
    assert build_query("!!! ??? --", None, SCHEMA)[0] is wq.NullQuery


WORDS = ["Harga", "harga", "menaikkan", "yang", "the", "Prices", "3.000", "5,95", "2024", "a",
         "tidak", "covid", "Kenaikan", "rising", "x", "ÉLAN", "dikirimkan", "AND", "and"]


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_plain_words_give_the_query_the_parser_gives(words):
    from workbench.search.query import make_parser, words_query
    text = " ".join(words)
    direct = words_query(text)
    if direct is None:      # an operator, or only stop words: left to the parser
        assert "AND" in words or all(w.lower() in ("yang", "the", "a", "and") for w in words)
        return
    assert direct == make_parser(SCHEMA).parse(text).normalize()


@pytest.mark.parametrize("text", ['"harga naik"', "status:new harga", "harga OR beras",
                                  "Rp15.000", "covid19", "(harga)", "harga NOT beras"])
def test_anything_but_plain_words_goes_to_the_parser(text):
    from workbench.search.query import words_query
    assert words_query(text) is None
