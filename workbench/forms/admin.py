from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, Regexp

from workbench.forms.auth import confirm_field, new_password_field
from workbench.models.user import Role

ROLE_CHOICES = [SelectChoice(Role.FACTCHECKER.value, "Fact-checker"),
                SelectChoice(Role.EDITOR.value, "Editor"), SelectChoice(Role.ADMIN.value, "Admin")]


class CreateUserForm(FlaskForm):
    username = StringField("Username", validators=[
        DataRequired(), Length(min=2, max=64),
        Regexp(r"^[A-Za-z0-9_.-]+$", message="Letters, digits, dot, dash and underscore only.")],
        render_kw={"autocomplete": "off"})
    display_name = StringField("Display name", validators=[Length(max=120)])
    role = SelectField("Role", choices=ROLE_CHOICES, default=Role.FACTCHECKER.value)
    new_password = new_password_field("Password")
    confirm = confirm_field()
    submit = SubmitField("Create user")


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES)
    submit = SubmitField("Change role")


class ResetPasswordForm(FlaskForm):
    new_password = new_password_field()
    confirm = confirm_field()
    submit = SubmitField("Set password")


class ConfirmForm(FlaskForm):
    """A button with nothing but the CSRF token: deactivate, reactivate."""
    submit = SubmitField("Confirm")
