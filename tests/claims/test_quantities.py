import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.quantities import find_quantities


def values(sentence, language="id"):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # Indonesian number formats
    ("Pemilih terdaftar berjumlah 2.815.406 orang.", "id", [(2815406, 2815406, "orang", None)]),
    ("Harga beras naik 3,27 persen.", "id", [(3.27, 3.27, "percent", None)]),
    ("Polisi menyita Rp 4,75 miliar dari rumahnya.", "id", [(4.75e9, 4.75e9, "IDR", None)]),
    ("Ditemukan uang pecahan Rp 20 ribu.", "id", [(20000, 20000, "IDR", None)]),
    ("Warga kota itu mencapai 2,4 juta jiwa.", "id", [(2.4e6, 2.4e6, "jiwa", None)]),
    ("Kerugian negara Rp1,3 triliun.", "id", [(1.3e12, 1.3e12, "IDR", None)]),
    ("Sebanyak 75.250 pelari ikut serta.", "id", [(75250, 75250, "pelari", None)]),
    # An English page groups rupiah thousands with commas; scaled amounts keep Indonesian decimals.
    ("The stock closed at Rp 2,340 on Monday.", "en", [(2340, 2340, "IDR", None)]),
    ("Tolls rose to Rp 12,500,000 a year.", "en", [(12500000, 12500000, "IDR", None)]),
    ("Bea masuk naik Rp 2,340 juta.", "id", [(2340000, 2340000, "IDR", None)]),
    ("Dana bantuan mencapai 2,340 juta dolar.", "id", [(2340000, 2340000, "USD", None)]),
    # Malay, read as Indonesian, groups thousands with commas: a text with no Indonesian mark
    # ("1.250", "5,31") is read the English way
    ("Seramai 12,400 peserta dan 2,150 sukarelawan hadir.", "id",
     [(12400, 12400, "peserta", None), (2150, 2150, "sukarelawan", None)]),
    ("Sebanyak 12,400 peserta hadir, naik 3,5 persen.", "id",
     [(12.4, 12.4, "peserta", None), (3.5, 3.5, "percent", None)]),
    # English number formats
    ("The agency shipped 245,000 litres of water.", "en", [(245000, 245000, "L", None)]),
    ("The deal is worth 2.7 million dollars.", "en", [(2.7e6, 2.7e6, "USD", None)]),
    ("The project costs $4bn in total.", "en", [(4e9, 4e9, "USD", None)]),
    ("Output grew 6.4 percent last quarter.", "en", [(6.4, 6.4, "percent", None)]),
    # number words
    ("Tiga warga terluka dalam kejadian itu.", "id", [(3, 3, "warga", None)]),
    ("Sebelas pemain dipanggil ke tim nasional.", "id", [(11, 11, "pemain", None)]),
    ("Dua puluh lima rumah rusak berat.", "id", [(25, 25, "rumah", None)]),
    ("Sixty-three passengers were rescued.", "en", [(63, 63, "passengers", None)]),
    ("Ratusan nelayan berunjuk rasa.", "id", [(100, 999, "nelayan", "vague")]),
    ("Thousands of fans gathered.", "en", [(1000, 9999, "fans", "vague")]),
    ("Ketiganya dibawa ke kantor polisi.", "id", [(3, 3, None, None)]),
    ("Kelima saksi memberi keterangan.", "id", [(5, 5, "saksi", None)]),
    # ranges
    ("Posko itu berada 4-6 km dari kawah.", "id", [(4, 6, "km", None)]),
    ("Vaksin untuk anak usia 2 hingga 12 tahun.", "id", [(2, 12, "years", None)]),
    ("The trip takes between 4 and 7 days.", "en", [(4, 7, "days", None)]),
    ("Pertumbuhan ditargetkan 5 persen plus minus 0,5 persen.", "id", [(4.5, 5.5, "percent", None)]),
    ("Biayanya Rp 3-5 miliar.", "id", [(3e9, 5e9, "IDR", None)]),
    # qualifiers and open bounds
    ("Sekitar 400 meter jalan tertimbun.", "id", [(400, 400, "m", "approx")]),
    ("Setidaknya 9 korban dirawat.", "id", [(9, None, "korban", "at_least")]),
    ("Lebih dari 600 rumah terendam.", "id", [(600, None, "rumah", "more_than")]),
    ("Hampir delapan bulan proyek itu mangkrak.", "id", [(None, 8, "months", "nearly")]),
    ("Kurang dari 20 persen warga hadir.", "id", [(None, 20, "percent", "less_than")]),
    ("Up to 40 trucks crossed daily.", "en", [(None, 40, "trucks", "up_to")]),
    ("At least 15 miners were trapped.", "en", [(15, None, "miners", "at_least")]),
    ("Diperkirakan kerugian itu mencapai Rp 7 miliar.", "id", [(7e9, 7e9, "IDR", "approx")]),
    # units
    ("Jalur itu sepanjang 12 mil.", "id", [(12, 12, "mi", None)]),
    ("They sold 900 gallons of fuel.", "en", [(900, 900, "gal", None)]),
    ("Sidang ditunda dua minggu.", "id", [(2, 2, "weeks", None)]),
    ("Officials declared a five-day mourning period.", "en", [(5, 5, "days", None)]),
    ("The camp sits 2km (1.2 miles) from the river.", "en", [(2, 2, "km", None), (1.2, 1.2, "mi", None)]),
    # counted nouns kept as written
    ("Tim SAR mengevakuasi 31 pendaki.", "id", [(31, 31, "pendaki", None)]),
    ("Sebanyak 60 truk bantuan tiba.", "id", [(60, 60, "truk bantuan", None)]),
    ("Two trucks of rice arrived.", "en", [(2, 2, "trucks of rice", None)]),
    # sports: scores, minutes, ranks
    ("Tim tamu menang 2-0 pada laga itu.", "id", [(2, 2, "goals", None), (0, 0, "goals", None)]),
    ("Gol penentu lahir pada menit ke-77.", "id", [(77, 77, "minute", None)]),
    ("Penalti diberikan pada menit 45+3.", "id", [(48, 48, "minute", None)]),
    ("He scored in the 81st minute.", "en", [(81, 81, "minute", None)]),
    # compound durations and ordinals where the rank is the point
    ("Ia divonis 2 tahun 6 bulan penjara.", "id", [(2.5, 2.5, "years", None)]),
    ("Ia dihukum 3 tahun dan 3 bulan.", "id", [(3.25, 3.25, "years", None)]),
    ("Pemungutan suara putaran kedua digelar bulan depan.", "id", [(2, 2, "putaran", None)]),
    # a dose counts its place in a vaccine's course
    ("Lansia menerima suntikan kedua pekan depan.", "id", [(2, 2, "suntikan", None)]),
    ("Warga mendapat dosis ketiga di puskesmas.", "id", [(3, 3, "dosis", None)]),
    ("The boy missed his second dose.", "en", [(2, 2, "dose", None)]),
    ("Nurses gave each child a dose of 0.5 ml.", "en", [(0.5, 0.5, "ml", None)]),
    ("Pencarian memasuki hari kelima.", "id", [(5, 5, "days", None)]),
    ("Tim itu finis di second place.", "en", [(2, 2, "place", None)]),
    ("Banjir melanda desa itu untuk ketiga kalinya.", "id", [(3, 3, "kali", None)]),
    ("Sub PIN putaran I selesai.", "id", [(1, 1, "putaran", None)]),
    # age apposition
    ("Warga bernama Sulastri, 52, menjadi saksi.", "id", [(52, 52, "years", None)]),
    ("Pelaku, Budi (34), ditangkap.", "id", [(34, 34, "years", None)]),
    # a sign before either end of a range, and a range that opens a sentence after a capital
    ("Inflasi diperkirakan di kisaran minus 1 persen hingga 0 persen.", "id", [(-1, 0, "percent", "approx")]),
    ("Suhu turun ke minus 6 hingga minus 3 derajat Celsius.", "id", [(-6, -3, "°C", None)]),
    ("Jaraknya 4-5 km dari pelabuhan.", "id", [(4, 5, "km", None)]),
    # "above" bounds from below as "below" bounds from above; a deadline is an upper bound
    ("The index rose above 150 on Monday.", "en", [(150, None, None, "more_than")]),
    ("Banding diajukan paling lambat tujuh hari setelah putusan.", "id", [(None, 7, "days", "up_to")]),
    ("The town lies 40 metres above the river.", "en", [(40, 40, "m", None)]),
    # a connective opening the sentence is no name before a count
    ("Akibatnya 14 meninggal dunia di lokasi.", "id", [(14, 14, None, None)]),
    # shops counted on a street are no house number; a sign before a range in two units
    ("The fire gutted 3 Oxford Street shops on Monday.", "en", [(3, 3, None, None)]),
    ("Kedalamannya berkisar minus 500 meter hingga 2 km.", "id", [(-0.5, 2, "km", None)]),
    # a stretch up to the report names its months or years and is a duration all the same
    ("Harga gula naik 9 persen dalam tiga bulan terakhir.", "id", [(9, 9, "percent", None), (3, 3, "months", None)]),
    ("Ridership fell 12% over the past two years.", "en", [(12, 12, "percent", None), (2, 2, "years", None)]),
])
def test_quantities_are_read_and_normalised(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language", [
    ("Rapat dimulai pukul 09.30 WIB di balai kota.", "id"),
    ("Ledakan terjadi pukul 7 pagi waktu setempat.", "id"),
    ("The meeting opened at 10:15.", "en"),
    ("Aid arrives at 6 a.m. (0400 GMT).", "en"),
    ("Warga berkumpul pada Selasa (12/3).", "id"),
    ("Surat itu bertanggal 17/8/2021.", "id"),
    ("Pasangan nomor urut 2 berkampanye di pasar.", "id"),
    ("Pasangan nomor urut 2 dan 3 berkampanye di pasar.", "id"),
    ("Klub itu bermain di Liga 2 musim lalu.", "id"),
    ("Aturan itu tertuang dalam APBD 2023.", "id"),
    ("Para pemimpin G7 bertemu di Roma.", "id"),
    ("Gedung itu dibangun pada 1998.", "id"),
    ("Kompetisi musim 2022-2023 dihentikan.", "id"),
    ("Salah satu warga melapor ke polisi.", "id"),
    ("She is one of the founders.", "en"),
    ("Pemilu digelar 14 Februari lalu.", "id"),
    ("The strike began on March 3.", "en"),
    ("Kedua tim bertemu di final.", "id"),
    ("Wabah COVID-19 menyebar cepat.", "id"),
    # A number naming which floor, room or gate counts nothing.
    ("Api berasal dari lantai tiga gedung itu.", "id"),
    ("Pasien dirawat di kamar 14 rumah sakit daerah.", "id"),
    ("Passengers waited at gate 7 for hours.", "en"),
    # a house number belongs to its address
    ("The minister spoke outside 10 Downing Street.", "en"),
    ("Protesters gathered at 221 Harbour Road.", "en"),
    # A rank noun before a date range: the number is a day, not a rank.
    ("Data dihimpun selama periode 4 hingga 10 Juni 2023.", "id"),
    ("Kasus naik pada pekan 12-18 Agustus.", "id"),
    ("", "id"),
])
def test_things_that_only_look_like_numbers_are_not_quantities(sentence, language):
    assert values(sentence, language) == []


# "one of the founders" counts nothing; "one of the 12 boats" counts one of the boats counted.
@pytest.mark.parametrize("sentence, expected", [
    ("Only one of the 12 ferries sailed on Monday.", [(1, 1, "ferries", None), (12, 12, "ferries", None)]),
    ("Divers found one of the two flight recorders.", [(1, 1, "flight recorders", None),
                                                       (2, 2, "flight recorders", None)]),
    ("She is one of the founders of the 40-year-old club.", [(40, 40, "years", None)]),
    # a decade, a year or a group without its noun is no count of things
    ("The song was one of the 1990s' biggest hits.", []),
    ("He was one of the 2024 candidates for mayor.", []),
])
def test_one_of_a_counted_group_counts_one(sentence, expected):
    assert values(sentence, "en") == expected


def test_one_of_a_group_named_without_its_noun_counts_nothing():
    assert all(v[0] != 1 for v in values("Police found two men. One of the two was armed.", "en"))


def test_quantities_come_in_written_order_with_exact_offsets():
    text = "Judul.\nSebanyak 12 orang hilang dan 4 orang tewas."
    start = text.index("Sebanyak")
    found = find_quantities(text, start, len(text), "id")
    assert [text[q.start:q.end] for q in found] == ["12", "4"]
    assert [q.value_min for q in found] == [12, 4]


def test_only_the_requested_span_is_read():
    text = "Ada 5 kapal. Ada 9 perahu."
    found = find_quantities(text, 0, text.index("."), "id")
    assert [(q.value_min, q.unit) for q in found] == [(5, "kapal")]


@pytest.mark.parametrize("text", [
    "9" * 5000,
    "1." * 20000,
    "Rp " * 30000,
    "1-" * 30000,
    "dua puluh " * 8000,
    "\u200b\ufeff١٢٣ 𝟙𝟚 ½ ⅓ 🙂 " * 2000,
    "sekitar " * 12000 + "5",
    "Senin (12/3) lalu 5 Maret 2022 " * 3000,
    "putaran kedua " * 5000,
    "skor 3-1 " * 5000,
])
def test_hostile_input_finishes_and_stays_inside_the_text(text):
    found = find_quantities(text, 0, len(text), "id")
    assert all(0 <= q.start < q.end <= len(text) for q in found)
    assert all(q.value_min is None or q.value_min == q.value_min for q in found)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Target kelulusan sekurang-kurangnya adalah 80 persen.", "id", [(80, None, "percent", "at_least")]),
    ("Jarak minimal antar dosis adalah dua minggu.", "id", [(2, None, "weeks", "at_least")]),
    ("The share was at least of 30 percent.", "en", [(30, None, "percent", "at_least")]),
    ("Warga Kepulauan Seribu memilih 4.120 suara.", "id", [(4120, 4120, "suara", None)]),
    ("Sembilan warga dievakuasi.", "id", [(9, 9, "warga", None)]),
])
def test_qualifiers_across_a_copula_and_number_words_in_names(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tim itu menang dengan agregat 5-2.", [(5, 5, "goals", None), (2, 2, "goals", None)]),
    ("Sebanyak 40 di antaranya pulang dan 12 orang lainnya dirawat.",
     [(40, 40, "orang", None), (12, 12, "orang", None)]),
])
def test_scores_at_a_sentence_end_and_counts_that_share_a_noun(sentence, expected):
    assert values(sentence) == expected


# A stretch of time is no counted noun a bare count shares.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Membership grew by 3,100 to 48,000, but fees fell for a third straight quarter.", "en",
     [(3100, 3100, None, None), (48000, 48000, None, None), (3, 3, "quarters", None)]),
    ("Anggota bertambah 3.100 menjadi 48.000, tetapi iuran turun tiga kuartal berturut-turut.", "id",
     [(3100, 3100, None, None), (48000, 48000, None, None), (3, 3, "kuartal", None)]),
    ("Membership rose to 12,000, up for a fourth straight season.", "en",
     [(12000, 12000, None, None), (4, 4, "seasons", None)]),
])
def test_a_stretch_of_time_lends_no_noun(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Proyek itu bernilai Rp 2,5 M.", "id", [(2.5e9, 2.5e9, "IDR", None)]),
    ("Kerugian ditaksir Rp1,2T.", "id", [(1.2e12, 1.2e12, "IDR", "approx")]),
    ("The fund holds $40m in cash.", "en", [(4e7, 4e7, "USD", None)]),
    ("Gajinya Rp 5 jt per bulan.", "id", [(5e6, 5e6, "IDR", None)]),
])
def test_currency_abbreviations(sentence, language, expected):
    assert values(sentence, language) == expected


def test_an_indonesian_verb_after_a_number_is_not_its_counted_noun():
    assert values("Gempa bermagnitudo 5,6 mengguncang kota itu.") == [(5.6, 5.6, "magnitude", None)]
    assert values("Korban bertambah 12 menjadi 40 orang.")[1] == (40, 40, "orang", None)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Hubungi posko di 0812-3456-7890 segera.", "id", []),
    ("Tren itu muncul pada 1990-an.", "id", []),
    ("It began in the 1990s.", "en", []),
    ("Sekitar 40-50 orang hadir.", "id", [(40, 50, "orang", "approx")]),
    ("Laga berakhir imbang 2-2.", "id", [(2, 2, "goals", None), (2, 2, "goals", None)]),
    ("The visitors won 4-1 on Sunday.", "en", [(4, 4, "goals", None), (1, 1, "goals", None)]),
    # a share of a whole is a figure in percent (quantity_shares), never the count 2
    ("Two-thirds of voters agreed.", "en", [(66.7, 66.7, "percent", None)]),
])
def test_phone_numbers_decades_ranges_and_shares(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("A man aged 67 was rescued.", "en", [(67, 67, "years", None)]),
    ("Korban berusia 12 ditemukan selamat.", "id", [(12, 12, "years", None)]),
    # every number of a list after "aged" is an age
    ("The drivers, aged 28 and 45, were detained.", "en", [(28, 28, "years", None), (45, 45, "years", None)]),
    ("Tiga santri berusia 13, 14, dan 16 hilang.", "id",
     [(3, 3, "santri", None), (13, 13, "years", None), (14, 14, "years", None), (16, 16, "years", None)]),
    # a name with a bracketed or comma-framed number gives an age
    ("Warga bernama Sari (41) melapor ke polisi.", "id", [(41, 41, "years", None)]),
    ("The owner, Tom Reyes, 62, closed the shop.", "en", [(62, 62, "years", None)]),
])
def test_ages(sentence, language, expected):
    assert values(sentence, language) == expected


def test_rupiah_amounts_are_read_the_indonesian_way_in_english_text():
    assert values("The rupiah weakened to Rp15.600 per dollar.", "en") == [(15600, 15600, "IDR", None)]


_MARKS = ["rp", "rp.", "idr", "us$", "usd", "s$", "sgd", "a$", "aud", "rm", "myr", "eur", "gbp",
          "jpy", "cny", "inr", "rs", "rs.", "₱", "$", "€", "£", "¥", "₹", "x", "rupiah", ""]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aRp. $x", max_size=4), st.sampled_from(_MARKS),
       st.lists(st.booleans(), min_size=3, max_size=3), st.sampled_from(["", " ", "\u00a0", "\t", "  "]))
def test_currency_gate_never_hides_a_currency_mark(prefix, mark, upper, space):
    # The cheap test before the currency pattern may only skip positions the pattern rejects.
    from claims.number_atoms import _CURRENCY_BEFORE, _may_follow_currency
    cased = "".join(c.upper() if upper[i % 3] else c for i, c in enumerate(mark))
    before = prefix + cased + space
    text = before + "5"
    start = len(before)
    if _CURRENCY_BEFORE.search(text, max(0, start - 6), start):
        assert _may_follow_currency(text, start)


@pytest.mark.parametrize("written", ["rp 5", "RP5", "Rp. 5", "IDR 5", "usd 5", "US$5", "S$ 5",
                                     "A$\u00a05", "RM 5", "MYR 5", "EUR 5", "gbp 5", "Rs 5", "Rs.5", "₱5", "₱ 5",
                                     "JPY 5", "Cny 5", "INR 5", "SGD 5", "aud 5", "€ 5", "£5", "¥ 5",
                                     "₹5"])
def test_each_currency_mark_is_read_before_a_number(written):
    from claims.lexicon_units import CURRENCY_PREFIXES
    text = f"Harga naik {written} per kilogram."
    found = find_quantities(text, 0, len(text), "id")
    mark = written[:-1].strip().lower()
    assert [(q.unit, q.start) for q in found] == [(CURRENCY_PREFIXES[mark], text.index(written))]


@pytest.mark.parametrize("sentence, language, expected", [
    # The variant after a model number is part of the name.
    ("Maskapai itu memakai Airbus A330-300 dan 12 pesawat lain.", "id", [(12, 12, "pesawat lain", None)]),
    ("Pesawat Boeing 777-300 itu membawa 250 penumpang.", "id", [(250, 250, "penumpang", None)]),
    ("Pesawat Boeing 737-8 itu membawa 170 penumpang.", "id", [(170, 170, "penumpang", None)]),
])
def test_the_variant_after_a_model_number_is_a_name(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language", [
    ("Sebanyak 40 orang mengungsi dan 12 rumah rusak berat.", "id"),
    ("About 3,000 fans watched; 15 were hurt.", "en"),
])
def test_whole_text_and_a_span_agree(sentence, language):
    # the whole text returns every quantity as read; a span keeps those inside it
    from claims.quantities import find_quantities
    whole = find_quantities(sentence, 0, len(sentence), language)
    assert len(whole) == 2
    cut = whole[0].end + 1
    assert find_quantities(sentence, 0, cut, language) == whole[:1]
    assert find_quantities(sentence, -5, len(sentence) + 5, language) == whole


# "pulled one back": "one" before a particle stands for a thing named before; "one out of five"
# still counts.
@pytest.mark.parametrize("sentence, expected", [
    ("Rovers pulled one back after 71 minutes.", [(71, 71, "minute", None)]),
    ("The keeper picked one up and 12 more were found.", [(12, 12, None, None)]),
])
def test_one_before_a_particle_counts_nothing(sentence, expected):
    assert values(sentence, "en") == expected


# "72 suffered minor injuries": a past that takes an object is the count's verb, never its noun.
def test_a_transitive_past_after_a_count_is_no_counted_noun():
    assert [q[2] for q in values("Of the crew, 12 suffered burns and 40 received treatment.", "en")] == [None, None]


# "15 signed contracts were cancelled": with a verb after the phrase, the past describes the noun.
def test_a_transitive_past_before_a_noun_and_a_verb_describes_the_noun():
    assert values("About 15 signed contracts were cancelled in 2023.", "en")[0][2] == "signed contracts"


# "seven-year-olds" names an age group, as "5-year-olds" does; "a seven-year-old boy" tells an age.
@pytest.mark.parametrize("sentence, expected", [
    ("Only 71 percent of seven-year-olds had both doses", [(71.0, 71.0, "percent")]),
    ("Some 10-year-olds were hurt", []),
    ("The seven-year-old boy was found", [(7.0, 7.0, "years")]),
])
def test_an_age_group_is_no_count(sentence, expected):
    found = find_quantities(sentence, 0, len(sentence), "en")
    assert [(q.value_min, q.value_max, q.unit) for q in found] == expected


# A change still to come, given as a band, is a range ("expects exports to grow 4% to 5%");
# a change told after it happened, or by an amount ("fall by 2,000 to 61,200"), gives the
# change and the new level.
@pytest.mark.parametrize("sentence, language, expected", [
    ("The ministry expects exports to grow 4% to 5% this year", "en", [(4.0, 5.0, "percent")]),
    ("Ekonomi diperkirakan tumbuh 5 persen hingga 6 persen", "id", [(5.0, 6.0, "percent")]),
    ("Inflation rose 0.3% to 5.1% in May", "en", [(0.3, 0.3, "percent"), (5.1, 5.1, "percent")]),
    ("Output is expected to fall by 2,000 to 61,200 tonnes", "en", [(2000.0, 2000.0, None), (61200.0, 61200.0, "t")]),
    # a change and a level of very different sizes, or a change already told in the past
    ("Brent will probably climb $3 to $85 a barrel", "en", [(3.0, 3.0, "USD"), (85.0, 85.0, "USD")]),
    ("Analysts expected that prices rose 0.3% to 5.1% in October", "en", [(0.3, 0.3, "percent"), (5.1, 5.1, "percent")]),
    # the most a move reached, then the level it reached
    ("The baht weakened as much as 0.6% to 35.42 per dollar", "en", [(None, 0.6, "percent"), (35.42, 35.42, None)]),
])
def test_a_forecast_band_after_a_verb_of_change_is_a_range(sentence, language, expected):
    found = find_quantities(sentence, 0, len(sentence), language)
    assert [(q.value_min, q.value_max, q.unit) for q in found] == expected


# An estimate is no bound: "fell roughly 3% to 4%" is a band.
def test_an_estimated_band_after_a_verb_of_change_stays_a_range():
    found = find_quantities("Sales fell roughly 3% to 4% in the quarter", 0, 42, "en")
    assert [(q.value_min, q.value_max, q.unit) for q in found] == [(3.0, 4.0, "percent")]


# A move and a level of very different sizes after a verb of change are no band.
def test_a_move_and_a_level_are_no_band():
    text = "The index rose nearly 2% to 7,250 on Friday"
    found = find_quantities(text, 0, len(text), "en")
    assert [(q.value_min, q.value_max) for q in found] == [(None, 2.0), (7250.0, 7250.0)]


@pytest.mark.parametrize("sentence, language, expected", [
    # a number that names a kind (a direction, a tenor) counts nothing
    ("The firm made a one-time payment of 500 dollars.", "en", [(500, 500, "USD", None)]),
    ("The airline sells one-way fares to Bali.", "en", []),
    ("The central bank kept its 7-day reverse repurchase rate at 6 percent.", "en", [(6, 6, "percent", None)]),
    ("The 10-year bond yield rose to 4.2 percent.", "en", [(4.2, 4.2, "percent", None)]),
    ("Polisi memberlakukan sistem satu arah di jalur itu.", "id", []),
    ("Imbal hasil SBN tenor 10 tahun naik ke 6,8 persen.", "id", [(6.8, 6.8, "percent", None)]),
    # ... but a term served and titles won are counted
    ("He served a 10-year sentence.", "en", [(10, 10, "years", None)]),
    ("Thailand, the 16-time champions, lost.", "en", [(16, 16, "times", None)]),
    # a number of four digits may belong to a name as a shorter one does
    ("It was his first Super 1000 title.", "en", []),
    # a year of the Islamic calendar is no count; the energy units are measures
    ("Kuota haji tahun 1445 H ditetapkan 241.000 jamaah.", "id", [(241000, 241000, "jamaah", None)]),
    ("Kapasitas PLTS itu 192 MWp dan produksinya 300 GWh.", "id",
     [(192, 192, "MWp", None), (300, 300, "GWh", None)]),
])
def test_numbers_naming_a_kind_or_a_calendar_year_and_energy_units(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Modi retained the seat by a margin of 1,52,513 votes.", [(152513, 152513, "votes", None)]),
    ("The scheme cost Rs 12,34,567.", [(1234567, 1234567, "INR", None)]),
])
def test_indian_digit_grouping_reads_lakhs_and_crores(sentence, expected):
    assert values(sentence, "en") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # "metric ton(s)" and "metrik ton" are tonnes
    ("Ekspor batu bara mencapai 4.200 metrik ton.", "id", [(4200, 4200, "t", None)]),
    ("The mill produced 9,800 metric tons of sugar.", "en", [(9800, 9800, "t", None)]),
    # Malaysian papers glue "bil" and "mil" to ringgit
    ("The state set aside RM2.4bil for the highway.", "en", [(2.4e9, 2.4e9, "MYR", None)]),
    ("Profit fell to RM350mil.", "en", [(3.5e8, 3.5e8, "MYR", None)]),
    # the wire's short scale words, spaced or glued
    ("Net profit was $1.2 bln, on sales of 3.5 trln yen.", "en", [(1.2e9, 1.2e9, "USD", None), (3.5e12, 3.5e12, "JPY", None)]),
    ("The fund raised $850mln.", "en", [(8.5e8, 8.5e8, "USD", None)]),
    # an estimate word before "antara"/"between" qualifies the whole range
    ("Jumlah penonton diperkirakan antara 3.000 hingga 4.000 orang.", "id", [(3000, 4000, "orang", "approx")]),
])
def test_tonnes_ringgit_scales_and_estimated_ranges(sentence, language, expected):
    assert values(sentence, language) == expected


# A bound before a noun and "of" bounds the noun: the figure after "of" is exact.
@pytest.mark.parametrize("sentence, expected", [
    ("Exports rose 3.2%, above forecasts of 2.5%.", [(3.2, 3.2, "percent", None), (2.5, 2.5, "percent", None)]),
    ("Visitors stayed below the 2019 level of 12 million.", [(1.2e7, 1.2e7, None, None)]),
])
def test_a_figure_after_a_bounded_noun_and_of_is_exact(sentence, expected):
    assert values(sentence, "en") == expected


# So is one after "sebesar" or "sebanyak": "di atas target pemerintah sebesar 3 persen" sets the
# target at 3 percent (a bound right before the copula still bounds the figure).
@pytest.mark.parametrize("sentence, expected", [
    ("Defisit melebar menjadi 2,9 persen, jauh di atas target awal sebesar 2,2 persen.",
     [(2.9, 2.9, "percent", None), (2.2, 2.2, "percent", None)]),
    ("Realisasi hanya 61.000 unit, di bawah proyeksi pabrikan sebanyak 80.000 unit.",
     [(61000, 61000, "unit", None), (80000, 80000, "unit", None)]),
    ("Jumlah penumpang di atas sebanyak 5.000 orang.", [(5000, None, "orang", "more_than")]),
])
def test_a_figure_after_a_bounded_noun_and_a_copula_is_exact(sentence, expected):
    assert values(sentence, "id") == expected


# A unit in the possessive ("18 months' jail") is the unit; a compound term is one value.
@pytest.mark.parametrize("sentence, expected", [
    ("She was given 18 months' jail.", [(18, 18, "months", None)]),
    ("He got four years and six months' jail.", [(4.5, 4.5, "years", None)]),
])
def test_a_unit_in_the_possessive(sentence, expected):
    assert values(sentence, "en") == expected


# A league place told with the season, or the place a result left a side in.
@pytest.mark.parametrize("sentence, expected", [
    ("Rovers finished third last season.", [(3, 3, "place", None)]),
    ("The draw left United second on 31 points.", [(2, 2, "place", None), (31, 31, "points", None)]),
])
def test_a_league_place(sentence, expected):
    assert values(sentence, "en") == expected


# A number after a name followed by a plural counts that plural; three digits after a name are a
# model's ("Boeing 737 jets").
@pytest.mark.parametrize("sentence, expected", [
    ("Selangor have won the Malaysia Cup 12 times in a row.", [(12, 12, "times", None)]),
    ("The firm shipped Petronas 14 cargoes of LNG.", [(14, 14, "cargoes", None)]),
    ("The airline grounded its Boeing 737 jets.", []),
])
def test_a_count_after_a_name(sentence, expected):
    assert values(sentence, "en") == expected


# A list that leaves out its verb and noun after a first count: each name's number is a count.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Kedah reported 420 cases, Perlis 130 and Perak 75.", "en",
     [(420, 420, "cases", None), (130, 130, "cases", None), (75, 75, "cases", None)]),
    ("Sumatera Utara mencatat 310 kasus, Riau 145, dan Jambi 60.", "id",
     [(310, 310, "kasus", None), (145, 145, "kasus", None), (60, 60, "kasus", None)]),
    # ... not a name's number with no count before it
    ("The club was promoted to Liga 1, and Persiba to Liga 2.", "en", []),
])
def test_the_counts_of_a_list_without_its_verb(sentence, language, expected):
    assert values(sentence, language) == expected
