"""What a quantity takes from around it (quantity_carry): bounds into bracketed conversions,
counted nouns named by the subject, money carried over, currencies named by country.
Sentences are invented."""
import pytest

from claims.quantities import find_quantities


def values(sentence, language="en"):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # A conversion in brackets takes the open bound of the measure it restates.
    ("Waves rose up to 3 meters (10 feet) high.", "en", [(None, 3, "m", "up_to"), (None, 10, "ft", "up_to")]),
    ("The fire has burned more than 2,000 hectares (4,900 acres).", "en",
     [(2000, None, "ha", "more_than"), (4900, None, "acres", "more_than")]),
    ("The fire burned more than 5 km (3 miles) of coast.", "en", [(5, None, "km", "more_than"), (3, None, "mi", "more_than")]),
    # Without a bound before, the conversion stays exact.
    ("The ridge is 2 km (1.2 miles) long.", "en", [(2, 2, "km", None), (1.2, 1.2, "mi", None)]),
])
def test_a_conversion_in_brackets_takes_the_bound(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # The subject of the clause names what a bare count counts.
    ("The number of hotel rooms rose to 5,400 from 5,100.", "en", [(5400, 5400, "rooms", None), (5100, 5100, "rooms", None)]),
    ("Visitor numbers reached 2 million in 2024.", "en", [(2e6, 2e6, "visitors", None)]),
    ("The death toll climbed to 17.", "en", [(17, 17, "deaths", None)]),
    ("The island has a population of about 40,000.", "en", [(40000, 40000, "people", "approx")]),
    ("Jumlah pengungsi bertambah menjadi 850 jiwa.", "id", [(850, 850, "jiwa", None)]),
    ("Jumlah pengungsi bertambah menjadi 850.", "id", [(850, 850, "pengungsi", None)]),
    # An adjective after "number of" is no noun.
    ("Police put the number of injured at 7.", "en", [(7, 7, None, None)]),
])
def test_the_subject_names_what_a_bare_count_counts(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A scaled bare number after money in the same sentence is in that money ...
    ("Revenue rose to 3.2 billion euros from 2.9 billion.", "en", [(3.2e9, 3.2e9, "EUR"), (2.9e9, 2.9e9, "EUR")]),
    ("Laba turun menjadi Rp 1,1 triliun dari 1,4 triliun.", "id", [(1.1e12, 1.1e12, "IDR"), (1.4e12, 1.4e12, "IDR")]),
    # ... not in a conversion written in brackets.
    ("Sales hit 9 billion Swedish crowns ($850 million), up from 8 billion.", "en",
     [(9e9, 9e9, "SEK"), (850e6, 850e6, "USD"), (8e9, 8e9, "SEK")]),
    # Cents are hundredths of a dollar.
    ("Power costs 12.5 cents per kilowatt-hour.", "en", [(0.125, 0.125, "USD")]),
    # A family word alone takes the currency of the one country of that family named.
    ("Pakistan raised fuel prices by 10 rupees a litre.", "en", [(10, 10, "PKR")]),
    ("India and Pakistan each spent 10 million rupees.", "en", [(10e6, 10e6, "INR")]),
])
def test_money_carried_over_converted_and_named_by_country(sentence, language, expected):
    assert [v[:3] for v in values(sentence, language)] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A bare degree takes the one temperature scale the text names, before or after it.
    ("The gauge read 112 degrees Fahrenheit; by dusk it was still 101 degrees.", "en",
     [(112, 112, "°F", None), (101, 101, "°F", None)]),
    ("Night lows of 30 degrees follow a day at 41°C.", "en", [(30, 30, "°C", None), (41, 41, "°C", None)]),
    ("Suhu di kota itu 34°C, naik 3 derajat dari pekan lalu.", "id", [(34, 34, "°C", None), (3, 3, "°C", None)]),
    ("Phoenix hit 115F, five degrees above normal.", "en", [(115, 115, "°F", None), (5, 5, "°F", None)]),
    # With no scale named, or both, the degree stays as written.
    ("The roof slopes at 30 degrees.", "en", [(30, 30, "degrees", None)]),
    # ... and a bare degree with no word of heat, cold or weather near it is an angle, not a reading;
    # a number glued to F or C names no scale without a temperature word near it.
    ("Temperatures reached 31°C on Monday.\nThe ferry turned 180 degrees.", "en",
     [(31, 31, "°C", None), (180, 180, "degrees", None)]),
    ("Suhu mencapai 36°C.\nKapal itu berputar 180 derajat.", "id",
     [(36, 36, "°C", None), (180, 180, "derajat", None)]),
    ("The 12F lift was shut. The crane swung 90 degrees.", "en",
     [(12, 12, "°F", None), (90, 90, "degrees", None)]),
    ("Temperatures reached 31°C on Monday. Highs near 33 degrees are expected.", "en",
     [(31, 31, "°C", None), (33, 33, "°C", None)]),
    ("The forecast names 40°C for Delhi.\nThe weather office said so. It stayed above 38 degrees.", "en",
     [(40, 40, "°C", None), (38, None, "°C", "more_than")]),
    ("It was 40C in Delhi and 100F in Dallas, and 2 degrees warmer inland.", "en",
     [(40, 40, "°C", None), (100, 100, "°F", None), (2, 2, "degrees", None)]),
])
def test_a_bare_degree_takes_the_scale_the_text_names(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A part of a group counts the group's noun, told before it, even in the sentence before.
    ("Sebanyak 30 nelayan hilang. Lima di antaranya ditemukan selamat.", "id",
     [(30, 30, "nelayan", None), (5, 5, "nelayan", None)]),
    ("Some 80 pupils fell ill. Twelve of them were kept in hospital.", "en",
     [(80, 80, "pupils", "approx"), (12, 12, "pupils", None)]),
    # The group before it wins over a count written after it.
    ("Ada 20 relawan, 8 diantaranya berjaga dan 3 dokter lainnya pulang.", "id",
     [(20, 20, "relawan", None), (8, 8, "relawan", None), (3, 3, "dokter", None)]),
])
def test_a_part_counts_the_noun_of_its_group(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A scaled figure right after a sentence about a scaled amount of money of the same size
    # goes on in that money (a forecast next to the result) ...
    ("Net profit fell to 2.3 billion euros. Analysts had forecast 2.5 billion.", "en",
     [(2.3e9, 2.3e9, "EUR", None), (2.5e9, 2.5e9, "EUR", None)]),
    ("Laba bersih Rp 4,1 triliun. Analis memperkirakan 3,9 triliun.", "id",
     [(4.1e12, 4.1e12, "IDR", None), (3.9e12, 3.9e12, "IDR", None)]),
    # ... a figure of another size, or two sentences on, is another thing.
    ("Revenue hit 8 trillion won. Subscribers reached 3 million.", "en",
     [(8e12, 8e12, "KRW", None), (3e6, 3e6, None, None)]),
    ("Costs were 2 billion pesos. Work starts soon. Bids reached 2.2 billion.", "en",
     [(2e9, 2e9, "PHP", None), (2.2e9, 2.2e9, None, None)]),
])
def test_money_goes_on_into_the_next_sentence_for_a_figure_of_its_size(sentence, language, expected):
    assert values(sentence, language) == expected
