"""In real headless Chromium: after a wrong password the caret is back in the password field,
which announces the error (invalid, described by it), so the user can type again at once."""
from tests.e2e.conftest import CHECKER, E2E

pytestmark = E2E


def test_a_wrong_password_puts_the_caret_in_the_password_field(page, live_server):
    page.goto(live_server.url + "/auth/login")
    page.fill("#username", CHECKER)
    page.fill("#password", "not the password")
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_load_state("load")
    focused = page.evaluate_handle("document.activeElement")
    assert focused.evaluate("el => el.id") == "password"
    described = focused.evaluate(
        "el => document.getElementById(el.getAttribute('aria-describedby')).textContent")
    assert "Wrong username or password." in described
    assert focused.evaluate("el => el.getAttribute('aria-invalid')") == "true"
    assert page.input_value("#username") == CHECKER
