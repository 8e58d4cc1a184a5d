"""Forms of sources and evidence links; field names are prefixed so they share the claim page."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (BooleanField, DateField, RadioField, SelectChoice, SelectField, StringField,
                     TextAreaField)
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from workbench.forms.validators import WebAddress
from workbench.services.evidence import NOTE_MAX, QUOTE_MAX, LinkDetails
from workbench.services.sources import SourceDetails

KINDS = [SelectChoice("official", "Official record"), SelectChoice("primary", "Primary"),
         SelectChoice("secondary", "Secondary (news, reports)"), SelectChoice("social", "Social media"),
         SelectChoice("expert", "Expert")]
STANCES = [SelectChoice("supports", "Supports"), SelectChoice("refutes", "Refutes"),
           SelectChoice("context", "Context")]


def stance_field() -> RadioField:
    return RadioField("Stance", choices=STANCES,
                      validators=[InputRequired(message="Choose a stance.")])


def quote_field() -> TextAreaField:
    return TextAreaField("Quoted passage", validators=[Length(max=QUOTE_MAX)],
                         render_kw={"rows": 3, "maxlength": QUOTE_MAX})


def note_field() -> TextAreaField:
    return TextAreaField("Note", validators=[Length(max=NOTE_MAX)], render_kw={"rows": 2})


class EvidenceForm(FlaskForm):
    """A link to a new or known source; a known URL (in any spelling) reuses its source."""
    url = StringField("Source address", validators=[
        DataRequired(message="Enter the address of the source."), Length(max=2000),
        WebAddress()],
        render_kw={"list": "known-sources", "autocomplete": "off", "inputmode": "url"})
    title = StringField("Title", validators=[Length(max=500)])
    publisher = StringField("Publisher", validators=[Length(max=200)])
    kind = SelectField("Kind of source", choices=KINDS, default="secondary")
    accessed_on = DateField("Date accessed", validators=[Optional()])
    fetch_snapshot = BooleanField("Fetch and keep a snapshot of the page text")
    stance = stance_field()
    quote = quote_field()
    note = note_field()

    def source_details(self) -> SourceDetails:
        return SourceDetails(url=self.url.data.strip(), title=self.title.data or "",
                             publisher=self.publisher.data or "", kind=self.kind.data,
                             accessed_on=self.accessed_on.data)

    def link_details(self) -> LinkDetails:
        return LinkDetails(self.stance.data, self.quote.data or "", self.note.data or "")


class EditEvidenceForm(FlaskForm):
    stance = stance_field()
    quote = quote_field()
    note = note_field()

    def fill_from(self, evidence) -> None:
        self.stance.data, self.quote.data, self.note.data = (evidence.stance, evidence.quote,
                                                             evidence.note)

    def link_details(self) -> LinkDetails:
        return LinkDetails(self.stance.data, self.quote.data or "", self.note.data or "")


class RemoveEvidenceForm(FlaskForm):
    reason = StringField("Why remove it?", validators=[Length(max=500)])


class SourceSearchForm(FlaskForm):
    """A GET search form: nothing changes, so no CSRF token (microblog's SearchForm)."""
    q = StringField("Search sources", validators=[Optional(), Length(max=200)])

    class Meta:
        csrf = False
