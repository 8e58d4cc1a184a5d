"""What people see of stored values: readable numbers and ranges, language names."""
import datetime as dt

import pytest
from sqlalchemy import select

from workbench.extensions import db
from workbench.models import Role, User
from workbench.views.formatting import language_name

BUDGET = "Budget\n\nThe council approved a budget of $4.2 million for a new bridge.\n"


@pytest.fixture
def imported(client, app, make_user, login):
    """A function that imports ``text`` as the logged-in fact-checker and returns the article."""
    from workbench.services import importing
    make_user("sari", Role.FACTCHECKER)
    login("sari")

    def import_as_checker(text):
        user = db.session.scalars(select(User)).one()
        return importing.import_text(text, user).article
    return import_as_checker


def claim_facts(client, claim_id) -> str:
    """The facts list (types, source, numbers, dates, names) of a claim's page."""
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    return page.split('class="claim-facts-list"')[1].split("</dl>")[0]


@pytest.mark.parametrize("code, shown", [("id", "Indonesian"), ("en", "English"),
                                          ("fr", "fr"), (None, "unknown language")])
def test_language_codes_are_named(code, shown):
    assert language_name(code) == shown


def test_article_page_and_list_show_language_names_and_readable_numbers(client, app,
                                                                        imported):
    text = ("Bridge budget approved\n\nThe council approved a budget of $4.2 million for "
            "a new bridge on Tuesday, 3 March 2026.\n")
    with app.app_context():
        article_id = imported(text).id
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "English ·" in page and "4,200,000" in page and "4200000" not in page
    assert '<td data-label="Language">English</td>' in client.get("/articles/").get_data(as_text=True)


def test_claim_page_facts_show_readable_numbers(client, app, imported):
    with app.app_context():
        claim = imported(BUDGET).claims[0]
        claim_id, quantities = claim.id, claim.quantities
    assert quantities, "the pipeline read the amount"
    facts = claim_facts(client, claim_id)
    assert "4,200,000 USD" in facts


def test_claim_history_shows_records_as_words_not_raw_values(client, app, imported):
    from workbench.services.evidence import LinkDetails, add_evidence
    from workbench.services.sources import SourceDetails
    with app.app_context():
        claim = imported(BUDGET).claims[0]
        add_evidence(claim, db.session.scalars(select(User)).one(),
                     SourceDetails("https://council.example/minutes"),
                     LinkDetails("supports", "Motion carried"))
        claim_id = claim.id
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    history = page.split('id="history"')[1]
    assert "supports: https://council.example/minutes “Motion carried”" in history
    assert "4,200,000 USD" in history and "4200000.0" not in history


def test_claim_facts_link_names_to_a_search_for_other_claims(client, app, imported):
    text = "Budget\n\nMayor Helen Ortiz said the bridge would cut commuting times by 30 percent.\n"
    with app.app_context():
        claim = imported(text).claims[0]
        claim_id, source = claim.id, claim.source
    assert source, "the pipeline read who says it"
    facts = claim_facts(client, claim_id)
    assert '/search?q=source:%22' in facts and f">{source}</a>" in facts


def test_claim_page_title_says_which_claim(client, app, imported):
    with app.app_context():
        claim_id = imported(BUDGET).claims[0].id
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    title = page.split("<title>")[1].split("</title>")[0]
    assert title.startswith(f"Claim #{claim_id}: ") and "council" in title


@pytest.mark.parametrize("code, shown", [("official", "Official record"),
                                          ("social", "Social media"), (None, "—")])
def test_source_kinds_are_named(code, shown):
    from workbench.views.formatting import source_kind
    assert source_kind(code) == shown


@pytest.mark.parametrize("value", [
    dt.datetime(2026, 11, 29, 15, 14, 9),
    dt.datetime(2026, 11, 29, 22, 14, 9, tzinfo=dt.timezone(dt.timedelta(hours=7))),   # WIB
])
def test_times_say_their_zone(value):
    from workbench.views.formatting import moment
    assert str(moment(value)) == ('<time datetime="2026-11-29T15:14:09Z">'
                                  '2026-11-29 15:14 UTC</time>')
