import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import claimtypes
from claims.claimtypes import claim_types, letter_runs


@pytest.mark.parametrize("span, kwargs, expected", [
    ("Polisi menangkap dua tersangka", {"quantities": True}, ("event", "quantity")),
    ("Ia menjabat sebagai bupati sejak 2019", {"dated": True}, ("status", "date")),
    ("Harga emas lebih tinggi dari pekan lalu", {}, ("comparison",)),
    ("Jembatan itu akan dibuka pada Maret", {"source": "Dinas PU"}, ("prediction", "attribution")),
    ("We have enough food for a week", {"quote": True, "source": "Ana"}, ("quote",)),
    ("The team won the final", {}, ("event", "comparison")),   # a win is an act and a comparison
    ("Kota itu sepi", {}, ("other",)),
])
def test_claim_types(span, kwargs, expected):
    args = {"quantities": False, "dated": False, "source": None, "quote": False, **kwargs}
    assert claim_types(span, **args) == expected


def types(span, quantities=False):
    return claim_types(span, quantities=quantities, dated=False, source=None, quote=False)


# "was"/"were" before a participle make a past passive: a happening, not a state (rule 7).
@pytest.mark.parametrize("span, kinds", [
    ("Tremors were felt across the capital", ("event",)),
    ("His licence was revoked for two years", ("event",)),
    ("The flag was not raised during the ceremony", ("event",)),
    ("A court has jailed a driver for 6 years, ending a trial that was broadcast live", ("event",)),
    ("Two soldiers were hurt in the blast", ("event",)),
    # a state stays one, and so does a copula before anything but a participle
    ("The mayor was a teacher before 2010", ("status",)),
    ("Polling stations were open from 7 a.m.", ("status",)),
    ("The results were mixed", ("status",)),
    ("The minister was pleased with the growth", ("status",)),
    ("All 40 passengers were unharmed", ("status",)),
    ("The road is closed to traffic", ("status",)),
    # a second, stative copula keeps the state
    ("The bridge was built in 1990 and is now a landmark", ("status",)),
])
def test_a_past_passive_is_a_happening(span, kinds):
    found = types(span)
    assert tuple(k for k in found if k in ("event", "status")) == kinds


# A plan has not happened yet: it is a prediction, not an event (rule 7).
@pytest.mark.parametrize("span", [
    "Pasar baru dijadwalkan dibuka pada Agustus",
    "Pemerintah akan membangun tiga bendungan",
    "The council will vote on the budget next week",
    "The plant is expected to reopen in June",
    # an expectation said in the active voice
    "The ministry expects exports to grow 4 percent next year",
    "Analysts predict the rate to fall in March",
])
def test_plans_are_predictions_not_events(span):
    assert "prediction" in types(span) and "event" not in types(span)


# States, roles and locations are statuses, not happenings.
@pytest.mark.parametrize("span", [
    "Desa itu terletak 12 km dari kawah",
    "Ia menjabat sebagai kepala dinas sejak 2020",
    "Semua korban berusia di bawah 10 tahun",
    "The ministry is led by a former banker",
])
def test_states_are_statuses_not_events(span):
    assert "status" in types(span) and "event" not in types(span)


# A verb that only moves a figure states a level or a change.
@pytest.mark.parametrize("span", [
    "Exports climbed 4 percent to $12 billion",
    "Partai itu meraih 21 persen suara",
])
def test_a_figure_that_moves_is_no_event(span):
    assert "event" not in types(span, quantities=True)


@pytest.mark.parametrize("span, quantities", [
    ("Polisi menangkap tiga tersangka di Medan", True),
    ("The army evacuated 400 residents on Sunday", True),
    ("Ia kini ditahan setelah menyerahkan diri", False),
    # an English clause with few function words is still read as English ("in", "an")
    ("crews began clearing debris in an empty lot", False),
    # ("300-an" holds no English word "an")
    ("Sebanyak 300-an warga dievakuasi tim SAR gabungan", True),
    # winning is an act as well as a comparison (rule 7)
    ("The Rovers won the regional cup on penalties", False),
])
def test_actions_stay_events(span, quantities):
    assert "event" in types(span, quantities)


@pytest.mark.parametrize("pattern, phrases", [
    (claimtypes._COMPARISON_PHRASE, claimtypes._COMPARISON_PHRASES),
    (claimtypes._PREDICTION_PHRASE, claimtypes._PREDICTION_PHRASES),
])
def test_a_phrase_pattern_finds_exactly_the_phrases_written_anywhere(pattern, phrases):
    for phrase in phrases:
        for text in (phrase, f"x{phrase}y", f"harga {phrase} dari target"):
            assert pattern.search(text)
    assert not pattern.search("banjir merendam 40 rumah di bandung")


# English nouns that open like Indonesian affixed verbs ("metres", "terminal", "director",
# "members") are no happenings; English events are told by their past tense.
@pytest.mark.parametrize("span, event", [
    ("The hill village lies some 900 metres above the coast", False),
    ("The terminal is the largest in the region", False),
    ("The director of the agency is a former diplomat", False),
    ("Rescuers found the bodies of two hikers", True),
    ("The river burst its banks on Monday", True),
    ("Polisi menangkap dua tersangka", True),
])
def test_english_spans_take_only_english_verbs_as_events(span, event):
    assert ("event" in types(span, quantities=True)) is event


@pytest.mark.parametrize("span", [
    "Kota itu terdiri atas enam kecamatan",
    "Kabupaten itu berbatasan dengan Samudra Hindia",
    "The council consists of nine members",
])
def test_what_a_place_or_body_is_made_of_is_a_status(span):
    assert "status" in types(span, quantities=True) and "event" not in types(span, quantities=True)


# Pronouns, prepositions, nouns and adjectives that open like affixed verbs ("mereka",
# "menurut", "tersangka", "berbagai") are no action; stative verbs ("berfungsi", "dikenal")
# make a state.
@pytest.mark.parametrize("span, expected", [
    ("Menurut mereka, berbagai berita itu keliru", ("other",)),
    ("Rumah itu berfungsi sebagai posko pengungsian", ("status",)),
    ("Desa itu dikenal sebagai sentra kopi", ("status",)),
    ("Polisi menetapkan dua tersangka", ("event",)),
])
def test_words_that_only_look_like_affixed_verbs(span, expected):
    assert types(span) == expected


# "plan" as a noun names something that may lie in the past; the verb looks ahead.
@pytest.mark.parametrize("span, planned", [
    ("Two council members voted against the plan", False),
    ("Rencana itu ditolak DPRD pada Senin", False),
    ("The province plans to sell green bonds", True),
    ("A new terminal is planned for 2027", True),
    ("Pemprov menargetkan ekspor kopi naik 10 persen", True),
    ("The minister pledged to rebuild the bridge", True),
    # "berencana" after a noun and before no verb is "premeditated"
    ("Terdakwa terbukti melakukan pembunuhan berencana terhadap korban", False),
    ("Ia didakwa melakukan pembunuhan berencana", False),
    ("Polisi menyebut peristiwa itu kejahatan berencana", False),
    ("Polisi berencana memanggil dua saksi lagi", True),
    ("Warga berencana dan bersiap mengungsi", True),
    ("Perusahaan berencana dan siap membangun gudang baru", True),
    # a claim that names the crime and a plan still plans
    ("Jaksa berencana menghadirkan lima saksi dalam sidang pembunuhan berencana terhadap korban", True),
])
def test_only_a_plan_said_as_a_verb_is_a_prediction(span, planned):
    assert ("prediction" in types(span)) is planned


def test_every_phrase_holds_one_of_the_parts_that_gate_its_search():
    # The gates may skip a phrase search only because no phrase can match without a part.
    for phrases, parts in ((claimtypes._COMPARISON_PHRASES, claimtypes.COMPARISON_PARTS),
                           (claimtypes._PREDICTION_PHRASES, claimtypes.PREDICTION_PARTS)):
        assert all(any(part in phrase for part in parts) for phrase in phrases)


@pytest.mark.parametrize("span", [
    "Harga cabai lebih tinggi daripada pekan lalu", "Ini pertama kali banjir datang",
    "The city plans to open two shelters", "Rencana pemerintah untuk membangun tanggul",
    "Work is set to begin in May", "Harga beras naik 3 persen", "Warga mengungsi ke sekolah",
])
def test_the_phrase_gates_change_no_type(span, monkeypatch):
    gated = types(span, quantities=True)
    monkeypatch.setattr(claimtypes, "holds_any", lambda low, parts: True)
    assert types(span, quantities=True) == gated


# A forecast named as a noun is what a figure is measured against; forecasting is a plan.
@pytest.mark.parametrize("span, planned", [
    ("Growth was below the 4.9% median forecast in a poll of economists", False),
    ("The bank forecast growth of 5% next year", True),
    ("Exports are forecast to rise 3% in June", True),
])
def test_a_forecast_named_as_a_noun_is_no_prediction(span, planned):
    types = claim_types(span, quantities=True, dated=False, source=None, quote=False)
    assert ("prediction" in types) is planned


def test_a_forecast_raised_still_forecasts():
    types = claim_types("The bank raised its growth forecast for 2025 to 5.2 percent", quantities=True, dated=True,
                        source=None, quote=False)
    assert "prediction" in types


def test_lowered_words_are_the_lower_cased_span_and_its_letter_runs():
    # shared by checkworthiness and claim_types: the second reading of a span is a cache hit
    assert claimtypes.lowered_words("Harga BBM naik 3,4% di Medan") == \
        ("harga bbm naik 3,4% di medan", ("harga", "bbm", "naik", "di", "medan"))


# --- letter_runs: the runs of a-z, without a regex pass ------------------------------------------
@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abzAZ'’ -_.,0\n\t\u00a0é\u0131\u017f\u0130\u212a\ud800ß😀")),
                 max_size=40))
def test_letter_runs_are_the_regex_runs(text):
    low = text.lower()
    assert letter_runs(low) == re.findall(r"[a-z]+", low)


def test_letter_runs_split_at_every_other_character():
    assert letter_runs("kata budi, 2024: ’naik’ x-y é z") == ["kata", "budi", "naik", "x", "y", "z"]


# A move told from its base, cut off the figure before it, compares the two (rule 7).
@pytest.mark.parametrize("span", ["up from 515 in 2024", "down 6 percent from a year earlier",
                                  "naik dari Rp1.100 sepekan sebelumnya", "turun 10 persen dibandingkan bulan lalu"])
def test_a_move_from_a_base_is_a_comparison(span):
    assert "comparison" in types(span, quantities=True)


@pytest.mark.parametrize("span", ["Turun dari mobil, Presiden langsung menyapa warga di pasar",
                                  "The rally drew supporters, down from party headquarters"])
def test_a_move_word_without_a_figure_compares_nothing(span):
    assert "comparison" not in types(span)
