"""Kinds of number expressions common in Indonesian and English news, one table per kind
(spec rule 8). Sentences are invented; each row states what the rule asks for."""
import pytest

from claims.quantities import find_quantities


def values(sentence, language="id"):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


def bounds(sentence, language="id"):
    return [(q.value_min, q.value_max) for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # A range whose ends carry different units of one measure is read in the larger unit.
    ("Vaksin diberikan kepada anak berusia 6 bulan hingga 12 tahun.", "id", [(0.5, 12, "years", None)]),
    ("Hukumannya berkisar antara 18 bulan sampai 3 tahun.", "id", [(1.5, 3, "years", None)]),
    ("The trek takes 36 hours to 3 days.", "en", [(1.5, 3, "days", None)]),
    ("Antrean mengular 800 meter hingga 2 km.", "id", [(0.8, 2, "km", None)]),
    # ... but two different measures are two quantities.
    ("Harga naik 5 persen menjadi Rp 12.000.", "id", [(5, 5, "percent", None), (12000, 12000, "IDR", None)]),
])
def test_ranges_across_units_of_one_measure(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # After a verb of change, "X to Y" / "dari X menjadi Y" is a before and an after, not a range.
    ("Inflation rose from 2.5 percent to 3.1 percent.", "en", [(2.5, 2.5), (3.1, 3.1)]),
    ("Unemployment fell from 5.2% to 4.8% in a year.", "en", [(5.2, 5.2), (4.8, 4.8)]),
    ("Cargo volumes climbed 27 percent to 4.3 million.", "en", [(27, 27), (4.3e6, 4.3e6)]),
    ("Jumlah kasus naik dari 40 menjadi 65 orang.", "id", [(40, 40), (65, 65)]),
    ("Tarif naik Rp 1.000 menjadi Rp 11.000.", "id", [(1000, 1000), (11000, 11000)]),
    # A range stays a range where no change is told.
    ("Prices range from 20 to 30 dollars.", "en", [(20, 30)]),
    ("The plant employs between 300 and 400 workers.", "en", [(300, 400)]),
    ("Suhu naik 2-3 derajat.", "id", [(2, 3)]),
    ("Shares fell 2 to 3 percent in early trade.", "en", [(2, 3)]),
    ("Harga turun 5 hingga 10 persen.", "id", [(5, 10)]),
    ("The bank raised its forecast from 5 to 5.5 percent.", "en", [(5, 5), (5.5, 5.5)]),
])
def test_changes_from_one_value_to_another(sentence, language, expected):
    assert bounds(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Tidak kurang dari 50 orang terluka.", "id", [(50, None, "orang", "at_least")]),
    ("Tak lebih dari 20 orang boleh masuk.", "id", [(None, 20, "orang", "up_to")]),
    ("No more than 20 people may enter the site.", "en", [(None, 20, "people", "up_to")]),
    ("No less than 8 percent of the budget went to health.", "en", [(8, None, "percent", "at_least")]),
    ("Paling tidak 12 orang tewas.", "id", [(12, None, "orang", "at_least")]),
    ("Pelaku terancam penjara paling lama 5 tahun.", "id", [(None, 5, "years", "up_to")]),
    ("At most 30 boats may dock.", "en", [(None, 30, "boats", "up_to")]),
    # the bound of a penalty, with the penalty between it and the number
    ("Bribery carries a maximum sentence of 12 years.", "en", [(None, 12, "years", "up_to")]),
    ("He faces a maximum prison term of nine years.", "en", [(None, 9, "years", "up_to")]),
    # the sentence a judge handed down is exact
    ("The judge handed him the maximum sentence of 20 years.", "en", [(20, 20, "years", None)]),
    ("Littering draws a minimum fine of 200 dollars.", "en", [(200, None, "USD", "at_least")]),
    ("Kelulusan di atas 90 persen.", "id", [(90, None, "percent", "more_than")]),
    ("Help arrived within 40 minutes.", "en", [(None, 40, "minute", "up_to")]),
    ("Sebanyak 300-an orang hadir.", "id", [(300, 300, "orang", "approx")]),
    ("Setidak-tidaknya 7 orang hilang.", "id", [(7, None, "orang", "at_least")]),
    ("Sebanyak-banyaknya 3 orang per rumah.", "id", [(None, 3, "orang", "up_to")]),
    # A bound written after the number or after its counted noun.
    ("Sebanyak 50 orang lebih terluka.", "id", [(50, None, "orang", "more_than")]),
    ("Vaksin untuk warga usia 17 tahun ke atas.", "id", [(17, None, "years", "at_least")]),
    ("Residents aged 65 and over get free tickets.", "en", [(65, None, "years", "at_least")]),
    # ... but "lebih dari target", "more than" after a number compare it with something else.
    ("Realisasi 10 persen lebih dari target.", "id", [(10, 10, "percent", None)]),
    ("Sekitar 5.000-an warga mengungsi.", "id", [(5000, 5000, "warga", "approx")]),
    # "or more", "atau lebih", "at or above" include the number itself: it is the lower bound.
    ("Wells of 30 metres or more were dug.", "en", [(30, None, "m", "at_least")]),
    ("The ferry takes 12 or more trucks a day.", "en", [(12, None, "trucks", "at_least")]),
    ("Gudang itu menampung 200 ton atau lebih.", "id", [(200, None, "t", "at_least")]),
    ("Ada 6 atau lebih kapal yang rusak.", "id", [(6, None, "kapal", "at_least")]),
    ("Readings stayed at or above 40 percent all week.", "en", [(40, None, "percent", "at_least")]),
    ("Fares at or below 5 dollars are exempt.", "en", [(None, 5, "USD", "up_to")]),
    ("The wait was an hour or more at the border.", "en", [(1, None, "hours", "at_least")]),
    # ... "or fewer", "atau kurang" make it the upper bound, "or so" an estimate.
    ("Classes of 15 pupils or fewer get a grant.", "en", [(None, 15, "pupils", "up_to")]),
    ("Bunga 2 persen atau kurang tidak dikenai pajak.", "id", [(None, 2, "percent", "up_to")]),
    ("The storm lasted a week or so.", "en", [(1, 1, "weeks", "approx")]),
    ("Queues grew as long as six hours.", "en", [(None, 6, "hours", "up_to")]),
    # a count that passed a number is more than it
    ("Jumlah pengungsi melampaui 2.000 orang.", "id", [(2000, None, "orang", "more_than")]),
    ("Antrean kendaraan melebihi tiga kilometer.", "id", [(3, None, "km", "more_than")]),
    # ... and one that did not pass it is at most the number
    ("Jumlah peserta tidak melebihi 30 orang.", "id", [(None, 30, "orang", "up_to")]),
    ("Kadar garamnya tidak boleh melampaui 2 persen.", "id", [(None, 2, "percent", "up_to")]),
])
def test_negated_and_bounding_qualifiers(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # "first" with a time noun names a period ("in the first month"), not a rank worth a number.
    ("Volume kendaraan diperkirakan naik pada bulan pertama operasi.", "id", []),
    ("Selama dua hari pertama, tiket kereta gratis.", "id", [(2, 2, "days", None)]),
    ("Sales doubled in the first week.", "en", [(2, 2, "times", None)]),
    # Later ranks of a search day or a round still count.
    ("Pencarian memasuki hari keempat.", "id", [(4, 4, "days", None)]),
    ("Pilkada putaran pertama digelar Rabu.", "id", [(1, 1, "putaran", None)]),
    # An ordinal with nothing whose rank is the point counts nothing.
    ("Warga merayakan HUT ke-79 RI di lapangan.", "id", []),
    ("The town marked its 150th anniversary.", "en", []),
])
def test_ordinals_count_only_where_the_rank_is_the_point(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A period named by its length is a date ("the three months to June"): no amount.
    ("Shipments totalled 18,700 tonnes in the previous three months.", "en", [(18700, 18700)]),
    ("Vacancy rates held at 6.3% over the three months to May.", "en", [(6.3, 6.3)]),
    ("Turnover for the seven months ended July 31 fell 9 percent.", "en", [(9, 9)]),
    ("Exports in the first nine months of 2024 rose 3 percent.", "en", [(3, 3)]),
    # An offset written with a numeral is still a length of time the claim states.
    ("Dua hari kemudian, pelaku ditangkap polisi.", "id", [(2, 2)]),
    ("The firm had warned investors six months earlier.", "en", [(6, 6)]),
    # ... and so is a first stretch of something that is not a calendar period.
    ("Selama dua hari pertama, tol itu gratis.", "id", [(2, 2)]),
])
def test_periods_named_by_their_length_are_dates(sentence, language, expected):
    assert bounds(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("The chain plans to open 60 more stores.", "en", [(60, 60, "stores", None)]),
    ("Listings dropped by 14,500 to 612,000 in the period.", "en", [(14500, 14500, None, None), (612000, 612000, None, None)]),
    ('"More than 250 volunteers are cooking for the shelters," she said.', "en", [(250, None, "volunteers", "more_than")]),
    ("The team reached the final for the first time.", "en", []),
    ("Persib juara untuk pertama kalinya.", "id", []),
    ("Persib juara untuk kedua kalinya.", "id", [(2, 2, "kali", None)]),
    ("The city earned 1.2 billion shillings from parking.", "en", [(1.2e9, 1.2e9, "KES", None)]),
    ("Net income rose to 4.1 billion pesos.", "en", [(4.1e9, 4.1e9, "PHP", None)]),
    ("Demand peaked at 8,650 megawatts.", "en", [(8650, 8650, "MW", None)]),
    ("The ferry arrived about a week behind schedule.", "en", [(1, 1, "weeks", "approx")]),
    ("Repairs will take less than an hour.", "en", [(None, 1, "hours", "less_than")]),
    # "a year" after an amount word is an amount even before "of" ("one of" picks one out)
    ("The truce ends more than a year of shelling.", "en", [(1, None, "years", "more_than")]),
    ("One of the pumps failed.", "en", []),
    # a lone "one" after the whole it is part of counts the whole's noun
    ("Dari 40 penumpang bus itu, hanya satu yang terluka.", "id", [(40, 40, "penumpang", None), (1, 1, "penumpang", None)]),
    ("Of the 40 passengers on the bus, only one was hurt.", "en", [(40, 40, "passengers", None), (1, 1, "passengers", None)]),
    ("It happened a year ago.", "en", []),
    ("The Bears beat the Lions 104-98 in the semifinal.", "en", [(104, 104, "points", None), (98, 98, "points", None)]),
    ("Between 100-150 people attended.", "en", [(100, 150, "people", None)]),
])
def test_additions_changes_by_an_amount_quoted_qualifiers_firsts_and_currencies(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language", [
    ("Ia dijerat Pasal 2 ayat 1 UU Tipikor.", "id"),
    ("Ia dijerat pasal 340 KUHP tentang pembunuhan berencana.", "id"),
    ("The firm filed for Chapter 11 protection.", "en"),
    ("He was charged under Article 27 of the law.", "en"),
    ("Aturan itu tertuang dalam ayat (3) huruf b.", "id"),
])
def test_article_numbers_of_laws_are_no_quantities(sentence, language):
    assert values(sentence, language) == []


@pytest.mark.parametrize("sentence, language, expected", [
    ("A magnitude 7.1 earthquake struck the coast.", "en", [(7.1, 7.1, "magnitude", None)]),
    ("The quake had a magnitude of 6.2.", "en", [(6.2, 6.2, "magnitude", None)]),
    ("Gempa bermagnitudo 5,6 mengguncang Cianjur.", "id", [(5.6, 5.6, "magnitude", None)]),
    ("Gempa berkekuatan 6,1 SR mengguncang Garut.", "id", [(6.1, 6.1, "magnitude", None)]),
    ("Suhu udara mencapai 36 derajat Celcius.", "id", [(36, 36, "°C", None)]),
    ("Temperatures hit 104 degrees Fahrenheit.", "en", [(104, 104, "°F", None)]),
    ("Harga naik dua kali lipat.", "id", [(2, 2, "kali lipat", None)]),
    ("Output rose threefold in a decade.", "en", [(3, 3, "times", None)]),
    ("He has been arrested twice.", "en", [(2, 2, "times", None)]),
    ("Luas gudang 1.200 meter persegi.", "id", [(1200, 1200, "m2", None)]),
    ("Kecepatan angin mencapai 45 km per jam.", "id", [(45, 45, "km/h", None)]),
    ("Twenty-four of the dead were fishermen.", "en", [(24, 24, "dead", None)]),
])
def test_units_of_measure_and_counted_nouns(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Perjalanan itu memakan waktu setengah jam.", "id", [(0.5, 0.5, "hours", None)]),
    ("Proyek itu molor satu setengah tahun.", "id", [(1.5, 1.5, "years", None)]),
    ("Setengah juta warga memadati alun-alun.", "id", [(5e5, 5e5, "warga", None)]),
    ("Setengah dari warga memilih pulang.", "id", [(50, 50, "percent", None)]),   # a share, not 0.5
    ("Ia ditahan selama sebulan.", "id", [(1, 1, "months", None)]),
    ("Banjir merendam desa itu hampir sepekan.", "id", [(None, 1, "weeks", "nearly")]),
    ("A dozen houses burned.", "en", [(12, 12, "houses", None)]),
    ("A million people voted early.", "en", [(1e6, 1e6, "people", None)]),
    ("Ekonomi daerah itu tumbuh minus 2,1 persen.", "id", [(-2.1, -2.1, "percent", None)]),
    ("The economy shrank, with growth at -0.4 percent.", "en", [(-0.4, -0.4, "percent", None)]),
    ("Target pertumbuhan kredit 10 persen plus minus 1 persen.", "id", [(9, 11, "percent", None)]),
])
def test_fractions_one_of_a_unit_number_words_and_signs(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # The number after "per" belongs to the rate's unit.
    ("Angka kematian 12 per 100.000 penduduk.", "id", [(12, 12)]),
    ("The rate fell to 4.1 per 1,000 live births.", "en", [(4.1, 4.1)]),
    ("Harga solar Rp 6.800 per liter.", "id", [(6800, 6800)]),
])
def test_the_denominator_of_a_rate_is_no_quantity(sentence, language, expected):
    assert bounds(sentence, language) == expected


_GATED_SENTENCES = [
    "Output rose 4-fold in a year.",
    "Output rose threefold; he was arrested twice.",
    "Ia dijerat Pasal 2 ayat (1) huruf b dan pasal 55 KUHP.",
    "Banjir merendam desa itu hampir sepekan, lebih dari setahun setelah gempa.",
    "A dozen boats and a million people; Chapter 11 and Article 27.",
    "It rained for about a week, and nearly a year later.",
    "Sekitar 5.000-an warga dan 12 per 100.000 penduduk; HUT ke-79.",
]


@pytest.mark.parametrize("sentence", _GATED_SENTENCES)
def test_word_gates_never_hide_a_match(sentence, monkeypatch):
    # The cheap word checks before a pattern may only skip text the pattern cannot match.
    import claims.number_atoms as atoms
    import claims.quantities as quantities
    import claims.quantity_mask as mask
    import claims.quantity_special as special
    gated = values(sentence, "en"), values(sentence, "id")
    # Every gate is a set test of its needles against the window's features: a window whose
    # features hold every needle opens all of them.
    needles = frozenset().union(atoms._VAGUE_NEEDLES, atoms._WORD_NEEDLES, atoms._A_UNIT_NEEDLES,
                                atoms._ONE_OF_NEEDLES, special._ANY_NEEDLE,
                                *(n for _p, n in mask._MASKS))
    for module in (atoms, mask, special):
        real = module.features
        monkeypatch.setattr(module, "features", lambda text, s, e, real=real: real(text, s, e) | needles)
    monkeypatch.setattr(quantities, "_TRIGGERS", quantities._TRIGGERS | {"dozen", "fold"})
    quantities._whole_text.cache_clear()
    try:
        assert (values(sentence, "en"), values(sentence, "id")) == gated
    finally:
        quantities._whole_text.cache_clear()


@pytest.mark.parametrize("sentence, language, expected", [
    # Neighbouring whole numbers written as alternatives before one unit are one rough range.
    ("Fevers of 103, 104 degrees are common.", "en", [(103, 104, "degrees", None)]),
    ("She called four, five times that night.", "en", [(4, 5, "times", None)]),
    ("Antrean bisa memakan dua-tiga jam.", "id", [(2, 3, "hours", None)]),
    ("Setiap hari biasanya 8, 9 nelayan melaut.", "id", [(8, 9, "nelayan", None)]),
    ("A two-three week delay is likely.", "en", [(2, 3, "weeks", None)]),
    # ... but a pair after a singular article with no unit names a thing, and a pair with nothing after counts nothing
    ("The boxer landed a one-two combination.", "en", []),
    ("The sprinters finished one-two.", "en", []),
    # A list of numbers stays a list, and numbers apart by more than one are separate.
    ("Only 3, 5 and 7 were left.", "en", [(3, 3, None, None), (5, 5, None, None), (7, 7, None, None)]),
    ("Teams won 6, 7 and 8 games.", "en", [(6, 6, "games", None), (7, 7, "games", None), (8, 8, "games", None)]),
    ("Kapal membawa 4, 5, dan 9 ton beras.", "id", [(4, 4, None, None), (5, 5, None, None), (9, 9, "t", None)]),
    ("Di antara peserta, 2, 3, 4 orang sakit.", "id", [(2, 2, "orang", None), (3, 3, "orang", None), (4, 4, "orang", None)]),
    ("Rates of 4, 9 percent were quoted.", "en", [(4, 4, None, None), (9, 9, "percent", None)]),
])
def test_neighbouring_numbers_as_alternatives(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # An age bound with "usia"/"age of" between the bound and the number.
    ("Vaksin belum untuk anak di bawah usia 6 tahun.", "id", [(None, 6, "years", "less_than")]),
    ("Pengunjung di atas umur 60 tahun masuk gratis.", "id", [(60, None, "years", "more_than")]),
    ("The ban covers boys under the age of 16.", "en", [(None, 16, "years", "less_than")]),
    ("Warga berusia di bawah 30 tahun mendominasi.", "id", [(None, 30, "years", "less_than")]),
    # A bare bound on a group of people is their age ...
    ("Most of those who fell ill were over 70.", "en", [(70, None, "years", "more_than")]),
    ("Patients under 16 are seen first.", "en", [(None, 16, "years", "less_than")]),
    ("Warga di atas 60 mendapat vaksin lebih dulu.", "id", [(60, None, "years", "more_than")]),
    # ... unless they are counted, and a bound on anything else has no age.
    ("Pasien di atas 100 orang dirawat di lorong.", "id", [(100, None, "orang", "more_than")]),
    ("Prices over 40 were rejected.", "en", [(40, None, None, "more_than")]),
    # "over" a written length of time after such a group is still a bound.
    ("Workers over 20 years in service get a bonus.", "en", [(20, None, "years", "more_than")]),
])
def test_age_bounds(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # "over" a length of time after an action spans it ...
    ("The clerk took $40,000 from the fund over six years.", "en", [(40000, 40000, "USD", None), (6, 6, "years", None)]),
    ("Snow piled up in the pass over 36 hours.", "en", [(36, 36, "hours", None)]),
    # ... but after "in", "for", a copula or a verb of lasting it exceeds the length.
    ("Growth was the weakest in over three years.", "en", [(3, None, "years", "more_than")]),
    ("She has led the group for over 12 years.", "en", [(12, None, "years", "more_than")]),
    ("The repairs took over 5 weeks.", "en", [(5, None, "weeks", "more_than")]),
    ("Turnout rose over 4 percent.", "en", [(4, None, "percent", "more_than")]),
])
def test_over_a_length_of_time(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A vague number word takes the unit or currency written after "of".
    ("Fraudsters took billions of dollars from savers.", "en", [(1e9, 999999999999, "USD", "vague")]),
    ("Smoke spread over hundreds of kilometres.", "en", [(100, 999, "km", "vague")]),
    ("Negara merugi miliaran rupiah akibat penyelundupan.", "id", [(1e9, 999999999999, "IDR", "vague")]),
    ("Jutaan liter air dialirkan ke sawah.", "id", [(1e6, 999999999, "L", "vague")]),
    ("Ribuan warga mengungsi.", "id", [(1000, 9999, "warga", "vague")]),
])
def test_vague_numbers_take_the_unit_after_them(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # After an Indonesian verb of change, "hingga" gives the level reached ...
    ("Genangan air surut hingga 40 sentimeter.", "id", [(40, 40, "cm", None)]),
    ("Harga cabai naik sampai Rp 70.000.", "id", [(70000, 70000, "IDR", None)]),
    # ... but bounds the size of the change, as it does alone
    ("Jumlah pengunjung turun hingga 60 persen.", "id", [(None, 60, "percent", "up_to")]),
    ("Jumlah kasus bisa naik hingga tiga kali lipat.", "id", [(None, 3, "kali lipat", "up_to")]),
    ("Curah hujan bisa hingga 80 mm.", "id", [(None, 80, "mm", "up_to")]),
    # English "to" after "edged up" is where the rate moved: that level
    ("Core inflation edged up to 2.4 percent.", "en", [(2.4, 2.4, "percent", None)]),
    ("The fine can go up to $900.", "en", [(None, 900, "USD", "up_to")]),
    ("The fine goes up to $900.", "en", [(None, 900, "USD", "up_to")]),
    # ... and a "hingga" that ends a period before a copula bounds nothing.
    ("Sejak Senin hingga Rabu malam tercatat sebanyak 5.200 penumpang.", "id", [(5200, 5200, "penumpang", None)]),
    ("Jaraknya paling jauh adalah 3 km.", "id", [(3, 3, "km", None)]),
    # "roda empat" names a kind of vehicle; it counts nothing.
    ("Sebanyak 900 kendaraan roda empat melintas.", "id", [(900, 900, "kendaraan", None)]),
])
def test_hingga_after_a_change_or_a_period(sentence, language, expected):
    assert values(sentence, language) == expected
