import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import split_article
from claims.asof import add_as_of_dates
from claims.asof_kinds import claim_units, needs_as_of
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


def _dates_of(text, lang, published):
    return {c.text: c.dates for c in split_article(text, language=lang, published=published).claims}


def test_a_timeless_status_gets_no_date():
    text = ("Banjir melanda Desa Karanganyar pada Senin (11/3).\n"
            "Desa Karanganyar berada di tepi Sungai Serayu.\n")
    assert _dates_of(text, "id", "2024-03-12")["Desa Karanganyar berada di tepi Sungai Serayu"] == ()


def test_a_reported_state_holds_on_the_day_of_the_report():
    text = ("A strong earthquake hit the coast of Chiloe early Sunday, officials said.\n"
            "The navy said there was no risk of a tsunami.\n")
    found = _dates_of(text, "en", "2024-06-10")
    assert found["there was no risk of a tsunami"] == ("2024-06-09",)


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


@pytest.mark.parametrize("text, lang, claim", [
    # what a place or body is made of does not change with the day's news
    ("Angin kencang melanda Kota Palopo pada Senin (4/3).\nKota Palopo terdiri atas sembilan kecamatan.\n", "id",
     "Kota Palopo terdiri atas sembilan kecamatan"),
    ("The council voted on Monday.\nThe council consists of nine members.\n", "en",
     "The council consists of nine members"),
    # an amount of money in any currency is no count of the day, like one in rupiah
    ("The night market reopened on Monday.\nIts new roof cost 9 million ringgit.\n", "en",
     "Its new roof cost 9 million ringgit"),
])
def test_make_up_and_money_take_no_as_of_date(text, lang, claim):
    found = _dates_of(text, lang, "2024-03-11")
    assert claim in found and found[claim] == ()


def test_a_change_in_percent_to_a_level_in_money_takes_its_paragraphs_month():
    text = ("Car sales climbed 6 percent in May year on year. "
            "Sales of electric models climbed 31 percent to $2.3 billion, while diesel sales dropped 9 percent.\n")
    found = _dates_of(text, "en", "2025-06-06")
    assert found["Sales of electric models climbed 31 percent to $2.3 billion"] == ("2025-05",)


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


@pytest.mark.parametrize("text, lang, published, claim, dates", [
    # a span of time said with a rate only measures the change: the rate keeps the release's period
    ("Youth unemployment eased to 11.2% over the three months to May, the bureau reported on Tuesday.\n"
     "Salary growth cooled to 5.2 percent, its slowest pace in four years.\n",
     "en", "2024-07-16", "Salary growth cooled to 5.2 percent", ("2024-03", "2024-05")),
    ("Inflasi tahunan Kota Malang pada Mei 2024 tercatat 2,9 persen, kata BPS, Senin (3/6/2024).\n"
     "Pertumbuhan kredit bank melambat menjadi 8,1 persen, laju terlemah dalam dua tahun.\n",
     "id", "2024-06-04", "Pertumbuhan kredit bank melambat menjadi 8,1 persen, laju terlemah dalam dua tahun",
     ("2024-05",)),
])
def test_a_rate_with_the_span_it_is_measured_over_is_still_a_rate(text, lang, published, claim, dates):
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
    # a state someone reports holds on the latest day the story has named by then
    # (not the earlier day of the background sentence just before it)
    ("Power returned on Monday after a storm, the utility said.\n"
     "The storm had formed off the coast on Friday.\n"
     "Engineers said there was no danger to the dam.\n",
     "en", "2024-06-10", "there was no danger to the dam", ("2024-06-10",)),
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
     "Tarif kapal penyeberangan sebesar Rp 7.500 per orang.\n",
     "id", "2025-04-08", "Tarif kapal penyeberangan sebesar Rp 7.500 per orang", ()),
])
def test_a_market_price_is_as_of_the_storys_day(text, lang, published, claim, dates):
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
    ("The airport handled 2.1 million passengers compared with 1.8 million a year earlier", True),
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


# REF is Tuesday 12 March 2024.
@pytest.mark.parametrize("text, language, claim", [
    # what has not happened yet is told as of the report's day, not the target before it ...
    ("Bus news\n\nThe agency aims to put 40,000 electric buses on the road by 2032, but no factory has yet "
     "begun assembly.", "en", "no factory has yet begun assembly"),
    ("Rail news\n\nThe line opened on Monday, police said.\n\nTicket prices have yet to be set.",
     "en", "Ticket prices have yet to be set"),
    ("Kabar Daerah\n\nJembatan itu dibuka pada Senin (11/3).\n\nPemerintah belum menetapkan tarif tol.",
     "id", "Pemerintah belum menetapkan tarif tol"),
])
def test_what_has_not_happened_yet_is_told_as_of_the_report(text, language, claim):
    claims = split_article(text, published=REF, language=language).claims
    assert (claim, ("2024-03-12",)) in [(c.text, c.dates) for c in claims]


@pytest.mark.parametrize("text, clock", [
    ("The ferry left at 7 WIB.", True),
    ("Kapal berangkat pukul 07.30 WITA.", True),
    ("Officers spoke to 12 witnesses on Friday.", False),     # a zone is a whole word
    ("The mayor met 12 with the council.", False),
])
def test_a_time_zone_after_an_hour_is_a_whole_word(text, clock):
    from claims.asof_kinds import tells_a_clock_time
    assert tells_a_clock_time(text) == clock


@pytest.mark.parametrize("text, session", [
    ("Shares fell as much as 6.1% in early trade.", True),
    ("The stock closed down 4.5% at $2.31.", True),
    ("Saham itu ditutup melemah 2,1 persen.", True),
    ("Indeks turun 0,8 persen pada sesi pertama.", True),
    ("The surplus in trade with Japan rose 4%.", False),      # commerce, no session
    ("Exports closed the year 5% higher.", False),
    ("Growth in trading volumes slowed to 4%.", False),          # a measure named "trading"
    ("Coal shipments ended up 3% higher than a year earlier.", False),
    ("Wall Street stocks ended higher.", True),
    ("IHSG dibuka naik 0,4 persen.", True),
])
def test_a_trading_session(text, session):
    from claims.asof_kinds import tells_a_trading_session
    assert tells_a_trading_session(text) == session


# A move in a trading session is of the market's latest day, not of the period the report is about.
def test_a_move_in_a_session_is_the_latest_day_s():
    text = ("Harbour Telecom reported a 12% fall in third-quarter profit on Thursday, Nov. 12, 2026.\n"
            "Net profit for the July-September quarter fell to $41 million.\n"
            "Its shares fell as much as 6.1% in early trade.\n")
    claims = {c.text: c.dates for c in split_article(text, published="2026-11-12", language="en").claims}
    assert claims["Its shares fell as much as 6.1% in early trade"] == ("2026-11-12",)


@pytest.mark.parametrize("text, not_yet", [
    ("The bridge has yet to reopen.", True),
    ("The town has yet another festival planned.", False),   # "yet another": one more, not "not yet"
    ("Prices have yet again climbed.", False),
])
def test_yet_another_or_again_is_no_not_yet(text, not_yet):
    from claims.asof_kinds import _NOT_YET
    assert bool(_NOT_YET.search(text)) == not_yet


@pytest.mark.parametrize("text, timeless", [
    ("Kabupaten itu terdiri atas 11 kecamatan", True),
    ("The council consists of 45 members", True),
    # a breakdown of the people just counted is no standing structure
    ("Mereka terdiri atas 40 pria dan 12 perempuan", False),
    ("They comprise 31 adults and nine children", False),
    # ... nor a breakdown set after the count its clause gives
    ("Kapal itu membawa 52 orang, terdiri atas 46 penumpang dan enam awak", False),
    ("The bus was carrying 40 people, comprising 38 passengers and two drivers", False),
    ("The board, which consists of 9 members, met", True),
])
def test_a_breakdown_of_a_count_is_not_timeless(text, timeless):
    from claims.asof_kinds import is_timeless
    assert is_timeless(_claim(text, units=("orang",))) is timeless


@pytest.mark.parametrize("text", [
    "Warga selalu datang", "Biasanya ramai", "UMUMNYA begitu", "lazimnya dua", "kerap kali banjir", "seringkali",
    "setiap tahun", "saban minggu", "always", "usually", "typically", "generally", "regularly", "often",
    "normally", "every day", "each month", "on weekdays", "on weekends", "memiliki", "mempunyai",
    "Berpenduduk 9.000 jiwa", "dihuni", "inhabited", "employs", "has a population", "is home to",
    "Gaziantep, home to some 2 million people", "is based in", "berkantor pusat", "a city of 900,000",
    "makes up", "accounts for", "mensyaratkan", "mewajibkan", "mengatur", "regulates", "governs",
    "bergerak di bidang", "melintasi", "crosses", "flows through", "produces", "supplies", "operates", "owns",
    "manages", "serves", "connects", "per tahun", "a year", "annually", "annual capacity",
    "dapat menyebabkan", "can cause", "menular melalui", "is spread through", "mengalir sepanjang 20 km",
    "membentang 3 km", "1.2 km long", "3 m wide",
])
def test_the_general_words_gate_every_general_fact(text):
    from claims.asof_kinds import _GENERAL, may_state_a_general_fact
    assert _GENERAL.search(text.lower()) and may_state_a_general_fact(text.lower())


@pytest.mark.parametrize("text, general", [
    ("Aturan baru itu mewajibkan pengemudi ojek memakai helm berstandar SNI", True),
    # what a court obliges is its verdict, told on a day
    ("Majelis hakim juga mewajibkan terdakwa membayar uang pengganti Rp 2 miliar", False),
    ("Pengadilan mewajibkan perusahaan itu membayar ganti rugi Rp 5 miliar", False),
    # ... but another general word in the claim still makes it general
    ("Hakim mewajibkan terdakwa melapor setiap pekan", True),
    # a council or a code named before the verb is no court handing down a verdict
    ("Fatwa Majelis Ulama Indonesia mewajibkan umat membayar zakat sebelum salat Id", True),
    ("Kode etik hakim mewajibkan setiap hakim melaporkan hartanya", True),
    ("Majelis Ulama Indonesia mewajibkan umat membayar zakat", True),
    # the court by its name, or after an opener, is still the subject
    ("Dalam putusannya, majelis hakim mewajibkan terdakwa membayar uang pengganti Rp 2 miliar", False),
    ("Pengadilan Negeri Jakarta Selatan juga mewajibkan terdakwa membayar denda Rp 1 miliar", False),
])
def test_a_courts_order_is_no_general_fact(text, general):
    from claims.asof_kinds import is_general
    assert is_general(_claim(text, types=("event",))) is general


@pytest.mark.parametrize("text", ["dapur umum di tiga lokasi", "kantor polisi", "biasa saja", "syarat utama",
                                  "selama setahun", "homes", "yearly"])
def test_the_general_words_gate_skips_their_shorter_stems(text):
    from claims.asof_kinds import may_state_a_general_fact
    assert not may_state_a_general_fact(text.lower())


@pytest.mark.parametrize("unit, read_as", [
    ("MYR", "usd"),          # a currency code: an amount of money
    ("EUR", "usd"),
    ("ABK", "abk"),          # a counted acronym of three capitals is a count of people, not money
    ("TPS", "tps"),
    ("WNI", "wni"),
])
def test_only_currency_codes_read_as_money(unit, read_as):
    claim = Claim(0, 10, "x" * 10, quantities=(Quantity(12, 12, unit),))
    assert claim_units(claim) == frozenset({read_as})


_GENERAL_PIECES = ["selalu", "sering", "kali", "seringkali", "setiap", "tiap", "tahun", "hari", "every", "each",
                   "day", "home", "to", "is", "are", "based", "in", "city", "of", "make", "makes", "up", "per",
                   "a", "year", "earlier", "km", "long", "1.2", "900,000", "Gaziantep,", "membentang", "3",
                   "dapat", "menyebabkan", "employs", "on", "weekdays", " ", "  ", "\n", ",", ".", "-", "’",
                   "_", "x", "é", "İ", "ſ", "K", ", which", ", yang"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_GENERAL_PIECES), min_size=1, max_size=10))
def test_the_general_words_gate_never_hides_a_match(pieces):
    from claims.asof_kinds import _GENERAL, may_state_a_general_fact
    from claims.dates import RELATIVE_ASIDE
    low = "".join(pieces).lower()
    for read in (low, RELATIVE_ASIDE.sub(",", low)):
        if _GENERAL.search(read):
            assert may_state_a_general_fact(low), read
