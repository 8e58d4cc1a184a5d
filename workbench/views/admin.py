"""User administration: admins only."""
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user

from workbench.forms.admin import ConfirmForm, CreateUserForm, ResetPasswordForm, RoleForm
from workbench.models.user import Role
from workbench.services import accounts
from workbench.views.access import roles_required

bp = Blueprint("admin", __name__, url_prefix="/admin")
admin_only = roles_required(Role.ADMIN)


@bp.get("/users")
@admin_only
def users():
    return render_template("admin/users.html", users=accounts.list_users(), role_form=RoleForm)


@bp.route("/users/new", methods=["GET", "POST"])
@admin_only
def new_user():
    form = CreateUserForm()
    if form.validate_on_submit():
        try:
            user = accounts.create_user(form.username.data, form.new_password.data,
                                        form.role.data, form.display_name.data)
        except accounts.AccountError as error:
            form.username.errors.append(str(error))
        else:
            flash(f"User {user.username} created.", "success")
            return redirect(url_for(".users"))
    return render_template("admin/new_user.html", form=form)


@bp.post("/users/<int:user_id>/role")
@admin_only
def change_role(user_id: int):
    user, form = _user_or_404(user_id), RoleForm()
    if form.validate_on_submit():
        _attempt(accounts.set_role, user, form.role.data, current_user,
                 done=f"{user.username} is now {form.role.data}.")
    else:
        flash("Choose one of the listed roles.", "error")
    return redirect(url_for(".users"))


@bp.post("/users/<int:user_id>/deactivate")
@admin_only
def deactivate(user_id: int):
    user = _user_or_404(user_id)
    if ConfirmForm().validate_on_submit():
        _attempt(accounts.set_active, user, False, current_user,
                 done=f"{user.username} is deactivated and logged out.")
    return redirect(url_for(".users"))


@bp.post("/users/<int:user_id>/reactivate")
@admin_only
def reactivate(user_id: int):
    user = _user_or_404(user_id)
    if ConfirmForm().validate_on_submit():
        _attempt(accounts.set_active, user, True, current_user,
                 done=f"{user.username} can log in again.")
    return redirect(url_for(".users"))


@bp.route("/users/<int:user_id>/password", methods=["GET", "POST"])
@admin_only
def reset_password(user_id: int):
    user, form = _user_or_404(user_id), ResetPasswordForm()
    if form.validate_on_submit():
        accounts.reset_password(user, form.new_password.data)
        flash(f"New password set for {user.username}; their sessions are ended.", "success")
        return redirect(url_for(".users"))
    return render_template("admin/reset_password.html", form=form, user=user)


def _user_or_404(user_id: int):
    return accounts.get_user(user_id) or abort(404)


def _attempt(action, *args, done: str) -> None:
    """Run a service call; flash its refusal or ``done``."""
    try:
        action(*args)
    except accounts.AccountError as error:
        flash(str(error), "error")
    else:
        flash(done, "success")
