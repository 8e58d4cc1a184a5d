"""Word lists for numbers: number words, scale words, units, currencies and qualifiers."""
from __future__ import annotations

UNITS_WORDS_ID = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
    "sejuta": 1e6, "setengah": 0.5, "seperempat": 0.25,
}
UNITS_WORDS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
NUMBER_WORDS = {**UNITS_WORDS_ID, **UNITS_WORDS_EN}
INDIAN_SCALES = {"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7}
# Multipliers that follow a number word or numeral: "dua puluh", "tiga ratus", "1,2 juta".
MULTIPLIERS = {
    "belas": "teen", "puluh": 10, "ratus": 100, "ribu": 1e3, "rb": 1e3, "juta": 1e6,
    "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12, "hundred": 100,
    "thousand": 1e3, "dozen": 12, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6,
    "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "t": 1e12,
    # the wire's short forms: "$1.2 bln", "850 mln", "3.5 trln yen"
    "mln": 1e6, "bln": 1e9, "trln": 1e12,
    # South Asian scale words: a lakh is a hundred thousand, a crore ten million ("₹48.6 crore").
    **INDIAN_SCALES,
}
# Scale words allowed glued to or after digits: "1,2 juta", "$3bn", "Rp2,5 T".
SCALE_AFTER_DIGITS = ("ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "thousand",
                      "million", "billion", "trillion", "bn", "mn", "tn", "mln", "bln", "trln", *INDIAN_SCALES)

# Ordinal words: "kedua", "ketiga" (and "pertama"), "first", "second"...
ORDINALS = {
    "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
    "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# Nouns whose rank is the point of an ordinal ("putaran kedua", "second place"); value = unit.
RANK_NOUNS = {
    "putaran": "putaran", "leg": "leg", "babak": "babak", "tahap": "tahap", "gelombang": "gelombang",
    "periode": "periode", "peringkat": "peringkat", "posisi": "posisi", "juara": "juara",
    "hari": "days", "minggu": "weeks", "pekan": "weeks", "bulan": "months", "tahun": "years",
    "place": "place", "round": "round", "stage": "stage", "phase": "phase", "term": "term",
    "day": "days", "week": "weeks", "straight": "straight", "consecutive": "consecutive",
    "gelar": "gelar", "unggulan": "unggulan",
    # a dose of a vaccine counts its place in the course: "suntikan kedua", "his second dose"
    "dosis": "dosis", "suntikan": "suntikan", "dose": "dose",
}
# Nouns ranked only by an ordinal word ("set pertama", "gim ketiga"): after digits they are
# other words ("set 5 rekor").
ORDINAL_RANK_NOUNS = {"set": "set", "gim": "gim"}

# Vague number words: (min, max). A plural of a scale word (millions, miliaran) runs up to the
# next scale word: "millions of litres" may be any number of millions short of a billion.
VAGUE = {
    "belasan": (11, 19), "puluhan": (10, 99), "ratusan": (100, 999), "ribuan": (1000, 9999),
    "jutaan": (1e6, 999999999), "dozens": (24, 99), "scores": (40, 99), "hundreds": (100, 999),
    "thousands": (1000, 9999), "millions": (1e6, 999999999), "billions": (1e9, 999999999999),
    "miliaran": (1e9, 999999999999), "milyaran": (1e9, 999999999999), "triliunan": (1e12, 999999999999999),
    "trillions": (1e12, 999999999999999),
}

# Qualifiers written before a number, longest first when compiled.
QUALIFIERS_BEFORE = {
    "sekitar": "approx", "sekira": "approx", "kira-kira": "approx", "kurang lebih": "approx",
    "lebih kurang": "approx", "kurang-lebih": "approx", "diperkirakan": "approx", "±": "approx",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "setidaknya": "at_least", "sedikitnya": "at_least", "sekurang-kurangnya": "at_least",
    "sekurangnya": "at_least", "minimal": "at_least", "paling sedikit": "at_least",
    "at least": "at_least", "a minimum of": "at_least", "no fewer than": "at_least",
    "lebih dari": "more_than", "lebih daripada": "more_than", "more than": "more_than",
    "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
    "hingga": "up_to", "sampai": "up_to", "maksimal": "up_to",
    "paling banyak": "up_to", "up to": "up_to", "as many as": "up_to", "a maximum of": "up_to",
    "hampir": "nearly", "nyaris": "nearly", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "kurang dari": "less_than", "di bawah": "less_than",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than", "below": "less_than",
    # Negated bounds turn round: "tidak kurang dari 50" is at least 50, "no more than 20" at most.
    "tidak kurang dari": "at_least", "tak kurang dari": "at_least", "no less than": "at_least",
    "not less than": "at_least", "paling tidak": "at_least", "tidak lebih dari": "up_to",
    "tak lebih dari": "up_to", "no more than": "up_to", "not more than": "up_to", "at most": "up_to",
    "paling lama": "up_to", "selama-lamanya": "up_to", "within": "up_to", "di atas": "more_than",
    # "rose above 200", as "below" bounds from above; a deadline is the longest wait allowed
    "above": "more_than", "paling lambat": "up_to", "selambat-lambatnya": "up_to",
    # "korban tewas melampaui 3.000 orang": a count that passed the number; "tidak melebihi 30
    # orang" did not pass it
    "melampaui": "more_than", "melebihi": "more_than", "tidak melebihi": "up_to", "tak melebihi": "up_to",
    "tidak melampaui": "up_to", "tak melampaui": "up_to", "belum melampaui": "up_to", "belum melebihi": "up_to",
    "tidak boleh melebihi": "up_to", "tidak boleh melampaui": "up_to",
    "plus minus": "approx", "plus-minus": "approx", "setidak-tidaknya": "at_least",
    "sebanyak-banyaknya": "up_to", "as much as": "up_to", "within the next": "up_to",
    # "at or above 40 degrees" includes the number: a bound reached, not passed.
    "at or above": "at_least", "at or over": "at_least", "at or below": "up_to", "at or under": "up_to",
    "as long as": "up_to", "as high as": "up_to",
    # An age bound names the age between the bound and the number: "di bawah usia 12 tahun".
    "di bawah usia": "less_than", "di bawah umur": "less_than", "di atas usia": "more_than",
    "di atas umur": "more_than", "under the age of": "less_than", "below the age of": "less_than",
    "over the age of": "more_than", "above the age of": "more_than", "under age": "less_than",
    # "children younger than 12", "warga lebih tua dari 60": an age bound, the number excluded.
    "younger than": "less_than", "older than": "more_than", "lebih muda dari": "less_than",
    "lebih muda daripada": "less_than", "lebih tua dari": "more_than", "lebih tua daripada": "more_than",
    # the bound of a penalty: "carries a maximum sentence of five years", "a minimum fine of $500"
    # (as "hukuman maksimal 15 tahun"); "handed him the maximum sentence of 20 years" gave 20
    **{f"a {bound} {penalty} of": kind for bound, kind in (("maximum", "up_to"), ("minimum", "at_least"))
       for penalty in ("sentence", "penalty", "fine", "term", "prison sentence", "jail sentence", "prison term",
                       "jail term")},
}
# Qualifiers whose bound is open above (value_max None) or below (value_min None).
OPEN_ABOVE = {"at_least", "more_than"}
OPEN_BELOW = {"up_to", "nearly", "less_than"}


# Superlatives, which rank a figure or a place ("tertinggi sejak 2019", "its weakest since April").
SUPERLATIVES_ID = ("terbanyak", "tertinggi", "terbesar", "terendah", "terkecil", "tersedikit", "terpadat", "tersibuk",
                   "terkaya", "termiskin", "terbaik", "terburuk", "terlama", "terluas", "terpanjang", "terdalam",
                   "terkuat", "terlemah", "termahal", "termurah", "tercepat", "terparah", "tertua", "termuda",
                   "terberat", "terjauh", "terdekat")
SUPERLATIVES_EN = ("largest", "biggest", "highest", "lowest", "smallest", "most", "least", "busiest", "richest",
                   "poorest", "best", "worst", "longest", "tallest", "fastest", "strongest", "weakest", "oldest",
                   "deadliest", "heaviest", "costliest", "hottest", "coldest", "wettest", "driest", "slowest",
                   "sharpest", "steepest")
