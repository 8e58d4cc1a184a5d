"""The article text cut into segments for display: every claim boundary and every boilerplate
boundary starts a new segment, so overlapping claims show as segments covered by several ids.

Segments keep their offsets into ``article.text`` (``data-start`` in the page): the script that
turns a text selection into a new claim relies on them to send exact offsets.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    start: int
    text: str
    claim_ids: tuple[int, ...]


@dataclass(frozen=True)
class Block:
    """A run of body lines, or of consecutive boilerplate lines (shown collapsed). Each line
    is a tuple of segments; line breaks themselves are not shown (paragraphs are)."""
    boilerplate: bool
    kinds: tuple[str, ...]
    lines: tuple[tuple[Segment, ...], ...]


def layout(text: str, claims, boilerplate: list[dict]) -> list[Block]:
    """``claims``: objects with id/start/end (those to highlight); ``boilerplate``: the
    article's [{start, end, kind}] lines."""
    regions = _regions(text, boilerplate)
    cuts = {0, len(text)}
    for claim in claims:
        cuts.update((max(0, claim.start), min(len(text), claim.end)))
    for index, char in enumerate(text):
        if char == "\n":
            cuts.update((index, index + 1))
    blocks = []
    for start, end, kinds in regions:
        bounds = [start, *sorted(c for c in cuts if start < c < end), end]
        lines: list[list[Segment]] = [[]]
        for a, b in zip(bounds, bounds[1:]):
            if text[a:b] == "\n":
                lines.append([])
            elif b > a:
                lines[-1].append(Segment(a, text[a:b], _covering(claims, a, b)))
        kept = tuple(tuple(line) for line in lines if "".join(s.text for s in line).strip())
        if kept:
            blocks.append(Block(bool(kinds), tuple(kinds), kept))
    return blocks


def _covering(claims, start: int, end: int) -> tuple[int, ...]:
    return tuple(c.id for c in claims if c.start <= start and end <= c.end)


def _regions(text: str, boilerplate: list[dict]) -> list[tuple[int, int, list[str]]]:
    """(start, end, kinds) runs; kinds empty for body text. Consecutive boilerplate lines (with
    only line breaks between them) form one run, so one toggle opens them together."""
    regions: list[tuple[int, int, list[str]]] = []
    pos = 0
    for item in sorted(boilerplate, key=lambda b: b["start"]):
        start, end = max(item["start"], pos), min(item["end"], len(text))
        if end <= start:
            continue
        if regions and regions[-1][2] and not text[regions[-1][1]:start].strip():
            prev = regions.pop()
            regions.append((prev[0], end, prev[2] + [item["kind"]]))
        else:
            if start > pos:
                regions.append((pos, start, []))
            regions.append((start, end, [item["kind"]]))
        pos = end
    if pos < len(text):
        regions.append((pos, len(text), []))
    return regions
