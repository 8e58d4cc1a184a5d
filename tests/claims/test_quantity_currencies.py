"""Currencies written as words, and a percent change followed by the new amount."""
import pytest

from claims.quantities import find_quantities


def read(sentence, language="en"):
    return [(q.value_min, q.value_max, q.unit)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # a country adjective before the family word gives the country's code
    ("The regulator imposed a penalty of 25 million Swedish crowns.", "en", [(25e6, 25e6, "SEK")]),
    ("Oslo set aside 3 billion Norwegian crowns for roads.", "en", [(3e9, 3e9, "NOK")]),
    ("The shipping firm earned 800 million Danish kroner.", "en", [(8e8, 8e8, "DKK")]),
    ("Tickets cost 120 Hong Kong dollars each.", "en", [(120, 120, "HKD")]),
    ("The mine will cost 2 billion Australian dollars.", "en", [(2e9, 2e9, "AUD")]),
    ("Remittances reached 90 billion Mexican pesos.", "en", [(9e10, 9e10, "MXN")]),
    ("The hospital received 40 million Nepali rupees.", "en", [(4e7, 4e7, "NPR")]),
    # Indonesian names the country after the word
    ("Kontraknya bernilai 5 juta dolar Singapura.", "id", [(5e6, 5e6, "SGD")]),
    ("Bantuan itu sebesar 3 miliar yen Jepang.", "id", [(3e9, 3e9, "JPY")]),
    ("Denda yang dijatuhkan 2 juta ringgit Malaysia.", "id", [(2e6, 2e6, "MYR")]),
    ("Investasi itu senilai 10 juta dolar AS.", "id", [(1e7, 1e7, "USD")]),
    # a word that names one currency needs no country
    ("The museum sold it for 600,000 kronor.", "en", [(6e5, 6e5, "SEK")]),
    ("The deal was priced at 45 billion yen.", "en", [(4.5e10, 4.5e10, "JPY")]),
    ("Bonuses reached 3 million euros.", "en", [(3e6, 3e6, "EUR")]),
    ("The club paid 70 million pounds for him.", "en", [(7e7, 7e7, "GBP")]),
    ("Rice exports earned 12 billion baht.", "en", [(1.2e10, 1.2e10, "THB")]),
    ("A farmer borrowed 50,000 rupees.", "en", [(5e4, 5e4, "INR")]),
    ("The bond raised 500 million dollars.", "en", [(5e8, 5e8, "USD")]),
    # a family word alone takes the currency named with a country elsewhere in the text
    ("Profit was 9 billion Swedish crowns, against 7 billion crowns a year before.", "en",
     [(9e9, 9e9, "SEK"), (7e9, 7e9, "SEK")]),
    ("Norway's fund lost 80 billion Norwegian crowns; rivals lost 20 billion crowns.", "en",
     [(8e10, 8e10, "NOK"), (2e10, 2e10, "NOK")]),
    ("Harganya 2 juta dolar Singapura, lebih mahal dari 1 juta dolar.", "id",
     [(2e6, 2e6, "SGD"), (1e6, 1e6, "SGD")]),
    # a country named with its word is kept, whatever is near
    ("It cost 3 million US dollars, or 4 million Singapore dollars.", "en",
     [(3e6, 3e6, "USD"), (4e6, 4e6, "SGD")]),
    # ... and without one the word is still money: its family's most traded currency
    ("The bill came to 400 crowns.", "en", [(400, 400, "SEK")]),
    ("The ferry ticket was 350 kroner.", "en", [(350, 350, "NOK")]),
])
def test_currency_words_give_codes(sentence, language, expected):
    assert read(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a percent change, then the new amount with its own scale: two quantities
    ("Turnover climbed 5% to 11.7 billion dollars.", "en",
     [(5, 5, "percent"), (11.7e9, 11.7e9, "USD")]),
    ("Net income fell 12% to 3.5 million euros.", "en",
     [(12, 12, "percent"), (3.5e6, 3.5e6, "EUR")]),
    ("Orders grew 8% to 2.3 billion.", "en", [(8, 8, "percent"), (2.3e9, 2.3e9, None)]),
    ("Ekspor naik 9% menjadi 4 miliar dolar AS.", "id", [(9, 9, "percent"), (4e9, 4e9, "USD")]),
    # with no verb of change a unit-bearing number still takes no scale from the next one
    ("Margins of 4% to 7 million units were reported.", "en",
     [(4, 4, "percent"), (7e6, 7e6, "units")]),
    # numbers that share one unit or one scale remain ranges
    ("Prices may rise 6 to 8 percent.", "en", [(6, 8, "percent")]),
    ("The flood displaced 2 to 3 million people.", "en", [(2e6, 3e6, "people")]),
    ("Inflation will be 3% to 4% next year.", "en", [(3, 4, "percent")]),
])
def test_percent_change_then_new_amount(sentence, language, expected):
    assert read(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a lakh is a hundred thousand, a crore ten million, whatever the spelling or the mark
    ("The trust lost ₹12.5 crore of members' savings.", "en", [(1.25e8, 1.25e8, "INR")]),
    ("Each family was promised Rs 3 lakh in relief.", "en", [(3e5, 3e5, "INR")]),
    ("The clerk took a bribe of Rs.40,000 and INR 2 lac more.", "en", [(4e4, 4e4, "INR"), (2e5, 2e5, "INR")]),
    ("The contract is worth Rs 75 cr.", "en", [(7.5e8, 7.5e8, "INR")]),
    # the mark glued to the digits is no model code ("G20")
    ("Each porter earns Rs450 a day.", "en", [(450, 450, "INR")]),
    ("The fair drew two lakh visitors.", "en", [(2e5, 2e5, "visitors")]),
    ("Perusahaan itu didenda ₹3 crore oleh regulator India.", "id", [(3e7, 3e7, "INR")]),
    # a lakh or a thousand of crores
    ("The state will spend ₹1.3 lakh crore on roads.", "en", [(1.3e12, 1.3e12, "INR")]),
    ("The scheme costs Rs 10 thousand crore.", "en", [(1e11, 1e11, "INR")]),
    ("The plan costs ₹2.5 lakh-crore.", "en", [(2.5e12, 2.5e12, "INR")]),
    # a later bare amount in the same scale takes the rupees before it
    ("Revenue rose to ₹9 crore from 6.5 crore.", "en", [(9e7, 9e7, "INR"), (6.5e7, 6.5e7, "INR")]),
])
def test_indian_scale_words_and_rupee_marks(sentence, language, expected):
    assert read(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # "Rs" is the rupee's mark in several countries: the one country named gives the code ...
    ("Karachi traders lost Rs 3 crore, Pakistan's customs service said.", "en", [(3e7, 3e7, "PKR")]),
    ("Sri Lanka raised the fare to Rs 150.", "en", [(150, 150, "LKR")]),
    # a dateline names the country by its city, in capitals
    ("LAHORE: A court fined the minister Rs 250 million.", "en", [(2.5e8, 2.5e8, "PKR")]),
    # ... an explicit mark nearby wins, and with no country named it is the Indian rupee.
    ("The fee is ₹500 and the fine Rs 200.", "en", [(500, 500, "INR"), (200, 200, "INR")]),
    ("The ticket costs Rs 90.", "en", [(90, 90, "INR")]),
])
def test_the_rs_mark_takes_the_country_named(sentence, language, expected):
    assert read(sentence, language) == expected


# The Philippine peso's letter "P" and the South African rand's "R" open an amount only in
# money's shape (a scale word or a thousands separator); otherwise the letter glued to digits is
# a name ("P5", "P2P", "R2").
@pytest.mark.parametrize("sentence, expected", [
    ("A new minibus costs between P1.9 million and P2.3 million.", [(1.9e6, 2.3e6, "PHP")]),
    ("The city fined the operator P75,000.", [(75000, 75000, "PHP")]),
    ("Exporters lost an estimated R210 million.", [(2.1e8, 2.1e8, "ZAR")]),
    ("Members earn R12,000 a month and the fund holds R2.5bn.", [(12000, 12000, "ZAR"), (2.5e9, 2.5e9, "ZAR")]),
    ("The R2 road was closed to 40 trucks.", [(40, 40, "trucks")]),
    ("The R2D2 robot was sold.", []),
    ("The P5 powers met in Geneva.", []),
    ("Its P2P lending arm grew.", []),
    ("Each P3K kit holds bandages.", []),
    ("The fund reached P2B.", []),
])
def test_a_currency_letter_needs_an_amount_in_money_shape(sentence, expected):
    assert read(sentence) == expected


# A city counts for its country only where a dateline names it, at the start of a line.
def test_a_city_inside_a_name_names_no_currency():
    assert read("MUMBAI - The National Gallery of Modern Art bought the painting for 50 million rupees.") \
        == [(5e7, 5e7, "INR")]


# Indonesian writes vehicle classes with an "R": no rand there.
def test_no_rand_in_indonesian_text():
    assert [u for _, _, u in read("Sebanyak 2.000 kendaraan R4 dan R2,000 motor melintas.", "id")] == ["kendaraan"]


# A city named in the story names its country ("a Karachi court"); a story from an Indian city
# naming another country's city names two countries, and the rupee stays India's.
@pytest.mark.parametrize("sentence, expected", [
    ("A Karachi court ordered him to pay 2 million rupees.", [(2e6, 2e6, "PKR")]),
    ("MUMBAI - Exports to Colombo rose to 20 billion rupees.", [(2e10, 2e10, "INR")]),
])
def test_a_city_named_in_the_story_names_the_rupees_country(sentence, expected):
    assert read(sentence) == expected
