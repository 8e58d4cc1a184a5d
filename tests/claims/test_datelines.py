"""Publication dates read from a page's date line (``claims.datelines``)."""
import datetime as dt

import pytest

from claims.datelines import parse_dateline


@pytest.mark.parametrize("line, expected", [
    # labels around the date ("Last updated on ... at") are page furniture
    ("Last updated on August 6, 2025 at 10:15 a.m.", dt.date(2025, 8, 6)),
    # a byline sharing the line with the date
    ("Penulis: Rina | Editor: Dedi | 6 Agustus 2025", dt.date(2025, 8, 6)),
    ("Oleh Rina Marlina - 6 Agustus 2025", dt.date(2025, 8, 6)),
    # a sentence that merely holds a date is no date line
    ("Rapat digelar pada 6 Agustus 2025 di Jakarta.", None),
    ("Warga Jakarta dan Bogor mengungsi 6 Agustus 2025", None),
    ("Ketua RT Budi Santoso Ahmad Yani melapor 6 Agustus 2025", None),
])
def test_date_lines_with_labels_and_bylines(line, expected):
    assert parse_dateline(line) == expected


@pytest.mark.parametrize("line, expected", [
    # "Updated 2 hours ago", "4 minute read": counters of the page, not words of a sentence
    ("October 2, 2024 9:05 AM GMT Updated 3 hours ago", dt.date(2024, 10, 2)),
    # a time glued to the year by the scraper
    ("November 8, 20247:45 PM GMT+8", dt.date(2024, 11, 8)),
    # a reading-time note beside the date
    ("4 Mar, 2025 07:15 AM 3 mins to read", dt.date(2025, 3, 4)),
    ("Selasa, 4 Maret 2025 07:15 WIB 3 menit baca", dt.date(2025, 3, 4)),
    # a desk's byline and the site's name before the date
    ("Metro Desk / HARBOURNEWS.COM / Mar 4, 2025, 07:15 IST", dt.date(2025, 3, 4)),
    # a sentence that names a reading still is no date line
    ("Students had 3 mins to read the paper on Mar 4, 2025", None),
])
def test_page_counters_and_a_time_glued_to_the_year(line, expected):
    assert parse_dateline(line) == expected


# A time zone after the clock (with or without its offset) is furniture like the clock, so a
# place name and a zone can share the line with the date.
@pytest.mark.parametrize("line, expected", [
    ("Pune | Updated: May 12, 2025 18:40 IST", dt.date(2025, 5, 12)),
    ("Kota Kinabalu, Sabah | May 12, 2025 6:40 PM MYT", dt.date(2025, 5, 12)),
    ("May 12, 2025 6:40 PM SGT", dt.date(2025, 5, 12)),
    ("Updated May 12, 2025 06:40 UTC+08:00", dt.date(2025, 5, 12)),
    # still no date line: a sentence with a zone-like word is a sentence
    ("Officers from the IST unit arrested two men in Pune on May 12, 2025", None),
])
def test_time_zones_beside_the_clock_are_furniture(line, expected):
    assert parse_dateline(line) == expected


# A byline, the outlet and the page's labels may share the line with the date, set off by
# middle dots or bullets, and the line may give the page's age in words.
@pytest.mark.parametrize("line, expected", [
    ("Dewi Lestari • 9 Juni 2025 08:12", dt.date(2025, 6, 9)),
    ("Tom Baker · Harbour News · Posted: Jun 9, 2025 6:00 AM EDT | Last Updated: June 9, 2025",
     dt.date(2025, 6, 9)),
    ("Tom Baker Published June 9, 2025 Updated about 3 hours ago", dt.date(2025, 6, 9)),
    # still no date line: a sentence around a bullet or a long sentence with a date
    ("Warga • menolak rencana pada 9 Juni 2025", None),
    ("The mayor said about 300 homes lost power on June 9, 2025 after the storm", None),
])
def test_bylines_set_off_by_dots_and_the_age_of_the_page(line, expected):
    assert parse_dateline(line) == expected
