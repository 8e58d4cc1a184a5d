"""Database connection settings: engine options per backend, and what must hold on every
SQLite connection."""
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

# A server database may drop idle connections (restart, failover, idle timeouts): testing each
# one as it leaves the pool (a round trip) saves the request that would get a dead one. A
# SQLite "connection" is a file handle that cannot go stale, so it would be a wasted query.
SERVER_OPTIONS = {"pool_pre_ping": True}


def engine_options(uri: str, configured: dict | None = None) -> dict:
    """The engine options for the database at ``uri``: what its backend needs, then the
    configured ones (SQLALCHEMY_ENGINE_OPTIONS), which win."""
    backend = make_url(uri).get_backend_name()
    return {**({} if backend == "sqlite" else SERVER_OPTIONS), **(configured or {})}


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, connection_record):
    """WAL lets readers work while one writer commits; foreign keys are off by default in SQLite;
    the busy timeout makes a writer wait for the lock instead of failing at once."""
    if type(dbapi_connection).__module__.split(".")[0] not in ("sqlite3", "pysqlite2"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
