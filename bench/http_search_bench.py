"""HTTP benchmark of search in the app, under the production server.

Builds a synthetic archive (bench/search_corpus.py) into a throw-away instance (SQLite
database, claim vectors, Whoosh index via `flask search rebuild`), serves it with gunicorn
(2 workers, 127.0.0.1 only), and measures, each bounded in requests and seconds:

- ``/search`` under a loopback load generator: requests/s and latency p50/p95/p99
  (one- and two-word queries from the corpus, facets on, page of 20);
- a claim status change (POST /claims/<id>/dismiss, CSRF and all): latency p50/p95 with
  the indexer running in the workers' background threads, then how long until search
  shows every change;
- a similar-claims lookup for a claim page (``similar_claims.suggestions_for``: stored
  vector, cosine over all vectors, lexical re-rank, claims read back), in-process.

    .venv/bin/python bench/http_search_bench.py --claims 10000
    .venv/bin/python bench/http_search_bench.py --claims 100000 --seconds 30 --procs 2

Vectors are random unit vectors (the encoder is timed in bench/search_bench.py).
"""
import argparse
import hashlib
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from search_corpus import Corpus  # noqa: E402

PASSWORD = "bench password 123"
BIN = os.path.join(ROOT, ".venv", "bin")


def percentiles(ms):
    return tuple(float(np.percentile(ms, p)) for p in (50, 95, 99)) if ms else (0, 0, 0)


# ---- the archive ---------------------------------------------------------------------------

def build_archive(n, env, procs, index=True):
    run(["init-db"], env)
    os.environ.update(env)
    from sqlalchemy import insert

    from workbench import create_app
    from workbench.extensions import db
    from workbench.models import Article, Claim, ClaimVector
    from workbench.search import vector_to_bytes
    from workbench.services import accounts
    from workbench.services.search_runtime import model_key
    app = create_app()
    corpus, rng = Corpus(n), np.random.default_rng(7)
    started = time.perf_counter()
    with app.app_context():
        user = accounts.create_user("bench", PASSWORD, "editor")
        docs = list(corpus.docs())
        articles = {}
        for d in docs:
            articles.setdefault(d.article_id, []).append(d)
        db.session.execute(insert(Article), [
            {"id": a + 1, "title": ds[0].title, "outlet": ds[0].outlet, "language": ds[0].language,
             "published": _date(ds[0].published), "text": "\n".join(d.text for d in ds),
             "content_hash": hashlib.sha256(str(a).encode()).hexdigest(), "boilerplate": [],
             "imported_by_id": user.id} for a, ds in articles.items()])
        rows, vectors = [], []
        for a, ds in articles.items():
            at = 0
            for d in ds:
                rows.append({"id": d.claim_id + 1, "article_id": a + 1, "start": at,
                             "end": at + len(d.text), "text": d.text, "status": d.status,
                             "types": [], "quantities": [], "dates": [], "entities": []})
                at += len(d.text) + 1
        for start in range(0, len(rows), 5000):
            db.session.execute(insert(Claim), rows[start:start + 5000])
            chunk = rng.standard_normal((len(rows[start:start + 5000]), 512)).astype(np.float32)
            chunk /= np.linalg.norm(chunk, axis=1, keepdims=True)
            db.session.execute(insert(ClaimVector), [
                {"claim_id": r["id"], "vector": vector_to_bytes(v), "model": model_key("usem"),
                 "text_hash": hashlib.sha256(r["text"].encode()).hexdigest()}
                for r, v in zip(rows[start:start + 5000], chunk)])
        db.session.commit()
        db.engine.dispose()
    db_s = time.perf_counter() - started
    started = time.perf_counter()
    if index:
        run(["search", "rebuild", "--procs", str(procs)], env)
    print(f"archive: {n:,} claims in {len(articles):,} articles; database {db_s:.1f} s, "
          f"Whoosh rebuild {time.perf_counter() - started:.1f} s", flush=True)
    return corpus


def _date(iso):
    import datetime as dt
    return dt.date.fromisoformat(iso) if iso else None


def run(args, env):
    subprocess.run([os.path.join(BIN, "flask"), "--app", "workbench", *args], cwd=ROOT,
                   env={**os.environ, **env}, check=True, stdout=subprocess.DEVNULL)


# ---- the server -----------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env, port):
    server = subprocess.Popen(
        [os.path.join(BIN, "gunicorn"), "--workers", "2", "--bind", f"127.0.0.1:{port}",
         "--log-level", "warning", "workbench:create_app()"],
        cwd=ROOT, env={**os.environ, **env})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


class Client:
    """One keep-alive-if-possible connection with the session cookie."""

    def __init__(self, port, cookie=""):
        self.port, self.cookie = port, cookie
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method, path, form=None):
        body = urllib.parse.urlencode(form, doseq=True) if form is not None else None
        headers = {"Cookie": self.cookie}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body, headers)
                response = self.conn.getresponse()
                data = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt == 2:
                    raise
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        return response.status, data.decode("utf-8", "replace")


def csrf_token(html):
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html).group(1)


def log_in(port):
    client = Client(port)
    _, html = client.request("GET", "/auth/login")
    status, _ = client.request("POST", "/auth/login", {"username": "bench", "password": PASSWORD,
                                                       "csrf_token": csrf_token(html)})
    assert status == 302, status
    return client


# ---- measurements -------------------------------------------------------------------------------

def bench_search(port, cookie, corpus, seconds, max_requests, threads, warm=100):
    queries = [" ".join(q) for kind in ("one-term", "two-term") for q in corpus.queries(kind, 200)]
    paths = [f"/search?q={urllib.parse.quote(q)}" for q in queries]
    for path in paths[:warm]:      # warm both workers (searchers, stemming caches)
        Client(port, cookie).request("GET", path)
    samples, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(k):
        client = Client(port, cookie)
        i = k
        while time.monotonic() < deadline:
            with lock:
                if len(samples) >= max_requests:
                    return
            started = time.perf_counter()
            status, _ = client.request("GET", paths[i % len(paths)])
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                samples.append(elapsed)
                errors[0] += status != 200
            i += threads

    started = time.perf_counter()
    pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    wall = time.perf_counter() - started
    p50, p95, p99 = percentiles(samples)
    print(f"/search: {len(samples)} requests in {wall:.1f} s with {threads} clients = "
          f"{len(samples) / wall:.0f} req/s; p50 {p50:.0f} ms, p95 {p95:.0f} ms, "
          f"p99 {p99:.0f} ms; non-200: {errors[0]}; load average after "
          + " / ".join(f"{x:.1f}" for x in os.getloadavg()), flush=True)


def bench_status_changes(port, client, count, claim_ids):
    _, html = client.request("GET", f"/claims/{claim_ids[0]}")
    token = csrf_token(html)
    before = _dismissed_count(client)
    samples, codes = [], {}
    for claim_id in claim_ids[:count]:
        started = time.perf_counter()
        status, _ = client.request("POST", f"/claims/{claim_id}/dismiss",
                                   {"csrf_token": token, "dismiss-version": "1",
                                    "dismiss-note": "bench"})
        samples.append((time.perf_counter() - started) * 1000)
        codes[status] = codes.get(status, 0) + 1
    done = time.perf_counter()
    p50, p95, p99 = percentiles(samples)
    print(f"status change (POST dismiss, {count} claims, one client): p50 {p50:.0f} ms, "
          f"p95 {p95:.0f} ms, p99 {p99:.0f} ms; answers {codes}", flush=True)
    while time.perf_counter() - done < 60:
        if _dismissed_count(client) >= before + codes.get(302, 0):
            print(f"  search showed all {count} changes {time.perf_counter() - done:.1f} s "
                  "after the last request", flush=True)
            return
        time.sleep(0.1)
    print("  search did not show every change within 60 s", flush=True)


def _dismissed_count(client) -> int:
    _, html = client.request("GET", "/search?status=not_checkworthy")
    found = re.search(r"([\d,]+) claims?", html)
    return int(found.group(1).replace(",", "")) if found else 0


def new_claims(env, count):
    """Ids of claims with the status "new" (dismissable), spread over the archive."""
    from sqlalchemy import select

    from workbench import create_app
    from workbench.extensions import db
    from workbench.models import Claim
    with create_app().app_context():
        ids = db.session.scalars(select(Claim.id).where(Claim.status == "new")
                                 .order_by(Claim.id)).all()
        db.engine.dispose()
    return ids[::max(1, len(ids) // count)][:count]


def bench_similar(env, lookups):
    from sqlalchemy import select

    from workbench import create_app
    from workbench.extensions import db
    from workbench.models import Claim
    from workbench.services import similar_claims
    from workbench.services.search_runtime import runtime
    app = create_app()
    with app.app_context():
        started = time.perf_counter()
        runtime(app).vectors.refresh()
        load = time.perf_counter() - started
        ids = db.session.scalars(select(Claim.id).order_by(Claim.id)).all()
        rng, samples = np.random.default_rng(3), []
        for claim_id in rng.choice(ids, size=min(lookups, len(ids)), replace=False):
            claim = db.session.get(Claim, int(claim_id))
            started = time.perf_counter()
            similar_claims.suggestions_for(claim)
            samples.append((time.perf_counter() - started) * 1000)
            db.session.expire_all()
    p50, p95, p99 = percentiles(samples)
    print(f"similar claims for a claim page ({len(samples)} lookups over {len(ids):,} vectors):"
          f" p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms (first load {load:.1f} s)",
          flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=20, help="search load, at most")
    parser.add_argument("--requests", type=int, default=3000, help="search load, at most")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--changes", type=int, default=200, help="status change requests")
    parser.add_argument("--lookups", type=int, default=200)
    parser.add_argument("--procs", type=int, default=1, help="Whoosh rebuild processes")
    parser.add_argument("--only-similar", action="store_true",
                        help="no index, no server: only the similar-claims lookups")
    parser.add_argument("--instance", default=None,
                        help="keep the archive in this folder, and reuse it if it is there "
                             "(same --claims)")
    parser.add_argument("--reindex", action="store_true",
                        help="with --instance: run `search rebuild` on the kept archive")
    args = parser.parse_args(argv)
    reuse = bool(args.instance) and os.path.exists(os.path.join(args.instance, "archive.txt"))
    instance = args.instance or tempfile.mkdtemp(prefix="http-search-bench-")
    os.makedirs(instance, exist_ok=True)
    env = {"WORKBENCH_INSTANCE_PATH": instance, "WORKBENCH_SECRET_KEY": "bench-" + "x" * 32,
           "WORKBENCH_SEARCH_BACKGROUND_INDEXING": "true"}
    os.environ.pop("DATABASE_URL", None)
    print(f"# http search bench: {args.claims:,} claims, {os.cpu_count()} cores, load "
          f"{os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
          flush=True)
    server = None
    try:
        corpus = reuse_archive(instance, args, env) if reuse else \
            build_archive(args.claims, env, args.procs, index=not args.only_similar)
        if args.instance and not reuse:
            with open(os.path.join(instance, "archive.txt"), "w") as f:
                f.write(str(args.claims))
        if args.only_similar:
            bench_similar(env, args.lookups)
            return
        port = free_port()
        server = start_server(env, port)
        client = log_in(port)
        bench_search(port, client.cookie, corpus, args.seconds, args.requests, args.clients)
        if args.changes:        # claims still "new" (a kept archive has fewer each run)
            ids = new_claims(env, args.changes)
            bench_status_changes(port, client, min(args.changes, len(ids)), ids)
        server.terminate()
        server.wait(30)
        server = None
        if args.lookups:
            bench_similar(env, args.lookups)
    finally:
        if server is not None:
            server.kill()
            server.wait(30)
        if not args.instance:
            shutil.rmtree(instance, ignore_errors=True)


def reuse_archive(instance, args, env):
    """The corpus of an archive kept by an earlier run with ``--instance``."""
    with open(os.path.join(instance, "archive.txt")) as f:
        kept = int(f.read())
    if kept != args.claims:
        sys.exit(f"{instance} holds {kept:,} claims, not {args.claims:,}")
    os.environ.update(env)      # the in-process app (status changes, lookups) reads it
    if args.reindex:
        started = time.perf_counter()
        run(["search", "rebuild", "--procs", str(args.procs)], env)
        print(f"Whoosh rebuild {time.perf_counter() - started:.1f} s", flush=True)
    print(f"archive: {kept:,} claims kept in {instance}", flush=True)
    return Corpus(kept)


if __name__ == "__main__":
    main()
