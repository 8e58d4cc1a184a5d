import html
import re

import pytest
from sqlalchemy import select

from tests.workbench.evidence_fixtures import (claim, editor, lumbung, other_claim,  # noqa: F401
                                               page_server)
from workbench.extensions import db
from workbench.models import ClaimHistory, Evidence, Source
from workbench.services import evidence as evidence_service
from workbench.services.evidence import LinkDetails
from workbench.services.sources import SourceDetails

URL = "https://bps.example/rilis/beras"


@pytest.fixture
def as_checker(checker, login):
    assert login("sari").status_code == 302


def form(**fields) -> dict:
    data = {"url": URL, "title": "Rilis harga beras", "publisher": "BPS Lumbung",
            "kind": "official", "accessed_on": "2024-04-02", "stance": "supports",
            "quote": "naik 12 persen", "note": "tabel 2"}
    data.update(fields)
    return {f"evidence-{k}": v for k, v in data.items() if v is not None}


def links(claim):
    db.session.expire_all()
    return db.session.scalars(select(Evidence).where(Evidence.claim_id == claim.id)).all()


def actions(claim):
    return [r.action for r in db.session.scalars(
        select(ClaimHistory).where(ClaimHistory.claim_id == claim.id).order_by(ClaimHistory.id))]


def test_linking_a_source_from_the_claim_page(client, as_checker, claim):
    response = client.post(f"/claims/{claim.id}/evidence", data=form())
    assert response.status_code == 302
    assert response.location.endswith(f"/claims/{claim.id}#evidence")
    [link] = links(claim)
    assert (link.stance, link.quote, link.note, link.source.publisher, link.source.kind) == (
        "supports", "naik 12 persen", "tabel 2", "BPS Lumbung", "official")
    assert actions(claim)[-1] == "evidence_added"
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "Rilis harga beras" in page and "naik 12 persen" in page


def test_the_same_link_twice_is_one_link(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/evidence", data=form())
    response = client.post(f"/claims/{claim.id}/evidence",
                           data=form(url=URL + "/?utm_source=wa#x"), follow_redirects=True)
    assert "already there" in response.get_data(as_text=True)
    assert len(links(claim)) == 1


@pytest.mark.parametrize("fields, message", [
    ({"url": "javascript:alert(1)"}, "http"),
    ({"url": ""}, "Enter the address"),
    ({"stance": None}, "Choose a stance"),
    ({"quote": "x" * 801}, "longer than 800"),
])
def test_a_rejected_form_keeps_what_was_typed(client, as_checker, claim, fields, message):
    typed = form(title="Judul <ketikan> saya", note="catatan & alasan", **fields)
    response = client.post(f"/claims/{claim.id}/evidence", data=typed)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page or message in html.unescape(page)
    assert 'value="Judul &lt;ketikan&gt; saya"' in page
    assert "catatan &amp; alasan</textarea>" in page
    assert links(claim) == []


def test_a_failed_snapshot_keeps_what_was_typed(client, as_checker, claim, page_server,
                                                allow_local_fetch):
    _folder, base = page_server
    response = client.post(f"/claims/{claim.id}/evidence", data=form(
        url=f"{base}/tidak-ada.html", fetch_snapshot="y", quote="kutipan saya"))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "The snapshot could not be fetched: The server answered 404." in page
    assert f'value="{base}/tidak-ada.html"' in page and "kutipan saya</textarea>" in page
    assert links(claim) == [] and db.session.scalars(select(Source)).all() == []


def test_a_snapshot_is_fetched_with_the_link(client, as_checker, claim, page_server,
                                             allow_local_fetch):
    folder, base = page_server
    (folder / "rilis.txt").write_text("Harga beras naik dua belas persen.", encoding="utf-8")
    response = client.post(f"/claims/{claim.id}/evidence",
                           data=form(url=f"{base}/rilis.txt", fetch_snapshot="y"))
    assert response.status_code == 302
    [link] = links(claim)
    assert link.source.snapshot_text == "Harga beras naik dua belas persen."
    page = client.get(f"/sources/{link.source_id}").get_data(as_text=True)
    assert "Harga beras naik dua belas persen." in page


def test_user_text_is_escaped_on_the_claim_page(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/evidence", data=form(
        title="<script>alert('t')</script>", quote="<img src=x onerror=alert(1)>",
        note="<b>n</b>"))
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>n</b>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_evidence_is_grouped_by_stance(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/evidence", data=form(stance="refutes", quote="bantahan"))
    client.post(f"/claims/{claim.id}/evidence", data=form(stance="context", quote="latar"))
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    supports, refutes, context = (page.index(f"stance-{s}") for s in
                                  ("supports", "refutes", "context"))
    assert supports < refutes < page.index("bantahan") < context < page.index("latar")


def test_editing_and_removing_a_link(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/evidence", data=form())
    [link] = links(claim)
    response = client.post(f"/evidence/{link.id}/edit", data={
        f"edit-{link.id}-stance": "context", f"edit-{link.id}-quote": "naik 12 persen",
        f"edit-{link.id}-note": "hanya beras medium"})
    assert response.status_code == 302
    assert links(claim)[0].stance == "context"
    response = client.post(f"/evidence/{link.id}/remove",
                           data={f"remove-{link.id}-reason": "sumber salah"})
    assert response.status_code == 302
    [kept] = links(claim)
    assert kept.removed_at is not None
    assert actions(claim)[-3:] == ["evidence_added", "evidence_edited", "evidence_removed"]
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert f'id="evidence-{link.id}"' not in page


def test_a_rejected_edit_keeps_what_was_typed(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/evidence", data=form(stance="supports"))
    client.post(f"/claims/{claim.id}/evidence", data=form(stance="refutes"))
    refuting = next(e for e in links(claim) if e.stance == "refutes")
    response = client.post(f"/evidence/{refuting.id}/edit", data={
        f"edit-{refuting.id}-stance": "supports",
        f"edit-{refuting.id}-quote": "naik 12 persen",
        f"edit-{refuting.id}-note": "catatan baru saya"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "already has a link" in page and "catatan baru saya</textarea>" in page
    assert links(claim)[1].stance == "refutes"


@pytest.mark.parametrize("path", ["/claims/{claim}/evidence", "/evidence/{link}/edit",
                                  "/evidence/{link}/remove", "/claims/{claim}/notes"])
def test_anonymous_users_change_nothing(client, checker, claim, path):
    link, _ = evidence_service.add_evidence(claim, checker, SourceDetails(URL),
                                            LinkDetails("supports"))
    response = client.post(path.format(claim=claim.id, link=link.id), data=form())
    assert response.status_code == 302 and "/auth/login" in response.location
    assert [e.removed_at for e in links(claim)] == [None]
    assert actions(claim).count("evidence_added") == 1


def test_sources_page_searches_and_counts_claims(client, as_checker, claim, other_claim):
    client.post(f"/claims/{claim.id}/evidence", data=form())
    client.post(f"/claims/{other_claim.id}/evidence", data=form(url=URL + "#b", quote="40"))
    client.post(f"/claims/{claim.id}/evidence",
                data=form(url="https://koran.example/cabai", title="Harga cabai"))
    page = client.get("/sources?q=beras").get_data(as_text=True)
    assert "Rilis harga beras" in page and "Harga cabai" not in page
    assert re.search(r"<td>2</td>\s*</tr>", page)
    [source] = db.session.scalars(select(Source).where(Source.title == "Rilis harga beras"))
    page = client.get(f"/sources/{source.id}").get_data(as_text=True)
    assert f"/claims/{claim.id}#evidence" in page and f"/claims/{other_claim.id}#evidence" in page
    assert "Claims it serves (2)" in page



def test_the_add_form_opens_only_to_show_what_was_rejected(client, as_checker, claim):
    def add_form_open(response):
        page = response.get_data(as_text=True)
        return re.search(r'<details class="evidence-add"\s*open>', page) is not None
    assert not add_form_open(client.get(f"/claims/{claim.id}"))
    assert add_form_open(client.post(f"/claims/{claim.id}/evidence", data=form(url="")))

def test_a_rejected_removal_keeps_the_reason_typed(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/evidence", data=form())
    [link] = links(claim)
    reason = "alasan " * 80 + "ujung <alasan>"
    response = client.post(f"/evidence/{link.id}/remove", data={f"remove-{link.id}-reason": reason})
    assert response.status_code == 422
    assert 'ujung &lt;alasan&gt;"' in response.get_data(as_text=True)
    assert links(claim)[0].removed_at is None


def test_fetching_a_snapshot_again_from_the_source_page(client, as_checker, claim, page_server,
                                                        allow_local_fetch):
    folder, base = page_server
    (folder / "data.txt").write_text("versi lama", encoding="utf-8")
    client.post(f"/claims/{claim.id}/evidence", data=form(url=f"{base}/data.txt"))
    [link] = links(claim)
    assert link.source.snapshot_text is None
    (folder / "data.txt").write_text("versi baru", encoding="utf-8")
    response = client.post(f"/sources/{link.source_id}/snapshot", follow_redirects=True)
    assert "Snapshot saved." in response.get_data(as_text=True)
    assert links(claim)[0].source.snapshot_text == "versi baru"
    (folder / "data.txt").unlink()
    response = client.post(f"/sources/{link.source_id}/snapshot", follow_redirects=True)
    assert "answered 404" in response.get_data(as_text=True)
    assert links(claim)[0].source.snapshot_text == "versi baru"


@pytest.mark.parametrize("url", ["bps.example/rilis/beras", "ftp://bps.example/rilis.csv"])
def test_a_wrong_address_gets_one_message_that_says_what_to_type(client, as_checker, claim, url):
    page = client.post(f"/claims/{claim.id}/evidence", data=form(url=url)).get_data(as_text=True)
    errors = page[page.index('id="evidence-url-errors"'):]
    errors = errors[:errors.index("</ul>")]
    assert errors.count("<li>") == 1 and "starting with https://" in errors
    assert f'value="{url}"' in page
