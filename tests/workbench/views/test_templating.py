"""The header: links a user may visit, the admin and queue links grouped in <details> menus
(which open without JavaScript), and the current page marked wherever its link sits."""
import re

import pytest

from workbench.models import Role


def menus(page: str) -> dict[str, str]:
    """{summary text: the menu's HTML} of the header's nav menus."""
    found = re.findall(r'<details class="nav-menu">\s*<summary[^>]*>(\w[\w ]*?)(?:<|</summary>)'
                       r'(.*?)</details>', page, re.S)
    return {label.strip(): body for label, body in found}


def header(page: str) -> str:
    return page[page.index('<header'):page.index('</header>')]


@pytest.fixture
def page_as(client, make_user, login):
    """``page_as(role, path)``: the header of ``path`` for a user of ``role`` (one per test)."""
    def get(role: Role, path: str = "/") -> str:
        if not client.get_cookie("session"):
            make_user("ana", role)
            login("ana")
        return header(client.get(path).get_data(as_text=True))
    return get


def test_an_admin_finds_the_admin_links_in_one_menu(page_as):
    nav = menus(page_as(Role.ADMIN))
    assert set(nav) == {"Queues", "Admin"}
    assert 'href="/admin/users">Users</a>' in nav["Admin"]
    assert ">Verdict scale</a>" in nav["Admin"]
    assert 'href="/claims/mine">My claims</a>' in nav["Queues"]
    assert "/review" not in nav["Queues"]            # editors review, admins do not


@pytest.mark.parametrize("role, review", [(Role.FACTCHECKER, False), (Role.EDITOR, True)])
def test_others_get_no_admin_menu(page_as, role, review):
    page = page_as(role)
    nav = menus(page)
    assert set(nav) == {"Queues"}
    assert ('href="/review">Review</a>' in nav["Queues"]) is review
    assert "/admin/" not in page and "Verdict scale" not in page


def test_the_current_page_is_marked_inside_its_menu(page_as):
    page = page_as(Role.ADMIN, "/admin/users")
    assert '<summary class="is-current">Admin' in page
    assert 'href="/admin/users" aria-current="page"' in page
    assert '<summary>Queues' in page


def test_the_brand_is_the_dashboard_link(page_as):
    assert re.search(r'class="brand" href="/"\s*aria-current="page"', page_as(Role.EDITOR))
    assert 'class="brand" href="/">' in page_as(Role.EDITOR, "/articles/")
