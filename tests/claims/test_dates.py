import datetime as dt

import pytest

from claims.dates import date_from_url, find_dates, parse_dateline

REF = dt.date(2022, 3, 10)          # a Thursday


def found(sentence, reference=REF, language="id"):
    return [(sentence[m.start:m.end], m.values)
            for m in find_dates(sentence, 0, len(sentence), language, reference)]


@pytest.mark.parametrize("sentence, expected", [
    ("Rapat digelar Rabu (9/3) di gedung dewan.", [("Rabu (9/3)", ("2022-03-09",))]),
    ("Massa berkumpul Senin (7/3/2022) pagi.", [("Senin (7/3/2022)", ("2022-03-07",))]),
    ("Gudang itu terbakar Sabtu (5/3) lalu.", [("Sabtu (5/3) lalu", ("2022-03-05",))]),
    ("Surat dikirim pada 2 Maret 2022.", [("2 Maret 2022", ("2022-03-02",))]),
    ("Festival digelar 4 hingga 8 April 2023.", [("4 hingga 8 April 2023", ("2023-04-04", "2023-04-08"))]),
    ("Data Maret hingga Juni 2021 dihimpun.", [("Maret hingga Juni 2021", ("2021-03", "2021-06"))]),
    ("Kebijakan berlaku sejak Februari lalu.", [("Februari lalu", ("2022-02",))]),
    ("Harga naik bulan lalu.", [("bulan lalu", ("2022-02",))]),
    ("Kasus serupa terjadi pekan lalu.", [("pekan lalu", ("2022-02-28", "2022-03-06"))]),
    ("Kemarin, banjir surut.", [("Kemarin", ("2022-03-09",))]),
    ("Hari ini stok beras cukup.", [("Hari ini", ("2022-03-10",))]),
    ("Pasien itu pulang 3 hari lalu.", [("3 hari lalu", ("2022-03-07",))]),
    ("Pasien itu pulang dua hari lalu.", [("dua hari lalu", ("2022-03-08",))]),
    ("Gedung itu diresmikan pada 2018.", [("pada 2018", ("2018",))]),
    ("Serangan 14 Februari menewaskan dua orang.", [("14 Februari", ("2022-02-14",))]),
])
def test_indonesian_dates_resolve_against_the_reference(sentence, expected):
    assert found(sentence) == expected


# Malay, read as Indonesian, spells four months its own way and says "malam tadi".
@pytest.mark.parametrize("sentence, expected", [
    ("Perlawanan itu diadakan pada 31 Mac depan.", [("31 Mac depan", ("2022-03-31",))]),
    ("Stadium itu dibuka semula pada 12 Ogos lalu.", [("12 Ogos lalu", ("2021-08-12",))]),
    ("Harga naik sejak Julai 2021.", [("Julai 2021", ("2021-07",))]),
    ("Banjir melanda Kelantan pada 5 Disember lalu.", [("5 Disember lalu", ("2021-12-05",))]),
    ("Pasukan itu menang 2-0 malam tadi.", [("malam tadi", ("2022-03-09",))]),
])
def test_malay_months_and_last_night(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The talks resumed on Monday.", [("Monday", ("2022-03-07",))]),
    ("Prices rose last week.", [("last week", ("2022-02-28", "2022-03-06"))]),
    ("The port reopened yesterday.", [("yesterday", ("2022-03-09",))]),
    ("Voting ended on February 27.", [("February 27", ("2022-02-27",))]),
    ("The law passed on 2 November 2021.", [("2 November 2021", ("2021-11-02",))]),
    ("The plant closed in September 2020.", [("September 2020", ("2020-09",))]),
    ("Sales fell last month.", [("last month", ("2022-02",))]),
    ("The bridge opened in 2015.", [("in 2015", ("2015",))]),
    ("The survey ran from January to April 2021.", [("January to April 2021", ("2021-01", "2021-04"))]),
])
def test_english_dates_resolve_against_the_reference(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, reference, expected", [
    # the weekday decides the year: 8/3 was a Tuesday in 2022, not in 2021 or 2023
    ("Selasa (8/3) warga mengungsi.", dt.date(2022, 12, 30), "2022-03-08"),
    ("Minggu (2/1) hujan deras.", dt.date(2022, 12, 28), "2022-01-02"),
    # without a weekday, the nearest year: late December seen from early January
    ("Gempa terjadi 29 Desember.", dt.date(2023, 1, 4), "2022-12-29"),
    ("The meeting is set for January 6.", dt.date(2022, 12, 20), "2023-01-06"),
])
def test_year_less_dates_pick_the_year_nearest_the_reference(sentence, reference, expected):
    assert [v for _, values in found(sentence, reference) for v in values] == [expected]


@pytest.mark.parametrize("sentence", [
    "Posko berjarak 9-10 km dari kawah.",
    "Evakuasi butuh 2 menit.",
    "Skor akhir 3-1 untuk tuan rumah.",
    "The figures may rise next quarter.",
    "Pasangan nomor urut 2 menang.",
])
def test_numbers_that_are_not_dates_are_left_alone(sentence):
    assert found(sentence) == []


def test_relative_and_year_less_dates_need_a_reference():
    sentence = "Kemarin, Rabu (9/3), dan pada 12 Januari 2021."
    assert found(sentence, reference=None) == [("12 Januari 2021", ("2021-01-12",))]


def test_offsets_are_into_the_whole_text():
    text = "Judul berita\nPolisi datang Jumat (4/3) malam."
    mentions = find_dates(text, text.index("Polisi"), len(text), "id", REF)
    assert [text[m.start:m.end] for m in mentions] == ["Jumat (4/3)"]


@pytest.mark.parametrize("line, expected", [
    ("12 Maret 2022 08:15 WIB", dt.date(2022, 3, 12)),
    ("Kamis, 9 Juni 2022 - 21:40 WIB", dt.date(2022, 6, 9)),
    ("Detik.com - 03/08/2021, 14:20 WIB", dt.date(2021, 8, 3)),
    ("Jan 5, 2024, 6:45 PM", dt.date(2024, 1, 5)),
    ("Published: 17 October 2023", dt.date(2023, 10, 17)),
    ("Updated on March 2, 2021 at 10:00 am", dt.date(2021, 3, 2)),
    ("2023-05-14T09:30:00+07:00", dt.date(2023, 5, 14)),
    ("Pada 12 Maret 2022 ribuan buruh berdemo di depan gedung DPR.", None),
    ("The council voted on 4 May 2021 to close the mine.", None),
    ("Baca juga: Harga cabai naik", None),
    ("", None),
    ("31 Februari 2022 10:00 WIB", None),
])
def test_parse_dateline(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.com/2021/07/19/banjir-bandang/", dt.date(2021, 7, 19)),
    ("https://example.id/read/2020/11/02/123456/judul", dt.date(2020, 11, 2)),
    ("https://example.com/berita/20190415-judul-berita", dt.date(2019, 4, 15)),
    ("https://example.com/nasional/20180302101500-20-1234/judul", dt.date(2018, 3, 2)),
    ("https://example.com/5-Jan-2024/title", dt.date(2024, 1, 5)),
    ("https://example.com/d-1234567/judul", None),
    ("https://example.com/2021/13/40/judul", None),
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("text", [
    "1/" * 40000,
    "Senin (" * 20000,
    "12 " * 30000 + "Januari",
    "\u202e\u0000 Jumat (𝟐/𝟑) ١٢/٣ " * 3000,
    "Maret 2024 naik dari bulan sebelumnya, " * 5000,
    "2020 dan " * 20000,
])
def test_hostile_input_finishes(text):
    mentions = find_dates(text, 0, len(text), "id", REF)
    assert all(0 <= m.start < m.end <= len(text) for m in mentions)


def test_a_month_said_to_come_before_a_named_date_takes_that_year():
    sentence = "Pada Maret 2016 harga naik karena kebijakan bulan Februari sebelumnya."
    assert [v for _, vs in found(sentence) for v in vs] == ["2016-03", "2016-02"]


@pytest.mark.parametrize("sentence, expected", [
    ("Defisit dalam APBN 2021 melebar.", [("APBN 2021", ("2021",))]),
    ("The FY 2020 budget was cut.", [("FY 2020", ("2020",))]),
    ("Gedung 2020 Tower dibuka.", []),
])
def test_budget_years_are_dates_but_bare_numbers_are_not(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Harga turun sepekan lalu.", [("sepekan lalu", ("2022-03-03",))]),
    ("Polisi datang Selasa malam (8/3).", [("Selasa malam (8/3)", ("2022-03-08",))]),
    ("Warga melapor beberapa hari lalu.", []),
    ("Sidang ditunda hingga pekan depan.", [("pekan depan", ("2022-03-14", "2022-03-20"))]),
])
def test_one_word_units_times_of_day_and_vague_spans(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Gudang itu disegel pada akhir Januari.", "id", [("akhir Januari", ("2022-01",))]),
    ("The fund will be wound up by November.", "en", [("November", ("2022-11",))]),
    ("Bendungan ditargetkan rampung akhir 2026.", "id", [("akhir 2026", ("2026",))]),
    ("Jalur ganda diharapkan beroperasi pada pertengahan 2025.", "id", [("pertengahan 2025", ("2025",))]),
    ("The museum wing is expected to be finished by the end of 2027.", "en", [("the end of 2027", ("2027",))]),
    ("Output should recover by mid-2025.", "en", [("mid-2025", ("2025",))]),
    ("Stok beras saat ini 40 ton.", "id", [("saat ini", ("2022-03-10",))]),
    ("Ratusan warga kini tinggal di tenda.", "id", [("kini", ("2022-03-10",))]),
])
def test_sentence_final_months_parts_of_years_and_now_words(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence", [
    "Selama tiga hari pertama, parkir gratis.",
    "Vaksin diberikan kepada anak berusia 6 bulan hingga 12 tahun.",
    "The lease runs for two years.",
])
def test_durations_are_not_dates(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence, language, expected", [
    ("Pabrik baru ditargetkan beroperasi pada Januari.", "id", ("2023-01",)),
    ("The dam is expected to be finished by February.", "en", ("2023-02",)),
    ("Kami menargetkan cakupan 90 persen pada akhir Maret.", "id", ("2022-03",)),
    ("Pabrik itu beroperasi sejak Januari.", "id", ("2022-01",)),
])
def test_a_bare_month_in_a_plan_or_expectation_is_the_coming_one(sentence, language, expected):
    assert [v for _, values in found(sentence, language=language) for v in values] == list(expected)


@pytest.mark.parametrize("sentence, language, expected", [
    ("Crews expect to reconnect every home by Saturday.", "en", ("2022-03-12",)),
    ("Officials said the border would reopen on Monday.", "en", ("2022-03-14",)),
    ("Sekolah dijadwalkan dibuka kembali pada Kamis.", "id", ("2022-03-10",)),
    ("Sekolah dibuka kembali pada Senin.", "id", ("2022-03-07",)),
    ("The border reopened on Monday.", "en", ("2022-03-07",)),
])
def test_a_bare_weekday_in_a_plan_is_the_coming_one(sentence, language, expected):
    assert [v for _, values in found(sentence, language=language) for v in values] == list(expected)


# A day of a month written without its year is the coming one in a plan, however far ahead.
@pytest.mark.parametrize("sentence, language, expected", [
    ("The new tariff will take effect on Oct. 1.", "en", ("2022-10-01",)),
    ("The new tariff takes effect Oct. 1.", "en", ("2022-10-01",)),
    ("Tarif baru akan berlaku mulai 1 Oktober.", "id", ("2022-10-01",)),
    ("The new tariff took effect on Oct. 1.", "en", ("2021-10-01",)),
    ("Tarif baru berlaku sejak 1 Oktober.", "id", ("2021-10-01",)),
])
def test_a_day_of_a_month_without_its_year_in_a_plan_is_the_coming_one(sentence, language, expected):
    assert [v for _, values in found(sentence, language=language) for v in values] == list(expected)


@pytest.mark.parametrize("sentence, language, expected", [
    ("The poll was conducted Feb. 2-8, 2021.", "en", [("Feb. 2-8, 2021", ("2021-02-02", "2021-02-08"))]),
    ("Talks resume March 14-16 in Oslo.", "en", [("March 14-16", ("2022-03-14", "2022-03-16"))]),
    ("Voting is held on April 9 and 10.", "en", [("April 9 and 10", ("2022-04-09", "2022-04-10"))]),
    ("Survei digelar 27 Januari-2 Februari 2021.", "id", [("27 Januari-2 Februari 2021", ("2021-01-27", "2021-02-02"))]),
    ("Harga naik sepanjang 2021.", "id", [("sepanjang 2021", ("2021",))]),
    ("Tanggul jebol sepanjang 2000 meter.", "id", []),
    ("Exports fell in 2019 and 2020.", "en", [("in 2019", ("2019",)), ("and 2020", ("2020",))]),
    ("Tarif naik 4 persen pada 2020 dan 2022.", "id", [("pada 2020", ("2020",)), ("dan 2022", ("2022",))]),
])
def test_periods_with_both_ends_and_listed_years(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Proyek itu ditargetkan rampung akhir tahun.", "id", [("akhir tahun", ("2022",))]),
    ("Crews aim to be done before the end of the month.", "en", [("the end of the month", ("2022-03",))]),
    ("Gaji dibayar pada awal bulan depan.", "id", [("bulan depan", ("2022-04",))]),
    ("Ia dihukum 3 tahun penjara.", "id", []),
])
def test_a_part_of_the_current_month_or_year(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Monday's quake damaged the old market.", "en", [("Monday", ("2022-03-07",))]),
    ("Salat Jum'at ditiadakan.", "id", [("Jum'at", ("2022-03-04",))]),
])
def test_possessive_weekdays(sentence, language, expected):
    assert found(sentence, language=language) == expected


def test_the_past_week_is_a_stretch_not_last_weeks_date():
    # a stretch ending at the report: its two ends, not the calendar week before
    assert found("Over the past week, 40 homes were flooded.", language="en") == \
        [("the past week", ("2022-03-03", "2022-03-10"))]
    assert found("Prices rose last week.", language="en") == [("last week", ("2022-02-28", "2022-03-06"))]


def test_a_month_something_runs_since_is_not_moved_ahead_by_a_plan():
    sentence = "Pabrik yang dibangun sejak Februari itu akan beroperasi pada Juni."
    assert [v for _, values in found(sentence) for v in values] == ["2022-02", "2022-06"]


@pytest.mark.parametrize("sentence, language, expected", [
    ("Lonjakan terjadi pada Mei, dengan 40 kasus.", "id", [("Mei", ("2022-05",))]),
    # (said in March, a May that sales already peaked in is last year's)
    ("Sales peaked in May, the company said.", "en", [("in May", ("2021-05",))]),
    # "Mei 5 persen" is May's figure, not 5 May
    ("Inflasi Mei 5 persen.", "id", [("Mei", ("2022-05",))]),
    ("Prices may rise, said Theresa May.", "en", []),
    ("May I ask a question?", "en", []),
])
def test_mei_and_may(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Data akan dirilis pada 1 April mendatang.", [("1 April mendatang", ("2022-04-01",))]),
    ("Sidang digelar 5 Mei lalu.", [("5 Mei lalu", ("2021-05-05",))]),
    ("Pameran dibuka 2 Maret depan.", [("2 Maret depan", ("2023-03-02",))]),
])
def test_a_day_and_month_said_to_be_past_or_coming(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Last year, the rainy season began on October 28.", "en", [("October 28", ("2021-10-28",))]),
    ("Tahun lalu, banjir besar terjadi pada 3 Januari di Demak.", "id", [("3 Januari", ("2021-01-03",))]),
    ("Next year, the fair runs from June 1 to June 5.", "en", [("June 1", ("2023-06-01",)), ("June 5", ("2023-06-05",))]),
    ("Tahun lalu inflasi naik.", "id", [("Tahun lalu", ("2021",))]),
    # a number before the unit counts years back: no "last year" ("74.000 tahun lalu")
    ("Kawah itu terbentuk sekitar 74.000 tahun lalu.", "id", []),
    ("Proyek itu dimulai 1,5 tahun lalu.", "id", []),
])
def test_a_relative_year_places_the_year_less_dates_of_its_span(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Payroll growth cooled to 2.8% over the three months to June, against 3.4% in the previous three months.",
     [("three months to June", ("2021-04", "2021-06")), ("previous three months", ("2021-01", "2021-03"))]),
    ("Prices rose 6 percent in the 12 months to January 2022.", [("12 months to January 2022", ("2021-02", "2022-01"))]),
    # a quarter is three months
    ("Net profit rose 12% in the quarter ended December 31, 2021.",
     [("quarter ended December 31, 2021", ("2021-10", "2021-12"))]),
])
def test_months_to_a_month_are_a_period_ending_with_it(sentence, expected):
    assert found(sentence, language="en") == expected


# "In the first nine months, …": a results period closing its phrase is of the report's year.
def test_the_first_months_closing_their_phrase_are_of_the_reports_year():
    assert found("In the first two months, exports rose 4%.", language="en") == [("first two months", ("2022-01", "2022-02"))]
    assert found("Admissions fell 40% in the first three months, researchers said.", language="en") == []
    assert found("The first two months of the project were hard.", language="en") == []


# BMKG's ten-day parts of a month: days 1-10, 11-20 and 21 to the month's end.
@pytest.mark.parametrize("sentence, expected", [
    ("Hujan lebat terjadi pada dasarian II Februari 2022.", ("2022-02-11", "2022-02-20")),
    ("Curah hujan tinggi diprediksi pada dasarian III Februari 2022.", ("2022-02-21", "2022-02-28")),
    ("Musim hujan tiba pada dasarian ketiga November 2021 hingga dasarian pertama Desember 2021.",
     ("2021-11-21", "2021-12-10")),
])
def test_a_dasarian_is_a_ten_day_part_of_its_month(sentence, expected):
    assert [v for _, values in found(sentence) for v in values] == list(expected)


def test_may_before_a_day_is_the_day():
    # (the stretch runs from the last May 2 before the reference)
    assert found("Nine people have died since May 2.", language="en") == [("May 2", ("2021-05-02",))]


def test_only_a_plan_said_inside_the_span_moves_its_month_ahead():
    text = "Pabrik itu beroperasi pada Januari. Tahun depan pabrik akan diperluas."
    first = text.index(".") + 1
    reference = dt.date(2022, 6, 1)
    assert [m.values for m in find_dates(text, 0, first, "id", reference)] == [("2022-01",)]
    assert [m.values for m in find_dates(text, 0, len(text), "id", reference)] == [("2023-01",)]


@pytest.mark.parametrize("sentence, expected", [
    ("NAIROBI, March 3 - Officials said on Tuesday that 40 homes were lost", ["2024-03-05"]),
    ("March 4 (Reuters) - The bank raised its rate", []),
    ("MEDAN, 4 Maret (Antara) - Polisi menangkap dua tersangka", []),
    ("Pada 4 Maret - hari yang cerah - polisi datang", ["2024-03-04"]),     # no city before: no dateline
    ("Sales peaked on March 4 - a record for the shop", ["2024-03-04"]),   # mid-line
])
def test_a_wire_dateline_opening_a_line_is_no_date_of_the_claim(sentence, expected):
    ref = dt.date(2024, 3, 6)       # a Wednesday
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Persik Kediri host Barito Putera on Saturday", ["2024-03-09"]),
    ("The two sides meet again on Monday", ["2024-03-11"]),
    ("Persik Kediri hosted Barito Putera on Saturday", ["2024-03-02"]),
    ("The striker, who plays for Persik, scored on Saturday", ["2024-03-02"]),   # a relative clause
    ("Persik menjamu Barito Putera pada Sabtu", ["2024-03-02"]),                 # no tense in Indonesian
    # a visitor's schedule told the same way
    ("The prime minister leaves for Canberra on Friday", ["2024-03-08"]),
    ("The prime minister left for Canberra on Friday", ["2024-03-01"]),
    ("About 300 residents had to leave for the hills on Friday", ["2024-03-01"]),
])
def test_an_english_fixture_in_the_present_simple_is_the_coming_day(sentence, expected):
    ref = dt.date(2024, 3, 6)       # a Wednesday
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a schedule told in the present simple looks ahead
    ("The trial opens on Monday", ["2024-03-11"]),
    ("Voters head to the polls on Sunday", ["2024-03-10"]),
    ("Schools reopen on Monday after the holiday", ["2024-03-11"]),
    ("The council is due to vote on Tuesday", ["2024-03-12"]),
    ("Polls close at 8 p.m. on Sunday", ["2024-03-10"]),
    ("Kickoff is at 3 p.m. on Saturday", ["2024-03-09"]),
    ("The museum reopens in June", ["2024-06"]),
    # ... the past, a negated past and a noun do not
    ("The trial opened on Monday", ["2024-03-04"]),
    ("The shops did not open on Monday", ["2024-03-04"]),
    ("Traders blamed the late start on Monday for the losses", ["2024-03-04"]),
    # ... nor a schedule word in an earlier clause
    ("The bridge opens to traffic next year, but crews finished the deck on Monday", ["2025", "2024-03-04"]),
    ("The school didn't open on Monday", ["2024-03-04"]),
    # ... nor one whose day belongs to another noun after it
    ("The film opens with the attack on Monday that killed 12 people", ["2024-03-04"]),
    ("The museum reopens to the public on Saturday", ["2024-03-09"]),
    ("Results are expected on Monday", ["2024-03-11"]),
    # a clock time or a place with its article may stand between
    ("Polls open at 7 a.m. on Saturday", ["2024-03-09"]),
    ("The exhibition opens at the National Gallery on Saturday", ["2024-03-09"]),
])
def test_an_english_schedule_in_the_present_simple_looks_ahead(sentence, expected):
    ref = dt.date(2024, 3, 6)       # a Wednesday
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


# A bare month word after a capitalised word inside a sentence is part of a name.
@pytest.mark.parametrize("sentence, expected", [
    ("Harga cabai naik, kata Lim Mei, pedagang di pasar itu", []),
    ("Warga Desa Juni Jaya mengungsi ke balai desa", []),
    # ... not after a word that opens a time phrase, nor at the head of a sentence
    ("Pada Juni Kementerian Keuangan mencatat defisit", ["2024-06"]),
    ("Ekspor naik, dan Sejak Mei harga turun", ["2024-05"]),
    ("Inflation eased in the US in May", ["2024-05"]),
    # at the head of a sentence, a name runs on after the month; a time phrase's comma does not
    ("Goh Mei Ling mengatakan 300 unit terjual", []),
    ("Memasuki Juni, harga beras naik", ["2024-06"]),
])
def test_a_month_word_inside_a_name_is_no_date(sentence, expected):
    ref = dt.date(2024, 7, 10)
    assert [v for m in find_dates(sentence, 0, len(sentence), "id", ref) for v in m.values] == expected


def test_a_weekday_said_with_besok_is_the_coming_one():
    sentence = "Rapat paripurna digelar Selasa besok"
    assert [v for m in find_dates(sentence, 0, len(sentence), "id", dt.date(2024, 3, 6)) for v in m.values] \
        == ["2024-03-12"]


@pytest.mark.parametrize("sentence, expected", [
    ("The ferry line now operates 14 boats", ["2024-03-06"]),
    ("The toll now stands at 40", ["2024-03-06"]),
    ("Pabrik itu kini mempekerjakan 900 orang", ["2024-03-06"]),
    ("Now that the rain has stopped, 40 families went home", []),
    ("The now-defunct carrier flew 12 jets", []),
    ("Until now this road was closed", []),
])
def test_now_before_a_present_verb_states_the_reports_day(sentence, expected):
    ref = dt.date(2024, 3, 6)
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Firefighters expect calmer winds to help by Saturday", ["2024-03-09"]),
    ("Forecasters say rain is forecast for Friday", ["2024-03-08"]),
    ("Hujan lebat berpotensi turun pada Jumat", ["2024-03-08"]),
    ("Firefighters expected calmer winds on Saturday", ["2024-03-02"]),    # past: no plan
])
def test_an_expectation_in_the_present_names_the_coming_weekday(sentence, expected):
    ref = dt.date(2024, 3, 6)
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Last summer, a flood cut the road for 12 days", ["2023"]),
    ("The plant will reopen next spring", ["2025"]),
    ("Tourism fell this summer", ["2024"]),
    ("The fall in prices surprised traders", []),          # a drop, not a season
    ("Last winter the lake froze", []),                     # winter spans two years: left alone
])
def test_a_season_said_against_the_report_names_its_year(sentence, expected):
    ref = dt.date(2024, 7, 10)
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The fleet grew to 30 ships, up from 24 at the end of 2022", ["2022-12"]),
    ("Stok beras pada akhir 2023 tercatat 1,2 juta ton", ["2023-12"]),
    ("The tunnel is expected to carry traffic by the end of 2025", ["2025"]),   # a target: the year
    ("Proyek ditargetkan rampung akhir 2023", ["2023"]),                  # a plan, even a past one
    ("Sales in 2023 rose 4 percent", ["2023"]),
])
def test_a_past_years_end_is_its_december_and_a_targets_end_its_year(sentence, expected):
    ref = dt.date(2024, 5, 15)
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


# REF is Thursday 10 March 2022.
@pytest.mark.parametrize("sentence, language, expected", [
    # a week named against the report is a calendar week, Monday to Sunday (a period's two ends)
    ("Pasar itu terbakar pekan lalu.", "id", [("pekan lalu", ("2022-02-28", "2022-03-06"))]),
    ("Vaksinasi digelar minggu ini.", "id", [("minggu ini", ("2022-03-07", "2022-03-13"))]),
    ("The results are due next week.", "en", [("next week", ("2022-03-14", "2022-03-20"))]),
    # ... while "a week ago" stays one day, seven days back
    ("Harga turun seminggu lalu.", "id", [("seminggu lalu", ("2022-03-03",))]),
    # a weekend is its Saturday and Sunday: the one just past, this week's, or next week's
    ("Akhir pekan lalu, hujan deras mengguyur kota.", "id", [("Akhir pekan lalu", ("2022-03-05", "2022-03-06"))]),
    ("Pameran dibuka akhir pekan ini.", "id", [("akhir pekan ini", ("2022-03-12", "2022-03-13"))]),
    ("Police arrested two men last weekend.", "en", [("last weekend", ("2022-03-05", "2022-03-06"))]),
    ("Three shops were looted over the weekend.", "en", [("over the weekend", ("2022-03-05", "2022-03-06"))]),
    ("The festival returns next weekend.", "en", [("next weekend", ("2022-03-19", "2022-03-20"))]),
])
def test_weeks_and_weekends_named_against_the_report_are_periods(sentence, language, expected):
    assert found(sentence, language=language) == expected


def test_last_weekend_said_on_a_monday_is_the_one_just_past():
    monday = dt.date(2022, 3, 14)
    assert found("Akhir pekan lalu pasar tutup.", monday) == [("Akhir pekan lalu", ("2022-03-12", "2022-03-13"))]


@pytest.mark.parametrize("sentence, language, expected", [
    ("Jembatan itu dibangun satu dekade lalu.", "id", [("satu dekade lalu", ("2012",))]),
    ("Kota itu dilanda banjir serupa dua dasawarsa lalu.", "id", [("dua dasawarsa lalu", ("2002",))]),
    ("The mine closed a decade ago.", "en", [("a decade ago", ("2012",))]),
    ("The plant opened three decades ago.", "en", [("three decades ago", ("1992",))]),
])
def test_decades_ago_name_a_year(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # the whole months (or years) before the report's own
    ("Harga cabai naik selama tiga bulan terakhir.", "id", [("tiga bulan terakhir", ("2021-12", "2022-02"))]),
    ("Dalam lima tahun terakhir, produksi garam menurun.", "id", [("lima tahun terakhir", ("2017", "2021"))]),
    ("Rents rose 9 percent in the past six months.", "en", [("past six months", ("2021-09", "2022-02"))]),
    ("Over the last two years, the town lost 300 jobs.", "en", [("last two years", ("2020", "2021"))]),
    # months 1..N of a year, only when the year is said ("tiga bulan pertama operasi" is not)
    ("Pada lima bulan pertama tahun ini ekspor naik.", "id", [("lima bulan pertama tahun ini", ("2022-01", "2022-05"))]),
    ("Penjualan turun pada tiga bulan pertama 2021.", "id", [("tiga bulan pertama 2021", ("2021-01", "2021-03"))]),
    ("In the first two months of the year, sales rose.", "en", [("first two months of the year", ("2022-01", "2022-02"))]),
    ("Selama tiga bulan pertama operasi, tarif digratiskan.", "id", []),
])
def test_the_last_or_first_n_months_or_years_are_periods(sentence, language, expected):
    assert found(sentence, language=language) == expected


def test_the_first_months_of_a_year_not_yet_that_far_are_last_years():
    # in March, "the first seven months of the year" can only be the year before
    assert found("Car registrations dropped in the first seven months of the year.", language="en") == \
        [("first seven months of the year", ("2021-01", "2021-07"))]


@pytest.mark.parametrize("sentence, expected", [
    ("Operating profit for the eight months ended August 31 slipped 3 percent.",
     [("eight months ended August 31", ("2021-01", "2021-08"))]),
    ("Revenue for the nine months ended September 30, 2021 fell.",
     [("nine months ended September 30, 2021", ("2021-01", "2021-09"))]),
])
def test_months_ended_on_a_day_are_the_months_up_to_its_month(sentence, expected):
    assert found(sentence, language="en") == expected


# A fiscal calendar's quarter ends on a day that closes no month: that day is what the text
# gives, and an ordinal before it ("second quarter") is the company's, not the calendar's.
@pytest.mark.parametrize("sentence, expected", [
    ("Revenue in the quarter ended January 29 rose 8 percent.", [("quarter ended January 29", ("2022-01-29",))]),
    ("Revenue in the fourth quarter ended Jan. 29 rose 8 percent.", [("quarter ended Jan. 29", ("2022-01-29",))]),
    # a calendar quarter's last day keeps its months, a month abbreviated too
    ("Revenue in the fourth quarter ended Dec. 31 rose 8 percent.", [("quarter ended Dec. 31", ("2021-10", "2021-12"))]),
])
def test_a_quarter_ended_on_a_day_inside_a_month_is_that_day(sentence, expected):
    assert found(sentence, language="en") == expected


# REF is Thursday 10 March 2022.
@pytest.mark.parametrize("sentence, language, expected", [
    # a weekday placed in a named week: that week's day, whichever way the weekday alone would go
    ("Sidang lanjutan digelar Jumat pekan depan.", "id", [("Jumat pekan depan", ("2022-03-18",))]),
    ("Rapat digelar Senin pekan ini.", "id", [("Senin pekan ini", ("2022-03-07",))]),
    ("Pasar itu dibongkar Selasa minggu lalu.", "id", [("Selasa minggu lalu", ("2022-03-01",))]),
    # "this Friday", "Jumat ini": the day of the report's own week, here still to come
    ("The mayor will visit the site this Saturday.", "en", [("this Saturday", ("2022-03-12",))]),
    ("Bantuan disalurkan Sabtu ini.", "id", [("Sabtu ini", ("2022-03-12",))]),
    # "tadi" is earlier on the day of the report
    ("Gempa terasa dini hari tadi.", "id", [("dini hari tadi", ("2022-03-10",))]),
    ("Tadi pagi, dua truk terguling.", "id", [("Tadi pagi", ("2022-03-10",))]),
])
def test_weekdays_in_a_named_week_and_earlier_today(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a quarter or half-year with its year said against the report
    ("Laba turun pada kuartal II tahun lalu.", "id", [("kuartal II tahun lalu", ("2021-04", "2021-06"))]),
    ("Produksi naik pada semester pertama tahun ini.", "id", [("semester pertama tahun ini", ("2022-01", "2022-06"))]),
    ("Sales fell in the third quarter of last year.", "en", [("third quarter of last year", ("2021-07", "2021-09"))]),
    # without a year, one not yet over is last year's (figures come after their period) ...
    ("Ekspor naik 4 persen pada kuartal II.", "id", [("kuartal II", ("2021-04", "2021-06"))]),
    ("Penjualan turun pada semester pertama.", "id", [("semester pertama", ("2021-01", "2021-06"))]),
    # ... one already over is this year's, and a plan's is still to come
    ("Inflasi naik pada kuartal I.", "id", [("kuartal I", ("2021-01", "2021-03"))]),
    ("Pabrik akan beroperasi pada kuartal III.", "id", [("kuartal III", ("2022-07", "2022-09"))]),
])
def test_quarters_and_halves_take_the_year_said_or_the_last_complete_one(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a bare month still to come is last year's in a clause that reports what happened ...
    ("Sales rose 4 percent in June.", "en", [("June", ("2021-06",))]),
    ("Pada Mei, harga cabai sempat turun.", "id", [("Mei", ("2021-05",))]),
    ("Exports grew between April and June, the ministry said.", "en", [("April and June", ("2021-04", "2021-06"))]),
    # ... and the coming one in a plan, a forecast or with "mendatang"/"nanti"
    ("Harga diperkirakan turun pada April.", "id", [("April", ("2022-04",))]),
    ("Jalan tol dibuka Juni nanti.", "id", [("Juni", ("2022-06",))]),
    ("Pemilu digelar Mei mendatang.", "id", [("Mei mendatang", ("2022-05",))]),
    # a month already reached this year is this year's
    ("Harga naik pada Februari.", "id", [("Februari", ("2022-02",))]),
])
def test_a_bare_month_ahead_of_the_report_is_last_years_unless_the_clause_looks_ahead(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # forward from the date just named in the span ...
    ("Ia ditangkap pada 1 Maret dan dibebaskan dua hari kemudian.", "id",
     [("1 Maret", ("2022-03-01",)), ("dua hari kemudian", ("2022-03-03",))]),
    ("The dam failed on Feb. 20, and a week later the valley was evacuated.", "en",
     [("Feb. 20", ("2022-02-20",)), ("a week later", ("2022-02-27",))]),
    ("Gempa terjadi Senin (7/3), keesokan harinya sekolah diliburkan.", "id",
     [("Senin (7/3)", ("2022-03-07",)), ("keesokan harinya", ("2022-03-08",))]),
    # ... and nothing when nothing was named before it (the reference is not meant)
    ("The next day, police arrested him.", "en", []),
])
def test_later_and_the_next_day_move_forward_from_the_date_just_named(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Output rose 3 percent in the year to January.", [("year to January", ("2021-02", "2022-01"))]),
    ("In the fiscal year ended December 31, 2021, profit rose.",
     [("year ended December 31, 2021", ("2021-01", "2021-12"))]),
])
def test_a_year_to_a_month_is_the_twelve_months_ending_with_it(sentence, expected):
    assert found(sentence, language="en") == expected


def test_a_span_of_years_after_a_capitalised_preposition_is_a_period():
    assert found("Pada 2019-2021, kasus naik dua kali lipat.") == [("2019-2021", ("2019", "2021"))]
    assert found("Klub itu juara Liga 2 2021-2022.") == []


@pytest.mark.parametrize("sentence, expected", [
    # the start of a week is its Monday: this week's when none is named (REF is Thursday 10 March)
    ("Sejak awal pekan, pasokan cabai berkurang.", [("awal pekan", ("2022-03-07",))]),
    ("Uji coba digelar awal pekan depan.", [("awal pekan depan", ("2022-03-14",))]),
    ("Pada awal minggu lalu, stok beras habis.", [("awal minggu lalu", ("2022-02-28",))]),
])
def test_the_start_of_a_week_is_its_monday(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # months said of every year ("biasanya", "usually", "setiap tahun") are no date
    ("Musim hujan biasanya berlangsung dari November hingga Maret.", "id", []),
    ("The rainy season usually runs from March to May.", "en", []),
    ("Festival itu digelar setiap tahun pada Agustus.", "id", []),
    # a year said keeps its months dated
    ("Festival itu setiap tahun digelar, terakhir pada Agustus 2021.", "id", [("Agustus 2021", ("2021-08",))]),
])
def test_months_of_a_habit_are_no_date(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a coming month that starts or ends a stretch is still to come, even beside a figure's change
    ("Tarif listrik naik mulai April.", [("April", ("2022-04",))]),
    ("Harga gula turun hingga akhir Mei.", [("akhir Mei", ("2022-05",))]),
])
def test_a_month_opening_or_closing_a_stretch_is_not_moved_back(sentence, expected):
    assert found(sentence) == expected


def test_last_weekday_said_on_that_weekday_is_a_week_ago():
    monday = dt.date(2022, 3, 14)
    assert found("Rapat digelar Senin lalu.", monday) == [("Senin lalu", ("2022-03-07",))]
    assert found("The talks began last Monday.", monday, "en") == [("last Monday", ("2022-03-07",))]
    # without "lalu"/"last" the weekday of the report is its own day
    assert found("Rapat digelar Senin.", monday) == [("Senin", ("2022-03-14",))]


def test_an_estimate_neither_moves_a_weekday_ahead_nor_a_month_back():
    # "diperkirakan" estimates what happened as often as it forecasts
    assert found("Kebakaran pada Senin diperkirakan menghanguskan 20 rumah.") == [("Senin", ("2022-03-07",))]
    assert found("Harga diperkirakan turun pada April.") == [("April", ("2022-04",))]


# REF is a Thursday: the Friday just past is 2022-03-04, the coming one 2022-03-11.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Pameran buku itu berlangsung hingga Jumat.", "id", ("2022-03-11",)),
    ("Jalan tol itu ditutup sementara sampai Jumat.", "id", ("2022-03-11",)),
    ("Voters can register online until Friday.", "en", ("2022-03-11",)),
    ("The exhibition stays open through Friday.", "en", ("2022-03-11",)),
    # a clause in the past keeps the weekday just past
    ("The bridge was closed until Friday.", "en", ("2022-03-04",)),
    ("Jalan itu sempat ditutup hingga Jumat.", "id", ("2022-03-04",)),
    # an opening "Hingga Jumat," is the as-of day of what follows, not a stretch ahead
    ("Hingga Jumat, 40 rumah terendam.", "id", ("2022-03-04",)),
    # a count told up to the weekday is as of the day just past, unless the stretch still runs
    ("Korban tewas bertambah menjadi 31 orang hingga Jumat malam.", "id", ("2022-03-04",)),
    ("Sebanyak 12 sekolah rusak sampai Jumat.", "id", ("2022-03-04",)),
    ("Potongan harga 30 persen berlaku hingga Jumat.", "id", ("2022-03-11",)),
])
def test_a_running_stretch_until_a_bare_weekday_ends_on_the_coming_one(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # the year before only says how the change is measured: the month itself
    ("Car sales rose 11% in February from a year earlier.", [("February", ("2022-02",))]),
    ("Exports fell 3% in January compared with a year ago.", [("January", ("2022-01",))]),
    ("Rents rose 6% last month over a year earlier.", [("last month", ("2022-02",))]),
])
def test_a_change_from_a_year_earlier_is_year_on_year(sentence, expected):
    assert found(sentence, language="en") == expected


def test_a_base_figure_a_year_earlier_keeps_its_own_date():
    sentence = "Profit rose to $4 million in January from $3 million a year earlier."
    assert [values for _, values in found(sentence, language="en")] == [("2022-01",), ("2021-01",)]


@pytest.mark.parametrize("sentence, language, expected", [
    ("Penumpang naik 8 persen dari 2020.", "id", [("2020",)]),
    ("Produksi turun 5 persen dibandingkan 2019.", "id", [("2019",)]),
    ("Fares rose 4% compared with 2021.", "en", [("2021",)]),
    ("Traffic was up 6% from 2019.", "en", [("2019",)]),
    # a number with a unit after "dari" is no year
    ("Jumlah itu naik dari 2000 orang.", "id", []),
])
def test_a_comparison_base_named_by_its_year_alone_is_a_date(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sepanjang 2021 tercatat 97 kebakaran hutan.", [("2021",)]),
    ("Produksi garam sepanjang 2020 mencapai 1,2 juta ton.", [("2020",)]),
    # a number with a length unit after "sepanjang" is a length, not a year
    ("Tanggul itu dibangun sepanjang 2010 meter.", []),
])
def test_throughout_a_year_followed_by_a_verb_is_that_year(sentence, expected):
    assert [values for _, values in found(sentence)] == expected


def test_a_month_starting_a_count_survives_a_habit_named_in_the_same_sentence():
    sentence = "Storms, which usually hit between May and July, have damaged 300 homes since mid-June."
    assert [values for _, values in found(sentence, language="en")] == [("2021-06",)]


@pytest.mark.parametrize("sentence, language", [
    ("The farmers' market opens every Saturday.", "en"),
    ("Pengajian digelar setiap Jumat di masjid itu.", "id"),
    ("Kapal berangkat tiap hari Senin dari pelabuhan.", "id"),
    # the habit covers every weekday listed after it
    ("Posyandu buka setiap Selasa dan Kamis pagi.", "id"),
    ("The library stays open late every Monday, Wednesday and Friday.", "en"),
    ("Bus ke bandara berangkat tiap Sabtu atau Minggu sore.", "id"),
])
def test_a_weekly_habit_names_no_day(sentence, language):
    assert found(sentence, language=language) == []


@pytest.mark.parametrize("sentence, expected", [
    # a weekday with its own relative word is a day, even in the habit's list
    ("Pasar biasanya buka setiap Minggu dan Sabtu lalu tutup karena banjir.", [("2022-03-05",)]),
    # a weekday after a comma alone ends the habit's list unless the list goes on
    ("Rapat rutin yang digelar setiap Rabu, Senin, membahas harga pangan.", [("2022-03-07",)]),
])
def test_a_weekday_beside_a_habit_keeps_its_day(sentence, expected):
    assert [values for _, values in found(sentence)] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("From January to February, bookings reached 40 rooms, against 31 over the same period last year.", "en",
     [("2022-01", "2022-02"), ("2021-01", "2021-02")]),
    ("Pada Januari hingga Februari, kunjungan turun dari periode yang sama tahun lalu.", "id",
     [("2022-01", "2022-02"), ("2021-01", "2021-02")]),
])
def test_the_year_of_the_same_period_last_year_places_only_the_base(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


# A comparison base told after the claim's own period names the base's time only: the claim's
# months stay in their own year, however the base is phrased.
@pytest.mark.parametrize("sentence, language, expected", [
    ("From January to February, the mill ground 800 tonnes, up from 650 tonnes in the same months last year.",
     "en", [("2022-01", "2022-02"), ("2021-01", "2021-02")]),
    ("From January to February, the mill ground 800 tonnes, up from 650 tonnes last year.",
     "en", [("2022-01", "2022-02"), ("2021",)]),
    ("Pada Januari hingga Februari, penggilingan mengolah 800 ton, lebih tinggi dari 650 ton tahun lalu.",
     "id", [("2022-01", "2022-02"), ("2021",)]),
    ("Selama Januari-Februari, penumpang kapal mencapai 9.000 orang, dibandingkan 7.500 orang pada kurun waktu yang sama tahun lalu.",
     "id", [("2022-01", "2022-02"), ("2021-01", "2021-02")]),
])
def test_a_later_comparison_base_keeps_the_claim_in_its_own_year(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


# A year that scopes the whole sentence still places its months.
@pytest.mark.parametrize("sentence, language, expected", [
    ("In January last year, the mill ground 800 tonnes.", "en", [("2021-01",)]),
    ("Tahun lalu, penggilingan berhenti pada Januari hingga Februari.", "id", [("2021-01", "2021-02")]),
])
def test_a_year_outside_a_comparison_still_places_the_months(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


# A deadline or a reading at the end of a unit: the end of a named month is that month, a
# deadline at the end of this year that year (as the end of a year named by its number still to
# come), in both languages and however it is compounded.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Dinas akan memasang 40 lampu jalan pada akhir Juni.", "id", [("2022-06",)]),
    ("The council will fit 40 street lights by the end of June.", "en", [("2022-06",)]),
    ("Dinas menargetkan 40 lampu terpasang hingga akhir tahun ini.", "id", [("2022",)]),
    ("The council will fit 40 street lights before the end of the year.", "en", [("2022",)]),
    ("The council will fit 40 street lights by year-end.", "en", [("2022",)]),
    ("The new pier is expected to open by the end of the year.", "en", [("2022",)]),
    ("Stok beras tercatat 2 juta ton pada akhir tahun lalu.", "id", [("2021-12",)]),
    ("The council will fit 40 street lights before year end.", "en", [("2022",)]),
    ("The council will fit 40 street lights by month-end.", "en", [("2022-03",)]),
    ("The council will fit 40 street lights by the end of 2023.", "en", [("2023",)]),
])
def test_a_deadline_at_the_end_of_a_unit_keeps_the_precision_named(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


# A figure read at the end of a past year is December's, whether the year is named or relative.
@pytest.mark.parametrize("sentence, language, expected", [
    ("The co-operative had 310 members at the end of 2020.", "en", [("2020-12",)]),
    ("The co-operative had 310 members at the end of last year.", "en", [("2021-12",)]),
    ("Koperasi itu memiliki 310 anggota pada akhir tahun lalu.", "id", [("2021-12",)]),
    ("Koperasi itu memiliki 310 anggota pada akhir 2020.", "id", [("2020-12",)]),
    # the whole of last year stays the year
    ("The co-operative lost 12 members last year.", "en", [("2021",)]),
])
def test_a_reading_at_a_past_year_end_is_december(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence", [
    "Year-end bonuses at the mill rose to 2 million rupiah.",
    "The mill paid its month-end wages in cash.",
])
def test_year_end_as_a_modifier_names_no_time(sentence):
    assert found(sentence, language="en") == []


# A span of months closed by a relative year lies in that year, also as a comparison base.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Ekspor pada Januari hingga Februari tahun lalu mencapai 98.000 ton.", "id", [("2021-01", "2021-02")]),
    ("From January to February last year, the depot stored 3,000 tonnes.", "en", [("2021-01", "2021-02")]),
    ("Penjualan Januari-Februari naik menjadi 900 unit dibandingkan 700 unit pada Januari-Februari tahun lalu.",
     "id", [("2022-01", "2022-02"), ("2021-01", "2021-02")]),
    ("Sales from January to February rose to 900 units from 700 units in January to February last year.",
     "en", [("2022-01", "2022-02"), ("2021-01", "2021-02")]),
])
def test_a_span_of_months_closed_by_a_relative_year(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a span of years gives both ends (rule 9), its first year opened by "between" / "antara"
    ("The survey covered farms between 2010 and 2020 in three provinces.", "en", [("2010",), ("2020",)]),
    ("Data dihimpun antara 2016 dan 2021 oleh dinas.", "id", [("2016",), ("2021",)]),
    # a number that only looks like a year, with no year after it, is no date
    ("Between 2000 and 2500 people joined the march.", "en", []),
    ("Antara 1900 dan 2100 peserta ikut lomba itu.", "id", []),
])
def test_the_first_year_of_a_span_between_two_years_is_a_date(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # what runs since a bare month began in the past, whatever the tense ("has been")
    ("The currency has been stable since December.", "en", [("2021-12",)]),
    ("Harga cabai terus naik sejak November.", "id", [("2021-11",)]),
    # ... while a month a plan runs until is still ahead
    ("The bridge will stay closed until June.", "en", [("2022-06",)]),
])
def test_a_bare_month_something_runs_since_is_in_the_past(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a relative year said in an aside is the aside's: it places no month outside it
    ("Credit growth, which turned negative last year, rose to 3 percent in February.", "en", [("2022-02",)]),
    ("Ekspor kopi, yang sempat anjlok tahun lalu, naik 9 persen pada Februari.", "id", [("2022-02",)]),
    # a relative year that opens the sentence still places its months
    ("Last year, the rains arrived on November 20.", "en", [("2021-11-20",)]),
    # ... and one outside an aside whose month is the aside's own stays the clause's date
    ("The bank may cut rates late this year if inflation, which hit 5 percent in March, eases.", "en",
     [("2022",)]),
    ("Pabrik akan dibuka akhir tahun ini jika izin, yang diajukan pada Maret, terbit.", "id", [("2022",)]),
])
def test_a_relative_year_in_an_aside_places_nothing_outside_it(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a step of months or a year moves the period a figure is for, not the day it was told
    ("The firm posted a loss for the October-December quarter on Thursday, compared with a profit "
     "a year earlier.", "en", [("2021-10", "2021-12"), ("2022-03-10",), ("2020-10", "2020-12")]),
    ("Inflasi Februari diumumkan Selasa (1/3), naik dari 2 persen pada bulan sebelumnya.", "id",
     [("2022-02",), ("2022-03-01",), ("2022-01",)]),
    # a step of days still moves the day
    ("The toll rose to 40 on Monday from 31 a day earlier.", "en", [("2022-03-07",), ("2022-03-06",)]),
])
def test_a_step_back_of_months_moves_the_period_not_the_day(sentence, language, expected):
    assert [values for _, values in found(sentence, language=language)] == expected


@pytest.mark.parametrize("sentence, reference, expected", [
    # "full-year" is the year the report falls in ...
    ("The brewer stuck to its forecast of full-year revenue growth of 5%.", dt.date(2025, 10, 23), [("2025",)]),
    ("The bank expects full-year profit to rise.", dt.date(2025, 2, 12), [("2025",)]),
    # ... but full-year results told early in a year are the last year's
    ("Full-year profit rose 8% to 2.1 billion.", dt.date(2025, 2, 12), [("2024",)]),
    # a year written after it belongs to the year pattern
    ("Full-year 2023 revenue fell.", dt.date(2025, 2, 12), [("2023",)]),
])
def test_full_year_is_the_year_of_the_report(sentence, reference, expected):
    assert [values for _, values in found(sentence, reference=reference, language="en")] == expected


@pytest.mark.parametrize("sentence, reference, language, expected", [
    # a past verb right before the month or weekday holds, whatever a later clause plans
    ("Uji coba began in June and will end next month.", dt.date(2023, 10, 5), "en", [("June", ("2023-06",)), ("next month", ("2023-11",))]),
    ("The board voted 5-2 Monday, and fees will rise in January.", dt.date(2023, 10, 5), "en",
     [("Monday", ("2023-10-02",)), ("January", ("2024-01",))]),
    # a passive after "be" still looks ahead
    ("The bridge will be finished in March.", dt.date(2023, 10, 5), "en", [("March", ("2024-03",))]),
    ("Forecasters are forecasting heavy rain on Sunday.", dt.date(2023, 10, 5), "en", [("Sunday", ("2023-10-08",))]),
])
def test_the_verb_just_before_a_date_decides_whether_it_looks_ahead(sentence, reference, language, expected):
    assert found(sentence, reference, language) == expected


@pytest.mark.parametrize("sentence, reference, expected", [
    # the closing weekday is the first one after the opening weekday (a Monday reference)
    ("Penyeberangan dibuka sejak Kamis sore hingga Minggu dini hari.", dt.date(2023, 10, 9),
     [("Kamis", ("2023-10-05",)), ("Minggu", ("2023-10-08",))]),
    ("Road closures ran from Friday to Sunday.", dt.date(2023, 10, 9),
     [("Friday", ("2023-10-06",)), ("Sunday", ("2023-10-08",))]),
])
def test_a_weekday_closing_a_stretch_follows_its_opening_weekday(sentence, reference, expected):
    assert found(sentence, reference, "id") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Sejak awal tahun, harga emas sudah naik 9 persen.", [("awal tahun", ("2022-01",))]),
    ("Prices have climbed since the start of the year.", [("the start of the year", ("2022-01",))]),
    ("Proyek itu rampung akhir tahun.", [("akhir tahun", ("2022",))]),
])
def test_the_start_of_the_year_is_its_first_month(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Rumah-rumah itu dibangun sebelum 1980.", [("sebelum 1980", ("1980",))]),
    ("The tax will not rise before 2030.", [("before 2030", ("2030",))]),
    ("Analysts see growth of 5% for the whole of 2022.", [("whole of 2022", ("2022",))]),
])
def test_a_year_after_before_after_or_whole_of_is_a_date(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the seven days up to the report (a Thursday), not the calendar week before
    ("Ferry crossings averaged 40 daily in the past week.", [("the past week", ("2022-03-03", "2022-03-10"))]),
    ("Kasus baru melonjak dalam sepekan terakhir.", [("sepekan terakhir", ("2022-03-03", "2022-03-10"))]),
    ("Last week the clinic closed.", [("Last week", ("2022-02-28", "2022-03-06"))]),
])
def test_the_past_week_runs_up_to_the_report(sentence, expected):
    assert found(sentence, language="en") == expected


# REF is Thursday 10 March 2022.
@pytest.mark.parametrize("sentence, language, expected", [
    # a weekend that bounds a stretch ahead is the coming one
    ("The storm should pass by the weekend.", "en", [("by the weekend", ("2022-03-12", "2022-03-13"))]),
    ("Ticket sales stay open until the weekend.", "en", [("until the weekend", ("2022-03-12", "2022-03-13"))]),
    ("Antrean diperkirakan bertahan hingga akhir pekan.", "id",
     [("hingga akhir pekan", ("2022-03-12", "2022-03-13"))]),
    ("Harga sayur naik menjelang akhir pekan.", "id", [("menjelang akhir pekan", ("2022-03-12", "2022-03-13"))]),
    # ... while a weekend said to be past keeps its week
    ("Jalan itu ditutup sampai akhir pekan lalu.", "id", [("akhir pekan lalu", ("2022-03-05", "2022-03-06"))]),
    # the end of the current or next year is a target as precise as its year; a reading told
    # as past was taken in December
    ("Tarif baru berlaku hingga akhir tahun ini.", "id", [("tahun ini", ("2022",))]),
    ("The bridge should reopen by the end of this year.", "en", [("this year", ("2022",))]),
    ("Kontrak itu berakhir pada akhir tahun depan.", "id", [("tahun depan", ("2023",))]),
    ("The agency hopes to clear the backlog by year-end.", "en", [("by year-end", ("2022",))]),
    # a reading told as past was taken at the end of the last year that has ended
    ("Stocks were rebuilt at the end of the year.", "en", [("the end of the year", ("2021-12",))]),
    # ... and the start of a year its January, the end of a month that month
    ("Penjualan turun sejak awal tahun.", "id", [("awal tahun", ("2022-01",))]),
    ("Pembayaran jatuh tempo akhir bulan.", "id", [("akhir bulan", ("2022-03",))]),
])
def test_deadlines_at_the_weekend_or_the_end_of_a_year(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, told_by, expected", [
    # a forecast or an estimate in the attribution lets a bare month still to come stay ahead
    ("harga gabah turun pada Mei", "Ia memperkirakan ", ["2022-05"]),
    ("rainfall would ease in June", "Forecasters expect ", ["2022-06"]),
    ("produksi naik pada Juli", "Kementerian memprediksi ", ["2022-07"]),
    # ... while a plain report of what happened moves it to last year
    ("harga gabah turun pada Mei", "Ia mengatakan ", ["2021-05"]),
    ("exports rose in June", "the ministry said ", ["2021-06"]),
])
def test_a_forecast_in_the_governing_attribution_looks_ahead(sentence, told_by, expected):
    mentions = find_dates(sentence, 0, len(sentence), "en", REF, told_by)
    assert [v for m in mentions for v in m.values] == expected


@pytest.mark.parametrize("sentence, told_by, expected", [
    # ... as does a forecasting verb inside the span itself
    ("Dinas memperkirakan harga gabah turun pada Mei", "", ["2022-05"]),
    ("BMKG memprediksi hujan reda pada Juni", "", ["2022-06"]),
    ("Analysts predicted that exports would recover in July", "", ["2022-07"]),
])
def test_a_forecasting_verb_in_the_span_looks_ahead(sentence, told_by, expected):
    mentions = find_dates(sentence, 0, len(sentence), "en", REF, told_by)
    assert [v for m in mentions for v in m.values] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a relative year inside a ", which/yang ... ," aside is the aside's, even when a decimal
    # or thousands comma sits inside the aside before it ...
    ("Ekspor, yang turun 2,5 persen tahun lalu, naik pada 3 Maret", ["2022-03-03"]),
    ("The fleet, which carried 1,200 riders a day last year, added two routes on March 3", ["2022-03-03"]),
    # ... while one said in the main clause places the year-less day
    ("The fleet carried 1,200 riders a day last year and added two routes on March 3", ["2021-03-03"]),
])
def test_a_year_said_in_an_aside_with_a_number_comma_places_nothing_outside(sentence, expected):
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", REF) for v in m.values] == expected


@pytest.mark.parametrize("text, expected", [
    ("Harga, yang naik 2,5 persen, stabil", [", yang naik 2,5 persen,"]),
    ("Sales, which hit 1,200 units, fell", [", which hit 1,200 units,"]),
    ("Sales, which hit 1,200 units fell", []),        # never closed: nothing to remove
])
def test_relative_aside_is_closed_only_by_a_comma_that_is_no_decimal(text, expected):
    from claims.dates import RELATIVE_ASIDE
    assert [m.group() for m in RELATIVE_ASIDE.finditer(text)] == expected


# REF is Thursday 10 March 2022.
@pytest.mark.parametrize("sentence, language, expected", [
    # a stretch that starts with a named week starts on that week's Monday
    ("Harga gula naik sejak pekan lalu.", "id", [("pekan lalu", ("2022-02-28",))]),
    ("Pembatasan berlaku mulai minggu depan.", "id", [("minggu depan", ("2022-03-14",))]),
    ("Queues have grown since last week.", "en", [("last week", ("2022-02-28",))]),
    ("New fares apply starting next week.", "en", [("next week", ("2022-03-14",))]),
    # ... while the week itself is still both its ends
    ("Harga gula naik pekan lalu.", "id", [("pekan lalu", ("2022-02-28", "2022-03-06"))]),
])
def test_a_stretch_starting_with_a_week_starts_on_its_monday(sentence, language, expected):
    assert found(sentence, language=language) == expected


# REF is Thursday 10 March 2022.
@pytest.mark.parametrize("sentence, language, expected", [
    # a bare year a plan is for or starts from is a date too
    ("Pabrik itu menargetkan ekspor 40.000 ton mulai 2024.", "id", [("mulai 2024", ("2024",))]),
    ("Anggaran untuk 2023 sudah disetujui dewan.", "id", [("untuk 2023", ("2023",))]),
    ("The ministry set a goal of 3 million tourists for 2023.", "en", [("for 2023", ("2023",))]),
    ("New tolls take effect starting 2024.", "en", [("starting 2024", ("2024",))]),
])
def test_a_year_a_plan_is_for_or_starts_from_is_a_date(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "expected ... to" with the thing expected between them still looks ahead
    ("Officials expected ferry delays to ease by May.", [("by May", ("2022-05",))]),
    ("The board expected rents to fall by June.", [("June", ("2022-06",))]),
    # ... while a month still to come told in the past is last year's
    ("Ferry delays had eased by May.", [("by May", ("2021-05",))]),
])
def test_a_month_expected_with_its_object_between_looks_ahead(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a part of "the month" after a month named is that month's
    ("Harga naik dari Rp 9.000 pada awal Januari menjadi Rp 11.000 di akhir bulan.", "id",
     [("awal Januari", ("2022-01",)), ("akhir bulan", ("2022-01",))]),
    ("The pool opened in early February and was full by the end of the month.", "en",
     [("early February", ("2022-02",)), ("the end of the month", ("2022-02",))]),
    # ... and with none named, the report's month
    ("Harga naik di akhir bulan.", "id", [("akhir bulan", ("2022-03",))]),
])
def test_a_part_of_the_month_after_a_named_month_is_that_month(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an edition named by its year after its acronym is a date
    ("Panitia Ujian Masuk Bersama (UMBK) 2023 menerima 5.210 peserta.", [("(UMBK) 2023", ("2023",))]),
    ("Pada PPDB 2021, sekolah itu menolak 90 pendaftar.", [("PPDB 2021", ("2021",))]),
    # a bare acronym before a year may name a body, and a count is no year
    ("Hasil pemilihan bupati KTB 2024 disahkan.", []),
    ("Dinas (DLH) mengangkut 2021 ton sampah.", []),
])
def test_an_edition_named_by_its_year_after_an_acronym_is_a_date(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a birth-year bound names a cohort, not when anything happened
    ("Residents born before 1958 qualify for the free shot.", []),
    ("Warga yang lahir setelah 1975 wajib mendaftar ulang.", []),
    # ... while a birth in a year is a date
    ("The singer was born in 1961 in Leeds.", [("in 1961", ("1961",))]),
])
def test_a_birth_year_bound_names_a_cohort_not_a_date(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a round hundred that counts a noun after "untuk/for/mulai" or a possessive is no year ...
    ("Pemerintah menyiapkan dana untuk 2000 sekolah di Papua.", []),
    ("The plan sets a target for 2000 schools.", []),
    ("The city's 2000 buses run on diesel.", []),
    # ... while a plan's or an edition's year stays one
    ("Bantuan disalurkan mulai 2026 secara bertahap.", [("mulai 2026", ("2026",))]),
    ("The agency set a target for 2026.", [("for 2026", ("2026",))]),
])
def test_a_count_after_a_plans_cue_is_no_year(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a date inside a closed aside is the aside's own when the span names another
    ("The coach, who must decide by March 20, spoke to reporters on Monday", [("Monday", ("2022-03-07",))]),
    # ... but it stays when it is the only one
    ("The coach, who must decide by March 20, gave no hint", [("March 20", ("2022-03-20",))]),
])
def test_a_date_in_a_closed_aside_is_left_to_the_aside(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a week counted in a year is of the month its Thursday falls in
    ("Hingga pekan ke-9 tahun 2023 tercatat 880 kasus.", [("tahun 2023", ("2023-03",))]),
    ("Pada minggu ke-22 tahun 2021 harga turun.", [("tahun 2021", ("2021-06",))]),
    # no such week: the year
    ("Pada pekan ke-70 tahun 2021 harga turun.", [("tahun 2021", ("2021",))]),
])
def test_a_numbered_week_of_a_year_is_its_month(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a possessive's edition or results of a year
    ("Lisbon placed 14th in Nordvik's 2021 comfort index.", [("Nordvik's 2021", ("2021",))]),
    ("The insurer restated its 2020 accounts.", [("its 2020", ("2020",))]),
    # a count after a possessive is no year
    ("The insurer's 2,020 agents stopped work.", []),
])
def test_a_possessives_year_is_a_date(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a stretch in an opening "after" clause is what the main clause followed, not its date
    ("Setelah diperiksa sejak Senin, dua pejabat ditetapkan sebagai tersangka.", "id", []),
    ("After talks since Monday, the unions accepted the offer.", "en", []),
    # ... while a stretch of the main clause is its date
    ("Dua pejabat diperiksa sejak Senin.", "id", [("Senin", ("2022-03-07",))]),
])
def test_a_stretch_in_an_opening_after_clause_is_no_date_of_the_claim(sentence, language, expected):
    assert found(sentence, language=language) == expected


# A year that opens the sentence before a comma places its year-less months; a bank's "target
# range" is a standing goal, so a month told beside it is still the one just past.
@pytest.mark.parametrize("sentence, expected", [
    ("In 2009, exports fell between April and June", ["2009-04", "2009-06"]),
    ("Pada 2019, banjir melanda pada 3 Januari", ["2019-01-03"]),
    ("In 2019, the plant produced 40 tonnes", ["2019"]),
    # months told right after a year set off by a comma are that year's, wherever the year stands
    ("The firm plans to hire 300 staff in 2026, from March to May", ["2026-03", "2026-05"]),
    ("Produksi ditargetkan naik pada 2026, mulai Januari hingga Juni", ["2026-01", "2026-06"]),
    ("Inflation eased from 3.1 percent in August, within the bank's target range of 2 to 4 percent",
     ["2024-08"]),
    # ... while a target set for a month looks ahead to it
    ("Officials said the target is to open the new terminal in August", ["2025-08"]),
    ("Inflation rose to 3.1 percent in August, above the central bank's target of 2.5 percent", ["2024-08"]),
])
def test_an_opening_year_and_a_target_range(sentence, expected):
    ref = dt.date(2024, 10, 1)
    assert [v for m in find_dates(sentence, 0, len(sentence), "en", ref) for v in m.values] == expected


# An irregular English past tells what happened: a month still to come that year is last year's.
@pytest.mark.parametrize("sentence, expected", [
    ("The governor took office in October.", ("2021-10",)),
    ("The club won the cup in June.", ("2021-06",)),
    ("The governor will take office in October.", ("2022-10",)),
])
def test_a_month_after_an_irregular_past_is_the_last_one(sentence, expected):
    assert found(sentence, language="en")[0][1] == expected


# "above the 4.8% median forecast": a forecast the figure is measured against does not make
# the clause look ahead; a quarter still to come is last year's when growth "slowed" in it.
@pytest.mark.parametrize("sentence, expected", [
    ("Growth slowed to 4.2% in the third quarter, below the 4.5% median forecast.", ("2021-07", "2021-09")),
    ("Exports rose 6.3% in November, beating forecasts.", ("2021-11",)),
    # (a forecast worried over is no benchmark: it looks ahead)
    ("Investors worried over forecasts of a rate hike in November.", ("2022-11",)),
    ("The bank forecasts growth of 4.5% in the third quarter.", ("2022-07", "2022-09")),
])
def test_a_forecast_a_result_is_measured_against_looks_nowhere(sentence, expected):
    assert found(sentence, language="en")[0][1] == expected


# "lima bulan ini" counts the months up to now ("these five months"), it is not this month;
# "tanggal 5 bulan ini" and "gelombang ketiga tahun ini" still name this month and year.
@pytest.mark.parametrize("sentence, expected", [
    ("Harga cabai naik tiga bulan ini.", []),
    ("Hujan turun dua pekan ini tanpa henti.", []),
    ("Rapat digelar tanggal 5 bulan ini.", [("bulan ini", ("2022-03",))]),
    ("Ini gelombang ketiga tahun ini.", [("tahun ini", ("2022",))]),
])
def test_a_count_before_bulan_ini_makes_a_stretch(sentence, expected):
    assert found(sentence) == expected


# Names written in capitals ("The Fed", "lampu LED", "the Met Office") are no irregular pasts.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Bank sentral AS (The Fed) menggelar rapat kebijakan pada Juni.", "id", ("2022-06",)),
    ("The Met Office issues its seasonal outlook in May.", "en", ("2022-05",)),
])
def test_a_capitalised_name_is_no_irregular_past(sentence, language, expected):
    assert found(sentence, language=language)[-1][1] == expected


# A figure in digits before "bulan ini" counts its own measure ("mencapai 320 bulan ini").
def test_digits_before_bulan_ini_leave_this_month():
    assert found("Kasus demam berdarah di Bogor mencapai 320 bulan ini.") == [("bulan ini", ("2022-03",))]


# An irregular past opening a sentence is capitalised: "Began in May, …" tells the past.
def test_a_capitalised_irregular_past_opening_a_sentence():
    assert found("Began in May, the strike has cost the firm dearly.", language="en")[0][1] == ("2021-05",)


@pytest.mark.parametrize("sentence, expected", [
    # a past event or edition named by its year dates a claim that names no other date
    ("Atlet itu meraih perak di Asian Games Incheon 2014.", [("di Asian Games Incheon 2014", ("2014",))]),
    ("He first won the title at Sydney 2000, aged 19.", [("at Sydney 2000", ("2000",))]),
    ("The 2004 Aceh tsunami killed tens of thousands.", [("The 2004", ("2004",))]),
    # after an article or a possessive, and a case at law or the act it judged
    ("He was sentenced over a 2011 bank robbery in Leeds.", [("a 2011", ("2011",))]),
    ("The inquiry looked again at the 2015 vote in Kerala.", [("the 2015", ("2015",))]),
    ("Gold came at Athens 2004 and again at Beijing 2008.", [("at Athens 2004", ("2004",)), ("at Beijing 2008", ("2008",))]),
    # ... not beside another date: the claim is about that one
    ("Juara Piala Dunia 2018 itu kalah pada Senin (7/3).", [("Senin (7/3)", ("2022-03-07",))]),
    # ... not when it is not well past: the story's own event or season
    ("Tim itu lolos ke Piala Asia 2021 yang digelar tahun lalu.", [("tahun lalu", ("2021",))]),
    ("Klub itu memimpin klasemen Liga Super 2022.", []),
    # ... not a law, a treaty or a curriculum named by its year, nor a round count
    ("Denda diatur dalam Undang-Undang Lalu Lintas 2009.", []),
    ("The fine is set by the 2009 Traffic Law.", []),
    ("Bantuan dikirim ke Kupang 2000 paket.", []),
    # a year at a sentence's start after a capitalised word is no name
    ("Sebanyak 2000 warga mengungsi.", []),
    # ... nor a price, a model year, a room number or a budget without a cue of an event
    ("Harga gula mencapai Rp 1950 per kilogram.", []),
    ("Polisi menyita sebuah Honda Jazz 2012 dari rumah itu.", []),
    ("The guest was moved to Room 2012 on the top floor.", []),
    ("The 2018 Budget raised fuel taxes.", []),
    # ... and a year another kind reads keeps that reading
    ("Defisit dalam Undang-Undang APBN 2021 melebar.", [("APBN 2021", ("2021",))]),
])
def test_a_past_event_named_by_its_year(sentence, expected):
    assert found(sentence) == expected


# A weekday of the saying is the day it was said, even with the place of the saying between the
# verb and the day, and a plan in the words after it ("said outside city hall on Friday that ...").
@pytest.mark.parametrize("sentence, expected", [
    ("The mayor said outside city hall on Friday that he would resign.", [("Friday", ("2022-03-04",))]),
    ("Gubernur mengatakan di Balai Kota pada Jumat bahwa ia akan mundur.", [("Jumat", ("2022-03-04",))]),
    # a clause between the verb and the day is what was said, and it may look ahead
    ("The mayor said in a statement that the bridge would reopen on Friday.", [("Friday", ("2022-03-11",))]),
    ("Officials said at least 40 families would be moved on Friday.", [("Friday", ("2022-03-11",))]),
    ("Polisi mengatakan di lokasi itu akan dibangun pos pada Jumat.", [("Jumat", ("2022-03-11",))]),
])
def test_the_day_of_a_saying_with_its_place_between(sentence, expected):
    assert found(sentence, language="en" if sentence.startswith("The") else "id") == expected


@pytest.mark.parametrize("sentence", [
    "Rapat digelar Rabu (9/3) di balai desa, lalu ditunda hingga 14 Maret 2022.",
    "Gudang itu ditutup sejak 2022-03-01 dan dibuka lagi 5 April.",
    "The depot closed on 03/04/2021 and reopened on March 9, 2022.",
    "Banjir surut pada Senin, 7 Maret 2022, kata petugas (7/3).",
])
def test_dates_of_other_kinds_take_no_linked_reading(sentence):
    # find_dates asks _linked_values only of _LINKED_KINDS: every other kind gets nothing there
    from claims.date_patterns import scan_dates
    from claims.dates import _LINKED_KINDS, _Future, _linked_values
    matches = [m for m in scan_dates(sentence) if m.kind not in _LINKED_KINDS]
    assert matches
    future = _Future(sentence, 0, len(sentence), REF)
    earlier = find_dates(sentence, 0, len(sentence), "id", REF)
    for match in matches:
        assert not _linked_values(sentence, match, list(earlier), [], REF, future, True)


# A futures contract is named by its delivery month: the month says which contract, not when.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Cocoa for December delivery fell 2% in London on Monday.", "en", [("Monday", ("2022-03-07",))]),
    ("The September contract settled at 12 dollars a bushel.", "en", []),
    ("Harga kontrak pengiriman Mei turun 1 persen.", "id", []),
    ("Copper rose in May to a record.", "en", [("in May", ("2021-05",))]),
    ("Perusahaan itu meneken kontrak Januari lalu senilai Rp 2 triliun.", "id", [("Januari lalu", ("2022-01",))]),
    ("In February contracts worth $40 million were signed.", "en", [("February", ("2022-02",))]),
])
def test_a_delivery_month_names_a_contract_not_a_date(sentence, language, expected):
    assert found(sentence, language=language) == expected


def test_a_past_reading_at_the_end_of_the_year_early_in_a_year_is_last_years():
    sentence = "Rice stocks stood at 3 million tonnes at the end of the year."
    assert found(sentence, dt.date(2024, 1, 8), "en") == [("the end of the year", ("2023-12",))]


# "the week before," steps back from the date just named, as "a week earlier" does; "the day
# before the vote" is a day before something else, no step from a date.
@pytest.mark.parametrize("sentence, expected", [
    ("Sales rose in May 2023 and had fallen the month before.", [("May 2023", ("2023-05",)),
                                                                 ("month before", ("2023-04",))]),
    ("Polls opened on 3 March 2022, the day before the vote count.", [("3 March 2022", ("2022-03-03",))]),
])
def test_the_unit_before_steps_back_from_the_date_just_named(sentence, expected):
    assert found(sentence, language="en") == expected


# A move cut off the clause before it ("…, up from 2,400 the week before") steps back from the
# last date its sentence named, and runs between the two: the claim holds both.
def test_a_move_tail_steps_back_from_the_date_its_sentence_named():
    sentence = "Cases rose to 3,100 on 13 March, up from 2,400 the week before."
    start = sentence.index("up from")
    found_in_tail = find_dates(sentence, start, len(sentence) - 1, "en", REF)
    assert [m.values for m in found_in_tail] == [("2022-03-13", "2022-03-06")]


def test_a_relative_date_outside_a_move_tail_does_not_reach_before_the_claim():
    sentence = "The minister said on 3 March 2022 that 40 people died in the blast a day earlier."
    start = sentence.index("40 people")
    assert find_dates(sentence, start, len(sentence) - 1, "en", REF) == ()


@pytest.mark.parametrize("sentence, tail", [
    # the day the figure was told is no date of the clause the move was cut from
    ("Inflation was 3 percent in March, the bank said on 15 March 2022, up from 2.8 percent a month earlier.",
     "up from"),
    # nor is a date of the sentence before
    ("Did prices peak on 1 March 2022? Sales reached 300 units, up from 250 units a month earlier.", "up from"),
])
def test_a_move_tail_does_not_step_from_a_date_outside_its_clause(sentence, tail):
    start = sentence.index(tail)
    assert all("2022-02-15" not in m.values and "2022-02-01" not in m.values
               for m in find_dates(sentence, start, len(sentence) - 1, "en", REF))


def test_a_bare_month_in_a_move_from_a_base_is_past():
    sentence = "up from 5.1 percent in May."
    assert found(sentence, reference=dt.date(2022, 3, 20), language="en") == [("in May", ("2021-05",))]


# A move tail steps from the period of the clause it was cut from, and a second step in the same
# tail steps from that period too, not from the first step.
def test_a_move_tail_steps_from_the_period_of_its_clause():
    sentence = "Laba mencapai Rp 5 triliun pada kuartal III 2021, naik 8 persen dibandingkan periode yang sama tahun lalu."
    start = sentence.index("naik")
    values = [v for m in find_dates(sentence, start, len(sentence) - 1, "id", REF) for v in m.values]
    assert "2020-07" in values and "2020-09" in values


def test_every_step_in_a_move_tail_is_from_the_clause_date():
    sentence = "Jobless claims rose to 5.2 percent in January, up from 4.9 percent a month earlier and 4.5 percent a year earlier."
    start = sentence.index("up from")
    values = {v for m in find_dates(sentence, start, len(sentence) - 1, "en", REF) for v in m.values}
    assert values == {"2022-01", "2021-12", "2021-01"}


# "ramps up from January" is no move from a base figure: the month keeps looking ahead.
def test_a_phrasal_up_from_is_no_past_move():
    sentence = "Production will ramp up from January under the new plan."
    assert found(sentence, reference=dt.date(2021, 11, 24), language="en") == [("January", ("2022-01",))]


# A day without its year that a stretch runs from ("since April 11") is past, even when the
# nearest such day is to come; a day in a past clause may name what it scheduled ("adjourned the
# hearing to Feb. 3") and keeps the nearest year.
@pytest.mark.parametrize("sentence, expected", [
    ("The rupiah posted its weakest close since April 11.", ("2026-04-11",)),
    ("Harga emas tertinggi sejak 11 April.", ("2026-04-11",)),
    ("The festival will open on April 11.", ("2027-04-11",)),
    ("The court adjourned the hearing to April 3.", ("2027-04-03",)),
    ("The vote was held on Nov. 25.", ("2026-11-25",)),
])
def test_a_day_without_its_year_that_a_stretch_runs_from_is_past(sentence, expected):
    assert found(sentence, reference=dt.date(2026, 11, 20), language="en")[-1][1] == expected


# A plan's word governs a day only in its own clause, right before it.
@pytest.mark.parametrize("sentence, language, expected", [
    ("The festival, which will return, drew 40,000 visitors on Oct. 1.", "en", ("2021-10-01",)),
    ("Polisi akan memeriksa tersangka yang ditangkap pada 1 Oktober.", "id", ("2021-10-01",)),
])
def test_a_plan_in_another_clause_leaves_a_day_of_a_month_where_it_was(sentence, language, expected):
    assert [v for _, values in found(sentence, language=language) for v in values] == list(expected)


def test_the_first_months_after_an_opener_and_its_comma():
    assert found("Meanwhile, in the first two months, exports rose 4%.", language="en") \
        == [("first two months", ("2022-01", "2022-02"))]


# "is due to hold … on Thursday": a schedule looks ahead.
def test_a_body_due_to_meet_on_a_weekday_meets_on_the_coming_one():
    assert [v for _, values in found("The board is due to hold its next meeting on Friday.", language="en")
            for v in values] == ["2022-03-11"]


# A move tail's base steps from the period that opens the sentence before its comma.
def test_a_move_tail_steps_from_the_period_opening_its_sentence():
    from claims import split_article
    text = "Ekspor\n\nIn the first half, exports totalled $334 billion, up 3.6% from the same period last year.\n"
    found = {c.text: c.dates for c in split_article(text, published="2026-11-30").claims}
    assert set(found["up 3.6% from the same period last year"]) >= {"2025-01", "2025-06"}


# "is due to" before a noun names a cause, no schedule.
def test_due_to_before_a_noun_is_a_cause():
    assert [v for _, values in found("The outage is due to return delays after the storm on Thursday.", language="en")
            for v in values] == ["2022-03-10"]


# An aside on the subject may stand between it and the fixture's verb.
def test_a_fixture_after_an_aside_on_its_subject_looks_ahead():
    assert [v for _, values in found("The group, which pumps 40% of the oil, meets on Friday.", language="en")
            for v in values] == ["2022-03-11"]


@pytest.mark.parametrize("sentence, language, expected", [
    # told in March: a past day said "on" lies behind, though this year's is nearer ahead
    ("The network failed on June 3, the regulator said.", "en", [("June 3", ("2021-06-03",))]),
    ("The court heard the case on Dec. 28.", "en", [("Dec. 28", ("2021-12-28",))]),
    ("Polisi telah menangkap pelaku pada 28 Juni di Bogor.", "id", [("28 Juni", ("2021-06-28",))]),
    # a day a scheduling verb governs, and one in a plan, may lie ahead
    ("The judge adjourned the hearing to June 3.", "en", [("June 3", ("2022-06-03",))]),
    ("The vote was postponed until June 3.", "en", [("June 3", ("2022-06-03",))]),
    ("The court said it would rule on June 3.", "en", [("June 3", ("2022-06-03",))]),
    # a day within a week of the report is left to the reference
    ("The plant was shut on March 15.", "en", [("March 15", ("2022-03-15",))]),
])
def test_a_past_day_said_on_lies_behind_the_report(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, expected", [
    # REF is a Thursday: a result still to be announced, expected or due looks ahead
    ("The ministry said the results would be announced on Monday.", [("Monday", ("2022-03-14",))]),
    ("The results were expected by Monday.", [("Monday", ("2022-03-14",))]),
    ("The final tally was due on Monday.", [("Monday", ("2022-03-14",))]),
    # an announcement made is when it was made
    ("The decision was announced on Monday.", [("Monday", ("2022-03-07",))]),
])
def test_a_weekday_a_result_is_expected_or_due_on_is_the_coming_one(sentence, expected):
    assert found(sentence, language="en") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Investors sold bonds from Monday to Friday last week.", "en",
     [("Monday", ("2022-02-28",)), ("Friday last week", ("2022-03-04",))]),
    ("Trading was halted between Tuesday and Thursday last week.", "en",
     [("Tuesday", ("2022-03-01",)), ("Thursday last week", ("2022-03-03",))]),
    ("Rapat digelar antara Senin dan Rabu pekan lalu.", "id",
     [("Senin", ("2022-02-28",)), ("Rabu pekan lalu", ("2022-03-02",))]),
    # two days of two happenings are no stretch
    ("Police questioned Ali on Monday and Rina on Tuesday.", "en",
     [("Monday", ("2022-03-07",)), ("Tuesday", ("2022-03-08",))]),
])
def test_the_week_that_places_a_stretchs_end_places_its_start(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # told in March 2022 (REF): a target a figure is measured against looks nowhere
    ("Inflation was 2.1% in February, below the target.", "en", [("February", ("2022-02",))]),
    ("Inflasi Februari tercatat 2,1 persen, di bawah target pemerintah.", "id", [("Februari", ("2022-02",))]),
    ("Production in February hit the target set by the ministry.", "en", [("February", ("2022-02",))]),
    ("Ekspor pada Februari mencapai target yang ditetapkan.", "id", [("Februari", ("2022-02",))]),
    # a singular name's bare "forecast" is the past act, dated by its day; analysts' is a present one
    ("Nvidia forecast revenue above estimates on Tuesday.", "en", [("Tuesday", ("2022-03-08",))]),
    ("Analysts forecast a rate cut on Tuesday.", "en", [("Tuesday", ("2022-03-15",))]),
    # a value set is no plan; a thing set to happen is one
    ("The price was set to 40 dollars in February.", "en", [("February", ("2022-02",))]),
    ("The plant is set to reopen in February.", "en", [("February", ("2023-02",))]),
    # a schedule told in the past perfect is no plan
    ("The April meeting, which had been scheduled for weeks, was cancelled.", "en", [("April", ("2021-04",))]),
    # when words were said is past, however far ahead they look
    ("Officials said in April that prices would rise.", "en", [("April", ("2021-04",))]),
    # ... and so does a forecast beaten with no article before it
    ("Exports came in better than forecast in February.", "en", [("February", ("2022-02",))]),
    # a target set still looks ahead
    ("The bank targets inflation of 2% in February.", "en", [("February", ("2023-02",))]),
])
def test_a_target_a_figure_is_measured_against_looks_nowhere(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Tersangka dijerat Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika.", "id", []),
    ("Kenaikan itu mengacu pada Peraturan Pemerintah Nomor 51 Tahun 2023.", "id", []),
    ("Under Law No. 11 of 2020, workers lost three days of leave.", "en", []),
    # a year of its own is a date
    ("Proyek itu dimulai pada tahun 2009.", "id", [("pada tahun 2009", ("2009",))]),
])
def test_the_year_of_a_numbered_act_names_the_act(sentence, language, expected):
    assert found(sentence, language=language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # told in March 2022 (REF): a stretch declared to run through a month's end runs ahead
    ("Officials declared a 58-day emergency period through the end of May.", "en",
     [("end of May", ("2022-05",))]),
    # a past happening named by its day
    ("The pair won the Feb 14 election with 58 percent of the vote.", "en", [("Feb 14", ("2022-02-14",))]),
    ("The pair won the June 14 election with 58 percent of the vote.", "en", [("June 14", ("2021-06-14",))]),
])
def test_a_stretch_through_a_months_end_and_a_past_happening_named_by_its_day(sentence, language, expected):
    assert found(sentence, language=language) == expected


# A forecast of a figure already made in a month gone by ("expect CPI to have risen 2.9% in
# February", "forecast that exports grew 4% in January") looks back to that month.
@pytest.mark.parametrize("sentence, expected", [
    ("Economists expect inflation to have risen 2.9% in February.", [("February", ("2025-02",))]),
    ("Analysts forecast that exports grew 4% in January.", [("January", ("2025-01",))]),
    ("The bank expects growth of 3% in June.", [("June", ("2025-06",))]),
])
def test_a_forecast_of_a_figure_already_made(sentence, expected):
    assert found(sentence, reference=dt.date(2025, 3, 12), language="en") == expected


# A warning or an order given for a weekday is for the coming one.
@pytest.mark.parametrize("sentence, expected", [
    ("The agency has issued a flood warning for Tuesday and Wednesday.",
     [("Tuesday", ("2024-07-30",)), ("Wednesday", ("2024-07-31",))]),
    ("Police have imposed a curfew for Friday.", [("Friday", ("2024-08-02",))]),
])
def test_a_warning_for_a_weekday_is_for_the_coming_one(sentence, expected):
    assert found(sentence, reference=dt.date(2024, 7, 29), language="en") == expected
