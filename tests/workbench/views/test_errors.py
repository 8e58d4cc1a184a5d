import pytest
from flask import abort

from workbench.views.errors import MESSAGES


@pytest.fixture
def failing_app(make_app):
    # PROPAGATE_EXCEPTIONS off: behave like production, where errors become the 500 page.
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/fail/<int:code>")
    def fail(code):
        abort(code)

    @app.get("/crash")
    def crash():
        raise RuntimeError("secret internal detail")
    return app


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_error_pages_use_the_layout(failing_app, code):
    response = failing_app.test_client().get(f"/fail/{code}")
    page = response.get_data(as_text=True)
    assert response.status_code == code
    assert MESSAGES[code][0] in page and 'href="/static/css/app.css"' in page


def test_unhandled_exception_shows_no_traceback(failing_app):
    response = failing_app.test_client().get("/crash")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong" in page
    assert "secret internal detail" not in page and "Traceback" not in page


def test_too_large_request_is_413(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/auth/login", data={"username": "a" * 5000, "password": "x"})
    assert response.status_code == 413 and b"larger than the workbench accepts" in response.data


def test_wrong_method_is_405(client):
    assert client.get("/auth/logout").status_code == 405


def test_405_page_says_which_methods_are_allowed(client):
    response = client.get("/auth/logout")
    assert "Method not allowed" in response.get_data(as_text=True)
    assert {m.strip() for m in response.headers["Allow"].split(",")} == {"POST", "OPTIONS"}
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"


def test_stylesheet_is_served_locally(client):
    with client.get("/static/css/app.css") as response:
        assert response.status_code == 200 and b"system-ui" in response.data
        assert b"http://" not in response.data and b"https://" not in response.data


def test_an_expired_form_says_how_to_keep_what_was_typed(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    response = client.post("/auth/login", data={"username": "ana", "password": "x"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "nothing was saved" in page
    assert "what you typed is still there" in page
