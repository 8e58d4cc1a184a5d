import pytest

from claims.paragraphs import is_heading


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
