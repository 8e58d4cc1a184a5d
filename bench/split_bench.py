"""Throughput of claims.split_article on synthetic ~2 KB articles, one core.

    .venv/bin/python bench/split_bench.py [--articles 1000] [--seed 7] [--profile N]

Prints articles/s for plain text and, separately, for HTML pages (extraction included).
The articles are generated from hand-written templates with page noise; no real article text.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims import split_article  # noqa: E402
from claims.html import extract_html  # noqa: E402

PLACES = ["Bandung", "Medan", "Kupang", "Palu", "Jayapura", "Cirebon", "Padang", "Ambon"]
PEOPLE = ["Andi Wijaya", "Sri Rahayu", "Budi Santoso", "Maria Tan", "Yusuf Hakim", "Lina Kartika"]
SENTENCES = [
    "Banjir merendam {n} rumah di {p} sejak Senin ({d}/3) dini hari.",
    "Kepala BPBD {p} {who} mengatakan {n} warga telah dievakuasi ke gedung sekolah.",
    "“Kami menyiapkan {n} tenda dan dapur umum di tiga lokasi,” kata {who}.",
    "Menurut data dinas, kerugian ditaksir mencapai Rp {n} juta.",
    "Harga beras di pasar {p} naik {k},{d} persen dibanding pekan lalu, sedangkan harga cabai turun.",
    "Jembatan Kali {p}, yang dibangun pada 19{d:02d}, ambruk sepanjang {k} meter.",
    "Warga {p} berharap pemerintah segera memperbaiki tanggul yang jebol, kata {who}.",
    "Apakah hujan akan turun lagi di {p} pekan ini?",
    "The agency said {n} people were moved to shelters in {p}, but the airport stayed open.",
]
NOISE = ["ADVERTISEMENT", "Baca juga: Harga Emas Hari Ini", "comment", "copy-link-circle",
         "Petugas memantau banjir, Senin ({d}/3). Foto: Rudi/ANTARA", "waktu baca 2 menit"]


def make_article(rng: random.Random, size: int = 2000) -> str:
    """A synthetic article of about ``size`` characters with a title, date line and noise.

    Every content sentence takes at least one random slot and the date line varies: the
    finders cache results per text, and sentences repeated verbatim across articles would
    be served from those caches, which real articles do not allow."""
    lines = [f"Banjir Landa {rng.choice(PLACES)} Pekan Ini", "",
             f"{rng.randint(1, 28)} Maret 2024 {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} WIB"]
    while sum(len(x) + 1 for x in lines) < size:
        pool = NOISE if rng.random() < 0.2 else SENTENCES
        lines.append(rng.choice(pool).format(n=rng.randint(2, 9000), p=rng.choice(PLACES),
                                             who=rng.choice(PEOPLE), d=rng.randint(1, 28),
                                             k=rng.randint(1, 9)))
    return "\n".join(lines)


def as_html(text: str) -> str:
    """The article wrapped in a news-page layout with navigation and a footer."""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines()[1:] if line)
    return (f"<html><head><title>{text.splitlines()[0]}</title></head><body><nav>Beranda | Nasional"
            f"</nav><article><h1>{text.splitlines()[0]}</h1>{paragraphs}</article>"
            f"<footer>Hak cipta dilindungi</footer></body></html>")


def measure(label: str, items, run) -> None:
    # CPU time of this process is reported beside wall time: on a shared machine the wall
    # clock also counts time spent waiting for the core.
    started, cpu = time.perf_counter(), time.process_time()
    claims = sum(run(item) for item in items)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(len(i) for i in items) / len(items)
    print(f"{label:<11} {len(items):>5} articles  avg {size / 1000:.1f} KB  wall {seconds:6.2f} s "
          f"{len(items) / seconds:7.1f} articles/s  cpu {cpu:6.2f} s {len(items) / cpu:7.1f} "
          f"articles/s  ({claims} claims)")


def profile(texts: list[str]) -> None:
    """The functions taking most time (cumulative, then own) while splitting ``texts``."""
    import cProfile
    import pstats
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [split_article(t) for t in texts])
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", type=int, metavar="N",
                        help="print a cProfile of splitting N plain-text articles instead")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = [make_article(rng) for _ in range(args.articles)]
    warm = make_article(random.Random(-args.seed))   # not one of the timed articles, whose
    split_article(warm)                              # results would then be cached
    extract_html(as_html(warm))
    if args.profile:
        profile(texts[:args.profile])
        return
    measure("plain text", texts, lambda t: len(split_article(t).claims))
    pages = [as_html(t) for t in texts]
    measure("html", pages, lambda h: len(split_article(extract_html(h)[0]).claims))


if __name__ == "__main__":
    main()
