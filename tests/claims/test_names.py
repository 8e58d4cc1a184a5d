"""The fullest written form of a speaker's name, read from the article's capitalised runs."""
import pytest

from claims.names import fullest_name


@pytest.mark.parametrize("text, source, expected", [
    # a short mention reads on to the right
    ("Kata Dewi Lestari Anggraini kepada wartawan. Menurut Dewi, hujan reda.", "Dewi",
     "Dewi Lestari Anggraini"),
    # a lone surname reads to the left
    ("Maria Gonzalez spoke on Monday. Gonzalez said the road is closed.", "Gonzalez", "Maria Gonzalez"),
    # a title chain longer than eight words before the name: the run is not cut inside it
    ("The Acting Deputy Chief Of The Regional Water And Sewer Board Tomas Herrera spoke. "
     "Herrera said supplies were safe.", "Herrera", "Tomas Herrera"),
    ("Wakil Kepala Bidang Humas Dinas Pekerjaan Umum Provinsi Sulawesi Utara Kepala Andi Pratama "
     "hadir. Kata Pratama, jalan ditutup.", "Pratama", "Andi Pratama"),
    # nothing longer written: the mention stays
    ("Kata Budi, banjir surut.", "Budi", "Budi"),
])
def test_fullest_name(text, source, expected):
    assert fullest_name(text, source) == expected

