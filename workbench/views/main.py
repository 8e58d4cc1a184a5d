from flask import Blueprint, render_template
from flask_login import current_user

from workbench.services import article_queries
from workbench.views.access import login_required

bp = Blueprint("main", __name__)


@bp.get("/")
@login_required
def index():
    return render_template("index.html", dash=article_queries.dashboard(current_user))
