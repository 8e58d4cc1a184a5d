import pytest

from claims.paragraphs import content_blocks, is_heading


@pytest.mark.parametrize("line, heading", [
    ("Banjir Landa Bandung Pekan Ini", True),
    ("  Harga Beras Naik di Pasar Medan  ", True),
    ("Harga beras naik di pasar Medan.", False),
    ("Banjir Landa Bandung Pekan Ini?", False),
    ("Daftar Lokasi Pengungsian:", False),
    ("• Gedung Sekolah Negeri Satu", False),
    ("Banjir merendam ratusan rumah di Bandung sejak Senin dini hari", False),
    (" ".join(["Kata"] * 17), False),
    ("", False),
    ("   ", False),
])
def test_headings_are_short_title_case_lines_without_a_closing_mark(line, heading):
    assert is_heading(line) is heading


def _kinds(text, skip_lines=()):
    skip = {(text.index(line), text.index(line) + len(line)) for line in skip_lines}
    return [(text[b.start:b.end], b.kind) for b in content_blocks(text, skip)]


def test_a_deck_without_a_full_stop_above_the_body_is_a_heading():
    text = ("Ferry fares to rise in April\n"
            "Operators say fuel costs have doubled since last year\n"
            "Ferry fares on the Bali Strait will rise 15% on April 1, the ministry said.\n"
            "The last increase was in 2022.\n")
    assert _kinds(text) == [
        ("Ferry fares to rise in April", "heading"),
        ("Operators say fuel costs have doubled since last year", "heading"),
        ("Ferry fares on the Bali Strait will rise 15% on April 1, the ministry said.", "paragraph"),
        ("The last increase was in 2022.", "paragraph")]


def test_a_punctuated_deck_above_the_byline_is_a_heading():
    text = ("Dewan Kota Setujui Tarif Parkir Baru\n"
            "Tarif naik menjadi Rp 5.000 per jam mulai bulan depan.\n"
            "Oleh Rina Lestari\n"
            "Senin, 3 Maret 2025 10:15 WIB\n"
            "DPRD Kota Bogor menyetujui tarif parkir baru pada Senin.\n"
            "Tarif berlaku mulai 1 April.\n")
    kinds = _kinds(text, ["Oleh Rina Lestari", "Senin, 3 Maret 2025 10:15 WIB"])
    assert kinds[:2] == [("Dewan Kota Setujui Tarif Parkir Baru", "heading"),
                         ("Tarif naik menjadi Rp 5.000 per jam mulai bulan depan.", "heading")]
    assert {kind for _, kind in kinds[2:]} == {"paragraph"}


def test_bullet_points_under_the_date_line_that_the_body_repeats_are_the_page_summary():
    text = ("Pelabuhan Tanjung Emas Tambah Dermaga\n"
            "Senin, 3 Maret 2025 10:15 WIB\n"
            "• Dermaga baru menampung dua kapal kontainer sekaligus.\n"
            "• Pengerjaan menelan biaya Rp 1,2 triliun.\n"
            "Pengelola pelabuhan meresmikan dermaga baru yang mampu menampung dua kapal kontainer "
            "sekaligus. Pengerjaannya menelan biaya Rp 1,2 triliun.\n")
    kinds = _kinds(text, ["Senin, 3 Maret 2025 10:15 WIB"])
    assert [kind for _, kind in kinds] == ["heading", "heading", "heading", "paragraph"]


def test_a_list_under_the_date_line_that_the_body_does_not_repeat_stays_a_list():
    text = ("Harga Sayur di Pasar Induk Hari Ini\n"
            "Senin, 3 Maret 2025 10:15 WIB\n"
            "- Cabai rawit naik menjadi Rp 80.000 per kilogram\n"
            "- Bawang merah turun menjadi Rp 32.000 per kilogram\n"
            "Pedagang mengatakan pasokan dari Brebes mulai berkurang sejak pekan lalu.\n")
    kinds = _kinds(text, ["Senin, 3 Maret 2025 10:15 WIB"])
    assert ("- Cabai rawit naik menjadi Rp 80.000 per kilogram\n"
            "- Bawang merah turun menjadi Rp 32.000 per kilogram", "list") in kinds


def test_a_list_never_runs_over_a_skipped_line():
    text = "Daftar posko banjir:\nFoto: Posko di balai desa/ANTARA\n- Balai Desa Sukamaju\n- Masjid Al-Ikhlas\n"
    kinds = _kinds(text, ["Foto: Posko di balai desa/ANTARA"])
    assert not any("Foto:" in block for block, _ in kinds)


def test_a_punctuated_deck_above_the_share_buttons_is_a_heading():
    text = ("Ferry Operator Raises Fares on Bali Strait\n"
            "Tickets will cost 15 percent more from April as fuel prices climb.\n"
            "facebook\n"
            "twitter\n"
            "The ministry approved the new fares on Monday, a spokesman said.\n"
            "The last increase was in 2022.\n")
    kinds = _kinds(text, ["facebook", "twitter"])
    assert kinds[:2] == [("Ferry Operator Raises Fares on Bali Strait", "heading"),
                         ("Tickets will cost 15 percent more from April as fuel prices climb.", "heading")]
    assert {kind for _, kind in kinds[2:]} == {"paragraph"}


@pytest.mark.parametrize("text", [
    # no byline under the second line: it is the lead paragraph
    "Harga Gula Naik\nHarga gula naik 10 persen pada Senin.\nPedagang mengeluh.\n",
    # nothing punctuated below: no body to tell the head from
    "Harga Gula Naik\nharga gula naik sepuluh persen\npedagang mengeluh\n",
    # the first line is a sentence, not a headline
    "Harga gula naik pada Senin.\nPedagang mengeluh soal pasokan yang seret\nStok menipis di pasar.\n",
])
def test_lead_paragraphs_are_not_decks(text):
    kinds = [kind for _, kind in _kinds(text)]
    assert "heading" not in kinds[1:]


def test_a_sentence_case_headline_above_the_date_line_is_a_heading():
    text = ("Council approves new parking fees for the old town\n"
            "Tuesday, March 4, 2025 | 9:10 am\n"
            "The council voted 7-2 on Monday to raise parking fees.\n"
            "Fees rise to $3 an hour.\n")
    kinds = _kinds(text, ["Tuesday, March 4, 2025 | 9:10 am"])
    assert kinds[0] == ("Council approves new parking fees for the old town", "heading")
    assert {kind for _, kind in kinds[1:]} == {"paragraph"}


def test_a_short_piece_closed_by_its_byline_keeps_its_paragraphs():
    text = ("Jembatan Darurat Dibuka\n"
            "Jembatan darurat di Sungai Cimanuk dibuka pada Senin.\n"
            "Jembatan itu bisa dilalui kendaraan hingga 8 ton.\n"
            "Oleh Rina Dewi\n")
    kinds = _kinds(text, ["Oleh Rina Dewi"])
    assert [kind for _, kind in kinds[1:]] == ["paragraph", "paragraph"]


def test_a_table_above_the_body_is_not_a_deck():
    rows = ["wilayah pusat mencatat 120 kasus", "wilayah utara mencatat 98 kasus",
            "wilayah barat mencatat 87 kasus", "wilayah selatan mencatat 76 kasus",
            "wilayah timur mencatat 65 kasus"]
    text = "Kasus DBD per Wilayah\n" + "\n".join(rows) + "\nKasus DBD naik 12 persen pada Maret.\n"
    kinds = dict(_kinds(text))
    assert all(kinds[row] == "paragraph" for row in rows)


# A promotion told as a sentence is set anywhere in the page: the body above it is no deck; nor is
# a line that opens with the body's dateline or holds two sentences.
@pytest.mark.parametrize("text, skipped", [
    ("Port Traffic Grows\nThe port handled 3.2 million containers in 2025.\n"
     "Sign up for our newsletter to get the best stories every morning.\nThe operator plans to invest more.\n",
     ["Sign up for our newsletter to get the best stories every morning."]),
    ("Inflasi Turun\nJakarta (ANTARA) - BPS mencatat inflasi 2,1 persen.\nBagikan:\nHarga beras naik.\n",
     ["Bagikan:"]),
    ("Inflasi Turun\nBadan Pusat Statistik mencatat inflasi tahunan pada November sebesar 2,1 persen. "
     "Harga beras di tingkat konsumen naik 1 persen dibanding bulan lalu.\nBagikan:\nHarga cabai turun.\n",
     ["Bagikan:"]),
])
def test_a_lead_above_a_promotion_or_opening_with_its_dateline_is_no_deck(text, skipped):
    kinds = [kind for _, kind in _kinds(text, skipped)]
    assert "heading" not in kinds[1:]


def test_a_deck_of_two_short_sentences_stays_a_deck():
    text = ("Inflation Hits Five Percent\nInflation hits 5%. Central bank to act.\nBy Ana Lim\n"
            "The central bank said on Monday that inflation rose to 5% in October.\nPrices rose.\n")
    kinds = _kinds(text, ["By Ana Lim"])
    assert kinds[1] == ("Inflation hits 5%. Central bank to act.", "heading")


# Rows of a table without bullets ("Label: figure") under a heading or a lead-in are a list with it.
def test_rows_of_a_table_under_a_heading_are_a_list():
    text = ("Floods Hit the Valley\n\nThe river burst its banks on Monday.\n\n"
            "Damage report\nHomes flooded: 1,240\nRoads closed: 17\n\nMore rain is due on Friday.\n")
    blocks = content_blocks(text, set())
    lists = [text[b.start:b.end] for b in blocks if b.kind == "list"]
    assert lists == ["Damage report\nHomes flooded: 1,240\nRoads closed: 17"]
