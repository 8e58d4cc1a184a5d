from workbench.search import ClaimDoc, ClaimIndex
from workbench.search.check import compare


def test_compare_finds_missing_stale_and_extra():
    diff = compare({1: "3", 2: "1", 4: "2"}, {"1": "3", "2": "0", "3": "5"})
    assert diff.missing == {"4"} and diff.stale == {"2"} and diff.extra == {"3"}
    assert not diff.clean
    assert compare({1: 2}, {"1": "2"}).clean


def test_repair_from_the_diff_makes_the_index_clean(tmp_path):
    ix = ClaimIndex(str(tmp_path))
    ix.update([ClaimDoc(1, "Harga naik", stamp="1"), ClaimDoc(2, "Harga turun", stamp="1")])
    database = {1: ClaimDoc(1, "Harga naik tajam", stamp="2"),
                3: ClaimDoc(3, "Harga tetap", stamp="1")}
    diff = compare({k: d.stamp for k, d in database.items()}, ix.doc_stamps())
    ix.apply(upserts=[database[int(k)] for k in diff.missing | diff.stale],
             deletes=diff.extra)
    assert compare({k: d.stamp for k, d in database.items()}, ix.doc_stamps()).clean
    assert [h.claim_id for h in ix.search("tajam").hits] == ["1"]
