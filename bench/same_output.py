"""Do two checkouts of the project split every article byte-identically?

    .venv/bin/python bench/same_output.py BASE_TREE CANDIDATE_TREE [--keep DIR]

A speed change must not change a single output. Both trees (git worktrees at the same commit,
the candidate with the changed files copied in) run ``python -m claims split --jsonl`` on:

- the dev set, with the gold reference date passed as ``published`` and without it;
- every ``bench/heldout*`` set except the reserved blind sets (never opened: see RESERVED);
- the split_bench corpus as plain text, and as HTML pages through ``extract_html``.

Each output is compared byte for byte; the script prints one line per set and exits 1 on any
difference. Set names are listed without opening the reserved folders.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# (the shared folder sits beside the project; a worktree elsewhere names it in CLAIMS_DEV_SET)
DEV = Path(os.environ.get("CLAIMS_DEV_SET", ROOT.parent / "shared" / "data" / "dev")) / "articles"
RESERVED = {"heldout_b", "heldout_y", "heldout_k", "heldout_m", "heldout_ac", "heldout_ae", "heldout_af",
            "heldout_ag", "heldout_aj"}  # blind sets: never read, not even listed inside
PYTHON = ROOT / ".venv" / "bin" / "python"

sys.path.insert(0, str(HERE))
from split_bench import as_html, make_article  # noqa: E402

# Run inside a tree: read {"id", "html"} lines, extract and split, one result line each.
HTML_RUNNER = """
import json, sys
from claims import split_article
from claims.html import extract_html
from claims.render import result_json
for line in sys.stdin:
    page = json.loads(line)
    text, title, published = extract_html(page["html"])
    result = result_json(split_article(text, published=published))
    print(json.dumps({"id": page["id"], "title": title, **result}, ensure_ascii=False))
"""


def gold_lines(folder: Path, pass_published: bool) -> str:
    """JSONL input for a folder of gold articles, as the scorer builds it."""
    lines = []
    for path in sorted((folder).glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        published = article.get("reference_date") or article.get("published")
        lines.append(json.dumps({"id": article["id"], "text": article["text"],
                                 "url": article.get("url"),
                                 "published": published if pass_published else None},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def heldout_folders() -> list[Path]:
    """bench/heldout* article folders, the reserved ones skipped by name before any read."""
    names = sorted(p.name for p in HERE.iterdir()
                   if p.name.startswith("heldout") and p.name not in RESERVED and p.is_dir())
    return [HERE / name / "articles" for name in names]


def bench_corpus(articles: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_article(rng) for _ in range(articles)]


def input_sets(articles: int) -> dict[str, tuple[list[str], str]]:
    """name -> (command, stdin) for every set to compare."""
    split = [str(PYTHON), "-m", "claims", "split", "--jsonl"]
    if not any(DEV.glob("*.json")):     # never report a set compared that was not read
        sys.exit(f"same_output: no dev articles under {DEV}; set CLAIMS_DEV_SET to the dev folder")
    sets = {"dev": (split, gold_lines(DEV, True)), "dev-blind": (split, gold_lines(DEV, False))}
    for folder in heldout_folders():
        sets[folder.parent.name] = (split, gold_lines(folder, True))
    texts = bench_corpus(articles, seed=7)
    sets["bench-plain"] = (split, "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                                          + "\n" for i, t in enumerate(texts)))
    sets["bench-html"] = ([str(PYTHON), "-c", HTML_RUNNER],
                          "".join(json.dumps({"id": i, "html": as_html(t)}, ensure_ascii=False)
                                  + "\n" for i, t in enumerate(texts)))
    return sets


def run_in(tree: Path, command: list[str], stdin: str) -> bytes:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, input=stdin.encode("utf-8"), cwd=tree, env=env,
                          capture_output=True, check=False)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{tree}: exit {done.returncode}\n{done.stderr.decode()[-2000:]}")
    return done.stdout


def first_difference(a: bytes, b: bytes) -> str:
    for number, (x, y) in enumerate(zip(a.splitlines(), b.splitlines()), 1):
        if x != y:
            return f"line {number}: {x[:200]!r} != {y[:200]!r}"
    return f"lengths {len(a)} != {len(b)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("candidate", type=Path)
    parser.add_argument("--articles", type=int, default=1000, help="split_bench corpus size")
    parser.add_argument("--keep", type=Path, help="write both outputs of each set here")
    args = parser.parse_args()
    keep = args.keep or Path(tempfile.mkdtemp(prefix="same_output_"))
    keep.mkdir(parents=True, exist_ok=True)
    differing = 0
    for name, (command, stdin) in input_sets(args.articles).items():
        base = run_in(args.base.resolve(), command, stdin)
        candidate = run_in(args.candidate.resolve(), command, stdin)
        (keep / f"{name}.base.jsonl").write_bytes(base)
        (keep / f"{name}.candidate.jsonl").write_bytes(candidate)
        same = base == candidate
        differing += not same
        print(f"{name:<12} {len(base.splitlines()):>5} lines  "
              f"{'identical' if same else 'DIFFERENT ' + first_difference(base, candidate)}")
    print(f"outputs in {keep}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
