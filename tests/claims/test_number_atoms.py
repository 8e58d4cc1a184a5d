"""Written numbers (number_atoms): capitals glued to digits make a name. Sentences are invented."""
import pytest

from claims.number_atoms import find_atoms


@pytest.mark.parametrize("sentence, language, values", [
    ("The 1MDB case and 3 others.", "en", [3.0]),
    ("Pembangkit 50MW dibangun.", "id", [50.0]),
    ("Harga Rp5M per unit.", "id", [5e9]),
])
def test_capitals_glued_to_digits_are_a_name_unless_unit_or_scale(sentence, language, values):
    assert [a.low for a in find_atoms(sentence, 0, len(sentence), language)] == values


# A count glued to one capital, alone in brackets, abbreviates the words before it.
@pytest.mark.parametrize("sentence, language, values", [
    ("Sekolah di daerah terpencil, terluar, dan tertinggal (3T) menerima 40 laptop.", "id", [40.0]),
    ("Dana hibah (Rp5M) disiapkan untuk kawasan (4T).", "id", [5e9]),
])
def test_a_count_glued_to_one_capital_in_brackets_is_initials(sentence, language, values):
    assert [a.low for a in find_atoms(sentence, 0, len(sentence), language)] == values


@pytest.mark.parametrize("sentence, language, values", [
    # a scale word written with a letter that folds to "i" case-blind (it once raised KeyError)
    ("Dana Rp 2 tr\u0131liun disiapkan.", "id", [2e12]),
    ("The fund holds $4 m\u0130llion.", "en", [4e6]),
])
def test_a_scale_word_with_an_odd_fold_scales_its_number(sentence, language, values):
    assert [a.low for a in find_atoms(sentence, 0, len(sentence), language)] == values


def _values(sentence, language="id"):
    from claims.quantities import find_quantities
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, expected", [
    # A round ten with "-an" opens a decade of numbers; a larger figure with "-an" is approximate.
    ("Pesertanya berusia 20-an tahun.", [(20, 29, "years", "vague")]),
    ("Ia kini di peringkat 40-an dunia.", [(40, 49, "peringkat", "vague")]),
    ("Tercatat 1.500-an pengunjung.", [(1500, 1500, "pengunjung", "approx")]),
])
def test_numbers_with_an(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # In a list of counts "seorang"/"sebuah" counts one ...
    ("Petugas menyelamatkan tiga nelayan dan seorang anak.", [(3, 3, "nelayan", None), (1, 1, "anak", None)]),
    ("Warga menemukan sebuah perahu, dua dayung, dan jaring.", [(1, 1, "perahu", None), (2, 2, "dayung", None)]),
    # ... alone it is an article.
    ("Seorang saksi melihat sebuah truk melintas.", []),
    ("Salah seorang pegawai dan dua tamu terluka.", [(2, 2, "tamu", None)]),
    # A year or a date before "dan" is no count of a list.
    ("Sejak 2019 lalu dan seorang dokter bertugas di sana.", []),
])
def test_one_item_words_count_only_in_a_list_of_counts(sentence, expected):
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence, values", [
    # A number naming a section or zone says which one; it counts nothing.
    ("Jalan tol seksi 3 sepanjang 12 km dibuka.", [12.0]),
    ("Warga zona 4 diminta mengungsi 2 hari.", [2.0]),
    # ... and so does a span of numbered places, both ends
    ("Kamar 3 dan 4 rusak, 12 pasien dipindahkan.", [12.0]),
    ("Trains on lines 1 to 8 ran at 70% of normal levels.", [70.0]),
])
def test_numbered_sections_are_names(sentence, values):
    assert [a.low for a in find_atoms(sentence, 0, len(sentence), "id")] == values


@pytest.mark.parametrize("sentence, language, expected", [
    # Some outlets join the scale word to the amount with a hyphen: the value is still scaled.
    ("The city faces a $75-million shortfall.", "en", [(75e6, 75e6, "USD", None)]),
    ("Ottawa pledged $2.8-billion for transit.", "en", [(2.8e9, 2.8e9, "USD", None)]),
    ("The fund lost €6-billion in a year.", "en", [(6e9, 6e9, "EUR", None)]),
    ("Negara menanggung kerugian Rp7-triliun.", "id", [(7e12, 7e12, "IDR", None)]),
    ("Anggaran Rp 3,5-miliar disiapkan.", "id", [(3.5e9, 3.5e9, "IDR", None)]),
    # Other countries' dollars written with their letters before the sign.
    ("The deal was worth C$12-million.", "en", [(12e6, 12e6, "CAD", None)]),
    ("Tickets cost NZ$45 each.", "en", [(45.0, 45.0, "NZD", None)]),
    ("The tower sold for HK$ 3.1 billion.", "en", [(3.1e9, 3.1e9, "HKD", None)]),
    ("A grant of CAD 900,000 was approved.", "en", [(9e5, 9e5, "CAD", None)]),
])
def test_scale_words_after_a_hyphen_and_dollar_prefixes(sentence, language, expected):
    assert _values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # An ISO code in capitals before an amount, glued or spaced, is its currency.
    ("Damage was put at VND14 trillion.", "en", [(14e12, 14e12, "VND", None)]),
    ("The port earned THB 820 million last year.", "en", [(8.2e8, 8.2e8, "THB", None)]),
    ("Denda sebesar KRW 3 miliar dijatuhkan.", "id", [(3e9, 3e9, "KRW", None)]),
    # a code that is no ordinary word is money before any amount
    ("Rooms cost THB 900 a night.", "en", [(900, 900, "THB", None)]),
    ("Entry costs CHF 40 per person.", "en", [(40, 40, "CHF", None)]),
    # Kenya's shilling mark, glued or spaced.
    ("Revenue reached Sh2.3 billion.", "en", [(2.3e9, 2.3e9, "KES", None)]),
    ("The fine was KSh 400,000.", "en", [(4e5, 4e5, "KES", None)]),
    # ... or before a price with cents: a road's or a degree's letters take none
    ("Kerosene will sell at Sh142.75 a litre.", "en", [(142.75, 142.75, "KES", None)]),
    # (a law degree's "SH" in capitals, and a share after the figure, are no shilling)
    ("Pasangan Rudi Hartono SH 48,75 persen dan lawannya 51,25 persen.", "id",
     [(48.75, 48.75, "percent", None), (51.25, 51.25, "percent", None)]),
    ("Jalan itu terletak Sh 2.45 km dari kota.", "id", [(2.45, 2.45, "km", None)]),
    ("Diesel sold at Ksh168.10 a litre.", "en", [(168.1, 168.1, "KES", None)]),
    # Taiwan's dollar sign is no US dollar
    ("Growers lost NT$42.5 million to the frost.", "en", [(4.25e7, 4.25e7, "TWD", None)]),
    # Capitals glued to digits that are no currency code still make a name.
    ("The G7 met as COVID-19 cases reached 120.", "en", [(120, 120, None, None)]),
    # A code glued to bare digits with no scale or separator is a name ("COP" is also a currency).
    ("Delegates gathered for COP29 talks.", "en", []),
    ("The levy was VND2,500 a litre.", "en", [(2500, 2500, "VND", None)]),
    # Spaced, a code counts only before a scale word or a thousands separator.
    ("Envoys met at COP 31 in Belem.", "en", []),
    ("The site needs PHP 7.4 to run.", "en", [(7.4, 7.4, None, None)]),
    ("Tim SAR 4 orang dikerahkan.", "id", []),
    # "SH" is also a road number or a law degree: a shilling only before an amount.
    ("Crews closed SH5 near the lake.", "en", []),
    ("Ahmad Rahman SH 4 kali hadir.", "id", [(4, 4, "kali", None)]),
])
def test_iso_currency_codes_before_amounts(sentence, language, expected):
    assert _values(sentence, language) == expected
