import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import split_article
from claims.names import fullest_name
from claims.attribute import (clean_speaker, drop_titles, find_quotes, is_joint, is_pronoun,
                              listed_name_start, names_one_body, person_name, shorten_to_mention,
                              speaker_at, tail_source)


@pytest.mark.parametrize("tail, source", [
    (", kata Kepala Desa Sukamaju Rudi Hartono di balai desa.", "Kepala Desa Sukamaju Rudi Hartono"),
    (", ujar Lina kepada wartawan, Senin (4/3).", "Lina"),
    (", kata Lina sambil menunjuk tanggul yang jebol.", "Lina"),
    (" ucap Dewi Lestari dalam keterangannya.", "Dewi Lestari"),
    (", ujarnya.", "-nya"),
    (", he said.", "he"),
    (", said Tom Baker, a local farmer.", "Tom Baker"),
    (", a police spokesman told reporters.", "a police spokesman"),
    (" dan seterusnya.", None),
    # A title phrase followed by the person's name in apposition: the speaker runs to the name.
    (", kata Kepala Dinas Pasar Kota Solo, Rina Sari, di Solo.", "Kepala Dinas Pasar Kota Solo, Rina Sari"),
    (", ujar Direktur Utama PT Angin Timur, Budi Santoso.", "Direktur Utama PT Angin Timur, Budi Santoso"),
    (", kata pedagang, Senin (4/3).", "pedagang"),
    # a conjunction opens a clause of its own, no tail
    (", and local officials say the dam will hold.", None),
    (", but other officials said", None),
    (", though officials say the dam will hold.", None),
])
def test_tail_source(tail, source):
    found = tail_source(tail, 0, len(tail))
    assert (found[0] if found else None) == source


@pytest.mark.parametrize("tail, source", [
    # a name, its role in apposition, then the verb
    (",” Lina Okafor, deputy head of the river board, said on Friday.", "Lina Okafor"),
    (",” Tomas Berg, a pilot with the ferry line, said.", "Tomas Berg"),
    # the role first, the name in apposition after it
    (",” the river board's deputy head, Lina Okafor, said on Friday.", "Lina Okafor"),
    (", a pilot with the ferry line, Tomas Berg, told reporters.", "Tomas Berg"),
    (",” a spokesman for the company, Kestrel Motors, said.", "a spokesman for the company"),
    # a described document credits the body it was released by
    # a one-word name with its age
    (",” Okafor, 61, said.", "Okafor"),
    (",” Okafor, a, said.", None),
    (", according to a memo issued by Senator Ana Ruiz’s office.", "Senator Ana Ruiz’s office"),
    (", according to a weekly shipping update released on May 3 by Harbour Cranes Ltd.", "Harbour Cranes Ltd"),
    (", according to the final count released by the regional Water Board (RWB).", "Water Board (RWB)"),
])
def test_tail_source_of_apposed_names_and_documents(tail, source):
    found = tail_source(tail, 0, len(tail))
    assert (found[0] if found else None) == source


@pytest.mark.parametrize("phrase, name", [
    # the office of a titled person keeps its owner's name, without the title
    ("Governor Ana Ruiz’s office", "Ana Ruiz’s office"),
    # a person of a body whose name closes in a body's word
    ("Ana Ruiz of the Harbour Board", "Ana Ruiz"),
    ("The Harbour Board of Oban", "The Harbour Board of Oban"),
    # a place-like word opening a long run may be part of a company's name, not the office's place
    ("Direktur Teknik PT Sumatra Kabel Prima Yoga Pratama", "Yoga Pratama"),
    # a body named with its country or city as owner stays whole; an owner's titled person does not
    ("Lebanon's Ministry of Public Health", "Lebanon's Ministry of Public Health"),
    ("Kenya's Ministry of Energy", "Kenya's Ministry of Energy"),
    ("Jakarta's Environment Agency head Asep Kuswanto", "Asep Kuswanto"),
    ("Kenya's Ministry of Energy's Ana Wanjiru", "Ana Wanjiru"),
])
def test_person_name_of_owners_and_company_staff(phrase, name):
    assert person_name(phrase, set()) == name


@pytest.mark.parametrize("phrase", [
    "the Ministry of Fisheries, Ports and Shipping",
    "Kementerian Koperasi, Usaha Kecil, dan Menengah",
])
def test_a_listed_name_that_opens_with_a_title_like_head_is_one_body(phrase):
    assert names_one_body(phrase, skip_titles=True)


def test_fullest_name_reads_a_possessive_as_the_end_of_the_name():
    text = "Harbour chief Ana Maria Ruiz’s team met on Monday. Ruiz said 40 boats were out."
    assert fullest_name(text, "Ruiz") == "Ana Maria Ruiz"


@pytest.mark.parametrize("phrase, name", [
    ("Kepala Dinas Kesehatan Ratna Sari", "Ratna Sari"),
    ("Menteri Keuangan Budi Hartono", "Budi Hartono"),
    ("Eko Prasetyo Plh Kepala Balai Besar Wilayah Sungai", "Eko Prasetyo"),
    ("Kementerian Perhubungan", "Kementerian Perhubungan"),
    ("a rescue official", "a rescue official"),
    # a coach's title is a title like any other
    ("Pelatih Budi Santoso", "Budi Santoso"),
    ("Coach Ana Ruiz", "Ana Ruiz"),
    # a one-word name after a rank and its service
    ("Kepala Bidang Humas Polda Bali Kombes Pol Sutanto", "Sutanto"),
    ("Kapolres Badung AKBP Wiryawan", "Wiryawan"),
    # honours and academic titles before a full name, dotted or not
    ("Ir. Made Wirawan Putra", "Made Wirawan Putra"),
    ("Drs. Joko Santoso", "Joko Santoso"),
    ("Chief Minister Datuk Hamid Ali", "Hamid Ali"),
    ("Atty. Jose Reyes", "Jose Reyes"),
    # Malaysian honours of two words; "Tan Sri" alone may be a name
    ("Datuk Seri Rahim Osman", "Rahim Osman"),
    ("Tan Sri Wong Kah Seng", "Wong Kah Seng"),
    ("Tan Sri", "Tan Sri"),
    # the titles of city and county councils
    ("Councilmember Heather Hardin", "Heather Hardin"),
    ("Alderman John Roe", "John Roe"),
])
def test_drop_titles(phrase, name):
    assert drop_titles(phrase) == name


def test_fullest_name_extends_a_short_mention_to_the_name_in_the_text():
    text = "Ketua panitia Agus Salim Harahap membuka acara. Acara berlangsung lancar, kata Agus."
    assert fullest_name(text, "Agus") == "Agus Salim Harahap"
    assert fullest_name(text, "Badan Pangan") == "Badan Pangan"


@pytest.mark.parametrize("text, mention, fullest", [
    ("Agus Salim Harahap membuka acara, kata Agus.", "Agus", "Agus Salim Harahap"),   # at the very start
    ("Wakil-Agus Salim hadir. Kata Agus.", "Agus", "Agus"),           # glued by a hyphen: no run
    ("x.Agus Salim hadir. Kata Agus.", "Agus", "Agus Salim"),         # after a dot
])
def test_fullest_name_reads_only_runs_that_start_a_word(text, mention, fullest):
    assert fullest_name(text, mention) == fullest


@pytest.mark.parametrize("raw, cleaned", [
    # a pronoun followed by a verb or an adverb is the pronoun
    ("dia menambahkan", "dia"),
    ("Ia hanya", "Ia"),
    ("she later", "she"),
    # a name keeps its words
    ("Dia Lestari", "Dia Lestari"),
])
def test_clean_speaker_keeps_a_pronoun_alone(raw, cleaned):
    assert clean_speaker(raw) == cleaned


def test_shorten_to_mention_and_clean_speaker():
    assert shorten_to_mention("Bandung Yusuf Maulana", {"Yusuf"}) == "Yusuf Maulana"
    assert clean_speaker("Yusuf pun") == "Yusuf"
    assert is_pronoun("juru bicara kementerian tersebut") and is_pronoun("he")
    assert not is_pronoun("Yusuf Maulana")


def test_quotes_are_found_with_curly_and_straight_marks():
    text = "“Kami siap,” kata Ani. Lalu \"semua pulang\" ke rumah."
    assert [text[a:b] for a, b in find_quotes(text, 0, len(text))] == ["“Kami siap,”", '"semua pulang"']


def _sources(text, **kw):
    return [(c.text, c.source) for c in split_article(text, **kw).claims]


# The passive verb of saying that opens a frame is no part of the name after it.
def test_a_one_word_name_after_dikatakan_is_the_speaker():
    text = "Dikatakan Rina, jalan itu ditutup sejak Senin (23/11/2026).\n"
    assert _sources(text, language="id") == [("jalan itu ditutup sejak Senin (23/11/2026)", "Rina")]


# An English title before another title word: the second is a title too.
# A day with its date in brackets closes the speaker's name.
def test_a_day_after_a_speaker_without_a_comma_is_no_part_of_the_name():
    text = "Sebanyak 12 orang tewas, kata Budi Senin (23/11/2026).\n"
    assert _sources(text, language="id") == [("Sebanyak 12 orang tewas", "Budi")]


def test_a_title_after_an_english_title_is_no_part_of_the_name():
    text = "The embassy will reopen in May, Minister Counsellor Hendra Wijaya said.\n"
    assert _sources(text, language="en") == [("The embassy will reopen in May", "Hendra Wijaya")]


def test_pronoun_tail_resolves_to_nearest_named_speaker():
    text = ("Kepala Basarnas Medan Yusuf Maulana mengatakan tim menemukan 4 korban di hulu sungai.\n"
            "“Pencarian dilanjutkan besok pagi dengan 60 personel,” ujarnya.\n")
    got = _sources(text, language="id")
    assert ("Pencarian dilanjutkan besok pagi dengan 60 personel", "Yusuf Maulana") in got


def test_attribution_sentence_after_the_claim_sets_its_source():
    text = ("Pemerintah Kota Bogor menutup 12 pasar tradisional selama dua pekan.\n"
            "Kabar tersebut disampaikan oleh juru bicara Pemkot Bogor pada Kamis (7/3).\n")
    claims = split_article(text, language="id", published="2024-03-08").claims
    assert len(claims) == 1
    assert claims[0].source == "juru bicara Pemkot Bogor"


@pytest.mark.parametrize("report", [
    "Data tersebut disampaikan oleh juru bicara Pemkot Bogor pada Kamis (7/3).",
    "Angka itu diumumkan oleh juru bicara Pemkot Bogor pada Kamis (7/3).",
])
def test_data_report_sentence_after_the_claim_sets_its_source(report):
    text = "Pemerintah Kota Bogor menutup 12 pasar tradisional selama dua pekan.\n" + report + "\n"
    claims = split_article(text, language="id", published="2024-03-08").claims
    assert [c.source for c in claims] == ["juru bicara Pemkot Bogor"]


# "Demikian dikatakan X", "The deaths were confirmed by X", "This was stated by X": attribution
# sentences after the claim, in either language, credit it and are no claims themselves.
@pytest.mark.parametrize("claim, report, language, source", [
    ("Sebanyak 800 pelamar mengikuti ujian di Gedung Serbaguna.",
     "Demikian dikatakan Kepala BKD Kota Pelita Ratna Dewi kepada wartawan.", "id", "Ratna Dewi"),
    ("Four people died when the boat capsized near the harbour.",
     "The deaths were confirmed by the coast guard at a briefing on Friday.", "en", "the coast guard"),
    ("Sugar prices rose 9 percent in February.",
     "This was stated by Trade Minister Sara Lim on Thursday.", "en", "Sara Lim"),
    # the document that carries it
    ("Sebanyak 210 rumah rusak akibat angin kencang.",
     "Keterangan itu tertuang dalam siaran pers BPBD yang diterima wartawan pada Senin (4/3).", "id",
     "siaran pers BPBD"),
])
def test_an_attribution_sentence_in_either_language_credits_the_claim_before_it(claim, report, language, source):
    claims = split_article(f"Berita\n\n{claim} {report}\n", language=language, published="2024-03-08").claims
    assert [c.source for c in claims] == [source]


@pytest.mark.parametrize("tail, name", [
    ("kata Kepala Dinas Pasar Kota Solo, Rina Sari, Senin (3/6)", "Rina Sari"),
    # commanders, secretaries and chief directors hold titles too
    ("ujar Komandan Tim SAR Gabungan, Yudi Pranata", "Yudi Pranata"),
    ("kata Sekda Kabupaten Sleman, Harda Wibowo", "Harda Wibowo"),
    ("ujar Dirut PT Kereta Api Nusantara, Dedi Kurnia", "Dedi Kurnia"),
    # a medical title written in lower case opens the name
    ("kata Kepala Dinas Kesehatan Kota Pelita, dr Wulan Sari", "Wulan Sari"),
    ("ujar Direktur RSUD Tanjung, dr. Hasan Basri, Senin (3/6)", "Hasan Basri"),
])
def test_titled_tail_with_appositive_name_credits_the_person(tail, name):
    text = f"Harga beras naik 5 persen, {tail}.\n"
    assert _sources(text, language="id") == [("Harga beras naik 5 persen", name)]


def test_quote_continued_after_a_caption_keeps_its_speaker():
    text = ("“Kami sudah mengirim 30 ton beras ke lokasi,” kata Menteri Sosial Nur Aini.\n"
            "Warga mengantre bantuan di posko, Senin (4/3). Foto: Rudi/ANTARA\n"
            "“Kami juga menyiapkan 500 tenda untuk pengungsi.”\n")
    assert ("Kami juga menyiapkan 500 tenda untuk pengungsi", "Nur Aini") in _sources(text, language="id")


def test_english_multi_sentence_quote_takes_the_tail_speaker():
    text = ('"The river rose two metres overnight. We moved 80 families to the school," said '
            'district chief Anna Berg.\n')
    got = _sources(text, language="en")
    assert ("The river rose two metres overnight", "Anna Berg") in got
    assert ("We moved 80 families to the school", "Anna Berg") in got


def test_menurut_governs_only_its_own_sentence():
    text = ("Menurut Ahmad Fauzi, bendungan itu menampung 3 juta meter kubik air.\n"
            "Bendungan itu dibangun pada 1998 oleh pemerintah daerah.\n")
    got = _sources(text, language="id")
    assert got[0][1] == "Ahmad Fauzi" and got[1][1] is None


def test_cited_outlet_is_the_source_but_relay_outlet_is_not():
    text = ("Dikutip dari Reuters, pabrik itu menghentikan produksi sejak Juni.\n"
            "“Kami akan membuka 200 lowongan baru,” ucap Direktur Hana Wijaya, dikutip dari Kompas.\n")
    got = dict(_sources(text, language="id"))
    assert got["pabrik itu menghentikan produksi sejak Juni"] == "Reuters"
    assert got["Kami akan membuka 200 lowongan baru"] == "Hana Wijaya"


def test_english_surname_mention_reads_left_to_the_full_name():
    text = ('"We have 40 boats on the river," said Elena Novak, the head of the rescue service.\n'
            "Novak said the water level had dropped by 30 centimetres.\n")
    assert ("the water level had dropped by 30 centimetres", "Elena Novak") in _sources(text, language="en")


def test_bare_plural_speakers_end_a_sentence_tail():
    text = "The dam released water for six hours on Tuesday, regional officials said on Wednesday.\n"
    assert _sources(text, language="en") == [("The dam released water for six hours on Tuesday",
                                              "regional officials")]


def test_a_sentence_opening_word_is_not_part_of_a_name():
    text = ("Kepala Kepolisian Resor Kota Hendra Wijaya membenarkan penangkapan itu.\n"
            "Menurut Hendra, pelaku membawa 2 kilogram sabu.\n")
    assert ("pelaku membawa 2 kilogram sabu", "Hendra Wijaya") in _sources(text, language="id")


@pytest.mark.parametrize("text, source", [
    ("PT Bumi Lestari Tbk booked a profit of Rp 1.2 trillion in 2023, the company said.",
     "PT Bumi Lestari Tbk"),
    ("PT Sinar Jaya Makmur menambah 300 pekerja baru tahun ini, kata perusahaan tersebut.",
     "PT Sinar Jaya Makmur"),
    ("Exports fell 3 percent in May, the company said.", "the company"),
])
def test_company_epithet_resolves_to_the_nearest_company_name(text, source):
    assert [s for _t, s in _sources(text)] == [source]


@pytest.mark.parametrize("phrase, name", [
    ("Civil Protection Minister Ana Ruiz", "Ana Ruiz"),
    ("Border Affairs Secretary Tom Hale", "Tom Hale"),
    ("Rina Sari Kepala Bidang Humas", "Rina Sari"),
    ("Eka Dewi Plh Kepala Dinas Sosial", "Eka Dewi"),
])
def test_a_portfolio_before_an_english_title_is_no_name(phrase, name):
    assert drop_titles(phrase) == name


@pytest.mark.parametrize("phrase, name", [
    ("Sen. Ana Ruiz of New Mexico", "Ana Ruiz"),
    ("Dr Okafor", "Okafor"),
    ("Assistant U.S. Attorney Mark Lee", "Mark Lee"),
    ("Senate Majority Leader Tom Hale", "Tom Hale"),
    ("Chief Executive Lisa Berg", "Lisa Berg"),
    ("Bank of England", "Bank of England"),
    ("Central Bank of Kenya", "Central Bank of Kenya"),
    # the body's acronym in brackets shows where a three-word name starts; after a bare one,
    # another short form may follow
    ("Kepala Pusat Data dan Informasi Badan Pengawas Obat dan Makanan (BPOM) Dewi Lestari Wulandari",
     "Dewi Lestari Wulandari"),
    ("Direktur Perlindungan WNI Kemlu Rudi Hartono", "Rudi Hartono"),
    # "Pelaksana Tugas" (acting) and "Penjabat" are titles, like their short forms Plt and Pj
    ("Pelaksana Tugas (Plt) Kepala Dinas Sosial Rina Maharani", "Rina Maharani"),
    ("Penjabat Bupati Garut Dedi Kurniawan", "Dedi Kurniawan"),
    # a profession before its institution is a title too ("Ekonom", "Pengamat", "Peneliti")
    ("Ekonom Universitas Brawijaya Sari Wulandari", "Sari Wulandari"),
    ("Peneliti Lembaga Ilmu Kelautan Andi Pratama", "Andi Pratama"),
    # ... but a profession inside a body's name is part of it
    ("Data Asosiasi Analis Efek Indonesia", "Data Asosiasi Analis Efek Indonesia"),
    # ... and a profession before a body alone names no one
    ("Pengamat Universitas Gadjah Mada", "Pengamat Universitas Gadjah Mada"),
    # an English title closes its phrase: every capitalised word after it is the name
    ("Deputy Prime Minister Tran Van Long", "Tran Van Long"),
    ("Health Minister Budi Gunadi Sadikin", "Budi Gunadi Sadikin"),
    ("President Kim Dae Hyun", "Kim Dae Hyun"),
    # ... while an Indonesian title is followed by its office
    ("Menteri Keuangan Sri Wahyuni", "Sri Wahyuni"),
    ("Gubernur Jawa Barat Ridwan Kusuma", "Ridwan Kusuma"),
])
def test_person_name_drops_titles_and_the_place_after_of(phrase, name):
    from claims.attribute import person_name
    assert person_name(phrase, set()) == name


def test_an_honorific_before_a_surname_reads_to_the_full_name():
    text = ("Dr Hana Sato of Kyoto University led the trial.\n\n"
            "“Nine in ten patients recovered within a week,” Dr Sato told the BBC.")
    claims = split_article("Trial results\n\n" + text, language="en").claims
    assert [c.source for c in claims if c.text.startswith("Nine in ten")] == ["Hana Sato"]


def test_a_noun_pointed_back_at_and_announced_by_someone_credits_the_paragraph_before():
    text = ("Kereta tambahan\n\nPT Kereta Kota akan menambah 8 perjalanan mulai April.\n\n"
            "Penambahan itu diumumkan Manajer Humas PT Kereta Kota, Rina Sari, di Stasiun Lempuyangan, Jumat (14/3).")
    claims = split_article(text, language="id").claims
    assert [(c.text, c.source) for c in claims] == [
        ("PT Kereta Kota akan menambah 8 perjalanan mulai April", "Rina Sari")]


@pytest.mark.parametrize("phrase, name", [
    ("engineer Tom Hale", "Tom Hale"),
    ("agency spokeswoman Rina Cole", "Rina Cole"),
    ("a rescue official", "a rescue official"),
])
def test_a_lowercase_role_before_a_name_is_dropped(phrase, name):
    from claims.attribute import person_name
    assert person_name(phrase, set()) == name


# A tail may follow the closing mark of a quotation that opened a paragraph earlier; a trailing
# "berdasarkan data X" names the data a figure rests on, but a legal basis is no source.
@pytest.mark.parametrize("tail, source", [
    (',” ujarnya.', "-nya"),
    (',” kata Sekretaris Desa Agus Salim.', "Sekretaris Desa Agus Salim"),
    (',\" she said.', "she"),
    (", berdasarkan data Dinas Perikanan Kabupaten Pati.", "data Dinas Perikanan Kabupaten Pati"),
    (", berdasarkan catatan Polres Bantul.", "catatan Polres Bantul"),
    (", berdasarkan Pasal 12 Undang-Undang Tipikor.", None),
])
def test_tail_after_a_closing_mark_and_data_bases(tail, source):
    found = tail_source(tail, 0, len(tail))
    assert (found[0] if found else None) == source


# A document cited with its author ("a report … by X", "data from X") is credited to the author;
# a document without one keeps the phrase it is called by.
@pytest.mark.parametrize("tail, source", [
    (", according to a review issued on Friday by the Lakeside Water Trust.", "Lakeside Water Trust"),
    (", according to a study published by Tarn Valley University.", "Tarn Valley University"),
    (", according to data from the Office for Rail Statistics.", "Office for Rail Statistics"),
    (", according to the bulletin.", "the bulletin"),
    (", according to Harbour Police.", "Harbour Police"),
])
def test_a_document_is_credited_to_its_author(tail, source):
    found = tail_source(tail, 0, len(tail))
    assert (found[0] if found else None) == source


# A lowercase role after the body it serves is no part of the name.
@pytest.mark.parametrize("phrase, name", [
    ("ONS economist Dana Pruitt", "Dana Pruitt"),
    ("Harbor Bank analyst Tom Lee", "Tom Lee"),
    ("Dana Pruitt", "Dana Pruitt"),
])
def test_a_role_after_its_body_is_dropped(phrase, name):
    from claims.attribute import person_name
    assert person_name(phrase, set()) == name


# A body named before a lowercase role is not the person: the name after the role is.
@pytest.mark.parametrize("phrase, name", [
    ("Red Cross secretary general Ahmed Idris", "Ahmed Idris"),
    ("Eko Prasetyo Plh Kepala Balai Besar Wilayah Sungai", "Eko Prasetyo"),
])
def test_a_body_before_a_lowercase_role_is_not_the_person(phrase, name):
    from claims.attribute import person_name
    assert person_name(phrase, set()) == name


# --- names that hold "dan"/"and", list commas, brackets and abbreviation dots ---------------

@pytest.mark.parametrize("phrase, one_body", [
    ("Kementerian Kelautan dan Perikanan", True),                          # head noun first
    ("Dinas Koperasi dan Usaha Kecil Kota Malang", True),
    ("Badan Perairan, Pesisir, dan Kelautan (BPPK)", True),
    ("Lembaga Sensor Film dan Arsip (LSFA)", True),
    ("Bureau of Prisons and Parole", True),
    ("the Office of Science and Technology Policy", True),
    ("Food and Drug Administration", True),                                 # English head last
    ("Pusat Riset Air, Tanah, dan Udara", True),
    ("Rina Sari dan Joko Widodo", False),                                   # two people
    ("Polri dan TNI", False),                                               # two bodies
    ("Smith and Jones", False),
    ("Kepala Badan Pangan Nasional (BPN) Arief Susanto", False),          # a person after a role
    ("Ana Ruiz Plh Kepala Balai Taman Nasional (BTN) Riau", False),
    ("( Budi", False),                                                     # a stray bracket, no body
])
def test_names_one_body(phrase, one_body):
    assert names_one_body(phrase) is one_body


@pytest.mark.parametrize("phrase, joint", [
    ("Rina Sari dan Joko Widodo", True),
    ("Polri dan TNI", True),
    ("Mayor Ana Ruiz and Governor Tom Hale", True),
    ("Kapolda Bali Irjen Made Sura dan Pangdam Udayana Mayjen Ketut Arya", True),
    ("Menteri Pemuda dan Olahraga Dito Santoso", False),    # "dan" inside the portfolio
    ("Kepala Dinas Pangan dan Pertanian Kota Kediri Rina Sari", False),
    ("Deputi Bidang Neraca dan Analisis BPS Rudi Hartono", False),
    ("Rudi Hartono", False),
])
def test_is_joint(phrase, joint):
    assert is_joint(phrase) is joint


@pytest.mark.parametrize("tail, speaker", [
    # list commas inside one institution's name run on to its last item and acronym
    ("kata Badan Riset, Inovasi, dan Teknologi (BRIT) di Bogor.", "Badan Riset, Inovasi, dan Teknologi (BRIT)"),
    ("said the Bureau of Fisheries, Wildlife and Parks on Monday.", "the Bureau of Fisheries, Wildlife and Parks"),
    ("kata Komisi Pemuda, Olahraga, dan Budaya DPRD Bali.", "Komisi Pemuda, Olahraga, dan Budaya DPRD Bali"),
    # a title phrase keeps stopping at the comma before the person's name
    ("kata Kepala Dinas Pangan dan Pertanian Kota Kediri, Rina Sari.", "Kepala Dinas Pangan dan Pertanian Kota Kediri"),
    # ... and people in a list stay cut where they were
    ("kata Rina, Joko, dan Budi di pasar.", "Rina"),
    # the dot of an abbreviation or an initial is no sentence end inside a name
    ("kata Plt. Kepala Dinas Sosial Rina Sari.", "Plt. Kepala Dinas Sosial Rina Sari"),
    ("said Maj. Gen. Tom Hale.", "Maj. Gen. Tom Hale"),
    ("said Tom J. Hale.", "Tom J. Hale"),
    ("kata Rina Sari. Lalu", "Rina Sari"),
])
def test_speaker_at_runs_over_name_internal_commas_and_dots(tail, speaker):
    start = tail.index(" ") + 1
    assert speaker_at(tail, start, len(tail)) == speaker


@pytest.mark.parametrize("head, start", [
    ("Badan Riset, Inovasi, dan Teknologi (BRIT)", 0),
    ("Dalam keterangannya, Badan Riset, Inovasi, dan Teknologi (BRIT)", 21),
    ("The Bureau of Fisheries, Wildlife and Parks", 0),
    ("Rina, Joko, dan Budi", None),
    ("Selain itu, Kementerian Keuangan", None),
])
def test_listed_name_start(head, start):
    assert listed_name_start(head) == start


@pytest.mark.parametrize("source, name", [
    ("Kementerian Pemuda dan Olahraga", "Kementerian Pemuda dan Olahraga"),
    ("Direktorat Jenderal Pajak dan Retribusi", "Direktorat Jenderal Pajak dan Retribusi"),
    ("The Department of Labor and Industry", "The Department of Labor and Industry"),
    ("National Weather and Climate Service", "National Weather and Climate Service"),
    ("Rina Sari dan Joko Widodo", "Rina Sari dan Joko Widodo"),
    ("Menteri Pemuda dan Olahraga Dito Santoso", "Dito Santoso"),
    ("Kepala Dinas Pangan dan Pertanian Kota Kediri, Rina Sari", "Rina Sari"),
    ("Plt. Kepala Dinas Sosial Rina Sari", "Rina Sari"),
    ("Acting Director Ana Ruiz of the Federal Water Agency", "Ana Ruiz"),
    ("Harbor Agency Administrator Tom Hale", "Tom Hale"),
])
def test_person_name_keeps_institutions_and_pairs_whole(source, name):
    assert person_name(source, set()) == name


@pytest.mark.parametrize("source, name", [
    # a one-word name in apposition after a titled phrase
    ("Plh Sekretaris Daerah Kota Kediri, Suharto", "Suharto"),
    # a rank or a lowercase role right before the name: no place between, the run is the name
    ("Kapolres Kediri AKBP Rio Adi Pratama", "Rio Adi Pratama"),
    ("Ministry of Trade spokesperson Lalu Adi Pratama", "Lalu Adi Pratama"),
    # a known place of the office before a three-word name is cut off
    ("Kepala Dinas Sosial Kota Surabaya Sri Adi Lestari", "Sri Adi Lestari"),
    # an office's own words may still sit before the name: the last two words, as before
    ("Kepala Dinas Sosial Kota Mojokerto Adi Pratama", "Adi Pratama"),
])
def test_person_name_after_ranks_roles_and_places(source, name):
    assert person_name(source, set()) == name


@pytest.mark.parametrize("source", [
    "A spokesperson for the Institute of Marine Sciences",
    "a spokesperson for Harbor Air",
    "an official at the Ministry of Trade and Industry",
])
def test_an_indefinite_description_is_copied_as_written(source):
    assert person_name(source, set()) == source


def test_an_english_manager_title_is_dropped():
    assert person_name("City Manager Ana Ruiz", set()) == "Ana Ruiz"


def test_a_mention_of_the_first_word_keeps_a_three_word_name():
    assert person_name("Kepala Dinas Sosial Budi Adi Santoso", {"Budi"}) == "Budi Adi Santoso"
    assert person_name("Kepala Dinas Sosial Budi Adi Santoso", set()) == "Adi Santoso"


# A document's description after its noun is no part of the source: "a study published on Monday".
@pytest.mark.parametrize("raw, clean", [
    ("a study published", "a study"),
    ("the complaint filed", "the complaint"),
    ("Bank Indonesia", "Bank Indonesia"),
    # data named after their publisher are the publisher's, with or without its acronym
    ("Statistics Ruritania (SR) data", "Statistics Ruritania (SR)"),
    ("Harbour Board figures", "Harbour Board"),
    ("official data", "official data"),
    # a capitalised adjective opening the sentence names no publisher
    ("Preliminary figures", "Preliminary figures"),
    ("Government data", "Government data"),
])
def test_a_trailing_participle_leaves_the_source(raw, clean):
    from claims.attribute import clean_speaker
    assert clean_speaker(raw) == clean


# A body's acronym before a titled person's name is no part of the name; an untitled body keeps it.
@pytest.mark.parametrize("phrase, name", [
    ("Kepala Pusat Gempa dan Tsunami BMKG Daryono", "Daryono"),
    ("KPU DKI Jakarta", "KPU DKI Jakarta"),
])
def test_an_acronym_before_a_titled_name(phrase, name):
    from claims.attribute import person_name
    assert person_name(phrase, set()) == name


def test_the_fullest_name_does_not_reach_back_over_an_acronym():
    text = "Kepala Bidang Data BPBD Suyono mengatakan 12 rumah rusak. Suyono menambahkan 3 jembatan putus."
    assert fullest_name(text, "Suyono") == "Suyono"
    assert fullest_name(text, "BPBD") == "BPBD"



# The day after the speaker's title and name ("kata Menteri X Rina Sari, Kamis") is no name
# in apposition.
def test_a_day_after_a_titled_speaker_is_no_appositive_name():
    tail = ", kata Menteri Perhubungan Budi Karya, Kamis."
    assert tail_source(tail, 0, len(tail))[0] == "Menteri Perhubungan Budi Karya"


def test_a_person_named_like_a_month_is_still_a_name():
    tail = ", kata Kepala Dinas Kesehatan Kota Bogor, April Lestari."
    assert tail_source(tail, 0, len(tail))[0] == "Kepala Dinas Kesehatan Kota Bogor, April Lestari"


@pytest.mark.parametrize("text, start, end, expected", [
    ("Harga cabai naik lagi pekan ini.", 0, 32, []),
    ("“Kami siap membantu,” kata Rina.", 0, 32, [(0, 21)]),
    ('He said "the road is open" today.', 0, 33, [(8, 26)]),
    ("“Kami siap membantu,” kata Rina.", 1, 32, []),      # the opening mark before the span
    ("Tanpa tanda. “Ada di sini", 13, 25, [(13, 25)]),     # open to the end of the span
])
def test_quotations_are_found_only_where_a_mark_opens_them(text, start, end, expected):
    assert find_quotes(text, start, end) == expected


_PAIR_WORDS = ["Sri", "Rahayu", "Budi", "budi", "The", "the", "agency", "BPBD", "Medan", "Jakarta", "Kepala", "Dr.",
               "Presiden", "Menteri", "van", "Gaal", "PT", "Bank", "Indonesia", "Kementerian", "dan", "and", "(BNPB)",
               "Polri", "an", "A", "Sofyan", "Ruiz’s", "X,", "Jr.", "Kombes", "AKBP", "dia"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PAIR_WORDS), st.sampled_from(_PAIR_WORDS), st.sets(st.sampled_from(_PAIR_WORDS)))
def test_a_plain_pair_of_words_is_what_the_full_reading_gives_back(first, second, mentions):
    from claims.attribute import _is_plain_pair_of_words, _person_in_phrase
    source = f"{first} {second}"
    if _is_plain_pair_of_words(source):
        assert _person_in_phrase(source, mentions) == source
