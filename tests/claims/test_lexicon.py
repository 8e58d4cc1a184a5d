import pytest

from claims import lexicon as lx


@pytest.mark.parametrize("line", [
    "Petugas memadamkan api di Pasar Baru. Foto: detik.com/Rudi Hartono",
    "Warga antre air bersih, Senin (3/6). Foto: ANTARA/Budi",
    "Suasana sidang di Pengadilan Negeri. (Foto: Dok. Humas PN)",
])
def test_caption_credits(line):
    assert lx.CAPTION_CREDIT.search(line)


def test_a_sentence_after_a_credit_word_is_no_credit():
    assert not lx.CAPTION_CREDIT.search("Foto itu diambil pada 2019. Polisi kini memeriksa dua saksi.")
