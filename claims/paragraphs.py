"""Content blocks of an article: paragraphs, headings, and bullet lists with their lead-in.

The labelling rules treat a heading or lead-in line with the bullets under it as one claim,
and headings, headlines and decks on their own as no claims at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.segment import line_spans

_BULLET = re.compile(r"\s*(?:[•\-*–·▪●◦]|\d{1,2}[.)])\s+\S")
# Closing marks of a sentence: a stripped line ending in one is no heading.
_END_MARKS = ".!?…\"”’)"


@dataclass(frozen=True, slots=True)
class Block:
    """A span of content lines: "paragraph", "heading" or "list" (lead-in plus bullets)."""
    start: int
    end: int
    kind: str


def content_blocks(text: str, skip: set[tuple[int, int]]) -> list[Block]:
    """Blocks of the lines of ``text`` that are not in ``skip`` (boilerplate lines)."""
    lines = [span for span in line_spans(text) if span not in skip]
    blocks, i = [], 0
    while i < len(lines):
        a, b = lines[i]
        j = i + 1
        while j < len(lines) and _BULLET.match(text, *lines[j]) and _is_lead(text, a, b):
            j += 1
        blocks.append(_block(text, lines[i:j]))
        i = j
    return blocks


def _block(text: str, lines) -> Block:
    a, b = lines[0]
    if len(lines) > 1:
        complete = [span for span in lines[1:] if not text[span[0]:span[1]].rstrip().endswith(":")]
        return Block(a, (complete[-1] if complete else lines[0])[1], "list")
    return Block(a, b, "heading" if is_heading(text[a:b]) else "paragraph")


def _is_lead(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    return line.endswith(":") or is_heading(line) or bool(_BULLET.match(line))


def is_heading(line: str) -> bool:
    """A short line without closing punctuation, mostly in Title Case: a headline,
    subheading or label (a cut-off last sentence is in sentence case)."""
    line = line.strip()
    parts = line.split()
    # The cheap tests first: most lines are long sentences and fail them.
    if not line or len(parts) > 16 or line[-1] in _END_MARKS or line[-1] == ":" or _BULLET.match(line):
        return False
    words = [w for w in parts if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised >= 0.6 * max(1, len(words))
