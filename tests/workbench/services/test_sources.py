import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.workbench.evidence_fixtures import claim, lumbung, other_claim, page_server  # noqa: F401
from workbench.extensions import db
from workbench.models import Source
from workbench.services import evidence, sources
from workbench.services.evidence import LinkDetails
from workbench.services.sources import SourceDetails, SourceProblem

PAGE = """<!doctype html><html><head><title>Laporan harga pangan Lumbung</title></head><body>
<nav>Beranda | Kontak | Masuk</nav>
<article><h1>Laporan harga pangan Lumbung</h1>
<p>Dinas pangan mencatat harga beras medium naik dari Rp 12.000 menjadi Rp 13.440 per kilogram
selama triwulan pertama tahun ini, kenaikan sekitar dua belas persen.</p>
<p>Stok beras di gudang kota tercatat 1.800 ton pada akhir Maret, cukup untuk kebutuhan tiga
bulan menurut perhitungan dinas.</p>
<p>Laporan lengkap dapat diminta di kantor dinas pada jam kerja.</p></article>
<footer>Hak cipta Kota Lumbung</footer></body></html>"""


def count_sources() -> int:
    return db.session.scalar(select(func.count(Source.id)))


@pytest.mark.parametrize("variant", [
    "https://data.example/harga/beras",
    "https://data.example/harga/beras/",
    "https://DATA.example/harga/beras#tabel-2",
    "https://www.data.example/harga/beras?utm_source=wa&utm_medium=share",
    "https://data.example:443/harga/beras?fbclid=abc",
    "  https://data.example/harga/beras  ",
])
def test_the_same_page_under_any_spelling_is_one_source(checker, variant):
    first = sources.find_or_create(SourceDetails("https://data.example/harga/beras"), checker)
    again = sources.find_or_create(SourceDetails(variant), checker)
    assert again.id == first.id
    assert count_sources() == 1


def test_different_pages_and_queries_are_different_sources(checker):
    a = sources.find_or_create(SourceDetails("https://data.example/harga?id=1"), checker)
    b = sources.find_or_create(SourceDetails("https://data.example/harga?id=2"), checker)
    c = sources.find_or_create(SourceDetails("https://data.example/Harga?id=1"), checker)
    assert len({a.id, b.id, c.id}) == 3


def test_new_source_keeps_what_was_typed(checker):
    source = sources.find_or_create(SourceDetails(
        "https://bps.example/rilis/42", title="Rilis harga", publisher="BPS Lumbung",
        kind="official", accessed_on=dt.date(2024, 4, 2)), checker)
    db.session.commit()
    source = db.session.get(Source, source.id)
    assert (source.url, source.normalized_url) == ("https://bps.example/rilis/42",
                                                   "https://bps.example/rilis/42")
    assert (source.title, source.publisher, source.kind) == ("Rilis harga", "BPS Lumbung",
                                                             "official")
    assert source.accessed_at.date() == dt.date(2024, 4, 2)
    assert source.created_by_id == checker.id


def test_a_known_source_gains_blank_fields_but_keeps_its_own(checker):
    sources.find_or_create(SourceDetails("https://x.example/a", title="Judul asli"), checker)
    source = sources.find_or_create(SourceDetails("https://x.example/a/", title="Lain",
                                                  publisher="Penerbit"), checker)
    assert (source.title, source.publisher) == ("Judul asli", "Penerbit")


@pytest.mark.parametrize("url", ["", "bukan alamat", "ftp://x.example/file",
                                 "javascript:alert(1)", "https://"])
def test_only_web_addresses_make_sources(checker, url):
    with pytest.raises(SourceProblem, match="http"):
        sources.find_or_create(SourceDetails(url), checker)


def test_unknown_kind_is_refused(checker):
    with pytest.raises(SourceProblem, match="kind"):
        sources.find_or_create(SourceDetails("https://x.example/a", kind="rumour"), checker)


def test_one_source_serves_many_claims(checker, claim, other_claim):
    for target in (claim, other_claim):
        evidence.add_evidence(target, checker, SourceDetails("https://bps.example/r/7"),
                              LinkDetails("supports"))
    [source] = db.session.scalars(select(Source)).all()
    assert [c.id for c in sources.claims_served(source)] == [claim.id, other_claim.id]
    assert sources.claim_counts([source]) == {source.id: 2}


def test_search_matches_url_title_and_publisher(checker):
    for url, title, publisher in [("https://a.example/beras", "Harga beras", "Dinas"),
                                  ("https://b.example/cabai", "Cabai rawit", "Koran Lumbung"),
                                  ("https://c.example/x", "100% naik_turun", "")]:
        sources.find_or_create(SourceDetails(url, title=title, publisher=publisher), checker)
    db.session.commit()

    def titles(query):
        return sorted(s.title for s in sources.search_sources(query))
    assert titles("BERAS") == ["Harga beras"]
    assert titles("koran") == ["Cabai rawit"]
    assert titles("b.example") == ["Cabai rawit"]
    assert titles("100%") == ["100% naik_turun"]     # % and _ are matched literally
    assert titles("%") == ["100% naik_turun"]
    assert len(titles("")) == 3


def test_snapshot_keeps_the_page_text_and_title(checker, page_server, allow_local_fetch):
    folder, base = page_server
    (folder / "laporan.html").write_text(PAGE, encoding="utf-8")
    snapshot = sources.take_snapshot(f"{base}/laporan.html")
    assert "harga beras medium naik" in snapshot.text
    assert "1.800 ton" in snapshot.text
    assert "Beranda | Kontak" not in snapshot.text       # navigation dropped
    assert snapshot.title == "Laporan harga pangan Lumbung"
    source = sources.find_or_create(SourceDetails(f"{base}/laporan.html"), checker)
    sources.apply_snapshot(source, snapshot)
    assert source.snapshot_text == snapshot.text
    assert source.title == "Laporan harga pangan Lumbung"
    assert source.accessed_at == snapshot.fetched_at


def test_snapshot_of_plain_text(ctx, page_server, allow_local_fetch):
    folder, base = page_server
    (folder / "catatan.txt").write_text("Stok beras 1.800 ton.\r\nCukup tiga bulan.\r\n",
                                        encoding="utf-8")
    assert sources.take_snapshot(f"{base}/catatan.txt").text == (
        "Stok beras 1.800 ton.\nCukup tiga bulan.")


def test_refresh_snapshot_replaces_the_text(checker, page_server, allow_local_fetch):
    folder, base = page_server
    (folder / "p.txt").write_text("versi pertama", encoding="utf-8")
    source = sources.find_or_create(SourceDetails(f"{base}/p.txt"), checker)
    sources.refresh_snapshot(source)
    (folder / "p.txt").write_text("versi kedua", encoding="utf-8")
    sources.refresh_snapshot(source)
    assert db.session.get(Source, source.id).snapshot_text == "versi kedua"


@pytest.mark.parametrize("name, body, message", [
    ("missing.html", None, "answered 404"),
    ("gambar.png", b"\x89PNG\r\n\x1a\n", "image/png"),
])
def test_snapshot_failures_say_why(ctx, page_server, allow_local_fetch, name, body, message):
    folder, base = page_server
    if body is not None:
        (folder / name).write_bytes(body)
    with pytest.raises(SourceProblem, match=message):
        sources.take_snapshot(f"{base}/{name}")


def test_snapshot_of_a_local_address_is_refused_by_default(ctx, page_server):
    folder, base = page_server
    (folder / "p.txt").write_text("rahasia", encoding="utf-8")
    with pytest.raises(SourceProblem, match="private or local"):
        sources.take_snapshot(f"{base}/p.txt")
