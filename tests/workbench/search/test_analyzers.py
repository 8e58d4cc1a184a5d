import pickle
import random
import re

import pytest

from workbench.search.analyzers import (TOKEN_PATTERN, english_analyzer, exact_analyzer,
                                        exact_term, indonesian_analyzer, may_stem_to,
                                        normalize_number, stem_indonesian, stemmed_term)


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


@pytest.mark.parametrize("language, make, text", [
    ("id", indonesian_analyzer,
     "Pemerintah yang menaikkan harga BBM sebesar 3.000 rupiah tidak dikirimkan ke Rp1,5"),
    ("en", english_analyzer, "The governments raised fuel prices by 3,000 in 2024, it said"),
])
def test_stemmed_term_agrees_with_the_analyzer(language, make, text):
    by_token = [stemmed_term(m.group(), language) for m in re.finditer(TOKEN_PATTERN, text)]
    assert [t for t in by_token if t is not None] == tokens(make(), text)
    assert None in by_token         # a stop word ("yang", "the")


def test_exact_term_agrees_with_the_exact_analyzer():
    text = "Menaikkan harga yang 3.000 dan 5,95"
    assert [exact_term(m.group()) for m in re.finditer(TOKEN_PATTERN, text)] == \
        tokens(exact_analyzer(), text)


# Indonesian prefixes and suffixes, with the root's first letter dropped as Sastrawi
# recodes it (menulis <- tulis) or kept (membangun <- bangun).
PREFIXES = ("", "me", "mem", "men", "meng", "meny", "menge", "di", "ber", "ter", "pe", "pem",
            "pen", "peng", "peny", "per", "ke", "se", "memper", "diper")
SUFFIXES = ("", "kan", "an", "i", "nya", "lah", "kannya")


def test_may_stem_to_never_rules_out_a_real_stem():
    # The property the highlighter's shortcut relies on, over affixed forms of 60 roots
    # of Sastrawi's own dictionary (picked by a fixed seed, not by hand).
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    roots = random.Random(5).sample(sorted(StemmerFactory().get_words()), 60)
    rng = random.Random(6)
    words = {p + (r if rng.random() < 0.5 else r[1:]) + rng.choice(SUFFIXES)
             for r in roots for p in rng.sample(PREFIXES, 5)}
    for word in words:
        assert may_stem_to(word, "id", {stem_indonesian(word)}), word


def test_may_stem_to_rules_out_unrelated_words():
    assert not may_stem_to("pasar", "id", {"kirim"})
    assert may_stem_to("mengirimkan", "id", {"kirim"})
    assert may_stem_to("anything", "en", {"kirim"})     # English is always stemmed
