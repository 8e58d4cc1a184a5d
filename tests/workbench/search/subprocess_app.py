"""Run search work in a separate process, for the crash and concurrency tests.

    python -m tests.workbench.search.subprocess_app DATABASE_URL MODE [ARG]

with WORKBENCH_INSTANCE_PATH set. MODE: ``die-after-index`` (drain, and die between the
index commit and the deletion of the outbox rows), ``die-before-index`` (die while the
index writer is open), ``edit-and-drain N:K:P`` (change the K-th of P shares of the claims N times, draining after each
commit as a web worker's thread would).
"""
import os
import sys

from sqlalchemy import select

from tests.conftest import make_test_config
from workbench import create_app
from workbench.extensions import db
from workbench.models import Claim
from workbench.services import search_indexer
from workbench.services.search_runtime import runtime


def die(*args, **kwargs):
    os._exit(9)


def main(url: str, mode: str, arg: str = "0") -> None:
    app = create_app(make_test_config(url))
    with app.app_context():
        index = runtime(app).index
        if mode == "die-after-index":
            search_indexer.drain(index, after_index=die)
        elif mode == "die-before-index":
            index.apply = lambda upserts=(), deletes=(): die()
            search_indexer.drain(index)
        elif mode == "edit-and-drain":
            edit_and_drain(index, *(int(n) for n in arg.split(":")))
        db.session.remove()
        db.engine.dispose()


def edit_and_drain(index, times: int, part: int, parts: int) -> None:
    # Each process edits its own claims: two edits of one claim at once are a version
    # conflict by design (claim_edits), which is not what this exercises.
    ids = db.session.scalars(select(Claim.id).order_by(Claim.id)).all()[part::parts]
    for i in range(times):
        claim = db.session.get(Claim, ids[i % len(ids)])
        claim.source = f"source {os.getpid()} {i}"
        db.session.commit()
        search_indexer.drain(index)        # skips its turn when another process drains


if __name__ == "__main__":
    main(*sys.argv[1:])
