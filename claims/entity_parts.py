"""Cut a capitalised run into entity parts and guess each part's kind.

Titles are dropped ("Presiden", "Juru Bicara"), unless the name is a lone initial
("Bharada X"); a titled run is split after its last known place ("Presiden Prancis Jean
Dupont" -> "Prancis" + "Jean Dupont", "Ketua KPU Jawa Barat Rina Lestari" -> "KPU Jawa
Barat" + "Rina Lestari"); generic heads ("Kantor KPK") and trailing initials are cut off.
"""
from __future__ import annotations

from claims import gazetteer as gz
from claims import lexicon as lx
from claims.entity_chunks import Token
from claims.entity_evidence import written_in_lower_case

# Generic heads written before a name that are not part of it ("Ibu Kota Kiev", "Kantor KPK").
_DESCRIPTORS = (("ibu", "kota"), ("ibukota",), ("kantor",), ("markas",), ("pihak",))
_DESCRIPTOR_HEADS = frozenset(words[0] for words in _DESCRIPTORS)
_TITLE_HEADS = frozenset(title.split()[0] for title in gz.TITLES)


def entity_parts(run: list[Token], evidence: str | None = None) -> list[tuple[list[Token], str]]:
    """The (tokens, kind) parts of one run already stripped of common words. ``evidence``, the
    text the run is read in, lets a lone contracted name ("Polri") stand when the text never
    writes it in lower case; without it every lone cue word is dropped."""
    run = _strip_descriptor(run)
    if not run:
        return []
    titled, rest = _strip_title(run)
    if titled and (not rest or len(rest) == 1 and len(rest[0].text.rstrip(".")) == 1):
        return [(run, "person")]                         # "Bharada X": the title is the name
    parts = _split_after_place(rest) if titled else [rest]
    parts = [p for part in parts for p in _split_trailing_initial(_strip_descriptor(part))]
    kept = [p for p in parts if p and not _all_common(p, evidence)]
    return [(p, "person" if titled and p is kept[-1] and kind_of(p) == "other" else kind_of(p))
            for p in kept]


def kind_of(run: list[Token]) -> str:
    """person, org, place or other, from cue words, gazetteers and the shape of the name."""
    lows = [t.low for t in run]
    name = " ".join(lows)
    if name in gz.PLACES or lows[0] in gz.PLACE_CUES or " ".join(lows[:2]) in gz.PLACE_CUES:
        return "place"
    if not gz.ORG_CUES.isdisjoint(lows) or (len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1):
        return "org"
    if len(run) > 1 and (lows[-1] in lx.INSTITUTION_TAILS or lows[0] in lx.INSTITUTION_HEADS):
        return "org"                     # "Food and Drug Administration", "Office of X and Y"
    if name in gz.DEMONYMS or not gz.NUMBERED_NAMES.isdisjoint(lows):
        return "other"
    if 2 <= len(run) <= 5 and all(t.text[0].isupper() and not t.text.isupper() for t in run):
        return "person"
    return "other"


def _strip_title(run: list[Token]) -> tuple[bool, list[Token]]:
    stripped = False
    while run and run[0].low in _TITLE_HEADS:
        size = next((n for n in (3, 2, 1) if len(run) >= n and
                     " ".join(t.low for t in run[:n]) in gz.TITLES), 0)
        if not size:
            break
        run, stripped = run[size:], True
    return stripped, run


def _place_end(run: list[Token]) -> int:
    """End index of the last gazetteer place inside ``run`` that has words after it."""
    best = 0
    for i in range(len(run)):
        for n in (3, 2, 1):
            if i + n < len(run) and " ".join(t.low for t in run[i:i + n]) in gz.PLACES:
                best = max(best, i + n)
                break
    return best


def _acronym_end(run: list[Token]) -> int:
    """"BNPB Suharyanto" after a title: the body's acronym, then the person."""
    n = 0
    while n < len(run) and run[n].text.isupper() and len(run[n].text) > 1:
        n += 1
    return n if 0 < n < len(run) else 0


def _split_after_place(run: list[Token]) -> list[list[Token]]:
    cut = _place_end(run) or _acronym_end(run)
    if not cut or any(t.low in gz.ORG_CUES or t.low in gz.PLACE_CUES for t in run[cut:]):
        return [run]
    return [run[:cut], run[cut:]]


def _strip_descriptor(run: list[Token]) -> list[Token]:
    if not run or run[0].low not in _DESCRIPTOR_HEADS:
        return run
    for words in _DESCRIPTORS:
        if len(run) > len(words) and tuple(t.low for t in run[:len(words)]) == words:
            return run[len(words):]
    return run


def _split_trailing_initial(run: list[Token]) -> list[list[Token]]:
    """"Kabupaten Musi Banyuasin F": a lone initial after a place or body is its own name."""
    if len(run) > 2 and len(run[-1].text) == 1 and kind_of(run[:-1]) in ("place", "org"):
        return [run[:-1], run[-1:]]
    return [run]


def _all_common(run: list[Token], evidence: str | None = None) -> bool:
    if len(run) == 1 and (run[0].low in gz.ORG_CUES or run[0].low in gz.PLACE_CUES):
        return evidence is None or not _contracted_body(run[0], evidence)  # "Dinas", "Kota" alone name nothing
    return all(t.low in gz.NOT_NAMES or t.low in gz.COMMON_ACRONYMS or t.low in gz.TITLES
               or t.text.isdigit() for t in run)


def _contracted_body(tok: Token, evidence: str) -> bool:
    """"Polri", "Kemenkes": a cue that is itself one body's short name. Generic heads, place
    words and titles ("Jaksa") are not, nor is a word the article also writes in lower case."""
    low = tok.low
    return not (low in lx.INSTITUTION_HEADS or low in gz.PLACE_CUES or low in lx.TITLE_WORDS
                or tok.text.isupper() or written_in_lower_case(low, evidence))
