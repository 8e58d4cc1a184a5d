"""Forms of the claim corrections. Each carries the claim version the user saw."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, SelectChoice, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, ValidationError

from claims.model import CLAIM_TYPES, QUALIFIERS
from workbench.forms.articles import MultiCheckboxField

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
NUMBER = r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"
QUANTITY = re.compile(rf"^(?P<min>{NUMBER})(?:\s*\.\.\s*(?P<max>{NUMBER}))?(?:\s+(?P<rest>.*))?$",
                      re.I)


def note_field() -> StringField:
    # Always a string, typed or not: services strip it and store None for an empty one.
    return StringField("Note (optional)", validators=[Length(max=1000)],
                       filters=[lambda value: (value or "").strip()])


class VersionedForm(FlaskForm):
    version = HiddenField(validators=[DataRequired()])
    note = note_field()

    def validate_version(self, field):
        if not str(field.data).isdigit():
            raise ValidationError("Reload the page and try again.")

    @property
    def seen_version(self) -> int:
        return int(self.version.data)


class AddClaimForm(FlaskForm):
    start = IntegerField("Start", validators=[InputRequired(), NumberRange(min=0)])
    end = IntegerField("End", validators=[InputRequired(), NumberRange(min=1)])
    note = note_field()


class SpanForm(VersionedForm):
    start = IntegerField("Starts at character", validators=[InputRequired(), NumberRange(min=0)])
    end = IntegerField("Ends before character", validators=[InputRequired(), NumberRange(min=1)])


class DetailsForm(VersionedForm):
    source = StringField("Source (who says it)", validators=[Length(max=300)])
    types = MultiCheckboxField("Types", choices=[SelectChoice(t) for t in CLAIM_TYPES])
    quantities = TextAreaField("Numbers, one a line", render_kw={"rows": 3},
                               description="value or min..max, then unit and qualifier, "
                                           "e.g. “2.5e9 IDR” or “30 percent approx”")
    dates = StringField("Dates", description="ISO dates separated by commas: 2023, 2023-03, "
                                             "2023-03-06")

    def validate_quantities(self, field):
        for line in _lines(field.data):
            if not QUANTITY.match(line):
                raise ValidationError(f"Cannot read “{line}” as a number.")

    def validate_dates(self, field):
        for value in _items(field.data):
            if not ISO_DATE.match(value):
                raise ValidationError(f"“{value}” is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD).")

    def values(self, claim) -> dict:
        """The edited fields; numbers left as shown keep what the splitter recorded (offsets)."""
        quantities = [parse_quantity(line) for line in _lines(self.quantities.data)]
        if _lines(self.quantities.data) == [format_quantity(q) for q in claim.quantities]:
            quantities = claim.quantities
        return {"source": (self.source.data or "").strip() or None,
                "types": list(self.types.data or []), "quantities": quantities,
                "dates": _items(self.dates.data)}

    def fill_from(self, claim) -> None:
        self.source.data = claim.source or ""
        self.types.data = list(claim.types)
        self.quantities.data = "\n".join(format_quantity(q) for q in claim.quantities)
        self.dates.data = ", ".join(claim.dates)


class MergeForm(VersionedForm):
    # Not checked against the choices: a stale "id:version" must reach the service, which
    # answers with a conflict rather than a bare validation error.
    others = MultiCheckboxField("Merge with", choices=[], validate_choice=False)

    def validate_others(self, field):
        if not field.data:
            raise ValidationError("Tick the claims to merge with this one.")
        if not all(re.fullmatch(r"\d+:\d+", value) for value in field.data):
            raise ValidationError("Reload the page and try again.")

    def versions(self) -> dict[int, int]:
        """{claim id: version seen} of the claims ticked, values being "id:version"."""
        return {int(v.split(":")[0]): int(v.split(":")[1]) for v in self.others.data or []}


class SplitForm(VersionedForm):
    offset = IntegerField("Split before character", validators=[InputRequired()])


class StatusForm(VersionedForm):
    """Dismiss and restore."""


def parse_quantity(line: str) -> dict:
    match = QUANTITY.match(line.strip())
    words = (match["rest"] or "").split()
    qualifier = words.pop() if words and words[-1] in QUALIFIERS else None
    low = float(match["min"])
    return {"value_min": low, "value_max": float(match["max"]) if match["max"] else low,
            "unit": " ".join(words) or None, "qualifier": qualifier}


def format_quantity(q: dict) -> str:
    low, high = q.get("value_min"), q.get("value_max")
    text = _number(low) if high in (None, low) else f"{_number(low)}..{_number(high)}"
    return " ".join(p for p in (text, q.get("unit"), q.get("qualifier")) if p)


def _number(value) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _items(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace("\n", ",").split(",") if part.strip()]
