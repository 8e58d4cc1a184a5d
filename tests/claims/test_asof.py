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
