"""Institution names that hold "dan"/"and" or list commas are one entity; two bodies joined
by "dan" are two (the source reader's rule, shared)."""
import pytest

from claims.entities import find_entities


def named(sentence, language="id"):
    return [(e.text, e.kind) for e in find_entities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # a body written as a list, closed by its acronym
    ("Peringatan itu dikeluarkan Badan Cuaca, Iklim, dan Gempa (BCIG) pagi tadi.", "id",
     [("Badan Cuaca, Iklim, dan Gempa", "org"), ("BCIG", "org")]),
    # a body written as a list after its head
    ("Inspectors from the Office of Weights, Measures and Standards visited.", "en",
     [("Office of Weights, Measures and Standards", "org")]),
    # an English body closed by its tail noun after "and"
    ("The Fish and Wildlife Service issued a permit.", "en",
     [("Fish and Wildlife Service", "org")]),
    ("Officials at the Energy and Water Authority declined.", "en",
     [("Energy and Water Authority", "org")]),
    # a head noun before "dan" keeps the portfolio whole
    ("Dinas Pemuda dan Olahraga menggelar lomba.", "id",
     [("Dinas Pemuda dan Olahraga", "org")]),
    # two parties credited together are two entities
    ("Petugas Polda dan TNI berjaga di perbatasan.", "id", [("Polda", "org"), ("TNI", "org")]),
    ("Aparat Kejaksaan dan KPK memeriksa saksi.", "id", [("Kejaksaan", "org"), ("KPK", "org")]),
    # a comma before "dan" closes a body's name: what follows is a second party
    ("Hadir Badan Pengawas Obat, dan Rina Sari Dewi dari kampus.", "id",
     [("Badan Pengawas Obat", "org"), ("Rina Sari Dewi", "person")]),
    # a list of places is still several places
    ("Delegates came from Chile, Peru and Bolivia.", "en",
     [("Chile", "place"), ("Peru", "place"), ("Bolivia", "place")]),
    # a list of people is several people
    ("Ia bertemu Rudi Hartono, Sinta Dewi, dan Agus Salim di kantor.", "id",
     [("Rudi Hartono", "person"), ("Sinta Dewi", "person"), ("Agus Salim", "person")]),
])
def test_names_with_inner_conjunctions(sentence, language, expected):
    assert named(sentence, language) == expected


def test_a_generic_head_alone_names_nothing():
    # "Dinas" written alone mid-sentence is the common noun, not a body's short name
    assert named("Kepala Dinas itu datang, dan dinas lain menyusul.") == []


@pytest.mark.parametrize("sentence, language, expected", [
    # an Indonesian contracted name stands alone
    ("Polda menurunkan 300 personel.", "id", [("Polda", "org")]),
    # a title alone is no body, nor is an English cue word alone
    ("Jaksa menuntut hukuman berat.", "id", []),
    ("The Army said the convoy was hit.", "en", []),
    # a cue the article also writes in lower case is a common noun
    ("Pemerintah daerah dan pemerintah pusat sepakat.", "id", []),
])
def test_lone_cue_words(sentence, language, expected):
    assert named(sentence, language) == expected
