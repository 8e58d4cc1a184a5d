"""Between the import forms and the importing service: which input to analyse, and the
preview form that carries the draft to the save step."""
from __future__ import annotations

import datetime as dt

from wtforms import SelectChoice

from workbench.forms.articles import ImportForm, PreviewForm
from workbench.services import importing


def draft_from_form(form: ImportForm) -> importing.Draft:
    url, published = (form.url.data or "").strip() or None, form.published.data
    if form.source.data == "upload":
        upload = form.file.data
        return importing.draft_from_file(upload.filename, upload.read(), url, published)
    if form.source.data == "url":
        return importing.draft_from_url(url, published)
    return importing.draft_from_text(form.text.data, url, published)


def preview_form_for(draft: importing.Draft) -> PreviewForm:
    a = draft.analysis
    form = PreviewForm(formdata=None, text=draft.text, source_url=draft.url or "",
                       published_hint=draft.published_hint.isoformat()
                       if draft.published_hint else "",
                       title=draft.title, published=a.published or draft.published_hint,
                       language=a.language, outlet=a.outlet or "")
    _set_claim_choices(form, draft)
    form.keep.data = [choice.value for choice in form.keep.choices]
    return form


def redo_draft(form: PreviewForm) -> importing.Draft:
    """Analyse the text the preview showed, again: the claims the user kept are matched by span."""
    hint = _date(form.published_hint.data)
    draft = importing.draft_from_text(form.text.data or "", form.source_url.data or None, hint)
    _set_claim_choices(form, draft)
    return draft


def _set_claim_choices(form: PreviewForm, draft: importing.Draft) -> None:
    form.keep.choices = [SelectChoice(f"{c.start}:{c.end}", c.text) for c in draft.analysis.claims]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
