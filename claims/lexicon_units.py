"""Units of measure and currencies, mapped to the spec's names (standard symbols or plain
English: km, m, mi, L, gal, percent, days, weeks, months, years, minute, IDR, USD)."""
from __future__ import annotations

# Written after a number. Keys are lower-case; matched case-insensitively except where the
# symbol itself is case-sensitive (see CASE_SENSITIVE_UNITS).
UNITS = {
    "%": "percent", "persen": "percent", "percent": "percent", "per cent": "percent",
    "pct": "percent", "prosen": "percent", "persen poin": "percentage points", "poin persentase": "percentage points",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis poin": "basis points", "basis points": "basis points", "bps": "basis points",
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "mdpl": "m",
    "cm": "cm", "sentimeter": "cm", "centimeters": "cm", "centimetres": "cm",
    "mm": "mm", "milimeter": "mm", "millimeters": "mm", "millimetres": "mm",
    "mi": "mi", "mil": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "feet": "ft", "foot": "ft",
    "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "kilometer persegi": "km2", "ha": "ha", "hektare": "ha", "hektar": "ha", "hectares": "ha", "hectare": "ha",
    "acres": "acres", "acre": "acres",
    "l": "L", "liter": "L", "litre": "L", "liters": "L", "litres": "L",
    "kl": "kL", "kiloliter": "kL", "gal": "gal", "galon": "gal", "gallon": "gal", "gallons": "gal",
    "barel": "barrels", "barrel": "barrels", "barrels": "barrels",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kilo": "kg",
    "kilos": "kg", "g": "g", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "ton": "t", "tons": "t", "tonnes": "t", "tonne": "t", "metrik ton": "t", "metric tons": "t", "metric tonnes": "t",
    "metric ton": "t", "metric tonne": "t",
    "°c": "°C", "derajat celsius": "°C", "derajat celcius": "°C", "degrees celsius": "°C",
    "°f": "°F", "degrees fahrenheit": "°F", "derajat fahrenheit": "°F",
    # "1.5C", "106 Fahrenheit": the scale named without "degrees" or the degree sign.
    "c": "°C", "f": "°F", "celsius": "°C", "celcius": "°C", "fahrenheit": "°F",
    "square miles": "mi2", "square mile": "mi2", "mil persegi": "mi2",
    "micrograms per cubic metre": "µg/m3", "micrograms per cubic meter": "µg/m3",
    "mikrogram per meter kubik": "µg/m3", "µg/m3": "µg/m3", "µg/m³": "µg/m3",
    "twenty-foot equivalent units": "TEUs", "twenty-foot equivalent unit": "TEUs", "teu": "TEUs", "teus": "TEUs",
    "sr": "magnitude", "skala richter": "magnitude",
    "m2": "m2", "m²": "m2", "meter persegi": "m2", "square meters": "m2", "square metres": "m2",
    "m3": "m3", "m³": "m3", "meter kubik": "m3", "cubic meters": "m3", "cubic metres": "m3",
    "kali lipat": "kali lipat", "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW",
    "gigawatts": "GW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW",
    # the peak output of solar panels ("PLTS 192 MWp")
    "kwp": "kWp", "mwp": "MWp", "gwp": "GWp", "kilowatt": "kW", "kilowatts": "kW", "watt": "W", "watts": "W",
    # electric power of a connection ("pelanggan 900 VA", "trafo 60 MVA") and voltage
    "va": "VA", "kva": "kVA", "mva": "MVA", "volt": "V", "volts": "V", "kv": "kV", "kilovolt": "kV",
    "km/jam": "km/h", "km per jam": "km/h", "km per hour": "km/h", "kilometer per jam": "km/h",
    "kilometers per hour": "km/h", "km/h": "km/h", "kph": "km/h", "mph": "mph",
    "detik": "seconds", "second": "seconds", "seconds": "seconds",
    "menit": "minute", "minute": "minute", "minutes": "minute", "mins": "minute",
    "jam": "hours", "hour": "hours", "hours": "hours", "hari": "days", "day": "days",
    "days": "days", "minggu": "weeks", "pekan": "weeks", "week": "weeks", "weeks": "weeks",
    "bulan": "months", "month": "months", "months": "months", "tahun": "years", "year": "years",
    "years": "years", "years old": "years", "year-old": "years", "year old": "years",
    "month-old": "months", "months old": "months", "month old": "months", "week-old": "weeks",
    "weeks old": "weeks", "day-old": "days", "days old": "days",
    "dekade": "decades", "decade": "decades", "decades": "decades", "dasawarsa": "decades",
    # (named in the singular: a batsman's "three centuries", innings of a hundred runs, are
    # counted as written, and IN_YEARS does not take that plural)
    "abad": "century", "century": "century",
    "kali": "kali", "times": "times", "time": "times",
}
CASE_SENSITIVE_UNITS = {"m", "l", "g", "mi", "ha", "mil", "ton", "kali", "t"}
# Units known only in these spellings: "VA" (not "Va"), "volts" (not the car "Volts").
UNIT_SPELLINGS = {"va": ("VA",), "kva": ("kVA", "KVA"), "mva": ("MVA",), "kv": ("kV", "KV"), "kw": ("kW", "KW"),
                  "volt": ("volt",), "volts": ("volts",), "watt": ("watt",), "watts": ("watts",),
                  "kilowatt": ("kilowatt",), "kilowatts": ("kilowatts",), "kilovolt": ("kilovolt",)}
# Units that only count after digits ("3 m", "5 g"): as words they are too ambiguous.
DIGIT_ONLY_UNITS = {"c", "f", "m", "l", "g", "mi", "km", "cm", "mm", "ft", "kg", "ha", "kl", "mw", "%",
                    "pct", "bps", "km2", "km²", "gal", "m2", "m²", "m3", "m³", "sr", "kw", "va", "kva", "mva", "kv",
                    "mwh", "gwh", "twh", "kwp", "mwp", "gwp"}

# Durations that combine into one value in the larger unit ("1 tahun 6 bulan" = 1.5 years).
DURATION_RATIO = {("years", "months"): 12, ("weeks", "days"): 7, ("days", "hours"): 24,
                  ("hours", "minute"): 60, ("minute", "seconds"): 60}
# (larger, smaller): how many of the smaller unit make one of the larger. A range whose ends
# are written in two units of one measure ("8 bulan hingga 12 tahun") is read in the larger.
UNIT_RATIO = {**DURATION_RATIO, ("km", "m"): 1000, ("m", "cm"): 100, ("cm", "mm"): 10,
              ("kg", "g"): 1000, ("t", "kg"): 1000}

# Spans of years told in a larger unit are read in years ("more than two decades" is 20 years,
# "lebih dari satu abad" 100): labellers give them in years, whose unit every other span uses.
IN_YEARS = {"decades": 10, "century": 100}

# Currency prefixes and suffix words.
CURRENCY_PREFIXES = {
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD",
    "s$": "SGD", "sgd": "SGD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "rm": "MYR", "myr": "MYR", "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cdn$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD", "hk$": "HKD", "hkd": "HKD", "nt$": "TWD", "ksh": "KES", "sh": "KES", "₹": "INR", "inr": "INR",
    "rs": "INR", "rs.": "INR", "₱": "PHP",
}
# Currencies written as one capital letter glued to the amount: the Philippine peso and the
# South African rand (read only in money's shape, see number_atoms).
LETTER_MARKS = {"P": "PHP", "R": "ZAR"}
CURRENCY_WORDS = {
    "rupiah": "IDR", "dolar as": "USD", "dollar as": "USD", "dolar amerika serikat": "USD",
    "dolar": "USD", "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR",
    "euros": "EUR", "pound": "GBP", "pounds": "GBP", "poundsterling": "GBP", "ringgit": "MYR",
    "yen": "JPY", "yuan": "CNY", "riyal": "SAR", "rupee": "INR", "rupees": "INR",
    "peso": "PHP", "pesos": "PHP", "baht": "THB", "taka": "BDT", "shilling": "KES",
    "shillings": "KES", "dong": "VND", "rand": "ZAR", "lira": "TRY", "naira": "NGN",
    # Only Sweden writes the plural "kronor"; "crowns"/"kroner" need the country named.
    "krona": "SEK", "kronor": "SEK", "won": "KRW", "ringgit malaysia": "MYR",
}

# A currency named with its country: English puts the adjective first ("Swedish crowns",
# "Hong Kong dollars"), Indonesian the country after ("dolar Singapura", "yen Jepang"). The
# ISO code comes from the country, so one family word ("dollar") serves many currencies.
_CURRENCY_FAMILIES = {
    "dollar": ("dollar", "dollars", "dolar"),
    "crown": ("crown", "crowns", "krona", "kronor", "krone", "kroner", "koruna"),
    "pound": ("pound", "pounds", "pon", "poundsterling"),
    "peso": ("peso", "pesos"),
    "rupee": ("rupee", "rupees", "rupe", "rupi"),
    "franc": ("franc", "francs", "frank"),
    "shilling": ("shilling", "shillings", "syiling"),
    "lira": ("lira", "liras"),
    "riyal": ("riyal", "riyals", "rial"),
    "dirham": ("dirham", "dirhams"),
    "rand": ("rand",), "yen": ("yen",), "yuan": ("yuan",), "ringgit": ("ringgit",),
    "baht": ("baht",), "won": ("won",), "dong": ("dong",), "taka": ("taka",), "naira": ("naira",),
}
# (family, ISO code, how the country is written: English adjectives and Indonesian names).
_COUNTRY_CURRENCIES = (
    ("dollar", "USD", ("us", "u.s.", "american", "as", "amerika", "amerika serikat")),
    ("dollar", "SGD", ("singapore", "singaporean", "singapura")),
    ("dollar", "AUD", ("australian", "australia")),
    ("dollar", "CAD", ("canadian", "kanada")),
    ("dollar", "HKD", ("hong kong",)),
    ("dollar", "NZD", ("new zealand", "selandia baru")),
    ("dollar", "TWD", ("taiwan", "taiwanese", "new taiwan")),
    ("dollar", "BND", ("brunei",)),
    ("crown", "SEK", ("swedish", "swedia")),
    ("crown", "NOK", ("norwegian", "norwegia")),
    ("crown", "DKK", ("danish", "denmark")),
    ("crown", "CZK", ("czech", "ceko")),
    ("crown", "ISK", ("icelandic", "islandia")),
    ("pound", "GBP", ("british", "sterling", "inggris")),
    ("pound", "EGP", ("egyptian", "mesir")),
    ("peso", "PHP", ("philippine", "filipina")),
    ("peso", "MXN", ("mexican", "meksiko")),
    ("peso", "ARS", ("argentine", "argentinian", "argentina")),
    ("peso", "CLP", ("chilean", "chile")),
    ("peso", "COP", ("colombian", "kolombia")),
    ("rupee", "INR", ("indian", "india")),
    ("rupee", "NPR", ("nepali", "nepalese", "nepal")),
    ("rupee", "PKR", ("pakistani", "pakistan")),
    ("rupee", "LKR", ("sri lankan", "sri lanka")),
    ("franc", "CHF", ("swiss", "swis")),
    ("shilling", "KES", ("kenyan", "kenya")),
    ("shilling", "UGX", ("ugandan", "uganda")),
    ("shilling", "TZS", ("tanzanian", "tanzania")),
    ("lira", "TRY", ("turkish", "turki")),
    ("riyal", "SAR", ("saudi", "arab saudi")),
    ("riyal", "QAR", ("qatari", "qatar")),
    ("dirham", "AED", ("emirati", "uae", "uea")),
    ("rand", "ZAR", ("south african", "afrika selatan")),
    ("yen", "JPY", ("japanese", "jepang")),
    ("yuan", "CNY", ("chinese", "china", "tiongkok")),
    ("ringgit", "MYR", ("malaysian", "malaysia")),
    ("baht", "THB", ("thai", "thailand")),
    ("won", "KRW", ("south korean", "korean", "korea selatan", "korsel")),
    ("dong", "VND", ("vietnamese", "vietnam")),
    ("taka", "BDT", ("bangladeshi", "bangladesh")),
    ("naira", "NGN", ("nigerian", "nigeria")),
)


def _country_currency_phrases() -> dict[str, str]:
    phrases = {}
    for family, code, countries in _COUNTRY_CURRENCIES:
        for country in countries:
            for noun in _CURRENCY_FAMILIES[family]:
                phrases[f"{country} {noun}"] = code
                phrases[f"{noun} {country}"] = code
    return phrases


CURRENCY_WORDS.update(_country_currency_phrases())


def _codes_of_family_words() -> dict[str, frozenset[str]]:
    """Family words that several countries' currencies share ("crowns", "pesos", "dolar"),
    each with the codes it may stand for once a country is named in the text read."""
    codes: dict[str, set[str]] = {}
    for family, code, _ in _COUNTRY_CURRENCIES:
        for noun in _CURRENCY_FAMILIES[family]:
            codes.setdefault(noun, set()).add(code)
    return {noun: frozenset(found) for noun, found in codes.items() if len(found) > 1}


AMBIGUOUS_CURRENCY_WORDS = _codes_of_family_words()
# How each currency's country is written as a proper name ("Nepal", "Nepalese"), for a family
# word that stands alone in an article about one country; short forms ("AS", "US") are left
# out, being ordinary words too.
COUNTRY_NAMES_OF_CODE = {code: tuple(c.title() for c in countries if len(c) > 3)
                         for _family, code, countries in _COUNTRY_CURRENCIES}
# A story names the country by its city ("LAHORE:", "a Karachi court"): the largest cities of the
# countries whose currency shares a family word with a more traded one (India's too, so that a
# story from Mumbai naming Colombo names two countries, and the family's default stands).
CITIES_OF_CODE = {
    "INR": ("Mumbai", "New Delhi", "Delhi", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Ahmedabad"),
    "PKR": ("Karachi", "Lahore", "Islamabad", "Rawalpindi", "Peshawar", "Quetta", "Faisalabad", "Multan"),
    "LKR": ("Colombo", "Kandy", "Jaffna", "Galle"),
    "NPR": ("Kathmandu", "Pokhara", "Lalitpur"),
    "UGX": ("Kampala", "Entebbe"),
    "TZS": ("Dar es Salaam", "Dodoma", "Arusha", "Zanzibar"),
}
# Alone, such a word still names money: it reads as its family's most traded currency, as
# "dollar" reads as USD, until a country named in the text read says otherwise. The Swedish
# plural is "kronor", so "krone"/"kroner" alone are Norway's (or Denmark's) currency.
_FAMILY_DEFAULTS = {"dollar": "USD", "crown": "SEK", "pound": "GBP", "peso": "PHP", "rupee": "INR",
                    "shilling": "KES", "riyal": "SAR"}
for _family, _default in _FAMILY_DEFAULTS.items():
    for _noun in _CURRENCY_FAMILIES[_family]:
        CURRENCY_WORDS.setdefault(_noun, _default)
CURRENCY_WORDS.update({"krone": "NOK", "kroner": "NOK", "koruna": "CZK", "franc": "CHF", "francs": "CHF",
                       "frank": "CHF", "dirham": "AED", "dirhams": "AED", "liras": "TRY"})

# Every ISO code a currency above is written with ("VND", "THB", "KRW"): written in capitals
# before an amount ("KRW40 billion", "THB 2,750"), the code is the amount's currency.
# Kenya's shilling marks ("Sh2.3 billion", "KSh 400,000"), which are also a road's or a law
# degree's letters ("SH1", "Budi Santoso SH"): money only before an amount's own shape.
SHILLING_MARKS = frozenset({"sh", "ksh"})
CURRENCY_CODES = frozenset(code for code in (*CURRENCY_PREFIXES.values(), *CURRENCY_WORDS.values())
                           if len(code) == 3 and code.isalpha() and code.isupper())
