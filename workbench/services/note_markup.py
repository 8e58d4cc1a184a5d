"""Notes are Markdown; this turns one into HTML that is safe to put in a page.

Two layers: Python-Markdown runs with its raw-HTML handlers removed, so ``<script>`` typed in
a note comes out as text; then nh3 (the Ammonia sanitiser) keeps only the tags and attributes
listed here and only http, https and mailto links, each with ``rel="nofollow noopener
noreferrer"``. No images (they show as links): a note must not make every reader's browser
call a third party.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree

import markdown
import nh3
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString
from markupsafe import Markup

# "@name" not preceded by a word character, "@", "." or "/" (e-mail addresses and URLs do
# not count); a trailing dot or dash is punctuation, not part of the name.
MENTION = re.compile(r"(?<![\w@./])@([A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9_])")
TAGS = {"p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr",
        "h3", "h4", "h5", "h6", "span", "del"}
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer"


def mentioned_names(body: str) -> set[str]:
    """Lower-case usernames written as ``@name`` in ``body`` (known or not)."""
    return {m.group(1).lower() for m in MENTION.finditer(body or "")}


def render(body: str, known_users: set[str] = frozenset()) -> Markup:
    """Sanitised HTML of a note; ``@name`` of a known user is highlighted."""
    md = markdown.Markdown(extensions=["fenced_code", "sane_lists", "nl2br"])
    md.preprocessors.deregister("html_block")
    for name in ("html", "image_link", "image_reference", "short_image_ref"):
        md.inlinePatterns.deregister(name)   # an image stays a plain link
    md.inlinePatterns.register(_MentionProcessor(MENTION.pattern, set(known_users)),
                               "mention", 65)   # after links (so URLs keep their @), before em
    html = md.convert(body or "")
    return Markup(nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                            link_rel=LINK_REL, allowed_classes={"span": {"mention"}},
                            clean_content_tags={"script", "style"}))


class _MentionProcessor(InlineProcessor):
    def __init__(self, pattern: str, known: set[str]):
        super().__init__(pattern)
        self.known = known

    def handleMatch(self, m, data):  # noqa: N802  (Python-Markdown's name)
        name = m.group(1).lower()
        if name not in self.known:
            return None, None, None
        element = etree.Element("span", {"class": "mention"})
        element.text = AtomicString(f"@{name}")   # not parsed again as Markdown
        return element, m.start(0), m.end(0)
