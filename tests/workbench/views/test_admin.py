import re

import pytest
from jinja2 import meta
from sqlalchemy import select

from tests.conftest import PASSWORD
from workbench.extensions import db
from workbench.models import Role, User


@pytest.fixture
def admin_client(client, make_user, login):
    make_user("root", Role.ADMIN)
    login("root")
    return client


def user_named(app, username: str) -> User | None:
    with app.app_context():
        return db.session.scalar(select(User).where(User.username == username))


@pytest.mark.parametrize("role", [Role.FACTCHECKER, Role.EDITOR])
def test_only_admins_manage_users(client, make_user, login, role):
    make_user("ana", role)
    login("ana")
    assert client.get("/admin/users").status_code == 403
    assert client.post("/admin/users/new", data={"username": "x"}).status_code == 403


def test_admin_lists_users(admin_client, make_user):
    make_user("ana", Role.EDITOR)
    page = admin_client.get("/admin/users").data
    assert b"ana" in page and b"root" in page and b"badge-editor" in page


def test_admin_creates_a_user_who_can_log_in(app, admin_client):
    response = admin_client.post("/admin/users/new", data={
        "username": "bima", "display_name": "Bima S.", "role": "editor",
        "new_password": "a fine password", "confirm": "a fine password"})
    assert response.status_code == 302 and response.location == "/admin/users"
    assert user_named(app, "bima").role == "editor"
    assert app.test_client().post("/auth/login", data={
        "username": "bima", "password": "a fine password"}).status_code == 302


@pytest.mark.parametrize("data, message", [
    ({"username": "root", "role": "editor", "new_password": "a fine password",
      "confirm": "a fine password"}, "already taken"),
    ({"username": "bad name!", "role": "editor", "new_password": "a fine password",
      "confirm": "a fine password"}, "Letters, digits"),
    ({"username": "bima", "role": "editor", "new_password": "short", "confirm": "short"},
     "at least 10"),
    ({"username": "bima", "role": "overlord", "new_password": "a fine password",
      "confirm": "a fine password"}, "Not a valid choice"),
])
def test_create_user_refusals_keep_what_was_typed(admin_client, data, message):
    data = {"display_name": "Typed Name", **data}
    response = admin_client.post("/admin/users/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and message in page
    assert f'value="{data["username"]}"' in page and 'value="Typed Name"' in page


def test_admin_changes_a_role(app, admin_client, make_user):
    user_id = make_user("ana")
    response = admin_client.post(f"/admin/users/{user_id}/role", data={"role": "editor"},
                                 follow_redirects=True)
    assert b"ana is now editor" in response.data
    assert user_named(app, "ana").role == "editor"


def test_invalid_role_is_refused(app, admin_client, make_user):
    user_id = make_user("ana")
    response = admin_client.post(f"/admin/users/{user_id}/role", data={"role": "overlord"},
                                 follow_redirects=True)
    assert b"Choose one of the listed roles" in response.data
    assert user_named(app, "ana").role == "factchecker"


def test_admin_cannot_demote_self(app, admin_client):
    root_id = user_named(app, "root").id
    response = admin_client.post(f"/admin/users/{root_id}/role", data={"role": "editor"},
                                 follow_redirects=True)
    assert b"cannot remove your own admin rights" in response.data
    assert user_named(app, "root").role == "admin"


def test_deactivate_and_reactivate(app, admin_client, make_user):
    user_id = make_user("ana")
    admin_client.post(f"/admin/users/{user_id}/deactivate")
    assert not user_named(app, "ana").active
    assert app.test_client().post("/auth/login", data={
        "username": "ana", "password": PASSWORD}).status_code == 200
    admin_client.post(f"/admin/users/{user_id}/reactivate")
    assert user_named(app, "ana").active


def test_admin_resets_a_password(app, admin_client, make_user):
    user_id = make_user("ana")
    assert admin_client.get(f"/admin/users/{user_id}/password").status_code == 200
    response = admin_client.post(f"/admin/users/{user_id}/password", data={
        "new_password": "reset password", "confirm": "reset password"})
    assert response.status_code == 302
    assert app.test_client().post("/auth/login", data={
        "username": "ana", "password": "reset password"}).status_code == 302


def test_unknown_user_is_404(admin_client):
    assert admin_client.post("/admin/users/999/deactivate").status_code == 404
    assert admin_client.get("/admin/users/999/password").status_code == 404


def test_admin_forms_carry_a_valid_csrf_token(app, make_app, make_user):
    user_id = make_user("ana")
    make_user("root", Role.ADMIN)
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"',
                      client.get("/auth/login").get_data(as_text=True)).group(1)
    client.post("/auth/login", data={"username": "root", "password": PASSWORD,
                                     "csrf_token": token})
    page = client.get("/admin/users").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post(f"/admin/users/{user_id}/deactivate").status_code == 400
    assert client.post(f"/admin/users/{user_id}/deactivate",
                       data={"csrf_token": token}).status_code == 302
    assert not user_named(app, "ana").active


@pytest.mark.parametrize("template", ["admin/new_user.html", "admin/reset_password.html"])
def test_the_password_pages_share_one_form_template(app, template):
    source, _, _ = app.jinja_loader.get_source(app.jinja_env, template)
    referenced = set(meta.find_referenced_templates(app.jinja_env.parse(source)))
    assert "admin/_password_form.html" in referenced


def test_the_password_pages_show_the_shared_form_with_their_own_parts(admin_client, make_user):
    user_id = make_user("ana")
    new = admin_client.get("/admin/users/new").get_data(as_text=True)
    reset = admin_client.get(f"/admin/users/{user_id}/password").get_data(as_text=True)
    for page, action in ((new, "/admin/users/new"), (reset, f"/admin/users/{user_id}/password")):
        assert f'action="{action}"' in page and 'href="/admin/users">Cancel</a>' in page
        assert 'name="new_password"' in page and 'name="confirm"' in page
    order = [new.index(f'name="{name}"') for name in ("username", "role", "new_password")]
    assert order == sorted(order)
    assert "This logs ana out everywhere." in reset and 'name="username"' not in reset
