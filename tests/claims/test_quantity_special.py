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
