"""A process-wide writer lock for one index folder.

Whoosh allows one writer at a time and raises ``LockError`` on the second. Every writer
here first takes an ``flock`` on ``<folder>/write.lock`` (waiting, not failing), so
several processes and threads queue up instead of colliding. ``flock`` locks belong to
the open file, so two threads of one process exclude each other as well, and the lock is
released by the kernel if its holder dies.
"""
import contextlib
import fcntl
import os
import time


class IndexBusy(Exception):
    """The writer lock was not free within the given timeout (a long rebuild, say)."""


@contextlib.contextmanager
def writer_lock(folder: str, timeout: float | None = None, poll: float = 0.02):
    """Hold the folder's writer lock; wait up to ``timeout`` seconds (None: forever)."""
    os.makedirs(folder, exist_ok=True)
    fd = os.open(os.path.join(folder, "write.lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, timeout, poll)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, timeout: float | None, poll: float) -> None:
    if timeout is None:
        fcntl.flock(fd, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise IndexBusy(f"search index writer lock busy for {timeout} s") from None
            time.sleep(poll)
