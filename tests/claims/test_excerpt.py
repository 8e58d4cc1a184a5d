import pytest

from claims.excerpt import complete_end


def readable(text):
    return text[:complete_end(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    # the cut falls in a phrase after a comma: the clause before the comma stands
    ("Harga beras naik 4 persen. Stok gudang Bulog cukup untuk enam bulan, ujar", "Harga beras naik 4 persen. "
     "Stok gudang Bulog cukup untuk enam bulan"),
    # after a preposition or a subordinator: the clause before it stands
    ("Dua kapal nelayan tenggelam di perairan Natuna pada pag", "Dua kapal nelayan tenggelam di perairan Natuna "),
    ("The council closed the bridge to lorries until repairs are fini", "The council closed the bridge to lorries "),
    ("Pabrik itu memecat 300 buruh terkait penurunan pesa", "Pabrik itu memecat 300 buruh "),
    ("The ferry left port with 120 passengers, which was twice its lim", "The ferry left port with 120 passengers"),
    # the cut falls in the clause's own core: nothing of the sentence is left
    ("Banjir surut sore hari. The mayor signed the ord", "Banjir surut sore hari. "),
    ("Polisi menyita lebih dari 2.000 botol miras ilega", ""),
    ("The agency counted more than 300 fa", ""),
    # the cut falls on the first word of a phrase ("seja" of "sejak"): the clause before it stands
    ("Sidang itu digelar sebanyak 14 kali seja", "Sidang itu digelar sebanyak 14 kali "),
    # the text ends on a whole date word: nothing is cut
    ("Pemilihan ulang dijadwalkan berlangsung pada akhir Juni", "Pemilihan ulang dijadwalkan berlangsung pada akhir Juni"),
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
