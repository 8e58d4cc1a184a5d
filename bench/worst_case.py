"""Seconds the splitter takes on pathological texts of one size, to catch time that grows
faster than the text (the CLI accepts up to 2 MB; a text must never hang it).

    .venv/bin/python bench/worst_case.py [--chars 400000]

Each shape repeats a short invented phrase; a linear splitter takes about as long per
character on every shape and at every size (compare --chars 100000 with 400000).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims import split_article  # noqa: E402

SHAPES = {
    "words, no punctuation": "kata ",
    "one sentence of clauses": "Budi, yang berusia 40 tahun, ",
    "amounts, no stop": "Rp 1.000.000 ",
    "an unclosed quote": "“Harga naik 5 persen, ",
    "weekday dates": "Senin (25/2) ",
    "years with when-clauses": "it rose in 1990, when it ",
    "digits and dots": "1.",
    "brackets": "(",
    "capitals": "ABC DEF ",
    "urls": "https://example.invalid/a?b=c ",
    "other scripts": "日本 العربية русский 123 ",
    "short sentences": "Harga beras naik 5 persen pada Senin. ",
    "records, no stop": "BPS mencatat inflasi sebesar 2 persen, ",
    "cut off mid-word": "Harga beras naik 5 persen pada Senin. Stok gudang cukup untuk enam bul",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=400_000)
    args = parser.parse_args()
    for name, phrase in SHAPES.items():
        text = phrase * (args.chars // len(phrase))
        begin = time.process_time()
        claims = len(split_article(text).claims)
        seconds = time.process_time() - begin
        print(f"{name:26} {len(text):>9} chars  {seconds:7.2f} s  {seconds / len(text) * 1e6:6.2f} µs/char"
              f"  ({claims} claims)", flush=True)


if __name__ == "__main__":
    main()
