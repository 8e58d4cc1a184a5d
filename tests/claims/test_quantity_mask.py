"""The mask picks its patterns by the needles a window holds (quantity_mask._masks_for)."""
import pytest

from claims import quantity_mask as qm
from claims.text_features import features


def _opened_one_by_one(present):
    # the plain reading: a mask is tried when one of its needles is present
    return tuple(mask for mask, (_, needles) in zip(qm._GATED_MASKS, qm._MASKS) if not needles.isdisjoint(present))


@pytest.mark.parametrize("sentence", [
    "Rapat dimulai pukul 09.30 WIB di gedung DPRD.",
    "The flight left at 9:02 a.m. from gate 4.",
    "Pasangan nomor urut 2 meraih 51 persen suara.",
    "Hubungi 0812-3456-7890 untuk informasi.",
    "Harga naik sejak 1990-an, kata warga.",
    "Sebanyak 40 orang mengungsi ke balai desa.",
    "Article 27 of the law names no penalty.",
])
def test_masks_for_opens_the_masks_whose_needles_are_present(sentence):
    present = features(sentence, 0, len(sentence))
    assert qm._masks_for(present) == _opened_one_by_one(present)


@pytest.mark.parametrize("sentence, masked", [
    ("Rapat dimulai pukul 09.30 WIB di gedung DPRD.", "pukul 09.30 WIB"),
    ("Pasangan nomor urut 2 meraih 51 persen suara.", "nomor urut 2"),
    ("Article 27 of the law names no penalty.", "Article 27"),
    # every slot of one ballot phrase
    ("Selisih antara pasangan nomor urut 3 dan 4 hanya 812 suara.", "nomor urut 3 dan 4"),
    ("Pasangan nomor urut 1, 3, dan 5 mendaftar ulang.", "nomor urut 1, 3, dan 5"),
    # "jam" after a day of the month is still a clock time.
    ("Rapat digelar tanggal 14 jam 9 pagi di balai kota.", "14 jam 9 pagi"),
    ("Pada 8 jam 6 sore, warga berkumpul.", "8 jam 6 sore"),
    ("Sidang dibuka tanggal 3 jam 13.30.", "3 jam 13.30"),
    # a number glued to a capitalised name by a hyphen
    ("Bank sentral menahan 7-Day Reverse Repo Rate di 6 persen.", "7-Day"),
])
def test_masked_spans_cover_times_ballot_and_article_numbers(sentence, masked):
    spans = qm.masked_spans(sentence, 0, len(sentence))
    start = sentence.index(masked)
    assert any(a <= start and start + len(masked) <= b for a, b in spans)


def test_a_plain_count_opens_only_the_phone_mask():
    # any digit may open a phone number (its needle is the digit feature); no time, ballot or
    # article word and no mark opens the others
    sentence = "Sebanyak 40 orang mengungsi ke balai desa"
    phone = qm._GATED_MASKS[6]
    assert qm._masks_for(features(sentence, 0, len(sentence))) == (phone,)


def test_a_sentence_without_digits_or_marks_opens_no_mask():
    sentence = "Warga mengungsi ke balai desa"
    assert qm._masks_for(features(sentence, 0, len(sentence))) == ()


def test_jam_after_a_count_is_a_duration_and_not_masked():
    sentence = "Operasi berlangsung 3 jam 25 menit."
    spans = qm.masked_spans(sentence, 0, len(sentence))
    start = sentence.index("jam 25")
    assert not any(a <= start < b for a, b in spans)


def test_a_hyphened_measure_before_a_lower_case_noun_is_no_name():
    sentence = "The 14-Day quarantine rule ended in May."
    spans = qm.masked_spans(sentence, 0, len(sentence))
    assert not any(a <= sentence.index("14") < b for a, b in spans)


@pytest.mark.parametrize("text, lo, hi", [
    ("KTT G20 di Bali", 0, 15), ("COVID-19 menyebar", 0, 17), ("merendam 4352 rumah", 0, 19),
    ("x1", 1, 2), ("a 12 b", 0, 6), ("Tahun 2024-2025", 0, 15), ("kode Ä7 dan ٣", 0, 13), ("", 0, 0),
])
def test_glued_digit_gate_never_hides_a_glued_run(text, lo, hi):
    # the gate may say yes where the pattern finds nothing, never no where it finds a run
    if not qm._may_hold_glued_digits(text, lo, hi):
        assert not list(qm._GLUED_DIGIT_RUN.finditer(text, lo, hi))


@pytest.mark.parametrize("text", ["pukul 14.54 WIB", "at 9:02 am", "rumah. Warga", "Rp 2.500 juta", "pukul 14.54 siang", ""])
def test_clock_time_gate_answers_as_its_pattern(text):
    assert qm._may_hold_a_clock_time(text, 0, len(text)) == (qm._CLOCK_GATE.search(text, 0, len(text)) is not None)
