from flask_wtf import FlaskForm
from wtforms import HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

PASSWORD_MIN_LENGTH = 10
PASSWORD_MAX_LENGTH = 1000   # argon2 has no limit of its own; this keeps hashing cheap


def new_password_field(label: str = "New password") -> PasswordField:
    return PasswordField(label, validators=[
        DataRequired(), Length(min=PASSWORD_MIN_LENGTH, max=PASSWORD_MAX_LENGTH,
                               message=f"Use at least {PASSWORD_MIN_LENGTH} characters "
                                       f"(and at most {PASSWORD_MAX_LENGTH}).")],
        description=f"At least {PASSWORD_MIN_LENGTH} characters.")


def confirm_field(other: str = "new_password") -> PasswordField:
    return PasswordField("Repeat the new password", validators=[
        DataRequired(), EqualTo(other, message="The two passwords differ.")])


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=64)],
                           render_kw={"autocomplete": "username", "autofocus": True})
    password = PasswordField("Password", validators=[DataRequired(),
                                                     Length(max=PASSWORD_MAX_LENGTH)],
                             render_kw={"autocomplete": "current-password"})
    next = HiddenField()
    submit = SubmitField("Log in")


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField("Current password", validators=[DataRequired()],
                                     render_kw={"autocomplete": "current-password"})
    new_password = new_password_field()
    confirm = confirm_field()
    submit = SubmitField("Change password")
