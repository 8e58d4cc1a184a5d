"""Facet columns read in one piece must give what Whoosh reads one document at a time."""
import pytest

from workbench.search import ClaimDoc, ClaimIndex
from workbench.search.facets import DATE_FIELD, column_codes
from workbench.search.schema import FACET_FIELDS

OUTLETS = ["Kabar Pagi", "", "Suara Daérah", "Daily Ledger", "Kabar Pagi", "世界日报", ""]


@pytest.fixture
def leaf(tmp_path):
    ix = ClaimIndex(str(tmp_path / "search"))
    ix.rebuild(ClaimDoc(n, f"Harga cabai nomor {n}", "id" if n % 3 else "en", n,
                        outlet=outlet, status=("new", "published", "")[n % 3],
                        verdict="salah" if n % 2 else "", has_evidence=n % 4 == 0,
                        published=f"2024-0{1 + n % 9}-1{n % 10}" if n % 5 else None)
               for n, outlet in enumerate(OUTLETS * 3))
    with ix._lock:
        yield ix._fresh_searcher().reader().leaf_readers()[0][0]
    ix.close()


@pytest.mark.parametrize("fieldname", [*FACET_FIELDS, DATE_FIELD])
def test_column_read_in_one_piece_equals_whoosh_per_document(leaf, fieldname):
    labels, codes = column_codes(leaf, fieldname)
    per_document = [v.decode("utf-8") if isinstance(v, bytes) else (v or "")
                    for v in leaf.column_reader(fieldname)]
    assert [labels[c] for c in codes] == per_document
    assert len(codes) == leaf.doc_count_all()


def test_the_facet_columns_are_the_kind_read_in_one_piece(leaf):
    # Otherwise the comparison above only compares Whoosh with itself.
    for fieldname in (*FACET_FIELDS, DATE_FIELD):
        assert hasattr(leaf.column_reader(fieldname).raw_column(), "_lengths")


DATES = ["2024-03-02", "", "2023-12-31", "2024-03-02", "2025-01-01", "", "2023-12-31"]


@pytest.mark.parametrize("odd_date", [None, "2024"])       # "2024": not ISO, strings sorted
def test_date_pages_are_the_full_date_order_cut_into_pages(tmp_path, odd_date):
    dates = [*DATES * 4, *([odd_date] if odd_date else [])]
    ix = ClaimIndex(str(tmp_path / "search"))
    ix.rebuild(ClaimDoc(n, f"harga nomor {n}", "id", n, published=d or None)
               for n, d in enumerate(dates))
    oldest = [str(n) for n in sorted(range(len(dates)), key=lambda n: (dates[n], n))]
    for sort, expected in (("oldest", oldest), ("newest", oldest[::-1])):
        for page in (1, 2, 3, 4):
            found = ix.search("harga", sort=sort, page=page, pagesize=8)
            assert [h.claim_id for h in found.hits] == expected[(page - 1) * 8:page * 8]
    ix.close()
