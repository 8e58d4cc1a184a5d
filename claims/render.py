"""Output forms of an ArticleAnalysis: the --jsonl record and the readable text listing."""
from __future__ import annotations

from claims.model import ArticleAnalysis


def result_json(result: ArticleAnalysis) -> dict:
    """The JSON-lines record of the CLI (without the id)."""
    return result.to_json()


def render_text(name: str, result: ArticleAnalysis) -> str:
    """A readable list of claims: text, types, source, numbers, dates."""
    lines = [f"# {name}  [{result.language}] {result.title or ''}".rstrip(),
             f"  published: {result.published or '-'}   outlet: {result.outlet or '-'}"
             f"   claims: {len(result.claims)}   boilerplate lines: {len(result.boilerplate)}"]
    for i, claim in enumerate(result.claims, 1):
        lines.append(f"{i:3}. [{claim.start}:{claim.end}] {claim.text}")
        lines.append(f"     types: {', '.join(claim.types)}   score: {claim.score:.2f}"
                     f"   source: {claim.source or '-'}")
        if claim.quantities:
            lines.append("     numbers: " + "; ".join(_quantity(q) for q in claim.quantities))
        if claim.dates:
            lines.append("     dates: " + ", ".join(claim.dates))
    return "\n".join(lines) + "\n\n"


def _quantity(q) -> str:
    """"9–10 km", "approx 40 persen", "nearly 40 percent" (an open bound shows its one end)."""
    low, high = q.value_min, q.value_max
    if low is None or high is None or low == high:
        value = _number(low if high is None else high) if low is not None or high is not None else "?"
    else:
        value = f"{_number(low)}–{_number(high)}"
    return " ".join(x for x in (q.qualifier, value, q.unit) if x)


def _number(value: float) -> str:
    # ("1500000", not "1.5e+06": figures as a reader writes them, up to fifteen digits)
    return f"{value:.15g}"
