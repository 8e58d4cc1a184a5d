import io
import re

import pytest
from sqlalchemy import func, select

from tests.fixtures.articles import read, read_bytes
from workbench.extensions import db
from workbench.models import Article, Claim, ClaimHistory, Role

URL = "https://warta.example/banjir-demak"


@pytest.fixture
def logged_in(make_user, login):
    make_user("sari", Role.FACTCHECKER)
    login("sari")


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def preview(client, **data):
    return client.post("/articles/import", data=data, content_type="multipart/form-data")


def save_fields(html: str) -> dict:
    """The preview form's fields as the browser would send them (every claim ticked)."""
    fields = {}
    for name, value in re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', html):
        fields.setdefault(name, []).append(_unescape(value))
    fields.pop("keep", None)
    fields["keep"] = re.findall(r'name="keep" value="([^"]*)"', html)
    fields["language"] = re.search(r'<option selected value="(\w+)"', html)[1]
    for name in ("title", "outlet"):
        fields[name] = _unescape(re.search(rf'name="{name}"[^>]*value="([^"]*)"', html)[1])
    return fields


def _unescape(value: str) -> str:
    import html
    return html.unescape(value)


def test_anonymous_users_are_sent_to_login(client):
    for path in ("/", "/articles/", "/articles/import", "/articles/1"):
        response = client.get(path)
        assert response.status_code == 302 and "/auth/login" in response.location


def test_paste_preview_then_save(client, app, logged_in):
    text = read("banjir_demak.txt")
    response = preview(client, source="paste", text=text, url=URL)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Banjir Rendam 12 Desa di Demak" in html and 'name="keep"' in html
    with app.app_context():
        assert count(Article) == 0, "a preview saves nothing"
    fields = save_fields(html)
    kept = fields["keep"][:2]
    fields.update(keep=kept, title="Banjir di Demak", outlet="Warta Pantura",
                  text=text.replace("\n", "\r\n"))   # as a browser sends it back
    response = client.post("/articles/import/save", data=fields)
    assert response.status_code == 302, re.findall(r'class="errors"[^>]*>(.*?)</ul>',
                                                   response.get_data(as_text=True), re.S)
    with app.app_context():
        article = db.session.scalars(select(Article)).one()
        assert article.text == text and article.title == "Banjir di Demak"
        assert article.outlet == "Warta Pantura" and article.url == URL
        assert [f"{c.start}:{c.end}" for c in article.claims] == kept
    page = client.get(response.location).get_data(as_text=True)
    assert "Banjir di Demak" in page and "Article imported." in page


def test_upload_preview(client, logged_in):
    response = preview(client, source="upload",
                       file=(io.BytesIO(read_bytes("harga_cabai.html")), "harga_cabai.html"))
    assert response.status_code == 200
    assert "Harga Cabai Rawit" in response.get_data(as_text=True)


def test_url_preview_uses_the_guard(client, app, logged_in, fixture_server):
    url = f"{fixture_server}/harga_cabai.html"
    refused = preview(client, source="url", url=url)
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert "private or local" in page and url in page, "the typed URL is kept"
    app.config["FETCH_ALLOW_PRIVATE"] = True
    assert "Rp 90.000" in preview(client, source="url", url=url).get_data(as_text=True)


def test_missing_input_keeps_what_was_typed(client, logged_in):
    response = preview(client, source="paste", text="  ", url="not a url")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "This field is required." in page and 'value="not a url"' in page


def test_duplicate_import_sends_the_user_to_the_existing_article(client, app, logged_in):
    from workbench.services import importing
    from workbench.models import User
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        article_id = importing.import_text(read("banjir_demak.txt"), user, url=URL).article.id
    response = preview(client, source="paste", text=read("banjir_demak.txt"))
    assert response.status_code == 302
    assert response.location.endswith(f"/articles/{article_id}")
    assert "imported before" in client.get(response.location).get_data(as_text=True)


def test_updated_version_is_previewed_as_such_and_saved_over_the_old(client, app, logged_in):
    from workbench.services import importing
    from workbench.models import User
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        article_id = importing.import_text(read("banjir_demak.txt"), user, url=URL).article.id
    response = preview(client, source="paste", text=read("banjir_demak_updated.txt"), url=URL)
    html = response.get_data(as_text=True)
    assert "This is a new version of" in html
    response = client.post("/articles/import/save", data=save_fields(html))
    assert response.location.endswith(f"/articles/{article_id}")
    with app.app_context():
        assert count(Article) == 1
        assert db.session.get(Article, article_id).text == read("banjir_demak_updated.txt")
    page = client.get(response.location).get_data(as_text=True)
    assert "version 2" in page and f"/articles/{article_id}/revisions/1" in page
    old = client.get(f"/articles/{article_id}/revisions/1").get_data(as_text=True)
    assert "3.400 warga telah mengungsi" in old
    assert client.get(f"/articles/{article_id}/revisions/2").status_code == 404


@pytest.fixture
def article_id(app, logged_in):
    from workbench.services import importing
    from workbench.models import User
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        return importing.import_text(read("banjir_demak.txt"), user, url=URL).article.id


def test_article_page_highlights_claims_with_exact_offsets(client, app, article_id):
    html = client.get(f"/articles/{article_id}").get_data(as_text=True)
    with app.app_context():
        article = db.session.get(Article, article_id)
        text, claims = article.text, list(article.claims)
    import html as html_lib
    segments = re.findall(r'<span class="seg[^"]*" data-start="(\d+)"(?: data-claims="([\d ]+)"[^>]*)?>'
                          r'([^<]*)</span>', html)
    assert segments
    for start, ids, content in segments:
        content = html_lib.unescape(content)
        assert text[int(start):int(start) + len(content)] == content
        for claim_id in (ids or "").split():
            claim = next(c for c in claims if c.id == int(claim_id))
            assert claim.start <= int(start) and int(start) + len(content) <= claim.end
    highlighted = {i for _s, ids, _c in segments for i in ids.split()}
    assert highlighted == {str(c.id) for c in claims}
    assert '<details class="boilerplate">' in html and "ADVERTISEMENT" in html
    assert f'id="claim-{claims[0].id}"' in html


def test_article_text_is_escaped(client, app, logged_in):
    from workbench.services import importing
    from workbench.models import User
    text = read("banjir_demak.txt") + '\n<script>alert("x")</script> kata dia, 10 persen.\n'
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        article_id = importing.import_text(text, user).article.id
    html = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert '<script>alert("x")</script>' not in html and "&lt;script&gt;" in html


def test_add_claim_from_offsets(client, app, article_id):
    with app.app_context():
        text = db.session.get(Article, article_id).text
    start = text.index("Sejauh ini")
    response = client.post(f"/articles/{article_id}/claims",
                           data={"start": start, "end": start + len("Sejauh ini tidak ada")})
    assert response.status_code == 302
    with app.app_context():
        claim = db.session.scalars(select(Claim).where(Claim.origin == "manual")).one()
        assert claim.text == "Sejauh ini tidak ada"
    assert "Sejauh ini tidak ada" in client.get(response.location).get_data(as_text=True)


def test_add_claim_with_a_bad_span_is_refused_with_a_message(client, article_id):
    response = client.post(f"/articles/{article_id}/claims", data={"start": 5, "end": 999999},
                           follow_redirects=True)
    assert "outside the article text" in response.get_data(as_text=True)


def first_claim(app, article_id) -> Claim:
    with app.app_context():
        claim = db.session.get(Article, article_id).claims[0]
        db.session.expunge(claim)
        return claim


def history_actions(app, claim_id):
    with app.app_context():
        return [(h.action, h.field) for h in db.session.scalars(
            select(ClaimHistory).where(ClaimHistory.claim_id == claim_id)
            .order_by(ClaimHistory.id))]


def test_claim_page_and_every_correction_form(client, app, article_id):
    claim = first_claim(app, article_id)
    page = client.get(f"/claims/{claim.id}")
    assert page.status_code == 200 and "History" in page.get_data(as_text=True)
    url = f"/claims/{claim.id}"
    steps = [
        ("details", {"details-version": 1, "details-source": "BPBD Demak",
                     "details-types": ["event"], "details-quantities": "13 desa",
                     "details-dates": "2023-03-05"}),
        ("span", {"span-version": 2, "span-start": claim.start, "span-end": claim.end - 1}),
        ("split", {"split-version": 3, "split-offset": claim.start + 10}),
        ("dismiss", {"dismiss-version": 4, "dismiss-note": "a headline"}),
        ("restore", {"restore-version": 5}),
    ]
    for name, data in steps:
        response = client.post(f"{url}/{name}", data=data)
        assert response.status_code == 302, (name, re.findall(r"<li>[^<]*</li>", response.get_data(as_text=True)))
    actions = history_actions(app, claim.id)
    assert ("edited", "source") in actions and ("edited", "quantities") in actions
    assert ("edited", "span") in actions and ("split", "span") in actions
    assert ("dismissed", "status") in actions and ("restored", "status") in actions


def test_merge_through_the_form(client, app, article_id):
    with app.app_context():
        text = db.session.get(Article, article_id).text
    ids = []
    for words in ("Ketinggian air", " di beberapa titik"):
        start = text.index(words)
        client.post(f"/articles/{article_id}/claims", data={"start": start, "end": start + len(words)})
    with app.app_context():
        ids = db.session.scalars(select(Claim.id).where(Claim.origin == "manual")
                                 .order_by(Claim.id)).all()
    response = client.post(f"/claims/{ids[0]}/merge",
                           data={"merge-version": 1, "merge-others": [f"{ids[1]}:1"]})
    assert response.status_code == 302
    assert ("merged", "merged_into_id") in history_actions(app, ids[1])


def test_stale_edit_shows_the_conflict_page_and_keeps_what_was_typed(client, app, article_id):
    claim = first_claim(app, article_id)
    client.post(f"/claims/{claim.id}/details", data={"details-version": 1,
                                                     "details-source": "First writer"})
    response = client.post(f"/claims/{claim.id}/details", data={
        "details-version": 1, "details-source": "Second writer", "details-dates": "2023-03"})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "First writer" in page, "the current version is shown"
    assert 'value="Second writer"' in page and 'value="2023-03"' in page, "the typed values are kept"
    assert 'name="details-version" type="hidden" value="2"' in page


def test_invalid_correction_keeps_what_was_typed(client, app, article_id):
    claim = first_claim(app, article_id)
    response = client.post(f"/claims/{claim.id}/details", data={
        "details-version": 1, "details-source": "Kepala BPBD", "details-dates": "kemarin"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "is not an ISO date" in page and 'value="Kepala BPBD"' in page


def test_list_filters_and_pagination(client, app, article_id, make_user):
    from workbench.services import importing
    from workbench.models import User
    app.config["ARTICLES_PER_PAGE"] = 1
    with app.app_context():
        other = db.session.get(User, make_user("budi", Role.EDITOR))
        importing.import_text(read("banjir_demak.txt").replace("Demak", "Kudus"), other)
    first = client.get("/articles/").get_data(as_text=True)
    assert "page=2" in first
    mine = client.get("/articles/?importer=1").get_data(as_text=True)
    assert "Banjir Rendam 12 Desa di Demak" in mine and "Kudus" not in mine
    assert "No articles match" in client.get("/articles/?language=en").get_data(as_text=True)
    ranged = client.get("/articles/?published_from=2023-03-01&published_to=2023-03-31")
    assert ranged.status_code == 200
    bad = client.get("/articles/?published_from=kemarin")
    assert bad.status_code == 200 and "Not a valid date" in bad.get_data(as_text=True)


def test_dashboard_counts_claims_and_shows_the_users_work(client, app, article_id):
    claim = first_claim(app, article_id)
    client.post(f"/claims/{claim.id}/dismiss", data={"dismiss-version": 1})
    page = client.get("/").get_data(as_text=True)
    assert "Claims by status" in page and "Banjir Rendam" in page
    assert f"#{claim.id}" in page


@pytest.mark.parametrize("url", ["javascript://x%0Aalert(1)", "file:///etc/passwd"])
def test_import_form_accepts_only_web_addresses(client, logged_in, url):
    response = preview(client, source="paste", text=read("banjir_demak.txt"), url=url)
    assert response.status_code == 400
    assert "starting with https:// or http://" in response.get_data(as_text=True)


def test_a_non_web_url_from_the_command_line_is_not_made_a_link(client, app, logged_in):
    from workbench.services import importing
    from workbench.models import User
    with app.app_context():
        user = db.session.scalars(select(User)).one()
        article_id = importing.import_text(read("banjir_demak.txt"), user,
                                           url="javascript:alert(1)").article.id
    html = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert 'href="javascript' not in html


def test_a_new_claim_is_dismissed_from_the_article_page(client, app, article_id):
    claim = first_claim(app, article_id)
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    item = page[page.index(f'id="claim-{claim.id}"'):]
    item = item[:item.index("</li>")]
    form = item[item.index("<form"):item.index("</form>")]
    assert f'action="/claims/{claim.id}/dismiss"' in form and 'method="post"' in form
    assert 'name="dismiss-version" type="hidden" value="1"' in form
    back = re.search(r'name="next" value="([^"]+)"', form)[1]
    response = client.post(f"/claims/{claim.id}/dismiss",
                           data={"dismiss-version": 1, "next": back})
    assert response.status_code == 302 and response.location == back
    assert back == f"/articles/{article_id}#claim-{claim.id}"
    with app.app_context():
        assert db.session.get(Claim, claim.id).status == "not_checkworthy"
    after = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "Dismissed as not check-worthy." in after
    dismissed = after[after.index(f'id="claim-{claim.id}"'):]
    assert f'/claims/{claim.id}/dismiss' not in dismissed[:dismissed.index("</li>")]


def test_a_correction_never_redirects_to_another_site(client, app, article_id):
    claim = first_claim(app, article_id)
    response = client.post(f"/claims/{claim.id}/dismiss",
                           data={"dismiss-version": 1, "next": "https://evil.example/"})
    assert response.location == f"/claims/{claim.id}"


def test_a_split_says_which_claim_holds_the_second_part(client, app, article_id):
    claim = first_claim(app, article_id)
    response = client.post(f"/claims/{claim.id}/split", data={
        "split-version": 1, "split-offset": claim.start + 10}, follow_redirects=True)
    with app.app_context():
        part = db.session.scalars(select(Claim).where(Claim.origin == "manual")).one()
    assert f"the second part is claim #{part.id}." in response.get_data(as_text=True)


def test_only_good_news_is_kept_in_view(client, app, article_id):
    claim = first_claim(app, article_id)
    refused = client.post(f"/articles/{article_id}/claims", data={}, follow_redirects=True)
    assert 'class="flashes page-flashes" role="status"' in refused.get_data(as_text=True)
    done = client.post(f"/claims/{claim.id}/dismiss", data={"dismiss-version": 1},
                       follow_redirects=True)
    assert 'class="flashes page-flashes is-sticky"' in done.get_data(as_text=True)


@pytest.mark.parametrize("end, message, listed", [
    ("2023-02-01", True, True),        # before the start: said, and only the start applies
    ("2023-03-31", False, True),
    ("2023-03-02", False, False),
])
def test_an_end_date_before_the_start_is_said_and_left_out(client, article_id, end, message,
                                                           listed):
    page = client.get(f"/articles/?published_from=2023-03-01&published_to={end}").get_data(
        as_text=True)
    assert ("Before the start date" in page) is message
    assert (f'href="/articles/{article_id}"' in page) is listed
