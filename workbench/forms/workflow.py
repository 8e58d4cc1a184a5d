"""Forms of the verification workflow and of the verdict scale. Each workflow form carries the
claim version the user saw; choices (people, verdicts) are set by the view."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, FloatField, IntegerField, SelectField, StringField, \
    TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from workbench.forms.claims import VersionedForm


class MoveForm(VersionedForm):
    """Take, unassign, approve, dismiss, restore: the version and an optional note."""


class CommentForm(VersionedForm):
    """Return and reopen: the comment is what the move is for."""
    note = TextAreaField("Comment", render_kw={"rows": 3},
                         validators=[DataRequired("Say why."), Length(max=2000)])


class AssignForm(VersionedForm):
    assignee = SelectField("Assign to", coerce=int, validators=[InputRequired()])


class ProposeForm(VersionedForm):
    verdict = SelectField("Verdict", coerce=int, validators=[InputRequired()])
    rationale = TextAreaField("Rationale", render_kw={"rows": 6},
                              validators=[DataRequired("Write why this verdict."),
                                          Length(max=20000)])


class VerdictForm(FlaskForm):
    label_id = StringField("Label (Indonesian)", validators=[DataRequired(), Length(max=80)])
    label_en = StringField("Label (English)", validators=[DataRequired(), Length(max=80)])
    value = FloatField("Rating value", validators=[InputRequired()],
                       description="Exported as ratingValue; higher means truer.")
    sort_order = IntegerField("Order", validators=[InputRequired()], default=0)
    active = BooleanField("Offered for new verdicts", default=True)
