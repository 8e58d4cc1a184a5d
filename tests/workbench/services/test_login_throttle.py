import datetime as dt

import pytest
from sqlalchemy import func, select

from workbench.extensions import db
from workbench.models import LoginAttempt
from workbench.models.base import utcnow
from workbench.services import login_throttle

ADDRESS = "192.0.2.1"


@pytest.fixture
def limit(app):
    app.config["LOGIN_MAX_ATTEMPTS"] = 3
    with app.app_context():
        yield 3


def stored() -> int:
    return db.session.scalar(select(func.count()).select_from(LoginAttempt))


def test_the_limit_counts_per_username_and_address(limit):
    for _ in range(limit):
        login_throttle.check("ana", ADDRESS)
        login_throttle.record_failure("ana", ADDRESS)
    with pytest.raises(login_throttle.TooManyAttempts):
        login_throttle.check("ana", ADDRESS)
    login_throttle.check("ana", "198.51.100.7")
    login_throttle.check("bima", ADDRESS)


def test_failures_outside_the_window_do_not_count_and_are_purged(app, limit):
    long_ago = utcnow() - dt.timedelta(seconds=app.config["LOGIN_WINDOW_SECONDS"] + 5)
    db.session.add_all(LoginAttempt(username="ana", address=ADDRESS, attempted_at=long_ago)
                       for _ in range(limit))
    db.session.commit()
    login_throttle.check("ana", ADDRESS)
    login_throttle.record_failure("ana", ADDRESS)
    assert stored() == 1


def test_forgetting_clears_only_that_pair(limit):
    login_throttle.record_failure("ana", ADDRESS)
    login_throttle.record_failure("bima", ADDRESS)
    login_throttle.forget_failures("ana", ADDRESS)
    assert db.session.scalars(select(LoginAttempt.username)).all() == ["bima"]
