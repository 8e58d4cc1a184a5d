import re

import pytest

from claims import clauses as clauses_module
from claims.clauses import has_verb, is_id_verb, split_clauses


def clauses(text, lang="id"):
    return [text[a:b] for a, b in split_clauses(text, 0, len(text), lang)]


@pytest.mark.parametrize("text", [
    "The harbour now operates 14 cranes",
    "The council expects revenue to double",
    "Farmers expect a smaller harvest",
    "The river stood at 4 metres",
    "Exports grew 3 percent",
    "The city spent $2 million on repairs",
    "The mayor intends to resign",
    "Mourners wept at the gate",
    "The crew slept on the deck",
])
def test_english_finite_verbs_beyond_auxiliaries(text):
    assert has_verb(text, 0, len(text), "en")


# A perfect after a clause told in a simple or progressive tense ("… and has urged …") tells an
# act before it, a second fact with its subject unspoken; a negated perfect ("… were over 70
# and had not been vaccinated") describes the same people, and one perfect after another
# shares its auxiliary.
@pytest.mark.parametrize("text, expected", [
    ("Rescuers were still combing the shore near the pier and had since pulled a boat from the water",
     ["Rescuers were still combing the shore near the pier", "had since pulled a boat from the water"]),
    ("The ministry is not required to house the migrants and has asked the provinces to help",
     ["The ministry is not required to house the migrants", "has asked the provinces to help"]),
    ("Most of the patients were older farmers and had not been vaccinated",
     ["Most of the patients were older farmers and had not been vaccinated"]),
    ("The council had approved the levy and had published the rates",
     ["The council had approved the levy and had published the rates"]),
    ("Those who are vaccinated and have tested negative may enter",
     ["Those who are vaccinated and have tested negative may enter"]),
    ("The bridge is closed to traffic and has been since the flood in March",
     ["The bridge is closed to traffic and has been since the flood in March"]),
    ("The drug is cheap and has limited side effects", ["The drug is cheap and has limited side effects"]),
])
def test_a_perfect_after_another_tense_is_a_second_fact(text, expected):
    assert clauses(text, "en") == expected


# A present verb in -s that no list names is read by its place: after a pronoun subject, or
# between a noun and the word that opens its object.
@pytest.mark.parametrize("text", [
    "it still governs two of the provinces",
    "the ferry company charters a second vessel",
    "the port authority dredges about 4 km of channel",
    "she now chairs the harbour board",
    "the new rules forbid the sale of fireworks",
    "port regulations require a pilot on every tanker",
    "the army deploys 120 soldiers",
    "farmers supply the city with rice",
])
def test_english_present_verbs_read_by_their_place(text):
    assert has_verb(text, 0, len(text), "en")


@pytest.mark.parametrize("text", [
    "three times a day",
    "the workers the union represents",
    "in recent years the harbour",
    "the success of its campaigns",
    "the workers across the region",
    "Two days later the police",
    "in cases where the victims",
    "despite protests the government",
    "ticket prices around the region",
    "the city's hospitals a day after the quake",
    "two goals a game",
])
def test_plurals_before_a_determiner_are_no_present_verbs(text):
    assert not has_verb(text, 0, len(text), "en")


@pytest.mark.parametrize("text, expected", [
    ("Theft is punishable by up to two years in prison, while fraud carries a maximum sentence of five years",
     ["Theft is punishable by up to two years in prison", "fraud carries a maximum sentence of five years"]),
    ("The junta ruled the country for 30 years until 2015, and it still controls a third of the seats",
     ["The junta ruled the country for 30 years until 2015", "it still controls a third of the seats"]),
])
def test_a_present_verb_in_s_makes_the_second_clause(text, expected):
    assert clauses(text, "en") == expected


@pytest.mark.parametrize("text", [
    "the cost of the new bridge",
    "a plan for the harbour",
    "its own fleet of boats",
])
def test_english_nouns_are_not_verbs(text):
    assert not has_verb(text, 0, len(text), "en")


# A second predicate that moves to another time or mood (a plan, a schedule, "kini") is a
# second fact even when its subject is left unspoken (rule 3).
@pytest.mark.parametrize("text, lang, expected", [
    ("Pabrik itu dibuka pada 2019 dan kini mempekerjakan 800 orang", "id",
     ["Pabrik itu dibuka pada 2019", "kini mempekerjakan 800 orang"]),
    ("Dinas menanam 5.000 bibit pada Maret dan akan menambah 2.000 bibit tahun depan", "id",
     ["Dinas menanam 5.000 bibit pada Maret", "akan menambah 2.000 bibit tahun depan"]),
    ("Koperasi itu membeli dua truk dan berencana membuka gudang di Sleman", "id",
     ["Koperasi itu membeli dua truk", "berencana membuka gudang di Sleman"]),
    ("The museum sold 40,000 tickets in May and plans to open a second wing in 2026", "en",
     ["The museum sold 40,000 tickets in May", "plans to open a second wing in 2026"]),
    ("The depot will house six trams and is expected to reopen by June", "en",
     ["The depot will house six trams", "is expected to reopen by June"]),
    ("The firm hired 300 workers, and it expects to hire 200 more next year", "en",
     ["The firm hired 300 workers", "it expects to hire 200 more next year"]),
])
def test_a_coordinated_predicate_in_another_time_is_a_second_claim(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Banjir merendam 40 rumah dan menewaskan dua warga", "id"),
    ("The storm killed 12 people and injured more than 40", "en"),
    ("Floods have cut power to 3,000 homes and forced 500 people from their homes", "en"),
    ("The two suspects were detained on Monday and freed on bail on Tuesday", "en"),
    ("The ferry drifted off course and ran aground near 3 small islets", "en"),
])
def test_predicates_of_one_event_stay_one_claim(text, lang):
    assert clauses(text, lang) == [text]


# In English a second predicate in the same simple tense with its own figure, after a first
# clause with one, is a second fact whose subject is left unspoken (rule 3).
@pytest.mark.parametrize("text, expected", [
    ("Floods cut power to 3,000 homes and forced 500 people from their homes",
     ["Floods cut power to 3,000 homes", "forced 500 people from their homes"]),
    ("The cyclone flattened about 2,100 huts and caused damage of $40 million",
     ["The cyclone flattened about 2,100 huts", "caused damage of $40 million"]),
    ("The budget adds $9 million for libraries and raises the bus fare to $3",
     ["The budget adds $9 million for libraries", "raises the bus fare to $3"]),
    ("It cuts the road fund by $6 million and delays two bridges by a year",
     ["It cuts the road fund by $6 million", "delays two bridges by a year"]),
])
def test_a_parallel_predicate_with_its_own_figure_is_a_second_claim(text, expected):
    assert clauses(text, "en") == expected


# So in Indonesian: a second predicate with its own figure after a first clause with one; a
# passive first clause or a toll keeps one claim.
@pytest.mark.parametrize("text, expected", [
    ("Petugas mengevakuasi 12 warga dan mendirikan tiga tenda",
     ["Petugas mengevakuasi 12 warga", "mendirikan tiga tenda"]),
    ("Limbah pabrik itu telah mencemari dua danau dan mematikan 300 kilogram ikan",
     ["Limbah pabrik itu telah mencemari dua danau", "mematikan 300 kilogram ikan"]),
    ("Kapal feri berangkat pukul 07.10 WIT dan berlabuh di Ternate pukul 09.45 WIT",
     ["Kapal feri berangkat pukul 07.10 WIT", "berlabuh di Ternate pukul 09.45 WIT"]),
    ("Dapur umum memasak sejak pukul 03.30 dan nasi dibagikan pukul 11.00",
     ["Dapur umum memasak sejak pukul 03.30", "nasi dibagikan pukul 11.00"]),
    ("Vaksinasi digelar sejak Senin (8/5) dan menyasar 9.000 balita di 12 desa",
     ["Vaksinasi digelar sejak Senin (8/5) dan menyasar 9.000 balita di 12 desa"]),
    ("Kebakaran menghanguskan 14 kios dan melukai tiga pedagang",
     ["Kebakaran menghanguskan 14 kios dan melukai tiga pedagang"]),
    ("Koperasi menyalurkan 20 ton beras dan membuka gudang baru",
     ["Koperasi menyalurkan 20 ton beras dan membuka gudang baru"]),
])
def test_an_indonesian_parallel_predicate_with_its_own_figure_is_a_second_claim(text, expected):
    assert clauses(text, "id") == expected


# An English first clause dated by a day or a month counts as one with a figure.
@pytest.mark.parametrize("text, expected", [
    ("The county declared a flood emergency on Tuesday and shut 48 schools",
     ["The county declared a flood emergency on Tuesday", "shut 48 schools"]),
    ("Work on the pier started in October and would finish by the end of next year",
     ["Work on the pier started in October", "would finish by the end of next year"]),
    ("The two suspects were detained on Monday and freed on bail on Tuesday",
     ["The two suspects were detained on Monday and freed on bail on Tuesday"]),
    ("The ferry drifted off course and ran aground near 3 small islets",
     ["The ferry drifted off course and ran aground near 3 small islets"]),
])
def test_a_first_clause_dated_by_a_day_counts_as_one_with_a_figure(text, expected):
    assert clauses(text, "en") == expected


# Without a comma an "after" clause stays inside the claim, as dev keeps "setelah" clauses,
# even where a named party acts in it with a figure of its own.
@pytest.mark.parametrize("text, expected", [
    ("Ferry fares in Oban will rise 4 percent in June after the Harbour Board approved 3 new routes",
     ["Ferry fares in Oban will rise 4 percent in June after the Harbour Board approved 3 new routes"]),
    ("Grain futures slid after Kestrel Mills Ltd posted a half-year loss of $6.4 million",
     ["Grain futures slid after Kestrel Mills Ltd posted a half-year loss of $6.4 million"]),
    ("Two hikers were hurt after a rope bridge holding 15 walkers snapped",
     ["Two hikers were hurt after a rope bridge holding 15 walkers snapped"]),
    ("Sales rose 4 percent after Christmas", ["Sales rose 4 percent after Christmas"]),
    ("The clinic reopened after the Health Board approved its licence",
     ["The clinic reopened after the Health Board approved its licence"]),
])
def test_an_after_clause_without_a_comma_stays_inside(text, expected):
    assert clauses(text, "en") == expected


# A conclusion after ", jadi" is a clause of its own, and so is a contrast after a short
# verbless Indonesian statement; "…, jadi 40 persen" (became 40 percent) is no conclusion.
@pytest.mark.parametrize("text, expected", [
    ("Penyebabnya hujan deras dan angin kencang, jadi warga bantaran sungai perlu waspada",
     ["Penyebabnya hujan deras dan angin kencang", "warga bantaran sungai perlu waspada"]),
    ("Harga bawang naik tajam, jadi pedagang mengurangi stok",
     ["Harga bawang naik tajam, jadi pedagang mengurangi stok"]),
    ("Stok gas elpiji di pangkalan habis, jadi harus menunggu kiriman",
     ["Stok gas elpiji di pangkalan habis", "harus menunggu kiriman"]),
    ("Harganya murah, tetapi stok beras di gudang menipis",
     ["Harganya murah", "stok beras di gudang menipis"]),
    ("Harga telur naik dari 30 persen, jadi 40 persen", ["Harga telur naik dari 30 persen, jadi 40 persen"]),
    ("Harga telur naik, jadi dua kali lipat", ["Harga telur naik, jadi dua kali lipat"]),
])
def test_a_conclusion_or_a_contrast_after_a_verbless_statement(text, expected):
    assert clauses(text, "id") == expected


# Figures listed with what they are for after "yakni" give the value of the fact before them.
@pytest.mark.parametrize("text, expected", [
    ("Tarif parkir tidak berubah, yakni Rp 3.000 per jam untuk mobil dan Rp 2.000 per jam untuk motor",
     ["Tarif parkir tidak berubah, yakni Rp 3.000 per jam untuk mobil dan Rp 2.000 per jam untuk motor"]),
    # (the figure's own comma part is read: what follows it is a clause of its own or a cause)
    ("Ekspor kopi naik paling tinggi, yakni 14 persen, seiring panen yang membaik di Lampung",
     ["Ekspor kopi naik paling tinggi, yakni 14 persen, seiring panen yang membaik di Lampung"]),
    ("Curah hujan melampaui dua bulan sebelumnya, yakni Mei yang sebesar 210 mm dan Juni sebesar 180 mm",
     ["Curah hujan melampaui dua bulan sebelumnya", "Mei yang sebesar 210 mm dan Juni sebesar 180 mm"]),
])
def test_figures_after_yakni_give_the_value_of_the_fact_before(text, expected):
    assert clauses(text, "id") == expected


# A count after "yakni" with a verb of its own is a second fact, however short (as "yakni Mei
# yang sebesar …" is); a bare count stays with the fact it measures.
@pytest.mark.parametrize("text, expected", [
    ("Desa Sukamaju menjadi wilayah dengan kerusakan terparah, yakni 60 rumah roboh",
     ["Desa Sukamaju menjadi wilayah dengan kerusakan terparah", "60 rumah roboh"]),
    ("Desa Sukamaju menjadi wilayah dengan kerusakan terparah, yakni 60 rumah",
     ["Desa Sukamaju menjadi wilayah dengan kerusakan terparah, yakni 60 rumah"]),
])
def test_a_count_with_its_own_verb_after_yakni_is_a_second_fact(text, expected):
    assert clauses(text, "id") == expected


# A bare per- word is a noun ("peringkat", "perahu"): a list of amounts after "dan" stays one claim.
@pytest.mark.parametrize("text", [
    "Juara berhak atas hadiah Rp 25 juta dan 2.000 poin peringkat nasional",
    "Nelayan kehilangan tiga jaring dan dua perahu motor",
])
def test_a_bare_per_word_is_no_verb(text):
    assert clauses(text, "id") == [text]


# "… dan akan …" after an existential clause goes on telling about the counted thing.
@pytest.mark.parametrize("text, lang", [
    ("Kini masih ada 35 unit rumah yang belum dihuni dan akan dilelang bulan depan", "id"),
    ("Ada 35 unit rumah yang belum dihuni dan akan dilelang bulan depan", "id"),
    ("There are 12 berths that stand empty and will be leased in spring", "en"),
])
def test_a_predicate_after_an_existential_relative_clause_stays(text, lang):
    assert clauses(text, lang) == [text]


# A figure after "sementara" is the predicate of a second clause, as after "sedangkan".
def test_a_figure_after_sementara_is_its_own_clause():
    text = "Ekspor kopi naik 4,1 persen, sementara ekspor teh pada semester pertama 2,3 persen"
    assert clauses(text, "id") == ["Ekspor kopi naik 4,1 persen", "ekspor teh pada semester pertama 2,3 persen"]


@pytest.mark.parametrize("text, lang", [
    ("Jalan itu akan ditutup pada Senin dan akan dibuka kembali pada Rabu", "id"),
    ("The market will open at 8 a.m. and will close at noon", "en"),
])
def test_a_second_predicate_in_the_same_time_continues_the_first(text, lang):
    assert clauses(text, lang) == [text]


@pytest.mark.parametrize("text, expected", [
    ("Andi Putra scored 22 points, including 9 in the last quarter, as the Hawks came back from 12 down",
     ["Andi Putra scored 22 points, including 9 in the last quarter", "the Hawks came back from 12 down"]),
    ("The ferry service was suspended, as its only boat failed an inspection",
     ["The ferry service was suspended", "its only boat failed an inspection"]),
])
def test_a_clause_after_as_is_a_second_claim(text, expected):
    assert clauses(text, "en") == expected


@pytest.mark.parametrize("text", [
    "The agency sent food, as well as 20 tents, to the camp",
    "Prices rose 4 percent in May, as the minister said on Friday",
    "The party led with 41 percent of the vote, with about 70 percent of ballots counted",
])
def test_no_split_at_as_well_as_reporting_as_or_a_with_participle(text):
    assert clauses(text, "en") == [text]


def test_a_with_clause_that_states_a_fact_is_still_split():
    text = "The convoy reached the border on Friday, with the toll climbing to 60 by evening"
    assert clauses(text, "en") == ["The convoy reached the border on Friday",
                                   "the toll climbing to 60 by evening"]


def test_and_with_a_subject_that_plans_is_a_second_claim():
    text = "Fares rose 5 percent in May and the operator plans to add 12 buses"
    assert clauses(text, "en") == ["Fares rose 5 percent in May", "the operator plans to add 12 buses"]


def test_a_month_range_is_not_a_subject_that_plans():
    text = "The chain opened 20 shops between March and May and plans to open 30 more in 2026"
    assert clauses(text, "en") == ["The chain opened 20 shops between March and May",
                                   "plans to open 30 more in 2026"]


@pytest.mark.parametrize("text, expected", [
    # "and" inside a relative clause between commas joins the clause's own objects.
    ("Shares in Kova, which makes bread and cakes, rose 3 percent",
     ["Shares in Kova, which makes bread and cakes, rose 3 percent"]),
    # The verb of the first clause may sit before such an aside: ", and that …" still splits.
    ("The firm would shut its mill, which employs 90 people, by May, and that jobs would move to Riga",
     ["The firm would shut its mill, which employs 90 people, by May", "jobs would move to Riga"]),
])
def test_relative_asides_inside_a_clause(text, expected):
    assert clauses(text, "en") == expected


@pytest.mark.parametrize("text", ["Lower costs offset weaker demand", "The crew withdrew at noon",
                                  "Residents heard a loud blast", "The shops shut early"])
def test_irregular_past_verbs(text):
    assert has_verb(text, 0, len(text), "en")


@pytest.mark.parametrize("text, lang, expected", [
    # A subset counted after the whole is a second fact.
    ("Polisi menahan tujuh orang, tiga di antaranya warga Kota Palu", "id",
     ["Polisi menahan tujuh orang", "tiga di antaranya warga Kota Palu"]),
    ("Police arrested 12 people, four of them teenagers from Leeds", "en",
     ["Police arrested 12 people", "four of them teenagers from Leeds"]),
    # A clause ending in a comparison aside still has its verb before the aside.
    ("The fleet now has 54 ships compared with 47 in 2023, and plans to add 6 more", "en",
     ["The fleet now has 54 ships compared with 47 in 2023", "plans to add 6 more"]),
])
def test_subsets_and_comparison_asides(text, lang, expected):
    assert clauses(text, lang) == expected


def test_a_count_opens_the_subject_of_a_second_indonesian_clause():
    text = "Sebanyak 200 warga telah mengungsi dan 45 rumah dilaporkan rusak"
    assert clauses(text, "id") == ["Sebanyak 200 warga telah mengungsi", "45 rumah dilaporkan rusak"]


@pytest.mark.parametrize("text", [
    "Tarif bus kota tidak berubah sejak 2022, yakni Rp 4.000 per perjalanan",
    "The fare has not changed since 2022, namely $2 a ride",
    # the amount's own word before it
    "Surplus terbesar tercatat dengan Amerika Serikat, yakni sebesar US$ 1,6 miliar",
])
def test_a_bare_amount_after_yakni_stays_with_its_fact(text):
    assert clauses(text, "en" if "fare" in text else "id") == [text]


def test_a_place_verb_makes_a_clause():
    text = "The port lies at the mouth of the river"
    assert has_verb(text, 0, len(text), "en")


# ", sementara …" (while) and a bare "sehingga" (so that) join two facts; "untuk sementara
# waktu" is a time phrase, not a connective (rule 3).
@pytest.mark.parametrize("text, expected", [
    ("Sebanyak 80 kios terbakar, sementara tiga gudang di Pasar Lama ikut rusak",
     ["Sebanyak 80 kios terbakar", "tiga gudang di Pasar Lama ikut rusak"]),
    ("Hujan turun selama tujuh jam sehingga tanggul di Desa Sukamaju ambruk pada malam hari",
     ["Hujan turun selama tujuh jam", "tanggul di Desa Sukamaju ambruk pada malam hari"]),
    ("Jalan itu ditutup, sementara waktu pengendara dialihkan ke jalur selatan",
     ["Jalan itu ditutup, sementara waktu pengendara dialihkan ke jalur selatan"]),
])
def test_indonesian_while_and_so_that_split_two_facts(text, expected):
    assert clauses(text) == expected


# A concessive clause ("meskipun", "walaupun", "padahal", "although") states a second fact.
@pytest.mark.parametrize("text, lang, expected", [
    ("Harga cabai naik 30 persen, meskipun pasokan dari Garut bertambah 12 ton", "id",
     ["Harga cabai naik 30 persen", "pasokan dari Garut bertambah 12 ton"]),
    ("Sekolah itu tetap dibuka, padahal dua ruang kelasnya rusak berat", "id",
     ["Sekolah itu tetap dibuka", "dua ruang kelasnya rusak berat"]),
    ("The ferry resumed service on Monday, although its second engine is still under repair", "en",
     ["The ferry resumed service on Monday", "its second engine is still under repair"]),
])
def test_a_concessive_clause_is_a_second_fact(text, lang, expected):
    assert clauses(text, lang) == expected


# After "dan", a one-word common noun before a linking or tense word opens a new clause; a
# name in a list of names, or a bare noun before an ordinary verb, does not.
@pytest.mark.parametrize("text, expected", [
    ("Ekspor naik 4 persen pada Mei dan gula menjadi komoditas dengan kenaikan terbesar",
     ["Ekspor naik 4 persen pada Mei", "gula menjadi komoditas dengan kenaikan terbesar"]),
    ("Gudang itu menampung 900 ton jagung dan stok masih cukup hingga Juli",
     ["Gudang itu menampung 900 ton jagung", "stok masih cukup hingga Juli"]),
    ("Kedua pelaku berinisial AB (30) dan CD (27) merupakan warga Kota Jambi",
     ["Kedua pelaku berinisial AB (30) dan CD (27) merupakan warga Kota Jambi"]),
])
def test_one_word_subject_before_a_linking_word(text, expected):
    assert clauses(text) == expected


# The rest of a group counted after its first part, sharing its verb ("… dan 9 lainnya dari
# …", "… and 12 others"), is one list of counts inside one clause, so one claim (rule 3).
@pytest.mark.parametrize("text, lang", [
    ("Dua nelayan berasal dari Muncar dan 9 lainnya dari Puger", "id"),
    ("Polisi menahan tiga orang dan dua orang lainnya masih buron", "id"),
    ("The blast killed two miners and injured 12 others", "en"),
])
def test_the_rest_of_a_counted_group_stays_in_one_claim(text, lang):
    assert clauses(text, lang) == [text]


# The rest of the group with a verb (or an auxiliary) of its own is a second clause's subject:
# two independent facts at a clause boundary (rule 3; dev 001's "sebagian lainnya dilarikan …").
@pytest.mark.parametrize("text, lang, expected", [
    ("Two miners died in the blast and 12 others were taken to hospital", "en",
     ["Two miners died in the blast", "12 others were taken to hospital"]),
    ("Dua nelayan ditemukan tewas dan 9 lainnya masih dicari tim SAR", "id",
     ["Dua nelayan ditemukan tewas", "9 lainnya masih dicari tim SAR"]),
    ("Lima orang meninggal di tempat dan tiga orang lainnya dirawat di rumah sakit", "id",
     ["Lima orang meninggal di tempat", "tiga orang lainnya dirawat di rumah sakit"]),
])
def test_the_rest_of_a_group_with_its_own_verb_is_a_second_claim(text, lang, expected):
    assert clauses(text, lang) == expected


# A rank or a ratio in apposition after a figure is a claim of its own.
@pytest.mark.parametrize("text, expected", [
    ("The index closed at 7,210 on Friday, its highest level since 2019",
     ["The index closed at 7,210 on Friday", "its highest level since 2019"]),
    ("Sales fell to 3,400 units in June, their lowest in a decade",
     ["Sales fell to 3,400 units in June", "their lowest in a decade"]),
    ("Ozone readings averaged 180 micrograms last week, nearly 15 times the safe limit",
     ["Ozone readings averaged 180 micrograms last week", "nearly 15 times the safe limit"]),
    ("Rents rose to $2,900 a month in May, twice the national average",
     ["Rents rose to $2,900 a month in May", "twice the national average"]),
])
def test_rank_or_ratio_after_a_figure_is_a_second_claim(text, expected):
    assert clauses(text, "en") == expected


# "… and had already …" moves the second predicate to an earlier time: a second fact with its
# subject unspoken; "already" in the first clause too leaves one claim.
@pytest.mark.parametrize("text, expected", [
    ("The firm had no prior fines and had already repaid the loan",
     ["The firm had no prior fines", "had already repaid the loan"]),
    ("The club has won 12 games and has already qualified for the final",
     ["The club has won 12 games", "has already qualified for the final"]),
    ("The firm had already paid the fine and had already repaid the loan",
     ["The firm had already paid the fine and had already repaid the loan"]),
])
def test_and_had_already_opens_a_second_fact(text, expected):
    assert clauses(text, "en") == expected


@pytest.mark.parametrize("text, lang", [
    ("Petugas memadamkan api dalam dua jam", "id"),
    ("Crews put out the fire within two hours", "en"),
])
def test_a_span_without_separator_or_joining_word_is_one_clause(text, lang):
    assert clauses(text, lang) == [text]


@pytest.mark.parametrize("text, lang, expected", [
    # A share of the whole named just before is a second fact when it has a predicate of its
    # own, with or without "of them"; one that only places or describes the count stays in it.
    ("Petugas mencatat 90 laporan jalan rusak, sebagian besar di wilayah utara kota", "id",
     ["Petugas mencatat 90 laporan jalan rusak, sebagian besar di wilayah utara kota"]),
    ("Rangers counted 140 wildfires last month, most of them in the eastern hills", "en",
     ["Rangers counted 140 wildfires last month, most of them in the eastern hills"]),
    ("Polisi menerima 75 laporan, sebagian besar pelapor adalah ibu rumah tangga", "id",
     ["Polisi menerima 75 laporan", "sebagian besar pelapor adalah ibu rumah tangga"]),
    ("Ferries carried 900 passengers, many of them returning from the festival", "en",
     ["Ferries carried 900 passengers", "many of them returning from the festival"]),
    ("The clinic treated 60 patients, nearly all of whom had eaten at the fair", "en",
     ["The clinic treated 60 patients", "nearly all of whom had eaten at the fair"]),
    # the share's own part ends at its comma: a clause after it is no predicate of the share,
    # and the count before it still has its verb for the clause that follows
    ("Some 90 people were hurt, most of them with cuts, and 300 had fled the town", "en",
     ["Some 90 people were hurt, most of them with cuts", "300 had fled the town"]),
    ("Sebanyak 90 orang terluka, sebagian besar karena pecahan kaca, dan 300 warga lainnya mengungsi", "id",
     ["Sebanyak 90 orang terluka, sebagian besar karena pecahan kaca", "300 warga lainnya mengungsi"]),
])
def test_a_share_of_the_whole_is_a_second_claim(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A semicolon between two currencies inside brackets parts amounts, not clauses.
    ("Pemkot menerima Rp 5 miliar (US$320.000; €290.000) dari retribusi parkir tahun ini", "id",
     ["Pemkot menerima Rp 5 miliar (US$320.000; €290.000) dari retribusi parkir tahun ini"]),
    ("The port earned 40bn rupiah ($2.5m; £1.9m) in May, but one ship in five still skipped the fee", "en",
     ["The port earned 40bn rupiah ($2.5m; £1.9m) in May", "one ship in five still skipped the fee"]),
])
def test_a_separator_inside_brackets_is_no_clause_boundary(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The council will spend $8 million on the bridge, with the remainder covered by a state grant",
     ["The council will spend $8 million on the bridge", "the remainder covered by a state grant"]),
    ("Work on the line began in June, with the first trains expected to run by late 2029",
     ["Work on the line began in June", "the first trains expected to run by late 2029"]),
])
def test_a_with_participle_that_goes_on_is_a_second_claim(text, expected):
    assert clauses(text, "en") == expected


# The verb of a "with" clause may come after a long subject ("about 60% of its 9 million people").
def test_a_with_clause_whose_verb_follows_a_long_subject_is_a_second_claim():
    text = "The island has the largest Hindu community, with about 60% of its 9 million people following Hinduism"
    assert clauses(text, "en") == ["The island has the largest Hindu community",
                                   "about 60% of its 9 million people following Hinduism"]


def test_a_tally_in_progress_after_with_stays():
    text = "The mayor led with 52 percent of the vote, with 85 percent of ballots counted by midnight"
    assert clauses(text, "en") == [text]


@pytest.mark.parametrize("text, expected", [
    # "is expected to" after another "is": the participle marks the shift to a forecast.
    ("The tunnel is being dug by a local firm and is expected to open in 2027",
     ["The tunnel is being dug by a local firm", "is expected to open in 2027"]),
    # The same forecast word twice continues one forecast.
    ("The line is expected to carry 9,000 riders and is expected to open in May",
     ["The line is expected to carry 9,000 riders and is expected to open in May"]),
])
def test_a_forecast_after_a_passive_clause(text, expected):
    assert clauses(text, "en") == expected


def test_words_after_and_are_no_clause_when_the_verb_follows_a_contrast():
    text = ("The grant has paid for new pumps and the repair of two dams, "
            "although the ministry has not released the accounts")
    assert clauses(text, "en") == ["The grant has paid for new pumps and the repair of two dams",
                                   "the ministry has not released the accounts"]


@pytest.mark.parametrize("text, expected", [
    ("Ferry trips were cancelled on Sunday, as waves reached four metres near the strait",
     ["Ferry trips were cancelled on Sunday", "waves reached four metres near the strait"]),
    ("Turnout rose to 70 percent, as expected by most pollsters in the state",
     ["Turnout rose to 70 percent, as expected by most pollsters in the state"]),
    ("The shop sold 300 bikes, as many as in the whole of last year",
     ["The shop sold 300 bikes, as many as in the whole of last year"]),
    ("Rents rose 6 percent in May, as shown in the table published by the bureau",
     ["Rents rose 6 percent in May, as shown in the table published by the bureau"]),
])
def test_a_cause_after_as_with_a_bare_subject(text, expected):
    assert clauses(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "atau" before a bare predicate with a figure restates the fact as a second one.
    ("Kapal tiba di Bitung pukul 21.00 WITA, atau terlambat tiga jam dari jadwal", "id",
     ["Kapal tiba di Bitung pukul 21.00 WITA", "terlambat tiga jam dari jadwal"]),
    # The same figure told another way stays.
    ("Sebanyak 1.200 warga datang ke TPS, atau 40 persen dari pemilih terdaftar", "id",
     ["Sebanyak 1.200 warga datang ke TPS, atau 40 persen dari pemilih terdaftar"]),
    ("The mine shipped 12,000 tonnes, or about a third of its output", "en",
     ["The mine shipped 12,000 tonnes, or about a third of its output"]),
])
def test_or_before_a_predicate_with_a_figure(text, lang, expected):
    assert clauses(text, lang) == expected


def test_but_before_a_clause_with_its_own_subject_after_an_unclear_verb():
    text = "The national plan targets 3 gigawatts of solar power by 2030, but no plant has yet been built"
    assert clauses(text, "en") == ["The national plan targets 3 gigawatts of solar power by 2030",
                                   "no plant has yet been built"]


# A ratio to another figure, what a figure suffices for and what most of a group were are facts
# of their own after the clause that gives the figure (rule 3).
@pytest.mark.parametrize("text, lang, parts", [
    ("The lake is rising by 4 centimetres a month, more than three times as fast as in 2015", "en",
     ["The lake is rising by 4 centimetres a month", "more than three times as fast as in 2015"]),
    ("Cadangan air di waduk saat ini 4.100 meter kubik, cukup untuk kebutuhan dua pekan", "id",
     ["Cadangan air di waduk saat ini 4.100 meter kubik", "cukup untuk kebutuhan dua pekan"]),
    ("Posko menerima 85 laporan warga pekan ini, sebagian besar soal air bersih", "id",
     ["Posko menerima 85 laporan warga pekan ini", "sebagian besar soal air bersih"]),
])
def test_comparative_and_subset_appositives_split(text, lang, parts):
    assert [text[a:b] for a, b in split_clauses(text, 0, len(text), lang)] == parts


# Without a figure before it, "cukup untuk" is no fact of its own.
def test_sufficiency_without_a_figure_stays_whole():
    text = "Ruangannya luas, cukup untuk rapat kecil"
    assert [text[a:b] for a, b in split_clauses(text, 0, len(text), "id")] == [text]


# "X said A and that B": two reported clauses; "that" belongs to neither.
@pytest.mark.parametrize("text, lang, parts", [
    ("the mill had been fined twice and that it could lose its licence in May", "en",
     ["the mill had been fined twice", "it could lose its licence in May"]),
    ("pabrik itu sudah ditegur dua kali dan bahwa izinnya bisa dicabut bulan depan", "id",
     ["pabrik itu sudah ditegur dua kali", "izinnya bisa dicabut bulan depan"]),
])
def test_and_that_opens_a_second_reported_clause(text, lang, parts):
    assert clauses(text, lang) == parts


# A figure restated in other terms (", or 52 percent") closes its clause; the break after it holds.
@pytest.mark.parametrize("text, lang, parts", [
    ("The mayor won 8,210 votes, or 52 percent, while her rival took 7,580 votes", "en",
     ["The mayor won 8,210 votes, or 52 percent", "her rival took 7,580 votes"]),
    ("Pasangan A meraih 12.400 suara, atau 55 persen, sedangkan pasangan B meraih 10.100 suara", "id",
     ["Pasangan A meraih 12.400 suara, atau 55 persen", "pasangan B meraih 10.100 suara"]),
])
def test_a_restated_figure_does_not_hide_the_verb_of_its_clause(text, lang, parts):
    assert clauses(text, lang) == parts


# After "sedangkan"/"whereas" a figure may be the whole predicate (rule 3: "yang tidak sah 363.764
# suara"); the clause splits even without a verb on the right.
@pytest.mark.parametrize("text, lang, parts", [
    ("Curah hujan tertinggi tercatat di Bogor sebesar 120 mm, sedangkan yang terendah di Depok 40 mm", "id",
     ["Curah hujan tertinggi tercatat di Bogor sebesar 120 mm", "yang terendah di Depok 40 mm"]),
    ("Turnout reached 61 percent in the north, whereas 48 percent in the south", "en",
     ["Turnout reached 61 percent in the north", "48 percent in the south"]),
])
def test_a_figure_after_a_contrast_is_its_own_clause(text, lang, parts):
    assert clauses(text, lang) == parts


# "… and <named subject> <verb> …": a new named subject with a verb of its own opens a clause;
# a name inside the first clause's object does not.
@pytest.mark.parametrize("text, parts", [
    ("Ana Ruiz scored in the 12th minute and substitute Tom Hale doubled the lead in the 80th",
     ["Ana Ruiz scored in the 12th minute", "substitute Tom Hale doubled the lead in the 80th"]),
    ("The match between Leeds and Hull ended 2-2", ["The match between Leeds and Hull ended 2-2"]),
])
def test_a_new_named_subject_after_and(text, parts):
    assert clauses(text, "en") == parts


# ", marking the first …" / ", making it the largest …": the rank is a fact of its own; the
# participle belongs to neither claim.
@pytest.mark.parametrize("text, parts", [
    ("The ferry carried 900 cars in May, marking the highest total for a single month",
     ["The ferry carried 900 cars in May", "the highest total for a single month"]),
    ("with the club signing 4 players in a week, making it the biggest spree in its history",
     ["with the club signing 4 players in a week", "the biggest spree in its history"]),
    ("The town held a parade in May, marking its anniversary", ["The town held a parade in May, marking its anniversary"]),
])
def test_a_rank_after_marking_is_its_own_clause(text, parts):
    assert clauses(text, "en") == parts


# ", setelah sebelumnya X telah …" tells a prior event of its own, even when the main clause ends
# in its place and date.
def test_a_prior_event_after_setelah_sebelumnya():
    text = ("Hasil akhir dibacakan Ketua KPU Kota di Balai Kota, Senin (2/12), setelah sebelumnya "
            "panitia di lima kecamatan telah menyelesaikan penghitungan")
    assert clauses(text, "id") == ["Hasil akhir dibacakan Ketua KPU Kota di Balai Kota, Senin (2/12)",
                                   "panitia di lima kecamatan telah menyelesaikan penghitungan"]


def _parts(text, lang="id"):
    return [text[a:b] for a, b in split_clauses(text, 0, len(text), lang)]


# Indonesian states a first count without a verb; a second count with its own verb after the
# comma is a second fact (rule 3). A part opened by a preposition belongs to the clause after it.
@pytest.mark.parametrize("text, expected", [
    ("Pasien yang kami rawat 52 orang, 40 sudah pulang",
     ["Pasien yang kami rawat 52 orang", "40 sudah pulang"]),
    ("Total kendaraan yang kami periksa 310 unit, 12 pengemudi ditilang",
     ["Total kendaraan yang kami periksa 310 unit", "12 pengemudi ditilang"]),
    ("Dari 126 pasien itu, 19 sudah pulang", ["Dari 126 pasien itu, 19 sudah pulang"]),
    ("Sampai Kamis (9/10) pukul 16.00, 85 keluarga mengungsi", ["Sampai Kamis (9/10) pukul 16.00, 85 keluarga mengungsi"]),
    ("Harga cabai 60 ribu, kata pedagang", ["Harga cabai 60 ribu, kata pedagang"]),
])
def test_a_count_with_its_own_verb_after_a_verbless_count(text, expected):
    assert _parts(text) == expected


# A ratio to another figure set after the first one is a fact of its own, with or without a
# qualifier before "twice".
@pytest.mark.parametrize("text, lang, expected", [
    ("Rain totalled 300 mm over two days, nearly twice the monthly average", "en",
     ["Rain totalled 300 mm over two days", "nearly twice the monthly average"]),
    ("Sales reached 40 units, twice the usual number", "en", ["Sales reached 40 units", "twice the usual number"]),
])
def test_a_ratio_after_a_figure_is_split(text, lang, expected):
    assert _parts(text, lang) == expected


# A rank between commas after a name describes the name (an embedded fact), it is no clause;
# a superlative after a figure still is one.
@pytest.mark.parametrize("text, lang, expected", [
    ("Sari mengalahkan Lena Park, unggulan pertama kejuaraan itu, lewat skor 21-12, 19-21, 21-18", "id",
     ["Sari mengalahkan Lena Park, unggulan pertama kejuaraan itu, lewat skor 21-12, 19-21, 21-18"]),
    ("Inflasi mencapai 5,9 persen pada September, tertinggi sejak 2015", "id",
     ["Inflasi mencapai 5,9 persen pada September", "tertinggi sejak 2015"]),
    ("Rupiah melemah ke level Rp16.100 per dolar AS, terlemah sejak April 2020", "id",
     ["Rupiah melemah ke level Rp16.100 per dolar AS", "terlemah sejak April 2020"]),
    ("The peso fell 0.4 percent to 58.2 per dollar, its weakest since March", "en",
     ["The peso fell 0.4 percent to 58.2 per dollar", "its weakest since March"]),
])
def test_a_rank_after_a_name_is_no_clause(text, lang, expected):
    assert _parts(text, lang) == expected


# Nouns of the per-…-an confix are no verbs; per-…-kan verbs still are.
@pytest.mark.parametrize("word, verb", [
    ("pertanian", False), ("perdagangan", False), ("perikanan", False), ("perumahan", False),
    ("pertahankan", True), ("menilai", True),
])
def test_per_an_nouns_are_no_verbs(word, verb):
    from claims.clauses import is_id_verb
    assert is_id_verb(word) is verb


# Common verbs without an affix are verbs ("ekspor tumbuh 3 persen", "peserta yang lolos"); words
# that also stand in noun compounds are not taken: "mulai" ("dilarang mulai Kamis": from Thursday
# on), "gagal" ("gagal panen"), "hadir" ("daftar hadir"), "sembuh" ("angka sembuh").
@pytest.mark.parametrize("word, verb", [
    ("tumbuh", True), ("anjlok", True), ("susut", True), ("lolos", True), ("runtuh", True), ("tembus", True),
    ("mulai", False), ("gagal", False), ("hadir", False), ("sembuh", False),
])
def test_common_unaffixed_verbs(word, verb):
    assert is_id_verb(word) is verb


def test_a_speaker_whose_role_holds_a_per_an_noun_is_read_as_a_frame():
    from claims.frames import verb_frame
    text = "Pengamat perikanan dari Universitas Pattimura, Rina Sari, mengatakan tangkapan turun 30 persen."
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == ("Rina Sari", "tangkapan turun 30 persen.")


# A number closing a name before "dan" and a capitalised word after it list names, no clauses.
@pytest.mark.parametrize("text, expected", [
    ("Polisi menutup gerbang tol KM 12 dan KM 19 Tol Cipali untuk mengurai antrean",
     ["Polisi menutup gerbang tol KM 12 dan KM 19 Tol Cipali untuk mengurai antrean"]),
    ("Hakim menjatuhkan vonis berdasarkan Pasal 2 dan Pasal 3 Undang-Undang Tipikor yang mengatur korupsi",
     ["Hakim menjatuhkan vonis berdasarkan Pasal 2 dan Pasal 3 Undang-Undang Tipikor yang mengatur korupsi"]),
])
def test_a_number_closing_a_name_before_dan_lists_names(text, expected):
    assert _parts(text) == expected


# An appeal is no claim (rule 2): a predicate that appeals to others, with its subject left
# unspoken, is cut off the act before it so the act stands as a claim of its own.
@pytest.mark.parametrize("text, lang, expected", [
    ("Petugas menyita 40 botol miras di Sleman dan mengimbau warga melapor", "id",
     ["Petugas menyita 40 botol miras di Sleman", "mengimbau warga melapor"]),
    ("Dinas Kesehatan mencatat 12 kasus baru dan mengajak masyarakat menguras bak", "id",
     ["Dinas Kesehatan mencatat 12 kasus baru", "mengajak masyarakat menguras bak"]),
    ("Bupati meresmikan jembatan itu pada Kamis dan meminta pengendara berhati-hati", "id",
     ["Bupati meresmikan jembatan itu pada Kamis", "meminta pengendara berhati-hati"]),
    ("Firefighters rescued six people from the flat and urged residents to check their alarms", "en",
     ["Firefighters rescued six people from the flat", "urged residents to check their alarms"]),
    ("The council closed two bridges on Friday and asked drivers to use the ring road", "en",
     ["The council closed two bridges on Friday", "asked drivers to use the ring road"]),
])
def test_an_appeal_after_an_act_is_cut_off(text, lang, expected):
    assert clauses(text, lang) == expected


# Asking for something, or asking someone who is not the public, is an act of its own.
@pytest.mark.parametrize("text, lang", [
    ("Tersangka mengakui perbuatannya dan meminta maaf kepada korban", "id"),
    ("The driver was arrested on Sunday and asked for a lawyer", "en"),
])
def test_asking_for_something_is_not_an_appeal(text, lang):
    assert clauses(text, lang) == [text]


# The prior event after "setelah sebelumnya" is a fact of its own also without a comma before it.
@pytest.mark.parametrize("text, expected", [
    ("Medali ini menjadi yang ketiga bagi Sinta tahun ini setelah sebelumnya menang di Jakarta Open",
     ["Medali ini menjadi yang ketiga bagi Sinta tahun ini", "menang di Jakarta Open"]),
    ("Pabrik itu ditutup pada Juni sesudah sebelumnya memecat 200 pekerja",
     ["Pabrik itu ditutup pada Juni", "memecat 200 pekerja"]),
])
def test_a_prior_event_without_a_comma(text, expected):
    assert clauses(text, "id") == expected


# "serta" joins an appeal as "dan" does (rule 2).
@pytest.mark.parametrize("text, lang, expected", [
    ("Dinas Sosial mendata 75 keluarga terdampak serta meminta warga melapor ke posko", "id",
     ["Dinas Sosial mendata 75 keluarga terdampak", "meminta warga melapor ke posko"]),
    ("Petugas menyegel dua gudang di Cikarang serta mengimbau pedagang tidak menimbun beras", "id",
     ["Petugas menyegel dua gudang di Cikarang", "mengimbau pedagang tidak menimbun beras"]),
])
def test_an_appeal_after_serta_is_cut_off(text, lang, expected):
    assert clauses(text, lang) == expected


# "serta" that lists things, not an appeal, leaves the clause whole.
def test_serta_listing_things_stays_one_clause():
    text = "Banjir merendam 120 rumah serta dua sekolah di Kecamatan Baleendah"
    assert clauses(text, "id") == [text]


# After ", as" a pronoun with a verb that goes on to its object opens a clause of its own;
# "as we expected", "as it did in 2022" do not.
@pytest.mark.parametrize("text, expected", [
    ("The bakery is laying off 14 staff, as it shuts its Leeds branch",
     ["The bakery is laying off 14 staff", "it shuts its Leeds branch"]),
    ("Fares rose 6 percent, as they launched a night service",
     ["Fares rose 6 percent", "they launched a night service"]),
    ("Sales rose 4 percent, as we expected", ["Sales rose 4 percent, as we expected"]),
    ("The club won 2-0, as it did in 2022", ["The club won 2-0, as it did in 2022"]),
])
def test_a_pronoun_that_acts_after_as_opens_a_clause(text, expected):
    assert clauses(text, "en") == expected


# A change stated after the figure (", down 4 percent on the year") is a verbless aside of the
# clause before it; a rank after both is still a claim of its own.
@pytest.mark.parametrize("text, expected", [
    ("Exports reached 9,100 tonnes in May, down 4 percent on the year, their lowest level since 2019",
     ["Exports reached 9,100 tonnes in May, down 4 percent on the year", "their lowest level since 2019"]),
    ("The lira ended at 31.2 per dollar, up nearly 2% on the day, its best day since March",
     ["The lira ended at 31.2 per dollar, up nearly 2% on the day", "its best day since March"]),
])
def test_a_change_after_the_figure_does_not_hide_the_verb(text, expected):
    assert clauses(text, "en") == expected


# "… and the highest … since …" right after a figure ranks it: a claim of its own; "the lowest
# and the highest readings" only lists two ranks.
@pytest.mark.parametrize("text, expected", [
    ("For the final, ticket sales reached 48,000, up 20 percent on last season and the highest figure since 2011",
     ["For the final, ticket sales reached 48,000, up 20 percent on last season", "the highest figure since 2011"]),
    ("The station logged the lowest and the highest readings of the week",
     ["The station logged the lowest and the highest readings of the week"]),
])
def test_a_rank_after_and_right_after_a_figure_is_its_own_clause(text, expected):
    assert clauses(text, "en") == expected


# A figure restated with "roughly"/"almost" is an aside that does not hide the verb before it.
def test_a_roughly_restated_figure_is_an_aside():
    text = "Of the 8,000 calls, the north ward logged 40 percent, or roughly 3,200, followed by the port ward with 1,200"
    assert clauses(text, "en") == ["Of the 8,000 calls, the north ward logged 40 percent, or roughly 3,200",
                                   "followed by the port ward with 1,200"]


# A second predicate opened by a finite auxiliary other than the first one's is told in a
# tense of its own; the same auxiliary again continues the first predicate.
@pytest.mark.parametrize("text, expected", [
    ("Police have questioned 14 witnesses and are searching for 3 others",
     ["Police have questioned 14 witnesses", "are searching for 3 others"]),
    ("The hall was opened in 1978 and was rebuilt in 2011",
     ["The hall was opened in 1978 and was rebuilt in 2011"]),
])
def test_a_predicate_with_its_own_auxiliary_is_a_second_claim(text, expected):
    assert clauses(text, "en") == expected


# An "after" clause set off by a comma, with a subject and a finite verb, is a second fact;
# a participle or a bare noun phrase after "after" is no clause.
@pytest.mark.parametrize("text, expected", [
    ("Talks resumed on Friday, after the union accepted a 4 percent offer",
     ["Talks resumed on Friday", "the union accepted a 4 percent offer"]),
    ("The storm made landfall on Monday, after making a loop over the sea",
     ["The storm made landfall on Monday, after making a loop over the sea"]),
    ("The mayor resigned, after the failed vote in May", ["The mayor resigned, after the failed vote in May"]),
])
def test_an_after_clause_set_off_by_a_comma(text, expected):
    assert clauses(text, "en") == expected


# A modal or "remains" after a first clause with a figure opens a predicate in a tense of its own.
@pytest.mark.parametrize("text, expected", [
    ("The museum has raised 80% of the funds and remains open during the works",
     ["The museum has raised 80% of the funds", "remains open during the works"]),
    ("Crews have laid 12km of cable and could finish the job in June",
     ["Crews have laid 12km of cable", "could finish the job in June"]),
    ("The shop sold 40 bikes and would sell more", ["The shop sold 40 bikes and would sell more"]),
    # an irregular past tells its own time as an "-ed" one does
    ("Crews laid 12 km of pipe last month and could finish the job in June",
     ["Crews laid 12 km of pipe last month", "could finish the job in June"]),
])
def test_a_modal_or_remains_after_a_figure_opens_its_own_predicate(text, expected):
    assert clauses(text, "en") == expected


# A plural noun after "and" is no present verb: without a determiner or figure opening an
# object after it, the list stays one claim.
def test_a_plural_noun_after_and_is_no_parallel_predicate():
    text = "The fund holds 45 stocks and bonds worth $3 billion"
    assert clauses(text, "en") == [text]


# A linking verb with a rank or a figure after a first predicate of its own states a second
# fact about the unspoken subject (rule 3).
@pytest.mark.parametrize("text, lang, expected", [
    ("Lee finished fifth and was the fastest local runner", "en",
     ["Lee finished fifth", "was the fastest local runner"]),
    ("She won the seat in 2022 and became the first woman to lead the council", "en",
     ["She won the seat in 2022", "became the first woman to lead the council"]),
    ("The depot opened in May and has been the busiest in the state since June", "en",
     ["The depot opened in May", "has been the busiest in the state since June"]),
    ("Pabrik itu dibangun pada 1990 dan menjadi pabrik gula terbesar di Jawa", "id",
     ["Pabrik itu dibangun pada 1990", "menjadi pabrik gula terbesar di Jawa"]),
    ("Tim itu menang 3-1 dan menjadi tim pertama yang lolos ke final", "id",
     ["Tim itu menang 3-1", "menjadi tim pertama yang lolos ke final"]),
])
def test_a_link_with_a_rank_after_a_predicate_is_a_second_fact(text, lang, expected):
    assert clauses(text, lang) == expected


# Without a rank or a figure the link goes on with the same fact; a link the first clause
# already holds shares its predicate.
@pytest.mark.parametrize("text, lang", [
    ("The mill closed in 2019 and is now a museum", "en"),
    ("The driver was injured and was taken to the fastest ambulance", "en"),
    ("Harga beras naik dan menjadi perhatian warga", "id"),
])
def test_a_link_without_a_rank_or_sharing_the_first_link_stays(text, lang):
    assert clauses(text, lang) == [text]


# A participle that changes, costs or holds up something else, with a figure of its own, is a
# second fact (rule 3), even after an aside closing the act.
@pytest.mark.parametrize("text, expected", [
    ("The council approved the budget on Monday, after two days of debate, lifting fares by 5 percent",
     ["The council approved the budget on Monday, after two days of debate", "lifting fares by 5 percent"]),
    ("Trains were halted for six hours on Sunday, stranding about 2,000 commuters at the terminal",
     ["Trains were halted for six hours on Sunday", "stranding about 2,000 commuters at the terminal"]),
    ("Mori won the 400 metres in 44.10 seconds, bettering her own mark by 0.2 seconds",
     ["Mori won the 400 metres in 44.10 seconds", "bettering her own mark by 0.2 seconds"]),
    ("The strike closed the plant for 9 days, costing the firm $4 million in lost output",
     ["The strike closed the plant for 9 days", "costing the firm $4 million in lost output"]),
    ("Two more climbers were found on Sunday, bringing the number of dead to 14",
     ["Two more climbers were found on Sunday", "bringing the number of dead to 14"]),
    # ("an estimated" qualifies the amount: no one reports it)
    ("The strike entered its third day, costing the port an estimated $3 million",
     ["The strike entered its third day", "costing the port an estimated $3 million"]),
])
def test_a_consequence_participle_with_its_own_figure_is_a_second_fact(text, expected):
    assert clauses(text, "en") == expected


# A toll of the same event, a disaster's evacuation, a result without a figure and one a
# reporting verb frames stay with the act.
@pytest.mark.parametrize("text", [
    "A landslide buried the hamlet on Thursday, killing at least 7 people and injuring 26 others",
    "A fire tore through the hills on Sunday, forcing the evacuation of six villages",
    "Rain fell across the region on Monday, raising fears of floods",
    "The strike entered its third day, costing the port $3 million, the chamber estimated",
])
def test_a_toll_or_a_consequence_without_its_own_figure_stays(text):
    assert clauses(text, "en") == [text]


# "secara cepat dan tepat": "dan" pairs two adverbs; a new subject after it opens a clause.
@pytest.mark.parametrize("text, expected", [
    ("Petugas menyalurkan secara cepat dan tepat bantuan Rp 2 miliar kepada warga",
     ["Petugas menyalurkan secara cepat dan tepat bantuan Rp 2 miliar kepada warga"]),
    ("Dinas itu memperbaiki secara bertahap dan terukur 12 jembatan desa",
     ["Dinas itu memperbaiki secara bertahap dan terukur 12 jembatan desa"]),
    ("Harga naik 0,3 persen secara bulanan dan cabai menjadi penyumbang terbesar dengan andil 0,1 persen",
     ["Harga naik 0,3 persen secara bulanan", "cabai menjadi penyumbang terbesar dengan andil 0,1 persen"]),
])
def test_secara_pairs_two_adverbs_unless_a_subject_follows(text, expected):
    assert clauses(text, "id") == expected


# ", while" with a figure of its own opens a second fact even when its verb is not listed; a
# "while" that tells when stays.
@pytest.mark.parametrize("text, expected", [
    ("The city will spend $48 million on buses, while the police budget rises by $22 million",
     ["The city will spend $48 million on buses", "the police budget rises by $22 million"]),
    ("Ticket sales reached 9,000 on Friday, while the second show draws about 4,000 fans",
     ["Ticket sales reached 9,000 on Friday", "the second show draws about 4,000 fans"]),
    ("The guard was hurt on Monday, while waiting for 3 hours at the gate",
     ["The guard was hurt on Monday, while waiting for 3 hours at the gate"]),
])
def test_while_with_a_figure_of_its_own_opens_a_second_fact(text, expected):
    assert clauses(text, "en") == expected


# A change set after a figure in apposition ("…, a 17 per cent increase on last year",
# "…, kenaikan 12 persen dibanding tahun lalu") is a fact of its own (rule 3).
@pytest.mark.parametrize("text, lang, expected", [
    ("The port handled 2.1 million containers in 2025, a 9 per cent increase on the year before", "en",
     ["The port handled 2.1 million containers in 2025", "a 9 per cent increase on the year before"]),
    ("Exports hit $4 billion in May, a 3% drop from April", "en",
     ["Exports hit $4 billion in May", "a 3% drop from April"]),
    ("Bandara itu melayani 40.000 penumpang pada Mei, kenaikan 12 persen dibanding tahun lalu", "id",
     ["Bandara itu melayani 40.000 penumpang pada Mei", "kenaikan 12 persen dibanding tahun lalu"]),
    # a figure after "dan" belongs to a further fact, not to the comparison's base
    ("Impor mencapai 8 miliar dolar AS, kenaikan 9 persen dibanding tahun lalu dan tertinggi dalam 6 tahun", "id",
     ["Impor mencapai 8 miliar dolar AS", "kenaikan 9 persen dibanding tahun lalu dan tertinggi dalam 6 tahun"]),
])
def test_a_change_in_apposition_after_a_figure_is_a_fact_of_its_own(text, lang, expected):
    assert clauses(text, lang) == expected


def test_a_change_inside_the_clause_stays():
    text = "The board approved a 9 per cent increase in fares on Monday"
    assert clauses(text, "en") == [text]


# ", with X going to Y" states a fact of its own; a thousands comma inside X is no aside.
@pytest.mark.parametrize("text, expected", [
    ("The prize fund was $1.2 million, with $100,000 each going to the two winners",
     ["The prize fund was $1.2 million", "$100,000 each going to the two winners"]),
    ("The fund was worth $800,000, with 25,000 families doing without help",
     ["The fund was worth $800,000", "25,000 families doing without help"]),
])
def test_with_a_short_ing_verb_and_a_thousands_comma_is_a_second_fact(text, expected):
    assert clauses(text, "en") == expected


# A streak set after a figure ("…, the third straight year above 5 per cent") ranks it as a
# superlative does: a fact of its own; a streak describing a name inside the clause stays.
@pytest.mark.parametrize("text, expected", [
    ("Prices rose 0.4 percent in May, their fifth consecutive monthly rise",
     ["Prices rose 0.4 percent in May", "their fifth consecutive monthly rise"]),
    ("Taxes will climb 6.1 per cent next year, the 3rd straight year above five per cent",
     ["Taxes will climb 6.1 per cent next year", "the 3rd straight year above five per cent"]),
    ("The team, the second straight champion from the north, won 3-1",
     ["The team, the second straight champion from the north, won 3-1"]),
])
def test_a_streak_after_a_figure_is_a_fact_of_its_own(text, expected):
    assert clauses(text, "en") == expected


# A benchmark with a figure of its own, set after the figure measured against it, is a second
# fact: the degree word stays with it, "but" belongs to neither; without a figure, or without a
# figure before the comma, the sentence stays whole.
@pytest.mark.parametrize("text, lang, expected", [
    ("Tingkat kelulusan di sekolah itu baru 72 persen, masih di bawah target provinsi 85 persen", "id",
     ["Tingkat kelulusan di sekolah itu baru 72 persen", "masih di bawah target provinsi 85 persen"]),
    ("Debit sungai pada Agustus hanya 3 meter kubik per detik, jauh di bawah rata-rata 11 meter kubik", "id",
     ["Debit sungai pada Agustus hanya 3 meter kubik per detik", "jauh di bawah rata-rata 11 meter kubik"]),
    ("Truk itu melaju 110 km per jam, di atas batas 80 km per jam di jalan tol", "id",
     ["Truk itu melaju 110 km per jam", "di atas batas 80 km per jam di jalan tol"]),
    ("Exports grew 3.2% in the quarter, but above the 2.9% consensus forecast of analysts", "en",
     ["Exports grew 3.2% in the quarter", "above the 2.9% consensus forecast of analysts"]),
    ("Exports grew 3.25% in the quarter, but above the 2.95% consensus forecast of analysts", "en",
     ["Exports grew 3.25% in the quarter", "above the 2.95% consensus forecast of analysts"]),
    ("Turnout fell to 54 percent this year, far below the 70 percent the board wanted", "en",
     ["Turnout fell to 54 percent this year", "far below the 70 percent the board wanted"]),
    ("Harga cabai di pasar itu anjlok pada Agustus, jauh di bawah biaya produksi petani", "id",
     ["Harga cabai di pasar itu anjlok pada Agustus, jauh di bawah biaya produksi petani"]),
    ("The plane flew on through the storm, above 30,000 feet for most of the way", "en",
     ["The plane flew on through the storm, above 30,000 feet for most of the way"]),
    ("Inflation rose to 3.1 percent in May, above the 2.8 percent of a year earlier", "en",
     ["Inflation rose to 3.1 percent in May, above the 2.8 percent of a year earlier"]),
    ("Penjualan mobil mencapai 61.000 unit, di bawah 70.000 unit pada bulan sebelumnya", "id",
     ["Penjualan mobil mencapai 61.000 unit, di bawah 70.000 unit pada bulan sebelumnya"]),
    # a base dated by its month, a thousands comma inside the base, a place "below" or "on board"
    ("Inflation was 5.2% in June, above the 4.8% recorded in May", "en",
     ["Inflation was 5.2% in June, above the 4.8% recorded in May"]),
    ("Exports reached 14,500 tonnes, above the 12,000 tonnes shipped a year before", "en",
     ["Exports reached 14,500 tonnes, above the 12,000 tonnes shipped a year before"]),
    ("Gempa terjadi pukul 10.15 WIB, di bawah laut pada kedalaman 10 km", "id",
     ["Gempa terjadi pukul 10.15 WIB, di bawah laut pada kedalaman 10 km"]),
    ("Sebanyak 12 penumpang tewas, di atas kapal KM Bahari 4 yang tenggelam", "id",
     ["Sebanyak 12 penumpang tewas, di atas kapal KM Bahari 4 yang tenggelam"]),
    ("Gempa terjadi pada kedalaman 10 km, di bawah laut sekitar 25 km dari kota", "id",
     ["Gempa terjadi pada kedalaman 10 km, di bawah laut sekitar 25 km dari kota"]),
    # a benchmark named outright may carry its own year
    ("Growth slowed to 4.9%, below the government's 5.3% target for 2023", "en",
     ["Growth slowed to 4.9%", "below the government's 5.3% target for 2023"]),
])
def test_a_benchmark_with_its_own_figure_is_a_fact_of_its_own(text, lang, expected):
    assert clauses(text, lang) == expected


# The verb of a relative clause after "and X" is the clause's, not a new subject's: the list
# stays; after an aside that closes, the sentence's own verb still opens a clause.
@pytest.mark.parametrize("text, expected", [
    ("Police seized $9,000 in cash and 12 phones from the suspects, who were held on Friday",
     ["Police seized $9,000 in cash and 12 phones from the suspects, who were held on Friday"]),
    ("Police seized 40 guns and the suspects, who were armed, were taken to Leeds",
     ["Police seized 40 guns", "the suspects, who were armed, were taken to Leeds"]),
])
def test_a_relative_clause_verb_opens_no_new_clause(text, expected):
    assert clauses(text, "en") == expected


# ", with most going to …" without a figure of its own says how the first fact splits up: the
# sentence stays whole, nothing after the comma is lost.
def test_with_going_without_a_figure_stays_whole():
    text = "The company sold 4,000 cars, with most going to buyers in Java and Bali"
    assert clauses(text, "en") == [text]


# A link followed by a participle is a passive or a progressive verb, not a rank or a figure.
@pytest.mark.parametrize("text", [
    "A bus overturned on Monday and was carrying 40 passengers",
    "The driver lost control near Bogor and was killed along with 3 passengers",
    "The tournament began in 1990 and is held every 2 years",
])
def test_a_link_before_a_participle_is_no_second_state(text):
    assert clauses(text, "en") == [text]


# "beating X 3-1" names the opponent of the result; "breaking" only cuts before a record beaten by a margin.
@pytest.mark.parametrize("text, expected", [
    ("Persib won the final on Sunday, beating Madura United 3-1",
     ["Persib won the final on Sunday, beating Madura United 3-1"]),
    ("Mori won the 400 metres in 44.10 seconds, breaking the hearts of the home crowd",
     ["Mori won the 400 metres in 44.10 seconds, breaking the hearts of the home crowd"]),
    ("Mori won the 400 metres in 44.10 seconds, breaking the course record by 0.6 seconds",
     ["Mori won the 400 metres in 44.10 seconds", "breaking the course record by 0.6 seconds"]),
])
def test_beating_stays_and_breaking_cuts_only_before_a_record(text, expected):
    assert clauses(text, "en") == expected


# A change that names the figure it is measured against is a comparison tail: it stays inside.
@pytest.mark.parametrize("text, lang", [
    ("Inflation eased to 5.2 percent in September, a 0.4 percent decline compared with 6.84 percent in August", "en"),
    ("Inflasi tahunan tercatat 5,95 persen pada Agustus, kenaikan 1,01 persen dibandingkan dengan "
     "4,94 persen pada Juli", "id"),
])
def test_a_change_with_its_comparison_base_stays_inside(text, lang):
    assert clauses(text, lang) == [text]


# Words that only end like a superlative ("forest", "protest") rank nothing.
@pytest.mark.parametrize("text", [
    "The agency opened in 2004 and is the forest regulator for the province",
    "The union formed in 1998 and was the protest group behind the strike",
])
def test_a_word_ending_in_est_is_no_superlative(text):
    assert clauses(text, "en") == [text]


# A comparison base without a figure of its own leaves the change a fact of its own.
@pytest.mark.parametrize("text, lang, expected", [
    ("Sales reached 820 units in March, a 12 percent rise compared to the same month last year", "en",
     ["Sales reached 820 units in March", "a 12 percent rise compared to the same month last year"]),
])
def test_a_change_compared_with_a_base_without_a_figure_still_cuts(text, lang, expected):
    assert clauses(text, lang) == expected


def test_breaking_a_record_for_a_date_by_a_margin_in_words_cuts():
    text = "Tucson hit 44 degrees on Friday, breaking the town's record for the day by three degrees"
    assert clauses(text, "en") == ["Tucson hit 44 degrees on Friday",
                                   "breaking the town's record for the day by three degrees"]


# "and" between two capitalised words joins a name ("Union and Development Party") or a list
# of names; a day before "and" closes a clause instead.
@pytest.mark.parametrize("text, expected", [
    ("The military-backed Union Solidarity and Development Party took 33 seats",
     ["The military-backed Union Solidarity and Development Party took 33 seats"]),
    ("The state-run Bank of Trade and Industry lent 40 million dollars",
     ["The state-run Bank of Trade and Industry lent 40 million dollars"]),
])
def test_and_inside_a_name_joins_no_clauses(text, expected):
    assert _parts(text, "en") == expected


# ", setelah X …" with a subject of its own tells what another party did first: a second claim;
# ", setelah mengalahkan …" goes on about the same subject.
@pytest.mark.parametrize("text, expected", [
    ("Kenaikan ini merupakan yang pertama sejak Januari, setelah BI menahan suku bunga selama delapan bulan",
     ["Kenaikan ini merupakan yang pertama sejak Januari", "BI menahan suku bunga selama delapan bulan"]),
    ("Tim itu menjadi juara grup, setelah mengalahkan Persib 2-1",
     ["Tim itu menjadi juara grup, setelah mengalahkan Persib 2-1"]),
])
def test_a_comma_set_setelah_with_its_own_subject_is_a_second_claim(text, expected):
    assert _parts(text, "id") == expected


def test_a_compound_with_a_superlative_is_no_rank():
    text = "The board promoted Budi Santoso, its longest-serving engineer, to director in 2023"
    assert _parts(text, "en") == [text]


# ", dan" before the last item of a list: a verb inside a "yang" clause on that item is no
# predicate of a second clause; a verb after its relative clause still is.
@pytest.mark.parametrize("text, expected", [
    ("Petugas menemukan natrium sianida (NaCN), diklorometana (DCM), dan arsenik (As) di gudang yang disegel polisi",
     ["Petugas menemukan natrium sianida (NaCN), diklorometana (DCM), dan arsenik (As) di gudang yang disegel polisi"]),
    ("Petugas menemukan natrium sianida (NaCN), diklorometana (DCM), dan merkuri (Hg) di gudang yang disegel polisi",
     ["Petugas menemukan natrium sianida (NaCN), diklorometana (DCM), dan merkuri (Hg) di gudang yang disegel polisi"]),
    ("Banjir merendam 300 rumah, dan warga yang mengungsi mencapai 1.200 orang",
     ["Banjir merendam 300 rumah", "warga yang mengungsi mencapai 1.200 orang"]),
])
def test_a_verb_in_a_relative_clause_after_dan_opens_no_clause(text, expected):
    assert clauses(text, "id") == expected


# ", setelah X pada 1998 dan Y pada 2006", ", after X in 1998": those named before, each with
# its year, are facts of their own even without a verb; a bare time after "after" stays.
@pytest.mark.parametrize("text, lang, expected", [
    ("Final ini menjadi final ketiga bagi klub itu, setelah Persija pada 2001 dan Persib pada 2014", "id",
     ["Final ini menjadi final ketiga bagi klub itu", "Persija pada 2001 dan Persib pada 2014"]),
    ("She is the third woman to lead the court, after Ana Ruiz in 1998 and Bea Lim in 2006", "en",
     ["She is the third woman to lead the court", "Ana Ruiz in 1998 and Bea Lim in 2006"]),
    ("The bridge reopened in May, after repairs in 2021", "en", ["The bridge reopened in May, after repairs in 2021"]),
    # one name alone only says what the rank comes after
    ("The quake was the second deadliest in the province, after Cyclone Seroja in 2021", "en",
     ["The quake was the second deadliest in the province, after Cyclone Seroja in 2021"]),
])
def test_those_named_before_with_their_years_are_a_second_claim(text, lang, expected):
    assert clauses(text, lang) == expected


# A rank set off after a figure ("…, the highest level since 2019, as …") is a claim of its own
# before an "as" clause, as a clause with a verb would be.
def test_a_rank_before_an_as_clause_is_a_claim_of_its_own():
    text = ("The port raised its fee by 4 percent to $12 on Monday, the highest level since 2015, "
            "as the number of ships fell to its lowest in a decade")
    assert clauses(text, "en") == ["The port raised its fee by 4 percent to $12 on Monday",
                                   "the highest level since 2015", "the number of ships fell to its lowest in a decade"]


# "…, sedangkan X dalam keadaan Y": a contrast with a subject and a state said without a verb
# is a second clause (rule 3's "…, sedangkan …").
def test_a_verbless_state_after_sedangkan_is_a_second_clause():
    text = "Dua pendaki sudah dirawat di puskesmas, sedangkan pendaki lainnya dalam kondisi sehat"
    assert clauses(text, "id") == ["Dua pendaki sudah dirawat di puskesmas", "pendaki lainnya dalam kondisi sehat"]


def test_a_contrast_opened_by_menurut_is_no_verbless_state():
    text = "Korban tewas tercatat 12 orang, sedangkan menurut warga setempat jumlahnya jauh lebih banyak"
    assert clauses(text, "id") == [text]


# Places with a compass point: "Turki selatan dan Suriah utara" lists two places inside one
# clause, even when a verb follows the second.
def test_places_with_a_compass_point_joined_by_dan_stay_one_clause():
    text = "Gempa mengguncang Chile utara dan Peru selatan pada Senin dan menewaskan 12 orang"
    assert clauses(text, "id")[0].startswith("Gempa mengguncang Chile utara dan Peru selatan")


# ", before X did Y" with its own subject is a second fact, as ", after X did Y" is; "before
# moving …" goes on about the same subject.
@pytest.mark.parametrize("text, expected", [
    ("The visitors took the lead in the 80th minute, before a late penalty levelled the score",
     ["The visitors took the lead in the 80th minute", "a late penalty levelled the score"]),
    ("The council approved the plan, before moving to a vote on taxes",
     ["The council approved the plan, before moving to a vote on taxes"]),
])
def test_a_before_clause_with_its_own_subject_is_a_second_fact(text, expected):
    assert clauses(text, "en") == expected


# Indonesian states a count without a verb ("Korban luka 540 orang"); a contrast after it is a
# second fact, as after a clause with a verb.
def test_a_verbless_count_before_sedangkan_is_a_clause_of_its_own():
    text = "Korban luka ringan 85 orang, sedangkan pengungsi tercatat 3.400 jiwa di 12 titik"
    assert clauses(text, "id") == ["Korban luka ringan 85 orang", "pengungsi tercatat 3.400 jiwa di 12 titik"]


# A subject opened by "Jumlah" is still open until the count's change is told: "dan" inside it
# joins two causes, and the change after it is the predicate of the whole subject.
@pytest.mark.parametrize("text, parts", [
    ("Jumlah korban meninggal akibat banjir bandang dan longsor yang melanda Garut bertambah menjadi 31 orang",
     1),
    ("Jumlah korban banjir bertambah menjadi 20 orang dan tim SAR masih mencari lima warga", 2),
    ("Jumlah pemudik naik 12 persen dan jalur selatan dibuka sejak Senin", 2),
])
def test_and_inside_a_subject_opened_by_jumlah(text, parts):
    assert len(clauses(text, "id")) == parts


# A list closing the first clause ("an Indonesian, a Canadian and two civilians") holds no verb;
# the clause's verb stands before it, so a contrast after the list is a second clause.
def test_a_list_closing_the_clause_before_while():
    text = "The others were a farmer, a teacher and two students, while about 30 people were hurt"
    assert clauses(text, "en") == ["The others were a farmer, a teacher and two students",
                                   "about 30 people were hurt"]


# "… would climb to X in January and could stay above Y": a second modal opens a second
# prediction of its own.
def test_a_second_modal_after_a_first_one_opens_a_clause():
    text = "Prices would rise to $90 in May and could stay above $80 until the end of the year"
    assert clauses(text, "en") == ["Prices would rise to $90 in May", "could stay above $80 until the end of the year"]


# A "Jumlah" subject is closed by a predicate of its own ("belum dirilis"); it may follow an opener.
@pytest.mark.parametrize("text, parts", [
    ("Jumlah pemudik tahun ini belum dirilis dan volume kendaraan di tol Cikampek naik 15 persen", 2),
    ("Hingga Senin, jumlah korban meninggal akibat banjir dan longsor yang melanda Garut menjadi 25 orang", 1),
])
def test_a_jumlah_subject_closed_or_after_an_opener(text, parts):
    assert len(clauses(text, "id")) == parts


# "…, tak lama setelah X …", "…, shortly after X …": a lead word telling how long after keeps
# the clause after it a fact of its own, as a bare "setelah"/"after" does.
@pytest.mark.parametrize("text, lang, parts", [
    ("Gubernur meresmikan jembatan itu pada Senin sore, tak lama setelah DPRD menyetujui anggaran sebesar Rp 40 miliar", "id",
     ["Gubernur meresmikan jembatan itu pada Senin sore", "DPRD menyetujui anggaran sebesar Rp 40 miliar"]),
    ("The mayor opened the bridge on Monday, shortly after the council approved a budget of $4 million", "en",
     ["The mayor opened the bridge on Monday", "the council approved a budget of $4 million"]),
    # the subject of the "after" clause may be a long name with its model and load
    ("Divers found debris off the coast on Sunday, a day after a Nusa Air Boeing 737-500 carrying 40 people crashed",
     "en", ["Divers found debris off the coast on Sunday", "a Nusa Air Boeing 737-500 carrying 40 people crashed"]),
])
def test_a_lead_word_before_after_keeps_the_split(text, lang, parts):
    assert clauses(text, lang) == parts


def test_meski_opens_a_contrasting_clause():
    text = "Semua fraksi menyetujui anggaran itu, meski dua fraksi sempat meminta 14 pasal dikaji ulang"
    assert clauses(text, "id") == ["Semua fraksi menyetujui anggaran itu", "dua fraksi sempat meminta 14 pasal dikaji ulang"]


# Words that only look like me-/di- verbs: a pronoun, honorifics, nouns and adjectives.
@pytest.mark.parametrize("word", ["mereka", "mendiang", "merdeka", "mesin", "medis", "mewah", "menara", "digital",
                                  "diare", "diabetes", "distrik", "dividen"])
def test_words_that_only_look_like_verbs(word):
    from claims.clauses import is_id_verb
    assert not is_id_verb(word)


def test_an_appositive_on_the_subject_opened_by_mendiang():
    from claims.embed import embedded_facts
    text = "Budi Santoso Jr, putra mendiang gubernur Budi Santoso, unggul dalam pemilihan pada Senin."
    assert [text[a:b] for a, b, _ in embedded_facts(text, 0, len(text) - 1)] == ["Budi Santoso Jr, putra mendiang gubernur Budi Santoso"]


def test_meski_begitu_is_a_connective_not_a_clause_break():
    text = "Warga menerima proyek itu, meski begitu, 30 warga masih menolak"
    assert all(not part.startswith("begitu") for part in clauses(text, "id"))


@pytest.mark.parametrize("text, s, e", [
    ("Petugas mengevakuasi warga ke balai desa", 0, 40),
    ("PetugasMengevakuasi warga", 0, 26),            # a verb inside a run with capitals is no word
    ("Tim SAR menemukan dua korban", 4, 28),
    ("menemukan", 2, 9),                             # a span opening inside a word reads its rest
    ("Dimas diperiksa polisi", 0, 22),
    ("Dimas Diperiksa Polisi", 0, 22),
    ("harga naikTurun di pasar", 0, 24),
    ("Jalan ditutup sejak Senin", 0, 8),             # the span ends inside a word
    ("", 0, 0),
])
def test_the_indonesian_verb_test_reads_the_lower_case_words_of_the_span(text, s, e):
    # The straightforward rule: some run of letters in the span is an Indonesian verb.
    expected = any(is_id_verb(word) for word in re.findall(r"[A-Za-z]+", text[s:e]))
    assert has_verb(text, s, e, "id") is expected


@pytest.mark.parametrize("text", [
    "Exports rose 4%, the highest since 2019", "Sales fell and the lowest in years followed",
    "Prices rose 8 percent, twice the rate", "Stok 3.200 ton, cukup untuk tiga bulan",
    "Harga naik 5 PERSEN, tertinggi kedua", "a ten-fold rise", "the rate, per  cent", "no cue here",
    "Output fell,  its lowest level on record", "Rina, juara pertama", "tax,first",
])
def test_the_skip_ahead_forms_of_the_rank_and_change_patterns_match_as_the_plain_ones(text):
    # The plain forms: a rank opens after "\s+and" or ","; a change cue is found case-blind.
    rank = re.compile(r"(?:\s+and|,)\s+" + clauses_module._RANK_SINCE + r"|,\s+" + clauses_module._RANK_OR_RATIO)
    assert [m.span() for m in clauses_module._SUPERLATIVE.finditer(text)] == [m.span() for m in rank.finditer(text)]
    cue = re.compile(r"%|per\s*cent\b|percent\b|persen\b|-fold\b", re.I)
    assert (clauses_module._CHANGE_CUE.search(text) is None) == (cue.search(text) is None)


# After "and", a count or a bare noun of one or two words with a verb of its own opens a
# second clause; a verb or an adverb right after "and" continues the first clause's subject.
@pytest.mark.parametrize("text, expected", [
    ("Five miners were trapped and 40 escaped through a side shaft",
     ["Five miners were trapped", "40 escaped through a side shaft"]),
    ("The dam collapsed at dawn and villagers fled to the hills",
     ["The dam collapsed at dawn", "villagers fled to the hills"]),
    ("Guards locked the gates and riot police fired rubber bullets",
     ["Guards locked the gates", "riot police fired rubber bullets"]),
    ("The blast killed two and injured 15 others in the market",
     ["The blast killed two and injured 15 others in the market"]),
    ("The driver hit a wall and then fled on foot",
     ["The driver hit a wall and then fled on foot"]),
    ("Two boys, aged 9 and 11, were rescued from the river",
     ["Two boys, aged 9 and 11, were rescued from the river"]),
    ("The storm destroyed 12 homes and nearly 40 people died in the floods",
     ["The storm destroyed 12 homes", "nearly 40 people died in the floods"]),
    # a count with its noun and a verb closing the clause, or "remain"
    ("The typhoon killed nine people and 300 houses collapsed",
     ["The typhoon killed nine people", "300 houses collapsed"]),
    ("At least 80 people were hurt and at least 14 remain missing",
     ["At least 80 people were hurt", "at least 14 remain missing"]),
    # ... not a count whose verb is left out
    ("Some 90 homes were damaged and 12 destroyed",
     ["Some 90 homes were damaged and 12 destroyed"]),
    # a count or a noun after the first clause's object, with a participle, continues the object
    ("Rescuers found 12 survivors and 30 bodies buried under the rubble",
     ["Rescuers found 12 survivors and 30 bodies buried under the rubble"]),
    ("The quake damaged bridges and roads built by the colonial government",
     ["The quake damaged bridges and roads built by the colonial government"]),
    ("Exports tripled between 2019 and 2023 helped by a ban on raw ore",
     ["Exports tripled between 2019 and 2023 helped by a ban on raw ore"]),
])
def test_a_bare_subject_with_its_own_verb_after_and_opens_a_clause(text, expected):
    assert clauses(text, "en") == expected


# After a count stated without a verb, a contrast with a clause of its own, or "dan yang" with a
# verb and a figure of its own, is a second fact (rule 3).
@pytest.mark.parametrize("text, expected", [
    ("Daya tampung gedung itu hanya 500 kursi, tetapi panitia menjual 900 tiket",
     ["Daya tampung gedung itu hanya 500 kursi", "panitia menjual 900 tiket"]),
    ("Korban luka ringan 41 orang, dan yang mengungsi hingga kini 3.000 jiwa",
     ["Korban luka ringan 41 orang", "yang mengungsi hingga kini 3.000 jiwa"]),
    ("Pendaki yang selamat 49 orang, dan yang perlu dicari 12 orang",
     ["Pendaki yang selamat 49 orang", "yang perlu dicari 12 orang"]),
    ("Korban luka ringan 41 orang, dan yang dirawat inap sudah pulang",
     ["Korban luka ringan 41 orang, dan yang dirawat inap sudah pulang"]),
])
def test_a_second_fact_after_a_count_stated_without_a_verb(text, expected):
    assert clauses(text, "id") == expected


# Items that each open with an amount and share their shape close their list with ", dan": a word
# such as "rusak" inside the last item is no verb of a new clause.
@pytest.mark.parametrize("text, expected", [
    ("Pemerintah memberi Rp 60 juta untuk rumah rusak berat, Rp 30 juta untuk rusak sedang, "
     "dan Rp 15 juta untuk rusak ringan",
     ["Pemerintah memberi Rp 60 juta untuk rumah rusak berat, Rp 30 juta untuk rusak sedang, "
      "dan Rp 15 juta untuk rusak ringan"]),
    ("Tarif naik Rp 2.000 sejak Senin, dan Rp 500 dari tarif itu masuk kas daerah",
     ["Tarif naik Rp 2.000 sejak Senin", "Rp 500 dari tarif itu masuk kas daerah"]),
])
def test_the_last_item_of_a_list_of_amounts_is_no_clause(text, expected):
    assert clauses(text, "id") == expected


# The sets of a match listed after its verb ("21-18, 21-14") are one stretch of the clause: the
# clause after ", and" is a second fact when the first kept its verb; a range in a list is no
# set score.
@pytest.mark.parametrize("text, lang, expected", [
    ("Ana Ruiz defeated Lina Park 21-18, 21-14 in the opening singles, and Tom Hale and Ben Cole then "
     "defeated the Danish pair 21-12, 21-19 in the doubles", "en",
     ["Ana Ruiz defeated Lina Park 21-18, 21-14 in the opening singles",
      "Tom Hale and Ben Cole then defeated the Danish pair 21-12, 21-19 in the doubles"]),
    ("Rina menang 21-15, 18-21, 21-17 di partai pertama, dan Dewi kemudian menang 21-9, 21-11 di partai kedua", "id",
     ["Rina menang 21-15, 18-21, 21-17 di partai pertama", "Dewi kemudian menang 21-9, 21-11 di partai kedua"]),
    ("The quake damaged 120 homes, 3-4 schools and a mosque, and 12 people were hurt", "en",
     ["The quake damaged 120 homes, 3-4 schools and a mosque", "12 people were hurt"]),
])
def test_a_list_of_set_scores_keeps_the_verb_of_its_clause(text, lang, expected):
    assert clauses(text, lang) == expected


# After "dan", a personal pronoun with a verb opens a second clause; a bare noun there may be
# the last item of a list and does not.
@pytest.mark.parametrize("text, expected", [
    ("Inflasi Oktober tercatat 2,1 persen secara tahunan dan kami perkirakan tetap terkendali hingga akhir tahun",
     ["Inflasi Oktober tercatat 2,1 persen secara tahunan", "kami perkirakan tetap terkendali hingga akhir tahun"]),
    ("Harga beras naik 5 persen dan mereka memperkirakan harga turun bulan depan",
     ["Harga beras naik 5 persen", "mereka memperkirakan harga turun bulan depan"]),
    ("Petugas mengevakuasi anak dan perempuan menggunakan perahu karet",
     ["Petugas mengevakuasi anak dan perempuan menggunakan perahu karet"]),
])
def test_a_pronoun_after_dan_opens_a_clause(text, expected):
    assert clauses(text) == expected


@pytest.mark.parametrize("text", [
    "Harga beras naik 4,5 persen", "kafébar dIkatakan it's ok", "İstanbul ſeperti x_y 12ab", "", " \n\t",
    "\ud800abc déf", "meng-ungsi O'Brien’s",
])
def test_letter_runs_are_the_runs_of_ascii_letters(text):
    assert clauses_module._letter_runs(text) == re.findall(r"[A-Za-z]+", text)


# A clause opened by a subordinator tells when, why or on what condition the clause after its
# comma holds: no fact of its own, so the sentence is not broken at that comma.
@pytest.mark.parametrize("text, lang", [
    ("When I woke up, there were boxes all around the tent", "en"),
    ("If the levee breaks, they will lose 40 homes", "en"),
    ("Ketika saya bangun, sudah ada 20 orang di luar tenda", "id"),
])
def test_a_subordinate_clause_is_not_a_clause_of_its_own(text, lang):
    assert clauses(text, lang) == [text]


def test_a_subordinator_with_a_demonstrative_opens_no_clause():
    text = "Saat ini 40 pasien dirawat di RSUD, 12 di antaranya dalam kondisi kritis"
    assert clauses(text) == ["Saat ini 40 pasien dirawat di RSUD", "12 di antaranya dalam kondisi kritis"]


def test_a_clause_after_a_closed_subordinate_one_still_breaks():
    text = "When the shift ended, 40 workers left, and there were 12 guards at the gate"
    assert clauses(text, "en")[-1] == "there were 12 guards at the gate"


def test_a_conjunction_after_an_opening_subordinator_still_breaks():
    text = "After the 2019 election the party held 128 seats, but it won only 110 seats this time"
    assert clauses(text, "en") == ["After the 2019 election the party held 128 seats", "it won only 110 seats this time"]


# A bare "and" clause is read up to a later ", and" that closes no list.
@pytest.mark.parametrize("text, expected", [
    # "… and 14 collapsed" shares "were"; the clause after ", and" is the second fact
    ("Officials said 90 stalls were burned and 14 collapsed, and about 300 traders were left without goods",
     ["Officials said 90 stalls were burned and 14 collapsed", "about 300 traders were left without goods"]),
    # a list's closing ", and" inside the second clause does not cut it short
    ("Exports rose 4 percent and the prices of rice, sugar, and coffee were raised by 12 percent",
     ["Exports rose 4 percent", "the prices of rice, sugar, and coffee were raised by 12 percent"]),
    # a short second clause before ", and" is a clause of its own
    ("Police arrested 14 men and prosecutors charged 9, and 5 were freed",
     ["Police arrested 14 men", "prosecutors charged 9", "5 were freed"]),
])
def test_bare_and_clauses_beside_a_comma_and(text, expected):
    assert clauses(text, "en") == expected


def test_a_single_word_after_dan_is_no_subject_before_a_verb():
    # (one lower-case word and nothing after it once raised IndexError)
    from claims.clauses import _subject_before_verb
    text = "Bantuan sudah tiba di posko dan warga"
    assert _subject_before_verb(text, text.index("warga"), len(text)) is False


# Single words between commas are items of a list ("terdepan, terluar, dan tertinggal"); the
# word after the conjunction closes it and opens no clause, unless it is an act ("dan merusak").
@pytest.mark.parametrize("text, expected", [
    ("Program itu menyasar desa terpencil, terisolasi, dan tertinggal di tiga kabupaten",
     ["Program itu menyasar desa terpencil, terisolasi, dan tertinggal di tiga kabupaten"]),
    ("Harga cabai naik 20 persen, dan pedagang mulai mengurangi stok",
     ["Harga cabai naik 20 persen", "pedagang mulai mengurangi stok"]),
])
def test_a_list_of_single_words_closes_with_its_last_item(text, expected):
    assert clauses(text, "id") == expected


def test_an_english_act_after_a_single_word_between_commas_is_a_second_clause():
    text = "Police raided a warehouse in the port, Monday, and seized 2 tons of rice"
    assert clauses(text, "en") == ["Police raided a warehouse in the port, Monday", "seized 2 tons of rice"]


# A move from a base the tail names (its figure or its time) is a comparison of its own (rule 3):
# the claim before stops at the comma. A bare move with no base stays with the figure it moves.
@pytest.mark.parametrize("text, lang, expected", [
    ("Bike thefts in the city rose to 640 last year, up from 515 in 2024", "en",
     ["Bike thefts in the city rose to 640 last year", "up from 515 in 2024"]),
    ("The ferry carried 9,200 passengers in July, down 6 percent from a year earlier", "en",
     ["The ferry carried 9,200 passengers in July", "down 6 percent from a year earlier"]),
    ("Turnout reached 64 percent, up three points year on year", "en",
     ["Turnout reached 64 percent", "up three points year on year"]),
    ("Saham perseroan ditutup di level Rp1.250, naik dari Rp1.100 sepekan sebelumnya", "id",
     ["Saham perseroan ditutup di level Rp1.250", "naik dari Rp1.100 sepekan sebelumnya"]),
    ("Harga bawang merah mencapai Rp45.000 per kg, turun 10 persen dibandingkan bulan lalu", "id",
     ["Harga bawang merah mencapai Rp45.000 per kg", "turun 10 persen dibandingkan bulan lalu"]),
    # a decimal comma inside the moved figure
    ("Laba bersih perseroan mencapai Rp412,7 miliar, naik 38,4% dibandingkan periode yang sama tahun lalu", "id",
     ["Laba bersih perseroan mencapai Rp412,7 miliar", "naik 38,4% dibandingkan periode yang sama tahun lalu"]),
    # a figure stated without a verb before it, a currency of letters in the move
    ("Harga satu jeriken kini Rp 40 ribu, naik dari Rp 25 ribu pada Juli", "id",
     ["Harga satu jeriken kini Rp 40 ribu", "naik dari Rp 25 ribu pada Juli"]),
    # the move is a clause of its own before the next break, an "as" clause too
    ("Home sales climbed to 7,480 in the quarter, up 9.3 per cent from the previous quarter, as more flats "
     "reached the end of their lock-in period", "en",
     ["Home sales climbed to 7,480 in the quarter", "up 9.3 per cent from the previous quarter",
      "more flats reached the end of their lock-in period"]),
    # (and a while clause)
    ("A bag of maize will sell at Sh210, down Sh15 from Sh225, while beans drop by Sh8 to Sh160", "en",
     ["A bag of maize will sell at Sh210", "down Sh15 from Sh225", "beans drop by Sh8 to Sh160"]),
])
def test_a_move_from_a_named_base_is_a_comparison_of_its_own(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("The index closed at 7,120, up 1.2 percent", "en"),
    ("Shares rose to $14, up from the morning's lows", "en"),
    ("Pendapatan tercatat Rp3 triliun, tumbuh 12 persen secara tahunan", "id"),
])
def test_a_move_without_a_base_stays_with_its_figure(text, lang):
    assert clauses(text, lang) == [text]


# Words that only look like a move from a base: a place after "from" ("down from party
# headquarters"), a distance after "down to", a source of demand, a phrasal verb opening the
# sentence ("Naik ojek dan bus, …"): nothing is cut and no text is lost.
@pytest.mark.parametrize("text, lang", [
    ("The rally drew supporters, down from party headquarters to the square", "en"),
    ("The plane was diverted, down to 30 metres from the runway", "en"),
    ("Shares rose 4 percent on Monday, up 2 percent on demand from China", "en"),
    ("Harga beras naik, naik 10 persen karena permintaan dari China", "id"),
    ("Naik ojek dan bus, warga tiba di lokasi pukul 10.00", "id"),
    # a place after "from", not a time: a distance, no move from a base
    ("Korban ditemukan di ketinggian 2.800 meter, turun 300 meter dari awal jalur pendakian", "id"),
    ("The cabin sits at 2,000 metres, up 500 metres from a lake in the valley", "en"),
])
def test_what_only_looks_like_a_move_from_a_base_is_not_cut(text, lang):
    assert clauses(text, lang) == [text]


# A conjunction inside an aside set off between a subject and its verb joins two nouns.
@pytest.mark.parametrize("text", [
    "About 450 firefighters, supported by six helicopters and two spotter planes, were battling the blaze",
    "Two co-accused, a chartered accountant and a contractor, were jailed for four years",
])
def test_a_conjunction_inside_an_aside_before_the_verb_is_no_break(text):
    assert clauses(text, "en") == [text]


# A participle giving the cause closes the clause before a contrast: the clause's verb sits before it.
def test_a_contrast_after_a_clause_closed_by_a_participle_of_cause():
    text = "Fee income jumped 21 per cent to $1.3 billion, driven by wealth management, while margins narrowed 7 basis points"
    assert clauses(text, "en") == ["Fee income jumped 21 per cent to $1.3 billion, driven by wealth management",
                                   "margins narrowed 7 basis points"]


# "cut", "set", "put" are past tenses too: after a noun and before their object, a clause's verb.
@pytest.mark.parametrize("text, expected", [
    ("The central bank cut its rate by 25 basis points on Thursday, as inflation eased to 2.9% in October",
     ["The central bank cut its rate by 25 basis points on Thursday", "inflation eased to 2.9% in October"]),
    # an ordinal ranks an appositive as a superlative does
    ("The bank cut its rate to 5.5% on Thursday, its first reduction since 2020, as inflation eased to 2.9%",
     ["The bank cut its rate to 5.5% on Thursday", "its first reduction since 2020", "inflation eased to 2.9%"]),
])
def test_a_bare_past_before_its_object_is_a_verb(text, expected):
    assert clauses(text, "en") == expected


def test_a_cut_after_an_article_is_a_noun():
    text = "a rate cut of 25 basis points"
    assert not has_verb(text, 0, len(text), "en")


# An age or a role set off after a name inside the clause leaves its verb before it: the clause
# still ends at the conjunction.
@pytest.mark.parametrize("text, expected", [
    ("Police detained Ana Reyes, 34, on Monday, and they seized her phone",
     ["Police detained Ana Reyes, 34, on Monday", "they seized her phone"]),
    ("The court fined Norfield Dairy, a milk producer, 9,000 dollars, but it cleared the owner",
     ["The court fined Norfield Dairy, a milk producer, 9,000 dollars", "it cleared the owner"]),
])
def test_an_age_or_role_after_a_name_leaves_the_clause_whole(text, expected):
    assert clauses(text, "en") == expected


# A subject pronoun and a past verb after "and" open a clause of their own.
@pytest.mark.parametrize("text, expected", [
    ("The storm reached the coast on Monday and it destroyed 200 homes",
     ["The storm reached the coast on Monday", "it destroyed 200 homes"]),
    ("The couple opened the shop in 2019 and they employed six people",
     ["The couple opened the shop in 2019", "they employed six people"]),
])
def test_a_pronoun_and_a_past_verb_after_and_open_a_clause(text, expected):
    assert clauses(text, "en") == expected


# ", serta" with a subject of its own and its verb joins a second fact; the last of a list of
# such clauses stays in the list.
@pytest.mark.parametrize("text, expected", [
    ("Pemkab membagikan 800 paket beras, serta Dinkes membuka posko kesehatan di 4 desa",
     ["Pemkab membagikan 800 paket beras", "Dinkes membuka posko kesehatan di 4 desa"]),
    ("Polisi menyita 2 mobil, serta sejumlah uang tunai", ["Polisi menyita 2 mobil, serta sejumlah uang tunai"]),
    ("Hal yang meringankan, terdakwa masih muda, terdakwa menyesal, serta keluarga korban telah memaafkan",
     ["Hal yang meringankan, terdakwa masih muda, terdakwa menyesal, serta keluarga korban telah memaafkan"]),
])
def test_serta_with_a_subject_of_its_own(text, expected):
    assert clauses(text) == expected


# ", while" after a rank or a benchmark set off after the figure still opens a second fact.
@pytest.mark.parametrize("text, expected", [
    ("The index fell 1.2% to 7,210, its lowest close since May, while the dollar gained 0.4%",
     ["The index fell 1.2% to 7,210", "its lowest close since May", "the dollar gained 0.4%"]),
    ("Exports rose 12.4%, well above expectations, while imports increased 15.3%",
     ["Exports rose 12.4%, well above expectations", "imports increased 15.3%"]),
])
def test_while_after_a_rank_or_a_benchmark(text, expected):
    assert clauses(text, "en") == expected
