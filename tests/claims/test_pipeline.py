import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims import (ArticleAnalysis, ArticleError, ArticleTooLarge, EmptyArticle, split_article)

FIXTURE = Path(__file__).parent / "fixtures" / "banjir_semarang.txt"


@pytest.fixture(scope="module")
def golden():
    text = FIXTURE.read_text(encoding="utf-8")
    return text, split_article(text)


def test_golden_metadata(golden):
    _, result = golden
    assert isinstance(result, ArticleAnalysis)
    assert result.language == "id"
    assert result.title == "Banjir Rendam Ratusan Rumah di Semarang, Warga Mengungsi ke Balai Desa"
    assert result.published == dt.date(2024, 3, 12)


def test_golden_boilerplate_lines(golden):
    text, result = golden
    kinds = [(text[b.start:b.end][:20], b.kind) for b in result.boilerplate]
    assert kinds == [
        ("12 Maret 2024 08:15 ", "dateline"), ("·", "furniture"), ("waktu baca 3 menit", "furniture"),
        ("comment", "widget"), ("5", "furniture"), ("sosmed-whatsapp-whit", "widget"),
        ("copy-link-circle", "widget"), ("Petugas BPBD mengeva", "caption"),
        ("zoom-in-whitePerbesa", "furniture"), ("Petugas BPBD mengeva", "caption"),
        ("ADVERTISEMENT", "ad"), ("ADVERTISEMENT", "ad"), ("Baca juga: Harga Cab", "related"),
    ]


GOLDEN_CLAIMS = [
    ("Banjir merendam 430 rumah di tiga kelurahan di Kota Semarang sejak Senin (11/3) dini hari",
     None, [430, 3], ["2024-03-11"]),
    ("ketinggian air mencapai 80 sentimeter di titik terdalam", "Endro Santoso", [80], None),
    ("Sebanyak 215 warga sudah kami pindahkan ke balai desa", "Endro Santoso", [215], ["2024-03-12"]),
    ("sisanya memilih bertahan di lantai dua rumah mereka", "Endro Santoso", None, ["2024-03-12"]),
    ("curah hujan di Semarang pada Senin mencapai 150 milimeter per hari",
     "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", [150], ["2024-03-11"]),
    # the embedded 2015 stays on the embedded claim; the break itself is dated by the story's day
    ("Tanggul Sungai Beringin, yang dibangun pada 2015, jebol sepanjang 20 meter akibat derasnya arus",
     None, [20], ["2024-03-11"]),
    ("Tanggul Sungai Beringin, yang dibangun pada 2015", None, [], ["2015"]),
]


def test_golden_claims_spans_and_sources(golden):
    _, result = golden
    assert [(c.text, c.source) for c in result.claims] == [(t, s) for t, s, _, _ in GOLDEN_CLAIMS]


@pytest.mark.parametrize("index", range(len(GOLDEN_CLAIMS)))
def test_golden_claim_numbers_and_dates(golden, index):
    claim = golden[1].claims[index]
    _, _, values, dates = GOLDEN_CLAIMS[index]
    if values is not None:
        assert [q.value_min for q in claim.quantities] == values
    if dates is not None:
        assert list(claim.dates) == dates
    assert ("quote" in claim.types) == (index in (2, 3))


def test_golden_leaves_out_opinion_hope_question_and_headline(golden):
    text, result = golden
    claimed = " ".join(c.text for c in result.claims)
    for phrase in ("tentu sangat menyulitkan", "Warga berharap", "Apakah banjir", "Banjir Rendam Ratusan"):
        assert phrase not in claimed


@pytest.mark.parametrize("text, error", [
    ("", EmptyArticle),
    ("  \n\t \n", EmptyArticle),
    ("x" * 101, ArticleTooLarge),
])
def test_bad_input_raises_article_errors(text, error):
    with pytest.raises(error):
        split_article(text, max_chars=100)


@pytest.mark.parametrize("kwargs", [{"published": "26/02/2022"}, {"language": "fr"}])
def test_bad_arguments_raise_value_errors(kwargs):
    with pytest.raises(ArticleError):
        split_article("Harga beras naik 10 persen di Jawa Tengah.", **kwargs)


def test_english_article_is_detected_and_split():
    text = ("Floods hit the northern province on Sunday.\n"
            "Officials said 1,200 people were moved to shelters, but the main road stayed open.\n")
    result = split_article(text)
    assert result.language == "en"
    assert [(c.text, c.source) for c in result.claims] == [
        ("Floods hit the northern province on Sunday", None),
        ("1,200 people were moved to shelters", "Officials"),
        ("the main road stayed open", "Officials"),
    ]


def test_results_are_immutable(golden):
    claim = golden[1].claims[0]
    with pytest.raises(AttributeError):
        claim.start = 3


_FRAGMENTS = st.sampled_from([
    "Polisi menangkap 3 orang di Jl. Sudirman No. 5, Senin (4/3).", "ADVERTISEMENT",
    "“Kami siap,” kata Budi.", "Menurut BPS, inflasi 2,5 persen.", "Baca juga: Judul Lain",
    "The port, which opened in 1990, handled 2 million tons, he said.", "Foto: Andi/ANTARA",
    "  • Total: 4.500", "Apakah benar?", "“", "”", "\"", ", yang", "dan", "\n", "\r\n", " ",
    "Rp 2,5 miliar", "12 Maret 2024 10:00 WIB", "Kemarin, pasukan tiba.", "(", ")", "...",
])
_ARTICLES = st.one_of(st.text(max_size=400), st.lists(_FRAGMENTS, max_size=25).map(" ".join),
                      st.lists(_FRAGMENTS | st.text(max_size=12), max_size=25).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLES)
def test_offsets_always_slice_the_input(text):
    try:
        result = split_article(text)
    except ArticleError:
        assert not text.strip()
        return
    for claim in result.claims:
        assert text[claim.start:claim.end] == claim.text and claim.start < claim.end
        assert 0.0 <= claim.score <= 1.0
    spans = [(claim.start, claim.end) for claim in result.claims]
    assert len(spans) == len(set(spans))        # no claim twice
    for line in result.boilerplate:
        assert 0 <= line.start < line.end <= len(text)
        assert "\n" not in text[line.start:line.end]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=()), min_size=1, max_size=200),
       st.sampled_from([None, "id", "en"]))
def test_any_unicode_gives_a_result_or_an_article_error(text, language):
    try:
        split_article(text, language=language, url="https://example.com/x")
    except ArticleError:
        pass


def test_a_stray_bracket_after_a_reporting_verb_gives_a_result():
    # (found by mutating sentences at random: the speaker phrase "( Budi" once raised IndexError)
    text = "Judul\n\nPasar buka setiap Senin, Rabu, dan Jumat sore, kata( Budi."
    result = split_article(text, published="2024-05-02")
    assert all(text[c.start:c.end] == c.text for c in result.claims)


def test_an_appositive_two_patterns_read_is_one_claim():
    # (a probe found "bank sentral AS, The Federal Reserve" given twice: an appositive and an aside)
    text = ("Rupiah melemah\nAnalis memperkirakan bahwa bank sentral AS, The Federal Reserve, akan menahan "
            "suku bunga pada Juni.\n")
    spans = [(c.start, c.end) for c in split_article(text, published="2024-05-14").claims]
    assert len(spans) == len(set(spans))
    assert "bank sentral AS, The Federal Reserve" in [text[a:b] for a, b in spans]
