"""The admin page of the verdict scale, and the default scale added by init-db."""
from sqlalchemy import select

from tests.workbench.workflow_helpers import ctx, people  # noqa: F401  (fixtures)
from workbench.extensions import db
from workbench.models import Verdict
from workbench.services import verdict_scale


def labels():
    db.session.expire_all()
    return [(v.label_id, v.label_en, v.value, v.active)
            for v in db.session.scalars(select(Verdict).order_by(Verdict.sort_order))]


def test_init_db_adds_the_default_scale_once(runner, ctx):
    assert "5 verdicts" in runner.invoke(args=["init-db"]).output
    assert "verdicts" not in runner.invoke(args=["init-db"]).output
    assert [label[:2] for label in labels()] == [
        ("Benar", "True"), ("Sebagian benar", "Partly true"), ("Menyesatkan", "Misleading"),
        ("Tidak terbukti", "Unproven"), ("Keliru", "False")]


def test_admin_adds_edits_and_retires_verdicts(client, login, people):
    verdict_scale.ensure_defaults()
    login("adi")
    page = client.get("/admin/verdicts").get_data(as_text=True)
    assert "Sebagian benar" in page
    response = client.post("/admin/verdicts", data={
        "new-label_id": "Dilebih-lebihkan", "new-label_en": "Exaggerated", "new-value": "3.5",
        "new-sort_order": "3", "new-active": "y"})
    assert response.status_code == 302
    false = db.session.scalar(select(Verdict).where(Verdict.label_en == "False"))
    client.post(f"/admin/verdicts/{false.id}", data={
        f"v{false.id}-label_id": "Salah", f"v{false.id}-label_en": "False",
        f"v{false.id}-value": "0", f"v{false.id}-sort_order": "9"})
    assert ("Dilebih-lebihkan", "Exaggerated", 3.5, True) in labels()
    assert labels()[-1] == ("Salah", "False", 0.0, False), "unticked: retired"
    assert "Salah" not in [v.label_id for v in verdict_scale.scale(active_only=True)]


def test_a_duplicate_label_is_refused_and_the_form_keeps_what_was_typed(client, login, people):
    verdict_scale.ensure_defaults()
    login("adi")
    response = client.post("/admin/verdicts", data={
        "new-label_id": "Benar", "new-label_en": "Correct", "new-value": "5",
        "new-sort_order": "1"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "already has this label" in page
    assert 'value="Correct"' in page


def test_only_admins_manage_the_scale(client, login, people):
    login("eka")
    assert client.get("/admin/verdicts").status_code == 403
