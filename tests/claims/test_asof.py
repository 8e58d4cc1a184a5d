import datetime as dt

import pytest

from claims import split_article

REF = dt.date(2024, 3, 12)


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


def test_an_embedded_description_does_not_take_the_storys_day():
    text = ("Longsor menimbun jalan di Desa Wonosari pada Selasa (12/3).\n"
            "Warga mengungsi ke Balai Desa Sidomulyo, yang berjarak sekitar 4 km dari lokasi longsor.\n")
    found = _dates_of(text, "id", "2024-03-13")
    assert found["Balai Desa Sidomulyo, yang berjarak sekitar 4 km dari lokasi longsor"] == ()


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
    ("Support for the new bus lane fell to 38 percent compared with 52 percent in November.\n"
     "The poll of 900 residents was carried out from February 5 to February 9.\n",
     "en", "2024-02-14", "Support for the new bus lane fell to 38 percent compared with 52 percent in November",
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


@pytest.mark.parametrize("text, lang, claim, dates", [
    ("Officials said on Monday that the outbreak was spreading.\nAt least 19 people have died of cholera since May 2.\n",
     "en", "At least 19 people have died of cholera since May 2", ("2024-05-02", "2024-05-21")),
    ("Jumlah kasus demam berdarah di Kota Depok telah mencapai 88 kasus sejak Januari.\n", "id",
     "Jumlah kasus demam berdarah di Kota Depok telah mencapai 88 kasus sejak Januari", ("2024-01", "2024-05-21")),
    # reported speech puts the total in the past perfect; arrivals pile up too
    ("Officials said 2,400 migrants had landed on the island since April.\n", "en",
     "2,400 migrants had landed on the island since April", ("2024-04", "2024-05-21")),
    ("Sebanyak 700 pengungsi telah tiba di pelabuhan itu sejak Maret.\n", "id",
     "Sebanyak 700 pengungsi telah tiba di pelabuhan itu sejak Maret", ("2024-03", "2024-05-21")),
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


@pytest.mark.parametrize("text, lang, claim, dates", [
    # what is handed out, moved or served piles up like a toll, whatever its unit
    ("Since February, relief boats have delivered drinking water to some 3,100 island families.\n", "en",
     "Since February, relief boats have delivered drinking water to some 3,100 island families", ("2024-02", "2024-05-21")),
    ("Dinsos sudah menyalurkan 5 ton gula bagi warga terdampak sejak Kamis (16/5).\n", "id",
     "Dinsos sudah menyalurkan 5 ton gula bagi warga terdampak sejak Kamis (16/5)", ("2024-05-16", "2024-05-21")),
    ("The clinic has vaccinated 4,200 children since April 2.\n", "en",
     "The clinic has vaccinated 4,200 children since April 2", ("2024-04-02", "2024-05-21")),
])
def test_a_total_handed_out_since_a_start_is_also_as_of_the_report(text, lang, claim, dates):
    assert _dates_of(text, lang, "2024-05-21")[claim] == dates


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


@pytest.mark.parametrize("text, language, year", [
    ("Tahun lalu, 48.300 pelamar mendaftar ke sekolah kedinasan itu.", "id", "2023"),
    ("Last year, the ferry line carried 2.1 million riders, up 5% from 2022.", "en", "2023"),
])
def test_a_sentence_opening_with_its_time_keeps_that_time(text, language, year):
    # whatever part the cutter takes out at the head, the whole sentence is dated by its opener
    claims = split_article(text, published=REF, language=language).claims
    whole = max(claims, key=lambda c: c.end - c.start)
    assert year in whole.dates and REF.isoformat() not in whole.dates


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


@pytest.mark.parametrize("text, lang, claim, dates", [
    # a speaker's "now" is the day they spoke, not the day the article came out
    ("\"Stok beras di gudang kami saat ini mencapai 2 juta ton,\" kata Direktur Bulog, Kamis (5/3/2026).\n",
     "id", "Stok beras di gudang kami saat ini mencapai 2 juta ton", ("2026-03-05",)),
    ("\"We currently hold 40,000 tonnes of rice,\" the agency's head said on Thursday.\n",
     "en", "We currently hold 40,000 tonnes of rice", ("2026-03-05",)),
])
def test_a_speakers_now_is_the_day_they_spoke(text, lang, claim, dates):
    assert _dates_of(text, lang, "2026-03-06")[claim] == dates


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


@pytest.mark.parametrize("text, lang, dates", [
    # a promise timed from the day it was made is dated by that day
    ("The carrier said it would refund all passengers within 48 hours.\n", "en", ("2024-03-12",)),
    ("Pengembang itu akan mengganti rugi warga dalam waktu 30 hari.\n", "id", ("2024-03-12",)),
])
def test_a_promise_within_a_stretch_from_now_takes_the_day_it_was_made(text, lang, dates):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert claims[0].dates == dates


@pytest.mark.parametrize("text, lang", [
    # what still holds, holds on the day of the report
    ("A boil-water notice is still in force across Kelby.\n", "en"),
    ("Petugas gabungan masih menyisir tepian sungai.\n", "id"),
])
def test_a_state_that_still_holds_takes_the_reports_day(text, lang):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert claims[0].dates == ("2024-03-12",)


@pytest.mark.parametrize("text, dates", [
    # what the present perfect reports, with no day named before it, is news of the report's day
    ("Brightmill Foods has sold 3,000 tonnes of oats to buyers in Chile.\n", ("2024-03-12",)),
    ("Kestrel Air has opened a new route to Perth.\n", ("2024-03-12",)),
    # an irregular participle, and an amount of time that is no rate ("more than a year of")
    ("A truce between the two clans has come into effect, ending more than a year of feuding.\n",
     ("2024-03-12",)),
])
def test_a_happening_in_the_present_perfect_is_news_of_the_reports_day(text, dates):
    claims = split_article(text, language="en", published="2024-03-12").claims
    assert claims[0].dates == dates


# A day told only in an aside on a name is that one's backstory, no day of the story: the
# happening with no day of its own keeps the report's day. A defining clause ("a quake that
# struck on Monday") still tells the story's day.
@pytest.mark.parametrize("text, claim, dates", [
    ("Rovers won the league title after City were held to a 1-1 draw at Ashby.\n"
     "Rovers, who beat Deansfield 2-0 on Sunday, have 81 points with two games left.\n",
     "Rovers won the league title after City were held to a 1-1 draw at Ashby", ("2024-05-14",)),
    ("The number of people killed by a quake that struck the region on Monday (May 13) rose to 41.\n"
     "Rescuers pulled two survivors from a collapsed school.\n",
     "Rescuers pulled two survivors from a collapsed school", ("2024-05-13",)),
])
def test_a_day_told_in_an_aside_on_a_name_is_no_day_of_the_story(text, claim, dates):
    assert _dates_of(text, "en", "2024-05-14")[claim] == dates


# The start of a record a rank topped ("the highest level since 2015") dates nothing told after it.
def test_a_since_base_dates_no_clause_after_it():
    text = ("The port raised its fee to $12 on Monday, the highest level since 2015, "
            "as the number of ships fell to its lowest in a decade.\n")
    assert _dates_of(text, "en", "2024-05-14")["the number of ships fell to its lowest in a decade"] == ("2024-05-13",)


# "its weakest level since 1985" dates only the record it tops; a figure told after it in the
# same paragraph is not of 1985 (the superlative need not be one the claim types rank).
def test_a_superlative_since_a_year_dates_nothing_after_it():
    text = ("The rand fell 6 percent against the dollar to 19.10, its weakest level since 1998, traders said. "
            "The main share index opened down about 4 percent.")
    dated = {c.text: c.dates for c in split_article(text, published=dt.date(2024, 5, 3)).claims}
    assert "1998" not in dated["The main share index opened down about 4 percent"]


# "X, home to N people" is standing only as the aside's own claim: a sentence about X that goes
# on after the aside keeps its as-of date.
def test_a_sentence_going_on_after_a_home_to_aside_keeps_its_date():
    dated = _dates_of("Gaziantep, home to 2 million people, has recorded 300 deaths so far.", "en", dt.date(2024, 3, 12))
    assert dated["Gaziantep, home to 2 million people, has recorded 300 deaths so far"] != ()


def test_a_home_to_aside_with_a_longer_noun_is_standing():
    dated = _dates_of("Gaziantep, home to about 3.5 million registered Syrian refugees, was hit on Monday.", "en",
                      dt.date(2024, 3, 12))
    assert dated["Gaziantep, home to about 3.5 million registered Syrian refugees"] == ()


def test_a_past_perfect_outside_reported_speech_is_no_running_total():
    text = "Before the 2019 vote, the party had recruited 5,000 members since January.\n"
    dates = _dates_of(text, "en", "2024-05-21")
    claim = next(k for k in dates if "5,000 members" in k)
    assert "2024-05-21" not in dates[claim]


def test_a_happening_in_a_relative_clause_takes_no_since_base_year():
    # the outer claim's only date is the start of the record it tops, not the day of the story
    text = "Rina Sari, who scored twice, became the first woman to win the final since Ana Ruiz in 1998.\n"
    dates = _dates_of(text, "en", "2024-05-21")
    assert dates["Rina Sari, who scored twice"] == ("2024-05-21",)


def test_a_time_phrase_heading_a_sentence_dates_each_of_its_clauses():
    text = ("Floods\n\nThe death toll rose to 41 on Thursday, the agency said.\n\n"
            "As of 6 p.m. on Wednesday, about 86,000 homes were under water and more than 34,000 people "
            "had been moved to shelters, the agency said in a report.\n")
    found = _dates_of(text, "en", "2026-11-05")
    assert found["more than 34,000 people had been moved to shelters"] == ("2026-11-04",)



@pytest.mark.parametrize("text, lang, claim", [
    ("Both prosecutors and the defence have seven days to decide whether to appeal.", "en",
     "Both prosecutors and the defence have seven days to decide whether to appeal"),
    ("Jaksa dan terdakwa memiliki waktu tujuh hari untuk menyatakan banding.", "id",
     "Jaksa dan terdakwa memiliki waktu tujuh hari untuk menyatakan banding"),
])
def test_a_time_given_to_act_is_counted_from_the_day_told(text, lang, claim):
    assert _dates_of(text, lang, "2024-12-23")[claim] == ("2024-12-23",)


def test_a_first_is_won_on_the_day_of_the_storys_happening():
    text = ("Final\n\nJonatan beat Ginting 21-15, 21-14 in the final on Sunday.\n\n"
            "The victory was the first Super 1000 title of his career.\n")
    assert _dates_of(text, "en", "2024-03-18")["The victory was the first Super 1000 title of his career"] \
        == ("2024-03-17",)


def test_seats_won_in_a_vote_are_a_result_of_its_day_and_a_capacity_is_timeless():
    text = ("Results\n\nThe BJP won 240 of the 543 seats, according to results declared by the Election "
            "Commission on Tuesday.\n\nThe Congress won 99 seats.\n\nThe new stadium has 40,000 seats.\n")
    found = _dates_of(text, "en", "2024-06-05")
    assert found["The Congress won 99 seats"] == ("2024-06-04",)
    assert found["The new stadium has 40,000 seats"] == ()


def test_a_toll_told_with_its_happenings_day_only_is_as_of_the_report():
    text = ("Erupsi\n\nSebanyak 10 orang meninggal dunia akibat erupsi gunung di Kabupaten Flores Timur, "
            "yang terjadi pada Minggu (3/11/2024) pukul 23.57 Wita.\n")
    found = _dates_of(text, "id", "2024-11-04")
    assert found["Sebanyak 10 orang meninggal dunia akibat erupsi gunung di Kabupaten Flores Timur"] == ("2024-11-04",)


def test_a_day_told_in_the_past_perfect_is_no_day_of_the_story():
    text = ("Final\n\nJonatan beat Ginting 21-15, 21-14 in Sunday's final.\n\n"
            "Jonatan had knocked out Sen in Saturday's semi-finals.\n\n"
            "The win earned him US$97,500 in prize money.\n")
    found = _dates_of(text, "en", "2024-03-18")
    assert found["The win earned him US$97,500 in prize money"] == ("2024-03-17",)


def test_a_count_up_to_a_day_in_the_past_perfect_is_an_update_of_the_story():
    text = ("Typhoon\n\nThe storm made landfall on Monday.\n\n"
            "As of Tuesday morning, 11 people had been killed.\n\nSeven of the deaths were in the north.\n")
    found = _dates_of(text, "en", "2026-10-27")
    assert found["Seven of the deaths were in the north"] == ("2026-10-27",)


def test_a_toll_reported_in_the_past_perfect_is_an_update_of_the_day_it_was_told():
    text = ("Quake\n\nThe quake struck early on Monday.\n\n"
            "The vice president said on Tuesday that 3,549 people had been killed.\n\n"
            "More than 60 countries have offered help.\n")
    found = _dates_of(text, "en", "2023-02-08")
    assert found["More than 60 countries have offered help"] == ("2023-02-07",)


# A claim told in the English past happened by the report: it never takes a day still to come
# from the sentence before it.
def test_a_past_claim_takes_no_day_still_to_come():
    text = ("Court news\n\nThe trial was moved to March 20 after a request from the defence. "
            "Shares of Harlow Mining fell 6% on the news.\n")
    dates = _dates_of(text, "en", "2024-03-12")
    assert dates["Shares of Harlow Mining fell 6% on the news"] == ("2024-03-12",)
