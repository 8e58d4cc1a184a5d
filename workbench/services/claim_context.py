"""A claim in its article: the sentences around it and the facts the splitter read from it.

Read-only. The claim page shows the passage once, under the claim, where selecting words in
it sets the claim's span (so each piece carries its offset in the article text). Sentences
come from the pipeline's own segmenter (``claims.segment``), which knows Indonesian
abbreviations, so a "Jl." or "Prof." does not cut the context short.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from claims.segment import line_spans, sentence_spans
from workbench.display import show_quantity
from workbench.models import Claim

REACH = 1500   # characters searched on each side for the neighbouring sentences


@dataclass(frozen=True)
class ClaimContext:
    before: str          # the sentences before the claim (and the start of its own)
    claim: str
    after: str
    anchored: bool
    start: int = 0       # where ``before`` begins in the article text (the page's offsets)


def around(claim: Claim, sentences: int = 1) -> ClaimContext:
    """The claim with ``sentences`` whole sentences before and after it; the context stops
    at page furniture (an "ADVERTISEMENT" line, a related-links list), which is no part of
    what the article says."""
    text = claim.article.text
    if not claim.anchored or text[claim.start:claim.end] != claim.text:
        return ClaimContext("", claim.text, "", anchored=False, start=claim.start)
    spans = _sentences_near(text, claim.start, claim.end)
    furniture = [(b["start"], b["end"]) for b in claim.article.boilerplate or []]
    earlier = _clear_of(furniture, [s for s in spans if s[0] < claim.start], claim, -1)
    later = _clear_of(furniture, [s for s in spans if s[1] > claim.end], claim, 1)
    first = _start_of(earlier, sentences, claim.start)
    last = _end_of(later, sentences, claim.end)
    return ClaimContext(text[first:claim.start], claim.text, text[claim.end:last],
                        anchored=True, start=first)


def facts(claim: Claim) -> dict[str, list[str]]:
    """Who says it, numbers, dates and entities (by kind) as short display strings."""
    entities = sorted(claim.entities or [], key=lambda e: e.get("kind") or "other")
    return {
        "said by": [claim.source] if claim.source else [],
        "numbers": [show_quantity(q) for q in claim.quantities or []],
        "dates": list(claim.dates or []),
        **({f"entities: {kind}": sorted({e["text"] for e in group})
            for kind, group in groupby(entities, key=lambda e: e.get("kind") or "other")}
           or {"entities": []}),
    }


def _sentences_near(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lo = text.rfind("\n", 0, max(0, start - REACH)) + 1
    hi = text.find("\n", min(len(text), end + REACH))
    spans = []
    for a, b in line_spans(text, lo, len(text) if hi < 0 else hi):
        spans.extend(sentence_spans(text, a, b))
    return spans


def _clear_of(furniture, spans, claim: Claim, step: int) -> list[tuple[int, int]]:
    """``spans`` on one side of the claim (``step`` -1: before it), outward from it, up to
    the first that lies in page furniture; those that overlap the claim always stay."""
    kept = []
    for span in spans[::step]:
        touches_claim = span[0] < claim.end and span[1] > claim.start
        if not touches_claim and any(a <= span[0] and span[1] <= b for a, b in furniture):
            break
        kept.append(span)
    return kept[::step]


def _start_of(earlier: list[tuple[int, int]], count: int, claim_start: int) -> int:
    # The claim's own sentence may begin before the claim: it is always shown whole.
    whole = [s for s in earlier if s[1] <= claim_start]
    own = [s for s in earlier if s[1] > claim_start]
    chosen = own + whole[-count:] if count else own
    return min((s[0] for s in chosen), default=claim_start)


def _end_of(later: list[tuple[int, int]], count: int, claim_end: int) -> int:
    whole = [s for s in later if s[0] >= claim_end]
    own = [s for s in later if s[0] < claim_end]
    chosen = own + whole[:count] if count else own
    return max((s[1] for s in chosen), default=claim_end)
