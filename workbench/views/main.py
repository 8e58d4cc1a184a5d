from flask import Blueprint, render_template

from workbench.views.access import public

bp = Blueprint("main", __name__)


@bp.get("/")
@public
def index():
    return render_template("index.html")
