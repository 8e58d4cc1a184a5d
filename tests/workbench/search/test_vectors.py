"""VectorIndex: the bulk path (add_many, per-group centring) against the one-by-one path,
and the lexical evidence that re-ranks its candidates."""
import json

import numpy as np
import pytest

from workbench.search import VectorIndex
from workbench.search.lexical import NUMBER_CONFLICT_PENALTY, lexical_bonus, signature
from workbench.search.similarity import claim_parts

DIM = 16


def unit_rows(n, seed=0):
    rows = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_add_many_finds_what_adding_one_by_one_finds():
    vectors = unit_rows(50)
    ids, articles = list(range(100, 150)), [i // 5 for i in range(50)]
    one_by_one, bulk = VectorIndex(dim=DIM, capacity=4), VectorIndex(dim=DIM, capacity=4)
    for claim_id, article_id, vector in zip(ids, articles, vectors):
        one_by_one.add(claim_id, article_id, vector)
    bulk.add_many(ids[:20], articles[:20], vectors[:20])
    bulk.add_many(ids[20:], articles[20:], vectors[20:] * 3)     # scaled: stored unit length
    for query in unit_rows(5, seed=1):
        got = bulk.nearest(query, k=7, exclude_article_ids=[2])
        want = one_by_one.nearest(query, k=7, exclude_article_ids=[2])
        assert [(c, a) for c, a, _ in got] == [(c, a) for c, a, _ in want]
        assert [s for _, _, s in got] == pytest.approx([s for _, _, s in want], abs=1e-6)
        assert 2 not in [a for _, a, _ in got]
    bulk.remove(105)
    assert 105 not in [c for c, _, _ in bulk.nearest(vectors[5], k=50)] and len(bulk) == 49


def test_add_many_refuses_ids_it_already_holds():
    index = VectorIndex(dim=DIM)
    index.add_many([1, 2], [1, 1], unit_rows(2))
    with pytest.raises(ValueError):
        index.add_many([2, 3], [1, 1], unit_rows(2))
    with pytest.raises(ValueError):
        index.add_many([4, 4], [1, 1], unit_rows(2))


@pytest.mark.parametrize("stored", [
    json.dumps([{"text": "Kota Baruna", "label": "LOC"}]),      # JSON text (SQLite)
    [{"text": "Kota Baruna", "label": "LOC"}],                  # decoded (PostgreSQL)
], ids=["json-text", "decoded"])
def test_entities_stored_as_json_are_read_for_the_signature(stored):
    index = VectorIndex(dim=DIM)
    vectors = unit_rows(2)
    index.add_many([1, 2], [1, 2], vectors, ["a fire in the market", "a fire in the market"],
                   [stored, "[]"])
    with_name = index.similar(vectors[0], "fire", ["Kota Baruna"], k=2)
    assert [c.claim_id for c in with_name] == [1, 2]
    assert with_name[0].score - with_name[0].similarity > 0          # the shared entity
    assert with_name[1].score == pytest.approx(with_name[1].similarity)


def test_signature_text_spells_out_what_the_signature_reads():
    index = VectorIndex(dim=DIM, signature_text=lambda text: text.replace("nine", "9"))
    vector = unit_rows(1)[0]
    index.add(1, 1, vector, "nine passengers were found")
    found = index.similar(vector, "9 passengers were found", k=1)[0]
    assert found.score > found.similarity and index.text(1) == "nine passengers were found"


def test_shift_rows_centres_each_group_and_keeps_unit_length():
    index = VectorIndex(dim=DIM)
    offset = np.zeros(DIM, dtype=np.float32)
    offset[0] = 2.0
    vectors = unit_rows(40)
    vectors[20:] += offset                   # the second group sits off to one side
    index.add_many(range(40), range(40), vectors)
    groups = np.array([0] * 20 + [1] * 20)
    means = np.stack([index.mean_of(groups == 0), index.mean_of(groups == 1)])
    assert means[1][0] - means[0][0] > 0.5
    index.shift_rows(groups, means)
    centred = index._matrix[:40]
    assert np.allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-5)
    assert abs(centred[groups == 1].mean(axis=0)[0]) < 0.2


def test_numbers_that_all_differ_cost_what_agreeing_earns():
    ours = signature("Sebanyak 70 pendaki terjebak di gunung")
    same = lexical_bonus(ours, signature("70 climbers were trapped on the mountain"))
    differ = lexical_bonus(ours, signature("75 climbers were trapped on the mountain"))
    none = lexical_bonus(ours, signature("climbers were trapped on the mountain"))
    assert same > none == 0 > differ
    assert differ == pytest.approx(-NUMBER_CONFLICT_PENALTY)
    # one number shared, another not: an update of the same fact, not a contradiction
    assert lexical_bonus(signature("70 trapped, 3 dead"), signature("70 trapped, 4 dead")) > 0


def test_claim_parts_splits_a_long_claim_into_its_statements():
    parts = claim_parts("A fire at a market in Baruna killed three people, injured 14 others "
                        "and destroyed more than 200 stalls")
    assert parts == ["A fire at a market in Baruna killed three people",
                     "destroyed more than 200 stalls"]
    assert claim_parts("Kebakaran menghanguskan 1.250 kios dan gudang") == []
    assert claim_parts("Harga naik 3,5 persen pada bulan Juli, kata dia") == []
