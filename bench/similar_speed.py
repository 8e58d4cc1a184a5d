"""Speed of "already checked" matching at archive size: loading the vectors, and lookups.

Builds a synthetic archive (bench/search_corpus.py: generated Indonesian and English claims,
random unit vectors; no Whoosh index) in a throw-away SQLite instance, then in one process:

- bulk load: ``VectorStore.refresh()`` on a fresh store (one streamed query, the blobs read
  with np.frombuffer a chunk at a time, centring per language in place), time and the
  process's peak memory; ``--old-load`` also times the one-claim-at-a-time path it replaced;
- index lookup: ``VectorIndex.similar`` (cosine over every vector, own article excluded,
  lexical re-rank of the nearest 30), the part that grows with the archive; also split
  over ``--processes`` processes at once (default 2, one per core, like the web workers);
- store lookup: ``VectorStore.similar`` as ``flask similar`` calls it, with long candidates
  compared part by part (their parts encoded by the real encoder, on a cold cache, which is
  the worst case: random vectors bring different candidates every time);
- claim page: ``similar_claims.suggestions_for`` (stored vector, lookup, claims and
  decisions read back), also on a cold part cache.

The encoder is loaded before any lookup is timed.

The search is exact, so there is no recall to check against an exact search. ``--kernels``
times the product alone over n random vectors as float32 (BLAS), float16 and int8 (numpy's
own loops): the candidates for a cheaper coarse pass.

    .venv/bin/python bench/similar_speed.py --sizes 100000 300000
    .venv/bin/python bench/similar_speed.py --sizes 300000 --workdir /tmp/ss   # keep, reuse
"""
import argparse
import os
import resource
import shutil
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from http_search_bench import build_archive, percentiles  # noqa: E402


def load_figure() -> str:
    return "load " + "/".join(f"{x:.1f}" for x in os.getloadavg())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(samples: list, fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    samples.append((time.perf_counter() - started) * 1000)
    return result


def show(name: str, samples: list) -> None:
    p50, p95, p99 = percentiles(samples)
    print(f"  {name:<34} p50 {p50:6.1f}  p95 {p95:6.1f}  p99 {p99:6.1f} ms "
          f"({len(samples)} lookups; {load_figure()})", flush=True)


def archive(n: int, workdir: str | None) -> str:
    """The instance folder of an archive of ``n`` claims (kept under ``workdir``)."""
    folder = os.path.join(workdir, str(n)) if workdir else tempfile.mkdtemp(prefix="simspeed-")
    env = {"WORKBENCH_INSTANCE_PATH": folder, "WORKBENCH_SECRET_KEY": "bench-" + "x" * 32,
           "WORKBENCH_SEARCH_BACKGROUND_INDEXING": "false"}
    os.environ.update(env)
    marker = os.path.join(folder, "archive.txt")
    if not os.path.exists(marker):
        os.makedirs(folder, exist_ok=True)
        build_archive(n, env, procs=1, index=False)
        with open(marker, "w") as f:
            f.write(str(n))
    return folder


def bench_size(n: int, args) -> None:
    folder = archive(n, args.workdir)
    from sqlalchemy import select

    from workbench import create_app
    from workbench.extensions import db
    from workbench.models import Claim
    from workbench.services import similar_claims
    from workbench.services.search_runtime import runtime
    app = create_app()
    try:
        with app.app_context():
            print(f"{n:,} claims ({load_figure()})", flush=True)
            store = runtime(app).vectors
            load_ms = []
            timed(load_ms, store.refresh)
            print(f"  bulk load: {load_ms[0] / 1000:.1f} s, {len(store.index):,} vectors, "
                  f"peak memory {peak_mb():,.0f} MB ({load_figure()})", flush=True)
            if args.old_load:
                print(f"  one-by-one load (the path replaced): {old_load(store) :.1f} s "
                      f"({load_figure()})", flush=True)
            runtime(app).encoder.encode(["muat model"])
            lookups(store, n, args.lookups, args.processes)
            ids = db.session.scalars(select(Claim.id)).all()
            pages = []
            for claim_id in np.random.default_rng(5).choice(ids, args.lookups, replace=False):
                claim = db.session.get(Claim, int(claim_id))
                timed(pages, similar_claims.suggestions_for, claim)
                db.session.expire_all()
            show("claim page, cold part cache", pages)
            db.engine.dispose()
    finally:
        if not args.workdir:
            shutil.rmtree(folder, ignore_errors=True)


def make_queries(n: int, count: int) -> list[tuple]:
    """Random query vectors, with texts, languages and articles of archive claims."""
    from search_corpus import Corpus
    corpus, rng = Corpus(n), np.random.default_rng(11)
    queries = []
    for i in rng.choice(n, count, replace=False):
        doc = corpus.doc(int(i))
        vector = rng.standard_normal(512).astype(np.float32)
        queries.append((vector / np.linalg.norm(vector), doc.text, doc.language,
                        doc.article_id + 1))
    return queries


def lookups(store, n: int, count: int, processes: int) -> None:
    queries = make_queries(n, count)
    show("index lookup (VectorIndex.similar)", index_lookups(store, queries))
    if processes > 1:
        show(f"index lookup, {processes} processes at once",
             parallel_index_lookups(store, queries, processes))
    store_ms = []
    for vector, text, language, article in queries:
        timed(store_ms, store.similar, vector, text, k=10, exclude_article_ids=[article],
              language=language)
    show("store lookup, parts on a cold cache", store_ms)


def index_lookups(store, queries) -> list[float]:
    samples = []
    for vector, text, language, article in queries:
        timed(samples, store.index.similar, store.centred(vector, language), text, k=10,
              exclude_article_ids=[article])
    return samples


_SHARED = {}


def _lookups_in_child(queries) -> list[float]:
    return index_lookups(_SHARED["store"], queries)


def parallel_index_lookups(store, queries, processes: int) -> list[float]:
    """The same lookups split over forked processes running at once (as gunicorn's
    workers would; each reads the whole matrix per lookup, so they share memory bandwidth)."""
    import multiprocessing
    _SHARED["store"] = store
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        parts = pool.map(_lookups_in_child, [queries[i::processes] for i in range(processes)])
    return [ms for part in parts for ms in part]


def old_load(store) -> float:
    """Seconds to fill a VectorIndex the way ``_load_all`` did before the bulk path: every
    row through SQLAlchemy's row objects, ``vector_from_bytes`` and ``add`` one by one."""
    from workbench.extensions import db
    from workbench.search import VectorIndex, vector_from_bytes
    from workbench.services.similar_claims import _VECTOR_ROWS, entity_names
    from workbench.services.claim_numbers import with_numerals
    started = time.perf_counter()
    rows = [r for r in db.session.execute(_VECTOR_ROWS)
            if r.model == store.model and r.merged_into_id is None]
    index = VectorIndex(capacity=len(rows) + 1024)
    for row in rows:
        vector = store.centred(vector_from_bytes(row.vector), row.language)
        index.add(row.claim_id, row.article_id, vector, with_numerals(row.text),
                  entity_names(row.entities))
    return time.perf_counter() - started


def kernels(n: int, reps: int = 5) -> None:
    """The matrix-vector product over ``n`` vectors in three storage types."""
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1, user_api="blas")      # as VectorStore does
    rng = np.random.default_rng(0)
    matrix = rng.standard_normal((n, 512), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    query = matrix[7].copy()
    scale = 127 / np.abs(matrix).max()
    for name, m, q in (("float32", matrix, query),
                       ("float16", matrix.astype(np.float16), query.astype(np.float16)),
                       ("int8", np.round(matrix * scale).astype(np.int8),
                        np.round(query * scale).astype(np.int8))):
        samples = []
        for _ in range(reps):
            timed(samples, np.dot, m, q)
        print(f"  product over {n:,} vectors, {name:<8} median {np.median(samples):7.1f} ms "
              f"({m.nbytes / 2**20:,.0f} MB; {load_figure()})", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--lookups", type=int, default=200)
    parser.add_argument("--workdir", default=None, help="keep archives here and reuse them")
    parser.add_argument("--processes", type=int, default=2,
                        help="also run the index lookups in this many processes at once")
    parser.add_argument("--kernels", action="store_true",
                        help="only time the product in float32, float16 and int8")
    parser.add_argument("--old-load", action="store_true",
                        help="also time the one-claim-at-a-time load (slow; 2x the memory)")
    args = parser.parse_args(argv)
    os.environ.pop("DATABASE_URL", None)
    print(f"# similar-claims speed: {os.cpu_count()} cores, {load_figure()}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", flush=True)
    for n in args.sizes:
        if args.kernels:
            kernels(n)
        else:
            bench_size(n, args)


if __name__ == "__main__":
    main()
