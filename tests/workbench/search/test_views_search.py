"""The /search page: results, filters with counts, escaping, paging, and hostile input."""
import re

import pytest
from flask import url_for

from workbench.extensions import db
from workbench.models import Article, Claim, Role, User
from workbench.services import search_indexer
from workbench.services.search_runtime import runtime

CLAIMS = [  # (text, language, outlet, published, status)
    ("Harga beras naik 20 persen di Jakarta", "id", "warta", "2024-01-10", "published"),
    ("Harga cabai turun 5 persen di Semarang", "id", "warta", "2024-02-10", "new"),
    ("Rice prices rose 20 percent in Jakarta", "en", "wire", "2024-03-10", "new"),
    ("<script>alert('x')</script> harga gula & minyak", "id", "kabar", "2024-04-10", "in_progress"),
]


@pytest.fixture
def archive(app, make_user, client, login):
    make_user("sari", Role.FACTCHECKER)
    login("sari")
    with app.app_context():
        user = db.session.query(User).filter_by(username="sari").one()
        for n, (text, lang, outlet, published, status) in enumerate(CLAIMS):
            article = Article(title=f"Artikel {n}", text=text, language=lang, outlet=outlet,
                              published=__import__("datetime").date.fromisoformat(published),
                              content_hash=f"{n:064d}", imported_by_id=user.id)
            db.session.add(article)
            db.session.flush()
            db.session.add(Claim(article_id=article.id, start=0, end=len(text), text=text,
                                 status=status))
        for n in range(25):      # enough for three pages of "laporan"
            db.session.add(Claim(article_id=article.id, start=0, end=5, text=f"Laporan nomor {n}"))
        db.session.commit()
        search_indexer.drain(runtime().index, wait=True)
    return client


BERAS, CABAI, RICE, GULA = 1, 2, 3, 4      # claim ids, in the order of CLAIMS


def shown(html: str) -> set[int]:
    return {int(n) for n in re.findall(r'href="/claims/(\d+)"', html)}


def page(client, **args):
    response = client.get("/search", query_string=args)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_words_find_claims_with_highlights_and_links(archive):
    html = page(archive, q="harga beras")
    assert "<mark" in html and "beras</mark>" in html
    assert 'href="/claims/1"' in html
    assert "Rice prices" not in html


def test_claim_text_is_escaped(archive):
    html = page(archive, q="gula")
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_facet_counts_and_filters(archive):
    html = page(archive, q="harga OR rice")
    assert "warta (2)" in html and "wire (1)" in html and "kabar (1)" in html
    assert "Indonesian (3)" in html and "English (1)" in html     # languages by name
    assert shown(html) == {BERAS, CABAI, RICE, GULA}
    assert shown(page(archive, q="harga OR rice", outlet="warta")) == {BERAS, CABAI}
    assert shown(page(archive, q="harga OR rice", outlet=["warta", "wire"])) == {
        BERAS, CABAI, RICE}
    assert shown(page(archive, q="harga OR rice", outlet=["warta", "wire"],
                      language="en")) == {RICE}


@pytest.mark.parametrize("args, expected", [
    ({"status": "published"}, {BERAS}),
    ({"status": ["published", "in_progress"]}, {BERAS, GULA}),
    ({"q": "harga OR rice", "language": "en"}, {RICE}),
    ({"q": "harga OR rice", "date_from": "2024-02-01", "date_to": "2024-03-31"}, {CABAI, RICE}),
    ({"q": "harga", "evidence": "yes"}, set()),
    ({"q": "harga", "evidence": "no"}, {BERAS, CABAI, GULA}),
    ({"q": "status:new harga"}, {CABAI}),
    ({"q": '"naik 20 persen"'}, {BERAS}),
    ({"q": "harga NOT cabai"}, {BERAS, GULA}),
    ({"q": "lang:en rice"}, {RICE}),
    ({"q": "outlet:kabar gula"}, {GULA}),
])
def test_filters_and_syntax(archive, args, expected):
    assert shown(page(archive, **args)) == expected


def test_sort_by_date(archive):
    newest = page(archive, q="harga OR rice", sort="newest")
    oldest = page(archive, q="harga OR rice", sort="oldest")
    assert newest.index(f'href="/claims/{GULA}"') < newest.index(f'href="/claims/{BERAS}"')
    assert oldest.index(f'href="/claims/{BERAS}"') < oldest.index(f'href="/claims/{GULA}"')


def test_pagination(archive):
    first, second = page(archive, q="laporan"), page(archive, q="laporan", page=2)
    assert "25 claims, page 1 of 2" in first and 'rel="next"' in first
    assert "page 2 of 2" in second and 'rel="prev"' in second
    assert "page 2 of 2" in page(archive, q="laporan", page=99)   # past the end: last page


@pytest.mark.parametrize("q", [
    "NOT NOT x", '"unclosed phrase', "((((", "status:", "foo:bar baz", "*", "a*", "*:*",
    "harga AND OR NOT", ")", "x" * 20_000, "\x00\x1f harga", "id:<script>", "18:00",
    "outlet:\"", "harga^5", "[a TO z]", "{}", "\\", "%", "😀 harga", "ANDNOT", "'",
])
def test_hostile_queries_never_fail(archive, q):
    html = page(archive, q=q)
    assert "<script>" not in html.split("</header>", 1)[1].replace(
        "<script src=", "")


@pytest.mark.parametrize("args", [{"page": "-1"}, {"page": "abc"}, {"date_from": "2024-13-45"},
                                  {"sort": "drop table"}, {"evidence": "maybe"},
                                  {"status": "x" * 5000}])
def test_bad_parameters_are_ignored(archive, args):
    page(archive, q="harga", **args)


def test_empty_index_and_anonymous_visitors(app, client, make_user, login):
    assert client.get("/search?q=x").status_code == 302         # to the login page
    make_user("ana", Role.EDITOR)
    login("ana")
    assert "0 claims" in page(client, q="apa saja")


def test_nav_links_to_search(archive):
    with archive.application.test_request_context():
        assert f'href="{url_for("search.index")}"' in page(archive)


def links_in(html: str) -> list[str]:
    import html as html_lib
    return [html_lib.unescape(h) for h in re.findall(r'href="(/search[^"]*)"', html)]


def test_facet_and_page_links_follow_to_the_right_results(archive):
    html = page(archive, q="harga OR rice", outlet="warta")
    remove_warta = next(h for h in links_in(html) if "q=" in h and "outlet" not in h)
    assert shown(archive.get(remove_warta).get_data(as_text=True)) == {BERAS, CABAI, RICE, GULA}
    add_wire = next(h for h in links_in(page(archive, q="harga OR rice", language="en"))
                    if "outlet=wire" in h)
    assert "language=en" in add_wire and "q=harga+OR+rice" in add_wire
    assert shown(archive.get(add_wire).get_data(as_text=True)) == {RICE}
    next_page = next(h for h in links_in(page(archive, q="laporan")) if "page=2" in h)
    assert "page 2 of 2" in archive.get(next_page).get_data(as_text=True)


@pytest.mark.parametrize("args, message, expected", [
    ({"date_from": "2024-03-01", "date_to": "2024-02-01"}, True, {RICE, GULA}),
    ({"date_from": "2024-02-01", "date_to": "2024-02-01"}, False, set()),
    ({"date_from": "2024-02-01", "date_to": "2024-03-31"}, False, {RICE}),
    ({"date_to": "2024-02-01"}, False, {BERAS}),
])
def test_an_end_date_before_the_start_is_said_and_left_out(archive, args, message, expected):
    html = page(archive, q="harga OR rice NOT cabai", **args)
    assert ('id="date_to-errors"' in html) is message
    assert ("Before the start date" in html) is message
    assert shown(html) == expected


@pytest.mark.parametrize("q, typed, allowed", [
    ("status:nonsense", "status:nonsense", ["new", "in_progress", "published"]),
    ("beras lang:fr", "lang:fr", ["id", "en"]),
    ("harga (bahasa:jawa OR status:selesai)", "bahasa:jawa", ["id", "en"]),
])
def test_a_filter_value_no_claim_can_have_is_said_with_the_allowed_ones(archive, q, typed,
                                                                         allowed):
    html = page(archive, q=q)
    note = html.split('id="q-filter-values"', 1)[1].split("</div>", 1)[0]
    assert f"<code>{typed}</code>" in note
    assert all(f"<code>{value}</code>" in note for value in allowed)
    assert 'aria-describedby="q-filter-values"' in html


@pytest.mark.parametrize("q", ["status:published", "status:Published beras", "lang:en",
                               'status:"in_progress"', "harga 18:00", "kata: harga"])
def test_known_filter_values_and_plain_colons_say_nothing(archive, q):
    assert 'id="q-filter-values"' not in page(archive, q=q)
