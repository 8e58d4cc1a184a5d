"""Forms of the import flow and the articles list."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (DateField, HiddenField, SelectChoice, SelectField, SelectMultipleField,
                     StringField, TextAreaField)
from wtforms.validators import DataRequired, Length, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from workbench.forms.validators import NotBefore, WebAddress
from workbench.services.importing import Corrections, unix_newlines

LANGUAGES = [SelectChoice("id", "Indonesian"), SelectChoice("en", "English")]
SOURCES = ("paste", "upload", "url")


def _unix_newlines(value):
    # Browsers send line breaks as CRLF; the text must come back exactly as analysed.
    return unix_newlines(value) if isinstance(value, str) else value


class ImportForm(FlaskForm):
    """One form behind the three ways in; ``source`` says which fields count."""
    source = HiddenField(default="paste")
    text = TextAreaField("Article text", filters=[_unix_newlines], render_kw={"rows": 14})
    file = FileField("A .txt or .html file", render_kw={"accept": ".txt,.text,.html,.htm"})
    url = StringField("Address of the article",
                      validators=[Optional(), Length(max=2000), WebAddress()])
    published = DateField("Publication date (if known)", validators=[Optional()])

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        needed = {"paste": self.text, "upload": self.file, "url": self.url}.get(self.source.data)
        if needed is None:
            self.source.errors = [*self.source.errors, "Choose how to import."]
            return False
        if not needed.data or (self.source.data == "paste" and not needed.data.strip()):
            needed.errors = [*needed.errors, "This field is required."]
            return False
        return valid


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class PreviewForm(FlaskForm):
    """The draft travels with the form; the splitter runs again on save and the claims the
    user kept are matched by their span."""
    text = HiddenField(validators=[DataRequired()], filters=[_unix_newlines])
    source_url = HiddenField()
    published_hint = HiddenField()
    title = StringField("Title", validators=[Length(max=500)])
    published = DateField("Publication date", validators=[Optional()])
    language = SelectField("Language", choices=LANGUAGES)
    outlet = StringField("Outlet", validators=[Length(max=200)])
    keep = MultiCheckboxField("Claims to keep", choices=[], validate_choice=True)

    def corrections(self) -> Corrections:
        kept = {tuple(int(n) for n in value.split(":")) for value in self.keep.data or []}
        return Corrections(title=self.title.data, published=self.published.data,
                           language=self.language.data, outlet=self.outlet.data, keep=kept)


class ArticleFilterForm(FlaskForm):
    """The articles list's filters: a GET form, so no CSRF token (it changes nothing)."""

    class Meta:
        csrf = False

    outlet = SelectField("Outlet", choices=[], validate_choice=False)
    language = SelectField("Language", choices=[SelectChoice("", "Any"), *LANGUAGES], validate_choice=False)
    published_from = DateField("Published from", validators=[Optional()])
    published_to = DateField("to", validators=[Optional(), NotBefore("published_from")])
    importer = SelectField("Imported by", choices=[], validate_choice=False)
