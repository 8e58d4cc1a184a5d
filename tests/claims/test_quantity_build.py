"""One quantity from a run of numbers (quantity_build): ages as ranges, changes from one value
to another. Sentences are invented."""
import pytest

from claims.quantities import find_quantities


def values(sentence, language):
    return [(q.value_min, q.value_max, q.unit, q.qualifier)
            for q in find_quantities(sentence, 0, len(sentence), language)]


@pytest.mark.parametrize("sentence, language, expected", [
    # A range after "aged"/"berusia" is a range of ages, whatever noun comes before.
    ("The survey reached 2,000 voters aged 18 to 30.", "en", [(2000, 2000, "voters", None), (18, 30, "years", None)]),
    ("Peserta berusia 10 hingga 12 mengikuti lomba.", "id", [(10, 12, "years", None)]),
    # After a verb of change, "from X to Y" is the old and the new value, even a few words on.
    ("The council raises monthly water bills from $30 to $34.", "en", [(30, 30, "USD", None), (34, 34, "USD", None)]),
    # Without one it stays a range.
    ("Tickets cost from $30 to $34.", "en", [(30, 34, "USD", None)]),
])
def test_ages_and_changes(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # An age after a name may close the sentence.
    ("The driver was named as Tom Reyes, 52. He survived.", "en", [(52, 52, "years", None)]),
    # A decimal after the comma is no age.
    ("Skor rata-rata Budi, 7.5 poin.", "id", [(7.5, 7.5, "poin", None)]),
])
def test_an_age_after_a_name(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A bound on children's age is in years.
    ("Most victims were children under 10.", "en", [(None, 10, "years", "less_than")]),
    ("Vaksin untuk balita di bawah 5 diberikan gratis.", "id", [(None, 5, "years", "less_than")]),
])
def test_a_bound_on_childrens_age(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A duration in three parts is one value in the largest unit, to four decimals.
    ("The winner crossed the line in 2 hours, 8 minutes and 15 seconds.", "en", [(2.1375, 2.1375, "hours", None)]),
    ("The climb took 5 hours 40 minutes 12 seconds.", "en", [(5.67, 5.67, "hours", None)]),
    ("Pelari itu finis dalam 3 jam 12 menit 45 detik.", "id", [(3.2125, 3.2125, "hours", None)]),
    ("Penerbangan berlangsung dua jam 15 menit.", "id", [(2.25, 2.25, "hours", None)]),
    # A serial comma before the last part still joins it.
    ("She won in 2 hours, 19 minutes, and 12 seconds.", "en", [(2.32, 2.32, "hours", None)]),
    ("Ia finis dalam 4 jam, 30 menit, dan 36 detik.", "id", [(4.51, 4.51, "hours", None)]),
    ("Operasi berlangsung 4 jam 10 menit.", "id", [(4.1667, 4.1667, "hours", None)]),
    # Two parts still combine as before.
    ("Ia divonis 2 tahun 3 bulan penjara.", "id", [(2.25, 2.25, "years", None)]),
    # "jam" with no count before it is a clock time; "menit" with none is a match minute.
    ("Rapat dimulai jam 9 pagi.", "id", []),
    ("Gol kedua lahir pada menit 30.", "id", [(30, 30, "minute", None)]),
])
def test_compound_durations_in_three_parts(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # A range of ages is in years (or the unit written) and borrows no counted noun nearby.
    ("The two drivers, aged between 23 and 57, were stopped with 9 crates.", "en",
     [(2, 2, "drivers", None), (23, 57, "years", None), (9, 9, "crates", None)]),
    ("The climbers, aged from 20 to 38, carried 6 tents.", "en", [(20, 38, "years", None), (6, 6, "tents", None)]),
    ("The volunteers, ages 16 to 21, planted 500 trees.", "en", [(16, 21, "years", None), (500, 500, "trees", None)]),
    ("Women between the ages of 30 and 45 received 2 doses.", "en", [(30, 45, "years", None), (2, 2, "doses", None)]),
    ("Infants ages 6 to 23 months got 2 drops.", "en", [(6, 23, "months", None), (2, 2, "drops", None)]),
    ("Ketiga pelaku berusia antara 21 dan 35 membawa 8 karung.", "id",
     [(3, 3, "pelaku", None), (21, 35, "years", None), (8, 8, "karung", None)]),
    ("Warga antara usia 18 dan 60 menerima 2 paket.", "id", [(18, 60, "years", None), (2, 2, "paket", None)]),
    ("Anak usia 6 sampai 59 bulan menerima 2 dosis.", "id", [(6, 59, "months", None), (2, 2, "dosis", None)]),
    # An age written with "-old" is in its own unit.
    ("A 9-month-old girl and 3 adults were rescued.", "en", [(9, 9, "months", None), (3, 3, "adults", None)]),
    ("A 2-week-old calf and 4 cows were found.", "en", [(2, 2, "weeks", None), (4, 4, "cows", None)]),
    # A hyphen left hanging shares the unit written after the second number.
    ("The 27- and 31-year-old brothers had 4 trucks.", "en",
     [(27, 27, "years", None), (31, 31, "years", None), (4, 4, "trucks", None)]),
    ("The firm runs 2- to 4-day courses for 60 nurses.", "en", [(2, 4, "days", None), (60, 60, "nurses", None)]),
])
def test_ages_are_in_years_or_the_unit_written(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, expected", [
    # After a verb of motion or spread, "over" says where (across), not a bound passed.
    ("Heavy fog swept over 12 provinces overnight.", [(12, 12, "provinces", None)]),
    ("Glass was scattered over 2 km of the highway.", [(2, 2, "km", None)]),
    ("Drones flew over 30 villages.", [(30, 30, "villages", None)]),
    # Elsewhere "over" still opens the bound.
    ("Over 12 provinces reported fog.", [(12, None, "provinces", "more_than")]),
    ("Sales grew over 8 percent.", [(8, None, "percent", "more_than")]),
])
def test_over_after_a_verb_of_motion_is_across(sentence, expected):
    assert values(sentence, "en") == expected


def test_indonesian_percentage_points():
    assert values("Tingkat pengangguran turun 0,4 poin persentase.", "id") == [(0.4, 0.4, "percentage points", None)]


@pytest.mark.parametrize("sentence, expected", [
    # A bare "lebih" between the number and its noun opens the bound; the noun is still counted.
    ("Tercatat 4 juta lebih penonton.", [(4e6, None, "penonton", "more_than")]),
    ("Sebanyak 300 lebih warga mengungsi.", [(300, None, "warga", "more_than")]),
    # "lebih" that compares is no bound.
    ("Angka itu 6 persen lebih tinggi.", [(6, 6, "percent", None)]),
    ("Kereta tiba 7 menit lebih awal.", [(7, 7, "minute", None)]),
    ("Adiknya 4 tahun lebih muda.", [(4, 4, "years", None)]),
    ("Tim tamu 2 poin lebih unggul.", [(2, 2, "poin", None)]),
    ("Bus kedua berangkat 6 lebih awal.", [(6, 6, None, None)]),
])
def test_a_bare_lebih_before_the_counted_noun(sentence, expected):
    assert values(sentence, "id") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # An age compared is a bound in years.
    ("Pupils younger than 10 were sent home early.", "en", [(None, 10, "years", "less_than")]),
    ("Drivers older than 75 must renew yearly.", "en", [(75, None, "years", "more_than")]),
    ("Warga lebih tua dari 65 mendapat 3 paket.", "id", [(65, None, "years", "more_than"), (3, 3, "paket", None)]),
    # The decade of someone's life is a vague age, like "usia 40-an".
    ("A woman in her 60s and 2 children were rescued.", "en",
     [(60, 69, "years", "vague"), (2, 2, "children", None)]),
    ("Most buyers are in their late 30s.", "en", [(30, 39, "years", "vague")]),
    ("Seorang pria berusia 40-an ditemukan.", "id", [(40, 49, "years", "vague")]),
    # An age range written in two units is read in the larger, to four decimals.
    ("Korban berusia 5 bulan hingga 9 tahun.", "id", [(0.4167, 9, "years", None)]),
])
def test_ages_compared_and_decades_of_life(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a band a target allows is the range it spans, the unit written on either number
    ("Bank sentral menargetkan inflasi 3±1 persen tahun ini.", "id", [(2, 4, "percent", None)]),
    ("Sasaran inflasi 2,5 plus minus 1 persen.", "id", [(1.5, 3.5, "percent", None)]),
    ("The bank targets inflation of 3 percent plus or minus 1 percentage point.", "en", [(2, 4, "percent", None)]),
    ("The spread stood at 2 plus or minus 0.5 percentage points.", "en", [(1.5, 2.5, "percent", None)]),
    # a currency that weakened by a share to a level: a change and a rate, never one range
    ("The peso weakened 0.4 percent to 58.2 per dollar.", "en", [(0.4, 0.4, "percent", None), (58.2, 58.2, None, None)]),
    # "and a half" adds a half to the number words before it
    ("Lawyers sought six and a half years in prison.", "en", [(6.5, 6.5, "years", None)]),
    ("The ferry crossing takes two-and-a-half hours.", "en", [(2.5, 2.5, "hours", None)]),
    # a network's generation and a film's dimensions name things, they count nothing
    ("Operator itu meluncurkan jaringan 5G di 12 kota.", "id", [(12, 12, "kota", None)]),
    ("Temperatures hit 40C in the south.", "en", [(40, 40, "°C", None)]),
])
def test_bands_halves_and_glued_names(sentence, language, expected):
    assert values(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, qualifier", [
    # One search reads the bound after a number; each kind keeps its own qualifier.
    ("Lomba itu terbuka bagi peserta usia 17 tahun ke atas.", "id", "at_least"),
    ("Tiket dijual kepada 10 orang atau lebih setiap hari.", "id", "at_least"),
    ("The hall seats 40 or more guests.", "en", "at_least"),
    ("Members aged 65 and over pay half.", "en", "at_least"),
    ("Pelamar berpengalaman 3 tahun atau kurang boleh ikut.", "id", "up_to"),
    ("The trip takes five hours or less by road.", "en", "up_to"),
    ("The repair took a week or so to finish.", "en", "approx"),
    ("Sebanyak 50 orang lebih hadir di balai desa.", "id", "more_than"),
    ("Tarif naik 10 persen lebih tinggi dari tahun lalu.", "id", None),
    ("The club signed 60 more players this year.", "en", None),
])
def test_the_bound_written_after_a_number(sentence, language, qualifier):
    assert [q.qualifier for q in find_quantities(sentence, 0, len(sentence), language)][-1] == qualifier


# After another count of the clause, a bare "one"/"satu" joined by a comma or "and" is an item of
# the list and counts its noun; "one" naming each of the things just counted is no further count.
@pytest.mark.parametrize("text, language, expected", [
    ("Enam peluru ke arah tenda, satu ke arah mobil, dan dua ke tanah", "id",
     [(6, "peluru"), (1, "peluru"), (2, "peluru")]),
    ("Of the crew, 12 were Filipino, 4 Thai and one Dutch", "en", [(12, None), (4, None), (1, None)]),
    ("We found two boxes, one with papers and one with cash", "en", [(2, "boxes")]),
    # a preposition after a count is no counted noun: the list's noun is
    ("Guards fired seven rounds into the air and three onto the field", "en", [(7, "rounds"), (3, "rounds")]),
])
def test_one_as_an_item_of_a_list_of_counts(text, language, expected):
    found = find_quantities(text, 0, len(text), language)
    assert [(q.value_min, q.unit) for q in found] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # Decades and centuries are read in years, the unit of every other span of years.
    ("The mill has worked for more than two decades.", "en", [(20, None, "years", "more_than")]),
    ("The dam has stood for more than a century.", "en", [(100, None, "years", "more_than")]),
    ("The tree is about a century old.", "en", [(100, 100, "years", "approx")]),
    ("Masjid itu berusia 1,1 abad.", "id", [(110, 110, "years", None)]),
    ("Jembatan itu berdiri lebih dari satu abad.", "id", [(100, None, "years", "more_than")]),
    ("Selama dua dasawarsa pabrik itu tutup.", "id", [(20, 20, "years", None)]),
    ("Sengketa lahan itu berlangsung tiga dekade.", "id", [(30, 30, "years", None)]),
    # A century named by its rank measures nothing.
    ("The chapel was built in the 18th century.", "en", []),
    ("Masjid itu dibangun pada abad ke-17.", "id", []),
    # A batsman's centuries are innings of a hundred runs, counted as written.
    ("Root hit three centuries in the series.", "en", [(3, 3, "centuries", None)]),
])
def test_decades_and_centuries_in_years(sentence, language, expected):
    assert values(sentence, language) == expected
