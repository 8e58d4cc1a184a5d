"""How one claim's date follows from another's: periods, referents, containers."""
import datetime as dt
import pytest

from claims import date_links as links
from claims.model import Claim, Quantity
from claims.text_features import may_hold_any


def _claim(text, start, types=(), dates=(), units=()):
    return Claim(start, start + len(text), text, types=types, dates=dates,
                 quantities=tuple(Quantity(1, 1, u) for u in units))


@pytest.mark.parametrize("dates, first", [
    (("2024-01", "2024-06", "2023-01", "2023-06"), ("2024-01", "2024-06")),
    (("2024-03", "2024-02"), ("2024-03",)),
    (("2024-05", "2024-07-12"), ("2024-05",)),
    ((), ()),
])
def test_primary_is_the_first_date_or_period_named(dates, first):
    assert links.primary(dates) == first


def test_only_claims_about_a_survey_or_period_give_observation_periods():
    survey = _claim("Survei digelar 2-6 Mei 2024", 0, dates=("2024-05-02", "2024-05-06"), units=("responden",))
    festival = _claim("Festival digelar 2-6 Mei 2024", 40, dates=("2024-05-02", "2024-05-06"))
    one_day = _claim("Survei digelar 6 Mei 2024", 80, dates=("2024-05-06",))
    counted = _claim("Puskesmas mencatat 30 kasus selama 2-6 Mei 2024", 120, dates=("2024-05-02", "2024-05-06"),
                     units=("kasus",))
    assert links.observation_periods((survey, festival, one_day, counted)) == [
        (0, ("2024-05-02", "2024-05-06"), frozenset({"responden", links.SURVEY})),
        (120, ("2024-05-02", "2024-05-06"), frozenset({"kasus"}))]


def test_a_claim_pointing_back_takes_its_referents_first_date_before_its_own():
    referent = _claim("Laba semester I 2023 naik", 0, dates=("2023-01", "2023-06", "2022-01", "2022-06"))
    pointing = _claim("Angka itu melampaui target tahun 2021", 30, dates=("2021",))
    unrelated = _claim("Perusahaan membuka pabrik baru", 30)
    assert links.with_referent_dates(pointing, [referent]).dates == ("2023-01", "2023-06", "2021")
    assert links.with_referent_dates(unrelated, [referent]).dates == ()


@pytest.mark.parametrize("text, points", [
    ("It was the deadliest fire in the region since 2019", True),
    # a dummy "it" of a clause told later points at nothing before
    ("it was too early to say what caused the fire", False),
    ("It is not clear whether the fire was started deliberately", False),
    ("It was still unclear what caused the fire", False),
    # a raising verb before the ranking keeps the pointer
    ("It was believed to be the deadliest fire in the region since 2019", True),
])
def test_a_dummy_it_points_at_no_referent(text, points):
    referent = _claim("Blazes burned 300,000 hectares last year", 0, ("event", "quantity", "date"), dates=("2025",))
    claim = _claim(text, 60, ("status",))
    assert (links.with_referent_dates(claim, [referent]).dates == ("2025",)) is points


def test_the_same_period_skips_single_days_and_embedded_claims():
    period = _claim("Pada Juni 2023 ekspor naik", 0, dates=("2023-06",))
    day = _claim("Data dirilis Senin (3/7)", 30, dates=("2023-07-03",))
    outer = _claim("Impor, yang mencapai 9 ton pada 1-2 Juli, turun", 60, dates=())
    inner = _claim("Impor, yang mencapai 9 ton pada 1-2 Juli", 60, dates=("2023-07-01", "2023-07-02"))
    same = _claim("Pada periode yang sama impor turun", 120)
    assert links.same_period_before(same, [period, day, outer, inner]) == ("2023-06",)
    assert links.same_period_before(_claim("Impor turun", 120), [period]) is None


def test_container_is_the_claim_just_before_that_holds_this_one():
    outer = _claim("Kota Batu, yang mencatat kasus terbanyak, melapor", 0)
    inner = _claim("Kota Batu, yang mencatat kasus terbanyak", 0)
    assert links.container(inner, [outer]) is outer
    assert links.container(outer, [inner]) is None


def test_an_embedded_part_at_the_end_of_its_sentence_has_a_container_too():
    outer = _claim("Warga mengungsi ke Gedung Serbaguna", 0)
    inner = _claim("Gedung Serbaguna, yang berjarak 2 km dari sungai", 19)
    assert links.container(inner, [outer]) is outer
    assert links.container(_claim("Hujan reda", 40), [outer]) is None


def test_a_ranking_by_counted_things_holds_over_the_count_period():
    periods = [(0, ("2024-01", "2024-06"), frozenset({"kasus"}))]
    ranking = _claim("Kota Blitar menjadi wilayah dengan kasus terbanyak", 90, types=("comparison",))
    other = _claim("Kota Blitar menjadi kota terbersih", 90, types=("comparison",))
    assert links.ranking_period(ranking, periods) == ("2024-01", "2024-06")
    assert links.ranking_period(other, periods) == ()


def test_a_part_of_the_figure_just_stated_skips_an_embedded_comparison_base():
    figure = _claim("Jumlah itu naik dari periode 2023 yang mencatat 80 kasus", 0, dates=("2024-01", "2024-06"))
    base = _claim("periode 2023 yang mencatat 80 kasus", 21, dates=("2023",))
    part = _claim("Dua di antaranya meninggal", 60)
    assert links.with_referent_dates(part, [figure, base]).dates == ("2024-01", "2024-06")


def test_the_number_of_something_is_no_pointer_back():
    referent = _claim("Exports rose in May 2024", 0, dates=("2024-05",))
    plain = _claim("The number of hotel bookings fell by 9,000", 30)
    pointing = _claim("The figure was the highest this year", 30)
    assert links.with_referent_dates(plain, [referent]).dates == ()
    assert links.with_referent_dates(pointing, [referent]).dates == ("2024-05",)


def test_a_survey_period_in_a_relative_clause_still_counts_but_an_embedded_count_does_not():
    outer = _claim("Data itu berasal dari survei gizi yang dilakukan pada Maret-Mei 2023", 0)
    survey = _claim("survei gizi yang dilakukan pada Maret-Mei 2023", 22, dates=("2023-03", "2023-05"))
    base = _claim("periode 1-7 Mei yang mencatat 9 kasus", 22, dates=("2023-05-01", "2023-05-07"), units=("kasus",))
    assert links.observation_periods((outer, survey)) == [(22, ("2023-03", "2023-05"), frozenset({links.SURVEY}))]
    assert links.observation_periods((outer, base)) == []


_GATED = [
    (links._SAME_PERIOD, links.SAME_PERIOD_WORDS, ["pada PERIODE YANG SAMA", "bulan itu", "Semester Tersebut",
                                                   "in the same quarter", "For The Month", "that period",
                                                   "kurun\nwaktu yang ſama", "Triwulan itu"]),
    (links._BASE, links.BASE_WORDS, ["naik 3 persen DIBANDINGKAN Januari", "Down From 44 percent",
                                     "lebih tinggi ketimbang", "compared with March", "Rp 5 versus Rp 4",
                                     "melonjak dari 3", "lebih baik daripada tahun lalu"]),
    (links._SINCE, links.SINCE_WORDS, ["SINCE June 1", "Sejak Januari", "ſince", "sejak\tMaret"]),
    (links._PART_OF_REFERENT, links.PART_OF_REFERENT_WORDS, ["Tiga di antaranya tewas", "DIANTARANYA",
                                                             "four of\nthem died", "Of Whom two"]),
    (links._SURVEY, links._SURVEY_WORDS, ["Survei itu", "the SURVEYS", "polling", "the poll", "jajak  pendapat",
                                          "Sigi", "sensus", "Census", "pendataan", "Respondents", "ſurvey"]),
    (links._COUNT_OVER, links._COUNT_OVER_WORDS, ["Periode itu", "the PERIOD", "mencatat", "Tercatat", "recorded",
                                                  "Sepanjang Maret", "selama", "throughout", "During"]),
    (links._SO_FAR, links._SO_FAR_WORDS, ["HAS died", "have", "Telah", "sudah", "so far", "To  Date",
                                          "hingga kini", "sampai saat ini", "ſudah"]),
    (links._UNCHANGED, links._UNCHANGED_WORDS, ["TIDAK berubah", "belum pernah naik", "Unchanged"]),
]


@pytest.mark.parametrize("pattern, words, text", [(p, w, t) for p, w, texts in _GATED for t in texts])
def test_the_word_gates_never_hide_a_match(pattern, words, text):
    assert pattern.search(text)
    assert may_hold_any(text, words)


@pytest.mark.parametrize("text, own, expected", [
    ("Nilai pesanan itu naik 12 persen dibandingkan kurun waktu yang sama tahun lalu", ("2023",),
     ("2024-01", "2024-04", "2023-01", "2023-04")),
    ("That was 4 percent more than in the same period in 2022", ("2022",),
     ("2024-01", "2024-04", "2022-01", "2022-04")),
    ("Angka itu naik 12 persen dari tahun lalu", ("2023",), ("2024-01", "2024-04", "2023")),
])
def test_a_referents_period_said_again_for_another_year_moves_to_that_year(text, own, expected):
    referent = _claim("Pabrik mencatat 900 pesanan pada Januari-April 2024", 0, dates=("2024-01", "2024-04"))
    pointing = _claim(text, 60, dates=own)
    assert links.with_referent_dates(pointing, [referent]).dates == expected


@pytest.mark.parametrize("text, day, expected", [
    ("The death toll rose to 52 from 40 a week earlier", ("2024-05-15",), ("2024-05-08",)),
    ("Jumlah pengungsi naik dari 800 orang sehari sebelumnya", ("2024-05-15",), ("2024-05-14",)),
    ("Prices were up from two days earlier", ("2024-05-15",), ("2024-05-13",)),
    ("The death toll rose to 52 from 40", ("2024-05-15",), ()),
    ("The death toll rose to 52 from 40 a week earlier", ("2024-05",), ()),    # a month moves by no week
    ("The death toll rose to 52 from 40 a week earlier", (), ()),
    # the previous month is that month, not the day a month back
    ("Inflasi naik dari 3,2 persen pada bulan sebelumnya", ("2024-05-15",), ("2024-04",)),
    ("Inflation eased from 2.4 percent the previous month", ("2024-05-15",), ("2024-04",)),
])
def test_an_earlier_base_with_nothing_named_before_leans_on_the_figures_own_day(text, day, expected):
    assert links.earlier_than_its_day(_claim(text, 0), day) == expected


@pytest.mark.parametrize("text, base, expected", [
    ("Jumlah penumpang itu turun 6 persen dibandingkan kurun waktu yang sama tahun lalu", ("2023",), ()),
    ("That was down from the same period in 2021", ("2021",), ()),
    ("Jumlah penumpang itu turun 6 persen dibandingkan tahun 2023", ("2023",), ("2023",)),   # no same-period phrase
])
def test_a_bare_year_base_gives_way_to_the_period_moved_into_it(text, base, expected):
    claim = _claim(text, 0, dates=("2024-04-01", "2024-04-07", "2023-04-01", "2023-04-07", "2021-04-01"))
    assert links.base_without_a_moved_year(claim, base) == expected


def test_a_period_named_only_in_a_comparison_base_is_no_observation_period():
    base = _claim("Jumlah itu naik dua kali lipat dibandingkan periode 3-9 Juni 2024 yang mencatat 40 kasus", 0,
                  dates=("2024-06-03", "2024-06-09"), units=("kali lipat", "kasus"))
    own = _claim("Puskesmas mencatat 90 kasus selama periode 10-16 Juni 2024", 100,
                 dates=("2024-06-10", "2024-06-16"), units=("kasus",))
    assert links.observation_periods((base, own)) == [(100, ("2024-06-10", "2024-06-16"), frozenset({"kasus"}))]


@pytest.mark.parametrize("text, types, expected", [
    ("the highest since June 2019", ("comparison", "date"), True),
    ("terendah sejak Desember 2021", ("comparison", "date"), True),
    ("Harga naik sejak Januari", ("event", "date"), False),
    ("the highest in June 2019", ("comparison", "date"), False),
    # an ordinal over a stretch ranks as a superlative does
    ("the fourth bridge collapse in the district since March", ("status", "date"), True),
    ("Ini merupakan banjir ketiga sejak awal tahun", ("status", "date"), True),
    ("the fourth bridge collapse in the district in March", ("status", "date"), False),
    # "kedua" opening a phrase is "both", and a day or a quarter counted is no rank
    ("Sejak Januari, kedua perusahaan menyalurkan 900 ton beras", ("event", "date"), False),
    ("Polisi menangkap 12 orang sejak hari pertama operasi", ("event", "date"), False),
    ("the first quarter since the merger", ("status", "date"), False),
    ("It was the first time since 2010", ("status", "date"), True),
    # "untuk ketiga kalinya" ranks; an ordinal after a fronted "since" ranks too
    ("Bank sentral menaikkan suku bunga untuk ketiga kalinya sejak 2023", ("event", "date"), True),
    ("Since 2023, it was the fifth fire at the market", ("status", "date"), True),
])
def test_a_superlative_since_a_date_is_a_since_base(text, types, expected):
    assert links.is_a_since_base(_claim(text, 0, types=types)) is expected


@pytest.mark.parametrize("referent_dates, text, own, expected", [
    # a record over a stretch is dated by the stretch's start, not by the day of what it ranks
    (("2025-03-10",), "It was the worst flood in the valley since 2009", ("2009",), ("2009",)),
    (("2025-03-10", "2025-03-11"), "Kenaikan ini merupakan yang kedua sejak Agustus", ("2024-08",),
     ("2024-08",)),
    # a figure ranked keeps the day or period it was read
    (("2024",), "Angka itu merupakan capaian tertinggi sejak 2015", ("2015",), ("2024", "2015")),
    (("2025-03-10",), "The figure is the highest since 2015", ("2015",), ("2025-03-10", "2015")),
    (("2025-03-10",), "It was the lowest level since 2015", ("2015",), ("2025-03-10", "2015")),
    # (a measure named after "since", in what caused it, is no measure ranked)
    (("2025-03-10",), "Kenaikan ini merupakan yang pertama sejak Januari akibat naiknya harga minyak",
     ("2025-01",), ("2025-01",)),
    # a claim that ranks nothing takes its referent's day
    (("2025-03-10",), "It was held in the old town hall built in 2009", ("2009",), ("2025-03-10", "2009")),
])
def test_a_record_since_a_start_does_not_take_the_day_of_what_it_ranks(referent_dates, text, own, expected):
    referent = _claim("The river burst its banks on Monday", 0, dates=referent_dates)
    pointing = _claim(text, 40, types=("status", "date"), dates=own)
    assert links.with_referent_dates(pointing, [referent]).dates == expected


def test_a_rate_skips_an_embedded_base_when_it_looks_for_the_same_measure():
    outer = _claim("Inflation hit 5 percent in May 2024, above April 2019, which saw 4 percent", 0,
                   dates=("2024-05",), units=("percent",))
    base = _claim("April 2019, which saw 4 percent", 44, dates=("2019-04",), units=("percent",))
    rate = _claim("Core inflation was 3 percent", 100, units=("percent",))
    assert links.month_of_the_same_measure(rate, [outer, base]) == ("2024-05",)


@pytest.mark.parametrize("dates, text, joined, first", [
    # ends of unequal precision are a period only when a word of range joins them ...
    (("2025-01", "2025-04-11"), "Puskesmas mencatat 96 kasus diare sejak Januari hingga Jumat (11/4/2025)", False,
     ("2025-01", "2025-04-11")),
    (("2025-01", "2025-04-11"), "Cases rose from January to April 11", False, ("2025-01", "2025-04-11")),
    # ... or when a pointing claim took them from its referent as one period
    (("2025-01", "2025-04-11"), "Tujuh balita di antaranya dirujuk", True, ("2025-01", "2025-04-11")),
    # a month of its own and the day it was said are no period
    (("2025-03", "2025-04-11"), "Antrean pasien memanjang sejak awal Maret", False, ("2025-03",)),
    # a day inside the month named first is no period either
    (("2025-04", "2025-04-14"), "Harga naik hingga pertengahan April", False, ("2025-04",)),
])
def test_a_period_of_unequal_precision_needs_a_word_of_range(dates, text, joined, first):
    assert links.primary(dates, text, joined) == first


def test_a_subject_with_its_counted_noun_still_points_back():
    referent = _claim("Puskesmas mencatat 96 kasus diare sejak Januari hingga Jumat (11/4/2025)", 0,
                      dates=("2025-01", "2025-04-11"), units=("kasus",))
    pointing = _claim("Jumlah kasus itu naik dua kali lipat dibandingkan kurun waktu yang sama tahun lalu", 80,
                      dates=("2024",))
    assert links.with_referent_dates(pointing, [referent]).dates == \
        ("2025-01", "2025-04-11", "2024-01", "2024-04-11")


def test_a_pointing_figure_skips_a_quote_to_reach_the_figure_of_its_unit():
    price = _claim("Harga cabai mencapai Rp 90.000 per kilogram, Jumat (14/2/2025)", 0,
                   dates=("2025-02-14",), units=("IDR",))
    quote = _claim("Pasokan dari Kediri berkurang", 70, types=("quote",), dates=("2025-02-13",))
    # (its own January is a comparison base's, held apart while the figure's date is found)
    pointing = _claim("Harga itu naik dari Rp 60.000 per kilogram pada akhir Januari", 110, units=("IDR",))
    assert links.with_referent_dates(pointing, [price, quote]).dates == ("2025-02-14",)
    # without a figure of its own it points at the claim just before
    bare = _claim("Angka itu tertinggi sejak 2019", 110, dates=("2019",))
    assert links.with_referent_dates(bare, [price, quote]).dates == ("2025-02-13", "2019")


@pytest.mark.parametrize("dates, text, expected", [
    # a range word that leads to a date joins two ends of unequal precision
    (("2024-01", "2024-04-11"), "sejak Januari hingga Kamis (11/4/2024)", ("2024-01", "2024-04-11")),
    (("2024-01", "2024-03-31"), "from January to March 31", ("2024-01", "2024-03-31")),
    # "to" before an amount or "hingga" before a share joins no dates
    (("2024-05", "2024-06-07"), "Exports rose 9% in May to $21.4 billion", ("2024-05",)),
    (("2024-05", "2024-06-07"), "Harga naik pada Mei hingga 5 persen", ("2024-05",)),
])
def test_a_period_of_unequal_ends_needs_a_range_word_leading_to_a_date(dates, text, expected):
    assert links.primary(dates, text) == expected


def test_a_rate_just_after_a_period_of_results_is_of_that_period_without_shared_words():
    results = _claim("Quarterly revenue climbed 8 percent in the third quarter", 0,
                     dates=("2024-07", "2024-09"), units=("percent",))
    later = _claim("Subscriptions fell 2 percent", 80, units=("percent",))
    assert links.month_of_the_same_measure(later, [results]) == ("2024-07", "2024-09")


def test_a_rate_after_a_meeting_of_days_takes_nothing_without_shared_words():
    meeting = _claim("The board raised the rate to 6 percent on 16-17 April", 0,
                     dates=("2024-04-16", "2024-04-17"), units=("percent",))
    later = _claim("Deposit costs stayed at 5 percent", 80, units=("percent",))
    assert links.month_of_the_same_measure(later, [meeting]) == ()


def test_a_rate_far_after_a_period_needs_a_shared_measure_word():
    results = _claim("Quarterly revenue climbed 8 percent in the third quarter", 0,
                     dates=("2024-07", "2024-09"), units=("percent",))
    filler = [_claim(f"Filler claim {i} with 3 percent", 100 + 40 * i, dates=("2024-10-02",), units=("percent",))
              for i in range(6)]
    later = _claim("Subscriptions fell 2 percent", 500, units=("percent",))
    assert links.month_of_the_same_measure(later, [results] + filler) == ()


def test_a_period_taken_as_an_as_of_date_is_not_passed_on_without_shared_words():
    dated_by_as_of = _claim("Core inflation was 2 percent", 0, dates=("2024-05",), units=("percent",))
    later = _claim("Support for the mayor fell to 41 percent", 80, units=("percent",))
    assert links.month_of_the_same_measure(later, [dated_by_as_of]) == ()


def test_a_level_after_a_period_of_results_needs_a_shared_measure_word():
    results = _claim("Quarterly revenue climbed 8 percent in the third quarter", 0,
                     dates=("2024-07", "2024-09"), units=("percent",))
    level = _claim("Support for the mayor stood at 41 percent", 80, units=("percent",))
    assert links.month_of_the_same_measure(level, [results]) == ()


@pytest.mark.parametrize("later_text, month", [
    ("Subscriptions fell 2 percent", ()),                     # a change, but no word of the measure
    ("Quarterly revenue from ads reached $40 million", ("2024-07", "2024-09")),
])
def test_asking_for_a_shared_word_leaves_out_the_recent_change_rule(later_text, month):
    results = _claim("Quarterly revenue climbed 8 percent in the third quarter", 0,
                     dates=("2024-07", "2024-09"), units=("percent",))
    later = _claim(later_text, 80, units=("percent",))
    assert links.month_of_the_same_measure(later, [results], shared_word=True) == month


@pytest.mark.parametrize("text, units, expected", [
    # a base with a figure of its own, "the month before", is a month of its own
    ("Angka tersebut naik dari 3,1 persen pada bulan sebelumnya", ("percent",), ("2024-05", "2024-04")),
    ("The figure was up from 4.8 percent in the previous month", ("percent",), ("2024-05", "2024-04")),
    # a base whose figures are given elsewhere, or a change from it, names no month of its own
    ("Angka tersebut jauh lebih tinggi dari capaian dua bulan sebelumnya", ("months",), ("2024-05",)),
    ("Angka itu naik 6 persen dari bulan sebelumnya", ("percent",), ("2024-05",)),
])
def test_a_pointing_claim_with_a_figure_in_the_month_before_names_that_month(text, units, expected):
    referent = _claim("Inflasi Mei 2024 tercatat 3,4 persen", 0, dates=("2024-05",), units=("percent",))
    pointing = _claim(text, 40, units=units)
    assert links.with_referent_dates(pointing, [referent]).dates == expected


@pytest.mark.parametrize("text, expected", [
    # an opener that takes a part out of the whole just stated points back at it
    ("Dari seluruh kasus tersebut, 17 pasien meninggal dunia", ("2024-01", "2024-03")),
    ("Dari jumlah itu, 40 orang masih dirawat", ("2024-01", "2024-03")),
    ("Of those cases, 12 were fatal", ("2024-01", "2024-03")),
    # a plain "of" phrase takes nothing out of a whole
    ("Of the nine districts in the province, Bantul is the largest", ()),
])
def test_a_part_taken_out_of_the_whole_just_stated_takes_its_period(text, expected):
    referent = _claim("Dinkes mencatat 2.400 kasus sepanjang Januari hingga Maret 2024", 0,
                      dates=("2024-01", "2024-03"), units=("kasus",))
    part = _claim(text, 70, units=("orang",))
    assert links.with_referent_dates(part, [referent]).dates == expected


@pytest.mark.parametrize("text, units, expected", [
    # "<noun> itu" points back at a figure only when it states one
    ("Harga itu naik Rp 2.000 dari pekan lalu", ("IDR",), ("2025-03-03",)),
    ("Pasar itu dikelola oleh perusahaan daerah", (), ()),
])
def test_a_that_noun_points_back_only_with_a_figure(text, units, expected):
    referent = _claim("Harga cabai di Pasar Legi mencapai Rp 80.000, Senin (3/3)", 0,
                      dates=("2025-03-03",), units=("IDR",))
    pointing = _claim(text, 60, units=units)
    assert links.with_referent_dates(pointing, [referent]).dates[:1] == expected


@pytest.mark.parametrize("text, dates, expected", [
    # a level that has moved so far since a start counts up to the report, like "has risen"
    ("Sejak awal tahun, harga saham sudah naik 18 persen", ("2022-01",), True),
    ("Harga beras sudah turun 5 persen sejak Februari", ("2022-02",), True),
    # no "so far" word: the change is told of its own time
    ("Harga naik 5 persen sejak Februari", ("2022-02",), False),
])
def test_a_level_moved_since_a_start_is_a_running_total(text, dates, expected):
    claim = Claim(0, len(text), text, dates=dates, quantities=(Quantity(18, 18, "percent"),))
    assert links.dates_of_a_start_only(text, claim, dt.date(2022, 3, 10)) is expected


@pytest.mark.parametrize("text, expected", [
    # "in the quarter" skips a year or a half-year named in between to reach a quarter
    ("Some 40 deals closed in the quarter", ("2023-04", "2023-06")),
    ("Penjualan pada kuartal itu mencapai 900 unit", ("2023-04", "2023-06")),
    # "the same period" takes the nearest period of any length
    ("Ekspor pada periode yang sama mencapai 40 ton", ("2023",)),
])
def test_the_quarter_meant_is_a_quarter(text, expected):
    quarter = _claim("Sales rose between April and June", 0, dates=("2023-04", "2023-06"))
    half = _claim("Output peaked in the first half", 40, dates=("2023-01", "2023-06"))
    year = _claim("Prices fell compared with last year", 80, dates=("2023",))
    claim = _claim(text, 130)
    assert links.same_period_before(claim, [quarter, half, year]) == expected


def test_an_undated_claim_before_the_quarter_meant_is_passed_over():
    # (an earlier claim with no date once raised IndexError here)
    quarter = _claim("Sales rose between April and June", 0, dates=("2023-04", "2023-06"))
    undated = _claim("The firm opened a plant", 40)
    claim = _claim("Some 40 deals closed in the quarter", 80)
    assert links.same_period_before(claim, [quarter, undated]) == ("2023-04", "2023-06")


@pytest.mark.parametrize("text, own, expected", [
    # a day of its own inside the referent's year: the year adds nothing
    ("The increase, due to start on Jan. 1", ("2024-01-01",), ("2024-01-01",)),
    ("Kenaikan itu berlaku mulai 1 Januari", ("2024-01-01",), ("2024-01-01",)),
    # a date outside the referent's period keeps the period
    ("The increase was the largest since 2019", ("2019",), ("2024", "2019")),
])
def test_a_referents_year_is_dropped_when_the_claim_names_a_day_within_it(text, own, expected):
    referent = _claim("Bus fares will go up 8 percent next year", 0, dates=("2024",))
    claim = _claim(text, 60, dates=own, units=("percent",))
    assert links.with_referent_dates(claim, [referent]).dates == expected


@pytest.mark.parametrize("tail, tail_types", [
    ("tertinggi sejak Juni 2021", ("comparison", "date")),
    ("the highest since June 2021", ("comparison", "date")),
])
def test_a_pointer_passes_over_a_superlative_tail_to_the_figure_before_it(tail, tail_types):
    figure = _claim("Harga gula naik menjadi Rp 18.000 pada Mei 2024", 0, dates=("2024-05",), units=("IDR",))
    since = _claim(tail, 50, types=tail_types, dates=("2021-06",))
    pointing = _claim("Kenaikan itu mencapai 5 persen", 80, units=("percent",))
    assert links.with_referent_dates(pointing, [figure, since]).dates == ("2024-05",)


@pytest.mark.parametrize("earlier_text, earlier_dates, later_text", [
    # a number word is no measure both claims are of
    ("Harvest Foods reported a first-quarter profit of $3.1 million", ("2025-01", "2025-03"),
     "Ticket sales of about 2.2 million rose 4 percent"),
    # nor is a name both claims mention
    ("Bluefin Shipping Corp reported a first-quarter profit of $3.1 mn", ("2025-01", "2025-03"),
     "Stock of Bluefin Shipping gained 4 percent"),
    # the start of a record ("highest since March") is no period a figure is of
    ("Volume was the highest since March, when 2 mn contracts traded", ("2025-03",),
     "Wheat contracts fell 4 percent"),
])
def test_no_shared_measure_without_a_shared_measure_word(earlier_text, earlier_dates, later_text):
    earlier = _claim(earlier_text, 0, types=("comparison",), dates=earlier_dates, units=("USD",))
    later = _claim(later_text, 120, units=("percent",))
    assert links.month_of_the_same_measure(later, [earlier], shared_word=True) == ()


@pytest.mark.parametrize("text, dates, base_only", [
    ("Approval slipped to 39 percent, down from 52 percent in March", ("2024-03",), True),
    # a base figure set off by a comma, or a change measured from a month
    ("Annual inflation eased to 2.6 percent, from 2.9 percent in March", ("2024-03",), True),
    ("Inflasi tahunan melandai ke 2,6 persen, dari 2,9 persen pada Maret", ("2024-03",), True),
    ("The index fell 0.4 percent from March", ("2024-03",), True),
    # a period told "from one year to another" is the figure's own time, no base
    ("Rice output grew 20 percent, from 2019 to 2023", ("2019", "2023"), False),
    # a date after the new level is the figure's own
    ("Harga gula naik dari Rp 14.000 pada awal Maret menjadi Rp 17.500 pada April", ("2024-03", "2024-04"), False),
    ("Bookings rose from 120 in March to 310 in April", ("2024-03", "2024-04"), False),
    # "rose from" a place compares nothing
    ("an island that rose from the sea in 1927", ("1927",), False),
    ("Approval rose from 39 percent in March", ("2024-03",), True),
    # a base with no figure right after "from": a month, last year, a figure a few words on
    ("Core inflation was 2.2 percent, up from March", ("2024-03",), True),
    ("Sales fell from last year's level", ("2023",), True),
    ("Approval rose from a revised 38 percent in March", ("2024-03",), True),
    ("The index fell 0.4 percentage points from March", ("2024-03",), True),
])
def test_a_date_after_the_new_level_is_no_base(text, dates, base_only):
    claim = _claim(text, 0, dates=dates, units=("percent",))
    assert links.dates_of_a_base_only(text, claim, dt.date(2024, 5, 2)) is base_only


@pytest.mark.parametrize("referent_text, referent_dates, dates", [
    # a part of a count running since a month is of the day the count was read
    ("Sudah 318 pengungsi yang tiba sejak Maret", ("2024-03", "2024-05-02"), ("2024-05-02",)),
    ("Some 460 patients have been admitted since February", ("2024-02", "2024-05-02"), ("2024-05-02",)),
    # a count over a month keeps its month
    ("Sebanyak 318 pengungsi tiba pada Maret", ("2024-03", "2024-05-02"), ("2024-03",)),
])
def test_a_part_of_a_running_count_takes_the_day_it_was_read(referent_text, referent_dates, dates):
    referent = _claim(referent_text, 0, dates=referent_dates, units=("orang",))
    part = _claim("Tujuh orang di antaranya dirawat di rumah sakit", 100, units=("orang",))
    assert links.with_referent_dates(part, [referent]).dates == dates


@pytest.mark.parametrize("later_text, month", [
    # another figure of a release after a to-date sum is of the release month
    ("Harga beras menyumbang inflasi 0,08 persen", ("2024-05",)),
    # ... unless it is summed to date too
    ("Inflasi year-to-date beras mencapai 0,9 persen", ("2024-01", "2024-05")),
])
def test_a_figure_after_a_to_date_sum_is_of_the_release_month(later_text, month):
    summed = _claim("inflasi tahun kalender Januari hingga Mei 2024 sebesar 1,2 persen dengan beras", 0,
                    dates=("2024-01", "2024-05"), units=("percent",))
    later = _claim(later_text, 100, units=("percent",))
    assert links.month_of_the_same_measure(later, [summed], shared_word=True) == month


@pytest.mark.parametrize("text, start_only", [
    # a level that has held since a start runs to the report's day
    ("Sejak Maret 2023 harga tiket museum belum naik, tetap Rp 5.000", True),
    ("Since March 2023 the bridge toll has stood unchanged at $2", True),
    # an action begun then is no level held
    ("Operasi pencarian dimulai sejak Maret 2023 dengan 40 personel", False),
])
def test_a_level_unchanged_since_a_start_counts_to_the_report(text, start_only):
    claim = _claim(text, 0, dates=("2023-03",), units=("IDR",))
    assert links.dates_of_a_start_only(text, claim, dt.date(2024, 5, 2)) is start_only


# A rate of the period just reported, ranked over a stretch, is of that period and the stretch's
# start; what the same subject is said to owe to its causes points back at nothing.
@pytest.mark.parametrize("text, own, expected", [
    ("Inflasi itu menjadi yang tertinggi sejak 2019", ("2019",), ("2025-02", "2019")),
    ("Kontraksi tersebut merupakan yang terdalam sejak kuartal I 2009", ("2009-01", "2009-03"),
     ("2025-02", "2009-01", "2009-03")),
    ("Inflasi itu dipicu kenaikan harga cabai", (), ()),
])
def test_a_ranked_rate_points_back_at_the_period_just_reported(text, own, expected):
    referent = _claim("Inflasi Februari 2025 tercatat 2,1 persen", 0, dates=("2025-02",), units=("percent",))
    pointing = _claim(text, 45, types=("comparison",) if "sejak" in text else ("event",), dates=own)
    assert links.with_referent_dates(pointing, [referent]).dates == expected



# A sentence set in a happening named before ("Dalam pemilu tersebut, …", "In that election, …") is of
# that happening's time; a stretch of time named so is no happening.
@pytest.mark.parametrize("text, dates", [
    ("Dalam pemilu tersebut, partai itu meraih 120 kursi", ("2024-02",)),
    ("In that election, the party took 120 seats", ("2024-02",)),
    ("In that 2024 election, the party took 120 seats", ("2024-02",)),
    ("In that general election, the party took 120 seats", ("2024-02",)),
    ("Dalam pemilu 2024 itu, partai itu meraih 120 kursi", ("2024-02",)),
    ("Pada hari itu, partai itu meraih 120 kursi", ()),
    ("Dalam rapat tersebut, partai itu meraih 120 kursi", ()),      # no happening of that name before
    # "this"/"ini" point at the happening at hand, a place is no happening, "in that case" an idiom
    ("In this election, the party took 120 seats", ()),
    ("Di kota tersebut, partai itu meraih 120 kursi", ()),
    ("In that case, the party took 120 seats", ()),
])
def test_a_scene_named_before_dates_the_sentence(text, dates):
    named = _claim("Partai Hijau memenangi pemilu Februari 2024 (the February 2024 election)", 0,
                   ("event", "date"), dates=("2024-02",))
    assert links.scene_named_before(_claim(text, 100), [named]) == dates
