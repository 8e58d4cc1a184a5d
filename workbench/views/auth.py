"""Login, logout and password change."""
from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_user, logout_user

from workbench.extensions import login_manager
from workbench.forms.auth import ChangePasswordForm, LoginForm
from workbench.services import accounts
from workbench.views.access import login_required, public
from workbench.views.redirects import safe_next

bp = Blueprint("auth", __name__, url_prefix="/auth")


@login_manager.user_loader
def load_user(session_id: str):
    return accounts.user_from_session_id(session_id)


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")))
    form = LoginForm(next=request.args.get("next", ""))
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form)
    user, status = _authenticate(form)
    if user is None:
        return render_template("auth/login.html", form=form), status
    login_user(user)
    return redirect(safe_next(form.next.data))


def _authenticate(form: LoginForm):
    """``(user, 200)``, or ``(None, status)`` with the reason added to the form's errors."""
    try:
        user = accounts.authenticate(form.username.data, form.password.data, _client_address())
    except accounts.TooManyAttempts as error:
        form.form_errors.append(str(error))
        return None, 429
    if user is None:
        # On the password field: the caret goes back there (static/js/form_errors.js, and
        # autofocus without script), and the field announces the error it describes.
        form.password.errors.append("Wrong username or password.")
    return user, 200


def _client_address() -> str:
    # gunicorn serves browsers directly (no proxy in front), so remote_addr is the client.
    return request.remote_addr or "unknown"


@bp.post("/logout")
@login_required
def logout():
    accounts.end_sessions(current_user)
    logout_user()
    flash("You are logged out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user, form.current_password.data,
                                     form.new_password.data)
        except accounts.AccountError as error:
            form.current_password.errors.append(str(error))
        else:
            login_user(current_user._get_current_object())  # this session gets the new token
            flash("Your password is changed; other sessions are logged out.", "success")
            return redirect(url_for("main.index"))
    return render_template("auth/change_password.html", form=form)
