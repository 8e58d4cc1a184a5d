import datetime as dt

import pytest

from claims.html import extract_html, looks_like_html
from claims.errors import NoExtractableText
from claims.metadata import dateline_spans, detect_language, find_published, find_title, outlet_from_url


@pytest.mark.parametrize("text, lang", [
    ("Pemerintah daerah menyalurkan bantuan kepada warga yang terdampak banjir di tiga desa.", "id"),
    ("Kerajaan negeri akan membina semula jambatan yang runtuh dalam tempoh dua tahun.", "id"),
    ("The city council voted to extend the night bus service until the end of the year.", "en"),
    ("Jakarta adalah ibu kota Indonesia dan kota terbesar di negara itu.", "id"),
])
def test_language_detection_folds_malay_into_indonesian(text, lang):
    assert detect_language(text) == lang


def test_language_detection_survives_odd_characters():
    assert detect_language("\ud800\x00 ☃ 123") in ("id", "en")


@pytest.mark.parametrize("url, outlet", [
    ("https://news.detik.com/berita/d-1/judul", "detik"),
    ("https://www.kompas.com/read/2024/01/02/x", "kompas"),
    ("https://www.bbc.co.uk/news/world", "bbc"),
    ("https://regional.kontan.co.id/news/x", "kontan"),
    ("example.org/path", "example"),
    (None, None),
])
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_title_is_first_line_without_full_stop():
    text = "Harga Cabai Melonjak Jelang Lebaran\n\nHarga cabai naik dua kali lipat."
    assert text[slice(*find_title(text))] == "Harga Cabai Melonjak Jelang Lebaran"
    assert find_title("Harga cabai naik dua kali lipat.\nLainnya.") is None


def test_published_comes_from_the_date_line():
    text = "Judul Berita\n\nRabu, 6 Maret 2024 - 10:15 WIB\nIsi berita di sini.\n"
    spans = dateline_spans(text)
    assert [text[a:b] for a, b in spans] == ["Rabu, 6 Maret 2024 - 10:15 WIB"]
    assert find_published(text, None, spans) == dt.date(2024, 3, 6)


@pytest.mark.parametrize("text, published", [
    ("Harga Beras Naik\n\nBANDUNG, 3 Juni 2025 - Harga beras naik 5 persen pada Senin (2/6).\n",
     dt.date(2025, 6, 3)),
    ("Palm Oil Up\n\nKUALA LUMPUR, June 2, 2025 (Harbour) -- Palm oil rose 3% on Monday.\n",
     dt.date(2025, 6, 2)),
    # a sentence that opens with capitals and a dash is no dateline
    ("Kongres\n\nPSSI, 2 klub, dan 3 sponsor - semuanya hadir pada Senin (2/6).\n", None),
])
def test_published_comes_from_a_dated_dateline_opening_the_body(text, published):
    assert find_published(text, None, dateline_spans(text)) == published


def test_html_body_title_and_date_are_extracted():
    html = ("<html><head><title>Jembatan Baru Dibuka</title>"
            "<meta property='article:published_time' content='2024-02-01T09:00:00+07:00'></head>"
            "<body><nav>Beranda | Nasional</nav><article><h1>Jembatan Baru Dibuka</h1>"
            "<p>Jembatan sepanjang 120 meter di Kabupaten Kendal resmi dibuka pada Kamis (1/2).</p>"
            "<p>Bupati Kendal mengatakan jembatan itu menghubungkan dua kecamatan.</p></article>"
            "<footer>Hak cipta</footer></body></html>")
    assert looks_like_html(html)
    body, title, published = extract_html(html)
    assert "sepanjang 120 meter" in body and "Hak cipta" not in body
    assert title == "Jembatan Baru Dibuka" and published == dt.date(2024, 2, 1)


@pytest.mark.parametrize("head, published", [
    ("", None),                     # only a copyright year in the footer: no date at all
    ("<meta property='article:published_time' content='2025-03-04T10:00:00+07:00'>", dt.date(2025, 3, 4)),
    ("<meta property='article:published_time' content='2025-03-04T10:00:00+07:00'>"
     "<meta property='article:modified_time' content='2025-03-09T08:00:00+07:00'>", dt.date(2025, 3, 4)),
])
def test_an_html_date_comes_from_the_page_markup_never_from_a_copyright_year(head, published):
    html = (f"<html><head><title>Harga Cabai Naik</title>{head}</head><body><article>"
            "<h1>Harga Cabai Naik</h1><p>Harga cabai rawit di Pasar Johar naik menjadi Rp90.000 per "
            "kilogram, kata pedagang setempat.</p><p>Pasokan dari Temanggung berkurang sejak pekan "
            "lalu.</p></article><footer>Hak cipta 2025 Kabar Kota</footer></body></html>")
    assert extract_html(html)[2] == published


def test_html_without_a_body_is_refused():
    with pytest.raises(NoExtractableText):
        extract_html("<html><head><title>x</title></head><body></body></html>")


@pytest.mark.parametrize("text, title", [
    ("World|Asia\nFerry sinks off Sulawesi coast, 12 missing\nBody text.", "Ferry sinks off Sulawesi coast, 12 missing"),
    ("City Hall\nDewan kota menyetujui kenaikan tarif parkir dua kali lipat\nIsi.",
     "Dewan kota menyetujui kenaikan tarif parkir dua kali lipat"),
    # a short headline above the body's first sentence stays the headline
    ("Banjir Landa Garut\nBanjir merendam 40 rumah pada Senin.", "Banjir Landa Garut"),
])
def test_title_skips_the_section_name_above_the_headline(text, title):
    assert text[slice(*find_title(text))] == title
