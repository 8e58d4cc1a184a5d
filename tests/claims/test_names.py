"""The fullest written form of a speaker's name, read from the article's capitalised runs."""
import os
import subprocess
import sys
from pathlib import Path

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
    # an airline or a group before a maker's name is another company, not a first name
    ("A Nusa Air Boeing 737 crashed at sea. Boeing said it would help.", "Boeing", "Boeing"),
    ("Pesawat milik Rajawali Airlines Airbus itu hilang. Airbus menyatakan siap membantu.", "Airbus", "Airbus"),
])
def test_fullest_name(text, source, expected):
    assert fullest_name(text, source) == expected


@pytest.mark.parametrize("text, mention, fullest", [
    # a candidate pair joined by a hyphen holds two names
    ("Pasangan Rina Sari-Budi Santoso unggul tipis. Kata Rina.", "Rina", "Rina Sari"),
    ("Pasangan Rina Sari-Budi Santoso unggul tipis. Kata Budi.", "Budi", "Budi Santoso"),
    # a short first part is one name with its particle
    ("Hakim Yusuf Al-Habsyi Rahman membacakan putusan. Kata Yusuf.", "Yusuf", "Yusuf Al-Habsyi Rahman"),
    # a verb of relaying before an outlet is no part of its name
    ("Mengutip Kompas, hujan turun. Kompas menulis.", "Kompas", "Kompas"),
])
def test_fullest_name_of_pairs_and_relayed_outlets(text, mention, fullest):
    assert fullest_name(text, mention) == fullest


@pytest.mark.parametrize("text, mention, fullest", [
    # a blend of the heads of a full name written in the article stands for it
    ("Gubernur Hendro Santoso meninjau tanggul. Kata Hensan, tanggul aman.", "Hensan", "Hendro Santoso"),
    ("Minister Ratna Wulandari opened the port. Ratwul said trade would grow.", "Ratwul", "Ratna Wulandari"),
    # a head of one letter does not blend, and a short word is not read as a blend
    ("Menteri Rina Sari hadir. Menurut Rinas, jalan ditutup.", "Rinas", "Rinas"),
    ("Budi Santoso dan Bima Sakti hadir. Menurut Bisa, jalan ditutup.", "Bisa", "Bisa"),
    # two full names that both fit: the mention stays as written
    ("Hendro Santoso dan Hendra Sanusi hadir. Kata Hensan, tanggul aman.", "Hensan", "Hensan"),
])
def test_a_blended_short_name_is_the_full_name_it_is_made_of(text, mention, fullest):
    assert fullest_name(text, mention) == fullest


def test_a_short_name_is_no_blend_of_a_longer_one():
    text = "Camat Hadi Santoso memimpin rapat warga. Menurut Hasan, 40 persen warga setuju."
    assert fullest_name(text, "Hasan") == "Hasan"


def test_a_title_case_headline_holds_no_fuller_name():
    text = "Kapal Feri Nusa Jaya Tenggelam di Selat Sunda, 40 Orang Hilang\nNusa Jaya mengangkut 120 penumpang."
    assert fullest_name(text, "Nusa Jaya") == "Nusa Jaya"


def test_a_lead_in_line_with_many_names_is_no_headline():
    text = "Kepala BPBD Kabupaten Agam Budi Perwira Negara menjelaskan:\nKata Budi, air mulai surut."
    assert fullest_name(text, "Budi") == "Budi Perwira Negara"


@pytest.mark.parametrize("line, expected", [
    ("Kata Dewi Lestari kepada wartawan.", [("Kata", "Dewi", "Lestari")]),
    ("Pesawat Air India Jatuh di Ahmedabad", []),                       # a title-case headline
    ("hujan turun sejak pagi", []),
    ("Chairman Ana Ruiz’s Office said so.", [("Chairman", "Ana", "Ruiz")]),
    ("pasangan Rina Sari-Budi Santoso menang.", [("Rina", "Sari"), ("Budi", "Santoso")]),
])
def test_runs_of_line(line, expected):
    from claims.names import _runs_of_line
    assert _runs_of_line(line) == expected


def test_of_two_forms_of_one_length_the_first_written_wins_whatever_the_hash_seed():
    # Two spellings of one length ("Lukaſ" with a long s, "Lukas") tie for the fullest form; the
    # choice must not follow the order of a set, which changes with PYTHONHASHSEED.
    script = ("from claims.names import fullest_name\n"
              "print(fullest_name('Lukaſ Novak won. Lukas Novak spoke. Novak said it was hard.', 'Novak'))")
    root = Path(__file__).resolve().parents[2]
    picked = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=root,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
              for seed in range(6)}
    assert picked == {"Lukaſ Novak"}
