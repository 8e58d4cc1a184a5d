"""Template filters that show stored values to people: numbers with thousands separators and
ranges with a dash (the edit form keeps the parseable ``format_quantity`` form), language
and source kinds named instead of coded."""
from __future__ import annotations

import datetime as dt

from flask import Flask
from markupsafe import Markup

from workbench.display import show_quantity
from workbench.forms.articles import LANGUAGES
from workbench.forms.evidence import KINDS

LANGUAGE_NAMES = {choice.value: choice.label for choice in LANGUAGES}
SOURCE_KIND_NAMES = {choice.value: choice.label for choice in KINDS}


def language_name(code: str | None) -> str:
    return LANGUAGE_NAMES.get(code or "", code or "unknown language")


def source_kind(code: str | None) -> str:
    return SOURCE_KIND_NAMES.get(code or "", code or "—")


def moment(value: dt.datetime | None) -> Markup:
    """A stored time (UTC; SQLite gives it back without a zone) as a <time> element that
    says its zone: '2026-11-29 15:14 UTC'."""
    if value is None:
        return Markup("—")
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return Markup('<time datetime="{}Z">{} UTC</time>').format(
        value.isoformat(timespec="seconds"), value.strftime("%Y-%m-%d %H:%M"))


def init_app(app: Flask) -> None:
    app.add_template_filter(show_quantity, "quantity")
    app.add_template_filter(language_name, "language_name")
    app.add_template_filter(source_kind, "source_kind")
    app.add_template_filter(moment, "moment")
