"""Content blocks of an article: paragraphs, headings, and bullet lists with their lead-in.

The labelling rules treat a heading or lead-in line with the bullets under it as one claim,
and headings, headlines and decks on their own as no claims at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.clean import is_dateline, line_kind
from claims.furniture import is_lone_credit, is_sign_off, summary_points
from claims.lexicon import DATELINE_PREFIX
from claims.segment import line_spans
from claims.quick_init import quick_init

_BULLET = re.compile(r"\s*(?:[•\-*–·▪●◦]|\d{1,2}[.)])\s+\S")
# A row of a table without bullets under a heading or a lead-in: "Attendance: 16,412",
# "Meninggal: 9 orang", "Possession: Rovers 41%, City 59%" (a short label, a figure, no full stop).
_TABLE_ROW = re.compile(r"\s*[A-Z][\w()/'’-]*(?:\s[\w()/'’-]+){0,4}:\s+[^\n]{0,80}?\d[^\n]{0,80}?(?<![.!?])\s*")
# Closing marks of a sentence: a stripped line ending in one is no heading.
_END_MARKS = ".!?…\"”’)"


@quick_init
@dataclass(frozen=True, slots=True)
class Block:
    """A span of content lines: "paragraph", "heading" or "list" (lead-in plus bullets)."""
    start: int
    end: int
    kind: str


def content_blocks(text: str, skip: set[tuple[int, int]]) -> list[Block]:
    """Blocks of the lines of ``text`` that are not in ``skip`` (boilerplate lines)."""
    every_line = list(line_spans(text))
    lines = [span for span in every_line if span not in skip]
    headlines = headline_lines(text, every_line, skip) | summary_points(text, every_line, skip)
    # a list runs over adjacent lines only: a skipped line (a byline, a caption) between a
    # headline and the points under it would join furniture into a claim
    follows = {every_line[k]: every_line[k - 1] for k in range(1, len(every_line))}
    blocks, i = [], 0
    while i < len(lines):
        a, b = lines[i]
        j = i + 1
        while j < len(lines) and follows.get(lines[j]) == lines[j - 1] \
                and (_BULLET.match(text, *lines[j]) and _is_lead(text, a, b)
                     or _TABLE_ROW.fullmatch(text, *lines[j]) and _leads_a_table(text, a, b)) \
                and not _is_summary_point(text, (a, b), headlines):
            j += 1
        blocks.append(_block(text, lines[i:j], headlines))
        i = j
    return blocks


def _is_summary_point(text: str, span: tuple[int, int], headlines) -> bool:
    # a point of the page's summary box leads no list: each is a line of the deck
    return span in headlines and _BULLET.match(text, *span) is not None


def _block(text: str, lines, headlines=frozenset()) -> Block:
    a, b = lines[0]
    if len(lines) > 1:
        complete = [span for span in lines[1:] if not text[span[0]:span[1]].rstrip().endswith(":")]
        return Block(a, (complete[-1] if complete else lines[0])[1], "list")
    return Block(a, b, "heading" if (a, b) in headlines or is_heading(text[a:b]) else "paragraph")


# --- the page's head: headline, deck and summary lines above the body -----------------------
_TITLE_CHARS = 200
_DECK_CHARS = 300
_MAX_DECKS = 2
_MAX_SUMMARY_LINES = 4     # a deck, or a summary box of a few points
_POINT_CHARS = 250
_BODY_WORDS = 6
_HEADER_KINDS = ("byline", "dateline")


def headline_lines(text: str, every_line, skip) -> set[tuple[int, int]]:
    """Spans of the headline and the deck or summary lines under it (labelling rule 2: they
    repeat or summarise the body, so they hold no claims of their own).

    The headline is the first content line, without a closing full stop; it counts as one
    when decks follow it or the page's byline or date line does. A deck is (a) a line without
    closing punctuation above the first sentence of the body, or (b) one of the lines right
    under the headline when the byline or date line follows them: the body starts below that
    furniture, never above it."""
    content = [i for i, span in enumerate(every_line) if span not in skip]
    if len(content) < 3:
        return set()
    title = content[0]
    line = _line(text, every_line[title])
    if len(line) >= _TITLE_CHARS or line.endswith("."):
        return set()
    above_byline = _decks_above_byline(text, every_line, skip, title)
    decks = _unpunctuated_decks(text, every_line, content[1:]) | (above_byline or set()) \
        | _points_under_the_head(text, every_line, skip, title + len(above_byline or ()))
    return decks | {every_line[title]} if decks or above_byline is not None else set()


def _line(text: str, span) -> str:
    return text[span[0]:span[1]].strip()


def _unpunctuated_decks(text: str, every_line, content) -> set[tuple[int, int]]:
    found = set()
    for i in content:
        line = _line(text, every_line[i])
        if line.endswith(tuple(_END_MARKS)) and len(line.split()) >= _BODY_WORDS:
            return found            # the body's first sentence: the head is above it
        if len(line) <= _DECK_CHARS and line[-1] not in _END_MARKS + ":" and not _BULLET.match(line):
            found.add(every_line[i])
            if len(found) > _MAX_SUMMARY_LINES:
                return set()        # a table or list above the body, not a deck
    return set()                    # no punctuated body below: nothing to tell the head by


def _points_under_the_head(text: str, every_line, skip, last_head: int) -> set[tuple[int, int]]:
    """Bullet points right under the byline or date line, above the body's first paragraph:
    the page's summary of the story (key points), which the body repeats."""
    i = last_head + 1
    header = False
    while i < len(every_line) and every_line[i] in skip:
        line = _line(text, every_line[i])
        header = header or is_dateline(line) or line_kind(line) in _HEADER_KINDS
        i += 1
    points = []
    while header and i < len(every_line) and _BULLET.match(text, *every_line[i]) \
            and every_line[i][1] - every_line[i][0] <= _POINT_CHARS:
        points.append(every_line[i])
        i += 1
    body_follows = i < len(every_line) and every_line[i] not in skip
    if not (0 < len(points) <= _MAX_SUMMARY_LINES and body_follows):
        return set()
    body = text[every_line[i][0]:every_line[i][0] + _SUMMARISED_CHARS].lower()
    return set(points) if all(_repeated_in(text[a:b], body) for a, b in points) else set()


_SUMMARISED_CHARS = 2000       # the body a summary box sums up starts right under it
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _repeated_in(point: str, body: str) -> bool:
    """Most of a point's content words come back in the body: a summary, not a list of its own
    (a price list under the date line names goods the paragraph below does not)."""
    words = set(_CONTENT_WORD.findall(point.lower()))
    return bool(words) and sum(w in body for w in words) >= 0.5 * len(words)


def _decks_above_byline(text: str, every_line, skip, title: int) -> set[tuple[int, int]] | None:
    """The lines between the headline and the byline or date line under them (maybe none),
    or None when no such furniture follows."""
    decks, i = [], title + 1
    while i < len(every_line) and every_line[i] not in skip:
        line = _line(text, every_line[i])
        if len(decks) == _MAX_DECKS or len(line) > _DECK_CHARS or _opens_the_body(line):
            return None
        decks.append(every_line[i])
        i += 1
    header = False
    while i < len(every_line) and every_line[i] in skip:
        line = _line(text, every_line[i])
        header = header or is_dateline(line) or _head_furniture(line)
        i += 1
    # The body follows the furniture: an editor's line closing a short piece is no header.
    return set(decks) if header and i < len(every_line) else None


def _head_furniture(line: str) -> bool:
    # (share buttons are a few words; a promotion told as a sentence, "Ikuti berita terkini dari
    # kami di Google News.", is set anywhere in the page, the body above it too; a photo's credit,
    # a wire's sign-off or a rights line, "Credit: AFP", "— Bernama", "Copyright 2024 …", may
    # stand under the lead paragraph: only a writer's byline opens the body below the head)
    kind = line_kind(line)
    return kind in _HEAD_FURNITURE and not (kind == "widget" and line.endswith(".") and len(line.split()) > 4) \
        and not (kind == "byline" and _NO_WRITERS_LINE.match(line) or is_lone_credit(line) or is_sign_off(line))


_NO_WRITERS_LINE = re.compile(r"\W*(?:credits?|source|sumber|copyright|hak cipta|©|all rights reserved)\b", re.I)


def _opens_the_body(line: str) -> bool:
    """A line that opens with the body's dateline ("Jakarta (ANTARA) - …") or holds two sentences
    is the body's lead paragraph, never a deck."""
    return DATELINE_PREFIX.match(line) is not None \
        or len(line) > _LEAD_CHARS and _TWO_SENTENCES.search(line) is not None


# (a deck may be two short sentences, "Inflation hits 5%. Central bank to act.")
_LEAD_CHARS = 120
_TWO_SENTENCES = re.compile(r"[a-z\d%)][.!?]\s+[A-Z]")


# Under the headline and its deck come the byline, the date line or the share buttons; the
# body starts below them.
_HEAD_FURNITURE = _HEADER_KINDS + ("widget",)


def _leads_a_table(text: str, a: int, b: int) -> bool:
    """A lead-in, a heading, a short label ("Damage report") or a row: what heads table rows."""
    line = text[a:b].strip()
    return _is_lead(text, a, b) or len(line.split()) <= 8 and line[-1:] not in _END_MARKS \
        or _TABLE_ROW.fullmatch(line) is not None


def _is_lead(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    return line.endswith(":") or is_heading(line) or bool(_BULLET.match(line))


def is_heading(line: str) -> bool:
    """A short line without closing punctuation, mostly in Title Case: a headline,
    subheading or label (a cut-off last sentence is in sentence case)."""
    line = line.strip()
    # The cheap tests first: most lines are sentences closed by a full stop, and are not split.
    if not line or line[-1] in _END_MARKS or line[-1] == ":":
        return False
    parts = line.split()
    if len(parts) > 16 or _BULLET.match(line):
        return False
    words = [w for w in parts if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised >= 0.6 * max(1, len(words))
