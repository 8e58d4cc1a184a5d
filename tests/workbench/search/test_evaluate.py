"""The postings evaluator must find what Whoosh finds, scored and ordered the same."""
import random

import numpy as np
import pytest
from whoosh import query as wq

from workbench.search import ClaimDoc, ClaimIndex, SearchFilters
from workbench.search.evaluate import PostingsEvaluator
from workbench.search.matches import Matches, intersection, top_page
from workbench.search.postings import decode, positions_for
from workbench.search.query import build_query

# A made-up vocabulary: affixed Indonesian forms and English words, so that stemming
# merges some of them, and numbers.
ID_WORDS = ("harga naik menaikkan kenaikan beras gula dikirim mengirim kiriman pasar "
            "warga desa banjir bantuan dana subsidi tidak yang di 3.000 12").split()
EN_WORDS = "price prices rising rose rice sugar sent sending market flood aid the 3,000 12".split()
STATUSES = ("new", "published", "in_progress")


def random_doc(rng, claim_id):
    lang = rng.choice(("id", "id", "en"))
    words = [rng.choice(ID_WORDS if lang == "id" else EN_WORDS)
             for _ in range(rng.randint(2, 14))]
    return ClaimDoc(claim_id, " ".join(words), lang, claim_id // 3,
                    outlet=rng.choice(("a", "b", "c")), status=rng.choice(STATUSES),
                    published=f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    has_evidence=rng.random() < 0.3)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """Several segments, with upserts and deletions in them."""
    rng = random.Random(11)
    ix = ClaimIndex(str(tmp_path_factory.mktemp("evaluate") / "search"))
    ix.rebuild([random_doc(rng, n) for n in range(300)])
    for batch in range(4):
        ix.update(random_doc(rng, rng.randrange(400)) for _ in range(40))
        ix.delete(rng.randrange(400) for _ in range(15))
    yield ix
    ix.close()


def queries():
    rng = random.Random(12)
    words = ID_WORDS + EN_WORDS
    for _ in range(60):
        text = " ".join(rng.sample(words, rng.randint(1, 3)))
        if rng.random() < 0.3:
            text = text.replace(" ", " OR ", 1)
        elif rng.random() < 0.3:
            text = f"\"{text}\""
        filters = None
        if rng.random() < 0.4:
            filters = SearchFilters(status=tuple(rng.sample(STATUSES, rng.randint(1, 2))),
                                    date_from=rng.choice((None, "2024-03-01")),
                                    date_to=rng.choice((None, "2024-07-15")))
        yield text, filters


EMPTY_BOX = [("", None), ("", SearchFilters(status=("new",))),
             ("", SearchFilters(date_from="2024-03-01"))]
FIELDED = [("status:published harga", None), ("outlet:a OR outlet:b", None),
           ("lang:en (price OR rice)", None), ("(harga OR beras) (naik OR gula)", None),
           ("harga", SearchFilters(outlet=("a", "c"), has_evidence=True)),
           ("price", SearchFilters(language=("en",), date_to="2024-05-01"))]
PHRASES = ['"harga naik"', '"beras gula"', '"harga harga"', '"3.000 12"', '"yang di"',
           '"naik beras gula"', '"price rice"', 'note:"harga naik"', '"harga naik" beras']


def whoosh_matches(searcher, q):
    results = searcher.search(q, limit=None)
    return [(hit.docnum, hit.score) for hit in results]


@pytest.mark.parametrize("text, filters",
                         [*queries(), *((p, None) for p in PHRASES), *EMPTY_BOX, *FIELDED])
def test_same_matches_and_scores_as_whoosh(index, text, filters):
    q, _ = build_query(text, filters, index.schema)
    if q is wq.NullQuery:       # only stop words: nothing to look for
        assert index.search(text, filters).total == 0
        return
    with index._lock:
        searcher = index._fresh_searcher()
        dates = index._facets.arrays(searcher.reader())["published"]
        ours = PostingsEvaluator().evaluate(searcher, q, dates)
        theirs = whoosh_matches(searcher, q)
    assert ours is not None, q
    assert sorted(ours.docnums.tolist()) == sorted(d for d, _ in theirs)
    by_doc = dict(zip(ours.docnums.tolist(), ours.scores.tolist()))
    assert [by_doc[d] for d, _ in theirs] == pytest.approx([s for _, s in theirs])


@pytest.mark.parametrize("text, filters", list(queries())[:20])
def test_a_page_is_ordered_as_whoosh_orders_it(index, text, filters):
    q, _ = build_query(text, filters, index.schema)
    with index._lock:
        searcher = index._fresh_searcher()
        expected = [searcher.stored_fields(d)["id"]
                    for d, _ in whoosh_matches(searcher, q)]
    for page in (1, 2):
        found = index.search(text, filters, page=page, pagesize=7)
        assert [h.claim_id for h in found.hits] == expected[(page - 1) * 7:page * 7]
        assert found.total == len(expected)


def test_deleted_claims_are_not_found(index):
    index.update([ClaimDoc(1000, "kata unik sekali", "id", 1)])
    assert index.search("unik").total == 1
    index.delete([1000])
    assert index.search("unik").total == 0


@pytest.mark.parametrize("text, supported", [
    ('"harga naik"', True), ("note:harga", True), ('note:"harga naik"', True),
    ("harga NOT beras", False), ("harga ANDMAYBE beras", False)])
def test_which_queries_are_evaluated(index, text, supported):
    q, _ = build_query(text, None, index.schema)
    assert PostingsEvaluator().supports(q, index.schema) == supported


def test_decoded_postings_are_kept_within_the_budget(index):
    evaluator = PostingsEvaluator(max_postings=50)
    with index._lock:
        searcher = index._fresh_searcher()
        dates = index._facets.arrays(searcher.reader())["published"]
        for word in ("harga", "beras", "price", "rice", "gula"):
            q, _ = build_query(word, None, index.schema)
            evaluator.evaluate(searcher, q, dates)
    assert evaluator._cache.size <= 50 or len(evaluator._cache) == 1
    assert len(evaluator._cache) < 5 * 2        # five words, two fields each: some dropped


def test_an_and_with_a_term_without_postings_matches_nothing():
    some = Matches(np.array([1, 5, 9]), np.ones(3))
    none = Matches(np.zeros(0, dtype=np.int32), np.zeros(0))
    assert intersection([some, none]) is None
    both = intersection([some, Matches(np.array([5, 9, 12, 20]), np.full(4, 2.0))])
    assert both.docnums.tolist() == [5, 9] and both.scores.tolist() == [3.0, 3.0]


@pytest.mark.parametrize("seed", range(20))
def test_a_page_is_best_first_with_ties_by_document_number(seed):
    rng = np.random.default_rng(seed)
    docnums = np.sort(rng.choice(1000, size=60, replace=False))
    scores = rng.integers(1, 4, size=60).astype(float)       # many ties
    expected = sorted(zip(docnums.tolist(), scores.tolist()), key=lambda ds: (-ds[1], ds[0]))
    for first in (0, 7, 55, 60):
        assert top_page(Matches(docnums, scores), first, 10) == expected[first:first + 10]


@pytest.mark.parametrize("text", PHRASES)
@pytest.mark.parametrize("words_first", [False, True])
def test_phrase_positions_kept_or_read_for_the_candidates_find_the_same(index, text,
                                                                        words_first):
    # A phrase's words decoded for it keep their positions; decoded earlier for a plain
    # term query, they do not, and the phrase reads positions for its candidates only.
    q, _ = build_query(text, None, index.schema)
    evaluator = PostingsEvaluator()
    with index._lock:
        searcher = index._fresh_searcher()
        dates = index._facets.arrays(searcher.reader())["published"]
        expected = sorted(d for d, _ in whoosh_matches(searcher, q))
        if words_first:
            words = [t for t in q.all_terms() if t[0] == "exact"]
            evaluator.evaluate(searcher, wq.Or([wq.Term(f, w) for f, w in words]), dates)
        for _ in range(2):
            assert sorted(evaluator.evaluate(searcher, q, dates).docnums.tolist()) == expected


def test_positions_read_through_the_matcher_equal_those_read_by_block(index):
    with index._lock:
        leaf = index._fresh_searcher().reader().leaf_readers()[0][0]
        positions_format = leaf.schema["exact"].format
        for word in ("harga", "yang", "3000", "rice"):
            ids, _, _ = decode(leaf.postings("exact", word))
            wanted = np.arange(len(ids))[::2]
            by_block = positions_for(leaf.postings("exact", word), positions_format, wanted)
            by_matcher = positions_for(leaf.postings("exact", word), None, wanted)
            assert len(by_block[0]) == len(wanted) and by_block[1].min() >= 0
            assert [a.tolist() for a in by_block] == [b.tolist() for b in by_matcher]


def test_merged_away_segments_are_forgotten(tmp_path):
    ix = ClaimIndex(str(tmp_path / "search"))
    for n in range(12):         # many small commits: Whoosh merges their segments
        ix.update([ClaimDoc(n, f"harga cabai {n}", "id", n)])
        assert ix.search("harga cabai").total == n + 1
    with ix._lock:
        live = {leaf.segment().segment_id()
                for leaf, _ in ix._fresh_searcher().reader().leaf_readers()}
    assert {segment for segment, _ in ix._evaluator._lengths} <= live
    ix.close()
