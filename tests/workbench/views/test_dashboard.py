"""The dashboard: empty states that say what to do next, counts that lead to the claims."""
from workbench.models import Role


def test_empty_dashboard_says_what_to_do_and_counts_lead_to_search(client, make_user, login):
    make_user("sari", Role.FACTCHECKER)
    login("sari")
    page = client.get("/").get_data(as_text=True)
    assert 'href="/articles/import">paste or upload one</a>' in page
    assert 'href="/claims/unassigned">the unassigned claims</a>' in page
    assert 'href="/search?status=needs_review"' in page
