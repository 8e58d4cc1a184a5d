import pytest

from claims.clean import find_boilerplate, is_dateline, line_kind


@pytest.mark.parametrize("line, kind", [
    ("ADVERTISEMENT", "ad"),
    ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
    ("Baca juga: Harga Beras Naik di Pasar Induk", "related"),
    ("BACA JUGA:", "related"),
    ("Simak Video 'Banjir Melanda Kota Lama':", "related"),
    ("Read more: Storm hits the coast", "related"),
    ("3 Januari 2024 14:20 WIB", "dateline"),
    ("Senin, 8 April 2024 - 09:30 WIB", "dateline"),
    ("loading...", "furniture"),
    ("A A A", "furniture"),
    ("3 dari 5 halaman", "furniture"),
    ("waktu baca 4 menit", "furniture"),
    ("12", "furniture"),
    ("share-facebook-white", "widget"),
    ("comment", "widget"),
    ("Follow kanal WhatsApp kami untuk mendapatkan berita terkini dengan klik tautan ini.", "widget"),
    ("Thank you for reading our coverage; subscribe to get it every morning.", "widget"),
    ("Quickly share this video with your friends and family.", "widget"),
    ("Get unlimited access, fewer ads and a faster site with a premium plan.", "widget"),
    ("Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda.", "widget"),
    ("Warga menunggu bantuan di posko, Rabu (3/1). Foto: Andi Saputra/ANTARA", "caption"),
    ("Rescuers search the rubble. Photograph: Jane Roe/Reuters", "caption"),
    ("Sumber: Badan Pusat Statistik", "byline"),
    ("Storm leaves thousands without power | World", "title"),
    ("Copyright 2023 Harbour Wire Service. All rights reserved.", "byline"),
    ("© 2022 Kabar Pesisir", "byline"),
    ("Hak cipta dilindungi undang-undang", "byline"),
    ("Staff writer Budi Santoso in Makassar contributed to this report.", "byline"),
    ("Reporting by Jane Roe; Editing by John Doe", "byline"),
    ("(Laporan tambahan oleh Sari Dewi)", "byline"),
])
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Polisi menangkap dua orang di Medan pada Senin (1/4).",
    "Harga cabai naik menjadi Rp 80.000 per kilogram, kata pedagang.",
    "Lihat saja data tahun lalu yang menunjukkan kenaikan tajam.",
    "The council approved the budget on 3 January 2024 after a long debate.",
    "Share prices of the state miner fell 3 percent on Monday after the report.",
    "The ministry said the copyright law would be revised by 2025.",
    "Three volunteers contributed to the rescue, officials said.",
])
def test_content_lines_are_not_boilerplate(line):
    assert line_kind(line) is None


def test_outlet_name_alone_on_a_line_is_a_credit():
    assert line_kind("KabarKota", outlet="kabarkota") == "byline"


def test_repeated_caption_without_credit_is_a_caption_too():
    caption = "Warga antre air bersih di Kampung Melayu, Selasa (2/1)."
    text = f"{caption} Foto: Budi/ANTARA\n{caption}\nIsi berita yang sebenarnya ada di sini.\n"
    found = find_boilerplate(text)
    assert [b.kind for b in found] == ["caption", "caption"]
    assert text[found[1].start:found[1].end] == caption


def test_chart_title_above_source_line():
    text = "Perolehan Suara per Wilayah\nSumber: KPU Daerah\nPasangan A menang tipis.\n"
    assert [b.kind for b in find_boilerplate(text)] == ["caption", "byline"]


@pytest.mark.parametrize("line", ["Senin (3/6) 10:00 WIB", "Rabu 14.30 WIB", "Kamis, 4 Jan"])
def test_date_lines_without_a_year_are_content(line):
    assert not is_dateline(line)


def test_dateline_rejects_sentences_with_dates():
    assert is_dateline("Kamis, 4 Januari 2024 10:00 WIB")
    assert not is_dateline("Rapat digelar pada 4 Januari 2024 di gedung DPRD provinsi.")


@pytest.mark.parametrize("line", [
    "COPYRIGHT 2021 KABAR TELUK",                                  # capitals: the gate lower-cases
    "(C) 2020 Warta Selatan",
    "WRITING BY Rina Lestari",
    "Editing by Tomas Berg",
    "Additional reporting by Dewi Anggraini – Jakarta",             # a dash outside ASCII
    "Tim Liputan Pantai Barat contributed reporting.",
    "Seluruh isi © Warta Selatan, hak cipta dilindungi",
    "© 2024 “Warta Selatan”",                                      # the sign, quotes outside ASCII
    "Copyr\u0131ght 2024 Warta Selatan",                          # dotless i: case-blind "i"
])
def test_credit_lines_in_any_case_and_script_are_bylines(line):
    assert line_kind(line) == "byline"


@pytest.mark.parametrize("line", [
    "Dia menjelaskan hak warga atas tanah itu sudah diatur.",      # "hak" without "cipta"
    "Editors reviewed the report before it was published on Monday.",
])
def test_lines_near_credit_words_stay_content(line):
    assert line_kind(line) is None


@pytest.mark.parametrize("credit", ["COPYRIGHT 2021 KABAR TELUK", "Copyr\u0131ght 2021 Kabar Teluk",
                                    "Reporting by Dewi; Editing by Tomas"])
def test_a_credit_line_is_found_inside_a_whole_article(credit):
    text = f"Banjir Landa Palu\n\nBanjir merendam 40 rumah di Palu.\n{credit}\nWarga mengungsi."
    found = {text[b.start:b.end]: b.kind for b in find_boilerplate(text)}
    assert found.get(credit) == "byline"
    assert "Banjir merendam 40 rumah di Palu." not in found
