import pickle

import pytest

from workbench.search.analyzers import (english_analyzer, exact_analyzer,
                                        indonesian_analyzer, normalize_number,
                                        stem_indonesian)


def tokens(analyzer, text):
    return [t.text for t in analyzer(text)]


@pytest.mark.parametrize("word, stem", [
    ("menaikkan", "naik"),
    ("kenaikan", "naik"),
    ("dinaikkan", "naik"),
    ("membangun", "bangun"),
    ("pembangunan", "bangun"),
    ("bantuannya", "bantu"),
])
def test_indonesian_words_share_their_stem(word, stem):
    assert tokens(indonesian_analyzer(), word) == [stem]


def test_indonesian_query_and_document_forms_meet():
    an = indonesian_analyzer()
    assert tokens(an, "Kenaikan harga beras") == tokens(an, "menaikkan harga beras")


def test_indonesian_keeps_negation_and_drops_function_words():
    assert tokens(indonesian_analyzer(), "harga yang tidak naik di pasar") == \
        ["harga", "tidak", "naik", "pasar"]


@pytest.mark.parametrize("text, expected", [
    ("Rp1,5 triliun", ["rp", "1.5", "triliun"]),
    ("3.000 ton", ["3000", "ton"]),
    ("5,95 persen", ["5.95", "persen"]),
    ("1.234,5 liter", ["1234.5", "liter"]),
    ("sebanyak 7 kapal", ["banyak", "7", "kapal"]),
])
def test_indonesian_numbers_stay_whole(text, expected):
    assert tokens(indonesian_analyzer(), text) == expected


def test_sastrawi_punctuation_rewriting_is_bypassed():
    # Sastrawi's stem("Rp1,5") gives "rp1 5": only alphabetic words reach it here.
    assert stem_indonesian("rp1,5") == "rp1,5"


@pytest.mark.parametrize("text, expected", [
    ("The government raised fuel prices", ["govern", "rais", "fuel", "price"]),
    ("prices rising by 3,000", ["price", "rise", "3000"]),
    ("a 5 percent cut", ["5", "percent", "cut"]),
    ("It cost $1.5 billion", ["cost", "1.5", "billion"]),
])
def test_english_stems_and_keeps_numbers(text, expected):
    assert tokens(english_analyzer(), text) == expected


def test_exact_analyzer_neither_stems_nor_stops():
    assert tokens(exact_analyzer(), "Menaikkan harga yang 3.000") == \
        ["menaikkan", "harga", "yang", "3000"]


@pytest.mark.parametrize("written, canonical", [
    ("3.000", "3000"), ("3,000", "3000"), ("3000", "3000"), ("1.000.000", "1000000"),
    ("5,95", "5.95"), ("5.95", "5.95"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
    ("0,500", "0.500"), ("1.2.3", "1.2.3"), ("2024", "2024"),
])
def test_normalize_number(written, canonical):
    assert normalize_number(written) == canonical


@pytest.mark.parametrize("make", [indonesian_analyzer, english_analyzer, exact_analyzer])
def test_analyzers_survive_pickling(make):
    # Whoosh pickles the schema, analyzers included, into the index's table of contents.
    analyzer = pickle.loads(pickle.dumps(make()))
    assert tokens(analyzer, "Harga 3.000") == tokens(make(), "Harga 3.000")
