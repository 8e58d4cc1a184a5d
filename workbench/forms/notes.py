"""The note form, used for a new thread and for replies (each reply form has its own prefix)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import DataRequired, Length

from workbench.services.notes import BODY_MAX


class NoteForm(FlaskForm):
    body = TextAreaField("Note", validators=[DataRequired(message="Write something first."),
                                             Length(max=BODY_MAX)],
                         render_kw={"rows": 3},
                         description="Markdown: **bold**, _italic_, `code`, [links](https://…), "
                                     "lists. @username tells a colleague. Notes cannot be "
                                     "edited: add a reply to correct one.")
