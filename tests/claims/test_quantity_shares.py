import pytest

from claims.embed import embedded_facts
from claims.quantities import find_quantities
from claims.quantity_shares import find_shares


def shares(text):
    return [(q.value_min, q.value_max, q.unit, q.qualifier) for q in find_shares(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("Coal supplies more than half of the island's power.", [(50.0, None, "percent", "more_than")]),
    ("Nearly a third of the town's wells ran dry.", [(None, 33.3, "percent", "nearly")]),
    ("The party won a quarter of the seats.", [(25.0, 25.0, "percent", None)]),
    ("About two-thirds of the budget goes to salaries.", [(66.7, 66.7, "percent", "approx")]),
    ("Sekitar tiga perempat dari warga desa itu petani.", [(75.0, 75.0, "percent", "approx")]),
    ("Separuh dari anggaran habis untuk gaji.", [(50.0, 50.0, "percent", None)]),
    ("Dua pertiga dari warga desa itu mengungsi.", [(66.7, 66.7, "percent", None)]),
    ("More than half of monthly spending goes to rent.", [(50.0, None, "percent", "more_than")]),
    ("About half of seasonal workers left.", [(50.0, 50.0, "percent", "approx")]),
    # an Indonesian fraction before a noun for a group, a place or a holding; "half the" in English
    ("Separuh warga desa itu mengungsi.", [(50.0, 50.0, "percent", None)]),
    ("Hampir sepertiga lahan sawah terendam.", [(None, 33.3, "percent", "nearly")]),
    ("Dua pertiga anggota dewan menolak usulan itu.", [(66.7, 66.7, "percent", None)]),
    ("Half the residents left the village.", [(50.0, 50.0, "percent", None)]),
])
def test_a_fraction_of_a_whole_is_a_share_in_percent(text, expected):
    assert shares(text) == expected


@pytest.mark.parametrize("text", [
    "Sales rose in the first half of 2023.",                 # a part of a period
    "Two goals came in the second half of the match.",
    "Half of the year was dry.",
    "The plant employs half a million people.",             # a count, read elsewhere
    "More than half of the members, 52 percent, backed the plan.",   # restated as a figure
    "The ride takes half an hour.",
    "A quarter of a million people fled the city.",        # a fraction of a unit: a count
    "The crossing took a quarter of an hour.",
    "Rates rose by half of one percent in May.",
    # ... nor an Indonesian fraction of a measure, nor one in an idiom or a name
    "Setengah jam kemudian api padam.",
    "Bendera dikibarkan setengah tiang.",
    "Tim itu lolos ke babak seperempat final.",
    "Half the time the lights were off.",
    "Winning the vote is only half the battle.",
    "He spent half the year abroad.",
])
def test_no_share_where_the_fraction_names_a_period_a_count_or_a_restated_figure(text):
    assert shares(text) == []


def test_a_relative_clause_telling_a_share_is_an_embedded_fact():
    text = "The grid, which carries more than half of the island's power, failed on Monday."
    assert [text[a:b] for a, b, _ in embedded_facts(text, 0, len(text))] == \
        ["The grid, which carries more than half of the island's power"]


def test_a_share_makes_an_indonesian_clause_checkworthy():
    from claims.worth import THRESHOLD, checkworthiness
    text = "Separuh dari warga desa itu bekerja sebagai petani"
    assert checkworthiness(text, 0, len(text), "id") >= THRESHOLD


def test_a_fraction_of_a_unit_adds_no_figure_to_a_clause():
    from claims.worth import THRESHOLD, checkworthiness
    text = "Sekarang banyak pembeli yang cuma beli seperempat"
    assert checkworthiness(text, 0, len(text), "id") < THRESHOLD


# A figure moved by a share of itself ("turun hampir separuh", "fell by a third") asserts the
# size of the move; a fraction before a measure ("setengah jam") is that measure, no share.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Omzet pedagang turun hampir separuh dalam dua pekan", "id", [(None, 50.0, "percent", "nearly"), (2.0, 2.0, "weeks", None)]),
    ("Ticket sales fell by a third.", "en", [(33.3, 33.3, "percent", None)]),
    ("Kereta berangkat setengah jam kemudian", "id", [(0.5, 0.5, "hours", None)]),
    ("Ia membeli seperempat kilo cabai", "id", [(0.25, 0.25, "kg", None)]),
    ("The club reached the quarter final", "en", []),
    ("Home prices rose a third year in a row", "en", []),
    # a gain or a loss by a share, and tenths and fifths
    ("The index has gained a third this year.", "en", [(33.3, 33.3, "percent", None)]),
    ("Coffee prices climbed nearly a fifth in a year.", "en", [(None, 20.0, "percent", "nearly")]),
    ("About a tenth of the staff were laid off.", "en", [(10.0, 10.0, "percent", "approx")]),
    ("Some two-fifths of the forest has burned.", "en", [(40.0, 40.0, "percent", "approx")]),
])
def test_a_move_by_a_share_and_a_fraction_of_a_measure(sentence, language, expected):
    found = find_quantities(sentence, 0, len(sentence), language)
    assert [(q.value_min, q.value_max, q.unit, q.qualifier) for q in found] == expected


# A share told as a ratio ("one in five children") is that share in percent, no count of five.
@pytest.mark.parametrize("sentence, expected", [
    ("One in five children in the district is underweight.", [(20.0, 20.0, "percent", None)]),
    ("Nearly one in every four adults smokes.", [(None, 25.0, "percent", "nearly")]),
])
def test_a_share_told_as_one_in_n(sentence, expected):
    found = find_quantities(sentence, 0, len(sentence), "en")
    assert [(q.value_min, q.value_max, q.unit, q.qualifier) for q in found] == expected
