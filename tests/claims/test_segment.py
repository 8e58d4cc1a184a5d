import pytest

from claims.segment import MAX_SENTENCE, line_spans, sentence_spans


def sentences(text):
    return [text[a:b] for a, b in sentence_spans(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Prof. Dr. Ir. H. Sutomo membuka acara. Semua tamu hadir.",
     ["Prof. Dr. Ir. H. Sutomo membuka acara.", "Semua tamu hadir."]),
    ("Kantornya di Jl. Diponegoro No. 12, Kec. Tembalang. Ia tiba pukul 18.00 WIB.",
     ["Kantornya di Jl. Diponegoro No. 12, Kec. Tembalang.", "Ia tiba pukul 18.00 WIB."]),
    ("Saham PT Sinar Jaya Tbk. turun 3.000 poin. Harganya Rp1,5 juta.",
     ["Saham PT Sinar Jaya Tbk. turun 3.000 poin.", "Harganya Rp1,5 juta."]),
    ("“Siapa pelakunya?” tanya hakim kepada saksi. Saksi diam.",
     ["“Siapa pelakunya?” tanya hakim kepada saksi.", "Saksi diam."]),
    ('"Is it true?" he asked. Nobody answered.', ['"Is it true?" he asked.', "Nobody answered."]),
    ("The summit was held in Washington D.C. The leaders left on Friday.",
     ["The summit was held in Washington D.C.", "The leaders left on Friday."]),
    ("The vote starts at 7 a.m. (0000 GMT) in all regions.",
     ["The vote starts at 7 a.m. (0000 GMT) in all regions."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("The fire broke out at 3 a.m. Monday in a mill. Nine died.",
     ["The fire broke out at 3 a.m. Monday in a mill.", "Nine died."]),
    ("Polls closed at 10:30 p.m. EST on the coast. Counting began.",
     ["Polls closed at 10:30 p.m. EST on the coast.", "Counting began."]),
    ("Page No. 5 lists the names.", ["Page No. 5 lists the names."]),
    ("Pasukan tiba di ibu kota AS. Mereka disambut.", ["Pasukan tiba di ibu kota AS.", "Mereka disambut."]),
    ("“Kami siap. Semua sudah lengkap,” kata Rudi.", ["“Kami siap.", "Semua sudah lengkap,” kata Rudi."]),
    ("Tanpa tanda baca di akhir", ["Tanpa tanda baca di akhir"]),
    ("The port reopened on Sept. 3 after repairs. Ships returned.",
     ["The port reopened on Sept. 3 after repairs.", "Ships returned."]),
    ("Sales peaked in Dec. Then they fell.", ["Sales peaked in Dec.", "Then they fell."]),
    # a figure with a decimal point or a thousands dot ends its sentence like any word
    ("Shares closed at S$4.85. The index was flat.", ["Shares closed at S$4.85.", "The index was flat."]),
    ("Harga ditutup Rp 6.250. Indeks stagnan.", ["Harga ditutup Rp 6.250.", "Indeks stagnan."]),
    ("The deal is worth $1.5bn. Shares rose.", ["The deal is worth $1.5bn.", "Shares rose."]),
    # a Roman numeral after a lower-case word ends its sentence; an initial in a name does not
    ("Obat itu masuk golongan I. Peredarannya diawasi.", ["Obat itu masuk golongan I.", "Peredarannya diawasi."]),
    ("Work on phase V. Crews return in May.", ["Work on phase V.", "Crews return in May."]),
    ("Api muncul dari kios di Blok C. Petugas tiba 10 menit kemudian.",
     ["Api muncul dari kios di Blok C.", "Petugas tiba 10 menit kemudian."]),
    ("Fans queued at Gate D. Police opened it at noon.", ["Fans queued at Gate D.", "Police opened it at noon."]),
    ("The deal was signed by John F. Kennedy in 1962.", ["The deal was signed by John F. Kennedy in 1962."]),
    ("Rapat digelar di Gedung A. A. Maramis, Jakarta.", ["Rapat digelar di Gedung A. A. Maramis, Jakarta."]),
    ("Hong Kong lawmaker Wing K. Chan said the bill would pass.",
     ["Hong Kong lawmaker Wing K. Chan said the bill would pass."]),
    ("Inmates rioted in wing B. Guards fired tear gas.", ["Inmates rioted in wing B.", "Guards fired tear gas."]),
    ("Pelantikan digelar di Gedung H. Mochtar Kusumaatmadja, Bandung.",
     ["Pelantikan digelar di Gedung H. Mochtar Kusumaatmadja, Bandung."]),
    ("Menurut Direktur Sinar Jaya Group H. Santoso, laba naik.", ["Menurut Direktur Sinar Jaya Group H. Santoso, laba naik."]),
    ("The envoy met with V. Ivanov aides on Monday.", ["The envoy met with V. Ivanov aides on Monday."]),
    ("Surat itu dikirim kepada I. Wayan Sudarta kemarin.", ["Surat itu dikirim kepada I. Wayan Sudarta kemarin."]),
    # the clock's abbreviation before a number
    ("Kapal tiba pk. 10.00 WIB. Penumpang turun.", ["Kapal tiba pk. 10.00 WIB.", "Penumpang turun."]),
])
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_lines_come_first_and_skip_blank_lines():
    text = "Judul\n\nKalimat satu. Kalimat dua.\r\n  \nAkhir"
    assert [text[a:b] for a, b in line_spans(text)] == ["Judul", "Kalimat satu. Kalimat dua.", "Akhir"]


@pytest.mark.parametrize("text, expected", [
    ("  Harga naik.  ", ["Harga naik."]),
    ("\u00a0\u3000Harga naik.\u2028", ["Harga naik."]),     # white space outside ASCII
    ("Harga naik. \u00a0 Warga mengungsi.", ["Harga naik.", "Warga mengungsi."]),
    (" \t\u00a0 ", []),
])
def test_sentences_are_trimmed_of_any_white_space(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == expected


def test_whole_text_lines_are_the_same_on_every_walk_and_match_a_ranged_walk():
    text = "Judul\n\n  Paragraf satu.\r\nParagraf dua.\n \n"
    first, second = list(line_spans(text)), list(line_spans(text))
    assert first == second == list(line_spans(text, 0, len(text)))
    assert [text[a:b] for a, b in first] == ["Judul", "  Paragraf satu.", "Paragraf dua."]


def test_a_ranged_walk_reads_only_its_range():
    text = "satu\ndua\ntiga"
    assert [text[a:b] for a, b in line_spans(text, 5, 8)] == ["dua"]


@pytest.mark.parametrize("text, expected", [
    # Dotted initials before a word that continues a name: one sentence.
    ("Readings from the U.S. Geological Survey put the quake at 5.2.",
     ["Readings from the U.S. Geological Survey put the quake at 5.2."]),
    ("A U.N. Security Council vote is due. The U.K. Treasury declined to comment.",
     ["A U.N. Security Council vote is due.", "The U.K. Treasury declined to comment."]),
    ("She briefed U.S. President Ann Roe on the plan.", ["She briefed U.S. President Ann Roe on the plan."]),
    ("Mereka tiba di Washington D.C. Senin pagi.", ["Mereka tiba di Washington D.C. Senin pagi."]),
    # Dotted initials before a word that opens sentences: the sentence ends there.
    ("Exports fell in the U.S. It was the third drop.", ["Exports fell in the U.S.", "It was the third drop."]),
    ("The team flew to the U.K. But the match was cancelled.",
     ["The team flew to the U.K.", "But the match was cancelled."]),
    ("Delegasi kembali dari A.S. Mereka membawa hasil.", ["Delegasi kembali dari A.S.", "Mereka membawa hasil."]),
    ("Harga naik di A.S. Namun di Eropa turun.", ["Harga naik di A.S.", "Namun di Eropa turun."]),
    # Times and personal initials keep their own rules.
    ("Police arrived at 7 a.m. Officers left at noon.", ["Police arrived at 7 a.m.", "Officers left at noon."]),
    ("Author J.K. Rowling spoke.", ["Author J.K. Rowling spoke."]),
])
def test_dotted_initials_end_a_sentence_only_before_an_opening_word(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("KUALA LUMPUR: Harga minyak sawit naik 3 persen pada Senin. Ekspor turun.",
     ["Harga minyak sawit naik 3 persen pada Senin.", "Ekspor turun."]),
    ("GEORGE TOWN, Penang: The bridge reopened on Friday.", ["The bridge reopened on Friday."]),
    ("MANILA: “We are ready,” the mayor said.", ["“We are ready,” the mayor said."]),
    # with the day or the agency before the colon
    ("KARACHI, Dec 10: Police arrested 14 men.", ["Police arrested 14 men."]),
    ("SHAH ALAM (Bernama): Police arrested 14 men.", ["Police arrested 14 men."]),
    # labels in title case and capitals with figures are the sentence's own words
    ("Update: The bridge reopened on Friday.", ["Update: The bridge reopened on Friday."]),
    ("COVID-19: Cases rose by 12 on Monday.", ["COVID-19: Cases rose by 12 on Monday."]),
    ("Rapat dimulai pukul 09.00 WIB: semua hadir.", ["Rapat dimulai pukul 09.00 WIB: semua hadir."]),
])
def test_a_colon_dateline_is_left_out_of_the_first_sentence(text, expected):
    assert sentences(text) == expected


# The place in title case heads a paragraph of full sentences; a label or a headline keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Surabaya: Polisi menangkap dua kurir sabu di Terminal Purabaya pada Senin malam. Keduanya ditahan.",
     ["Polisi menangkap dua kurir sabu di Terminal Purabaya pada Senin malam.", "Keduanya ditahan."]),
    ("New Delhi: The city council on Tuesday approved a plan to add 400 electric buses next year.",
     ["The city council on Tuesday approved a plan to add 400 electric buses next year."]),
    ("Analysis: The central bank is likely to hold its rate for the rest of this long year.",
     ["Analysis: The central bank is likely to hold its rate for the rest of this long year."]),
    ("Survei: Mayoritas Warga Kota Puas dengan Layanan Bus Listrik yang Baru Diluncurkan Pemkot",
     ["Survei: Mayoritas Warga Kota Puas dengan Layanan Bus Listrik yang Baru Diluncurkan Pemkot"]),
    ("Hartono: Kami akan menaikkan gaji guru honorer mulai tahun depan di seluruh kabupaten.",
     ["Hartono: Kami akan menaikkan gaji guru honorer mulai tahun depan di seluruh kabupaten."]),
])
def test_a_title_case_dateline_heads_only_a_paragraph_of_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("BANDUNG, 3 Juni 2025 - Harga beras naik 5 persen. Stok aman.", ["Harga beras naik 5 persen.", "Stok aman."]),
    ("KUALA LUMPUR, June 2, 2025 (Harbour) -- Palm oil rose 3%.", ["Palm oil rose 3%."]),
    # a sentence that opens with capitals and a dash inside stays whole
    ("PSSI, 2 klub, dan 3 sponsor - semuanya hadir.", ["PSSI, 2 klub, dan 3 sponsor - semuanya hadir."]),
    ("BPS mencatat inflasi 2,8 persen - tertinggi tahun ini.", ["BPS mencatat inflasi 2,8 persen - tertinggi tahun ini."]),
])
def test_a_dated_dash_dateline_is_left_out_of_the_first_sentence(text, expected):
    assert sentences(text) == expected


def test_a_run_on_line_is_read_in_pieces_cut_after_a_clause_break():
    # a price list flattened into one line: no full stop for thousands of characters
    text = "Daftar harga: " + "beras Rp 12.000 per kilogram, gula Rp 15.000 per kilogram, " * 60 + "minyak Rp 18.000."
    pieces = sentence_spans(text, 0, len(text))
    assert len(pieces) > 1
    assert all(b - a <= MAX_SENTENCE for a, b in pieces)
    assert all(text[b - 1] == "," for a, b in pieces[:-1])              # cut after a comma, not mid-word
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "")   # nothing lost


def test_a_run_on_line_without_clause_breaks_is_cut_after_a_space_or_hard():
    words = "kata " * 400
    unbroken = "x" * (MAX_SENTENCE * 2 + 7)
    for text in (words.strip(), unbroken):
        pieces = sentence_spans(text, 0, len(text))
        assert all(0 < b - a <= MAX_SENTENCE for a, b in pieces)
        assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
        assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "")


def test_a_long_sentence_under_the_limit_stays_whole():
    text = "Pemerintah menetapkan harga " + ", ".join(f"barang {i} sebesar Rp {i}.000" for i in range(40)) + "."
    assert len(text) < MAX_SENTENCE
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("Surplus dengan India mencapai 1,23 miliar dolar AS. Ekspor naik. (ant/rds)",
     ["Surplus dengan India mencapai 1,23 miliar dolar AS.", "Ekspor naik."]),
    ("Harga ayam naik kepada RM9.90 sekilogram mulai Isnin. -- BERNAMA", ["Harga ayam naik kepada RM9.90 sekilogram mulai Isnin."]),
    # a bracket that belongs to the sentence stays in it
    ("The talks ended on Friday (AP).", ["The talks ended on Friday (AP)."]),
    ("Turnout was 61 percent (official count)", ["Turnout was 61 percent (official count)"]),
])
def test_a_sign_off_after_the_last_sentence_is_no_part_of_it(text, expected):
    assert sentences(text) == expected
