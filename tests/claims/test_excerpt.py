import pytest

from claims.excerpt import complete_end

# Two closed paragraphs before the last one: a page written in sentences.
_PAGE = "Banjir merendam 300 rumah di Bekasi pada Senin.\nPetugas mengevakuasi 120 warga ke masjid terdekat.\n"


def readable(last_paragraph):
    text = _PAGE + last_paragraph
    return text[len(_PAGE):complete_end(text, len(_PAGE), len(text))]


@pytest.mark.parametrize("text, expected", [
    # the cut falls in a phrase after a comma: the clause before the comma stands
    ("Harga beras naik 4 persen. Stok gudang Bulog cukup untuk enam bulan, ujar", "Harga beras naik 4 persen. "
     "Stok gudang Bulog cukup untuk enam bulan"),
    # after a preposition, a conjunction or a subordinator: the clause before it stands
    ("Dua kapal nelayan tenggelam di perairan Natuna pada pag", "Dua kapal nelayan tenggelam di perairan Natuna "),
    ("The council closed the bridge to lorries until repairs are fini", "The council closed the bridge to lorries "),
    ("Pabrik itu memecat 300 buruh terkait penurunan pesa", "Pabrik itu memecat 300 buruh "),
    ("The ferry left port with 120 passengers, which was twice its lim", "The ferry left port with 120 passengers"),
    ("The union called out 300 drivers and thr", "The union called out 300 drivers "),
    # the cut falls on the first letters of a phrase opener ("seja" of "sejak") ...
    ("Sidang itu digelar sebanyak 14 kali seja", "Sidang itu digelar sebanyak 14 kali "),
    # ... but three letters open too many words to tell: the preposition before them goes too
    ("Rapat evaluasi digelar pada Sel", "Rapat evaluasi digelar "),
    # the cut falls in the clause's own core: nothing of the sentence is left
    ("Banjir surut sore hari. The mayor signed the ord", "Banjir surut sore hari. "),
    ("Polisi menyita lebih dari 2.000 botol miras ilega", ""),
    ("The agency counted more than 300 fa", ""),
    # what stands before the phrase is only a subject with its relative clause: the predicate
    # was cut off, so nothing is left
    ("Hujan deras yang turun sejak Selasa sore juga membuat", ""),
    ("The storm that hit the coast on Sunday also flooded", ""),
    ("Kapal yang tenggelam di Selat Bali membawa 40 penumpang dari Ketap", "Kapal yang tenggelam di Selat Bali membawa 40 penumpang "),
    # (a figure is a predicate too: Indonesian states a count without a verb)
    ("Korban yang meninggal dunia sebanyak 20 orang, sementara 12 orang lainnya masih dir",
     "Korban yang meninggal dunia sebanyak 20 orang"),
    # a stub of a word or two after a comma goes with the phrase cut off after it
    ("The bus crash killed 14 people, 12 in the province of Centr", "The bus crash killed 14 people"),
    # a comma inside a number is no clause break
    ("Harga beras naik 5,95 perse", ""),
    # the text ends on a whole date word, or on its speaker: nothing is cut
    ("Pemilihan ulang dijadwalkan berlangsung pada akhir Juni", "Pemilihan ulang dijadwalkan berlangsung pada akhir Juni"),
    ("“Kami sudah mengevakuasi 49 pendaki,” kata Budi Santoso", "“Kami sudah mengevakuasi 49 pendaki,” kata Budi Santoso"),
    ("The toll rose to 52 on Tuesday, officials said", "The toll rose to 52 on Tuesday, officials said"),
])
def test_a_text_cut_mid_sentence_keeps_only_its_complete_clause(text, expected):
    assert readable(text) == expected


@pytest.mark.parametrize("text", [
    "Harga beras naik 4 persen.",
    'The mayor said the bridge would reopen on Monday."',
    "Stok gudang cukup untuk enam bulan (Bulog)",
    "Harga beras naik 4 persen.\nBaca juga: Harga Cabai",       # the block is not the last line
])
def test_a_text_that_ends_on_a_closing_mark_or_after_the_block_is_read_whole(text):
    first_line = text.split("\n")[0]
    assert complete_end(text, 0, len(first_line)) == len(first_line)


def test_a_page_whose_lines_never_close_is_read_whole():
    text = "Daftar posko pengungsian\nMasjid Al Ikhlas di Jalan Mawar\nBalai warga RW 05 di Jalan Melat"
    start = text.rfind("\n") + 1
    assert complete_end(text, start, len(text)) == len(text)


def test_a_page_of_one_paragraph_closes_its_sentences():
    text = "Banjir merendam 300 rumah. Petugas mengevakuasi 120 warga. Sekolah diliburkan di tiga kecamatan sejak pag"
    assert text[:complete_end(text, 0, len(text))] == ("Banjir merendam 300 rumah. Petugas mengevakuasi 120 warga. "
                                                       "Sekolah diliburkan di tiga kecamatan ")
