import pytest

from tests.workbench.evidence_fixtures import claim_on, lumbung  # noqa: F401
from workbench.extensions import db
from workbench.services import claim_context


@pytest.mark.parametrize("words, sentences, before, after", [
    # mid-sentence claim: its own sentence is always whole
    ("harga beras naik 12 persen", 0, "Pemerintah Kota Lumbung menyatakan ",
     " sejak Januari 2024."),
    ("stok di gudang cukup untuk tiga bulan", 1,
     "Pemerintah Kota Lumbung menyatakan harga beras naik 12 persen sejak Januari 2024. "
     "Kepala dinas pangan, Wulan Sari, mengatakan ",
     ". Menurut data pasar, 40 pedagang menutup kios mereka pada Maret 2024."),
    # the next sentence is on the next line (paragraph)
    ("Menurut data pasar, 40 pedagang menutup kios mereka pada Maret 2024.", 1,
     "Kepala dinas pangan, Wulan Sari, mengatakan stok di gudang cukup untuk tiga bulan. ",
     "\nWarga berharap operasi pasar digelar sebelum Lebaran."),
    # the first sentence of the article has nothing before it
    ("Pemerintah Kota Lumbung", 1, "",
     " menyatakan harga beras naik 12 persen sejak Januari 2024. Kepala dinas pangan, "
     "Wulan Sari, mengatakan stok di gudang cukup untuk tiga bulan."),
])
def test_the_sentences_around_a_claim(lumbung, words, sentences, before, after):
    claim = claim_on(lumbung, words)
    context = claim_context.around(claim, sentences)
    assert (context.before, context.claim, context.after) == (before, words, after)
    assert context.anchored
    # the page's offsets: where the passage starts in the article text
    assert lumbung.text[context.start:claim.start] == before


def test_an_unanchored_claim_shows_its_own_text_only(lumbung):
    claim = claim_on(lumbung, "Warga berharap operasi pasar digelar sebelum Lebaran.")
    claim.anchored = False
    db.session.flush()
    context = claim_context.around(claim)
    assert (context.before, context.claim, context.after, context.anchored) == (
        "", claim.text, "", False)


def test_facts_lists_source_numbers_dates_and_entities(lumbung):
    claim = claim_on(lumbung, "harga beras naik 12 persen")
    claim.source = "Pemerintah Kota Lumbung"
    claim.quantities = [{"value_min": 12, "value_max": 12, "unit": "percent", "qualifier": None}]
    claim.dates = ["2024-01"]
    claim.entities = [{"text": "Lumbung", "kind": "place"}, {"text": "Wulan Sari", "kind": "person"},
                      {"text": "Lumbung", "kind": "place"}]
    assert claim_context.facts(claim) == {
        "said by": ["Pemerintah Kota Lumbung"], "numbers": ["12 percent"], "dates": ["2024-01"],
        "entities: person": ["Wulan Sari"], "entities: place": ["Lumbung"]}


def test_facts_say_when_nothing_was_found(lumbung):
    claim = claim_on(lumbung, "Warga berharap operasi pasar digelar sebelum Lebaran.")
    assert claim_context.facts(claim) == {"said by": [], "numbers": [], "dates": [],
                                          "entities": []}


def test_the_context_stops_at_page_furniture(lumbung):
    line = "Warga berharap operasi pasar digelar sebelum Lebaran."
    at = lumbung.text.index(line)
    lumbung.boilerplate = [{"start": at, "end": at + len(line), "kind": "ad"}]
    db.session.flush()
    context = claim_context.around(claim_on(lumbung, "40 pedagang menutup kios mereka"))
    assert context.after == " pada Maret 2024."
    assert context.before.startswith("Kepala dinas pangan")


def test_no_sentence_beyond_furniture_is_shown_before_the_claim(lumbung):
    first_line = lumbung.text.index("\n")
    lumbung.boilerplate = [{"start": 0, "end": first_line, "kind": "related"}]
    db.session.flush()
    context = claim_context.around(claim_on(lumbung, "Warga berharap operasi pasar"))
    assert context.before == "" and context.after == " digelar sebelum Lebaran."
