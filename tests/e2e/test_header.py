"""In real headless Chromium: an admin, who sees the most links, gets the header on one row
at 800 px and a usable one at 375 px; the grouped links open from the keyboard."""
import pytest

from tests.e2e.conftest import E2E, PASSWORD, log_in

pytestmark = E2E
SCREENSHOTS = "/tmp/claim-workbench-header-{}.png"


@pytest.fixture
def admin(live_server) -> str:
    from workbench.services import accounts
    with live_server.context():
        accounts.create_user("ada", PASSWORD, "admin", "Ada Lovelace-Byron of Ockham")
    return "ada"


def rows_of(page) -> int:
    """How many rows the header's items take (items whose tops differ by under 8 px share one)."""
    tops = sorted(page.evaluate("""() => [...document.querySelectorAll(
        '.nav > .brand, .nav-links > li, .nav > .user-menu')].map(
        el => el.getBoundingClientRect().top)"""))
    return 1 + sum(b - a > 8 for a, b in zip(tops, tops[1:]))


@pytest.mark.parametrize("width, rows", [(1366, 1), (800, 1), (375, 3)])
def test_an_admins_header_fits(page, live_server, admin, width, rows):
    log_in(page, live_server, admin)
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(live_server.url + "/admin/users")
    assert rows_of(page) <= rows
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.click(".nav-menu summary:has-text('Admin')")
    panel = page.locator(".nav-menu[open] .nav-menu-panel").bounding_box()
    assert 0 <= panel["x"] and panel["x"] + panel["width"] <= width
    page.screenshot(path=SCREENSHOTS.format(width))


def test_the_admin_menu_opens_and_closes_from_the_keyboard(page, live_server, admin):
    log_in(page, live_server, admin)
    page.set_viewport_size({"width": 800, "height": 700})
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim().startsWith('Admin')"):
            break
    page.keyboard.press("Enter")
    assert page.is_visible("text=Verdict scale")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Users"
    page.keyboard.press("Escape")
    assert not page.is_visible("text=Verdict scale")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/users")


def test_pages_load_without_a_failed_request(page, live_server, admin):
    # Console errors, not responses: Playwright does not report the browser's icon request.
    errors = []
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    log_in(page, live_server, admin)
    for path in ("/", "/articles/import", "/search"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("load")
    page.wait_for_timeout(500)      # the icon is asked for after the load event
    assert errors == []
