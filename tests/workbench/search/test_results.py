"""Snippets: escaped HTML, query words (stemmed variants included) in <mark>."""
import re

import pytest

from workbench.search import ClaimDoc, ClaimIndex
from workbench.search.results import SNIPPET_CHARS, snippet


def marked(html: str) -> list[str]:
    return re.findall(r'<mark class="match term\d">(.*?)</mark>', html)


@pytest.fixture
def index(tmp_path):
    ix = ClaimIndex(str(tmp_path / "search"))
    yield ix
    ix.close()


def test_stemmed_variants_of_a_query_word_are_marked(index):
    index.update([ClaimDoc(1, "Bantuan dikirim ke desa, lalu warga mengirimkan kiriman lain",
                           "id")])
    hit = index.search("mengirim").hits[0]
    assert marked(hit.snippet) == ["dikirim", "mengirimkan", "kiriman"]
    assert "desa" in hit.snippet and "Bantuan" in hit.snippet


def test_english_stems_and_numbers_are_marked(index):
    index.update([ClaimDoc(2, "Fuel prices rose by 3,000 rupiah; pricing is opaque", "en")])
    assert marked(index.search("price 3000").hits[0].snippet) == ["prices", "3,000", "pricing"]


def test_stop_words_and_other_words_are_not_marked(index):
    index.update([ClaimDoc(3, "Harga yang naik dan harga yang turun", "id")])
    assert marked(index.search("harga yang").hits[0].snippet) == ["Harga", "harga"]


def test_a_phrase_marks_its_exact_words(index):
    index.update([ClaimDoc(4, "Menteri menaikkan harga, bukan kenaikan harga biasa", "id")])
    html = index.search('"menaikkan harga"').hits[0].snippet
    assert marked(html) == ["menaikkan", "harga", "harga"]


def test_the_same_term_keeps_its_class(index):
    index.update([ClaimDoc(5, "Harga beras dan harga gula", "id")])
    html = index.search("harga gula").hits[0].snippet
    assert re.findall(r'term(\d)">(\w+)', html) == [("0", "Harga"), ("0", "harga"),
                                                    ("1", "gula")]


def test_text_is_escaped_around_and_inside_marks():
    stored = {"claim": "<b>Harga</b> & 'naik'", "language": "id"}
    html = snippet(stored, {"text_id": {"harga"}})
    assert html == "&lt;b&gt;<mark class=\"match term0\">Harga</mark>&lt;/b&gt; &amp; 'naik'"


def test_no_match_gives_the_escaped_start():
    stored = {"claim": "x < y " * 100, "language": "id"}      # 600 characters
    assert snippet(stored, {"text_id": {"gula"}}) == "x &lt; y " * 40   # the first 240


def test_a_long_claim_shows_windows_around_its_matches():
    filler = " ".join(f"kata{n}" for n in range(200))
    text = f"Awal {filler} harga naik {filler} beras mahal {filler} akhir"
    html = snippet({"claim": text, "language": "id"}, {"text_id": {"harga", "beras"}})
    parts = html.split(" … ")
    assert len(parts) == 2 and marked(html) == ["harga", "beras"]
    assert all(len(p) <= SNIPPET_CHARS + 40 for p in parts)
    assert "Awal" not in html and "akhir" not in html
    assert all(not re.search(r"(^|\s)ata\d", p) for p in parts)     # no word cut in half


def test_a_long_claim_prefers_the_window_with_more_terms():
    filler = " ".join(f"kata{n}" for n in range(200))
    text = f"harga {filler} beras {filler} harga beras {filler} harga"
    html = snippet({"claim": text, "language": "id"}, {"text_id": {"harga", "beras"}})
    assert "harga</mark> <mark" in html        # the window where both stand together


def test_unknown_language_is_highlighted_as_indonesian(index):
    index.update([ClaimDoc(6, "Harga cabai naik", "fr")])
    assert marked(index.search("cabai").hits[0].snippet) == ["cabai"]


def test_windows_that_widen_into_each_other_show_their_text_once():
    filler = " ".join(f"kata{n}" for n in range(60))
    # Two matches ~85 characters apart: too far for one window, close enough that their
    # context overlaps.
    text = f"{filler} harga {' '.join(f'isi{n}' for n in range(15))} beras {filler}"
    html = snippet({"claim": text, "language": "id"}, {"text_id": {"harga", "beras"}})
    assert marked(html) == ["harga", "beras"]
    assert html.count("isi5 ") == 1 and " … " not in html
