import pytest

from claims import quantity_special as qs
from claims.text_features import features


def test_the_union_of_needles_holds_every_finders_needles():
    # find_special returns at once when a window holds none of these: none may be missing.
    for _pattern, needles, _build, _gate in qs._FINDERS:
        assert needles <= qs._ANY_NEEDLE


def test_a_window_without_any_needle_has_no_special_quantity():
    text = "Banjir merendam 40 rumah di kota itu."
    assert qs._ANY_NEEDLE.isdisjoint(features(text, 0, len(text)))
    assert qs.find_special(text, 0, len(text)) == []


def test_a_match_minute_is_still_found_behind_the_gate():
    text = "Gol penentu lahir pada menit ke-77."
    found = qs.find_special(text, 0, len(text))
    assert [(q.value_min, q.unit) for q in found] == [(77.0, "minute")]


# The later minutes of a list drop "menit": "menit ke-12 dan ke-55", "menit ke-12, ke-40 dan ke-88".
@pytest.mark.parametrize("text, minutes", [
    ("Marselino mencetak gol pada menit ke-12 dan ke-55.", [12.0, 55.0]),
    ("Gol dicetak pada menit ke-12, ke-40 dan ke-88.", [12.0, 40.0, 88.0]),
    ("Sebanyak 12 rumah rusak dan ke-3 warga mengungsi.", []),
    # English lists its ordinals before one "minutes"
    ("Son scored in the 12th and 55th minutes.", [12.0, 55.0]),
    ("Goals came in the 3rd, 40th and 71st minutes.", [3.0, 40.0, 71.0]),
])
def test_the_later_minutes_of_a_list(text, minutes):
    from claims.quantities import find_quantities
    language = "id" if "menit" in text or "rumah" in text else "en"
    found = find_quantities(text, 0, len(text), language)
    assert [q.value_min for q in found if q.unit == "minute"] == minutes


def _read(sentence, language="en"):
    from claims.quantities import find_quantities
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]




@pytest.mark.parametrize("sentence, language, units", [
    # Spec rule 8 gives football scores in goals; other tallies keep their own unit.
    ("The board voted 5-4 to approve the plan.", "en", ["votes", "votes"]),
    ("Usul itu disetujui lewat pemungutan suara 30-12.", "id", ["votes", "votes"]),
    ("Ganda putri menang 21-16, 21-19 di semifinal.", "id", ["points"] * 4),
    ("She won 6-3 4-6 7-5 in the final.", "en", ["games"] * 6),
    ("Persija menang 2-0 atas tamunya.", "id", ["goals", "goals"]),
])
def test_a_score_is_counted_in_the_unit_of_its_game(sentence, language, units):
    assert [unit for _lo, _hi, unit, _q in _read(sentence, language)] == units


@pytest.mark.parametrize("sentence, language, expected", [
    ("The city ranked 12th among 300 cities.", "en", [(12, 12, "place", None), (300, 300, "cities", None)]),
    ("Tim itu kalah di set pertama.", "id", [(1, 1, "set", None)]),
    ("Ini gelar kedua klub itu.", "id", [(2, 2, "gelar", None)]),
    ("Ia unggulan ketiga turnamen.", "id", [(3, 3, "unggulan", None)]),
    ("It was the 14th month in a row.", "en", [(14, 14, "month", None)]),
    # An ordinal-only rank noun does not take digits: "set" here is a verb.
    ("They set 4 records.", "en", [(4, 4, "records", None)]),
])
def test_ranks_where_the_rank_is_the_point(sentence, language, expected):
    assert _read(sentence, language) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Costs grew more than twice as fast.", [(2, None, "times", "more_than")]),
    ("Sales rose nearly threefold.", [(None, 3, "times", "nearly")]),
    ("He was warned twice.", [(2, 2, "times", None)]),
])
def test_a_bound_before_a_multiple_opens_it(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A place in a streak counts: the rank is the point.
    ("Neraca dagang mencatat surplus ke-12 secara beruntun.", [(12, 12, "surplus", None)]),
    ("Ini kemenangan kelima berturut-turut bagi tim tamu.", [(5, 5, "kemenangan", None)]),
])
def test_a_place_in_a_streak(sentence, expected):
    assert _read(sentence, "id") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # The place in an unbroken run of time units counts the units that have passed.
    ("Snow fell for the 9th straight day in the valley.", "en", [(9, 9, "days", None)]),
    ("The city hosts the fair for the third year running.", "en", [(3, 3, "years", None)]),
    ("He was the second running back picked.", "en", []),
    ("Exports shrank for a fourth consecutive month.", "en", [(4, 4, "months", None)]),
    ("The bank held rates for the sixth successive time.", "en", [(6, 6, "times", None)]),
    ("Sungai meluap untuk hari keempat berturut-turut.", "id", [(4, 4, "days", None)]),
    ("Harga cabai naik pada pekan ke-3 berturut-turut.", "id", [(3, 3, "weeks", None)]),
])
def test_a_place_in_a_run_of_time_units(sentence, language, expected):
    assert _read(sentence, language) == expected


@pytest.mark.parametrize("sentence, language", [
    # A week or day of a named month or year says when: it is a date, not a count.
    ("Harga gula turun pada pekan kedua Juni 2025.", "id"),
    ("Kasus terbanyak tercatat pada minggu ketiga bulan ini.", "id"),
    ("Laporan itu mencakup pekan ke-20 tahun 2025.", "id"),
    ("Talks resume in the second week of October.", "en"),
    ("Sales peak in the last days of the third week of the month.", "en"),
])
def test_a_week_of_a_named_month_or_year_is_a_date(sentence, language):
    assert _read(sentence, language) == []


@pytest.mark.parametrize("sentence, expected", [
    ("She lost to the world number two in the semi-final.", [(2, 2, "rank", None)]),
    ("The world No. 7 withdrew.", [(7, 7, "rank", None)]),
    ("The world needs 3 more plants.", [(3, 3, "plants", None)]),
])
def test_a_place_in_the_world_ranking(sentence, expected):
    assert _read(sentence) == expected


def test_a_voice_in_the_stands_is_no_vote():
    # "suara" alone is a voice or a sound; only "pemungutan suara" is a vote.
    units = [unit for _lo, _hi, unit, _q in _read("Suara penonton menggema saat Persib unggul 2-1.", "id")]
    assert units == ["goals", "goals"]


@pytest.mark.parametrize("sentence, language, expected", [
    # A place in a ranking by a superlative counts, like "second place".
    ("Jawa Barat mencatat 812 kasus, terbanyak ketiga secara nasional.", "id",
     [(812, 812, "kasus", None), (3, 3, "place", None)]),
    ("Bandara itu menjadi tersibuk ke-2 di Asia.", "id", [(2, 2, "place", None)]),
    ("It is the country's second-largest port.", "en", [(2, 2, "place", None)]),
    ("The state is the 4th most populous.", "en", [(4, 4, "place", None)]),
    # A "ter-" word that is no superlative, or "first", ranks nothing here.
    ("Tersangka kedua ditangkap di Medan.", "id", []),
    ("It is the largest port.", "en", []),
])
def test_a_place_in_a_ranking_by_a_superlative(sentence, language, expected):
    assert _read(sentence, language) == expected


def _quantities(sentence, language="en"):
    from claims.quantities import find_quantities
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, expected", [
    # A verb of multiplying says how many times over, bound and all.
    ("Ticket sales tripled after the final.", [(3, 3, "times", None)]),
    ("Rents have nearly doubled since the flood.", [(None, 2, "times", "nearly")]),
    ("The backlog more than quadrupled in a year.", [(4, None, "times", "more_than")]),
    ("Fares are doubling every decade.", [(2, 2, "times", None)]),
    # The bare word after a bound or a verb it completes.
    ("The port aims to double its capacity.", [(2, 2, "times", None)]),
    ("Its debt is now more than double its income.", [(2, None, "times", "more_than")]),
    # Set phrases and adjectives count nothing.
    ("The school hall doubled as a clinic.", []),
    ("Costa doubled the lead in the second half.", []),
    ("Police are investigating a double murder.", []),
    ("She took gold in the triple jump.", []),
    ("Growth returned to double-digit rates.", []),
    # The racket-sport event is a noun.
    ("She won the women's doubles title in Osaka.", []),
    ("His mixed doubles partner withdrew.", []),
])
def test_verbs_of_multiplying_count_times(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # The place in an unbroken run counts the run's things, whatever they are.
    ("Shares rose for a sixth straight session.", [(6, 6, "sessions", None)]),
    ("The club claimed its fourth consecutive victory.", [(4, 4, "victories", None)]),
    ("The bank reported a 3rd successive quarterly loss.", [(3, 3, "quarterly losses", None)]),
    ("Inflation eased for a second straight month.", [(2, 2, "months", None)]),
    # "running" runs only through time: a player's position is no run.
    ("He was the second running back picked.", []),
    ("Rain fell for the third running day.", [(3, 3, "days", None)]),
    # A run with no noun after it counts nothing.
    ("It was the second straight and last defeat.", []),
    # Words before the run's noun describe it: the run counts the noun.
    ("The bank announced a sixth consecutive interest rate hike on Monday.", [(6, 6, "hikes", None)]),
    ("It was their fourth straight heavy loss.", [(4, 4, "losses", None)]),
    ("United earned a third straight away win.", [(3, 3, "wins", None)]),
])
def test_a_place_in_a_run_of_any_things(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize("sentence, language, units", [
    # A body that decides by vote and a verb of deciding make a score a tally of votes.
    ("The Senate confirmed the nominee 54-45.", "en", ["votes", "votes"]),
    ("The measure passed 61-38 in the House.", "en", ["votes", "votes"]),
    ("The appeals court overturned the ruling 2-1.", "en", ["votes", "votes"]),
    ("Anggota dewan menolak usulan itu 30-12.", "id", ["votes", "votes"]),
    ("The board approved the merger 5-2 on Tuesday.", "en", ["votes", "votes"]),
    # A match result stays in goals.
    ("Rovers beat City 2-1 in the cup.", "en", ["goals", "goals"]),
    # A verb of deciding and a member of a league do not make a match a vote.
    ("Arema menolak kalah dan menang 3-1 atas anggota Liga 2.", "id", ["goals", "goals"]),
    ("The club rejected defeat and beat the board's favourites 4-2.", "en", ["goals", "goals"]),
])
def test_a_tally_of_a_deciding_body_is_in_votes(sentence, language, units):
    assert [q[2] for q in _quantities(sentence, language)] == units


# --- may_hold_rank_after: the rank gate searched for the nouns of the window's word set ------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claims.quantity_special import _RANK_AFTER, may_hold_rank_after  # noqa: E402

_RANK_PIECES = ["peringkat", "Peringkat", "PERINGKAT", "tahun", "Bertahun", "pekan", "hari", "Phase", "phase", "round",
                "ke", "ke-3", "Ke", "pertama", "kedua", "3", "12", "II", "IV", "X", "V", "\u212ae", "p", "K", " ", "  ",
                "\n", "\t", "\u00a0", ",", "-", "warga", "dini", "2024", "٣", "juara", "Juara", "term", "TERM", "week",
                "'", "’", "_", "\u0301", "\u0130"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_RANK_PIECES), min_size=1, max_size=8), st.data())
def test_may_hold_rank_after_lets_every_rank_through(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not may_hold_rank_after(text, start, end):
        assert _RANK_AFTER.search(text, start, end) is None


def test_may_hold_rank_after_reads_a_rank_and_skips_a_plain_window():
    assert may_hold_rank_after("Ia naik ke peringkat 3 dunia.", 0, 29)
    assert may_hold_rank_after("pada hari ketiga", 0, 16)
    assert may_hold_rank_after("di 'hari 3", 0, 10)
    assert not may_hold_rank_after("Banjir merendam 2030 rumah di Palu sejak Senin dini hari.", 0, 57)


# --- an ordinal that ranks a thing in the series of its kind ------------------------------
@pytest.mark.parametrize("sentence, language, expected", [
    # after a noun, with no noun after it, an Indonesian ordinal ranks that noun
    ("Ia menjadi gubernur ketiga yang dipecat tahun ini.", "id", [(3, 3, "gubernur", None)]),
    ("Kenaikan itu merupakan kenaikan kelima pada tahun ini.", "id", [(5, 5, "kenaikan", None)]),
    ("Bank itu menjadi emiten ke-21 yang melantai di bursa.", "id", [(21, 21, "emiten", None)]),
    ("Paket itu menjadi bantuan kedua yang diterima warga.", "id", [(2, 2, "bantuan", None)]),
    # a copula before "yang" with the ordinal asserts the rank of what it names
    ("Medali ini merupakan yang ketiga bagi Sinta tahun ini.", "id", [(3, 3, None, None)]),
    ("Banjir itu adalah yang kedua di desa tersebut.", "id", [(2, 2, None, None)]),
    ("Rumah yang kedua dijual pekan lalu.", "id", []),
    # ... but without a copula or a "yang" clause it describes ("a second home", "a second language")
    ("Ia membeli rumah kedua pada akhir pekan.", "id", []),
    ("Anak itu belajar bahasa kedua di sekolah.", "id", []),
    ("Pelari itu tiba ketiga di garis finis.", "id", []),
    # followed by a noun it counts that noun ("the four suspects"); "kedua" then means both
    ("Keempat pelaku ditahan di kantor polisi.", "id", [(4, 4, "pelaku", None)]),
    ("Tim itu mengalahkan kedua lawan dengan mudah.", "id", []),
    # a first mostly describes; a rank noun or a conjunction is no such noun
    ("Ia menyampaikan pidato pertama di depan anggota.", "id", []),
    ("Data kedua dan ketiga belum dirilis.", "id", []),
    # English: the place of one thing in the series of its kind
    ("She is the third woman to lead the central bank.", "en", [(3, 3, "woman", None)]),
    ("He scored in his 40th match for the club.", "en", [(40, 40, "match", None)]),
    ("It was Italy's fourth European Cup title.", "en", [(4, 4, "title", None)]),
    ("The first batch of aid arrived.", "en", []),
    ("The Second World War ended in Europe in May.", "en", []),
    ("The second half was goalless.", "en", []),
    ("The 4th Infantry Division said 12 soldiers died.", "en", [(12, 12, "soldiers", None)]),
    ("In the 20th century the town grew.", "en", []),
    ("The 15th Street bridge was closed.", "en", []),
    ("His second wife lives in Bali.", "en", []),
    ("The bill passed its second reading.", "en", []),
    # a league place
    ("Second-placed Rovers, on 61 points, drew.", "en", [(2, 2, "place", None), (61, 61, "points", None)]),
    ("United are seventh, 9 points behind the leaders.", "en", [(7, 7, "place", None), (9, 9, "points", None)]),
    ("The club finished fifth in the league.", "en", [(5, 5, "place", None)]),
    ("The idea is second to none.", "en", []),
    ("He was second in command.", "en", []),
    ("She is fourth in line to the throne.", "en", []),
    ("The club finished first in the league.", "en", [(1, 1, "place", None)]),
])
def test_an_ordinal_ranks_a_thing_in_its_series(sentence, language, expected):
    assert _read(sentence, language) == expected


# A match report drops "minute" after an ordinal that ends its phrase ("… in the 87th"); read
# only beside a goal word, and never before a noun ("in the 19th century", "in the 3rd round").
@pytest.mark.parametrize("sentence, minutes", [
    ("Ruiz scored in the 12th minute and again in the 87th", [12.0, 87.0]),
    ("The visitors equalised through a header in the 64th", [64.0]),
    ("The club scored its first goal in the 19th century", []),
    ("The town was founded in the 12th, and its church in the 14th", []),
])
def test_a_bare_ordinal_ending_a_phrase_beside_a_goal_is_a_match_minute(sentence, minutes):
    found = qs.find_special(sentence, 0, len(sentence))
    assert [q.value_min for q in found if q.unit == "minute"] == minutes


def test_an_ordinal_with_an_odd_fold_is_read_as_its_place():
    # (a case-blind match of "Thırd" once raised KeyError in the ordinal table)
    text = "Th\u0131rd-placed Leeds lost at home."
    found = qs.find_special(text, 0, len(text))
    assert [(q.value_min, q.unit) for q in found] == [(3.0, "place")]


# An ordinal of its own noun after a minute is no minute.
def test_an_ordinal_of_its_own_noun_after_a_minute():
    from claims.quantities import find_quantities
    text = "Persija unggul pada menit ke-20, ke-3 kalinya musim ini."
    assert [(q.value_min, q.unit) for q in find_quantities(text, 0, len(text), "id")] == [(20.0, "minute"), (3.0, "kali")]
