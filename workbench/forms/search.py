"""The search page's form (GET, no CSRF: it changes nothing) and the similar-claim decision."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, IntegerField, SelectChoice, SelectField, StringField
from wtforms.validators import AnyOf, NumberRange, Optional

from claims.metadata import SUPPORTED_LANGUAGES
from workbench.forms.validators import NotBefore
from workbench.models.claim import ClaimStatus
from workbench.search import SearchFilters
from workbench.search.query import FIELD_ALIASES, MAX_QUERY_CHARS

SORTS = [SelectChoice("relevance", "Relevance"), SelectChoice("newest", "Newest first"),
         SelectChoice("oldest", "Oldest first")]
EVIDENCE = [SelectChoice("", "Any"), SelectChoice("yes", "With evidence"),
            SelectChoice("no", "Without evidence")]
SORT_KEYS = {c.value for c in SORTS}
FACETS = ("status", "verdict", "language", "outlet")
# Prefixes whose values form a closed set (field name: its values): any other value matches
# no claim, which the page says rather than showing an unexplained empty list.
CLOSED_VALUES = {"status": tuple(s.value for s in ClaimStatus), "language": SUPPORTED_LANGUAGES}
_FILTER = re.compile(r'(?<![\w:])(\w+):("[^"]*"|[^\s()"]+)')


class MultiValueField(HiddenField):
    """Every value of a repeated query parameter (``?status=new&status=published``)."""

    def process_formdata(self, valuelist):
        self.data = tuple(dict.fromkeys(v.strip()[:200] for v in valuelist if v.strip()))[:20]

    def _value(self):
        return ""


class SearchForm(FlaskForm):
    class Meta:
        csrf = False

    q = StringField("Search", render_kw={"maxlength": MAX_QUERY_CHARS, "autofocus": True,
                                         "placeholder": 'words, "a phrase", OR, NOT, status:published'})
    status = MultiValueField(default=())
    verdict = MultiValueField(default=())
    language = MultiValueField(default=())
    outlet = MultiValueField(default=())
    evidence = SelectField("Evidence", choices=EVIDENCE, default="", validate_choice=False)
    date_from = DateField("Published from", validators=[Optional()])
    date_to = DateField("to", validators=[Optional(), NotBefore("date_from")])
    sort = SelectField("Sort", choices=SORTS, default="relevance", validate_choice=False)
    page = IntegerField(default=1, validators=[Optional(), NumberRange(min=1, max=10_000)])

    def filters(self) -> SearchFilters:
        """The chosen filters; a field that did not validate counts as not chosen."""
        return SearchFilters(
            status=self.status.data or (), verdict=self.verdict.data or (),
            language=self.language.data or (), outlet=self.outlet.data or (),
            has_evidence={"yes": True, "no": False}.get(self.evidence.data),
            date_from=_iso(self.date_from), date_to=_iso(self.date_to))

    def unknown_filter_values(self) -> list[tuple[str, str, tuple]]:
        """(prefix as typed, value, the values it takes) for each ``status:`` or ``lang:``
        value of the search box that no claim can have."""
        found = []
        for prefix, value in _FILTER.findall(self.q.data or ""):
            allowed = CLOSED_VALUES.get(FIELD_ALIASES.get(prefix.lower(), ""))
            if allowed and value.strip('"').lower() not in allowed:
                found.append((prefix, value, allowed))
        return found

    def sort_key(self) -> str:
        return self.sort.data if self.sort.data in SORT_KEYS else "relevance"

    def page_number(self) -> int:
        return self.page.data if not self.page.errors and self.page.data else 1

    def args(self, **changes) -> dict:
        """The query string of this search, with ``changes`` (for facet and page links)."""
        args = {"q": self.q.data or "", "evidence": self.evidence.data or "",
                "date_from": _iso(self.date_from) or "", "date_to": _iso(self.date_to) or "",
                "sort": self.sort_key(), **{f: list(getattr(self, f).data or ()) for f in FACETS}}
        args.update(changes)
        return {k: v for k, v in args.items() if v not in ("", [], None)}


def _iso(field) -> str | None:
    return field.data.isoformat() if field.data and not field.errors else None


class MatchDecisionForm(FlaskForm):
    """Confirm or dismiss one suggested similar claim (POST, with CSRF)."""
    decision = HiddenField(validators=[AnyOf(("confirmed", "dismissed"))])
    score = HiddenField()
