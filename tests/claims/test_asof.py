import datetime as dt

import pytest

from claims import split_article
from claims.asof import add_as_of_dates, needs_as_of
from claims.model import Claim, Quantity

REF = dt.date(2024, 3, 12)


def _claim(text, start=0, types=(), units=(), dates=()):
    quantities = tuple(Quantity(1, 1, u) for u in units)
    return Claim(start, start + len(text), text, types=types, quantities=quantities, dates=dates)


@pytest.mark.parametrize("claim, needed", [
    (_claim("Korban tewas bertambah menjadi 12 orang", units=("orang",)), True),
    (_claim("Gol kedua tercipta pada menit ke-70", units=("minute",)), True),
    (_claim("Tinggi gunung itu 2.900 meter", units=("m",)), False),
    (_claim("Inflasi tahunan 3 persen", units=("percent",)), False),
    (_claim("Sebanyak 40 truk akan dikirim besok", types=("prediction",), units=("truk",)), False),
    (_claim("Kami menolak tuduhan itu", types=("quote",)), True),
    (_claim("Pesawat mendarat pukul 14.30 WIB"), True),
    (_claim("Jembatan itu dibangun oleh Belanda"), False),
])
def test_which_claims_need_an_as_of_date(claim, needed):
    assert needs_as_of(claim) is needed


def test_as_of_date_is_the_nearest_recent_date_named_before():
    text = "x" * 200
    dated = _claim("Gempa terjadi Senin (11/3)", 0, ("event", "date"), dates=("2024-03-11",))
    old = _claim("Gedung dibangun 2 Januari 1990", 40, ("event", "date"), dates=("1990-01-02",))
    count = _claim("Korban tewas 12 orang", 80, units=("orang",))
    out = add_as_of_dates(text, (dated, old, count), REF)
    assert out[2].dates == ("2024-03-11",)


def test_as_of_date_falls_back_to_reference():
    count = _claim("Korban tewas 12 orang", 0, units=("orang",))
    assert add_as_of_dates("x" * 40, (count,), REF)[0].dates == ("2024-03-12",)
    assert add_as_of_dates("x" * 40, (count,), None)[0].dates == ()


def test_event_continuing_a_dated_sentence_in_the_same_paragraph_takes_its_date():
    text = ("Pada Senin (11/3), badai melanda pesisir Tuban. Angin kencang merobohkan pohon di jalan utama.\n"
            "Warga diminta waspada.\n")
    claims = split_article(text, published=REF).claims
    assert [(c.text, c.dates) for c in claims][:2] == [
        ("Pada Senin (11/3), badai melanda pesisir Tuban", ("2024-03-11",)),
        ("Angin kencang merobohkan pohon di jalan utama", ("2024-03-11",)),
    ]


def test_rate_takes_the_period_of_its_paragraph_else_the_report_day():
    text = "x" * 120 + "\n" + "x" * 60
    period = _claim("Inflasi Mei naik", 0, ("event", "date"), dates=("2024-05",))
    rate = _claim("Inflasi inti 2,1 persen", 40, units=("percent",))
    survey = _claim("Elektabilitas calon A 41 persen", 125, units=("percent",))
    out = add_as_of_dates(text, (period, rate, survey), REF)
    assert out[1].dates == ("2024-05",)
    assert out[2].dates == ("2024-03-12",)


@pytest.mark.parametrize("text, lang", [
    ("Harga emas naik 2 persen pada Senin (11/3), sedangkan harga perak turun 1 persen.", "id"),
    ("Gold rose 2 percent on Monday, but silver fell 1 percent.", "en"),
])
def test_clause_joined_to_a_dated_clause_shares_its_date(text, lang):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert [c.dates for c in claims] == [("2024-03-11",), ("2024-03-11",)]


@pytest.mark.parametrize("text, lang, dates", [
    ("The minister will visit the port on Friday.", "en", ("2024-03-15",)),
    ("Menteri akan meninjau pelabuhan pada Jumat.", "id", ("2024-03-15",)),
    ("Menteri meninjau pelabuhan pada Jumat.", "id", ("2024-03-08",)),
    ("Menteri akan meninjau pelabuhan pada Selasa.", "id", ("2024-03-12",)),
])
def test_bare_weekday_in_a_future_clause_is_the_coming_one(text, lang, dates):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert claims[0].dates == dates


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


def test_the_same_period_is_the_nearest_period_named_before():
    text = ("Pada Agustus 2023 penjualan mobil listrik mencapai 1.200 unit.\n"
            "Penjualan mobil hybrid pada periode yang sama mencapai 3.400 unit.\n")
    found = _dates_of(text, "id", "2023-09-10")
    assert found["Penjualan mobil hybrid pada periode yang sama mencapai 3.400 unit"] == ("2023-08",)


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    ("Pada Juli 2023 ekspor kopi mencapai 41.000 ton. Angka itu naik 8 persen dari bulan sebelumnya.\n",
     # the month before is not resolved across sentences: only the figure's own month
     "id", "2023-08-15", "Angka itu naik 8 persen dari bulan sebelumnya", ("2023-07",)),
    ("The insurer earned $2.1 billion in the first half of 2023.\nIt was the best half-year result since its listing.\n",
     "en", "2023-08-01", "It was the best half-year result since its listing", ("2023-01", "2023-06")),
])
def test_a_claim_pointing_back_at_a_figure_takes_that_figures_date(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


def test_an_embedded_ranking_holds_over_its_sentences_period():
    text = ("Dinas Pertanian mencatat 310 hektare sawah puso selama periode 1 hingga 20 Februari 2024.\n"
            "Kecamatan Gabus, yang menjadi kecamatan dengan sawah puso terbanyak, mencatat 120 hektare pada periode yang sama.\n")
    found = _dates_of(text, "id", "2024-02-22")
    assert found["Kecamatan Gabus, yang menjadi kecamatan dengan sawah puso terbanyak"] == ("2024-02-01", "2024-02-20")


def test_an_event_in_a_later_paragraph_takes_the_storys_recent_day():
    text = ("Pengadilan Negeri Kendal pada Selasa (14/5/2024) menjatuhkan vonis 3 tahun penjara kepada Sarno.\n"
            "Sarno juga dihukum membayar denda Rp 100 juta.\n"
            "Gudang itu dibangun oleh pedagang setempat.\n")
    found = _dates_of(text, "id", "2024-05-15")
    assert found["Sarno juga dihukum membayar denda Rp 100 juta"] == ("2024-05-14",)
    # an old date named in between is no anchor for the story's day
    text = text.replace("Sarno juga", "Kasus itu bermula pada 3 Maret 2021.\nSarno juga")
    assert _dates_of(text, "id", "2024-05-15")["Sarno juga dihukum membayar denda Rp 100 juta"] == ("2024-05-14",)


def test_a_timeless_status_gets_no_date():
    text = ("Banjir melanda Desa Karanganyar pada Senin (11/3).\n"
            "Desa Karanganyar berada di tepi Sungai Serayu.\n")
    assert _dates_of(text, "id", "2024-03-12")["Desa Karanganyar berada di tepi Sungai Serayu"] == ()


def test_a_reported_state_holds_on_the_day_of_the_report():
    text = ("A strong earthquake hit the coast of Chiloe early Sunday, officials said.\n"
            "The navy said there was no risk of a tsunami.\n")
    found = _dates_of(text, "en", "2024-06-10")
    assert found["there was no risk of a tsunami"] == ("2024-06-09",)


def test_an_embedded_description_does_not_take_the_storys_day():
    text = ("Longsor menimbun jalan di Desa Wonosari pada Selasa (12/3).\n"
            "Warga mengungsi ke Balai Desa Sidomulyo, yang berjarak sekitar 4 km dari lokasi longsor.\n")
    found = _dates_of(text, "id", "2024-03-13")
    assert found["Balai Desa Sidomulyo, yang berjarak sekitar 4 km dari lokasi longsor"] == ()


def test_a_count_is_as_of_the_latest_update_an_event_of_the_nearest_day():
    text = ("Banjir melanda Kota Pekalongan sejak Senin (11/3), kata petugas pada Selasa (12/3).\n"
            "Air sungai meluap pada Minggu (10/3) malam.\n"
            "Sebanyak 640 warga masih mengungsi.\n"
            "Arus deras merobohkan jembatan di Kelurahan Degayu.\n")
    found = _dates_of(text, "id", "2024-03-12")
    assert found["Sebanyak 640 warga masih mengungsi"] == ("2024-03-12",)
    assert found["Arus deras merobohkan jembatan di Kelurahan Degayu"] == ("2024-03-10",)


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    ("Dinas Sosial mencatat 230 kasus gizi buruk sepanjang Januari hingga April 2024.\n"
     "Desa Ngablak menyumbang 41 kasus.\n",
     "id", "2024-05-10", "Desa Ngablak menyumbang 41 kasus", ("2024-01", "2024-04")),
    ("Polisi menangkap 12 tersangka pada Maret 2024. Lima di antaranya masih remaja.\n",
     "id", "2024-04-02", "Lima di antaranya masih remaja", ("2024-03",)),
    ("Car sales rose 4 percent in February 2024, the association said.\n"
     "Imports fell 2 percent, leaving a deficit of $40 million for the month.\n",
     "en", "2024-03-15", "Imports fell 2 percent, leaving a deficit of $40 million for the month", ("2024-02",)),
])
def test_counts_parts_and_the_month_point_back_at_the_period_stated(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # the figure's own as-of date is still needed when its only date is the comparison base's
    ("Support for the new bus lane fell to 38 percent, down from 52 percent in November.\n"
     "The poll of 900 residents was carried out from February 5 to February 9.\n",
     "en", "2024-02-14", "Support for the new bus lane fell to 38 percent, down from 52 percent in November",
     ("2024-02-05", "2024-02-09", "2023-11")),
    ("Harga cabai di Pasar Wage mencapai Rp 60.000 per kilogram pada Senin (12/2). "
     "Harga itu naik Rp 8.000 dibandingkan akhir Desember lalu.\n",
     "id", "2024-02-13", "Harga itu naik Rp 8.000 dibandingkan akhir Desember lalu", ("2024-02-12", "2023-12")),
    # a figure dated before its comparison keeps only its own dates
    ("Ekspor pada Maret 2024 naik 4 persen dibandingkan Februari.\n",
     "id", "2024-04-15", "Ekspor pada Maret 2024 naik 4 persen dibandingkan Februari", ("2024-03", "2024-02")),
])
def test_a_figure_dated_only_by_its_comparison_base_still_takes_its_as_of_date(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


def test_a_rate_of_the_same_measure_in_a_later_paragraph_takes_that_month():
    text = ("Tingkat pengangguran terbuka pada Agustus 2023 sebesar 5,3 persen.\n"
            "Kepala dinas itu menyebut pengangguran di perkotaan mencapai 6,1 persen.\n"
            "Sementara itu, elektabilitas calon A tercatat 41 persen.\n")
    found = _dates_of(text, "id", "2023-11-06")
    assert found["pengangguran di perkotaan mencapai 6,1 persen"] == ("2023-08",)
    assert found["elektabilitas calon A tercatat 41 persen"] == ("2023-11-06",)


@pytest.mark.parametrize("text, lang, claim, dates", [
    ("Officials said on Monday that the outbreak was spreading.\nAt least 19 people have died of cholera since May 2.\n",
     "en", "At least 19 people have died of cholera since May 2", ("2024-05-02", "2024-05-21")),
    ("Jumlah kasus demam berdarah di Kota Depok telah mencapai 88 kasus sejak Januari.\n", "id",
     "Jumlah kasus demam berdarah di Kota Depok telah mencapai 88 kasus sejak Januari", ("2024-01", "2024-05-21")),
    # an event that started on a day is no running total
    ("Pengobatan massal digelar sejak Senin (20/5) dan menyasar 5.000 warga.\n", "id",
     "Pengobatan massal digelar sejak Senin (20/5) dan menyasar 5.000 warga", ("2024-05-20",)),
])
def test_a_running_total_since_a_start_is_also_as_of_the_report(text, lang, claim, dates):
    assert _dates_of(text, lang, "2024-05-21")[claim] == dates


def test_an_action_begun_since_a_day_is_no_running_total():
    text = ("Longsor susulan terjadi pada Rabu (22/5) pagi.\n"
            "\u201cKami sudah mengerahkan tiga ekskavator sejak Senin (20/5),\u201d kata Budi.\n")
    found = _dates_of(text, "id", "2024-05-23")
    assert found["Kami sudah mengerahkan tiga ekskavator sejak Senin (20/5)"] == ("2024-05-20",)


@pytest.mark.parametrize("text, lang, claim", [
    ("Persik Kediri menang 2-0 atas PSS Sleman, Sabtu (9/3).\nStadion Brawijaya berkapasitas 20.000 penonton.\n",
     "id", "Stadion Brawijaya berkapasitas 20.000 penonton"),
    ("Persik beat PSS 2-0 on Saturday.\nBrawijaya Stadium seats about 20,000 spectators.\n",
     "en", "Brawijaya Stadium seats about 20,000 spectators"),
    ("The new bridge opened on Monday.\nIt can carry 3,000 vehicles an hour.\n", "en",
     "It can carry 3,000 vehicles an hour"),
    ("Polisi menangkap tiga pelaku pada Senin (4/3).\nPara pelaku terancam hukuman penjara paling lama tujuh tahun.\n",
     "id", "Para pelaku terancam hukuman penjara paling lama tujuh tahun"),
])
def test_what_a_thing_can_hold_or_a_law_sets_takes_no_as_of_date(text, lang, claim):
    found = _dates_of(text, lang, "2024-03-11")
    assert claim in found and found[claim] == ()


@pytest.mark.parametrize("text, lang, claim, dates", [
    ("Longsor terjadi pada Sabtu (9/3).\nHingga Minggu (10/3), 12 orang ditemukan.\nTiga warga masih dalam pencarian.\n",
     "id", "Tiga warga masih dalam pencarian", ("2024-03-11",)),
    ("The mine collapsed on Saturday.\nBy Sunday, 12 workers had been rescued.\nNine workers were still trapped.\n",
     "en", "Nine workers were still trapped", ("2024-03-11",)),
])
def test_a_count_that_still_holds_is_as_of_the_report(text, lang, claim, dates):
    found = _dates_of(text, lang, "2024-03-11")
    assert claim in found and found[claim] == dates


@pytest.mark.parametrize("text, lang, claim, dates", [
    ("Inflasi Mei 2024 tercatat 3,1 persen, tertinggi sejak Juni 2019. Inflasi inti tercatat 2,2 persen.\n",
     "id", "Inflasi inti tercatat 2,2 persen", ("2024-05",)),
    ("Unemployment in May 2024 rose to 4.1 percent, the highest since June 2019. "
     "Youth unemployment stood at 9.2 percent.\n", "en", "Youth unemployment stood at 9.2 percent", ("2024-05",)),
])
def test_a_rate_takes_its_paragraphs_period_not_a_superlatives_base(text, lang, claim, dates):
    found = _dates_of(text, lang, "2024-06-10")
    assert claim in found and found[claim] == dates


@pytest.mark.parametrize("text, lang, claim, dates", [
    # what is handed out, moved or served piles up like a toll, whatever its unit
    ("Since January, tanker trucks have delivered water to more than 600,000 households.\n", "en",
     "Since January, tanker trucks have delivered water to more than 600,000 households", ("2024-01", "2024-05-21")),
    ("Pemkab telah menyalurkan 2 ton beras kepada pengungsi sejak Sabtu (18/5).\n", "id",
     "Pemkab telah menyalurkan 2 ton beras kepada pengungsi sejak Sabtu (18/5)", ("2024-05-18", "2024-05-21")),
    ("The clinic has vaccinated 4,200 children since April 2.\n", "en",
     "The clinic has vaccinated 4,200 children since April 2", ("2024-04-02", "2024-05-21")),
])
def test_a_total_handed_out_since_a_start_is_also_as_of_the_report(text, lang, claim, dates):
    assert _dates_of(text, lang, "2024-05-21")[claim] == dates


def test_a_part_of_a_count_over_a_period_from_a_month_to_a_day_takes_both_ends():
    text = ("Dinkes mencatat 412 kasus demam berdarah sejak Januari hingga Senin (14/4/2025).\n"
            "Lima pasien di antaranya meninggal dunia.\n")
    found = _dates_of(text, "id", "2025-04-15")
    assert found["Lima pasien di antaranya meninggal dunia"] == ("2025-01", "2025-04-14")


@pytest.mark.parametrize("text, lang, claim", [
    # what a place or body is made of does not change with the day's news
    ("Banjir merendam Kota Mataram pada Senin (4/3).\nKota Mataram terdiri atas enam kecamatan.\n", "id",
     "Kota Mataram terdiri atas enam kecamatan"),
    ("The council voted on Monday.\nThe council consists of nine members.\n", "en",
     "The council consists of nine members"),
    # an amount of money in any currency is no count of the day, like one in rupiah
    ("The ferry terminal opened on Monday.\nThe terminal cost 120 million ringgit to build.\n", "en",
     "The terminal cost 120 million ringgit to build"),
])
def test_make_up_and_money_take_no_as_of_date(text, lang, claim):
    found = _dates_of(text, lang, "2024-03-11")
    assert claim in found and found[claim] == ()


@pytest.mark.parametrize("text, claim, dates", [
    # a count in the English present perfect since a start is a running total, whatever the verb
    ("The floods have displaced more than 3,000 people since Sunday, officials said.\n",
     "The floods have displaced more than 3,000 people since Sunday", ("2024-05-19", "2024-05-21")),
    ("Police have arrested 40 protesters since May 1.\n",
     "Police have arrested 40 protesters since May 1", ("2024-05-01", "2024-05-21")),
    # a simple past since a start tells no total up to now
    ("The city opened 12 shelters on Sunday.\n", "The city opened 12 shelters on Sunday", ("2024-05-19",)),
])
def test_an_english_perfect_count_since_a_start_is_a_running_total(text, claim, dates):
    assert _dates_of(text, "en", "2024-05-21")[claim] == dates


def test_a_change_in_percent_to_a_level_in_money_takes_its_paragraphs_month():
    text = ("Exports rose 14 percent in May from a year earlier. "
            "Shipments to Japan rose 22 percent to $11.4 billion, while rice exports fell 3 percent.\n")
    found = _dates_of(text, "en", "2025-06-06")
    assert found["Shipments to Japan rose 22 percent to $11.4 billion"] == ("2025-05",)


@pytest.mark.parametrize("text, language", [
    ("Exports last month reached 4,210 tonnes, nearly twice the amount in February 2023.", "en"),
    ("Penjualan bulan lalu mencapai 1.200 unit, dua kali lipat jumlah pada Februari 2023.", "id"),
])
def test_a_multiple_cut_off_after_a_comma_takes_the_time_of_the_figure_it_compares(text, language):
    # REF is 12 March 2024: "last month" is February 2024, the base is a year before it
    claims = split_article(text, published=REF, language=language).claims
    compared = next(c for c in claims if "2023" in c.text)
    assert set(compared.dates) == {"2024-02", "2023-02"}


@pytest.mark.parametrize("text, language, year", [
    ("Tahun lalu, 48.300 pelamar mendaftar ke sekolah kedinasan itu.", "id", "2023"),
    ("Last year, the ferry line carried 2.1 million riders, up 5% from 2022.", "en", "2023"),
])
def test_a_sentence_opening_with_its_time_keeps_that_time(text, language, year):
    # whatever part the cutter takes out at the head, the whole sentence is dated by its opener
    claims = split_article(text, published=REF, language=language).claims
    whole = max(claims, key=lambda c: c.end - c.start)
    assert year in whole.dates and REF.isoformat() not in whole.dates


@pytest.mark.parametrize("text, claim_text", [
    ("Pada Senin (11/3), banjir melanda Demak.\nWarga Demak selalu menjadi korban pertama luapan sungai.\n",
     "Warga Demak selalu menjadi korban pertama luapan sungai"),
    ("Pada Senin (11/3), kapal feri kembali berlayar.\nKami mengoperasikan 30 kapal setiap hari, kata Budi.\n",
     "Kami mengoperasikan 30 kapal setiap hari"),
    ("The port reopened on Monday.\nThe terminal employs about 800 dockworkers.\n",
     "The terminal employs about 800 dockworkers"),
    ("The ferry sank on Monday.\nThe crossing usually takes about 40 minutes.\n",
     "The crossing usually takes about 40 minutes"),
])
def test_a_habit_or_a_standing_property_takes_no_as_of_date(text, claim_text):
    claims = split_article(text, published=REF).claims
    general = next(c for c in claims if c.text == claim_text)
    assert general.dates == ()


def test_a_standing_property_in_an_aside_leaves_the_clause_dated():
    text = ("Exports rose 9 percent in February from a year earlier.\n"
            "Shipments of textiles, which account for a fifth of the total, grew 12 percent.\n")
    claims = split_article(text, published=REF, language="en").claims
    textiles = next(c for c in claims if c.text.startswith("Shipments of textiles") and "grew" in c.text)
    assert textiles.dates == ("2024-02",)


@pytest.mark.parametrize("text, claim_text", [
    ("Pada Senin (11/3), sungai meluap.\nSungai Serang mengalir sepanjang sekitar 60 kilometer ke Laut Jawa.\n",
     "Sungai Serang mengalir sepanjang sekitar 60 kilometer ke Laut Jawa"),
    ("The dam burst on Monday.\nThe reservoir wall stands 40 metres high.\n",
     "The reservoir wall stands 40 metres high"),
])
def test_a_size_is_timeless(text, claim_text):
    claims = split_article(text, published=REF).claims
    size = next(c for c in claims if c.text == claim_text)
    assert size.dates == ()


def test_what_a_happening_measured_keeps_the_day():
    text = "Pada Senin (11/3), hujan deras mengguyur Kudus. Tanggul desa itu jebol sepanjang 15 meter.\n"
    dated = _claim("Pada Senin (11/3), hujan deras mengguyur Kudus", 0, ("event", "date"), dates=("2024-03-11",))
    breach = _claim("Tanggul desa itu jebol sepanjang 15 meter", 48, ("event",))
    river = _claim("Sungai Gelis mengalir sepanjang 15 kilometer", 48, ("event",))
    assert add_as_of_dates(text, (dated, breach), REF)[1].dates == ("2024-03-11",)
    assert add_as_of_dates(text, (dated, river), REF)[1].dates == ()


@pytest.mark.parametrize("text, language, claim_text", [
    ("Polisi telah memeriksa 12 saksi sejak Senin.\n", "id", "Polisi telah memeriksa 12 saksi sejak Senin"),
    ("Police have arrested 31 people since Sunday.\n", "en", "Police have arrested 31 people since Sunday"),
])
def test_people_an_inquiry_has_seen_since_a_day_are_counted_up_to_the_report(text, language, claim_text):
    # REF is Tuesday 12 March 2024: the count starts on the 10th or 11th and holds on the 12th
    claims = split_article(text, published=REF, language=language).claims
    count = next(c for c in claims if c.text == claim_text)
    assert count.dates[-1] == "2024-03-12" and len(count.dates) == 2


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a later sentence about the happening took place on its day, not on the day it was reported
    ("A ferry capsized off Sumbawa late Friday, killing nine passengers, police said Saturday.\n"
     "Its engine apparently stalled in heavy swell, the police chief said.\n",
     "en", "2024-07-07", "Its engine apparently stalled in heavy swell", ("2024-07-05",)),
    # told by the clock, with a height in metres and feet (measures, not counts that change)
    ("A ferry capsized off Sumbawa late Friday, killing nine passengers, police said Saturday.\n"
     "The boat tipped over and sank about 40 metres (130 ft) offshore shortly before 10 p.m.\n",
     "en", "2024-07-07", "The boat tipped over and sank about 40 metres (130 ft) offshore shortly before 10 p.m",
     ("2024-07-05",)),
    ("Angin puting beliung merusak puluhan rumah di Kecamatan Cepu, Minggu (7/7) sore.\n"
     "\"Sampai pagi ini tercatat 84 rumah rusak,\" kata Camat Cepu, Senin (8/7/2024).\n"
     "Menurut camat, angin juga merobohkan menara masjid di Desa Ngloram.\n",
     "id", "2024-07-08", "angin juga merobohkan menara masjid di Desa Ngloram", ("2024-07-07",)),
])
def test_a_later_sentence_about_a_dated_happening_takes_its_day(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a rate given at a release belongs to the data month as well as to the day it was given
    ("BPS Jawa Timur mencatat inflasi tahunan provinsi itu pada Juli 2024 sebesar 2,8 persen.\n"
     "\"Secara bulanan, inflasi Jawa Timur 0,2 persen,\" kata Kepala BPS Jawa Timur, Kamis (1/8/2024).\n",
     "id", "2024-08-02", "Secara bulanan, inflasi Jawa Timur 0,2 persen", ("2024-07", "2024-08-01")),
    ("Retail sales in the state rose 3.1 percent in June, the statistics office said.\n"
     "\"Online sales rose 9 percent,\" the office's director said on Tuesday.\n",
     "en", "2024-07-17", "Online sales rose 9 percent", ("2024-06", "2024-07-16")),
    # a survey's fieldwork days are no data month: a share quoted later is of the day it is given
    ("Survei dilakukan pada 1 hingga 7 Juli 2024 terhadap 800 responden. Calon A meraih 44 persen.\n"
     "\"Selisihnya 6 persen, masih di luar margin of error,\" kata peneliti lembaga itu, Rabu (10/7/2024).\n",
     "id", "2024-07-11", "Selisihnya 6 persen, masih di luar margin of error", ("2024-07-10",)),
])
def test_a_rate_given_at_a_release_also_takes_the_data_month(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a span of time said with a rate only measures the change: the rate keeps the release's period
    ("The jobless rate fell to 3.9 percent in the three months to May, the agency said on Tuesday.\n"
     "Wage growth slowed to 4.1 percent, its slowest in three years.\n",
     "en", "2024-07-16", "Wage growth slowed to 4.1 percent, its slowest in three years", ("2024-03", "2024-05")),
    ("Inflasi tahunan Kota Malang pada Mei 2024 tercatat 2,9 persen, kata BPS, Senin (3/6/2024).\n"
     "Pertumbuhan kredit bank melambat menjadi 8,1 persen, laju terlemah dalam dua tahun.\n",
     "id", "2024-06-04", "Pertumbuhan kredit bank melambat menjadi 8,1 persen, laju terlemah dalam dua tahun",
     ("2024-05",)),
])
def test_a_rate_with_the_span_it_is_measured_over_is_still_a_rate(text, lang, published, claim, dates):
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
    # a count its speaker gave is as of the day the article dates that speaker's words
    ("Banjir merendam lima desa di Kabupaten Kudus sejak Senin (4/3/2024) malam.\n"
     "Kepala BPBD Kudus, Budi Santoso, mengatakan sebanyak 900 warga mengungsi ke masjid.\n"
     "\"Ketinggian air mencapai satu meter,\" ujar Budi Santoso, Selasa (5/3/2024).\n",
     "id", "2024-03-06", "sebanyak 900 warga mengungsi ke masjid", ("2024-03-05",)),
    # what a second speaker says is not dated by the day of the first speaker's quotation
    ("The ministry said wheat prices rose this month.\n"
     "\"Stocks will last until June,\" the minister, Ana Reyes, said on Monday.\n"
     "Analyst Tom Berg said 40 mills had cut output.\n",
     "en", "2024-03-13", "40 mills had cut output", ("2024-03-13",)),
])
def test_what_a_speaker_reports_holds_on_the_day_of_their_words(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a state a happening brought about is news of the story's day (unlike a standing status)
    ("Pengadilan Negeri Kediri menjatuhkan vonis 3 tahun penjara kepada Joko, Rabu (6/3/2024).\n"
     "Joko dinyatakan terbukti bersalah memalsukan dokumen tanah.\n",
     "id", "2024-03-07", "Joko dinyatakan terbukti bersalah memalsukan dokumen tanah", ("2024-03-06",)),
    ("A court in Lyon sentenced the former mayor to two years in prison on Tuesday, March 5, 2024.\n"
     "The judge also ordered his two villas to be seized and sold.\n",
     "en", "2024-03-06", "The judge also ordered his two villas to be seized and sold", ("2024-03-05",)),
    ("Pengadilan Negeri Kediri menjatuhkan vonis 3 tahun penjara kepada Joko, Rabu (6/3/2024).\n"
     "Desa Karanganyar berada di tepi Sungai Brantas.\n",
     "id", "2024-03-07", "Desa Karanganyar berada di tepi Sungai Brantas", ()),
    # what is so in the present tense is a standing status, even beside a happening of its own
    ("A court in Lyon sentenced the former mayor to two years in prison on Tuesday, March 5, 2024.\n"
     "The firm, which was founded in 1990, is owned by the mayor's family.\n",
     "en", "2024-03-06", "The firm, which was founded in 1990, is owned by the mayor's family", ()),
])
def test_a_state_a_happening_brought_about_takes_the_storys_day(text, lang, published, claim, dates):
    found = _dates_of(text, lang, published)
    assert found[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a change measured against a whole year is that of the year after it
    ("Officials said road deaths in the province fell by 12% compared with 2023.\n",
     "en", "2025-02-10", "road deaths in the province fell by 12% compared with 2023", ("2024", "2023")),
    ("Produksi garam rakyat turun 30 persen dibandingkan 2022, kata kepala dinas.\n",
     "id", "2024-01-20", "Produksi garam rakyat turun 30 persen dibandingkan 2022", ("2023", "2022")),
    # a base that is an occasion in a year, not the year itself, leaves the figure as of the report
    ("Turnout stood at 58 percent, down from 64 percent at the last election in 2019.\n",
     "en", "2024-06-03", "Turnout stood at 58 percent, down from 64 percent at the last election in 2019",
     ("2024-06-03", "2019")),
])
def test_a_change_against_a_whole_year_is_of_the_year_after(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a level a happening reached is a reading of the happening's day
    ("Banjir merendam Kecamatan Sayung, Senin (4/3) malam. Ketinggian air di beberapa dusun mencapai 1,2 meter.\n",
     "id", "2024-03-05", "Ketinggian air di beberapa dusun mencapai 1,2 meter", ("2024-03-04",)),
    ("Floods swept through the valley on Sunday, officials said. The water reached 2 meters in some streets.\n",
     "en", "2024-03-12", "The water reached 2 meters in some streets", ("2024-03-10",)),
    # a standing size is no reading
    ("Banjir merendam Kecamatan Sayung, Senin (4/3) malam. Sungai Tuntang memiliki panjang sekitar 80 km.\n",
     "id", "2024-03-05", "Sungai Tuntang memiliki panjang sekitar 80 km", ()),
    # nor is a rate over time, nor how many people live in a place
    ("Banjir rob merendam Kelurahan Bandarharjo, Senin (4/3) sore. "
     "Penurunan tanah di kawasan itu mencapai 8 sentimeter per tahun.\n",
     "id", "2024-03-05", "Penurunan tanah di kawasan itu mencapai 8 sentimeter per tahun", ()),
    ("Banjir rob merendam Kelurahan Bandarharjo, Senin (4/3) sore. Kelurahan itu dihuni sekitar 9.000 jiwa.\n",
     "id", "2024-03-05", "Kelurahan itu dihuni sekitar 9.000 jiwa", ()),
])
def test_a_level_a_happening_reached_takes_its_day(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a rate read at a time of day is that day's, not the period of the results beside it
    ("Vestra Foods reported a 9% rise in second-quarter profit on Tuesday, July 16, 2024.\n"
     "Its shares were up 4.1% at 1015 GMT.\n",
     "en", "2024-07-16", "Its shares were up 4.1% at 1015 GMT", ("2024-07-16",)),
    ("BPS mencatat inflasi Juni 2024 sebesar 2,5 persen pada Senin (1/7/2024).\n"
     "Indeks saham gabungan naik 0,8 persen pada pukul 10.30 WIB.\n",
     "id", "2024-07-01", "Indeks saham gabungan naik 0,8 persen pada pukul 10.30 WIB", ("2024-07-01",)),
])
def test_a_rate_read_at_a_time_of_day_is_that_days(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a count read up to a later day is an update, not the happening: what follows it about
    # the happening still takes the happening's day
    ("Gempa mengguncang Kabupaten Garut, Senin (5/8/2024) malam.\n"
     "\"Sampai pagi ini, 210 warga mengungsi,\" kata Kepala BPBD, Selasa (6/8/2024).\n"
     "Getaran gempa juga dirasakan warga di Tasikmalaya.\n",
     "id", "2024-08-06", "Getaran gempa juga dirasakan warga di Tasikmalaya", ("2024-08-05",)),
    # an amount of money estimated for a happening is as of the latest update
    ("Kebakaran melanda Pasar Kliwon, Senin (5/8) malam.\n"
     "Hingga Selasa pagi, 80 kios dilaporkan hangus.\n"
     "Kerugian ditaksir mencapai Rp 3 miliar.\n",
     "id", "2024-08-06", "Kerugian ditaksir mencapai Rp 3 miliar", ("2024-08-06",)),
    # a decimal comma does not close an aside: a population stays a standing fact
    ("Gempa mengguncang Kabupaten Garut, Senin (5/8/2024) malam.\n"
     "Kabupaten Garut, yang berpenduduk sekitar 2,7 juta jiwa, berada di selatan Jawa Barat.\n",
     "id", "2024-08-06", "Kabupaten Garut, yang berpenduduk sekitar 2,7 juta jiwa", ()),
])
def test_updates_money_and_standing_facts_beside_a_dated_happening(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a state someone reports holds on the latest day the story has named by then
    # (not the earlier day of the background sentence just before it)
    ("Power returned on Monday after a storm, the utility said.\n"
     "The storm had formed off the coast on Friday.\n"
     "Officials said there was no risk of a tsunami.\n",
     "en", "2024-06-10", "there was no risk of a tsunami", ("2024-06-10",)),
    # how many people a place holds is a standing fact, said in an appositive too
    ("A heatwave hit Pakistan on Monday, officials said.\n"
     "Pakistan, a country of 240 million people, is among the hottest places on earth.\n",
     "en", "2024-05-28", "Pakistan, a country of 240 million people", ()),
])
def test_reported_states_and_sizes_of_places(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a market price moves from day to day: it is as of the story's latest day
    ("Harga cabai di Pasar Legi naik tajam, Senin (7/4/2025).\n"
     "Harga bawang putih relatif stabil di kisaran Rp 38.000 per kilogram.\n",
     "id", "2025-04-08", "Harga bawang putih relatif stabil di kisaran Rp 38.000 per kilogram", ("2025-04-07",)),
    ("Rice traders protested in Manila on Monday, April 7, 2025.\n"
     "Prices of ordinary rice held at about $0.90 a kilogram.\n",
     "en", "2025-04-08", "Prices of ordinary rice held at about $0.90 a kilogram", ("2025-04-07",)),
    # a fare that is set is no market price
    ("Harga cabai di Pasar Legi naik tajam, Senin (7/4/2025).\n"
     "Tarif bus kota sebesar Rp 4.000 untuk umum.\n",
     "id", "2025-04-08", "Tarif bus kota sebesar Rp 4.000 untuk umum", ()),
])
def test_a_market_price_is_as_of_the_storys_day(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # what a count or a register shows is a reading as of the story's latest day
    ("KPU menetapkan hasil rekapitulasi suara pilkada kota itu pada Minggu (1/12/2024).\n"
     "Pasangan nomor urut 2 juga tercatat unggul di semua kecamatan.\n",
     "id", "2024-12-02", "Pasangan nomor urut 2 juga tercatat unggul di semua kecamatan", ("2024-12-01",)),
    ("The election board certified the county results on Friday, November 22, 2024.\n"
     "The incumbent was recorded as the leader in every precinct.\n",
     "en", "2024-11-23", "The incumbent was recorded as the leader in every precinct", ("2024-11-22",)),
])
def test_what_a_record_shows_is_a_reading_of_the_storys_day(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # what did not happen at a dated happening is told of its day
    ("The county board voted 5-2 on Monday night to close the landfill, officials said Tuesday.\n"
     "Commissioner Ray Dunn did not vote.\n",
     "en", "2024-10-15", "Commissioner Ray Dunn did not vote", ("2024-10-14",)),
    ("DPRD Kota Bogor mengesahkan APBD 2025 dalam rapat paripurna, Senin (25/11/2024).\n"
     "Wali Kota Bogor tidak hadir dalam rapat itu.\n",
     "id", "2024-11-26", "Wali Kota Bogor tidak hadir dalam rapat itu", ("2024-11-25",)),
])
def test_what_did_not_happen_at_a_happening_takes_its_day(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a figure of a month's release is that month's, not the period of a total told after it
    ("Visitor arrivals in Vietnam rose 8% in March from a year earlier to 1.6 million, the agency said.\n"
     "Korean arrivals, the largest group, climbed 5% to 410,000.\n"
     "In the first three months of the year, arrivals totalled 4.9 million.\n",
     "en", "2025-04-02", "Korean arrivals, the largest group, climbed 5% to 410,000", ("2025-03",)),
    ("Kunjungan wisman ke Bali pada Maret 2025 naik 6 persen menjadi 520.000 kunjungan.\n"
     "Kunjungan wisman asal Australia turun 2 persen menjadi 110.000 kunjungan.\n"
     "Sepanjang Januari hingga Maret 2025, kunjungan wisman mencapai 1,5 juta kunjungan.\n",
     "id", "2025-04-02", "Kunjungan wisman asal Australia turun 2 persen menjadi 110.000 kunjungan", ("2025-03",)),
])
def test_a_release_figure_is_not_dated_by_a_later_total_period(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # an embedded part whose head is a date describes that date; the date still names the
    # base of the sentence around it
    ("BPS mencatat inflasi tahunan pada Juni 2025 sebesar 2,1 persen. "
     "Angka itu lebih tinggi dibandingkan Mei 2025 yang sebesar 1,9 persen.\n",
     "id", "2025-07-01", "Angka itu lebih tinggi dibandingkan Mei 2025 yang sebesar 1,9 persen", ("2025-06", "2025-05")),
    ("Exports rose 4 percent in June, up from May 2025, which saw a 2 percent rise.\n",
     "en", "2025-07-01", "Exports rose 4 percent in June, up from May 2025", ("2025-06", "2025-05")),
])
def test_a_date_heading_an_embedded_part_is_also_the_outer_claims(text, lang, published, claim, dates):
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
     "Fuel made up 39% of its costs, up from 35% in the previous quarter.\n",
     "en", "2025-07-31", "Fuel made up 39% of its costs, up from 35% in the previous quarter",
     ("2025-04", "2025-06", "2025-01", "2025-03")),
    ("Harbor Air reported a net loss of 90 million dollars for the April-June quarter on Thursday.\n"
     "Revenue rose 11% to 700 million dollars, the airline said.\n",
     "en", "2025-07-31", "Revenue rose 11% to 700 million dollars", ("2025-04", "2025-06")),
])
def test_a_periods_results_in_money_date_the_rates_after_them(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # "in the quarter" points at the quarter named before, beside a time of the claim's own
    ("Kestrel Foods reported a 9% rise in second-quarter profit on Tuesday.\n"
     "\"We expect demand to pick up in the third quarter,\" the chief executive said.\n"
     "Savings from a programme launched in February reached 40 million dollars in the quarter.\n",
     "en", "2025-07-22", "Savings from a programme launched in February reached 40 million dollars in the quarter",
     ("2025-02", "2025-04", "2025-06")),
    ("Laba bersih perseroan pada triwulan I 2025 naik 12 persen.\n"
     "Program efisiensi yang dimulai Januari menghemat Rp 50 miliar pada triwulan tersebut.\n",
     "id", "2025-04-30", "Program efisiensi yang dimulai Januari menghemat Rp 50 miliar pada triwulan tersebut",
     ("2025-01", "2025-03")),
])
def test_in_the_quarter_points_at_the_quarter_named_before(text, lang, published, claim, dates):
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


@pytest.mark.parametrize("text, claim_text", [
    # what a firm makes a year, what field it works in and what a river crosses are standing facts
    ("Kebakaran melanda gudang di Sidoarjo, Senin (3/3/2025) malam.\n"
     "Pabrik itu memproduksi 8.000 ton gula per tahun.\n", "Pabrik itu memproduksi 8.000 ton gula per tahun"),
    ("Kebakaran melanda gudang di Sidoarjo, Senin (3/3/2025) malam.\n"
     "PT Sinar Tani bergerak di bidang distribusi pupuk.\n", "PT Sinar Tani bergerak di bidang distribusi pupuk"),
    ("Banjir melanda Kabupaten Kediri, Senin (3/3/2025) malam.\n"
     "Sungai Brantas melintasi 16 kabupaten dan kota.\n", "Sungai Brantas melintasi 16 kabupaten dan kota"),
    # what a law provides is no news of the day it was passed
    ("DPR mengesahkan RUU Perampasan Aset dalam rapat paripurna, Senin (3/3/2025).\n"
     "Undang-undang ini mengatur perampasan aset tanpa putusan pidana.\n",
     "Undang-undang ini mengatur perampasan aset tanpa putusan pidana"),
])
def test_what_a_firm_or_a_river_does_as_a_rule_takes_no_date(text, claim_text):
    assert _dates_of(text, "id", "2025-03-04")[claim_text] == ()


# A count compared with "a year earlier" changes like any count and takes its day; the same
# count "a year" is a standing rate and takes none. (An amount of money alone is left undated
# unless a release gives its period: money is among the units that need no as-of date.)
@pytest.mark.parametrize("claim_text, dated", [
    ("The airport handled 2.1 million passengers, up from 1.8 million a year earlier", True),
    ("The airport handled 2.1 million passengers a year", False),
])
def test_a_figure_compared_with_a_year_earlier_is_no_yearly_rate(claim_text, dated):
    text = "Orrin Airport reported its third-quarter traffic on Thursday.\n" + claim_text + ".\n"
    assert bool(_dates_of(text, "en", "2025-10-23")[claim_text]) is dated


@pytest.mark.parametrize("claim_text, dates", [
    # what a firm or a plant does in the present tense is a standing fact
    ("The plant produces 500 motorbikes a day", ()),
    ("The firm supplies parts to three carmakers", ()),
    # "houses" as a noun is no such verb
    ("More than 200 houses collapsed in the town", ("2025-03-03",)),
])
def test_what_a_firm_does_in_the_present_tense_takes_no_date(claim_text, dates):
    text = "An earthquake struck the north on Monday, March 3, 2025, officials said.\n" + claim_text + ".\n"
    assert _dates_of(text, "en", "2025-03-04")[claim_text] == dates


@pytest.mark.parametrize("text, lang, claim, dates", [
    # a sentence that opens with a step from the time just told is that far from its day
    ("Harga emas naik Rp 15.000 menjadi Rp 1.900.000 per gram pada Kamis (10/4/2025).\n"
     "Sehari sebelumnya, harga emas turun Rp 8.000.\n",
     "id", "Sehari sebelumnya, harga emas turun Rp 8.000", ("2025-04-09",)),
    ("The bridge collapsed on Monday, April 7, 2025.\nTwo days later, the army opened a temporary crossing.\n",
     "en", "Two days later, the army opened a temporary crossing", ("2025-04-09",)),
    ("The bridge collapsed on Monday, April 7, 2025.\nThe next day, engineers began to inspect the piers.\n",
     "en", "The next day, engineers began to inspect the piers", ("2025-04-08",)),
])
def test_a_sentence_opening_with_a_step_from_the_last_day(text, lang, claim, dates):
    assert _dates_of(text, lang, "2025-04-10")[claim] == dates


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


@pytest.mark.parametrize("text, lang, claim, dates", [
    # a speaker's "now" is the day they spoke, not the day the article came out
    ("\"Stok beras di gudang kami saat ini mencapai 2 juta ton,\" kata Direktur Bulog, Kamis (5/3/2026).\n",
     "id", "Stok beras di gudang kami saat ini mencapai 2 juta ton", ("2026-03-05",)),
    ("\"We currently hold 40,000 tonnes of rice,\" the agency's head said on Thursday.\n",
     "en", "We currently hold 40,000 tonnes of rice", ("2026-03-05",)),
])
def test_a_speakers_now_is_the_day_they_spoke(text, lang, claim, dates):
    assert _dates_of(text, lang, "2026-03-06")[claim] == dates


@pytest.mark.parametrize("text, lang, claim, dates", [
    # a step from the story's happening, named by its day elsewhere
    ("Persik mengalahkan Arema 2-0 di Stadion Brawijaya, Minggu (9/3/2025).\n"
     "Seluruh tiket sudah habis terjual tiga hari sebelum pertandingan.\n",
     "id", "Seluruh tiket sudah habis terjual tiga hari sebelum pertandingan", ("2025-03-06",)),
    ("Voters in the district elected a new mayor on Sunday, March 9, 2025.\n"
     "Turnout forecasts were published two days before the vote.\n",
     "en", "Turnout forecasts were published two days before the vote", ("2025-03-07",)),
])
def test_days_before_the_storys_happening(text, lang, claim, dates):
    assert _dates_of(text, lang, "2025-03-10")[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    ("The ministry declared a dengue outbreak on March 3.\nSome 210 cases have been recorded since then, the ministry said on Friday.\n",
     "en", "2024-03-22", "Some 210 cases have been recorded since then", ("2024-03-03", "2024-03-22")),
    ("Pemerintah menetapkan status tanggap darurat pada 5 Februari 2024.\nSejak saat itu, 1.200 warga telah dievakuasi.\n",
     "id", "2024-02-20", "Sejak saat itu, 1.200 warga telah dievakuasi", ("2024-02-05", "2024-02-20")),
])
def test_since_then_counts_from_the_date_just_named(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    ("In March, the central bank cut its rate by 0.5 percentage points.\n"
     "Bank shares rose 3% on Tuesday, ahead of the main index, which gained 1.2%.\n",
     "en", "2024-04-17", "the main index, which gained 1.2%", ("2024-04-16",)),
    ("Pada Maret, inflasi tercatat 3,1 persen.\n"
     "Saham BBCA naik 2 persen pada Selasa (16/4), melampaui IHSG yang turun 0,5 persen.\n",
     "id", "2024-04-17", "IHSG yang turun 0,5 persen", ("2024-04-16",)),
])
def test_a_rate_in_an_aside_of_a_days_move_is_that_days(text, lang, published, claim, dates):
    assert _dates_of(text, lang, published)[claim] == dates


def test_an_event_joined_to_a_record_takes_its_day_not_the_year_the_record_runs_from():
    text = ("JAKARTA: Water levels in Jakarta reached the alert stage on Monday (Jul 8) for the first time "
            "since 2020, as rain from the hills flowed down the Ciliwung river on strong currents.\n")
    dates = _dates_of(text, "en", "2024-07-08")
    assert dates["rain from the hills flowed down the Ciliwung river on strong currents"] == ("2024-07-08",)


# REF is Tuesday 12 March 2024.
@pytest.mark.parametrize("text, language, claim, dates", [
    # a date told in the past perfect (or with "pernah") reaches behind the story: the event
    # after it is not told on that date ...
    ("Rail news\n\nA landslide blocked the line near Dunkeld on Tuesday, police said.\n\n"
     "Officials said the operator had checked the slope in January. Trains on the route have been halted.",
     "en", "Trains on the route have been halted", ("2024-03-12",)),
    ("Kabar Daerah\n\nLongsor menutup jalan provinsi di Cianjur pada Selasa (12/3).\n\n"
     "Jembatan di ruas itu pernah ambruk pada Januari. Kendaraan berat dilarang melintas.",
     "id", "Kendaraan berat dilarang melintas", ("2024-03-12",)),
    # ... while an event after a plainly dated one happened on that date
    ("Rail news\n\nA landslide blocked the line near Dunkeld on Tuesday, police said.\n\n"
     "Officials closed the bridge on Monday. Crews removed the fallen rocks.",
     "en", "Crews removed the fallen rocks", ("2024-03-11",)),
])
def test_an_event_after_a_flashback_is_not_dated_by_it(text, language, claim, dates):
    claims = split_article(text, published=REF, language=language).claims
    assert (claim, dates) in [(c.text, c.dates) for c in claims]


# REF is Tuesday 12 March 2024.
@pytest.mark.parametrize("text, language, claim", [
    # what has not happened yet is told as of the report's day, not the target before it ...
    ("Wind news\n\nThe plan targets 6 gigawatts of offshore wind by 2030, but no project has yet "
     "started construction.", "en", "no project has yet started construction"),
    ("Rail news\n\nThe line opened on Monday, police said.\n\nTicket prices have yet to be set.",
     "en", "Ticket prices have yet to be set"),
    ("Kabar Daerah\n\nJembatan itu dibuka pada Senin (11/3).\n\nPemerintah belum menetapkan tarif tol.",
     "id", "Pemerintah belum menetapkan tarif tol"),
])
def test_what_has_not_happened_yet_is_told_as_of_the_report(text, language, claim):
    claims = split_article(text, published=REF, language=language).claims
    assert (claim, ("2024-03-12",)) in [(c.text, c.dates) for c in claims]
