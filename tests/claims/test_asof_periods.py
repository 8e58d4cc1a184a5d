import datetime as dt

import pytest

from claims import split_article
from claims.asof import add_as_of_dates
from claims.model import Claim, Quantity

REF = dt.date(2024, 3, 12)


def _claim(text, start=0, types=(), units=(), dates=()):
    quantities = tuple(Quantity(1, 1, u) for u in units)
    return Claim(start, start + len(text), text, types=types, quantities=quantities, dates=dates)


def test_rate_takes_the_period_of_its_paragraph_else_the_report_day():
    text = "x" * 120 + "\n" + "x" * 60
    period = _claim("Inflasi Mei naik", 0, ("event", "date"), dates=("2024-05",))
    rate = _claim("Inflasi inti 2,1 persen", 40, units=("percent",))
    survey = _claim("Elektabilitas calon A 41 persen", 125, units=("percent",))
    out = add_as_of_dates(text, (period, rate, survey), REF)
    assert out[1].dates == ("2024-05",)
    assert out[2].dates == ("2024-03-12",)


def test_a_rate_looks_back_only_a_bounded_stretch_of_a_flattened_page():
    # one line of thousands of characters: the dated figure far back no longer dates the rate
    period = _claim("Inflasi Mei naik", 0, ("event", "date"), dates=("2024-05",))
    near, far = 40, 3100
    for start, dates in ((near, ("2024-05",)), (far, ("2024-03-12",))):
        text = "x" * (start + 40)
        rate = _claim("Inflasi inti 2,1 persen", start, units=("percent",))
        assert add_as_of_dates(text, (period, rate), REF)[1].dates == dates


def _dates_of(text, lang, published):
    return {c.text: c.dates for c in split_article(text, language=lang, published=published).claims}


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # an observation period stated after the figures still dates them
    ("Sebanyak 57 persen warga Kota Cirebon puas dengan layanan air bersih.\n"
     "Survei dilakukan pada 3-9 Mei 2024 terhadap 900 responden.\n"
     "Sebanyak 31 persen responden mengeluhkan tekanan air yang lemah.\n",
     "id", "2024-05-20", "Sebanyak 57 persen warga Kota Cirebon puas dengan layanan air bersih",
     ("2024-05-03", "2024-05-09")),
    ("Sebanyak 57 persen warga Kota Cirebon puas dengan layanan air bersih.\n"
     "Survei dilakukan pada 3-9 Mei 2024 terhadap 900 responden.\n"
     "Sebanyak 31 persen responden mengeluhkan tekanan air yang lemah.\n",
     "id", "2024-05-20", "Sebanyak 31 persen responden mengeluhkan tekanan air yang lemah",
     ("2024-05-03", "2024-05-09")),
    ("About 44 percent of voters in Leeds back the new tram line.\n"
     "The poll of 1,000 adults was conducted between February and April.\n",
     "en", "2024-05-02", "About 44 percent of voters in Leeds back the new tram line", ("2024-02", "2024-04")),
])
def test_survey_shares_are_as_of_the_survey_period(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


def test_a_count_of_the_same_things_as_a_count_over_a_period_takes_that_period():
    text = ("Puskesmas Sukamaju mencatat 64 kasus diare selama periode 1 hingga 14 Juni 2024.\n"
            "Warga diminta merebus air minum.\n"
            "Desa Cikaret menyumbang 22 kasus, disusul Desa Mekarsari dengan 15 kasus.\n")
    found = _dates_of(text, "id", "2024-06-17")
    assert found["Desa Cikaret menyumbang 22 kasus, disusul Desa Mekarsari dengan 15 kasus"] == ("2024-06-01", "2024-06-14")


def test_a_rate_of_the_same_measure_in_a_later_paragraph_takes_that_month():
    text = ("Tingkat pengangguran terbuka pada Agustus 2023 sebesar 5,3 persen.\n"
            "Kepala dinas itu menyebut pengangguran di perkotaan mencapai 6,1 persen.\n"
            "Sementara itu, elektabilitas calon A tercatat 41 persen.\n")
    found = _dates_of(text, "id", "2023-11-06")
    assert found["pengangguran di perkotaan mencapai 6,1 persen"] == ("2023-08",)
    assert found["elektabilitas calon A tercatat 41 persen"] == ("2023-11-06",)


@pytest.mark.parametrize("text, lang, claim, dates", [
    ("Inflasi Mei 2024 tercatat 3,1 persen, tertinggi sejak Juni 2019. Inflasi inti tercatat 2,2 persen.\n",
     "id", "Inflasi inti tercatat 2,2 persen", ("2024-05",)),
    ("Unemployment in May 2024 rose to 4.1 percent, the highest since June 2019. "
     "Youth unemployment stood at 9.2 percent.\n", "en", "Youth unemployment stood at 9.2 percent", ("2024-05",)),
])
def test_a_rate_takes_its_paragraphs_period_not_a_superlatives_base(text, lang, claim, dates):
    found = _dates_of(text, lang, "2024-06-10")
    assert claim in found and found[claim] == dates


# ... nor a forecast's target: what a rate is expected to reach is no period the next rate is of
def test_a_rate_takes_no_forecasts_target():
    text = ("The central bank raised its policy rate to 6.5 percent on Tuesday. The bank expects inflation "
            "to ease to 3 percent by mid-2025. The currency strengthened 0.4 percent after the decision.\n")
    found = _dates_of(text, "en", "2024-06-12")
    assert found["The currency strengthened 0.4 percent after the decision"] == ("2024-06-11",)


def test_a_part_of_a_count_over_a_period_from_a_month_to_a_day_takes_both_ends():
    text = ("Puskesmas mencatat 96 kasus diare sejak Februari hingga Kamis (10/4/2025).\n"
            "Tiga balita di antaranya dirujuk ke rumah sakit.\n")
    found = _dates_of(text, "id", "2025-04-15")
    assert found["Tiga balita di antaranya dirujuk ke rumah sakit"] == ("2025-02", "2025-04-10")


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a rate given at a release belongs to the data month as well as to the day it was given
    ("BPS Jawa Timur mencatat inflasi tahunan provinsi itu pada Juli 2024 sebesar 2,8 persen.\n"
     "\"Secara bulanan, inflasi Jawa Timur 0,2 persen,\" kata Kepala BPS Jawa Timur, Kamis (1/8/2024).\n",
     "id", "2024-08-02", "Secara bulanan, inflasi Jawa Timur 0,2 persen", ("2024-07", "2024-08-01")),
    ("Retail sales in the state rose 3.1 percent in June, the statistics office said.\n"
     "\"Online sales rose 9 percent,\" the office's director said on Tuesday.\n",
     "en", "2024-07-17", "Online sales rose 9 percent", ("2024-06", "2024-07-16")),
    # a survey's fieldwork days are no data month: a share quoted later is of the day it is given
    ("Survei digelar pada 1 hingga 7 Juli 2024 dengan 800 responden. Pasangan nomor dua meraih 44 persen.\n"
     "\"Jarak keduanya 6 persen, lebih lebar dari margin of error,\" kata peneliti lembaga itu, Rabu (10/7/2024).\n",
     "id", "2024-07-11", "Jarak keduanya 6 persen, lebih lebar dari margin of error", ("2024-07-10",)),
])
def test_a_rate_given_at_a_release_also_takes_the_data_month(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a count or an amount of the measure a release gave a month's rate for is that month's
    ("Nilai impor Jawa Barat pada April 2024 naik 4,2 persen, menurut data BPS.\n"
     "Menurut kepala BPS, Jepang menjadi asal impor terbesar dengan nilai 900 juta dolar AS.\n",
     "id", "2024-05-15", "Jepang menjadi asal impor terbesar dengan nilai 900 juta dolar AS", ("2024-04",)),
    ("Consumer prices in the region rose 2.4 percent in March, the statistics office said.\n"
     "Prices rose in all 9 cities the office surveys.\n",
     "en", "2024-04-02", "Prices rose in all 9 cities the office surveys", ("2024-03",)),
    # a stock in tonnes sharing a word with the month's rate is no figure of that month (it is
    # read on a day, and this story names none)
    ("BPS mencatat inflasi Maret 2024 sebesar 0,5 persen dan beras menyumbang andil 0,1 persen.\n"
     "Kepala gudang, Sri Wahyuni, mengatakan stok beras di gudang itu berada di level 20.000 ton.\n",
     "id", "2024-04-03", "stok beras di gudang itu berada di level 20.000 ton", ()),
])
def test_a_figure_of_the_measure_of_a_release_takes_its_month(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a change measured against a whole year is that of the year after it
    ("Officials said road deaths in the province fell by 12% compared with 2023.\n",
     "en", "2025-02-10", "road deaths in the province fell by 12% compared with 2023", ("2024", "2023")),
    ("Produksi garam rakyat turun 30 persen dibandingkan 2022, kata kepala dinas.\n",
     "id", "2024-01-20", "Produksi garam rakyat turun 30 persen dibandingkan 2022", ("2023", "2022")),
    # a base that is an occasion in a year, not the year itself, leaves the figure as of the report
    ("Support for the levy was 41 percent compared with 49 percent at the referendum held in 2019.\n",
     "en", "2024-06-03", "Support for the levy was 41 percent compared with 49 percent at the referendum held in 2019",
     ("2024-06-03", "2019")),
])
def test_a_change_against_a_whole_year_is_of_the_year_after(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a figure of a month's release is that month's, not the period of a total told after it
    ("Passenger traffic at Clark airport grew 8% year on year in March to 1.6 million, the operator said.\n"
     "Domestic passenger traffic, the biggest segment, grew 5% to 410,000.\n"
     "From January through March, passenger traffic reached 4.9 million.\n",
     "en", "2025-04-02", "Domestic passenger traffic, the biggest segment, grew 5% to 410,000", ("2025-03",)),
    ("Kunjungan wisman ke Bali pada Maret 2025 naik 6 persen menjadi 520.000 kunjungan.\n"
     "Kunjungan wisman asal Australia turun 2 persen menjadi 110.000 kunjungan.\n"
     "Sepanjang Januari hingga Maret 2025, kunjungan wisman mencapai 1,5 juta kunjungan.\n",
     "id", "2025-04-02", "Kunjungan wisman asal Australia turun 2 persen menjadi 110.000 kunjungan", ("2025-03",)),
])
def test_a_release_figure_is_not_dated_by_a_later_total_period(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a share a report gives after its figures for a year is that year's, not the report's day
    ("A study released on Monday found that road deaths in the state rose to 4,100 last year.\n"
     "Speeding caused 41% of the deaths, the study said.\n",
     "en", "2025-02-11", "Speeding caused 41% of the deaths", ("2024",)),
    ("Menurut laporan Walhi, sampah plastik di Teluk Jakarta mencapai 8.000 ton sepanjang 2024.\n"
     "Kemasan sekali pakai menyumbang 60 persen, menurut laporan tersebut.\n",
     "id", "2025-02-11", "Kemasan sekali pakai menyumbang 60 persen", ("2024",)),
])
def test_a_share_a_report_gives_is_of_the_period_its_figures_are_for(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a period's results in money date the rates told after them; a base "in the previous
    # quarter" is the quarter before that period
    ("Harbor Air reported a net loss of 90 million dollars for the April-June quarter on Thursday.\n"
     "Revenue rose 11% to 700 million dollars, the airline said.\n"
     "Fuel made up 39% of its costs compared with 35% in the previous quarter.\n",
     "en", "2025-07-31", "Fuel made up 39% of its costs compared with 35% in the previous quarter",
     ("2025-04", "2025-06", "2025-01", "2025-03")),
    ("Harbor Air reported a net loss of 90 million dollars for the April-June quarter on Thursday.\n"
     "Revenue rose 11% to 700 million dollars, the airline said.\n",
     "en", "2025-07-31", "Revenue rose 11% to 700 million dollars", ("2025-04", "2025-06")),
])
def test_a_periods_results_in_money_date_the_rates_after_them(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # how the cases counted over months ended is of those months too
    ("Dinas Kesehatan mencatat 860 kasus campak sepanjang Januari hingga Februari 2025.\n"
     "Sebanyak enam anak meninggal dunia.\n"
     "\"Kami akan menggelar imunisasi kejar,\" kata kepala dinas, Kamis (6/3/2025).\n",
     "id", "2025-03-07", "Sebanyak enam anak meninggal dunia", ("2025-01", "2025-02")),
    ("Health officials recorded 2,300 dengue cases from January to March 2025.\n"
     "Eleven patients died.\n",
     "en", "2025-04-03", "Eleven patients died", ("2025-01", "2025-03")),
    # a running total since a day is as of the report, and so is the toll told after it
    ("Officials said on Tuesday that 900 cases had been recorded since Sept. 20.\n"
     "The death toll rose to 25.\n",
     "en", "2024-10-09", "The death toll rose to 25", ("2024-10-08",)),
    # how a disease spreads is no news of a day
    ("Dinas Kesehatan mencatat 860 kasus campak sepanjang Januari hingga Februari 2025.\n"
     "Campak menular melalui percikan ludah dan dapat menyebabkan radang otak.\n",
     "id", "2025-03-07", "Campak menular melalui percikan ludah dan dapat menyebabkan radang otak", ()),
])
def test_outcomes_of_cases_counted_over_months_and_how_a_disease_spreads(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a count a release gives for its month dates the shares and counts of the same measure after it
    ("BPS mencatat jumlah penduduk miskin di Jawa Tengah pada Maret 2025 sebanyak 3,4 juta orang.\n"
     "Persentase penduduk miskin tercatat 9,5 persen.\n"
     "Di perdesaan, jumlah penduduk miskin sebanyak 1,9 juta orang.\n",
     "id", "2025-07-25", "Persentase penduduk miskin tercatat 9,5 persen", ("2025-03",)),
    ("BPS mencatat jumlah penduduk miskin di Jawa Tengah pada Maret 2025 sebanyak 3,4 juta orang.\n"
     "Persentase penduduk miskin tercatat 9,5 persen.\n"
     "Di perdesaan, jumlah penduduk miskin sebanyak 1,9 juta orang.\n",
     "id", "2025-07-25", "Di perdesaan, jumlah penduduk miskin sebanyak 1,9 juta orang", ("2025-03",)),
    # a happening told in a relative clause is part of the one its sentence dates
    ("Gunung Semeru meletus pada Sabtu (4/12/2021) sore, menimbulkan awan panas yang meluncur sejauh 4 kilometer.\n",
     "id", "2021-12-05", "awan panas yang meluncur sejauh 4 kilometer", ("2021-12-04",)),
])
def test_release_counts_and_embedded_happenings(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # how the cases counted over one month ended is of that month too
    ("Dinas Kesehatan mencatat 430 kasus tifus sepanjang Januari 2025.\n"
     "Sebanyak empat pasien meninggal dunia.\n",
     "id", "2025-02-20", "Sebanyak empat pasien meninggal dunia", ("2025-01",)),
    ("Health officials recorded 540 flu cases during March 2025.\n"
     "Three patients died.\n",
     "en", "2025-04-10", "Three patients died", ("2025-03",)),
    # the month's word may open the sentence
    ("Sepanjang Januari 2025, Dinas Kesehatan mencatat 430 kasus tifus.\n"
     "Sebanyak empat pasien meninggal dunia.\n",
     "id", "2025-02-20", "Sebanyak empat pasien meninggal dunia", ("2025-01",)),
])
def test_outcomes_of_cases_counted_over_one_month(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


def test_a_figure_of_the_same_source_skips_the_start_of_a_record():
    # "its strongest year since 2011" names where a record began, not the period of the release
    text = ("Port traffic grew 4.2% in 2023, its strongest year since 2011, data from the Maritime "
            "Statistics Office showed on Monday.\nContainer volumes rose 3.1%, the office said.\n")
    assert _dates_of(text, "en", "2024-02-05")["Container volumes rose 3.1%"] == ("2023",)
    # ... and the period told before "since" in the same claim still dates the release
    text = ("Port traffic grew 4.2% in 2023 to its highest level since 2011, the Maritime Statistics Office "
            "said on Monday.\nContainer volumes rose 3.1%, the office said.\n")
    assert _dates_of(text, "en", "2024-02-05")["Container volumes rose 3.1%"] == ("2023",)


def test_a_span_of_years_gives_no_month_to_a_later_figure():
    # "a career spanning nearly 20 years" is no release figure: a season's count is the report's
    text = ("Harbour City win the league\n\nCoach Tom Hale was appointed in July 2023 after his predecessor was "
            "sacked, and it is his first league title in a coaching career spanning nearly 20 years.\n"
            "Striker Ana Ruiz has scored 21 league goals this season.\n")
    assert _dates_of(text, "en", "2024-05-10")["Striker Ana Ruiz has scored 21 league goals this season"] \
        == ("2024-05-10",)
    # ... while a level told in years still does
    text = ("Life expectancy at birth reached 72.1 years in 2023, the statistics bureau said.\n"
            "Life expectancy for women rose 0.4 percent, the bureau said.\n")
    assert _dates_of("Judul\n\n" + text, "en", "2024-05-10")["Life expectancy for women rose 0.4 percent"] == ("2023",)


def test_a_part_of_the_count_its_pointer_names_takes_that_count_s_period():
    # "Dari total kasus tersebut" points past a quote on other figures to the count of cases
    text = ("Kasus DBD Naik\n\nDinas Kesehatan Kota Bogor mencatat 1.240 kasus DBD sepanjang Januari hingga Juni 2024.\n"
            "“Dulu hasil tes keluar tiga hari. Sekarang dua jam sudah ada hasil,” ujar Rina, Senin (8/7).\n"
            "Dari total kasus tersebut, 310 di antaranya merupakan pasien anak.\n")
    assert _dates_of(text, "id", "2024-07-09")["Dari total kasus tersebut, 310 di antaranya merupakan pasien anak"] \
        == ("2024-01", "2024-06")
