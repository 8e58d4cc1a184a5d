import datetime as dt

import pytest

from claims import split_article
from claims.asof import add_as_of_dates
from claims.model import Claim, Quantity

REF = dt.date(2024, 3, 12)


def _claim(text, start=0, types=(), units=(), dates=()):
    quantities = tuple(Quantity(1, 1, u) for u in units)
    return Claim(start, start + len(text), text, types=types, quantities=quantities, dates=dates)


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


@pytest.mark.parametrize("text, lang", [
    ("Harga emas naik 2 persen pada Senin (11/3), sedangkan harga perak turun 1 persen.", "id"),
    ("Gold rose 2 percent on Monday, but silver fell 1 percent.", "en"),
])
def test_clause_joined_to_a_dated_clause_shares_its_date(text, lang):
    claims = split_article(text, language=lang, published="2024-03-12").claims
    assert [c.dates for c in claims] == [("2024-03-11",), ("2024-03-11",)]


def _dates_of(text, lang, published):
    return {c.text: c.dates for c in split_article(text, language=lang, published=published).claims}


# A second predicate with its subject unspoken goes on telling the act before it, at its time
# (rule 9), even when that time came from the story; a present tense tells the report's day.
@pytest.mark.parametrize("text, lang, claim, dates", [
    ("Judul\n\nPerkara itu terbongkar setelah polisi menggerebek gudang di Cilacap pada Maret 2026. Dalam "
     "penggerebekan itu, polisi menyita uang tunai Rp 90 juta dan menangkap tiga orang.", "id",
     "menangkap tiga orang", ("2026-03",)),
    ("Title\n\nThe county has confirmed 12 deaths so far this year and is investigating 30 more, "
     "officials said.", "en", "is investigating 30 more", ("2026-11-25",)),
    ("Title\n\nThe mill produced 40,000 tonnes in 2023 and remains the largest employer with 900 workers.",
     "en", "remains the largest employer with 900 workers", ("2026-11-25",)),
])
def test_a_predicate_with_its_subject_unspoken_shares_the_time_before(text, lang, claim, dates):
    assert _dates_of(text, lang, "2026-11-25")[claim] == dates


def test_an_event_in_a_later_paragraph_takes_the_storys_recent_day():
    text = ("Pengadilan Negeri Kendal pada Selasa (14/5/2024) menjatuhkan vonis 3 tahun penjara kepada Sarno.\n"
            "Sarno juga dihukum membayar denda Rp 100 juta.\n"
            "Gudang itu dibangun oleh pedagang setempat.\n")
    found = _dates_of(text, "id", "2024-05-15")
    assert found["Sarno juga dihukum membayar denda Rp 100 juta"] == ("2024-05-14",)
    # an old date named in between is no anchor for the story's day
    text = text.replace("Sarno juga", "Kasus itu bermula pada 3 Maret 2021.\nSarno juga")
    assert _dates_of(text, "id", "2024-05-15")["Sarno juga dihukum membayar denda Rp 100 juta"] == ("2024-05-14",)


def test_a_count_is_as_of_the_latest_update_an_event_of_the_nearest_day():
    text = ("Banjir melanda Kota Pekalongan sejak Senin (11/3), kata petugas pada Selasa (12/3).\n"
            "Air sungai meluap pada Minggu (10/3) malam.\n"
            "Sebanyak 640 warga masih mengungsi.\n"
            "Arus deras merobohkan jembatan di Kelurahan Degayu.\n")
    found = _dates_of(text, "id", "2024-03-12")
    assert found["Sebanyak 640 warga masih mengungsi"] == ("2024-03-12",)
    assert found["Arus deras merobohkan jembatan di Kelurahan Degayu"] == ("2024-03-10",)


@pytest.mark.parametrize("text, language", [
    ("Exports last month reached 4,210 tonnes, nearly twice the amount in February 2023.", "en"),
    ("Penjualan bulan lalu mencapai 1.200 unit, dua kali lipat jumlah pada Februari 2023.", "id"),
])
def test_a_multiple_cut_off_after_a_comma_takes_the_time_of_the_figure_it_compares(text, language):
    # REF is 12 March 2024: "last month" is February 2024, the base is a year before it
    claims = split_article(text, published=REF, language=language).claims
    compared = next(c for c in claims if "2023" in c.text)
    assert set(compared.dates) == {"2024-02", "2023-02"}


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
    # a month told in an aside on a name is that one's backstory, not the day of what follows
    ("The council closed the bridge on Monday.\nThe contractor, which repaired it in January, said the "
     "piers were sound. Engineers found rust on the railings.\n",
     "en", "2024-03-13", "Engineers found rust on the railings", ("2024-03-11",)),
    ("Pemkot menutup jembatan itu pada Senin (11/3).\nKontraktor, yang memperbaikinya pada Januari, "
     "mengatakan tiang jembatan masih kokoh. Petugas menemukan karat pada pagar jembatan.\n",
     "id", "2024-03-13", "Petugas menemukan karat pada pagar jembatan", ("2024-03-11",)),
    # ... but a dated clause with a relative tail is no aside: it tells the story's day
    ("Polisi menangkap seorang pria di Bekasi pada Senin (23/9), yang diduga mencuri sepeda motor. "
     "Pria itu kemudian dibawa ke Polres Bekasi.\n",
     "id", "2024-10-01", "Pria itu kemudian dibawa ke Polres Bekasi", ("2024-09-23",)),
])
def test_a_later_sentence_about_a_dated_happening_takes_its_day(text, lang, published, claim, dates):
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


@pytest.mark.parametrize("text, lang, claim, dates", [
    # a sentence that opens with a step from the time just told is that far from its day
    ("Harga emas naik Rp 15.000 menjadi Rp 1.900.000 per gram pada Kamis (10/4/2025).\n"
     "Sehari sebelumnya, harga emas turun Rp 8.000.\n",
     "id", "Sehari sebelumnya, harga emas turun Rp 8.000", ("2025-04-09",)),
    ("The bridge collapsed on Monday, April 7, 2025.\nTwo days later, the army opened a temporary crossing.\n",
     "en", "Two days later, the army opened a temporary crossing", ("2025-04-09",)),
    ("The bridge collapsed on Monday, April 7, 2025.\nThe next day, engineers began to inspect the piers.\n",
     "en", "The next day, engineers began to inspect the piers", ("2025-04-08",)),
    # ... after a connective that ties it to the sentence before
    ("Harga emas naik Rp 15.000 menjadi Rp 1.900.000 per gram pada Kamis (10/4/2025).\n"
     "Padahal, sepekan sebelumnya harga emas masih Rp 1.850.000 per gram.\n",
     "id", "sepekan sebelumnya harga emas masih Rp 1.850.000 per gram", ("2025-04-03",)),
    ("The bridge collapsed on Monday, April 7, 2025.\nBut two days later, the army opened a temporary crossing.\n",
     "en", "two days later, the army opened a temporary crossing", ("2025-04-09",)),
    ("Banjir melanda desa itu pada Kamis (10/4/2025).\nBahkan sehari sebelumnya, 300 warga sudah mengungsi.\n",
     "id", "sehari sebelumnya, 300 warga sudah mengungsi", ("2025-04-09",)),
    # ... or closes with one
    ("A cyclist was hit by a bus on Monday, April 7, 2025.\nShe died in hospital two days later.\n",
     "en", "She died in hospital two days later", ("2025-04-09",)),
    ("Tanggul jebol pada Senin (7/4/2025).\nAir baru surut tiga hari kemudian.\n",
     "id", "Air baru surut tiga hari kemudian", ("2025-04-10",)),
    # a step of hours stays on the day just told
    ("Kebakaran melanda gudang itu pada Senin (7/4/2025) malam.\nApi baru padam sekitar empat jam kemudian.\n",
     "id", "Api baru padam sekitar empat jam kemudian", ("2025-04-07",)),
    ("The quake struck on Monday, April 7, 2025.\nAbout two hours later, a second quake hit the coast.\n",
     "en", "About two hours later, a second quake hit the coast", ("2025-04-07",)),
    # a closing step back is a comparison's base, not the figure's day
    ("Exports rose 5 percent on Monday, April 7, 2025.\nImports rose 12 percent to $2.1 billion from a year earlier.\n",
     "en", "Imports rose 12 percent to $2.1 billion from a year earlier", ("2025-04-07", "2024-04-07")),
    # a closing step counts from a day a claim names itself, not from a speaker's day
    ("Kebakaran melanda gudang pada Sabtu (5/4/2025).\n\"Api sulit dijinakkan,\" kata Budi, Senin (7/4/2025).\n"
     "Api baru padam sekitar empat jam kemudian.\n", "id", "Api baru padam sekitar empat jam kemudian", ("2025-04-05",)),
    ("Kebakaran melanda gudang pada Sabtu (5/4/2025).\n\"Api sulit dijinakkan,\" kata Budi, Senin (7/4/2025).\n"
     "Empat jam kemudian, api padam.\n", "id", "Empat jam kemudian, api padam", ("2025-04-05",)),
    # an opening step of hours after a report dated by its speaker updates that report
    ("Banjir melanda Demak pada Sabtu (5/4/2025).\nSebanyak 300 warga mengungsi, kata Kapolsek, Senin (7/4/2025).\n"
     "Dua jam kemudian, jumlah pengungsi bertambah menjadi 500 orang.\n", "id",
     "Dua jam kemudian, jumlah pengungsi bertambah menjadi 500 orang", ("2025-04-07",)),
    # and a step of a day and more in hours is not counted
    ("Aid convoys left on Monday, April 7, 2025.\nThey reached the town 36 hours later.\n",
     "en", "They reached the town 36 hours later", ()),
])
def test_a_sentence_opening_or_closing_with_a_step_from_the_last_day(text, lang, claim, dates):
    assert _dates_of(text, lang, "2025-04-10")[claim] == dates


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


@pytest.mark.parametrize("inner_start, days", [
    # the day of an embedded part is the part's own backstory, no day of the story's happening
    (16, [(0, "2024-03-11")]),
    # a sentence of its own after the happening is one
    (60, [(0, "2024-03-11"), (60, "2024-03-09")]),
])
def test_an_embedded_parts_day_is_no_event_day(inner_start, days):
    from claims.asof_days import event_days
    outer = _claim("The ferry Sea Lark, which left port on Saturday, sank on Monday", 0, ("event", "date"),
                   dates=("2024-03-11",))
    inner = _claim("Sea Lark, which left port on Saturday", inner_start, ("event", "date"), dates=("2024-03-09",))
    assert event_days(outer.text, (outer, inner), REF) == days


# A happening named as the cause of a toll, in an embedded part, dates the story: a later sentence
# about it took place that day (a happening set off as an aside on a subject does not).
@pytest.mark.parametrize("text, claim, dates", [
    ("Banjir Garut\n\nJumlah korban tewas akibat banjir yang melanda Kabupaten Garut pada Selasa (5/3) "
     "mencapai 41 orang. Banjir terjadi pukul 02.00 WIB saat warga tertidur.",
     "Banjir terjadi pukul 02.00 WIB saat warga tertidur", ("2024-03-05",)),
    ("Flood news\n\nThe death toll from the flood that hit Garut on Tuesday rose to 41. "
     "The flood struck at 2 a.m. as residents slept.",
     "The flood struck at 2 a.m. as residents slept", ("2024-03-05",)),
])
def test_a_happening_that_caused_a_toll_dates_what_follows(text, claim, dates):
    claims = split_article(text, published="2024-03-06").claims
    assert (claim, dates) in [(c.text, c.dates) for c in claims]


def test_a_happening_in_an_aside_on_a_subject_dates_nothing_after_it():
    text = ("Blast news\n\nThe blast, which struck the port on Tuesday, was caused by stored fertiliser. "
            "The cabinet declared a state of emergency.")
    claims = {c.text: c.dates for c in split_article(text, published="2024-03-06").claims}
    assert "2024-03-05" not in claims["The cabinet declared a state of emergency"]


# A clause joined to a clause dated as the story's day (no date written in it) happened that day
# too; one in the next sentence, with no day named anywhere, is not dated by it.
def test_a_joined_clause_shares_the_day_its_sibling_took_from_the_story():
    from claims.asof_days import dated_clause_before
    text = "Hundreds of fans sang outside the stadium, while the players waved from the bus. The bus left."
    first = _claim("Hundreds of fans sang outside the stadium", 0, ("event", "quantity"), dates=("2024-05-02",))
    joined = _claim("the players waved from the bus", 49, ("event",))
    apart = _claim("The bus left", 81, ("event",))
    assert dated_clause_before(text, [first], joined) is first
    assert dated_clause_before(text, [first, joined], apart) is None
    assert dated_clause_before(text, [_claim(first.text, 0, ("event",))], joined) is None
    # a standing relation told in the present holds beyond the day its sibling took
    standing = _claim("the suspects are members of a network", 49, ("status",))
    assert dated_clause_before(text[:49] + standing.text, [first], standing) is None
    # ... but a level read that day is of the day, and a copula in an aside is not the claim's
    level = _claim("the dollar is at Rp 16,500", 49, ("status", "quantity"))
    level = Claim(level.start, level.end, level.text, types=level.types, quantities=(Quantity(16500, 16500, "IDR"),))
    assert dated_clause_before(text[:49] + level.text, [first], level) is first
    act = _claim("the bank, which is state-owned, sold its bonds", 49, ("event",))
    assert dated_clause_before(text[:49] + act.text, [first], act) is first
    # a record's start is no time of a clause joined to it
    record = _claim("It was the worst flood since 1998", 0, ("status", "date"), dates=("1998",))
    text = "It was the worst flood since 1998, and the mayor declared an emergency."
    assert dated_clause_before(text, [record], _claim("the mayor declared an emergency", 39, ("event",))) is None


@pytest.mark.parametrize("first_types, second_text, dated", [
    # a plan's date is not the date of what goes on after it
    (("event", "date", "prediction"), "new pumps were being fitted at the station", False),
    (("event", "date", "prediction"), "petugas sedang memasang pompa baru", False),
    # a happening's date is
    (("event", "date"), "new pumps were being fitted at the station", True),
])
def test_what_goes_on_is_not_told_on_the_date_of_a_plan_before_it(first_types, second_text, dated):
    from claims.asof_days import dated_claim_before, dated_clause_before
    text = "Two tankers would arrive by next week and " + second_text
    first = _claim("Two tankers would arrive by next week", 0, first_types, dates=("2024-03-18", "2024-03-24"))
    second = _claim(second_text, 42, ("event",))
    assert (dated_clause_before(text, [first], second) is not None) is dated
    assert (dated_claim_before(text, [first], second) is not None) is dated


# An event told after a sentence that dates itself happened on that sentence's day, not on the
# day of the comparison base the sentence also names.
def test_an_event_after_a_dated_figure_takes_the_figures_day_only():
    text = ("Flood news\n\nThe toll rose to 52 on Monday, up from 40 a day earlier, the agency said, "
            "as crews began clearing debris in an empty lot.")
    claims = {c.text: c.dates for c in split_article(text, published="2024-03-06").claims}
    assert claims["crews began clearing debris in an empty lot"] == ("2024-03-04",)


# A toll sentence that names its happening's day inside and the report's day in its frame: a
# later happening told by the clock took place on the happening's day (measures and all), while
# a count read up to a time of day is an update as of the report's day.
_TOLL_THEN_CLOCK = ("Gempa Garut\n\nJumlah korban meninggal akibat gempa yang mengguncang Kabupaten Garut pada "
                    "Senin (4/3) bertambah menjadi 40 orang, kata Kepala BPBD Garut Rudi Hartono, Selasa (5/3).\n\n"
                    "Gempa bermagnitudo 5,6 terjadi pukul 13.21 WIB dengan pusat di kedalaman 10 km. "
                    "Hingga pukul 15.00 WIB, BMKG mencatat 145 kali gempa susulan.")


@pytest.mark.parametrize("claim, dates", [
    ("Gempa bermagnitudo 5,6 terjadi pukul 13.21 WIB dengan pusat di kedalaman 10 km", ("2024-03-04",)),
    ("Hingga pukul 15.00 WIB, BMKG mencatat 145 kali gempa susulan", ("2024-03-05",)),
])
def test_a_clock_happening_and_an_update_after_a_toll_sentence(claim, dates):
    claims = {c.text: c.dates for c in split_article(_TOLL_THEN_CLOCK, published="2024-03-05").claims}
    assert claims[claim] == dates


# The happening as its subject with only its own measures: the happening's day, clock or none.
@pytest.mark.parametrize("sentence, dates", [
    ("The shallow quake had a magnitude of 6.1 and struck at a depth of 12 km.", ("2024-03-04",)),
    # a count is an update as of the report's day
    ("The quake damaged 300 houses in the district.", ("2024-03-05",)),
    # an aftershock, or a happening its own clause defines, is no part of the story's happening
    ("Gempa susulan terkuat bermagnitudo 5,1 dengan kedalaman 8 km.", ("2024-03-05",)),
    ("The quake that shook Sumba had a magnitude of 5.9.", ("2024-03-05",)),
    ("Gempa bumi susulan bermagnitudo 4,8 dengan kedalaman 6 km.", ("2024-03-05",)),
    ("The quake, the strongest aftershock so far, had a magnitude of 5.2 and struck at a depth of 10 km.",
     ("2024-03-05",)),
    ("A second quake had a magnitude of 5.4 and struck at a depth of 9 km.", ("2024-03-05",)),
    # an aside on the happening keeps it the story's
    ("The quake, centred off the coast, had a magnitude of 6.1 and struck at a depth of 12 km.", ("2024-03-04",)),
])
def test_a_happening_with_only_its_own_measures_took_place_on_its_day(sentence, dates):
    text = ("Quake news\n\nThe number of people killed by an earthquake that struck Garut on Monday (March 4) "
            "has risen to 40, the agency said on Tuesday.\n" + sentence)
    claims = {c.text: c.dates for c in split_article(text, published="2024-03-05").claims}
    assert claims[sentence.rstrip(".")] == dates


# A happening defined by a relative clause on the sentence's subject dates the story too.
def test_a_defined_happening_on_the_subject_dates_a_clock_happening_after_it():
    text = ("Storm news\n\nA storm that struck the coast on Saturday night killed at least 22 people and "
            "injured 84, the disaster agency said on Sunday.\n"
            "The waves hit at about 9:30 p.m. local time, destroying hundreds of houses.")
    claims = {c.text: c.dates for c in split_article(text, published="2024-03-10").claims}
    assert claims["The waves hit at about 9:30 p.m. local time, destroying hundreds of houses"] == ("2024-03-09",)



# A count by rescuers told by the clock after the report's day is an update as of that day, not
# the quake's.
@pytest.mark.parametrize("text, claim, dates", [
    ("Gempa\n\nGempa mengguncang Cianjur pada Senin (4/3) malam. Menurut data BNPB yang dirilis Selasa (5/3), "
     "120 rumah rusak berat. Sekitar pukul 09.30 WIB, tim SAR menemukan 3 jenazah lagi di bawah reruntuhan.",
     "Sekitar pukul 09.30 WIB, tim SAR menemukan 3 jenazah lagi di bawah reruntuhan", ("2024-03-05",)),
])
def test_days_carried_to_a_later_sentence(text, claim, dates):
    claims = {c.text: c.dates for c in split_article(text, published="2024-03-06").claims}
    assert claims[claim] == dates


# A happening defined in the sentence's subject is the story's; one the sentence refers back to
# after its own verb is not.
@pytest.mark.parametrize("inner_text, inner_start, days", [
    ("tsunami that struck the coast on Saturday", 2, [(2, "2024-03-09")]),
    ("an attack that killed five soldiers on Saturday", 40, []),
])
def test_a_defined_happening_is_an_event_day_only_in_the_subject(inner_text, inner_start, days):
    from claims.asof_days import event_days
    outer = _claim("x" * 120, 0, ("status",))
    inner = _claim(inner_text, inner_start, ("event", "date"), dates=("2024-03-09",))
    assert event_days(outer.text, (outer, inner), REF) == days


# The day of a comparison base ("…, up from 87 on Sunday") is no day of the story: the figure
# before it is as of the report, not of the base.
def test_a_comparison_base_gives_no_anchor_to_the_figure_before_it():
    text = "The number of deaths rose to 120, up from 87 on Sunday, officials said."
    claims = {c.text: c.dates for c in split_article(text, published="2024-03-12").claims}
    assert claims["The number of deaths rose to 120"] == ("2024-03-12",)


# A move restated after "atau"/"or" ("…, atau naik dari 176 kejadian pada tahun lalu") is dated by
# the figure just before it, as one after a bare comma is.
def test_a_move_after_atau_takes_the_date_of_the_figure_before_it():
    text = "Sepanjang 2024 terjadi 214 kejadian longsor di provinsi itu, atau naik dari 176 kejadian pada tahun lalu."
    claims = {c.text: c.dates for c in split_article(text, published="2024-11-25", language="id").claims}
    assert claims["naik dari 176 kejadian pada tahun lalu"] == ("2024", "2023")
