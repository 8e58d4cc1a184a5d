"""Words around a number (quantity_context): counted nouns written after names, acronyms and
elided nouns, units of several words and bounds written before. Sentences are invented."""
import pytest

from claims.quantities import find_quantities


def values(sentence, language):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # A maker and a model code stand between the number and the thing counted.
    ("The airline ordered 30 Embraer E195 jets last year.", "en", [(30, 30, "jets", None)]),
    ("Two of its Boeing 787 planes were grounded.", "en", [(2, 2, "planes", None)]),
    # "N of its X" counts the X, like "N of the X".
    ("The city closed 9 of its libraries.", "en", [(9, 9, "libraries", None)]),
    # An acronym, or a capitalised plural of people, is the counted thing.
    ("Sebanyak 120 ASN dimutasi pekan ini.", "id", [(120, 120, "ASN", None)]),
    ("Pemerintah membangun 14 SD baru.", "id", [(14, 14, "SD baru", None)]),
    # A noun after the acronym belongs to it; a verb does not.
    ("Two UN peacekeepers were hurt.", "en", [(2, 2, "UN peacekeepers", None)]),
    ("Sebanyak 35 WNI dipulangkan pekan ini.", "id", [(35, 35, "WNI", None)]),
    # ... nor a bare verb, nor a noun with its owner (the next phrase of the clause)
    ("Sebanyak 120 TKI tetap bertahan di penampungan.", "id", [(120, 120, "TKI", None)]),
    ("Sebanyak 40 SD gedungnya rusak akibat gempa.", "id", [(40, 40, "SD", None)]),
    ("The terminal moved 80,000 TEUs in May.", "en", [(80000, 80000, "TEUs", None)]),
    ("Twelve Democrats voted against the bill.", "en", [(12, 12, "Democrats", None)]),
    # ... but a time zone is not.
    ("Rapat dimulai pukul 10 WIB dan dihadiri 30 orang.", "id", [(30, 30, "orang", None)]),
])
def test_counted_nouns_after_names_and_acronyms(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # "others", "missing": the noun is elided and shared with the count before it.
    ("The blast killed 5 workers and injured 20 others.", "en", [(5, 5, "workers", None), (20, 20, "workers", None)]),
    ("The flood left 3 people dead and 7 missing.", "en", [(3, 3, "people", None), (7, 7, "people", None)]),
    # A bound does not stop the sharing ("fewer than").
    ("Readers who finished 12 books fared better than those who read fewer than 3", "en",
     [(12, 12, "books", None), (None, 3, "books", "less_than")]),
    # the noun of the count's own clause, though one in the next clause is fewer letters away
    ("Some 90 stalls were badly burned and 14 collapsed, and 300 traders were left without goods.", "en",
     [(90, 90, "stalls", "approx"), (14, 14, "stalls", None), (300, 300, "traders", None)]),
    # (the comma rule weighs only nouns after the count: "Of the 60 passengers, 52 …")
    ("Of the 60 passengers, 52 were rescued by 3 fishing boats.", "en",
     [(60, 60, "passengers", None), (52, 52, "passengers", None), (3, 3, "fishing boats", None)]),
])
def test_elided_nouns_are_shared_within_the_sentence(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Kadar PM2.5 mencapai 75 mikrogram per meter kubik.", "id", [(75, 75, "µg/m3", None)]),
    ("Levels averaged 40 micrograms per cubic meter.", "en", [(40, 40, "µg/m3", None)]),
    ("The lake covers 12 square miles.", "en", [(12, 12, "mi2", None)]),
    ("Warming reached 1.3C last year.", "en", [(1.3, 1.3, "°C", None)]),
    ("It was 95 Fahrenheit at noon.", "en", [(95, 95, "°F", None)]),
    ("Customs found 80 kilogrammes of cocaine.", "en", [(80, 80, "kg", None)]),
    ("Gempa susulan dengan magnitudo terkuat 3,9 terasa.", "id", [(3.9, 3.9, "magnitude", None)]),
    ("The strongest shock had a peak magnitude of 6.1.", "en", [(6.1, 6.1, "magnitude", None)]),
    # electric power and voltage, also after a capitalised word opening the sentence
    ("Pelanggan 900 VA tidak terdampak kenaikan tarif.", "id", [(900, 900, "VA", None)]),
    ("Trafo 60 MVA itu meledak.", "id", [(60, 60, "MVA", None)]),
    ("Panel itu menghasilkan 500 watt.", "id", [(500, 500, "W", None)]),
    ("Saluran 150 kV itu padam.", "id", [(150, 150, "kV", None)]),
    # ... but not an acronym before its noun, nor a name spelled like a unit
    ("Officials said 12 VA hospitals in Texas ran short of nurses.", "en", [(12, 12, "VA hospitals", None)]),
    ("General Motors sold 1,500 Volts in May.", "en", [(1500, 1500, None, None)]),
])
def test_units_written_in_several_words_or_glued(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Shares fell as much as 8% before recovering.", "en", [(None, 8, "percent", "up_to")]),
    ("A decision is due within the next 30 days.", "en", [(None, 30, "days", "up_to")]),
])
def test_bounds_written_before_the_number(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # "orang" is the classifier of people; the office after it is what is counted.
    ("Jaksa memeriksa tiga orang pejabat dinas itu.", "id", [(3, 3, "pejabat", None)]),
    ("Lima orang Kepala Desa hadir dalam rapat.", "id", [(5, 5, "Kepala Desa", None)]),
    ("Rapat dihadiri dua Kepala Bidang.", "id", [(2, 2, "Kepala Bidang", None)]),
    # Without an office "orang" itself is the noun.
    ("Sebanyak 6 orang terluka.", "id", [(6, 6, "orang", None)]),
])
def test_offices_counted_after_the_classifier_orang(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A past-tense verb after a number is no counted noun ...
    ("A crowd of 9,000 cheered the team.", "en", [(9000, 9000, "crowd", None)]),
    ("Only 40 attended the hearing.", "en", [(40, 40, None, None)]),
    # ... but a participle before a noun is part of the noun phrase.
    ("The storm left 300 stranded travellers at the airport.", "en", [(300, 300, "stranded travellers", None)]),
    # A phrase runs on to its plural head.
    ("The city opened 25 free testing sites.", "en", [(25, 25, "free testing sites", None)]),
])
def test_verbs_participles_and_plural_heads_after_a_number(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A unit whose name opens with a number word: the word is no count of its own.
    ("The port handled 60,000 twenty-foot equivalent units in June.", "en", [(60000, 60000, "TEUs", None)]),
    ("Throughput reached 2.5 million TEU.", "en", [(2.5e6, 2.5e6, "TEUs", None)]),
])
def test_container_units(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A body written in full with its acronym in brackets is counted by the acronym.
    ("Jaksa memanggil tiga anggota Badan Pemeriksa Keuangan (BPK) hari ini.", "id", [(3, 3, "anggota BPK", None)]),
    ("Lima anggota keluarga selamat.", "id", [(5, 5, "anggota keluarga", None)]),
])
def test_a_body_counted_by_its_acronym(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A part of a counted whole counts the whole's noun.
    ("Rescuers freed 9 of the 31 miners.", "en", [(9, 9, "miners", None), (31, 31, "miners", None)]),
    ("Sebanyak 4 dari 20 siswa dirawat.", "id", [(4, 4, "siswa", None), (20, 20, "siswa", None)]),
    ("The club won six of their last ten games.", "en", [(6, 6, "games", None), (10, 10, "games", None)]),
    # ... but a measure after the second number is no counted noun of the first.
    ("Bunga naik 2 dari 6 persen.", "id", [(2, 2, None, None), (6, 6, "percent", None)]),
    # A noun glued to the number by a hyphen is its own counted noun, not one borrowed nearby.
    ("A three-car train hit a truck, hurting 12 commuters.", "en", [(3, 3, "car", None), (12, 12, "commuters", None)]),
    ("The 15-member board met twice.", "en", [(15, 15, "member", None), (2, 2, "times", None)]),
    # A measure or a share written that way stays what it is.
    ("The 50-year-old driver had a two-day permit.", "en", [(50, 50, "years", None), (2, 2, "days", None)]),
    # The time after a figure is when it held, not what it counts.
    ("Ferry crossings fell to 40 last month.", "en", [(40, 40, None, None)]),
    ("Bookings rose to 900 this week and should reach 1,200 next month.", "en", [(900, 900, None, None), (1200, 1200, None, None)]),
    ("The 3 last survivors were flown out.", "en", [(3, 3, "last survivors", None)]),
])
def test_counted_nouns_of_a_whole_and_glued_by_a_hyphen(sentence, language, expected):
    assert values(sentence, language) == expected


# The time of an Indonesian count ("250 unit bulan lalu") is no second word of its noun; a
# container still takes one ("40 truk bantuan").
@pytest.mark.parametrize("sentence, unit", [
    ("Penjualan naik dari 250 unit bulan lalu", "unit"),
    ("Dinas mengirim 40 truk bantuan ke lokasi", "truk bantuan"),
])
def test_the_time_after_a_count_is_no_part_of_its_noun(sentence, unit):
    assert [q.unit for q in find_quantities(sentence, 0, len(sentence), "id")] == [unit]
