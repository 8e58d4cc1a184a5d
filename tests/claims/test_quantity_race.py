"""Finishing and lap times written like a clock (quantity_race). Sentences are invented."""
import pytest

from claims.quantities import find_quantities


def values(sentence, language):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # Hours, minutes and seconds after a cue: a duration in hours.
    ("The Kenyan won the marathon in 2:07:30 on Sunday.", "en", [(2.125, 2.125, "hours", None)]),
    ("She clocked 1:05:24 over the half-marathon course.", "en", [(1.09, 1.09, "hours", None)]),
    ("He finished in a time of 2:45:36.", "en", [(2.76, 2.76, "hours", None)]),
    ("Ia finis dengan catatan waktu 2:30:18.", "id", [(2.505, 2.505, "hours", None)]),
    ("Pelari muda itu menang dalam 1:12:00.", "id", [(1.2, 1.2, "hours", None)]),
    # Minutes, seconds and a fraction: a lap or mile time in minutes, cue or not.
    ("Her best mile was 4:12.6 this season.", "en", [(4.21, 4.21, "minute", None)]),
    ("Ia mencatat waktu 1:41.3 di lintasan.", "id", [(1.6883, 1.6883, "minute", None)]),
    # Minutes and seconds alone need a word naming a result.
    ("He clocked 13:45 in the 5,000 metres.", "en", [(13.75, 13.75, "minute", None), (5000, 5000, "m", None)]),
])
def test_finishing_times_are_durations(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language", [
    # Clock times stay out of the quantities.
    # A cue word before it, but a time zone after: the race rule itself leaves these out.
    ("Gempa tercatat dalam waktu 03:18:42 WIB.", "id"),
    ("Sinyal hilang dalam waktu 11:52:07 waktu setempat.", "id"),
    ("The probe went silent in 04:31:16 Pacific time.", "en"),
    ("Acara dimulai 20:00 WIB di alun-alun.", "id"),
    ("The polls open at 7:30 a.m. on Friday.", "en"),
    ("The train left at 10:15 from the main station.", "en"),
    ("The alarm went off at 06:12:40 in the morning.", "en"),
    ("Sirene berbunyi pada 09:14:05 WIB.", "id"),
    # A map scale with a thousands mark is no lap time.
    ("Peta berskala 1:25.000 dibagikan kepada warga.", "id"),
])
def test_clock_times_are_not_quantities(sentence, language):
    assert values(sentence, language) == []


@pytest.mark.parametrize("sentence, expected", [
    # A result written with full stops, in three parts, after a cue.
    ("Ia finis dengan catatan waktu 2.12.36 di Semarang.", [(2.21, 2.21, "hours", None)]),
    ("Pelari itu menang dalam 1.04.48.", [(1.08, 1.08, "hours", None)]),
    # A clock time with seconds and a zone stays out.
    ("Sirene berbunyi dalam waktu 10.15.30 WIB.", []),
])
def test_dotted_results_in_indonesian(sentence, expected):
    assert values(sentence, "id") == expected
