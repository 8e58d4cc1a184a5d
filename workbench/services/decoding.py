"""Bytes of an uploaded or fetched page -> text, with the encoding detected."""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class UndecodableText(ValueError):
    """No encoding we accept turns these bytes into text."""


def decode_bytes(data: bytes, declared: str | None = None, html: bool = False) -> str:
    """Decode by BOM, then the declared charset (header, or ``<meta>`` for HTML), then UTF-8,
    then charset-normalizer's best guess. Raises ``UndecodableText``."""
    for encoding in _candidates(data, declared, html):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    guess = from_bytes(data).best()
    if guess is None or b"\x00" in data and guess.encoding not in ("utf_16", "utf_32"):
        raise UndecodableText("The file is not readable text in any known encoding.")
    return str(guess)


def _candidates(data: bytes, declared: str | None, html: bool) -> list[str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return [encoding]
    found = [declared] if declared else []
    if html and (meta := META_CHARSET.search(data[:4096])):
        found.append(meta.group(1).decode("ascii"))
    return found + ["utf-8"]
