import pytest

from claims import split_article


def _sources(body):
    article = split_article("Harbour news\n\nThe ferry docked on Monday in Oban, the port said.\n\n" + body,
                            language="en")
    return [(c.text, c.source) for c in article.claims]


@pytest.mark.parametrize("body", [
    "“Bookings are good,” said Port Director Ewan Reid. “We carried 900 cars in May.”",
    "“Bookings are good,” Ewan Reid said. “We carried 900 cars in May.”",
])
def test_a_quotation_continues_a_speaker_whose_first_words_hold_no_claim(body):
    assert ("We carried 900 cars in May", "Ewan Reid") in _sources(body)


def test_a_quotation_after_a_plain_sentence_keeps_no_speaker():
    body = "Ewan Reid runs the harbour. “We carried 900 cars in May.”"
    assert ("We carried 900 cars in May", None) in _sources(body)
