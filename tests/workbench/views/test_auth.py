import re

import pytest
from flask_login import current_user

from tests.conftest import PASSWORD
from workbench.models import Role
from workbench.views.redirects import is_same_host


def test_login_page_renders(client):
    response = client.get("/auth/login")
    assert response.status_code == 200
    assert b'name="username"' in response.data and b'name="password"' in response.data


def test_login_then_dashboard(client, make_user, login):
    make_user("ana")
    response = login("ana")
    assert response.status_code == 302 and response.location == "/"
    assert client.get("/").status_code == 200


def test_protected_page_sends_anonymous_to_login_and_back(client, make_user):
    make_user("ana")
    response = client.get("/admin/users")
    assert response.status_code == 302
    assert response.location.startswith("/auth/login?next=")
    next_url = client.get(response.location).data.decode()
    assert 'value="/admin/users"' in next_url


def test_login_follows_a_local_next(client, make_user):
    make_user("ana")
    response = client.post("/auth/login", data={"username": "ana", "password": PASSWORD,
                                                "next": "/auth/password"})
    assert response.location == "/auth/password"


@pytest.mark.parametrize("target, same", [
    ("/articles/3?page=2", True),
    ("http://localhost/x", True),
    ("//evil.example/x", False),
    ("///evil.example", False),
    ("/\\evil.example", False),
    ("/\t/evil.example", False),
    ("https://evil.example/", False),
    ("http://localhost.evil.example/", False),
    ("javascript:alert(1)", False),
    ("relative/path", False),
])
def test_next_must_stay_on_this_host(app, target, same):
    with app.test_request_context("/", base_url="http://localhost"):
        assert is_same_host(target) is same


def test_login_ignores_a_next_to_another_site(client, make_user):
    make_user("ana")
    response = client.post("/auth/login", data={"username": "ana", "password": PASSWORD,
                                                "next": "//evil.example/"})
    assert response.location == "/"


def test_wrong_password_keeps_the_username_and_says_why(client, make_user, login):
    make_user("ana")
    response = login("ana", "wrong password")
    assert response.status_code == 200
    assert b"Wrong username or password" in response.data
    assert b'value="ana"' in response.data
    assert client.get("/").status_code == 302


def test_after_a_wrong_password_the_password_field_has_the_caret_and_the_error(make_user,
                                                                              login):
    make_user("ana")
    html = login("ana", "wrong password").get_data(as_text=True)
    password = re.search(r'<input[^>]*id="password"[^>]*>', html)[0]
    username = re.search(r'<input[^>]*id="username"[^>]*>', html)[0]
    assert "autofocus" in password and "autofocus" not in username
    # Announced when the field gets the focus: it is invalid and described by the error.
    assert 'aria-invalid="true"' in password and 'aria-describedby="password-errors"' in password
    errors = html.split('id="password-errors"', 1)[1].split("</ul>", 1)[0]
    assert "Wrong username or password." in errors
    assert "flash-error" not in html.split("<form", 1)[1].split("</form>", 1)[0]


def test_a_first_visit_puts_the_caret_in_the_username(client):
    html = client.get("/auth/login").get_data(as_text=True)
    assert "autofocus" in re.search(r'<input[^>]*id="username"[^>]*>', html)[0]
    assert "autofocus" not in re.search(r'<input[^>]*id="password"[^>]*>', html)[0]


def test_login_is_rate_limited(app, client, make_user, login):
    make_user("ana")
    for _ in range(app.config["LOGIN_MAX_ATTEMPTS"]):
        assert login("ana", "wrong password").status_code == 200
    response = login("ana")
    assert response.status_code == 429
    assert b"Too many failed attempts" in response.data
    assert client.get("/").status_code == 302


def test_logout_is_post_only(client, make_user, login):
    make_user("ana")
    login("ana")
    assert client.get("/auth/logout").status_code == 405
    assert client.get("/").status_code == 200


def session_cookie(client) -> str:
    return client.get_cookie("session").value


def test_replayed_cookie_is_rejected_after_logout(app, client, make_user, login):
    make_user("ana")
    login("ana")
    old_cookie = session_cookie(client)
    response = client.post("/auth/logout")
    assert response.status_code == 302 and response.location == "/auth/login"
    replay = app.test_client()
    replay.set_cookie("session", old_cookie)
    assert replay.get("/").status_code == 302


def test_replayed_cookie_is_rejected_after_password_change(app, client, make_user, login):
    make_user("ana")
    login("ana")
    old_cookie = session_cookie(client)
    response = client.post("/auth/password", data={
        "current_password": PASSWORD, "new_password": "brand new secret",
        "confirm": "brand new secret"})
    assert response.status_code == 302
    assert client.get("/").status_code == 200          # this session carries on
    replay = app.test_client()
    replay.set_cookie("session", old_cookie)
    assert replay.get("/").status_code == 302           # the old cookie does not
    assert app.test_client().post("/auth/login", data={
        "username": "ana", "password": "brand new secret"}).status_code == 302


@pytest.mark.parametrize("data, message", [
    ({"current_password": "wrong", "new_password": "brand new secret",
      "confirm": "brand new secret"}, b"The current password is wrong"),
    ({"current_password": PASSWORD, "new_password": "short", "confirm": "short"},
     b"at least 10"),
    ({"current_password": PASSWORD, "new_password": "brand new secret",
      "confirm": "brand new secreT"}, b"The two passwords differ"),
])
def test_change_password_refusals_re_render_the_form(client, make_user, login, data, message):
    make_user("ana")
    login("ana")
    response = client.post("/auth/password", data=data)
    assert response.status_code == 200 and message in response.data
    assert login("ana").status_code == 302   # the old password still works


def test_deactivated_user_is_logged_out(app, client, make_user, login):
    user_id = make_user("ana")
    make_user("root", Role.ADMIN)
    login("ana")
    admin = app.test_client()
    admin.post("/auth/login", data={"username": "root", "password": PASSWORD})
    admin.post(f"/admin/users/{user_id}/deactivate")
    assert client.get("/").status_code == 302


def test_nav_shows_only_what_the_role_may_use(client, make_user, login):
    make_user("ana")
    login("ana")
    page = client.get("/").data
    assert b'href="/admin/users"' not in page
    assert b"Change password" in page and b'action="/auth/logout"' in page


# ---- CSRF: tests run with it off, so these turn it on -----------------------------------

@pytest.fixture
def csrf_client(make_app):
    return make_app(WTF_CSRF_ENABLED=True).test_client()


def csrf_token(page: bytes) -> str:
    return re.search(rb'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1).decode()


def test_login_without_csrf_token_is_refused(csrf_client, make_user):
    make_user("ana")
    response = csrf_client.post("/auth/login", data={"username": "ana", "password": PASSWORD})
    assert response.status_code == 400
    assert b"Form expired" in response.data and b"Traceback" not in response.data


def test_login_with_csrf_token_works_and_logout_needs_one_too(csrf_client, make_user):
    make_user("ana")
    token = csrf_token(csrf_client.get("/auth/login").data)
    response = csrf_client.post("/auth/login", data={
        "username": "ana", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    assert csrf_client.post("/auth/logout").status_code == 400
    with csrf_client:
        csrf_client.get("/")
        assert current_user.is_authenticated
