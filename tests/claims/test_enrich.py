import datetime as dt

import pytest

from claims import enrich


@pytest.mark.parametrize("sentence", [
    "Presiden akan berkunjung ke Palu pada Jumat.",
    "The minister will visit Medan on Friday.",
    "The plant is set to reopen on Monday.",
    "Warga berencana menggelar doa bersama pada Sabtu.",
    "Banjir merendam 40 rumah pada Senin.",
    "Rapat digelar pada Rabu, 6 Maret 2024.",
])
def test_the_future_gate_changes_no_date(sentence, monkeypatch):
    reference = dt.date(2024, 3, 6)
    span = (0, len(sentence) - 1)
    gated = enrich._dates(sentence, sentence, 0, *span, "id", reference)
    monkeypatch.setattr(enrich, "may_hold_any", lambda text, words: True)
    assert enrich._dates(sentence, sentence, 0, *span, "id", reference) == gated


def test_a_bare_weekday_in_a_future_clause_is_the_coming_one():
    sentence = "Presiden akan berkunjung ke Palu pada Jumat."
    assert enrich._dates(sentence, sentence, 0, 0, len(sentence) - 1, "id", dt.date(2024, 3, 6)) == ("2024-03-08",)


@pytest.mark.parametrize("sentence, language, expected", [
    # the verb before the weekday is past: the plan told after it does not move the day
    ("The council voted 6-3 Tuesday for a plan that will raise water rates.", "en", ("2024-03-05",)),
    ("The board met on Monday and will announce the fares next month.", "en", ("2024-03-04",)),
    # a plan's own weekday still looks ahead
    ("The council will vote on Tuesday on a plan to raise water rates.", "en", ("2024-03-12",)),
    # a participle after a linking verb is no past
    ("Schools in the city will stay closed on Friday.", "en", ("2024-03-08",)),
])
def test_a_weekday_told_with_a_past_verb_stays_in_the_past(sentence, language, expected):
    reference = dt.date(2024, 3, 6)          # a Wednesday
    found = enrich._dates(sentence, sentence, 0, 0, len(sentence) - 1, language, reference)
    assert found[:1] == expected


@pytest.mark.parametrize("text, language, claim, dates", [
    # a start said of the speaker in the attribution describes them, not when they spoke ...
    ("Kabar Pasar\n\n\"Harga bawang naik Rp 5.000 sekilo pada Mei,\" ujar Warsini, pedagang yang berjualan "
     "di pasar itu sejak 2001.", "id", "Harga bawang naik Rp 5.000 sekilo pada Mei", ("2024-05",)),
    ("Market news\n\n\"Onion prices rose 20 percent in May,\" said Tom Hale, who has run a stall "
     "there since 2001.", "en", "Onion prices rose 20 percent in May", ("2024-05",)),
    # ... and so does any date in a clause set off on the speaker before the verb (the figure
    # is as of the report's day, not the year or month the clause names) ...
    ("Kabar Pasar\n\nDinas Perdagangan, yang dibentuk pada 2019, mengatakan harga bawang naik Rp 5.000 "
     "sekilo.", "id", "harga bawang naik Rp 5.000 sekilo", ("2024-06-05",)),
    ("Market news\n\nThe agency, which cut its fees in March, said onion prices rose 20 percent.",
     "en", "onion prices rose 20 percent", ("2024-06-05",)),
    # ... while the day the attribution gives is the claim's too
    ("Kabar Pasar\n\n\"Harga bawang naik Rp 5.000 sekilo pada Mei,\" ujar Warsini, Senin (3/6).",
     "id", "Harga bawang naik Rp 5.000 sekilo pada Mei", ("2024-05", "2024-06-03")),
    ("Market news\n\nTom Hale, a trader, said on Monday that onion prices rose 20 percent.",
     "en", "onion prices rose 20 percent", ("2024-06-03",)),
    # ... and a day in the clause on the speaker is when they spoke, when it tells so
    ("Market news\n\nTom Hale, who spoke on Monday, said onion prices would rise 20 percent.",
     "en", "onion prices would rise 20 percent", ("2024-06-03",)),
    ("Market news\n\nTom Hale, who visited the market on Monday, said onion prices would rise 20 percent.",
     "en", "onion prices would rise 20 percent", ()),
])
def test_a_start_said_of_the_speaker_is_no_date_of_the_claim(text, language, claim, dates):
    from claims import split_article
    claims = split_article(text, published=dt.date(2024, 6, 5), language=language).claims
    assert (claim, dates) in [(c.text, c.dates) for c in claims]


@pytest.mark.parametrize("text, language, claim, dates", [
    # a clause without a comma that says which things are counted bounds the count ...
    ("Kabar Pelabuhan\n\nJumlah kendaraan yang menyeberang sejak Jumat hingga Sabtu mencapai 12.000 unit.",
     "id", "Jumlah kendaraan yang menyeberang sejak Jumat hingga Sabtu mencapai 12.000 unit",
     ("2024-05-31", "2024-06-01")),
    ("Port news\n\nThe number of cars that crossed between Friday and Saturday reached 12,000.",
     "en", "The number of cars that crossed between Friday and Saturday reached 12,000",
     ("2024-05-31", "2024-06-01")),
    # ... and a running total so counted, said with a bare verb, is as of the report too
    ("Kabar Pelabuhan\n\n\"Total sudah 1.200 penumpang yang kami layani sejak Jumat,\" kata Rina Sari.",
     "id", "Total sudah 1.200 penumpang yang kami layani sejak Jumat", ("2024-05-31", "2024-06-02")),
])
def test_a_clause_naming_the_counted_things_dates_the_count(text, language, claim, dates):
    from claims import split_article
    claims = split_article(text, published=dt.date(2024, 6, 2), language=language).claims
    found = {c.text: c.dates for c in claims}
    assert set(dates) <= set(found[claim])


@pytest.mark.parametrize("text, language, expected", [
    # the scale is named in the lead; the bare degree is beyond the claim's window
    ("Hawa Panas\n\nSuhu di Surabaya mencapai 38 derajat Celsius pada Senin.\n\nIklan\n\n" + "Warga mengeluh. " * 25
     + "\n\nBMKG memperkirakan suhu turun ke 33 derajat pada Jumat.", "id", "°C"),
    ("Heat\n\nDenver reached 101 degrees Fahrenheit on Monday.\n\nAdvertisement\n\n" + "Crews worked late. " * 25
     + "\n\nForecasters expect highs near 95 degrees on Friday.", "en", "°F"),
    # with both scales named, a bare degree stays as written
    ("Heat\n\nIt was 38C, or 100 degrees Fahrenheit, on Monday.\n\n" + "Crews worked late. " * 25
     + "\n\nForecasters expect highs near 95 degrees on Friday.", "en", "degrees"),
])
def test_a_bare_degree_takes_the_scale_named_anywhere_in_the_article(text, language, expected):
    from claims import split_article
    claims = split_article(text, published=dt.date(2024, 6, 2), language=language).claims
    last = [c for c in claims if "95" in c.text or "33" in c.text][-1]
    assert [q.unit for q in last.quantities] == [expected]


# What the speaker said before, in a clause on them, is backstory: its month dates no claim.
def test_an_earlier_statement_in_a_clause_on_the_speaker_is_backstory():
    from claims import split_article
    text = ("Rates\n\nThe governor, who told lawmakers in March that rates were high enough, said on Monday "
            "inflation would ease to 3%.\n")
    claims = split_article(text, published=dt.date(2024, 6, 5), language="en").claims
    assert all("2024-03" not in c.dates for c in claims if "inflation would ease" in c.text)


# A speaker's "yesterday" counts from the day the attribution gives, not from the report's.
@pytest.mark.parametrize("text, claim, dates", [
    ('"Kemarin kami menyalurkan 800 paket sembako," kata Rudi Hartono, Sabtu (8/3).',
     "Kemarin kami menyalurkan 800 paket sembako", ("2025-03-07", "2025-03-08")),
    ("The agency said on Monday that 40 boats sank yesterday.", "40 boats sank yesterday",
     ("2025-03-09", "2025-03-10")),
    # an attribution dated the report's own day changes nothing
    ('"Kemarin kami menyalurkan 800 paket sembako," kata Rudi Hartono, Rabu (12/3).',
     "Kemarin kami menyalurkan 800 paket sembako", ("2025-03-11", "2025-03-12")),
])
def test_relative_days_in_what_was_said_count_from_the_day_of_saying(text, claim, dates):
    from claims import split_article
    found = {c.text: c.dates for c in split_article(text, published="2025-03-12").claims}
    assert found[claim] == dates
