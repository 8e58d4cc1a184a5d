import pytest

from claims.entities import find_entities


def names(sentence, language="id"):
    return [e.text for e in find_entities(sentence, 0, len(sentence), language)]


def kinds(sentence, language="id"):
    return {e.text: e.kind for e in find_entities(sentence, 0, len(sentence), language)}


@pytest.mark.parametrize("sentence, language, expected", [
    ("Perdana Menteri Jepang Fumio Kishida tiba di Jakarta pada Selasa.", "id",
     ["Jepang", "Fumio Kishida", "Jakarta"]),
    ("Gubernur Jawa Barat Ridwan Hakim meresmikan jembatan itu.", "id", ["Jawa Barat", "Ridwan Hakim"]),
    ("Selain itu, warga Bogor mengungsi ke Depok.", "id", ["Bogor", "Depok"]),
    ("Kemudian Budi Santoso melapor ke Komisi Pemberantasan Korupsi (KPK).", "id",
     ["Budi Santoso", "Komisi Pemberantasan Korupsi", "KPK"]),
    ("Laporan itu diserahkan ke Badan Pengawas Obat dan Makanan pekan ini.", "id",
     ["Badan Pengawas Obat dan Makanan"]),
    ("Dana itu masuk Rancangan Anggaran Pendapatan dan Belanja Negara.", "id",
     ["Rancangan Anggaran Pendapatan dan Belanja Negara"]),
    ("Warga Republik Rakyat Timur dan Republik Rakyat Barat menolak.", "id",
     ["Republik Rakyat Timur", "Republik Rakyat Barat"]),
    ("Ketua KPU Jawa Timur Hadi Wijaya membacakan hasilnya.", "id", ["KPU Jawa Timur", "Hadi Wijaya"]),
    ("Terdakwa Bripda Joko Susilo alias Bripda K dihukum.", "id", ["Joko Susilo", "Bripda K"]),
    ("Tim tamu Persija kalah di Liga 1 musim ini.", "id", ["Persija", "Liga 1"]),
    ("Laporan BPS dan Bank Dunia terbit kemarin.", "id", ["BPS", "Bank Dunia"]),
    ("Aturan itu tercantum dalam Undang-Undang APBN 2021.", "id", ["Undang-Undang APBN 2021"]),
    ("Pemain asal Brasil itu dilatih Pedro da Costa.", "id", ["Brasil", "Pedro da Costa"]),
    ("Sementara itu, Ibu Kota Lima diguncang gempa.", "id", ["Lima"]),
    ("Tim gabungan tiba di Kantor BPBD Kabupaten Garut.", "id", ["BPBD Kabupaten Garut"]),
    ("Pada Januari lalu, harga cabai naik.", "id", []),
    ("Juru Bicara Kementerian Luar Negeri Mesir Ahmad Fauzi membantah.", "id",
     ["Kementerian Luar Negeri Mesir", "Ahmad Fauzi"]),
    ("However, the Ministry of Health said on Monday that London had no cases.", "en",
     ["Ministry of Health", "London"]),
    ("The Bank of Canada raised rates, according to Reuters.", "en", ["Bank of Canada", "Reuters"]),
    ("Palestinians were moved from Israeli prisons.", "en", ["Palestinians", "Israeli"]),
    ("President Emmanuel Macron met German officials in Berlin.", "en",
     ["Emmanuel Macron", "German", "Berlin"]),
    ("Rescuers reached Mount Kerinci in Jambi.", "en", ["Mount Kerinci", "Jambi"]),
])
def test_entities_are_found_as_written(sentence, language, expected):
    assert names(sentence, language) == expected


@pytest.mark.parametrize("sentence, entity, kind", [
    ("Warga Surabaya berdemo.", "Surabaya", "place"),
    ("Polisi memeriksa Dewan Pengawas Koperasi.", "Dewan Pengawas Koperasi", "org"),
    ("Laporan BPS terbit kemarin.", "BPS", "org"),
    ("Presiden Joko Widodo hadir.", "Joko Widodo", "person"),
    ("Banjir melanda Kabupaten Bandung Barat.", "Kabupaten Bandung Barat", "place"),
    ("Rescuers arrived at Gaza City.", "Gaza City", "place"),
    ("Kemarin Gubernur Wirawan meninjau lokasi.", "Wirawan", "person"),
    ("Polisi menahan Bripda K.", "Bripda K", "person"),
])
def test_entity_kind_is_guessed_from_general_gazetteers(sentence, entity, kind):
    assert kinds(sentence).get(entity) == kind


def test_a_lone_capitalised_word_opening_a_sentence_is_dropped_unless_named_elsewhere():
    text = "Ledakan terdengar di pasar. Warga melihat Gatot di sana. Gatot lalu pergi."
    first = text.index("Ledakan")
    assert names(text[first:text.index(".")]) == []
    later = text.rindex("Gatot")
    assert [e.text for e in find_entities(text, later, len(text), "id")] == ["Gatot"]


@pytest.mark.parametrize("sentence, language, expected", [
    # a kind of body standing alone names none ...
    ("Pemerintah menurunkan tarif tol sebesar 5 persen.", "id", []),
    ("Tarif itu diumumkan Kementerian pada Senin.", "id", []),
    ("The toll cut was announced by the Ministry on Monday.", "en", []),
    # ... but with its name, or as a contracted name, it is one
    ("Pemerintah Kota Bogor menurunkan tarif parkir.", "id", ["Pemerintah Kota Bogor"]),
    ("The Ministry of Transport cut the toll.", "en", ["Ministry of Transport"]),
    ("Petugas Polri berjaga di gerbang tol.", "id", ["Polri"]),
])
def test_a_lone_generic_body_word_is_no_entity(sentence, language, expected):
    assert names(sentence, language) == expected


def test_entities_are_exact_substrings_of_the_span_with_offsets():
    text = "Judul\nMenurut Menteri Keuangan Sri Wulandari, Bank Indonesia menahan suku bunga."
    start = text.index("Menurut")
    for entity in find_entities(text, start, len(text), "id"):
        assert text[entity.start:entity.end] == entity.text
        assert start <= entity.start < entity.end <= len(text)


@pytest.mark.parametrize("text", [
    "A" * 100_000,
    "Abc " * 25_000,
    "Bin bin " * 12_000,
    "Dan dan Dan " * 8000,
    "\u0130stanbul \u00c9cole \U0001d400bc \u2163 " * 4000,
    "(KPK) " * 15_000,
])
def test_hostile_input_finishes_and_offsets_hold(text):
    for entity in find_entities(text, 0, len(text), "id"):
        assert text[entity.start:entity.end] == entity.text


def test_a_titled_acronym_is_split_from_the_name_after_it():
    assert names("Hal itu disampaikan Kepala BNPB Suharyanto di Cianjur.") == ["BNPB", "Suharyanto", "Cianjur"]


# The token pattern opens with a class of first characters and branches after it; this is the
# same rule written the plain way, which every position of the text is tried against.
def _plain_token():
    import re
    from claims.entity_chunks import _UPPER
    return re.compile(rf"(?<![\w’'-])(?:[{_UPPER}][\w’'&-]*(?<![-’'])\.?|(?:bin|binti|van|von|der|den|de"
                      r"|da|dos|del|la|le|al|el|ibn|bte|bt|dan|and|of|for|untuk|&)(?![\w’'-])"
                      r"|[0-9]{1,4}(?![\w’'-]))")


@pytest.mark.parametrize("text", [
    "Menteri Luar Negeri Retno Marsudi bin Ahmad dan Dewan Perwakilan Rakyat",
    "ibn Sina, van der Berg, untuk & of the Bank of Indonesia; PT. H. Joko O’Neil d’Arc",
    "Liga 1 2024 12345 x-Ray Al-Farisi ke-3 É Ñandu ǅemal bintang bte-bt",
    "dan and of for untuk &amp; &B 007 A-1 -Budi 'Sari ’Ani Budi- Sari’ Ani' ",
])
def test_tokens_are_what_the_plain_token_rule_finds(text):
    from claims.entity_chunks import _TOKEN
    plain = _plain_token()
    for start in range(len(text) + 1):
        assert [m.span() for m in _TOKEN.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


def test_every_capital_a_token_opens_with_changes_when_lower_cased():
    # find_entities skips a span that lower-casing leaves unchanged: exact only while this holds.
    import re
    from claims.entity_chunks import _UPPER
    capitals = re.findall(r".", re.sub(r"\\(.)", r"\1", _UPPER), re.S)
    assert capitals and all(c.lower() != c for c in capitals)


@pytest.mark.parametrize("text, start, end", [
    ("Kepala BPBD Padang mengatakan 7106 warga telah dievakuasi ke gedung sekolah.", 30, 76),
    ("warga desa van der berg dan bin ali tiba 12 jam kemudian", 0, 56),
])
def test_a_span_without_capitals_has_no_entities_even_in_a_window_with_names(text, start, end):
    assert find_entities(text, start, end, "id") == ()


def test_runs_read_each_runs_entities_as_a_whole_reading_would():
    from claims.entities import _Runs, _entities_of
    text = "Kepala BPBD Bandung Andi Wijaya mengatakan 40 warga dievakuasi, kata Sri Rahayu."
    whole = _Runs(text, "id")
    assert [whole.entities(k) for k in range(len(whole.runs))] == \
        [_entities_of(text, list(run), "id") for run in whole.runs]
    assert whole.entities(0) is whole.entities(0)            # read once
