"""Line-level boilerplate detection: page furniture is reported with offsets and a kind.

Whole lines are the unit (the labelling rules' choice: that is what a text cleaner sees).
Each line gets one kind from ``BOILERPLATE_KINDS`` or None when it is article content.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from claims import furniture as fu
from claims import lexicon as lx
from claims.dates import parse_dateline
from claims.furniture import (agency_credit, author_bios, head_bylines, is_bare_related, is_listed_headline,
                              is_colon_credit_caption, is_credit_pairs, is_dash_credit_caption,
                              is_editor_name, is_joined_tags, is_list_marker,
                              is_media_label, is_name_dash_site, is_page_prompt, is_reader_question,
                              is_rights_notice, is_role_byline, is_section_kicker, is_small_widget,
                              is_subscription_pitch, is_summary_label, pitch_companions, related_headlines,
                              tag_lines, unlabelled_headlines)
from claims.lexicon_dates import FULL_WEEKDAYS, alternation
from claims.model import Boilerplate
from claims.segment import line_spans
from claims.text_features import _ODD_FOLDS, holds_any, literal_alternation, lowered, may_hold_any

_NON_WORD = re.compile(r"\W")
_SOURCE_LINE = re.compile(r"(sumber|source)\s*:", re.I)
_DIGIT = re.compile(r"\d")
# Every DATELINE_HINT match and every year parse_dateline accepts holds four digits in a row.
_FOUR_DIGITS = re.compile(r"\d\d\d\d")   # not \d{4}: a pattern opening with a repeat gets no skip-ahead
_CAPTION_HINTS = ("foto", "photo", "image", "picture", "gambar", "dok", "ilustrasi", "illustration", "courtesy",
                  "handout", "caption", "credit", "video", "via ", "file")
# One search for any of the hints (as substrings) costs less than a test per hint.
_CAPTION_HINT = re.compile(literal_alternation(_CAPTION_HINTS))
# What may close the caption in front of a credit: "…, June 19, 2024. (Reuters/Jane Roe)".
_SENTENCE_CLOSE = ('.', '!', '?', '"', '”', '’', ')')
# (not after a title's abbreviation: "Plt. Kepala BPS …", "Dr. Ana …")
_TITLES_BEFORE_A_DOT = ("Plt", "Dr", "dr", "Ir", "H", "KH", "St", "Mr", "Ms", "Mrs", "Prof", "Gen", "Gov", "Sen", "Rep")
_SENTENCE_INSIDE = re.compile("".join(rf"(?<!\b{title})" for title in _TITLES_BEFORE_A_DOT) + r"[.!?]\s+[A-Z]")
_CAPTION_CHARS = 250            # the longest caption _looks_like_caption accepts
_LEFTOVER_WORD = re.compile(r"[A-Za-z]{2,}")
# Weekday names written in full: the abbreviations ("Mon", "Kam") are prefixes of them.
_WEEKDAYS = re.compile(rf"\b({alternation(FULL_WEEKDAYS)}|updated|diperbarui|published"
                       r"|wib|wita|wit|gmt|utc|am|pm)\b", re.I)


def find_boilerplate(text: str, outlet: str | None = None) -> tuple[Boilerplate, ...]:
    """Boilerplate lines of ``text`` in text order, each with its kind."""
    lines = list(line_spans(text))
    stripped = [text[a:b].strip() for a, b in lines]
    rules = _rules_for(text)
    found = []
    for i, (a, b) in enumerate(lines):
        kind = line_kind(stripped[i], outlet, rules)
        if kind is None and i + 1 < len(lines):
            kind = _chart_title(stripped[i], stripped[i + 1])
        if kind:
            found.append(Boilerplate(a, b, kind))
    found += _captions_above_credits(lines, stripped, found)
    found += _captions_beside_agency_credits(lines, stripped, found)
    kinds = {(b.start, b.end): b.kind for b in found}
    for furniture_pass in (head_bylines, related_headlines, tag_lines, unlabelled_headlines, author_bios,
                           pitch_companions, fu.newsletter_blurbs, fu.comment_rules, fu.lone_brand_captions):
        extra = furniture_pass(lines, stripped, kinds)    # each pass sees what the ones before found
        found += extra
        kinds.update(((b.start, b.end), b.kind) for b in extra)
    found += _section_labels(lines, stripped, found)
    misplaced = fu.misplaced_sign_offs(lines, stripped, {(b.start, b.end): b.kind for b in found})
    if misplaced:
        found = [b for b in found if (b.start, b.end) not in misplaced]
    return tuple(sorted(found + list(_repeated_captions(text, lines, stripped, found)),
                        key=lambda b: b.start))


def _rules_for(text: str) -> "_RulesByLength":
    """The rules a line of ``text`` can pass: a rule whose words the whole article lacks is
    not tried on each of its lines (lower-casing maps each character on its own but for the
    Greek sigma, which these words do not hold, so a line's words are the article's too)."""
    return _rules_without(frozenset(test for test, words in _RULE_WORDS if not may_hold_any(text, words)))


@lru_cache(maxsize=None)
def _rules_without(skipped: frozenset) -> "_RulesByLength":
    # One set of rules for each combination of skipped tests (a handful), built once.
    return _RulesByLength(tuple(rule for rule in _RULES if rule[1] not in skipped))


def line_kind(line: str, outlet: str | None = None, rules: "_RulesByLength | None" = None) -> str | None:
    """The boilerplate kind of one stripped line, or None for content."""
    rules = rules or _ALL_RULES
    for kind, test in (rules.for_prose(len(line)) if reads_as_prose(line) else rules.for_length(len(line))):
        if test(line, outlet):
            return kind
    return None


class _RulesByLength:
    """The rules in their order, and for each line length those that can accept a line that
    long. Many rules reject any line longer than a bound (their first test says so): a body
    paragraph, longer than most bounds, skips them with one look-up instead of a call each."""

    def __init__(self, rules: tuple):
        self.bounds = sorted({bound for _kind, _test, bound in rules if bound is not None})
        # self.by_bound[i]: the rules whose bound is self.bounds[i] or more, or unbounded
        self.by_bound = [tuple((kind, test) for kind, test, bound in rules if bound is None or bound >= least)
                         for least in self.bounds + [float("inf")]]
        self.prose_by_bound = [tuple(rule for rule in rules_of_length if rule[1] not in _NEVER_PROSE)
                               for rules_of_length in self.by_bound]

    def for_length(self, length: int) -> tuple:
        """The rules, in order, that may accept a line of ``length`` characters."""
        return self.by_bound[bisect_left(self.bounds, length)]

    def for_prose(self, length: int) -> tuple:
        """The rules, in order, that may accept a line of ``length`` characters that
        ``reads_as_prose``: the others are ruled out by that shape (see _NEVER_PROSE)."""
        return self.prose_by_bound[bisect_left(self.bounds, length)]


def _is_widget(line: str, _outlet) -> bool:
    tokens = line.split()                # the \S+ runs: str.split and re's \s agree on white space
    if lx.SOCIAL_EMBED.match(line):
        return True
    if len(tokens) > 5:
        # A site-action imperative that addresses the reader, or a short promotional one
        # without a single figure ("Get the best experience …"), is a widget line.
        return len(tokens) <= 45 and bool(lx.SITE_ACTION_LINE.match(line)) and (
            bool(lx.SITE_CUE.search(line)) or (len(tokens) <= 25 and not _DIGIT.search(line)))
    return _widget_tokens(tokens)


def _widget_tokens(tokens: list[str]) -> bool:
    # Widget words, with fillers ("Share on X") and counters ("12 komentar"), one at least.
    named = counted = counter = False
    for token in tokens:
        word = token.strip("():[]!").lower()
        if not word:
            continue            # "Share :": the label's colon on its own
        if word in lx.WIDGET_WORDS or lx.WIDGET_TOKEN.match(token):
            named = True
            counted = counted or word in lx.WIDGET_COUNTED
        elif word.isdigit():
            counter = True
        elif word not in lx.WIDGET_FILLER:
            return False
    return named and (counted or not counter)


DATELINE_CHARS = 70
# A longer date line joins a byline, the outlet and two dates, set off by separators or labels
# ("Name · Outlet · Posted: … | Last Updated: …"); the words besides the dates decide
# (parse_dateline).
LONG_DATELINE_CHARS = 120
_LONG_DATELINE_CUES = ("·", "•", "|", "Published", "Posted", "Updated", "Diperbarui", "Diterbitkan")


def is_dateline(line: str) -> bool:
    """A short line that only states a date and time (with weekday, outlet or zone)."""
    if len(line) > DATELINE_CHARS and (len(line) > LONG_DATELINE_CHARS
                                       or not holds_any(line, _LONG_DATELINE_CUES)):
        return False        # a sentence, most often: substring tests cost less than the cache
    return _FOUR_DIGITS.search(line) is not None and _is_dateline(line)


# Every lx.DATELINE_HINT match holds a month's abbreviation, or two slashes ("5/3/2024") or two
# hyphens ("2024-03-05"): a line with none (a sentence with a four-digit count, or with one
# "Senin (4/3)", most often) is not searched at every position.
_MONTH_PARTS = ("jan", "feb", "mar", "apr", "mei", "may", "jun", "jul", "agu", "aug", "sep", "okt", "oct", "nov",
                "des", "dec")


def _may_hold_a_dateline_hint(line: str) -> bool:
    return line.count("/") >= 2 or line.count("-") >= 2 or may_hold_any(line, _MONTH_PARTS)


@lru_cache(maxsize=64)
def _is_dateline(line: str) -> bool:
    # Cached: the boilerplate finder and the publication-date reader both ask about the first
    # lines of an article.
    hinted = _may_hold_a_dateline_hint(line) and lx.DATELINE_HINT.search(line) is not None
    parsed = None if hinted else parse_dateline(line)
    if not hinted and parsed is None:
        return False
    rest = _WEEKDAYS.sub(" ", lx.DATELINE_HINT.sub(" ", lx.CLOCK_OR_ZONE.sub(" ", line)))
    if len(_LEFTOVER_WORD.findall(rest)) <= 2:
        return True
    # More words are left over when the line names a city or an outlet, or carries labels
    # and a zone the patterns above do not strip ("Chennai | Updated: May 9, 2025 18:40
    # IST"): the publication-date reader, which allows only such words besides the date,
    # decides. A sentence that holds a date has lower-case words and fails it.
    return (parsed if not hinted else parse_dateline(line)) is not None


_SYNDICATION_CHARS = 300      # "Artikel ini telah tayang di … dengan judul …" with a long title


def _is_byline(line: str, outlet: str | None) -> bool:
    if (len(line) < 120 and (lx.BYLINE_LINE.match(line) or lx.BY_LINE.match(line))
            or len(line) < _SYNDICATION_CHARS and lx.SYNDICATION_LINE.match(line)):
        return not _is_speech_sentence(line)    # "Source: the port said …" is the story's
    if " " not in line and lx.OUTLET_TOKEN.match(line):
        return True             # "Bola.net", "kabarKOTA": the site's name on its own line
    if line.startswith("(") and line.endswith(")") and lx.EDITOR_INITIALS.match(line):
        return True
    return bool(outlet) and len(line) < 40 and \
        _NON_WORD.sub("", line).lower() == _NON_WORD.sub("", outlet).lower()


# A reporter's or advertiser's contact note: "Contact Jane Roe at 555-0142", "Reach the desk
# at news@example.com", "Hubungi Budi di 0812-3456-7890", "Jane Roe can be reached at …". The
# line opens with a contact imperative (or "… can be reached") and closes with the phone
# numbers or addresses it gives: a sentence that goes on after them is content.
_PHONE = r"\+?\(?\d[\d\s().\-]{5,18}\d"
_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?:https?://|www\.)\S+"
_CONTACT_DETAIL = rf"(?:{_PHONE}|{_ADDRESS})"
_CONTACT_LINE = re.compile(
    r"(?:(?i:(?:for more information,?\s+|untuk informasi(?: lebih lanjut)?,?\s+|info(?:rmasi)?\s*:?\s*)?"
    r"(?:to\s+)?(?:contact|reach|call|e-?mail|text|write to|whatsapp|hubungi|kontak|telepon|telp\.?|hub\.?))"
    r"|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}\s+(?i:can|may) be (?i:reached|contacted))"
    rf"\b(?:[^.!?\n]|\.(?=\s*[(+\d])){{0,70}}?(?i:\s(?:at|on|via|by|di|ke|melalui|lewat|pada|nomor|no\.?)\s*:?|:)?\s*"
    rf"{_CONTACT_DETAIL}(?:\s*(?:,|/|or|atau|and|dan)\s*(?:\w+\s+)?{_CONTACT_DETAIL})*\s*[.)]?$")
# A label and nothing but contact details after it: "Comments: (555) 010-0142; jane@example.com",
# "Redaksi: 021-555 0100 / redaksi@example.co.id".
_LABELLED_CONTACT = re.compile(rf"[A-Z][\w ]{{0,24}}:\s*{_CONTACT_DETAIL}"
                               rf"(?:\s*(?:[,;/|]|or|atau|and|dan)\s*{_CONTACT_DETAIL})*\s*\.?")


_CONTACT_CHARS = 160


def _is_contact(line: str, _outlet) -> bool:
    # Every match ends with a phone number (a digit, then at most a full stop or a bracket)
    # or holds an address: most lines, which end with a word and a full stop, skip the pattern.
    if len(line) >= _CONTACT_CHARS or not (line.rstrip(".) ")[-1:].isdigit() or "@" in line or "www." in line
                                or "://" in line):
        return False
    return _CONTACT_LINE.match(line) is not None or _LABELLED_CONTACT.fullmatch(line) is not None


# The two ways a line is a caption are two rules, one after the other: an article without a
# photo word skips the first on every line (_RULE_WORDS), and a line of body prose, which
# ends with a full stop or a question mark, never has the second's bare credit at its end.
def _is_hinted_caption(line: str, _outlet) -> bool:
    return _CAPTION_HINT.search(lowered(line)) is not None and bool(
        lx.CAPTION_CREDIT.search(line) or lx.ILLUSTRATION_LINE.match(line)
        or (len(line) <= 400 and (lx.CAPTION_LEAD.match(line) or lx.PHOTO_DESCRIBED.search(line))))


def _is_slash_caption(line: str, _outlet) -> bool:
    return _slash_credit(line) is not None


# A photographer's name in capitals, as some sites print credits: "KOMPAS.com/RINA DEWI".
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}")


_SHORT_CREDIT_CHARS = 40


def _slash_credit(line: str) -> tuple[str, str] | None:
    """(caption, credit) when ``line`` ends with a wire-style photo credit that names no photo
    word ("… 2024. (Reuters/Jane Roe)", "… 2024. REUTERS/Jim Porter"), else None. The credit
    follows a closed sentence or stands alone: inside a sentence a slash is content."""
    if line.endswith((").", "].")) or (len(line) <= _SHORT_CREDIT_CHARS and line.endswith(".")):
        line = line[:-1]        # "… (CNN Indonesia/Adi Maulana).", "TEMPO/Subekti.": a full stop closes the credit too
    if "/" not in line or line[-1] in ".,;:!?":
        return None             # most lines: no slash, or a sentence's full stop at the end
    square = line[-1] == "]"
    if line[-1] in ")]":
        start = line.rfind("[" if square else "(")
        if start < 0:
            return None
        caption, credit = line[:start].rstrip(), line[start + 1:-1].strip()
    else:                       # a bare credit: after the caption's last sentence, or alone
        slash = line.rfind("/")
        start = max(line.rfind(mark + " ", 0, slash) for mark in _SENTENCE_CLOSE)
        caption, credit = line[:start + 1].rstrip(), line[start + 1:].strip()
        if credit.startswith("/"):
            return _leading_slash_credit(caption, credit)
    if len(credit) > 80 or len(caption) > 300 or \
            (caption and not caption.endswith(_SENTENCE_CLOSE) and not lx.CAPTION_TAIL.search(caption)) or \
            (not caption and not lx.STRONG_CREDIT.search(line)):
        return None             # alone, "Jawa Barat/Jawa Tengah" may head a list
    if not lx.SLASH_CREDIT.fullmatch(credit):
        return None
    # Square brackets after a caption hold nothing but a credit ("[Suara.com/Rina]"); in
    # round ones a person's name must show it is no "(TNI/Polri)" aside.
    sides = [side.strip() for side in credit.split("/")]
    if not (square and caption) and not any(
            lx.PERSON_NAME.fullmatch(side) or _CAPITALS_NAME.fullmatch(side) for side in sides) \
            and not (_wire_agency_and_one_word(sides) and _DATED_CAPTION_END.search(caption)) \
            and not (not caption and _outlet_and_one_name(sides)):
        return None
    if len(_SENTENCE_INSIDE.findall(caption)) > 1:
        return None             # a paragraph that closes with a story credit: content
    return caption, credit


# "REUTERS/Staff", "ANTARA/Beawiharta", "AFP/Stringer": a wire agency's credit names its
# photographer by one word (a single name, or the desk).
_WIRE_AGENCY = re.compile(r"REUTERS|Reuters|AFP|AP|ANTARA|Antara|EPA(?:-EFE)?|XINHUA|Xinhua|BERNAMA|KYODO|YONHAP"
                          r"|ANADOLU|Getty\s+Images")
_ONE_NAME = re.compile(r"[A-Z][a-z'’-]+")
# ... after a caption that closes with the photo's full date ("…, January 14, 2016.", "…, Kamis
# (14/1/2016)."): a news sentence with a story credit does not end on a day and its year.
_DATED_CAPTION_END = re.compile(r"(?:\b\d{1,2},?\s+(?:19|20)\d{2}|\b\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d{2}"
                                r"|\(\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\))\W*$")


def _wire_agency_and_one_word(sides: list[str]) -> bool:
    # ("(Reuters/AFP)" names two agencies: a story's sources, no photographer)
    agencies = [_WIRE_AGENCY.fullmatch(side) is not None for side in sides]
    return len(sides) == 2 and sum(agencies) == 1 \
        and _ONE_NAME.fullmatch(sides[agencies.index(False)]) is not None


def _outlet_and_one_name(sides: list[str]) -> bool:
    # "TEMPO/Subekti" alone on its line: an outlet in capitals and its photographer's one name
    return len(sides) == 2 and _CAPITALS_WORD.fullmatch(sides[0]) is not None \
        and _ONE_NAME.fullmatch(sides[1]) is not None


_CAPITALS_WORD = re.compile(r"[A-Z]{3,}")


def _leading_slash_credit(caption: str, credit: str) -> tuple[str, str] | None:
    # "… Sumatra Utara. /Dok. Humas", "…, Senin (3/3). /ANTARA": a credit after a slash that
    # follows the caption's closing mark, short and in capitals or with a document word.
    rest = credit[1:].strip()
    if caption.endswith(_SENTENCE_CLOSE) and rest[:1].isupper() and len(rest.split()) <= 5 \
            and len(caption) <= 300 and lx.STRONG_CREDIT.search(rest):
        return caption, rest
    return None


def _is_site_headline(line: str, _outlet) -> bool:
    return "|" in line and bool(lx.HEADLINE_SITE_SUFFIX.search(line)) and not line.endswith((".", "?", "!"))


# Every CREDIT_LINE match holds one of these: most lines skip the pattern (whose ".{0,100}"
# tries every start).
_CREDIT_WORDS = ("copyright", "hak cipta", "©", "(c)", "all rights reserved", "reporting by",
                 "editing by", "writing by", "laporan tambahan", "contributed")


_CREDIT_CHARS = 160


def _is_credit(line: str, _outlet) -> bool:
    if len(line) >= _CREDIT_CHARS or not may_hold_any(line, _CREDIT_WORDS):
        return False
    return bool(lx.CREDIT_LINE.match(line)) and not _is_speech_sentence(line)


def _is_speech_sentence(line: str) -> bool:
    # A long line that reports speech is a story's sentence, though it opens like a widget or
    # a credit ("Follow-up tests …, the hospital said", "Copyright disputes …, the court said").
    return len(line) > 20 and (fu.reports_speech(line) or fu.opens_with_quotation(line))


def _is_statement(line: str) -> bool:
    # A site action's verb that an auxiliary follows opens a statement, not a prompt:
    # "Download limits were lifted …", "Share prices have fallen …".
    return _is_speech_sentence(line) or (len(line) > 20 and fu.declares_with_auxiliary(line))


def _is_related_line(line: str) -> bool:
    m = lx.RELATED_LINE.match(line)
    return m is not None and not _related_words_in_sentence(line, m.end())


def _related_words_in_sentence(line: str, label_end: int) -> bool:
    # "Berita terkait penangkapan itu ramai dibagikan": the label's words open a sentence
    # that goes on in lower case and closes with a full stop; a label has a colon or a headline.
    return line.endswith(".") and line[label_end:label_end + 2].strip()[:1].islower()


def _is_ad(line: str, _outlet) -> bool:
    return bool(lx.AD_LINE.match(line))


def _is_related(line: str, _outlet) -> bool:
    return _is_related_line(line)


def _is_dateline_rule(line: str, _outlet) -> bool:
    return is_dateline(line)


def _is_furniture(line: str, _outlet) -> bool:
    return bool(lx.FURNITURE_LINE.match(line))


def _is_widget_line(line: str, outlet) -> bool:
    return _is_widget(line, outlet) and not _is_statement(line)


# (kind, test, bound): the test accepts no line longer than ``bound`` characters (None: no
# bound). The bounds are the tests' own first checks; the order is the order of precedence.
_RULES = (
    ("ad", _is_ad, None),
    ("related", _is_related, None),
    ("related", is_bare_related, None),
    ("dateline", _is_dateline_rule, LONG_DATELINE_CHARS),
    ("furniture", _is_furniture, None),
    ("widget", _is_widget_line, None),
    ("caption", _is_hinted_caption, None),
    ("caption", _is_slash_caption, None),
    ("byline", _is_byline, None),
    ("byline", _is_credit, _CREDIT_CHARS - 1),
    ("byline", _is_contact, _CONTACT_CHARS - 1),
    ("title", _is_site_headline, None),
    ("widget", is_page_prompt, fu.PROMPT_CHARS),
    ("widget", fu.is_prompt_after_question, fu.PROMPT_CHARS),
    ("widget", is_reader_question, fu.QUESTION_CHARS),
    ("widget", is_subscription_pitch, fu.PITCH_CHARS),
    ("furniture", is_list_marker, None),
    ("widget", is_small_widget, fu.SMALL_WIDGET_CHARS),
    ("byline", is_credit_pairs, fu.CREDIT_PAIRS_CHARS),
    ("byline", is_name_dash_site, fu.NAME_SITE_CHARS),
    ("byline", is_editor_name, fu.EDITOR_NAME_CHARS),
    ("byline", is_role_byline, fu.ROLE_BYLINE_CHARS),
    ("furniture", is_summary_label, fu.SUMMARY_LABEL_CHARS),
    ("caption", is_media_label, None),
    ("caption", is_colon_credit_caption, fu.CREDIT_CAPTION_CHARS),
    ("caption", is_dash_credit_caption, fu.CREDIT_CAPTION_CHARS),
    ("byline", is_rights_notice, fu.RIGHTS_CHARS),
    ("furniture", is_joined_tags, fu.JOINED_TAGS_CHARS),
    # shapes met on outlets the labelled sets do not hold
    ("caption", fu.is_trailing_credit_caption, fu.TRAILING_CAPTION_CHARS),
    ("furniture", fu.is_ui_label, fu.UI_LABEL_CHARS),
    ("furniture", fu.is_counter_line, fu.COUNTER_CHARS),
    ("widget", fu.is_account_prompt, fu.ACCOUNT_CHARS),
    ("furniture", fu.is_desk_note, fu.DESK_NOTE_CHARS),
    ("related", fu.is_link_prompt, fu.LINK_PROMPT_CHARS),
    ("caption", fu.is_lone_credit, fu.LONE_CREDIT_CHARS),
    ("byline", fu.is_sign_off, fu.SIGN_OFF_CHARS),
    ("furniture", fu.is_breadcrumb_or_category, fu.CATEGORY_CHARS),
    ("dateline", fu.is_relative_stamp, fu.STAMP_CHARS),
    ("related", fu.is_labelled_headline, fu.LABELLED_HEADLINE_CHARS),
    ("byline", fu.is_byline_shape, fu.BYLINE_SHAPES_CHARS),
    ("widget", fu.is_follow_prompt, fu.FOLLOW_CHARS),
    ("widget", fu.is_site_prompt, fu.SITE_PROMPT_CHARS),
    ("dateline", fu.is_stamp_line, fu.SITE_PROMPT_CHARS),
)

# --- body prose: most lines of an article -------------------------------------------------
# A line that reads as a sentence of body text (below) cannot pass these rules, each for a
# reason its own tests give: a label, a credit or a prompt they accept opens with one of
# _FURNITURE_HEADS (or _FURNITURE_OPENINGS), or holds a colon, or does not end with a word's
# full stop or question mark, or has fewer than _PROSE_WORDS words, or is shorter than
# _PROSE_CHARS. The rules left (captions, credits, contacts, date lines, reader questions,
# prompts found by their words anywhere in the line) still run on such a line, in their order.
_NEVER_PROSE = frozenset({
    _is_ad, _is_related, is_bare_related, _is_furniture, _is_widget_line, _is_byline, _is_site_headline,
    is_page_prompt, is_list_marker, is_small_widget, is_credit_pairs, is_name_dash_site,
    is_editor_name, is_role_byline, is_summary_label, is_colon_credit_caption, is_dash_credit_caption,
    is_joined_tags, _is_slash_caption, fu.is_trailing_credit_caption, fu.is_counter_line, fu.is_lone_credit, fu.is_sign_off,
    fu.is_breadcrumb_or_category, fu.is_relative_stamp, fu.is_labelled_headline, fu.is_byline_shape})
_PROSE_CHARS = 40               # (the outlet's name alone, a byline, is shorter)
_PROSE_WORDS = 8                # (a related label, a name and a site's dash, a list marker: fewer)
# The first words (case-blind, after any marks) of the lines those rules accept: ads
# (AD_LINE), related labels (RELATED_LINE), widget lines (SITE_ACTION_LINE), page prompts and
# machine notes (is_page_prompt), bylines and syndication notes (BYLINE_LINE, BY_LINE,
# SYNDICATION_LINE), the desk's corrections (FURNITURE_LINE).
_FURNITURE_HEADS = frozenset("""
advertisement advertisment iklan ad ads sponsored promoted paid konten scroll gulir lanjutkan lanjut continue
story article
baca lihat simak tonton read also see related artikel berita watch video terkait next previous prev terpopuler
most more recommended rekomendasi
quickly now please silakan yuk ayo share get follow subscribe download join sign click tap klik ikuti dapatkan
unduh gabung bagikan berlangganan langganan daftar thank thanks terima
sertai support dukung geser swipe this audio ringkasan suara narasi
sumber source foto photo ilustrasi grafis infografis penulis reporter editor writer by oleh pewarta redaktur
laporan fotografer photographer videografer image credit credits kredit written reported posted tulisan
originally first
an
""".split()) | fu.PROMPT_VERBS
# ... and openings, at the line's first character, of a social embed (SOCIAL_EMBED) and of the
# notes that open with "the" (FURNITURE_LINE, is_page_prompt's machine notes).
_FURNITURE_OPENINGS = ("a post shared by", "view this post on", "lihat postingan ini di", "pic.twitter.com",
                       "the story", "the article", "the audio", "the summary", "the text", "the narration",
                       "the voice", "-", "—", "–")
_FIRST_WORD = re.compile(r"\W*(\w+)")


def reads_as_prose(line: str) -> bool:
    """A stripped line shaped as a sentence of body text: long, of many words, closed by a
    full stop or question mark right after a lower-case letter, with no colon and no
    furniture word first."""
    if len(line) < _PROSE_CHARS or line[-1] not in ".?" or not "a" <= line[-2] <= "z" or ":" in line:
        return False
    # (case-blind patterns equate a few odd letters with "i" and "s": such a line takes every rule)
    if not line.isascii() and any(odd in line for odd in _ODD_FOLDS):
        return False
    if len(line.split(None, _PROSE_WORDS)) < _PROSE_WORDS:
        return False
    head = _FIRST_WORD.match(line)
    return head is not None and head.group(1).lower() not in _FURNITURE_HEADS \
        and not lowered(line).startswith(_FURNITURE_OPENINGS)


_ALL_RULES = _RulesByLength(_RULES)
# Tests every acceptance of which holds one of the words (case-blind), as each test says.
# (Most articles hold no link and no question: those rules, run on nearly every line, are then
# not called at all. A test whose words are many, such as the follow prompt's, costs less on
# each line than a search of the whole article for each of them.)
_RULE_WORDS = ((_is_credit, _CREDIT_WORDS), (_is_hinted_caption, _CAPTION_HINTS), (is_subscription_pitch, fu.SUBSCRIBING_WORDS),
               (is_rights_notice, fu.RIGHTS_WORDS), (fu.is_link_prompt, fu.LINK_WORDS),
               (fu.is_prompt_after_question, fu.QUESTION_MARK))


def _chart_title(line: str, next_line: str) -> str | None:
    # A short unpunctuated line right above a "Sumber:" credit is a chart or table title.
    # (the line's own shape first: most lines close like a sentence)
    if len(line) < 90 and not line.endswith((".", ":", "?", "!")) and _SOURCE_LINE.match(next_line):
        return "caption"
    return None


def _captions_above_credits(lines, stripped, found) -> list[Boilerplate]:
    """A caption whose photo credit stands alone on the next line is a caption too."""
    marked = {(b.start, b.end): b.kind for b in found}
    extra = []
    for i in range(1, len(lines)):
        # (a credit with its label may have been read as a byline: "Credit: Jane Roe/Reuters")
        kind = marked.get(lines[i])
        if (kind == "caption" or kind == "byline" and fu.is_lone_credit(stripped[i])) \
                and lines[i - 1] not in marked and _is_bare_credit(stripped[i]) \
                and (_looks_like_caption(stripped[i - 1]) or _dated_caption_and_its_comment(stripped[i - 1])):
            extra.append(Boilerplate(*lines[i - 1], "caption"))
    return extra


# A full date with its year: "Feb. 27, 2024", "15 January 2024", "(13/5/2024)".
_FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d{2}\b"
                        r"|\(\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\)")


def _dated_caption_and_its_comment(line: str) -> bool:
    """Two sentences over a photo credit, the first dating the photo: "A collapsed section of the
    bridge in Phu Tho province on September 9, 2024. Ten cars fell into the river." (a caption
    adds a sentence to the one that tells what and when; a story's sentence seldom gives the
    full date of what it reports)."""
    inside = _SENTENCE_INSIDE.findall(line)
    if len(inside) != 1 or len(line) > _CAPTION_CHARS + _SECOND_SENTENCE_CHARS or lx.DATELINE_PREFIX.match(line):
        return False
    first = _SENTENCE_INSIDE.search(line)
    return _FULL_DATE.search(line, 0, first.start() + 1) is not None \
        and not _SINCE_ITS_DAY.search(line, 0, first.start() + 1)


_SECOND_SENTENCE_CHARS = 100


def _section_labels(lines, stripped, found) -> list[Boilerplate]:
    """One-word lines above the first sentence of the body ("Business", "Kesehatan") are the
    site's section labels; further down a one-word line may head a list, so it stays. Longer
    section names ("News|Courts", "Local Government") count as the page's first content line,
    right above the headline: a short title ("Banjir Landa Kota") has the body's first
    sentence under it instead, and a list's heading ("Kabupaten Bogor") its bullets."""
    marked = {(b.start, b.end) for b in found}
    labels = []
    first = True
    for i, (span, line) in enumerate(zip(lines, stripped)):
        if line.endswith((".", "!", "?", '"', "”")) and len(line.split()) >= 6:
            break
        if span in marked:
            continue
        if _is_one_word_label(line) or \
                (first and is_section_kicker(line) and _headline_follows(lines, stripped, marked, i)):
            labels.append(Boilerplate(*span, "furniture"))
        else:
            first = False
    return labels


_HEADLINE_MIN_WORDS = 5


def is_section_label(line: str, next_line: str) -> bool:
    """A section name alone on its line, right above the headline ``next_line``."""
    return (_is_one_word_label(line) or is_section_kicker(line)) and _is_headline(next_line)


def _is_one_word_label(line: str) -> bool:
    return line.isalpha() and line[:1].isupper() and len(line) <= 20


def _is_headline(line: str) -> bool:
    return is_listed_headline(line, _HEADLINE_MIN_WORDS)


def _headline_follows(lines, stripped, marked, i: int) -> bool:
    return _is_headline(next((stripped[j] for j in range(i + 1, len(lines)) if lines[j] not in marked), ""))


def _captions_beside_agency_credits(lines, stripped, found) -> list[Boilerplate]:
    """A photo credit alone on its line ("Getty Images", "AFP", "Foto: Dok. Humas") and its
    caption, which sites print under the credit without a full stop, or above it. Initials
    alone ("AFP", but also "BPK") need a caption without a full stop beside them to count."""
    kinds = {(b.start, b.end): b.kind for b in found}
    marked = set(kinds)
    extra = []
    for i, line in enumerate(stripped):
        kind = agency_credit(line)
        if kind is None and kinds.get(lines[i]) != "caption":
            continue            # most lines: neither a credit nor a caption
        if any(kinds.get(lines[j]) == "caption" for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            continue            # a credit already beside its caption, or a caption's neighbour
        if kind is None and _is_bare_credit(line):
            kind = "named"
        if kind is None or (lines[i] in marked and kind != "named"):
            continue
        caption = _caption_beside(lines, stripped, marked, i, kind == "capitals")
        if caption is not None:
            extra.append(Boilerplate(*lines[caption], "caption"))
            marked.add(lines[caption])
        if (caption is not None or kind == "named") and lines[i] not in marked:
            extra.append(Boilerplate(*lines[i], "caption"))
            marked.add(lines[i])
    return extra


def _caption_beside(lines, stripped, marked, i: int, unpunctuated_only: bool) -> int | None:
    # Under the credit without a full stop, above it without one, above it with one, under
    # it with one: a full stop and a year also close many a body paragraph under the photo.
    # The page's first line is its headline, with the wire's name under it ("AFP").
    if i >= 2 and lines[i - 1] not in marked and _PHOTO_VIEWER.fullmatch(stripped[i - 2]) \
            and len(stripped[i - 1]) <= _CAPTION_CHARS:
        return i - 1    # "Lihat Foto" / caption / credit: the viewer's label opens the caption
    # (a line opening with the body's dateline, "JAKARTA, KOMPAS.com - …", is never a caption)
    near = [j for j in (i + 1, i - 1) if 0 < j < len(lines) and lines[j] not in marked
            and _looks_like_caption(stripped[j]) and not lx.DATELINE_PREFIX.match(stripped[j])]
    open_ended = [j for j in near if not stripped[j].endswith((".", "!", "?"))]
    if open_ended or unpunctuated_only:
        return open_ended[0] if open_ended else None
    return i - 1 if i - 1 in near else (near[0] if near else None)


# The label of a photo viewer, alone on the line above the caption.
_PHOTO_VIEWER = re.compile(r"(?i:lihat\s+foto|view\s+photos?|see\s+photos?)")


def _is_bare_credit(line: str) -> bool:
    if not lx.STRONG_CREDIT.search(line):
        return False
    if lx.CAPTION_CREDIT.match(line) or fu.is_lone_credit(line):
        return True             # "Foto: Dok. Humas", "(Photo: File)", "Kredit foto: BPBD Demak"
    credit = _slash_credit(line)
    return credit is not None and not credit[0]


def _looks_like_caption(line: str) -> bool:
    # One sentence at most, ending with the day or year of the photo, or without a full stop;
    # told, not reported ("…, a spokesman said on Tuesday." is the story's).
    # (a line opening with the body's dateline, "JAKARTA, KOMPAS.com - …", is never a caption)
    if len(line) > _CAPTION_CHARS or _SENTENCE_INSIDE.search(line) or fu.reports_speech(line) \
            or lx.DATELINE_PREFIX.match(line):
        return False
    if not line.endswith((".", "!", "?", ":", '"', "”")):
        return True
    # (a photo shows what is, never what is expected: "… diperkirakan mencapai 4 meter pada Rabu
    # (2/12)." above a credit is the body's sentence, the photo's caption missing)
    return bool(lx.CAPTION_TAIL.search(line)) and not _LOOKS_AHEAD.search(line) and not _counted_over_a_year(line) \
        and not _SINCE_ITS_DAY.search(line)


# "Banjir merendam tiga kecamatan sejak Senin (13/5/2024).": a stretch since a day is a story's;
# a photo shows one moment.
_SINCE_ITS_DAY = re.compile(r"\b(?:sejak|since|hingga|until)\s+(?:\w+\s*){0,3}\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\W*$"
                            r"|\b(?:sejak|since)\s+\w+day\W*$", re.I)


def _counted_over_a_year(line: str) -> bool:
    # (a count before it: "… rusak sejak 2023." under a photo still dates the scene it shows)
    period = _YEAR_OF_A_PERIOD.search(line)
    return period is not None and _DIGIT_BEFORE.search(line, 0, period.start()) is not None


_DIGIT_BEFORE = re.compile(r"\d")

# "… melayani 4 juta TEUs sepanjang 2025.": a year a count runs over is no photo's date.
# (what a photo shows "since 2023" has no count: "jembatan gantung yang rusak sejak 2023.")
_YEAR_OF_A_PERIOD = re.compile(r"\b(?:sepanjang|selama|sejak|hingga|sampai|throughout|since|during|until)\s+"
                               r"(?:tahun\s+)?(?:19|20)\d{2}\W*$", re.I)
# (not inside a relative clause on someone in the photo: "warga yang akan mengungsi", "buses that will take them")
_LOOKS_AHEAD = re.compile(r"(?<!yang )(?<!that )(?<!which )(?<!who )"
                          r"\b(?:diperkirakan|diprediksi|berpotensi|akan|menargetkan|ditargetkan|berencana|will"
                          r"|expected|forecast|likely|plans?|targets?)\b", re.I)


def _repeats_caption(line: str, captions: set[str]) -> bool:
    return line in captions or (len(line) > 30 and any(c.startswith(line) for c in captions))


def _repeated_captions(text: str, lines, stripped, found) -> tuple[Boilerplate, ...]:
    # A caption is often printed twice (once without its credit); repeat its kind.
    marked = {(b.start, b.end) for b in found}
    twice = _printed_twice(lines, stripped, marked)
    captions = {text[b.start:b.end].strip() for b in found if b.kind == "caption"} | {stripped[i] for i in twice}
    if not captions:
        return ()               # no caption to repeat (most articles)
    extra = [Boilerplate(a, b, "caption") for (a, b), line in zip(lines, stripped)
             if (a, b) not in marked and _repeats_caption(line, captions)]
    return tuple(extra)


# "… on Friday. (Reuters)": a wire's credit closes a story's sentence, not a caption
_STORY_CREDIT_END = re.compile(r"\([A-Z][\w.&'’ -]{1,30}\)$")


def _printed_twice(lines, stripped, marked) -> list[int]:
    """Lines printed again right below themselves, one short sentence that reports no speech:
    a photo's caption, which pages print under the photo and again in its viewer ("Martin saat
    melakukan selebrasi di atas podium." twice). A story does not say a sentence twice."""
    twice = []
    previous = None
    for i, line in enumerate(stripped):
        if not line:
            continue
        if previous is not None and line == stripped[previous] and lines[i] not in marked \
                and len(line) <= _CAPTION_CHARS and not _SENTENCE_INSIDE.search(line) and not fu.reports_speech(line) \
                and not _STORY_CREDIT_END.search(line):
            twice.append(i)
        previous = i
    return twice
