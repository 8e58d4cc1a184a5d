"""Word lists and compiled patterns of the text pipeline, kept in one place.

Everything here is general knowledge of Indonesian and English news writing and of the page
furniture that news sites print around an article; nothing is taken from any labelled article.
"""
from __future__ import annotations

import re

from claims.lexicon_dates import FULL_WEEKDAYS, MONTHS, alternation
from claims.lexicon_numbers import NUMBER_WORDS, ORDINALS
from claims.text_features import CaseBlindSearch

# --- sentence segmentation -------------------------------------------------------------
# Abbreviations after which a full stop does not end a sentence (lower case, no final dot).
ABBREVIATIONS = frozenset("""
dr drs dra prof ir h hj st sdr sdri bpk ny nn tn jl jln kec kab kel prov no nomor
tbk rp jo sh se mm plt plh msi mh mba mpd spd skom ssos amd kh ust irjen brigjen kombes akbp akp
pol ipda iptu aiptu bripka brigpol kapt letkol kol mayjen letjen jend laksda marsda
mr mrs ms dr jr sr st vs gen col lt sgt capt rep sen gov gov pres supt insp mt ft rev maj adm brig cpl pvt cmdr
approx dept est fig inc ltd corp co no nos vol pp ed eds e.g i.e u.s u.k d.c a.m p.m
ph.d s.e m.si s.h m.h s.pd s.kom s.sos m.m dkk dsb dst dll tsb yth sbb spt bbrp
""".split())
# Abbreviations that may also close a sentence: they end one when a capital follows.
FINAL_ABBREVIATIONS = frozenset("dkk dsb dst dll etc a.m p.m d.c u.s u.k inc ltd co".split())
# "No." is an abbreviation only before a number; elsewhere English "no." ends a sentence.
# So are abbreviated months ("on Aug. 1", "Feb. 24"): "in Jan." may end one.
NUMBER_ABBREVIATIONS = frozenset("no nos nomor vol pp fig pk pkl jan feb mar apr jun jul aug agu sep sept oct okt nov dec des".split())

# ("[.!?…][.!?…]*", not "[.!?…]+": a pattern opening with a repeat gets no first-character
# skip-ahead from the regex engine, which then tries every position of a line)
SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?=\s+|$)")
OPENING_AFTER_BOUNDARY = re.compile(r"\s+[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ]")

# --- boilerplate lines -----------------------------------------------------------------
# Advertisement markers, alone or chained on one line ("Advertisement - Scroll to continue").
_AD_PART = (r"(?:advertisement|advertisment|iklan|ads?|sponsored|promoted|paid content|konten berbayar"
            r"|scroll to continue(?: with content| reading)?"
            r"|(?:scroll|gulir)(?: ke bawah| down)? (?:untuk|to) (?:melanjutkan|lanjut|continue)(?: membaca| reading)?"
            r"|lanjutkan membaca|lanjut membaca|continue reading(?: below| the main story)?"
            r"|(?:story|article) continues below)")
AD_LINE = re.compile(rf"^\W*{_AD_PART}(?:\W+{_AD_PART})*\W*$", re.I)
RELATED_LINE = re.compile(r"^\W*((baca juga|baca pula|lihat juga|simak juga|simak video|tonton juga"
                          r"|read also|read more|also read|see also|related (articles?|stories|news)"
                          r"|artikel terkait|berita terkait|baca selengkapnya)\b"
                          r"|(baca|lihat|simak|read|watch|tonton|video|related|terkait)\s*[:\-–—])"
                          # "Next article", "Berita selanjutnya: …": alone or before a colon
                          r"|^\W*((next|previous|prev) (article|story|post)|(artikel|berita) (sebelumnya"
                          r"|selanjutnya|berikutnya))\s*(:.*)?$"
                          # list headings that stand alone on their line
                          r"|^\W*((berita|artikel) (lainnya|populer|pilihan|terpopuler)|terpopuler|most read"
                          r"|more stories|more from this (section|site)|recommended( for you| stories)?"
                          r"|rekomendasi( untuk anda)?|related coverage|related content|read next"
                          r"|you (may|might) also like|trending( now| stories)?"
                          # "ALSO ON RAPPLER", "MORE FROM CNA": the outlet's own links, in capitals
                          # ("More from Jakarta" may head a section of the story)
                          r"|(?-i:(?:ALSO ON|MORE FROM) [A-Z.]+(?: [A-Z.]+)?))\W*$", re.I)
WIDGET_TOKEN = re.compile(r"^[a-z]+(-[a-z]+)+[A-Za-z]*$")   # icon names: copy-link-circle
WIDGET_WORDS = frozenset("""comment comments komentar share bagikan tweet facebook twitter
whatsapp telegram line email print cetak copy salin link tautan like suka follow ikuti
subscribe langganan more · • | save simpan bookmark listen dengarkan audio google instagram
youtube tiktok linkedin threads pinterest reddit messenger shares likes views dilihat x""".split())
# Social-media embeds printed as text: "A post shared by …", "View this post on Instagram",
# "— Jane Roe (@janeroe) March 3, 2024", "pic.twitter.com/…".
SOCIAL_EMBED = re.compile(r"^(?:a post shared by\b|view this post on\b|lihat postingan ini di\b"
                          r"|sebuah kiriman dibagikan oleh\b"
                          r"|[—–-]+\s*[^()]{1,60}\(@\w+\).{0,40}$|.{0,300}\bpic\.twitter\.com/\S+$)", re.I)
# Words that join widget words on a widget line ("Share on X", "Follow us", "Copy link copied",
# "Bagikan artikel ini", "Listen to this article") but make no widget line alone.
WIDGET_FILLER = frozenset("""on us to this ini via di kami our the article artikel berita story news
copied disalin tersalin channel saluran kanal""".split())
# The widget words a counter may stand beside ("12 komentar", "comment 7", "1.2K shares"): with
# others a figure is content ("Line 2", "Email 3").
WIDGET_COUNTED = frozenset("""comment comments komentar share shares like likes suka views dilihat
tweet""".split())
# A line that asks the reader to act on the site ("Share this …", "Follow our channel …",
# "Thank you for reading …") or to subscribe is a widget: an imperative or courtesy formula
# that also addresses the reader or names the site's channels.
SITE_ACTION_LINE = re.compile(
    r"^\W*(?:(?:quickly|now|please|silakan|yuk|ayo)\s+)?(?:share|get|follow|subscribe|download"
    r"|join|sign up|click|tap|klik|ikuti|simak|dapatkan|unduh|gabung|bagikan|berlangganan"
    r"|langganan|daftar|thank you|thanks|terima kasih)\b", re.I)
SITE_CUE = re.compile(r"\b(you|your|our|we|kami|anda|kamu|news|berita|channel|kanal|whatsapp"
                      r"|telegram|newsletter|subscri\w*|langgan\w*|article|artikel|app|aplikasi"
                      r"|link|tautan|klik|click|reading|membaca)\b", re.I)
FURNITURE_LINE = re.compile(r"^(loading\W*|memuat\W*|(a\s+){2}a|sukses|zoom-in\S*|\d+\s+dari\s+\d+\s+halaman"
                            r"|halaman\s+\d+|page \d+( of \d+)?|next|prev(ious)?|selanjutnya|sebelumnya"
                            r"|(waktu baca|lama baca|(estimated )?reading time|read time|baca)\s*:?\s*\d+\s*"
                            r"(menit|min(ute)?s?)"
                            r"|\d+\s*(menit|min(ute)?s?)\s*(baca|read)|\d+|[·•|\-–—*]+|tags?\s*:.*"
                            r"|topik\s*:.*|editor\s*:.*|penulis\s*:.*|reporter\s*:.*|pewarta\s*:.*"
                            r"|redaktur\s*:.*|kontributor\s*:.*|penyunting\s*:.*|(topik|tag)\s+terkait\s*:.*"
                            r"|(topics?|keywords?|kata kunci|(related|popular) (searche?s?|topics?|tags?))\s*:.*"
                            # pagination: "Halaman selanjutnya", "Next page", "1 2 3 Next", "« Prev 1 2"
                            r"|(halaman|page)\s+(selanjutnya|berikutnya|sebelumnya)|(next|previous) page"
                            r"|(lanjut ke |ke )?halaman (selanjutnya|berikutnya)"
                            r"|([«‹<]\s*)?(prev(ious)?|sebelumnya)(\s+\d+)+\s*[»›>]?"
                            r"|([«‹<]\s*)?((prev(ious)?|sebelumnya)\s+)?(\d+\s+)+(next|selanjutnya|berikutnya"
                            r"|lanjut|[»›>])(\s*[»›>])?"
                            # "2 jam lalu", "Updated 5 minutes ago": a page's relative time stamp
                            r"|((updated|diperbarui|published|diterbitkan)\s*:?\s*)?\d+\s+(seconds?|minutes?"
                            r"|mins?|hours?|hrs?|days?|detik|menit|jam|hari)\s+(ago|lalu|yang lalu)"
                            # embedded-media placeholders: "[Gambas:Video …]", "Gambas: Video …"
                            r"|\[[^\[\]]{1,100}\]|gambas\s*:.*|disclaimer\s*:.*"
                            # the desk's note on a corrected or updated story, at its head or foot
                            r"|(this (story|article|report)|the (story|article)) (has been|was) (corrected|updated|amended)\b.*"
                            r"|an earlier version of this (story|article|report)\b.*|(correction|koreksi|ralat)\s*:.*"
                            r"|(artikel|berita) ini (telah |sudah )?(dikoreksi|diperbarui|diralat|mengalami perubahan)\b.*)$", re.I)
BYLINE_LINE = re.compile(r"^(sumber|source|foto|photo|ilustrasi|grafis|infografis|penulis|reporter|"
                         r"editor|writer|by|oleh|pewarta|redaktur|laporan wartawan|fotografer|photographer"
                         r"|videografer|(photo |image |foto )?credits?|kredit( foto)?)\s*[:/]", re.I)
# "By Jane Roe", "By Jane Roe and Ali Khan, Reuters", "Oleh Rina Lestari": a name-only line.
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|bin|binti|al|da|dos|del|of|the|via))*"
# Case matters in the names: "By Monday the toll rose to 40" is content; so is a title-case
# headline that opens with a time ("By Tuesday, Rescuers Reached The Village").
_BY_TIME = (r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june"
            r"|july|august|september|october|november|december|the|this|that|next|last|early|late"
            r"|end|noon|midnight|then|now|tonight|tomorrow|today|dawn|nightfall)\b")
# A desk or feature byline may add the reporter's base in brackets and the day ("oleh Rina
# Lestari [Palu] di 3 Maret 2025"); a foot credit names the writer in a short sentence in
# lower case ("Berita ini ditulis oleh Rina Lestari", "This story was written by Jane Roe"):
# in title case the same words open a headline ("Story Written by Students Wins Award").
_BY_OPENER = r"(?i:(?:written |reported |posted |story )?by|oleh|laporan wartawan)"
_FOOT_CREDIT_OPENER = (r"(?:[Aa]rtikel|[Bb]erita|[Tt]ulisan) (?:yang|ini) (?:telah |sudah )?(?:diterbitkan|ditulis"
                       r"|dilaporkan) oleh|(?:[Tt]his )?(?:[Aa]rticle|[Ss]tory) (?:was )?(?:published|written|reported) by")
_BY_BASE_AND_DAY = r"(?:\s*\[[A-Z][^\[\]]{1,30}\])?(?:\s+(?i:di|on|pada)\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})?"
# (a byline may stand in brackets: "(By Lin Mei-ling and Lee Hsin-Yin)")
BY_LINE = re.compile(rf"^\(?(?:{_BY_OPENER}|{_FOOT_CREDIT_OPENER})\s+"
                     rf"(?!{_BY_TIME}){_NAME}(?:\s*(?:,|&|and|dan)\s*{_NAME})*{_BY_BASE_AND_DAY}\)?$")
# Editors' initials closing an article: "(rfh/ams)", "(ant)", "(Antara/dls)".
EDITOR_INITIALS = re.compile(r"^\(\s*[A-Za-z]{2,10}(?:\s*/\s*[A-Za-z]{2,10}){0,3}\s*\)$")
# A site name alone on its line: a domain ("Bola.net") or a brand written in camel case
# ("kabarKOTA", "detikWarta", "GoodNumbers").
OUTLET_TOKEN = re.compile(r"^(?:(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|id|co|news"
                          r"|tv|info|my|sg|ph|uk|au|in)|[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+(?:[A-Z][a-z]+)+)$")
# Syndication notes: "Artikel ini telah tayang di …", "This article was first published on …".
SYNDICATION_LINE = re.compile(
    r"^\W*(?:(?:artikel|berita|tulisan|konten) ini (?:telah |sudah |pertama kali )*(?:tayang|terbit"
    r"|dimuat|ditayangkan|diterbitkan)\b|this (?:article|story|post) (?:was |has been |is |first "
    r"|originally )*(?:published|appeared|republished|updated)\b|(?:originally|first) (?:published|appeared)"
    r" (?:in|on|by|at)\b)", re.I)
# Credit and rights lines printed at the foot of wire and syndicated copy: "Copyright 2024 …",
# "© 2024 …", "All rights reserved", "… contributed to this report", "AP writer X contributed.",
# "Reporting by …; Editing by …", "(Laporan tambahan oleh …)".
CREDIT_LINE = re.compile(r"^\W*(?:(?:copyright|hak cipta)\b|©|\(c\)\s*\d{4}|all rights reserved"
                         # ("Reporting by the Daily Monitor showed that …" is the story's sentence)
                         r"|(?:(?:additional\s+)?reporting|editing|writing) by\b(?![^;.]{0,80}\b(?:showed|shows|found"
                         r"|finds|revealed|reveals|suggested|suggests)\b)"
                         r"|laporan tambahan(?: oleh)?\b|.{0,100}\bcontributed (?:to this report"
                         r"|reporting|to this story)\W*$"
                         # "Associated Press writer Jane Doe contributed (from Lisbon)."
                         r"|.{0,80}\b(?:writers?|reporters?|correspondents?|journalists?|staff)"
                         # ("… writer Jean-Yves Kamale in Kinshasa contributed.": a base after the name)
                         r"(?:\s+(?-i:[A-Z])[\w'.-]*,?|\s+and|\s+in){1,10}\s+contributed(?: from [^.]{1,60})?\W*$"
                         r"|.{0,80}\b(?:hak cipta dilindungi"
                         r"|all rights reserved)\W*$)", re.I)
# A credit may name a site with its domain ("Foto: KOMPAS.com/Rina"): a dot inside a word is no
# sentence end, nor is the dot of an abbreviation ("Foto: Dok. Humas", "Photo: Ist. Polres").
# A credit in brackets at the end of the line need only hold a photo word: "(Photo: File)",
# "(Photo Courtesy of Nusa Air)", "(AP Photo/Jane Roe)", "(Foto: Dok. Humas)".
_CREDIT_BODY = r"(?:[^.]|\.(?=\w)|(?<=\bdok)\.|(?<=\bdoc)\.|(?<=\bist)\.){1,80}$"
# ... and so does "Credit: …" after the caption's last sentence, or "(… via AP)", "(AP Video)".
CAPTION_CREDIT = re.compile(r"(\b(foto|photo|photograph|image|gambar|dok|dokumentasi|ilustrasi)\b"
                            rf"(?:\s+credits?)?\s*[:/]\s*{_CREDIT_BODY}"
                            rf"|\b(foto|photo|photograph|image|gambar)\s+(?:by|oleh|courtesy of)\s+{_CREDIT_BODY}"
                            # (a person's or a body's name of two words at least, or a slash: "Rainfall hit 300
                            # mm on Monday. Credit: BMKG" credits the figure's source)
                            r"|(?<=[.!?\"”]\s)(?:chart|graphic|graph|grafik|infographic|infografis)\s+(?:credits?|source)"
                            r"\s*:\s*[^.]{1,60}$"
                            r"|(?<=[.!?\"”]\s)credits?\s*:\s*(?-i:(?:[A-Z][\w.&'’-]*\s+)+[A-Z][\w.&'’-]*"
                            r"|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*\s*/\s*[A-Z][\w.&'’ -]{0,30})\s*$"
                            r"|\bFOTO/\S+.*$|\([^()]{0,40}\b(foto|photo|photograph|photos|image|images|gambar"
                            r"|dok|dokumentasi|ilustrasi|courtesy|handout|credits?|video)\b[^()]{0,60}\)\s*$"
                            # ("… (Foto Antara).", "… (ANTARA FOTO/Nama).", "(Dok. Humas).": a credit opened by its
                            # label or holding a slash or a colon, closed by a full stop; "(the photo shown)." is an aside)
                            r"|\((?=\s*(?:foto|photo|image|gambar|dok|dokumentasi|ilustrasi)\b|[^()]*[/:])[^()]{0,40}"
                            r"\b(?:foto|photo|photograph|photos|image|images|gambar|dok|dokumentasi|ilustrasi)\b[^()]{0,60}\)\.\s*$"
                            r"|\((?:[^()]{0,40}\s)?via\s+[A-Z][^()]{0,30}\)\s*$)", re.I)
# A caption that opens with its label: "FOTO: Warga antre …", "FILE PHOTO: …", "Keterangan foto: …".
CAPTION_LEAD = re.compile(r"^\W*(?:(?:(?:file |arsip )?(?:foto|photo)(?: arsip| ilustrasi| file)?|caption"
                          r"|keterangan (?:foto|gambar)|ilustrasi|illustration|picture|image|photograph|gambar)\s*:"
                          # "Ilustrasi. Warga antre …", "Ilustrasi - Gempa bumi.": the label, then the caption
                          r"|(?:ilustrasi|illustration)\s*[.\-–—]\s|(?-i:FILE)\s*[-–—]\s|pictured\s*:)", re.I)
# A line that tells of the picture it stands under: "…, in this file picture taken on March 3,
# 2023.", "File photo of a smelter in Antofagasta, October 2023."
# "This photo released by the police shows …", "This image made from video provided by NHK shows
# …", "…, in this image from video.", "… in a still image from video.": a picture's own description.
PHOTO_DESCRIBED = re.compile(r"\bin\s+this\s+(?:(?:19|20)\d{2}\s+)?(?:(?:file|handout|undated|aerial|still)\s+)?(?:picture|photo|photograph|image)"
                             r"(?:\s+(?:taken|released|obtained|provided|dated|made|from\s+(?:a\s+)?(?:[A-Z]\w*\s+)?video)\b|\W*$)"
                             r"|\bin\s+a\s+still\s+(?:image\s+)?from\s+(?:a\s+)?video\b"
                             r"|^\W*this\s+(?:(?:file|handout|undated|aerial)\s+)?(?:photo|picture|photograph|image)\s+"
                             r"(?:(?:made|taken|grabbed)\s+from\s+(?:a\s+)?video\s+)?"
                             r"(?:released|provided|made|taken|obtained|shared|distributed|supplied)\s+by\b"
                             r"|^\W*(?:file|handout|archive)\s+(?:photo|picture|image)\s+of\s", re.I)
# "Ilustrasi", "Ilustrasi vaksin polio": an illustration's label, without a full stop.
ILLUSTRATION_LINE = re.compile(r"^(?:foto |photo )?(?:ilustrasi|illustration)\b(?:[^.!?]{0,100}|\W*)$", re.I)
# Wire-style photo credits without a photo word: "(Reuters/Jane Roe)", "REUTERS/Jim Porter",
# "(Jane Roe/The Harbour Press via AP)". Each side of the slash is a capitalised name; one of
# them is a person's (two to four capitalised words), so "(Reuters/AFP)" or "(TNI/Polri)" is not.
SLASH_CREDIT = re.compile(rf"{_NAME}(?:\s*/\s*{_NAME}){{1,2}}")
PERSON_NAME = re.compile(r"[A-Z][a-z'’.-]+(?:\s+(?:[A-Z][a-z'’.-]+|de|van|von|bin|binti|al|da|dos|del)){1,3}")
# What makes a credit alone on its line surely a photo credit (so the line above it is its
# caption): brackets, an agency in capitals ("REUTERS/…"), "via", or a photo word.
# (or a site's address: "Tribunjabar.id/Nama", "JawaPos.com/Nama")
STRONG_CREDIT = re.compile(r"^\(|\b[A-Z]{2,}\b|\bvia\b|\b(?i:foto|photo|image|dok|credit|kredit)\b"
                           r"|\w\.(?i:com|id|co\.id|net|org)\b")
# A caption does not end in an abbreviated weekday ("Tue", "Sat"): only names written in full count.
# How a caption ends: with the day or year of the photo ("…, Kamis (6/1).", "…, June 19, 2024."),
# or without a full stop at all.
# (a part of the day may follow: "…, Rabu (17/4/2024) malam.", "… (26/4/2024) dini hari WIB.")
CAPTION_TAIL = re.compile(rf"(?:\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\)"
                          r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari)(?:\s+(?:WIB|WITA|WIT))?)?"
                          rf"|\b(?:19|20)\d{{2}}|\b(?:{alternation(FULL_WEEKDAYS)}))\W*$", re.I)
# (The lookahead names what a match opens with, a digit or a month's first letter: the engine
# skips to those characters instead of trying each alternative everywhere.)
DATELINE_HINT = re.compile(r"(?=[\djfmasond])(\b\d{1,2}\s+(jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov"
                           r"|des|dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
                           r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},"
                           r"\s+\d{4}\b)", re.I)
CLOCK_OR_ZONE = re.compile(r"(\b\d{1,2}[.:]\d{2}\b|\b(WIB|WITA|WIT|GMT|UTC)\b|\b(a|p)\.?m\.?\b)", re.I)
HEADLINE_SITE_SUFFIX = re.compile(r"\s[|]\s\S[^|]{0,40}$")

# A comma outside a figure ("3,100" and "5,25" hold one that separates nothing).
COMMA_OUTSIDE_A_FIGURE = re.compile(r",(?!\d)")

# --- moves of a figure -----------------------------------------------------------------
# "up from 19 in 2023", "down 6 percent from a year earlier", "naik dari 187 ekor sepekan
# sebelumnya", "turun 10 persen dibandingkan bulan lalu": a move told from a base the words name,
# by its figure or by its time. Set after a figure with a comma, clauses cuts it off as a
# comparison of its own (rule 3); claimtypes types it so; dates steps its relative date from the
# date of the clause it was cut from. A bare move ("up 1.2 percent", "up from the lows") has none.
MOVE_WORDS = ("up", "down", "naik", "turun", "meningkat", "menurun", "melonjak", "anjlok", "bertambah", "berkurang")
_MOVE_NUMBER = (r"(?:(?:about|nearly|almost|roughly|around|some|more\s+than|less\s+than|over|under|just|only"
                r"|an\s+estimated"
                r"|sekitar|hampir|lebih\s+dari|kurang\s+dari|sebesar|sebanyak|rata-rata)\s+)?"
                # (a currency before the figure, in its own case, or its code: "to 30" is no currency)
                r"(?:(?:[$£€¥₹₱]|(?-i:[A-Z]{1,3})\$|(?-i:Rp|RM|Rs|Sh|R|[A-Z]{3}))\s?)?"
                r"(?:\d|(?:" + alternation(NUMBER_WORDS) + r")\b)")
# What may follow "from"/"dari" as a base of time: "a year earlier", "the previous quarter",
# "last week", "Monday", "early December", "the end of 2024", "tahun lalu", "awal tahun",
# "pekan sebelumnya", "periode yang sama" ("from China", "from the end of the road" are none).
_TIME_WORD = (r"(?:(?:19|20)\d\d|year|month|week|day|quarter|half|season|decade|tahun|bulan|pekan|minggu|hari"
              r"|kuartal|triwulan|semester|musim|" + alternation(MONTHS) + r")\b")
_BASE_OF_TIME = (r"(?:(?:a|an|one)\s+" + _TIME_WORD + r"|(?:last|this|earlier|yesterday|kemarin)\b"
                 r"|the\s+(?:previous|prior|preceding|same)\b|the\s+(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?"
                 r"|(?:first|second|third|fourth|final)\s+)?" + _TIME_WORD
                 + r"|(?:early|late|mid)[\s-]+" + _TIME_WORD + r"|(?:" + alternation(FULL_WEEKDAYS) + r")\b"
                 r"|" + _TIME_WORD + r"|(?:awal|akhir|pertengahan)\s+" + _TIME_WORD
                 + r"|(?:periode|sebelumnya)\b)")
MOVE_FROM_A_BASE = re.compile(
    r"(?:" + "|".join(MOVE_WORDS) + r")\s+(?:(?:[a-z]+ly|tajam|drastis|tipis|sedikit|signifikan|pesat)\s+)?"
    r"(?:(?:from|dari)\s+" + _MOVE_NUMBER
    + r"|(?:by\s+)?" + _MOVE_NUMBER + r"(?:[^,;]|,(?=\d)){0,40}?\b(?:(?:from|dari)\s+(?:" + _MOVE_NUMBER + "|" + _BASE_OF_TIME
    + r")|(?:compared|dibandingkan|dibanding|ketimbang|year[\s-]on[\s-]year|yoy|secara\s+tahunan)\b))", re.I)

# --- attribution -----------------------------------------------------------------------
# Indonesian reporting verbs in the "…, kata X" position, with optional -nya ("ujarnya").
ID_TAIL_VERBS = r"(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah|sebut|papar|lanjut|pungkas" \
                r"|terang|tanya|tulis|lapor|beber|sambung|urai|tandas|cetus|katanya|ujarnya|ucapnya|tuturnya|jelasnya" \
                r"|ungkapnya|tegasnya|imbuhnya|tambahnya|sebutnya|paparnya|lanjutnya|pungkasnya|terangnya|tulisnya" \
                r"|bebernya|sambungnya|urainya|tandasnya|cetusnya|tutupnya)"
# "…, berdasarkan data BPS": the data a figure rests on, named after the clause; only before a
# word for records, so a legal basis ("berdasarkan Pasal 5") is no source.
DATA_BASIS = r"(?:berdasarkan|merujuk)\s+(?=(?:data|catatan|laporan|hasil|survei|rilis|pantauan|perhitungan" \
             r"|penghitungan|rekapitulasi|statistik)\b)"
# (after a comma or not, a day or a calendar date: "…, seperti dikutip Antara, Senin (23/11)", "pada 23
# November", "on Nov. 23")
_DAY_CARRIED = (r"(?:,?\s+(?:pada\s+(?:hari\s+)?|hari\s+|on\s+)?(?:kemarin|yesterday|today|hari\s+ini|"
                + "|".join(w.capitalize() for w in FULL_WEEKDAYS)
                + r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b[^,;]{0,24}?)")
# ", seperti dikutip Antara", ", dilansir dari Kompas.com", ", as reported by Reuters": the outlet
# that carried the words, closing the sentence; a kind of outlet is written in lower case
# (", demikian dilaporkan media setempat", ", seperti diberitakan kantor berita negara itu").
RELAY_TAIL = re.compile(r",\s*(?:(?:seperti|sebagaimana|demikian)\s+)?(?:dikutip|dilansir|diberitakan|dilaporkan"
                        r"|melansir|mengutip)(?:\s+(?:dari|oleh))?\s+(?P<outlet>(?:(?:laman|situs|akun|kanal)(?:\s+resmi)?\s+)?"
                        r"[A-Z][^,;]{1,60}?|(?:media|kantor\s+berita|televisi|stasiun\s+televisi|surat\s+kabar|harian"
                        r"|koran)\b(?:\s+(?!(?:pada|di|dalam|saat|hari|sejak)\b)[^\s,;]+){0,4}?)"
                        # (the day it was carried may close the tail: "…, seperti diberitakan media setempat pada Senin")
                        rf"{_DAY_CARRIED}?\s*[.!]?\s*$"
                        r"|,\s*as\s+(?:first\s+)?reported\s+by\s+(?P<en>[A-Z][^,;]{1,60}?|(?:[a-z]+\s+)?(?:media|television|radio)\b)"
                        rf"{_DAY_CARRIED}?\s*[.!]?\s*$")
# Verbs that may come before their subject in a tail ("…, said X", "…,” added X").
EN_INVERTED_TAIL_VERBS = r"(?:said|says|told|added|stated|explained|noted|wrote|asked|warned|insisted" \
                         r"|claimed|reported|announced|confirmed)"
# ... and those that close a tail only after their subject ("…, the survey found").
EN_TAIL_VERBS = r"(?:said|says|told|added|stated|explained|noted|wrote|asked|warned|insisted|claimed" \
                r"|reported|announced|confirmed|found|cautioned|acknowledged|admitted|conceded|stressed" \
                r"|concluded|estimated|showed|shows|show|indicated|ruled|testified|alleged|recalled|replied|heard)"
# Verbs of saying proper, which a relative clause may use to report ("…, which said …"); unlike
# "found" or "reported", they never state the head's own act.
SAYING_VERBS = r"(?:said|says|told\s+[\w'’]+|added|stated|confirmed|warned|mengatakan|menyatakan|menyebutkan" \
               r"|menjelaskan|menegaskan)"
# "…, the ministry has said": a perfect tense between the speaker and the verb belongs to neither.
EN_TAIL_AUX = r"(?:\s+(?:has|have|had)(?:\s+also)?)?"
# "a rescue official", "the ministry": unnamed speakers in their descriptive form.
# A possessive opens a description too: "Jakarta's environment agency said".
# Where words were said, between the verb of saying and what was said or the day: "said
# outside city hall on Friday that …", "mengatakan di Balai Kota pada Senin" (frames, dates).
SPEECH_PLACE_WORDS = r"outside|inside|di"
# (the words of a speaker's prepositional phrase, "lawyers for the family", are no verb or link)
_NOT_A_VERB_OR_LINK = r"(?!(?:was|were|is|are|be|been|have|has|had|also|who|which|that|where|and|or|but)\b)"
# Unnamed sources described by what they know: "officials familiar with the plan", "people close to
# the talks", "sources briefed on the matter".
_KNOWING = r"(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|knowledgeable\s+about" \
           r"|with\s+(?:direct\s+)?knowledge\s+of|aware\s+of)"
# Groups of people that speak as one ("Police said", "Prosecutors said"): never "he" or "she".
EN_PEOPLE_GROUPS = ("officials", "authorities", "police", "witnesses", "residents", "experts", "analysts", "officers",
                    "investigators", "prosecutors", "doctors", "mediators", "negotiators", "diplomats", "rescuers",
                    "lawyers", "organisers", "organizers", "economists", "researchers", "scientists", "medics",
                    "paramedics", "attorneys", "spokespeople", "representatives")
EN_DESCRIBED_SPEAKER = r"(?:(?:a|an|the|another|one|their|its|his|her|our|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+" \
                       r"(?:\s+\([A-Z][\w.&-]*\))?" \
                       r"|(?:(?:[A-Za-z][\w'’-]*|\([A-Z]{2,8}\))\s+){0,4}(?:" + "|".join(EN_PEOPLE_GROUPS) + \
                       r"|sources|data|figures|statistics|records|minutes" \
                       r"|documents|filings|charities|media|television|radio" \
                       r"|people(?=\s+" + _KNOWING + r")|[a-z]{3,}(?:ers|ors|ists|ants|(?<!m)ents|ians|ives))" \
                       r"(?:\s+(?:there|here|locally))?" \
                       r"(?:\s+(?:for|of|in|at|from|with|" + _KNOWING + r")\s+(?:the\s+)?" + _NOT_A_VERB_OR_LINK + r"[\w'’-]+" \
                       r"(?:\s+" + _NOT_A_VERB_OR_LINK + r"[\w'’-]+)?)?)"
# Words that link a clause and so open no tail speaker: ", as consumers showed resilience", ", and
# officials say …" (both tail readers look for them before the speaker).
NOT_A_SPEAKER_OPENER = r"(?!(?i:as|while|with|amid|after|when|since|because|though|although|and|but|or|so|yet|if)\s)"
# A named speaker closing a tail: a run of words ending in a capitalised one, with the body's
# acronym after it ("the Central Statistics Agency (CSA) said", "data from Statistics Indonesia
# (BPS) showed").
EN_NAMED_SPEAKER = r"(?:[\w'’.&-]+\s+){0,7}?[A-Z][\w'’.-]*(?:\s+\([A-Z][\w.&-]*\))?"
# Role nouns that open an appositive after a speaker's name without an article: "Ana Ruiz,
# head of the port authority, said …", "Ali Khan, chief executive of X, said …".
EN_ROLE_NOUNS = r"(?:chief|senior|deputy|head|director|president|chairman|chairwoman|chair|spokesman" \
                r"|spokeswoman|spokesperson|secretary|professor|founder|co-founder|leader|member|mayor" \
                r"|governor|minister|owner|editor|coach|captain|manager|partner|pastor|principal)"
# Verbs that introduce indirect speech after their subject: "X mengatakan (bahwa) …".
FRAME_VERBS = r"(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menyebutkan|menyebut|melaporkan" \
              r"|menegaskan|memaparkan|menuturkan|menyampaikan|menerangkan|mengklaim(?!\s+(?:bertanggung\s+jawab|kemenangan)\b(?!\s+(?:sudah|akan|telah|masih|bisa|tinggal)\b))|membenarkan" \
              r"|merinci|menyebut|mengumumkan|menambahkan|mencatat|mengakui|mengaku|menilai|berpendapat|menduga|memperkirakan|memprediksi" \
              r"|menuding|membeberkan|menginformasikan|berujar|berkata|bilang|menandaskan" \
              r"|mengklarifikasi" \
              r"|menghitung(?=\s+(?:bahwa\s+)?[^,.;]{2,60}?\s(?:mencapai|sebesar|senilai|sebanyak|berjumlah)\s)" \
              r"|memproyeksikan|memastikan(?!\s+(?:medali|tiket|gelar|kemenangan|tempat|posisi|lolos|juara)\b)|menunjukkan|berpendapat|berdalih|(?:mem|meng)(?:per)?ingatkan(?=\s+bahwa\b|(?![^,.;]{0,80}?\b(?:agar|supaya|untuk)\b)[^,.;]{0,60}?\b(?:bisa|dapat|akan|berpotensi|diprediksi|diperkirakan|mungkin|terancam)\b)|(?:mengeluarkan|menyiarkan|merilis|menerbitkan)\s+(?:sebuah\s+)?(?:pengumuman|pernyataan|keterangan|siaran\s+pers)(?:\s+resmi)?(?=\s+bahwa\b)|(?:issued|released|put\s+out)\s+an?\s+(?:[a-z]+\s+)?(?:statement|announcement)\s+saying|argued|argues|believes|said|puts?(?=\s+the\s+(?:[a-z]+\s+)?(?:number|toll|cost|costs|figure|count|total|damage|losses|value" \
              r"|crowd|turnout)\b(?:\s+[a-z]+){0,3}\s+at\s+(?:about\s+|around\s+|nearly\s+)?\d)|says|say(?=\s+(?:that\s+)?(?:the|a|an|it|its|their|there|\d))|told\s+(?:[^\s,.;:“”\"]+\s+){1,7}?that|told\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:conference|briefing|meeting|hearing|forum|summit|audience|committee|panel|session|rally|parliament|lawmakers|judge|jury|court|tribunal|inquiry|magistrate|commission)\b|told [a-z]+|stated|reported|announced|added(?!\s+(?:(?:a|an|another|one|two|three|more|nearly|about|some|over|almost|roughly)\s|[\d$£€]))|explained" \
              r"|indicated|confirmed|claimed(?!\s+(?:the\s+)?(?:responsibility|victory|credit|lives|title)\b(?!\s+(?:was|is|were|would|will|had|has)\b))|warned(?!\s+(?:of|about|against)\b)|wrote(?!\s+(?:(?:a|an|the|his|her|their|its|more|nearly|about|some|over)\s|[\d$£€]))|tweeted|estimated|predicts|(?:estimates|forecasts)(?=\s+(?:that\s+)?(?:the|a|an|it|its|there|\d))|(?:forecast|predicted|projected)(?=\s+that\b)|revealed|(?:showed|shows)(?!\s+(?:no|little|few|any|reporters|journalists|visitors|guests|him|her|them|us|me)\b)|reporting|saying" \
              r"|found(?=\s+that\b)|heard(?=\s+that\b))"
# Only in lower case: capitalised, the same words belong to a name ("Dirjen Perdagangan Dalam
# Negeri", "Menteri Dalam Negeri").
# (That is "\s+(?:dalam|…)\b|[,;]|\.(?=\s|$)|\s[–—-]\s", its first characters read as one class
# and then told apart by a look-behind: the engine skips to them instead of trying every position.)
SPEAKER_STOP = re.compile(r"[\s,;.](?:(?<=\s)\s*(?:dalam|di|kepada|saat|ketika|pada|usai|seusai|setelah|sebelum|melalui"
                          r"|hingga|sampai|sambil|seraya|as\s+of|via|dikutip|in|at|on|during|after|to|from|speaking|while"
                          r"|when|seperti|sebagaimana)\b"
                          # (a day with its date in brackets: "kata Budi Senin (23/11)")
                          r"|(?<=\s)(?=(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*\(\d)|(?<=[,;])|(?<=\.)(?=\s|$)|(?<=\s)[–—-]\s)")
# The openers that relay what an outlet or a speaker put out ("Dikutip dari Reuters, …", "Citing
# police, …"): the words they relay are the speaker's after the comma, not the outlet's.
RELAYING_OPENERS = ("citing", "mengutip", "melansir", "dilansir", "dikutip", "seperti dilansir",
                    "sebagaimana dilansir", "seperti dikutip", "sebagaimana dikutip")
OPENING_FRAMES = re.compile(
    r"(?:menurut|according to|dilansir(?: dari)?|melansir|dikutip dari|mengutip|seperti dilansir"
    r"|sebagaimana dilansir|(?:seperti|sebagaimana) dikutip(?: dari)?|citing|berdasarkan|based on"
    # "Merujuk data BPS, …", "Mengacu pada data BPS, …": the data a figure rests on
    r"|(?:merujuk|mengacu)(?: pada| kepada)?(?= data\b)"
    # "Dikatakan Rina, …": the passive of a verb of saying, its speaker after it
    r"|(?:dikatakan|dijelaskan|diungkapkan|ditambahkan|diterangkan)(?:\s+oleh)?"
    r"(?=\s+(?!(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|januari|februari|maret|april|mei|juni|juli"
    r"|agustus|september|oktober|november|desember)\b)(?-i:[A-Z])))\s+"
    # "Menurutnya, …", "Katanya, …": the speaker is the one named before (resolved like "ujarnya")
    r"|(?:menurut|kata|ujar|jelas|tutur|ungkap)nya(?=\s*,)", re.I)
PRONOUN_SOURCES = frozenset("he she they ia dia beliau mereka nya -nya his her".split())
EPITHET_END = re.compile(r"(?=[it])\b(tersebut|itu|ini)$", re.I)   # (?=…): see DATELINE_HINT
_EPITHET_WORDS = ("tersebut", "itu", "ini")
# Documents pointed back at ("Laporan tersebut menyebutkan …"): a thing cited, never a person.
DOCUMENT_NOUNS = frozenset("laporan data hasil survei catatan rilis dokumen kajian riset penelitian studi".split())


def ends_with_epithet(phrase: str) -> bool:
    """``EPITHET_END.search(phrase)``: "juru bicara itu", "pejabat tersebut". A match closes the
    phrase (or stands before a final line break), and in ASCII it is one of the words in any
    case: a suffix test rules out nearly every phrase before the search, which tries every
    position (it opens with a look-ahead)."""
    if phrase.isascii() and not phrase.endswith("\n") and not phrase[-8:].lower().endswith(_EPITHET_WORDS):
        return False
    return EPITHET_END.search(phrase) is not None


REPORT_SENTENCE = re.compile(
    # "Penambahan itu diumumkan X": any noun pointed back at with a demonstrative, too
    r"^(?:[a-z]+(?=\s+(?:tersebut|ini|itu)\s)|kabar|informasi|hal|berita|pernyataan|keterangan|pengumuman|laporan|data|angka|temuan"
    r"|hasil|hasil survei|the news|the announcement|the statement|the report|the data|the figures?"
    r"|the findings|the results|the survey results|this|demikian"
    # "The deaths were confirmed by police at a briefing": any noun whose telling is credited by "by"
    r"|the\s+(?:deaths?|toll|figures?|numbers?|information|decision|details|news|findings|results|data|count|arrests?"
    r"|casualties|losses)(?=\s+(?:was|were)\s+(?:first\s+)?(?:confirmed|announced|reported|stated|conveyed|disclosed|revealed)\s+by\s))"
    r"\s+(?:tersebut|ini|itu|was|were)?\s*(?:first\s+)?(?:disampaikan|diungkapkan|dipaparkan|dirilis|dibenarkan"
    r"|dikatakan|dijelaskan|diumumkan|dilaporkan|disebutkan|dikonfirmasi|made|announced|confirmed"
    r"|reported|given|stated|conveyed|disclosed|revealed"
    # "Keterangan itu tertuang dalam siaran pers BNPB": the document that carries it
    r"|(?:tertuang|tercantum|termuat|tertera|dimuat)(?=\s+dalam\s))\b(?:\s+(?:oleh|by|dalam))?\s*(?P<who>[^.]*?)(?:\s+(?:pada|on|di|in|dalam|hingga|sampai|per|saat|ketika|melalui|at|during|as\s+of|yang|which)\b.*)?\.?$",
    re.I)
# "Marcus Ode spoke to reporters.", "The minister made the remarks at a news conference on
# Tuesday.": who spoke and where, the frame of words told elsewhere, asserts nothing to check.
SPEAKING_SENTENCE = re.compile(
    r"^(?P<who>[A-Z][^.,;:\"“”\d]{1,60}?)\s+(?:spoke|was\s+speaking|were\s+speaking|(?:made|gave)\s+the\s+(?:remarks|comments))"
    r"(?:\s+(?:to|at|in|during|on|after|before|while)\b[^.\"“”]*)?\.?$")


# Lower-case particles inside a person's name: "Maria dela Cruz", "Ahmad bin Ismail", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "der", "den", "de", "da", "dos", "del", "dela", "delos",
                            "della", "du", "la", "le", "al", "el", "ibn", "bte", "bt"})
# Short titles written before a surname alone ("Dr Sørensen", "Sen. Ruiz"), with or without a dot.
HONORIFICS = frozenset("""dr dr. prof prof. mr mr. mrs mrs. ms ms. sen sen. rep rep. gov gov. rev rev.
lt lt. gen gen. col col. sgt sgt. capt capt. supt supt. insp insp. sir dame maj maj. adm adm.
brig brig. cpl cpl. pvt pvt. cmdr cmdr.""".split())
# Police ranks and forms of address written right before a person's full name (Malaysian
# honours such as "Datuk" and "Tun" among them; academic ones such as "Drs." and "Atty.").
RANKS = frozenset("""bharada brigadir kombes irjen brigjen akbp akp kompol iptu ipda aiptu bripka briptu bripda
bapak ibu pak bu dr prof ir h hj drs dra datuk dato dato' dato’ datin tun atty engr""".split())
# Professions that open a speaker phrase before the person's institution and name ("Ekonom
# Universitas X Budi Santoso"); inside a body's name they are no title ("Asosiasi Dosen Indonesia").
PROFESSION_TITLES = frozenset("ekonom pengamat peneliti analis dosen akademisi pakar".split())
TITLE_WORDS = frozenset("""presiden wakil menteri kepala ketua direktur jenderal dirjen gubernur bupati
walikota wali kota juru bicara jubir komisioner sementara plh plt pelaksana penjabat pj kapolri kapolda kapolres kapolsek
sekretaris jaksa hakim hakim ketua anggota staf khusus pejabat koordinator kasat kabid kasubdit
pimpinan cabang camat lurah manajer panglima deputi pangdam danrem dandim pangkostrad karo kabag
kasubbag kasubag kasi kanit kadis pol menko wamen kapusdatin kapuspen kadiv kabareskrim kalapas karutan
marsdya laksdya mayjen letjen laksma marsma kolonel letkol mayor kapten komandan danramil danyon dansatgas
sekjen sekda dirut kasatreskrim kasatlantas kasatnarkoba kapolrestabes kapolresta kajati kajari kajagung kapuspenkum
president minister chief head director spokesperson spokesman spokeswoman secretary governor mayor
chairman chairwoman general officer official commissioner prime deputy senior foreign ministry
senator representative judge attorney pastor reverend sheriff detective sergeant lieutenant captain
colonel inspector ambassador chancellor administrator commander manager executive leader majority minority assistant associate
acting interim former vice counsellor counselor emeritus pelatih coach
councilmember councilman councilwoman councillor councilor alderman alderwoman supervisor selectman
assemblymember assemblyman assemblywoman congressman congresswoman""".split()) | RANKS | HONORIFICS

# The end of a sentence inside a span: a stop, a question or exclamation mark (with any closing
# quotes or brackets) before white space, or a line break.
STOP_OR_LINE_BREAK = re.compile(r"[.!?][\"”’)]*\s|\n")

# --- cutting claims --------------------------------------------------------------------
# Connectives that open a sentence and are not part of the assertion (rule 3).
OPENERS = re.compile(
    # "Selain korban meninggal,", "Besides the dead,": what the sentence adds to, told before
    # (not "Selain menewaskan tiga warga," nor "Besides killing 3,": an act with its toll is a fact)
    r"(?:selain|besides|apart from|aside from|in addition to)\s+(?!(?-i:(?:me|ber|di)[a-z]{3}|[a-z]+ing\b))"
    r"(?![^,]{0,60}\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|ratusan|ribuan"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)"
    r"(?:[^\W\d]+\s+){0,3}[^\W\d]+\s*,\s*"
    r"|(?:selain itu|sementara itu|namun demikian|namun|akan tetapi|tetapi|(?:meski|walau|kendati)(?:pun)? (?:demikian|begitu)|kemudian"
    r"|lalu|jadi|adapun|sebagai informasi|oleh karena itu|oleh sebab itu|karena itu|maka dari itu|dengan demikian|di sisi lain|padahal|bahkan"
    r"|sebelumnya|selanjutnya|selain|sementara|however|meanwhile|in addition|additionally|moreover"
    # "Informasi yang dihimpun, …": the reporter's gathering, not a source
    r"|(?:dari |berdasarkan )?informasi yang (?:dihimpun|berhasil dihimpun|diperoleh)"
    r"|furthermore|also|but|so(?!\s+far\b)|then|still|yet|besides|nevertheless|in the meantime|on the other hand"
    # discourse openers that link to the story around, no part of the fact
    r"|elsewhere|separately|at the same time|on top of that|by contrast|in contrast|overall|as a result"
    r"|for (?:its|their|his|her) part|despite (?:this|that)|in a separate (?:case|development|incident)"
    r"|di samping itu|secara keseluruhan|di lain pihak|secara terpisah|di tempat terpisah|dalam kasus terpisah)"
    r"(?:\s*,\s*|\s+(?=[a-z]))|diketahui\s+(?=[a-z])|(?:in\s+fact|even\s+so)\s*,\s*"
    # "Atas putusan itu,", "Menanggapi hal tersebut,", "In response to this,": a phrase that only
    # points back at what was said before.
    r"|(?:atas|terkait|menanggapi|mengenai|soal|dengan|in response to|regarding)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:itu|tersebut|ini|this|that)\s*,\s*"
    # "With the win,", "With the defeat,": the result just told, pointed back at
    r"|with\s+(?:the|this|that)\s+(?:win|victory|defeat|loss|draw|result)\s*,\s*", re.I)
# "BANDUNG -", "KUPANG, KOMPAS.com -", "NAIROBI, Kenya (AP) -": the agency in brackets too;
# wire copy puts the day in it ("OSLO, Oct 2 (Reuters) -").
# (an apostrophe only inside a place written in capitals, "MURANG'A": "Indonesia's minister - …" is no dateline)
# ("Sumbawa, kumparan -", "Mataram, detikBali -", "Jakarta, suara.com -": an outlet that writes
# its name in lower case closes the place)
DATELINE_PREFIX = re.compile(r"[A-Z][\w.]*(?:['’][A-Z]+)?(?:[ ,/]+(?:[A-Z][\w.]*(?:['’][A-Z]+)?|\d{1,2}\b)){0,4}"
                             r"(?:,\s+[a-z][\w.]{2,24})?"
                             # ("(Reuters)", "(The Star)", "(dpa)": the agency or paper filing it)
                             r"(?:\s*\([A-Za-z][\w.&]*(?:\s[A-Z][\w.&]*){0,2}\))?"
                             r"\s*(?:-{1,2}|–|—)\s+")
# ", sementara …" is "while" before a clause; "sementara waktu/ini" (for now) is no connective.
# Every break opens with one of the characters of the leading class: read first as a class, then
# told apart by a look-behind, it gives the engine a skip to those characters (a lookahead naming
# them still enters the matcher at every position). "[,;\s](?<=\s)\s*" reads the same white
# space as "\s+", and "[,;\s](?<=,)" the same comma as ",": each branch matches as before.
# After white space, "(?=[abdst])" names the first letters of the words that break there (as
# case-blind as they are): at the many spaces before other words, no alternative is tried.
# "X said A and that B": "that" opens a second reported clause; it belongs to neither claim.
# ", setelah sebelumnya X telah …" (after X had earlier …) tells a prior event of its own, with
# or without the comma; ", setelah X …" does when X is a subject of its own (clauses.py).
CLAUSE_BREAKS = re.compile(r"[,;\s](?:(?<=\s)\s*(?=[abdst])(?:(?:and|dan)\s+(?:that|bahwa)\s+(?=\S)|(?:setelah|sesudah)\s+sebelumnya\s+"
                           r"|(?:sedangkan|tapi|sehingga)\s+|dan\s+(?!yang|yg)|(?:dan|and)\s+(?=(?:yang|yg|that)\s)"
                           r"|(?:and|but)\s+)"
                           r"|(?<=,)\s+(?:(?:setelah|sesudah)\s+sebelumnya\s+|(?:(?:tak|tidak)\s+lama\s+|sesaat\s+|sehari\s+)?(?:setelah|sesudah)\s+|(?:sedangkan|tetapi|tapi|namun"
                           r"|mengingat|sehingga|but|while|whereas|yet|although|though|even though|(?:meskipun|meski|walaupun|walau)(?!\s+(?:begitu|demikian)\b)|padahal"
                           r"|sementara(?!\s+(?:waktu|ini|itu)\b))\s+|(?:dan|and)\s+(?:that\s+)?|(?:dengan|with)\s+"
                           r"|(?:yakni|yaitu|namely)\s+|(?=followed by\s))"
                           r"|(?<=;)\s+)", re.I)
# (The breaks grouped by the white space or comma they open with, each group in the order the
# flat alternation tried them: a word after "\s+" or ",\s+" cannot start with white space, so
# the group finds the same break at each position, and the white space is read once, not once
# per alternative, a third faster on sentences.)
# Words that mark a clause as opinion, hope, hedging or vague filler (rule 2).
# Words and phrases that mark a clause as opinion, hope or hedging (rule 2); checked as word
# sets and substrings, which is many times faster than one large case-insensitive regex.
# "jangan" (do not) opens an appeal or a warning to the reader or the public.
OPINION_WORDS = frozenset("""jangan tentu tentunya mengejutkan sayangnya untungnya semoga berharap harapan
seharusnya sebaiknya merasa tampaknya sepertinya mungkin barangkali hope hopes hoped hoping mudahan moga wish
should shocking unfortunately fortunately feel feels felt terrible tragic awful
horrible wonderful amazing sad mengerikan menyedihkan memprihatinkan disayangkan memilukan
mengharukan miris ironis sungguh scapegoat heartbreaking mengimbau menghimbau imbauan menyerukan urge urged urges
appealed diimbau dihimbau
menyarankan menganjurkan disarankan dianjurkan""".split())
# Appeals to the public ("meminta warga …", "called on residents …") and judgements passed on a
# decision ("dinilai tepat", "seen as appropriate") are not checkable facts (rule 2).
OPINION_PHRASES = ("menurut saya", "saya kira", "sangat disayangkan",
                   # praise, but not the legal status "kejadian luar biasa" (an outbreak)
                   "sangat luar biasa", "yang luar biasa", "luar biasa sekali", "secara luar biasa",
                   "hal luar biasa", "sungguh luar biasa", "itu luar biasa", "ini luar biasa",
                   "tersebut luar biasa", "benar-benar luar biasa", "cukup luar biasa", "i think",
                   "we think", "in my view", "not so bad", "meminta warga", "meminta masyarakat",
                   "meminta publik", "meminta orang tua", "minta warga", "minta masyarakat",
                   "tetap waspada", "stay alert", "remain vigilant", "called on residents", "called on the public",
                   "asked residents", "warga diminta", "masyarakat diminta", "publik diminta",
                   # advice to the reader or listener in the second person
                   "you don't need", "you do not need", "you need to", "you have to", "you must",
                   "you should", "anda harus", "kamu harus",
                   # protest idioms and rhetorical accusations
                   "is not how", "knows exactly", "know exactly", "bukan begitu caranya",
                   # what the speaker wants is a stance
                   "i want", "we want", "i don't want", "we don't want", "saya ingin", "kami ingin",
                   # what a speaker puts first is a slogan ("Safety is our first priority")
                   "our first priority", "our top priority", "our highest priority", "our priority",
                   "prioritas utama kami", "prioritas kami", "prioritas utama kita",
                   # reactions that weigh what was said before ("that is little comfort")
                   "little comfort", "cold comfort", "small comfort", "not convinced", "tidak yakin",
                   # what would be better, and threats of resolve, are stances
                   "would be better", "lebih baik digunakan", "will not hesitate",
                   "would not hesitate", "tidak akan ragu", "tak akan ragu",
                   # "the issue is not just X but Y" frames a problem, it reports nothing
                   "bukan sekadar", "bukan hanya soal", "not just about", "not only about",
                   # what the speaker would like is a wish, in the colloquial "mau" as in "ingin"
                   "saya mau", "kami mau", "aku mau", "saya cuma mau", "saya hanya mau",
                   # resignation and wait-and-see idioms assert nothing
                   "only time will tell", "time will tell", "remains to be seen", "waktu yang akan menjawab",
                   "nothing you can do", "nothing we can do", "tidak ada yang bisa kita lakukan",
                   # struggle told as an image ("a long way to go", "jalan masih panjang")
                   "long road ahead", "a long way to go", "jalan masih panjang", "perjalanan masih panjang",
                   # strain told as an image, not a count ("pushed the wards to their limits")
                   "to their limits", "to its limits", "to breaking point",
                   # what the speaker thought or felt at the time is an impression
                   "i thought", "we thought", "i felt like", "we felt like", "saya pikir", "kami pikir",
                   "saya rasa", "kami rasa", "kami kira", "aku pikir", "aku rasa", "kita rasa",
                   "i feel like", "we feel like",
                   # a request in the first person is an appeal ("Kami minta pemerintah …")
                   "kami minta", "kami meminta", "saya minta", "saya meminta", "kita minta", "kami mohon",
                   "saya mohon", "we ask", "we're asking", "we are asking", "we keep asking", "i ask",
                   "i'm asking", "i am asking", "we urge", "i urge", "we call on", "i call on", "we appeal",
                   # a simile gives an image, not a fact ("It's like working in a furnace")
                   "it's like", "it is like", "it was like", "it felt like", "rasanya seperti", "rasanya kayak",
                   # an effort told without its acts ("we are doing what we can")
                   "doing what we can", "doing what they can", "doing what it can", "doing everything we can",
                   "doing everything they can", "doing everything it can", "doing all we can", "doing all they can", "doing all it can",
                   "doing our best", "doing their best", "the best we can", "a long road")
# Resolve, self-praise and help told as impressions: worth penalises these only in a clause
# with no figure ("We never gave up" is a stance; "never gave up and won the final 3-2" and
# "sangat membantu 300 keluarga" report a result).
RESOLVE_PHRASES = (
                   # resolve told of oneself: "we never gave up", "kita pantang menyerah"
                   "tidak menyerah", "tak menyerah", "pantang menyerah", "never gave up", "never give up",
                   "did not give up", "didn't give up", "didn’t give up", "will not give up", "won't give up",
                   # what the speakers say they have shown is a verdict on themselves
                   "i proved", "we proved", "we have proved", "we've proved", "we have shown", "we've shown",
                   "saya membuktikan", "kami membuktikan", "kami buktikan", "kami telah membuktikan",
                   # resignation and help told as an impression
                   "mau tidak mau", "mau tak mau", "like it or not", "sangat membantu", "sangat bermanfaat",
                   "sangat terbantu", "very helpful", "a great help", "a huge help", "kambing hitam",
                   "semaksimal mungkin", "sebaik mungkin", "sebisa mungkin")
# Calls for calm, reassurance to the public and surprise: worth penalises these only in a clause
# with no figure, date, name or source
# ("The mayor called for calm after the fire that destroyed 40 stalls" reports the fire).
IMPRESSION_PHRASES = ("called for calm", "calls for calm", "call for calm", "appealed for calm", "no need to panic",
                      "tidak perlu panik", "tak perlu panik", "tidak perlu khawatir", "tak perlu khawatir",
                      "no one expected", "nobody expected", "tidak ada yang menyangka", "tak ada yang menyangka",
                      "tidak menyangka", "tak menyangka")
JUDGED_AS = re.compile(r"\b(?:dinilai|dianggap|considered|deemed|seen as|viewed as)\s+(?:sangat\s+"
                       r"|cukup\s+|very\s+|quite\s+)?(?:tepat|baik|positif|wajar|bagus|penting|bijak"
                       r"|appropriate|right|good|positive|wise|important|necessary|prudent)\b", re.I)
# Vague filler whose specifics come elsewhere, or that points at what follows.
VAGUE_PHRASES = ("informasi lebih lanjut", "lebih lanjut", "dapat diakses", "for more information",
                 "berbagai hal", "sebagai berikut", "berikut ini", "hal tersebut",
                 "declined to comment", "as follows", "the following:",
                 # no answer yet: "did not immediately respond to a request for comment"
                 "did not immediately respond", "did not respond to a request", "request for comment",
                 "could not be reached", "not immediately known", "belum memberikan tanggapan",
                 "belum merespons", "belum memberikan jawaban", "belum menanggapi",
                 # background without a time or count to check: "… in recent years"
                 "in recent years", "dalam beberapa tahun terakhir",
                 # the writer turning to the reader: "Here is what tenants should check."
                 "here is what", "here's what", "need to know",
                 # a reaction that only points at what another side said ("X disputed that account")
                 "that account", "that version of events",
                 # what is not (yet) known asserts nothing: "It was not immediately clear …"
                 "not immediately clear", "not yet clear", "it was unclear", "it is unclear",
                 "remains unclear", "declined to say", "did not say", "would not say",
                 "belum bisa memastikan", "belum dapat memastikan", "tidak bisa memastikan",
                 "could not confirm", "could not yet confirm", "unable to confirm",
                 # an open question told as a statement: "Questions remain over …"
                 "questions remain", "raises questions", "tanda tanya", "menjadi pertanyaan",
                 "nobody knows", "no one knows", "tidak ada yang tahu", "tak ada yang tahu", "belum ada yang tahu")
# "Hingga berita ini diturunkan, …": the writer's own day, vague only with no answer yet ("…, X
# belum memberikan keterangan"); before a count it dates the count.
AS_OF_WRITING = ("hingga berita ini diturunkan", "hingga berita ini ditulis", "saat berita ini ditulis",
                 "sampai berita ini diturunkan", "at the time of writing", "as of publication")
VAGUE_OPENERS = ("berikut", "simak", "lihat")
# Vague quantifiers over abstract nouns: "dipengaruhi beberapa faktor" says nothing checkable.
VAGUE_QUANTIFIED = re.compile(r"\b(beberapa|berbagai|sejumlah|several|various|a number of|some)\s+"
                              r"(faktor|hal|alasan|pertimbangan|kendala|factors|reasons|things"
                              r"|issues|considerations)\b", re.I)
# Feelings are not claims (rule 2); neither are conditions ("If …", "Jika …").
FEELING_WORDS = frozenset("""afraid angry anxious happy sad upset scared worried proud grateful devastated
heartbroken relieved trauma traumatised traumatized emotional takut marah cemas khawatir senang sedih
bangga bersyukur kecewa lega terpukul bahagia terharu gelisah feelings panicking panicked healing
grieving mourning shaken shocked stunned saddened disappointed berduka sceptical skeptical
unconvinced ragu pesimistis exhausted frustrated lelah capek kapok jenuh psychologically
sorry menyesal regret regrets regretted
furious outraged angered irate fearful nervous uneasy enthusiastic cautious
resah geram kesal jengkel gusar murka dongkol antusias
frustration outrage anxiety despair resentment dismay kemarahan kekecewaan kekhawatiran
kecemasan keresahan kegelisahan ketakutan""".split())

# A belief with an epistemic modal ("Police believe the cargo may have been …", "they think it
# could be …") is a hedge: what is believed possible is no fact (rule 2).
HEDGED_BELIEF = re.compile(r"\b(?:believe[sd]?|suspect(?:s|ed)?|think|thinks|thought|assume[sd]?)\b"
                           r"[^.;]{0,80}?\b(?:may|might|could)\s+(?:have|be)\b", re.I)
CONDITIONAL_OPENERS = ("if ", "jika ", "kalau ", "apabila ", "bila ", "seandainya ", "unless ",
                       # a counterfactual: "Without the grant, we would have to …"
                       "without ", "tanpa ")
NUMBER_WORDS = re.compile(
    r"\b(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus"
    r"|ribu|juta|miliar|triliun|kedua|ketiga|keempat|kelima|keempatnya|pertama|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand"
    r"|million|billion|dozen|first|second|third)\b", re.I)
# Searches of a span for them, made case-sensitively in its lower case where it is ASCII (see
# text_features.CaseBlindSearch): the engine then skips the words by their first letter, where
# the case-blind alternation enters each word at every word edge.
NUMBER_WORDS_SEARCH = CaseBlindSearch(NUMBER_WORDS)
ID_VERB_PREFIX = re.compile(r"^(me|di|ber|ter|mem|men|meng|meny|per)[a-z]{3,}$")
NOT_VERBS = frozenset("""tersebut terhadap terkait terakhir tertinggi terbesar terendah terbanyak terus
termasuk terdekat dia diri dinas dimana dini dirut dirjen direktur merah media menteri menit meja merkuri
berita beras besar berbagai bersama beberapa berdasarkan meski memang menurut pertama permanen
persen perempuan periode pertandingan persidangan perang perkara pertimbangan peringatan tersangka
terdakwa tersebutlah pertemuan perusahaan permukaan peristiwa dilansir
district districts disaster disasters distance director directors direction diesel dialogue member
members message method territory terminal person persons personnel period perimeter
mereka mendiang merdeka mentah mesin meter metro medis mewah menara mekanisme meriam mertua digital
diare diabetes diagnosis diagnosa dialog diskon distrik dividen dilema diplomat diet dinamika diameter
diploma direksi disiplin diskusi beruntun berturut berikut berkala bermotor berdarah berkebutuhan
berukuran berusia bersenjata berbasis berpenghasilan berpendapatan terkonfirmasi terpadu""".split())
# (the English nouns above share an Indonesian verb prefix: di-, me-, ter-, per-)
ID_AUX = frozenset("""adalah merupakan akan telah sudah sedang masih ada menjadi tidak belum bisa
dapat harus mampu berhasil sempat tengah tercatat ialah masuk keluar tiba datang pergi naik turun
tewas meninggal hilang lahir mati tinggal jatuh pulang kembali ikut tetap selesai unggul
menang kalah terjadi rusak hancur putus roboh ambruk hanyut padam lumpuh tenggelam tumbuh anjlok susut lolos runtuh tembus
muncul luka-luka wafat lulus kabur pecah mogok""".split())
# Words "forecast" forms a compound noun with ("the growth forecast that …"): the noun, no verb.
FORECAST_COMPOUNDS = frozenset("""weather growth inflation budget sales earnings revenue profit rain storm
price market rate official central median consensus latest initial previous""".split())
# Pasts that take an object and never describe a noun when no verb follows the phrase: "72
# suffered minor injuries" counts people ("15 signed contracts were cancelled" keeps its noun).
TRANSITIVE_PASTS = frozenset("""suffered sustained received needed required attended watched joined reached
entered crossed boarded visited signed""".split())
# "below the 4.91% median forecast": a forecast a figure is measured against (lower case).
FORECAST_MEASURED_AGAINST = re.compile(r"\b(?:(?:below|above|than|under|over|with)\s+(?:the|a|an|its|their)\s+|than\s+"
                                       # ("beating forecasts": a result against them, with or without an article)
                                       r"|(?:beat|beating|missed|missing|exceeded|exceeding|topped)\s+(?:(?:the|a|an|its|their)\s+)?)"
                                       r"(?:\S+\s+){0,3}?forecasts?\b")


# Irregular English pasts ("took", "won", "fled"); "cut", "put", "set" are present forms too.
EN_IRREGULAR_PAST = frozenset("""cut put set hit shut left made took sold paid sent won lost led kept gave found
built fell rose spent bought brought held struck drew grew broke met ran saw told laid began chose drove
flew fought fled froze hid knew meant rode sank shot spoke stood stole swept taught threw tore wore wrote
dug fed lit sought spread withdrew overtook rebuilt heard came went became got caught thought sat shook hung
rang sang swam swore woke wept underwent undertook upheld oversaw overcame withheld arose forgave""".split())
# The same words as one regex alternation, in a fixed order.
EN_IRREGULAR_PAST_ALTERNATION = "|".join(sorted(EN_IRREGULAR_PAST))
# A past tense, regular or irregular, as a regex group.
EN_PAST_FORM = rf"(?:[a-z]{{2,}}ed|{EN_IRREGULAR_PAST_ALTERNATION})"


EN_AUX = re.compile(r"\b(is|are|was|were|has|have|had|will|would|can|could|did|does|do|be|been|said"
                    r"|put|told|found|made|took|gave|left|came|went|got|set|held|saw|began|became|ran"
                    r"|won|lost|hit|fell|rose|led|met|sent|kept|paid|brought|built|struck|shot|killed"
                    r"|says|takes|makes|gives|shows|remains|fed|wed|\w\w+ed"
                    # irregular pasts and present forms that are never nouns ("plans" is one:
                    # only "plans to" counts)
                    r"|stood|grew|spent|sold|bought|drew|fought|knew|thought|meant|sank|broke|flew"
                    r"|wrote|spoke|chose|drove|caught|taught|fled|swept|sought|expects?|intends?"
                    r"|offset|withdrew|overtook|undertook|threw|blew|tore|shook|froze|stole|hid|dealt"
                    r"|dug|hung|slid|spun|stuck|swung|woke|bent|clung|crept|forgave|forgot|overcame"
                    r"|oversaw|rebuilt|rewrote|sprang|swam|upheld|withheld|withstood"
                    # present forms of place and extent that are never nouns in news copy
                    r"|lies|sits|borders|spans|stretches|flows"
                    r"|heard|laid|sped|understood|quit|rang|shut"
                    # ("sang", "lent" and "spat" are left out: nouns too, and "sang" Indonesian)
                    r"|wept|slept|swore|drank|ate|bled|knelt|leapt|rode|wore|overran|overthrew"
                    r"|forbade|shone|strode|stank|stung"
                    r"|operates|employs|remain|owns|plans? to|aims? to"
                    # "face" is a verb when what is faced is legal jeopardy ("faces two charges",
                    # "face up to 20 years", "faces trial"): a charge is a court record (rule 2)
                    r"|faces?(?=\s+(?:[\w-]+\s+)?(?:charges?|counts?|trial|prosecution|fines?|penalty"
                    r"|penalties|sentences?|jail|prison|deportation|extradition)\b"
                    r"|\s+(?:up\s+to|a\s+maximum\s+of|at\s+least)\s))\b", re.I)
EN_AUX_SEARCH = CaseBlindSearch(EN_AUX)          # (as NUMBER_WORDS_SEARCH)
EN_CLAUSE_START = re.compile(
    r"^(?:(?:the|a|an|some|many|all|both|at least|more than|about|nearly|around|\d[\d,.]*"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|we|they|he|she|it|i|there"
    r"|this|these|those|its|their|his|her|our|many|residents|[A-Z][\w'’-]*)\b(?:\s+[\w'’,-]+){0,7}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did)\b)")
ORG_WORDS = frozenset("""badan kementerian komisi pemerintah dewan lembaga dinas kantor pusat partai
polda polres polri tni kpk kpu bps bank pt universitas majelis pengadilan statistics ministry agency
council commission government office court police army party bureau kota kabupaten provinsi
kecamatan desa kelurahan city province district pemkot pemkab pemprov kodim korem kejaksaan kejari
kejati basarnas bpbd bnpb direktorat departemen biro otoritas yayasan institut department
administration institute authority board committee organisation organization association
federation foundation service services centre center centers centres
air airlines airways group corp corporation inc holdings company tbk""".split())
# A rank a person or a team holds, as an Indonesian ordinal after its noun ("unggulan kedua",
# "juara ketiga", "peringkat terakhir"): every Indonesian ordinal word, and the two superlative ranks.
ID_RANK_ORDINALS = alternation([w for w in ORDINALS if w.startswith("ke") or w == "pertama"]
                               + ["terakhir", "teratas"])
# "unggulan kedua", "peringkat ketiga": a role named by the rank it holds.
ID_RANK_PHRASE = rf"[a-z]+\s+(?:{ID_RANK_ORDINALS})\b"
# Nouns that open an institution's name and take the rest of it, "dan"/"and" and list commas
# included, as their complement: "Kementerian Desa dan Pembangunan Daerah Tertinggal",
# "Department of Fisheries, Forests and Rural Roads" (invented).
INSTITUTION_HEADS = frozenset("""kementerian kemenko badan dinas komisi lembaga direktorat departemen biro
kantor dewan majelis otoritas balai yayasan institut sekretariat inspektorat pusat
department bureau ministry office agency commission council institute centre center centers
centres board authority committee directorate federation association""".split())
# Nouns that close an English institution's name after its "and": "Food and Drug Administration",
# "National Search and Rescue Agency".
INSTITUTION_TAILS = frozenset("""administration agency commission institute service services board
authority office bureau council committee organisation organization association federation
foundation department ministry""".split())
# Portfolio words that sit between a title and a name: "Menteri Keuangan X", "Kepala Dinas Sosial X".
PORTFOLIO_WORDS = frozenset("""kesehatan keuangan sosial pertanian pendidikan perhubungan dalam luar
negeri pertahanan agama hukum ham perdagangan perindustrian energi pariwisata kelautan perikanan
lingkungan hidup kehutanan ketenagakerjaan komunikasi informatika keamanan nasional daerah umum
perencanaan pembangunan republik finance health foreign interior defence defense justice education transport trade""".split())
REPORT_TERMS = re.compile(r"(?:berdasarkan laporan|laporan)\b", re.I)

# Verbs that introduce a judgement, not a report: what follows them is an opinion unless it
# states a figure ("Ekonom X menilai kebijakan itu terlambat"; "X believes the plan will fail").
# "mengaku" (says of oneself) without a figure reports an impression ("mengaku air datang cepat").
OPINION_FRAME_VERBS = frozenset("""menilai berpendapat beranggapan believes believe believed
argued argues argue thinks mengaku""".split())

# "…, which means it cannot prove …", "…, meaning that …": what the writer or speaker reads
# into the fact before it is an interpretation, not a second fact (rule 2); the claim ends there.
INTERPRETATION = re.compile(r",\s+(?:which|this)\s+(?:means|meant)\b|,\s+meaning\b", re.I)

# Nouns that open an Indonesian appositive after a name: "PT X, perusahaan tambang asal Y".
ID_APPOSITIVE_NOUNS = r"(?:perusahaan|produsen|maskapai|emiten|lembaga|organisasi|partai|klub|bank|pabrik" \
                      r"|kota|kabupaten|provinsi|desa|pulau|gunung|sungai|danau|pelabuhan|bandara" \
                      r"|rumah sakit|sekolah|universitas|mantan|warga|pria|wanita|perempuan|bocah|siswa" \
                      r"|mahasiswa|istri|suami|putra|putri|pusat|gedung|kawasan|stadion|hotel|pasar|kampus" \
                      r"|kantor|negara|kecamatan|pemain|pelatih|penyerang|gelandang|kiper|atlet|penyanyi" \
                      r"|aktor|aktris|pengusaha|politikus|politisi|ekonom|peneliti|dosen|dokter|pengacara" \
                      r"|jurnalis|wartawan)"
# Heads that name a class rather than a referent: "People who …", "Those who …" (rule 4 wants a
# fact about a thing the article names, not the definition of a group).
GENERIC_HEADS = frozenset("""people those anyone anybody someone somebody everyone everybody men women
children adults""".split())

# --- survey shares and shifted predicates ----------------------------------------------
# "64 persen responden menyatakan …", "58 percent of voters said …": a share of respondents is
# the finding itself, never a source (rule 5 keeps the declaring clause).
RESPONDENT_SHARE = re.compile(r"\d[\d.,]*\s*(?:%|persen\b|percent\b|per cent\b)", re.I)
# A coordinated predicate that opens in another time or mood states a second fact even with its
# subject unspoken ("… dan kini …", "… dan akan …", "… and plans to …", "… and is scheduled to …").
SHIFTED_PREDICATE = re.compile(
    r"(?:kini|sekarang|akan|bakal|berencana|direncanakan|dijadwalkan|ditargetkan|will|now"
    r"|plans? to|aims? to|intends? to|expects? to|(?:is|are|was|were) (?:scheduled|expected|due|set)"
    r" to|(?:had|has|have) already)\b", re.I)
# Views credited to a whole class of unnamed commentators ("Analysts say …", "Pengamat menilai
# …") characterise; without a figure they are no claims (rule 2).
GENERIC_VIEW = re.compile(
    r"(?:some |many |most |several |para |sejumlah |banyak |beberapa )?(?:experts|analysts|observers"
    r"|economists|critics|commentators|pengamat|analis|ahli|pakar|ekonom|kritikus)\s+(?:\w+\s+){0,2}?"
    r"(?:say|said|believe|believed|think|thought|warn|warned|argue|argued|pointed\s+to|point\s+to|menilai|berpendapat"
    r"|mengatakan|menyebut|memperingatkan|mengingatkan)\b", re.I)
# A clause that opens with the speaker in the first person and says what they believe, trust or
# will heed states a stance, unless it names a number, a name or a date.
FIRST_PERSON_OPENERS = ("we ", "i ", "our ", "my ", "kami ", "kita ", "saya ", "aku ")
STANCE_WORDS = frozenset("""believe believes believing believed confident optimistic trust listen
listening committed determined convinced yakin percaya optimistis optimis mendengar mendengarkan
berkomitmen bertekad ready siap respect respects know understand appreciate regret feel menghormati
menghargai memahami mengerti menyesalkan merasa""".split())
# Intensifiers, obligations and hopes mark an evaluation; in a clause with no number, name or
# date they are all the clause says ("persaingan masih sangat ketat", "harus menjadi pelajaran").
# "perlu" (needs to) is an obligation like "harus": "Pemerintah perlu membenahi …" is an appeal.
EVALUATIVE_MARKERS = frozenset("""sangat amat harus perlu diharapkan very extremely must hopefully really
simply particularly especially deeply truly incredibly terribly""".split())
# Judging adjectives and adverbs: with no number, name or date to check, a clause built on one of
# them ("the outlook remains fragile", "a historic day", "played with great heart") is a verdict.
# Nouns that name a happening of the kind news reports count and date, at the start of a noun
# phrase ("gempa magnitudo 7,8", "the earthquake and tsunami"), and the words that give such a
# happening as the cause of what a sentence counts ("Jumlah korban akibat …", "The toll from …").
HAPPENING_NOUNS = (r"(?:gempa|tsunami|banjir|longsor|ledakan|kebakaran|kecelakaan|erupsi|letusan|serangan|tabrakan"
                   r"|badai|topan|gelombang|earthquake|quake|floods?|landslide|blast|explosion|fire|crash|attack"
                   r"|eruption|storm|typhoon|cyclone|hurricane|waves?|collision|bombing|shooting)\b")
HAPPENING_HEAD = re.compile(rf"(?<![\w-])(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?{HAPPENING_NOUNS}", re.I)
_CAUSE_BEFORE = re.compile(r"\b(?:akibat|karena|from|in|by)\s+$", re.I)


def cause_of_a_toll(text: str, start: int) -> bool:
    """True when a happening is named at ``start`` right after a word giving it as a cause."""
    return HAPPENING_HEAD.match(text, start) is not None \
        and _CAUSE_BEFORE.search(text, max(0, start - 12), start) is not None


EVALUATIVE_WORDS = frozenset("""encouraging discouraging disappointing fragile historic positive
negative impressive remarkable excellent great worrying troubling alarming badly hardly worse
unacceptable regrettable blame blames blamed betrayed betrayal shameful disgraceful outrageous
irresponsible ridiculous absurd cruel dishonest baik buruk solid robust resilient memuaskan
mengecewakan terlalu harsh poorly realistic unrealistic realistis unpredictable
complain complained complains complaining mengeluh mengeluhkan concerns
neglect neglected underinvestment underfunding mismanagement inaction ketertinggalan patchy lax
dire chaotic grim bleak desperate catastrophic mencekam kacau tense tegang""".split())
# A level told by an adjective instead of a figure ("pasokan masih terbatas", "the risk remains
# low"): with no number, name or date beside it, it is a characterisation.
VAGUE_LEVEL = re.compile(r"\b(?:masih|tetap|still|remains?|remained)\s+(?:sangat\s+|cukup\s+|relatif\s+"
                         r"|very\s+|relatively\s+)?(?:kecil|rendah|tinggi|terbatas|minim|lemah|sepi|small|low"
                         r"|high|limited|weak|uncertain|tertekan|lesu|sluggish|subdued"
                         r"|under\s+pressure)\b")
# Dominance told as a word ("Merek impor masih mendominasi"): vague only with no name and no
# source beside it; "Google remains dominant in search, the judge ruled" is a finding on record.
DOMINANCE_LEVEL = re.compile(r"\b(?:masih|tetap|still|remains?|remained)\s+(?:sangat\s+|very\s+)?"
                             r"(?:mendominasi|dominant|dominate|dominates)\b")
# Promises of continued support or readiness are commitments, not facts, when nothing
# checkable stands beside them ("Perusahaan akan terus mendukung program pemerintah").
COMMITMENT_PHRASES = ("terus mendukung", "siap mendukung", "tetap berkomitmen", "siap bertanggung jawab",
                      "continue to support", "remain committed", "remains committed")
# Promises, warnings and threats that name no act, no one and no date ("Tough action will follow
# for whoever broke the seal", "Pelaku akan ditindak tegas", "We will do whatever it takes"):
# resolve, not a plan on record (rule 2). worth counts them only beside "will"/"akan" or a vow:
# "received full cooperation" reports what happened.
THREAT_PHRASES = ("firm action", "strict action", "strictest action", "stern action", "tough action",
                  "severe action", "decisive action", "stringent action", "strong action", "strongest action",
                  "harshest action", "will not tolerate", "won't tolerate", "won’t tolerate", "would not tolerate",
                  "will not be tolerated", "won't be tolerated", "won’t be tolerated", "held accountable",
                  "no stone", "stone unturned", "full force of the law", "brought to justice", "bring them to justice",
                  "zero tolerance", "dealt with firmly", "dealt with strictly", "dealt with severely",
                  "tindakan tegas", "ditindak tegas", "menindak tegas", "tindak tegas", "sanksi tegas",
                  "tidak akan menoleransi", "tidak akan mentoleransi", "tidak akan mentolerir",
                  "tak akan menoleransi", "tidak ada toleransi", "tanpa toleransi", "usut tuntas", "mengusut tuntas",
                  "tidak akan tinggal diam", "tak akan tinggal diam", "pandang bulu",
                  "dimintai pertanggungjawaban", "ditindak sesuai hukum", "ditindak sesuai aturan",
                  "whatever it takes", "all necessary steps", "all necessary measures", "all possible steps",
                  "every possible step", "cooperate fully", "fully cooperate", "full cooperation",
                  "segala upaya", "upaya maksimal", "mengawal kasus", "sampai tuntas", "hingga tuntas")
# Reassurance about "the situation" names no count and no act.
REASSURANCE_PHRASES = ("situation is under control", "situation remains under control", "situation was under control",
                       "everything is under control", "situation is calm", "situation remains calm", "aman terkendali",
                       "situasi terkendali", "situasi aman", "kondusif")
# What something means told as an image or an idiom ("This is a turning point for the city",
# "Putusan ini menjadi titik balik", "Time is running out"): a characterisation (rule 2).
SIGNIFICANCE_PHRASES = ("turning point", "wake-up call", "wake up call", "game changer", "game-changer",
                        "watershed moment", "a new chapter", "a new era", "step in the right direction",
                        "a big step forward", "a major step forward", "titik balik", "babak baru", "era baru",
                        "tonggak sejarah", "lampu kuning bagi", "alarm bagi", "pelajaran berharga",
                        "langkah maju", "too good to be true", "terlalu bagus untuk", "terlalu indah untuk",
                        "the same story", "cerita lama", "cerita yang sama", "recurring problem",
                        "perennial problem", "masalah klasik", "persoalan klasik", "masalah menahun",
                        "a nightmare", "stakes are high", "time is running out", "clock is ticking", "all eyes are",
                        "the ball is now in", "tip of the iceberg", "drop in the ocean", "uphill battle",
                        "uphill struggle", "perfect storm", "pekerjaan rumah besar", "pekerjaan rumah bagi",
                        "ibarat", "bagaikan", "semua mata kini", "semua mata tertuju", "worst possible timing",
                        "worst timing", "worst possible time",
                        # what an act stands for ("wujud kepedulian", "a testament to") is the
                        # writer's or the speaker's reading of it
                        "wujud kepedulian", "bentuk kepedulian", "wujud komitmen", "bentuk komitmen", "bukti komitmen",
                        "bukti keseriusan", "menunjukkan keseriusan", "menunjukkan komitmen", "wujud nyata",
                        "bentuk nyata", "bentuk tanggung jawab", "wujud tanggung jawab", "a testament to",
                        "shows our commitment", "shows the commitment", "demonstrates our commitment",
                        "a sign of our commitment",
                        "bukan perkara mudah")
# Generic advice told as a statement ("A helmet is the best protection on a scooter", "Kuncinya
# adalah disiplin"): a recommendation, not a finding (rule 2).
ADVICE_PHRASES = ("the best defence", "the best defense", "the best protection", "the best way to",
                  "the best thing to", "the best medicine", "the best remedy", "the best safeguard",
                  "it is important to", "it's important to", "it’s important to", "it is wise to",
                  "it is always wise", "it pays to", "cara terbaik", "perlindungan terbaik", "benteng terbaik",
                  "kuncinya adalah", "kunci utamanya", "penting untuk selalu", "sangat penting untuk",
                  "tidak ada salahnya")
# A hedged forecast ("jumlah korban kemungkinan bertambah"): "kemungkinan" as an adverb before
# a verb of change or an auxiliary, not the noun ("menyelidiki kemungkinan rem blong").
HEDGED = re.compile(r"\bkemungkinan\s+(?:besar\s+)?(?:akan|bisa|dapat|masih|terus|bertambah|berkurang"
                    r"|naik|turun|meningkat|menurun|meluas|membesar)\b")
# Instructions to the reader open with the bare verb ("Cek dulu izinnya …", "Check the label
# before …"); a report opens with its subject.
APPEAL_OPENERS = ("cek ", "periksa ", "pastikan ", "hindari ", "ayo ", "mari ", "yuk ", "silakan ",
                  "mohon ", "tolong ", "check ", "make sure ", "be sure ", "avoid ", "please ",
                  "don't ", "do not ")
# A predicate that appeals to others, with its subject left unspoken after "dan"/"and" ("… dan
# mengimbau warga …", "… and urged residents to …"): the verbs that only ever appeal, and the
# verbs of asking when the public is the one asked ("meminta maaf", "asked for a lawyer" are no
# appeals).
_APPEAL_VERBS = (r"mengimbau|menghimbau|menyerukan|mengajak|menyarankan|menganjurkan|urged|urges|urge"
                 r"|appealed|appeals|encouraged|advised|called\s+(?:on|upon)|calls\s+(?:on|upon)")
_ASKING_VERBS = r"meminta|minta|memohon|asked|asks"
_PUBLIC = (r"warga|masyarakat|publik|penduduk|pengendara|pengguna|wisatawan|orang\s+tua|semua\s+pihak"
           r"|residents|the\s+public|members\s+of\s+the\s+public|people|citizens|drivers|motorists"
           r"|parents|travellers|travelers|visitors|everyone|all\s+parties")
APPEAL_PREDICATE = re.compile(rf"(?:(?:juga|pun|also|then|later)\s+)?(?:(?:{_APPEAL_VERBS})\b"
                              rf"|(?:{_ASKING_VERBS})\s+(?:(?:para|semua|seluruh|all|local)\s+)?(?:{_PUBLIC})\b)",
                              re.I)
# Words in -s after a subject that are no present-tense verb ("the city is", "its news always").
EN_NOT_PRESENT_S = frozenset("is was has does its his this thus plus less news always perhaps".split())
# "it still holds a quarter of the seats", "cohabitation carries a maximum sentence", "the army
# deploys about 5,000 soldiers": a present verb in -s that the list above does not name, read by
# its place: after a personal pronoun (an adverb between), or between a noun and the determiner,
# bound or figure that opens its object. Plurals of time and measure ("three times a day", "two
# days the week before") stand there as nouns.
_EN_OBJECT_OPENS = r"(?:(?:the|a|an|its|their|his|her|nearly|almost|some)\b|(?:about|around)\s+[\d$]|\d)"
EN_PRESENT_S = re.compile(
    r"\b(?:it|he|she)\s+(?:(?:still|also|now|only|already|even|often|usually|[a-z]{3,}ly)\s+)?"
    r"(?P<p>[a-z]{3,}s)\b"
    rf"|(?<=[a-z]\s)(?P<n>[a-z]{{3,}}s)\s+{_EN_OBJECT_OPENS}"
    # (and a plural present: "the rules prohibit the use of …")
    rf"|(?<=[a-z]s\s)(?P<b>[a-z]{{3,}})\s+{_EN_OBJECT_OPENS}")
EN_NOT_A_PRESENT_S = EN_NOT_PRESENT_S | frozenset("""years days weeks months hours minutes seconds times decades
centuries nights seasons quarters points percent cents dollars rupees rupiah pounds euros yuan tonnes tons
metres meters miles kilometres kilometers litres liters gallons barrels others members officials residents
people sources reports reporters police authorities""".split())
# Words that stand after a plural without being its verb: prepositions, adverbs,
# determiners, and the forms the other readers already take (-s, -ed, -ing).
EN_NOT_A_PLURAL_PRESENT = frozenset("""across along around about over under into from with within without during after
before near inside outside between among against toward towards through throughout beyond behind below above
despite including like than onto upon per via amid since until till ago alone too also only just even still yet
already now then there here well more most less least much many such own same other another all both each every
either neither nor not and but for out off down away back again ever never last next first second third
themselves ourselves together instead alike that which who whom whose where when while what whether because
though although once unlike later earlier worth nationwide worldwide abroad overseas ahead apart roughly today
yesterday tonight tomorrow""".split())
# Verbs in -ly, which the reader otherwise takes for adverbs.
EN_LY_VERBS = frozenset("apply applies supply rely reply comply imply multiply".split())
# Words before a noun that make it no subject: determiners, prepositions, number words.
EN_NOT_BEFORE_A_SUBJECT_NOUN = frozenset("""the a an its their his her our my your this that these those some many
all of in on at for to by with from into and or who which whose despite during after before amid across around
over under near per one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
millions""".split())
PLURAL_BEFORE_NOT_A_NOUN = frozenset("""is was has this its his as us thus plus less does always perhaps sometimes
besides nevertheless afterwards towards whereas unless""".split())
