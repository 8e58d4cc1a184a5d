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


def test_a_list_lead_in_is_not_vague_but_a_pointer_to_the_reader_is():
    from claims.worth import THRESHOLD, checkworthiness
    lead = "The following vehicles are exempt:\n- electric cars\n- police cars"
    reader = "Here is what drivers need to know."
    assert checkworthiness(lead, 0, len(lead), "en") >= THRESHOLD
    assert checkworthiness(reader, 0, len(reader), "en") < THRESHOLD
