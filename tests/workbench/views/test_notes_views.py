import re

import pytest
from sqlalchemy import select

from tests.conftest import PASSWORD
from tests.workbench.evidence_fixtures import claim, editor, lumbung, other_claim  # noqa: F401
from workbench.extensions import db
from workbench.models import Note
from workbench.services import notes


@pytest.fixture
def as_checker(checker, login):
    assert login("sari").status_code == 302


def all_notes():
    db.session.expire_all()
    return db.session.scalars(select(Note).order_by(Note.id)).all()


def test_adding_a_note_and_a_reply(client, as_checker, editor, claim):
    response = client.post(f"/claims/{claim.id}/notes", data={"note-body": "Cek @dimas"})
    assert response.status_code == 302
    [note] = all_notes()
    assert response.location.endswith(f"/claims/{claim.id}#note-{note.id}")
    response = client.post(f"/notes/{note.id}/reply", data={f"reply-{note.id}-body": "Sudah."})
    assert response.status_code == 302
    assert [n.parent_id for n in all_notes()] == [None, note.id]
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert '<span class="mention">@dimas</span>' in page
    assert page.index(f'id="note-{note.id}"') < page.index("Sudah.")


def test_a_note_page_never_runs_what_was_typed(client, as_checker, claim):
    client.post(f"/claims/{claim.id}/notes", data={
        "note-body": "<script>alert(1)</script> [x](javascript:alert(2)) <b onclick=y()>b</b>"})
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert "<script>alert(1)" not in page and "javascript:alert(2)" not in page
    assert "<b onclick" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_rejected_reply_keeps_what_was_typed(client, as_checker, claim):
    note = notes.add_note(claim, db.session.get(type(claim.article.imported_by),
                                                claim.article.imported_by_id), "Awal")
    too_long = "kata " * (notes.BODY_MAX // 5) + "akhir <tulisan> saya"
    response = client.post(f"/notes/{note.id}/reply", data={f"reply-{note.id}-body": too_long})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "akhir &lt;tulisan&gt; saya</textarea>" in page
    assert len(all_notes()) == 1


def test_an_empty_note_is_refused(client, as_checker, claim):
    response = client.post(f"/claims/{claim.id}/notes", data={"note-body": "   "})
    assert response.status_code == 400
    assert "Write something first." in response.get_data(as_text=True)
    assert all_notes() == []


def test_mentions_page_lists_notes_mentioning_me(client, checker, editor, claim, other_claim,
                                                 login):
    notes.add_note(claim, checker, "Tolong @dimas periksa angka ini")
    notes.add_note(other_claim, checker, "Tidak menyebut siapa pun")
    assert client.post("/auth/login", data={"username": "dimas", "password": PASSWORD}
                       ).status_code == 302
    page = client.get("/mentions").get_data(as_text=True)
    assert "periksa angka ini" in page and "Tidak menyebut" not in page
    assert f"/claims/{claim.id}#note-" in page
    client.post("/auth/logout")
    login("sari")
    assert "periksa angka ini" not in client.get("/mentions").get_data(as_text=True)


def test_claim_page_shows_the_claim_in_its_sentences(client, as_checker, claim):
    page = client.get(f"/claims/{claim.id}").get_data(as_text=True)
    assert page.count("context-passage") == 1 and page.count("Wulan Sari, mengatakan") == 1
    passage = page[page.index('class="context context-passage"'):]
    passage = passage[:passage.index("</p>")]
    marked = re.search(r"<mark[^>]*>(.*?)</mark>", passage)[1]
    assert marked == "harga beras naik 12 persen sejak Januari 2024"
    words = re.sub(r"<[^>]+>", "", passage.split(">", 1)[1])
    assert words.startswith("Pemerintah Kota Lumbung menyatakan harga beras naik")
    assert "Kepala dinas pangan, Wulan Sari, mengatakan" in words       # the next sentence
    assert "40 pedagang" not in words                                   # not two sentences on
    assert f'/articles/{claim.article_id}#claim-{claim.id}' in page
