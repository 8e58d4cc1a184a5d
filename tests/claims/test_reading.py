import pytest

from claims import split_article
from claims.reading import _fact_about_speaker, read_paragraph


def kept(text, lang):
    return [text[c.start:c.end] for s in read_paragraph(text, 0, len(text), lang, 0) for c in s.cuts]


def reports(text, lang):
    return [s.report for s in read_paragraph(text, 0, len(text), lang, 0) if s.report]


@pytest.mark.parametrize("text, lang, who", [
    ("Hasil tersebut diungkapkan Kepala Dinas Pertanian Rudi Hartono dalam rapat di Cianjur.", "id",
     "Kepala Dinas Pertanian Rudi Hartono"),
    ("The results were announced by the electoral board on Monday.", "en", "the electoral board"),
])
def test_a_sentence_that_only_says_who_gave_the_results_is_a_report_frame(text, lang, who):
    assert kept(text, lang) == [] and reports(text, lang) == [who]


@pytest.mark.parametrize("text, lang, claim", [
    ("NAIROBI, Kenya (AP) - Heavy rain flooded 300 homes in the capital on Monday.", "en",
     "Heavy rain flooded 300 homes in the capital on Monday"),
    ("MEDAN, Sumatera Utara (ANTARA) - Harga cabai naik menjadi Rp 60.000 per kilogram.", "id",
     "Harga cabai naik menjadi Rp 60.000 per kilogram"),
    # a place name with an apostrophe
    ("MURANG'A, Kenya - Heavy rain flooded 300 homes in the county on Monday.", "en",
     "Heavy rain flooded 300 homes in the county on Monday"),
    # an outlet writing its name in lower case after the place
    ("Palu, kumparan - Banjir merendam 300 rumah di Kecamatan Biromaru.", "id",
     "Banjir merendam 300 rumah di Kecamatan Biromaru"),
    ("Kupang, detikBali - Harga cabai naik menjadi Rp 60.000 per kilogram.", "id",
     "Harga cabai naik menjadi Rp 60.000 per kilogram"),
    ("Bogor, suara.com - Harga cabai naik menjadi Rp 60.000 per kilogram.", "id",
     "Harga cabai naik menjadi Rp 60.000 per kilogram"),
])
def test_a_dateline_with_its_agency_is_left_out(text, lang, claim):
    assert kept(text, lang) == [claim]


@pytest.mark.parametrize("text, lang, expected", [
    ("Sebanyak 64 persen responden menyatakan puas dengan layanan bus kota.", "id",
     ["Sebanyak 64 persen responden menyatakan puas dengan layanan bus kota"]),
    ("Half of the members, 52 percent, said the rule should be dropped, while 9 percent were undecided.",
     "en", ["Half of the members, 52 percent, said the rule should be dropped", "9 percent were undecided"]),
])
def test_a_survey_share_keeps_its_reporting_verb(text, lang, expected):
    assert kept(text, lang) == expected


# Views credited to unnamed experts or analysts as a class are characterisations (rule 2),
# unless they carry a figure.
@pytest.mark.parametrize("text, lang", [
    ("Analysts say the recovery remains fragile.", "en"),
    ("Experts have long warned that the dam is too old.", "en"),
    ("Pengamat menilai kebijakan itu kurang tepat sasaran.", "id"),
])
def test_views_of_unnamed_experts_are_no_claims(text, lang):
    assert kept(text, lang) == []


def test_a_forecast_of_unnamed_analysts_with_a_figure_stays():
    text = "Analysts expect the economy to grow 5.1 percent this year."
    assert kept(text, "en") == ["Analysts expect the economy to grow 5.1 percent this year"]


def test_a_described_speaker_gives_the_description_and_the_reported_claims():
    text = "Mayor Ana Ruiz, who has led the city since 2019, said taxes would rise 4 percent and the city plans to sell bonds."
    assert kept(text, "en") == ["taxes would rise 4 percent", "the city plans to sell bonds",
                                "Mayor Ana Ruiz, who has led the city since 2019"]


def _with_sources(text, lang="en"):
    return [(text[c.start:c.end], c.source) for s in read_paragraph(text, 0, len(text), lang, 0) for c in s.cuts]


@pytest.mark.parametrize("text, second", [
    ("“The dam holds 40 million cubic metres,” Ines Varga said, “and the spillway opened on Monday.”",
     "the spillway opened on Monday"),
    ("“The dam holds 40 million cubic metres,” Ines Varga said, “the spillway opened on Monday.”",
     "the spillway opened on Monday"),
    ("“Bendungan itu menampung 40 juta meter kubik,” kata Ines Varga, “dan pintu air dibuka Senin.”",
     "pintu air dibuka Senin"),
])
def test_a_quotation_resumed_after_its_tail_keeps_the_speaker(text, second):
    lang = "id" if "kata" in text else "en"
    assert (second, "Ines Varga") in _with_sources(text, lang)


# A lead frame before a colon names its speaker within its own sentence, never with the end of
# the sentence before it.
@pytest.mark.parametrize("text, lang, said, who", [
    ('The jury returned its verdict on Monday. Tomas Berg said: "We waited six years for this day."', "en",
     "We waited six years for this day", "Tomas Berg"),
    ('Sidang ditunda hingga Kamis. Rina Sari mengatakan: "Kami menunggu enam tahun untuk hari ini."', "id",
     "Kami menunggu enam tahun untuk hari ini", "Rina Sari"),
])
def test_a_lead_frame_speaker_stays_in_its_sentence(text, lang, said, who):
    assert (said, who) in _with_sources(text, lang)


def test_a_new_quotation_after_a_full_stop_is_not_resumed():
    text = "“The dam holds 40 million cubic metres,” Ines Varga said. “The spillway opened on Monday.”"
    assert ("The spillway opened on Monday", "Ines Varga") not in _with_sources(text)


@pytest.mark.parametrize("text, claims", [
    ("Rents rose 6% in May, the housing board said, while wages grew 2%.",
     [("Rents rose 6% in May", "the housing board"), ("wages grew 2%", "the housing board")]),
    ("Guards detained 9 fans at the gate, a club official said, adding that two stewards were hurt.",
     [("Guards detained 9 fans at the gate", "a club official"), ("two stewards were hurt", "a club official")]),
    ("Bread sales fell 3% to 2 million loaves, but cake sales rose 8%, the bakery said.",
     [("Bread sales fell 3% to 2 million loaves", "the bakery"), ("cake sales rose 8%", "the bakery")]),
    ("The mill cut 40 jobs in March, the union said, though 12 workers were rehired.",
     [("The mill cut 40 jobs in March", "the union"), ("12 workers were rehired", "the union")]),
])
def test_a_tail_between_clauses_credits_both(text, claims):
    assert _with_sources(text) == claims


@pytest.mark.parametrize("text, claim", [
    ("OSLO, Oct 2 (Reuters) - The ferry carried 300 cars on Monday.", "The ferry carried 300 cars on Monday"),
    ("LIMA, 14 May (AP) — Rain closed 12 roads in the north.", "Rain closed 12 roads in the north"),
])
def test_a_dateline_with_a_day_is_left_out(text, claim):
    assert kept(text, "en") == [claim]


def test_a_participle_after_a_mid_tail_leaves_the_first_clause_whole():
    text = "Storms shut the harbour on Monday, the port said, stranding about 40 boats."
    assert _with_sources(text) == [("Storms shut the harbour on Monday", "the port"),
                                   ("stranding about 40 boats", "the port")]


def kept_with_sources(text, lang):
    return [(text[c.start:c.end], c.source) for s in read_paragraph(text, 0, len(text), lang, 0)
            for c in s.cuts]


@pytest.mark.parametrize("text, lang, expected", [
    # A figure on the speaker in the tail is a fact of its own (an age), without a source.
    ("“We have moved 400 families to the school,” said Clara Nunez, 47, a nurse at the camp.", "en",
     ("Clara Nunez, 47, a nurse at the camp", None)),
    ("“Air sudah surut di 12 desa,” kata Rahmat Hidayat, 58, warga setempat.", "id",
     ("Rahmat Hidayat, 58", None)),
])
def test_a_figure_on_the_speaker_in_a_quotation_tail_is_a_claim(text, lang, expected):
    assert expected in kept_with_sources(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("“We have moved 400 families to the school,” said Clara Nunez, director of the relief office, "
     "speaking on Tuesday.", "en"),
    ("“Air sudah surut di 12 desa,” kata Rahmat Hidayat, kepala desa setempat, kepada wartawan.", "id"),
])
def test_a_speakers_role_alone_in_a_quotation_tail_is_no_claim(text, lang):
    spans = [span for span, _source in kept_with_sources(text, lang)]
    assert len(spans) == 1 and spans[0].startswith(("We have", "Air sudah"))


@pytest.mark.parametrize("text, lang, expected", [
    ("“The river rose 2 metres overnight,” said Omar Haddad, adding that 30 homes were flooded.", "en",
     [("The river rose 2 metres overnight", "Omar Haddad"), ("30 homes were flooded", "Omar Haddad")]),
    ("“Sungai naik 2 meter dalam semalam,” kata Agus, seraya menambahkan bahwa 30 rumah terendam banjir.",
     "id", [("Sungai naik 2 meter dalam semalam", "Agus"), ("30 rumah terendam banjir", "Agus")]),
    ("The ministry said exports rose 4 percent in May, adding that imports fell 2 percent.", "en",
     [("exports rose 4 percent in May", "The ministry"), ("imports fell 2 percent", "The ministry")]),
])
def test_a_clause_added_with_adding_that_is_a_claim_of_the_same_speaker(text, lang, expected):
    assert kept_with_sources(text, lang) == expected


# A deck printed between the headline and its second copy is no claim (rule 2); the body after
# the second copy is read as usual. A headline printed once leaves its next paragraph alone.
@pytest.mark.parametrize("text, deck_kept", [
    ("Port Strike Ends After Two Weeks\n\nThe union said 900 dockers would return on Monday.\n\n"
     "Port Strike Ends After Two Weeks\n\nDockers at Leith voted 412 to 88 to accept the offer.\n", False),
    ("Port Strike Ends After Two Weeks\n\nThe union said 900 dockers would return on Monday.\n\n"
     "Dockers at Leith voted 412 to 88 to accept the offer.\n", True),
])
def test_a_deck_between_two_copies_of_the_headline_is_skipped(text, deck_kept):
    from claims import split_article
    claims = [c.text for c in split_article(text, language="en").claims]
    assert "Dockers at Leith voted 412 to 88 to accept the offer" in claims
    assert any("900 dockers" in c for c in claims) is deck_kept


# A one-line standfirst right under the headline without a full stop is a deck (rule 2).
@pytest.mark.parametrize("text, deck_kept", [
    ("Ferry fares to rise 12% in July\nOperators say fuel costs forced a rise on 14 island routes\n\n"
     "Fares on the Oban to Mull route will rise by 12% from 1 July, the operator said.\n", False),
    ("Ferry fares to rise 12% in July\nOperators say fuel costs forced a rise on 14 island routes.\n\n"
     "Fares on the Oban to Mull route will rise by 12% from 1 July, the operator said.\n", True),
])
def test_a_standfirst_under_the_headline_is_a_deck(text, deck_kept):
    from claims import split_article
    claims = [c.text for c in split_article(text, language="en").claims]
    assert any("Oban to Mull" in c for c in claims)
    assert any("14 island routes" in c for c in claims) is deck_kept


# A speaker's role in a tail only introduces the speaker, even tied to a named body (dev 002:
# "said X, an official with Y" is no claim), after a quotation too; a figure on the speaker
# ("said X, 39") is a fact of its own.
@pytest.mark.parametrize("text, role, kept_role", [
    ("“Rain will return next week,” said Dr Ana Ruiz, a hydrologist at the University of Leeds.",
     "Dr Ana Ruiz, a hydrologist at the University of Leeds", False),
    ("The ferry sank near Oban on Monday, said Tom Hale, a coastguard spokesman.",
     "Tom Hale, a coastguard spokesman", False),
    ("The ferry sank near Oban on Monday, said Tom Hale, a harbour master at Oban Port.",
     "Tom Hale, a harbour master at Oban Port", False),
    ("“The water came in through the floor,” said Tom Hale, 39.", "Tom Hale, 39", True),
])
def test_a_role_in_a_tail_only_introduces_the_speaker(text, role, kept_role):
    assert (role in kept(text, "en")) is kept_role


# "…, according to X, which said B": B is reported speech credited to X (rule 5), and the
# relative clause is no embedded fact about X; a clause that says what X found or did still is one.
@pytest.mark.parametrize("text, lang, reported, source", [
    ("At least 40 homes were flooded, according to the Coastal Rescue Agency, "
     "which said three people were still missing.", "en",
     "three people were still missing", "the Coastal Rescue Agency"),
    # the short written form of "yang" too
    ("Sebanyak 40 rumah terendam, menurut BPBD Sukamaju, yg mengatakan dua warga masih hilang.", "id",
     "dua warga masih hilang", "BPBD Sukamaju"),
])
def test_a_relative_clause_of_saying_gives_a_reported_claim(text, lang, reported, source):
    got = kept_with_sources(text, lang)
    assert (reported, source) in got
    assert not any(claim.startswith(("Agency, which", "Sukamaju, yg")) for claim, _src in got)


def test_a_definite_rank_in_a_tail_is_a_fact():
    text = "The final was moved to Sunday, said Iga Nowak, the world number two."
    assert "Iga Nowak, the world number two" in kept(text, "en")


# A verbless share only places or describes the count ("…, most of them near the market"): it
# stays in the count's claim, as the dev-convention sets label it (rule 3 splits clauses only).
@pytest.mark.parametrize("text, lang", [
    ("Polisi menerima 75 laporan penipuan sepanjang Maret, sebagian besar soal belanja daring.", "id"),
    ("Inspectors closed 28 food stalls in June, most of them near the central market.", "en"),
])
def test_a_verbless_share_of_a_counted_whole_stays_in_the_count(text, lang):
    assert kept(text, lang) == [text.rstrip(".")]


def test_an_indefinite_indonesian_role_of_a_speaker_is_no_claim():
    text = "Salah satu pembeli, seorang sopir ojek asal Depok, mengatakan harga bensin naik menjadi Rp 15 ribu."
    assert kept_with_sources(text, "id") == [("harga bensin naik menjadi Rp 15 ribu", "Salah satu pembeli")]


# The clause before ", adding that" is cut on its own, so a reporting tail in it is read too.
@pytest.mark.parametrize("text, lang, expected", [
    ("Exports rose 4 percent in May, the ministry said, adding that imports fell 2 percent.", "en",
     [("Exports rose 4 percent in May", "the ministry"), ("imports fell 2 percent", "the ministry")]),
    ("Ekspor naik 4 persen pada Mei, kata Rina, seraya menambahkan bahwa impor turun 2 persen.", "id",
     [("Ekspor naik 4 persen pada Mei", "Rina"), ("impor turun 2 persen", "Rina")]),
])
def test_a_tail_before_an_added_clause(text, lang, expected):
    assert kept_with_sources(text, lang) == expected


# A speaker's job set off before the reporting verb, or a definite one after it, only introduces
# the speaker (no claim); a count, a rank or a further "also" role of theirs is a fact (rule 4).
@pytest.mark.parametrize("text, lang, description, kept_description", [
    ("Ilse Varga, a hydrologist with Drava Water Works, said the lake had stopped rising.",
     "en", "Ilse Varga, a hydrologist with Drava Water Works", False),
    ("Roads near Alto were cut by 40 landslides, said Dr. Pia Morel, the agency's provincial chief.",
     "en", "Dr. Pia Morel, the agency's provincial chief", False),
    ("Lina Farrow, a father of two from Dunmore, said he had missed the deadline.",
     "en", "Lina Farrow, a father of two from Dunmore", True),
    ("Harbor Light Energy, the state's largest grid operator, said demand reached 9,120 megawatts.",
     "en", "Harbor Light Energy, the state's largest grid operator", True),
    ("Dosen Universitas Gadjah Mada, Rina Pertiwi, yang juga anggota Dewan Pengupahan Daerah Jawa Tengah, "
     "mengatakan upah naik 6 persen.", "id",
     "Rina Pertiwi, yang juga anggota Dewan Pengupahan Daerah Jawa Tengah", True),
])
def test_a_speakers_job_in_the_frame_is_no_claim_but_a_fact_about_them_is(text, lang, description,
                                                                          kept_description):
    assert (description in kept(text, lang)) is kept_description


@pytest.mark.parametrize("description, is_fact", [
    ("the region's largest bakery", True),
    ("the league's best scorer", True),
    ("a guest at the hearing", False),
    ("a priest from the west district", False),
    ("an expert on the unrest", False),
])
def test_a_rank_in_a_speakers_description_is_a_superlative_not_any_word_in_est(description, is_fact):
    assert _fact_about_speaker(description, 0, len(description)) is is_fact


@pytest.mark.parametrize("text, lang, expected", [
    ("Hujan deras merendam 40 rumah di Kampung Melayu.\nSebanyak 60 warga mengungsi ke balai desa.\n"
     "Petugas BPBD mengevakuasi 120 warga ke masjid terdekat sejak pag", "id",
     ["Hujan deras merendam 40 rumah di Kampung Melayu", "Sebanyak 60 warga mengungsi ke balai desa",
      "Petugas BPBD mengevakuasi 120 warga ke masjid terdekat"]),
    ("The storm cut power to 8,000 homes on Tuesday.\nSchools in 12 towns were closed.\n"
     "The utility said crews had restored most lin", "en",
     ["The storm cut power to 8,000 homes on Tuesday", "Schools in 12 towns were closed"]),
])
def test_a_text_cut_off_mid_sentence_keeps_only_the_complete_clause(text, lang, expected):
    from claims import split_article
    assert [c.text for c in split_article(text, language=lang).claims] == expected


# "…, while warning that B": B is reported speech of the same speaker, a claim of its own.
def test_a_clause_warned_of_while_speaking_is_a_claim():
    text = "Rina Sari said the dam would hold through March, while warning that 40 homes downstream could flood in April."
    assert kept(text, "en") == ["the dam would hold through March", "40 homes downstream could flood in April"]


# "…, stressing that B" after an act with no speaker is the act's subject going on: the clause
# is read with the sentence, not credited to no one.
def test_stressing_that_after_an_act_with_no_speaker_stays_in_the_sentence():
    text = "Police fired tear gas at the crowd on Monday, stressing that the rally had no permit."
    assert kept(text, "en") == ["Police fired tear gas at the crowd on Monday, stressing that the rally had no permit"]


def sources(text, lang):
    return [(text[c.start:c.end], c.source) for s in read_paragraph(text, 0, len(text), lang, 0) for c in s.cuts]


# "X did A, saying B": the act is a fact; B is what X said while doing it, a claim of its own
# credited to X (rule 5). A subject too long to be a sayer, or a short remark, stays whole.
@pytest.mark.parametrize("text, expected", [
    ("The port authority closed the bridge on Monday, saying inspectors had found cracks in 3 of its 14 piers.",
     [("The port authority closed the bridge on Monday", None),
      ("inspectors had found cracks in 3 of its 14 piers", "The port authority")]),
    ("The court fined the firm $2 million, saying it had hidden losses of $40 million from investors.",
     [("The court fined the firm $2 million", None),
      ("it had hidden losses of $40 million from investors", "The court")]),
    # a past tense written like its base form acts too, and an adverb is no part of the sayer
    ("The bank unexpectedly cut its rate to 5.75% on Wednesday, saying inflation had slowed to 1.6% in December.",
     [("The bank unexpectedly cut its rate to 5.75% on Wednesday", None),
      ("inflation had slowed to 1.6% in December", "The bank")]),
    # a speaker's argument is a claim of theirs
    ("Eko said the demand of 12 years was too harsh, arguing that Harvey held no position at the firm.",
     [("the demand of 12 years was too harsh", "Eko"), ("Harvey held no position at the firm", "Eko")]),
])
def test_a_clause_after_saying_is_credited_to_the_subject_of_the_act(text, expected):
    assert sources(text, "en") == expected


# The sayer is the act's subject after any opener; an act that is itself reported keeps the
# sentence whole (the frame's speaker did not do the saying).
@pytest.mark.parametrize("text, expected", [
    ("On Monday, the port authority closed the bridge, saying inspectors had found cracks in 3 piers.",
     [("On Monday, the port authority closed the bridge", None),
      ("inspectors had found cracks in 3 piers", "the port authority")]),
    ("Officials said the army withdrew 300 troops from the border, saying the threat had eased.",
     [("the army withdrew 300 troops from the border, saying the threat had eased", "Officials")]),
    ("Teachers' unions welcomed the plan but warned that 4,000 posts were still unfilled.",
     [("Teachers' unions welcomed the plan", None), ("4,000 posts were still unfilled", "Teachers' unions")]),
    # ... after a wire dateline, and without the day it acted on
    ("KUPANG, Indonesia (AP) — Provincial officials on Sunday lowered the toll to 52, saying 3 victims had been counted twice.",
     [("Provincial officials on Sunday lowered the toll to 52", None),
      ("3 victims had been counted twice", "Provincial officials")]),
    ("Officials this week lowered the toll to 52, saying 3 victims had been counted twice.",
     [("Officials this week lowered the toll to 52", None), ("3 victims had been counted twice", "Officials")]),
    # a hyphen spaced out in scraped text is no dateline's dash
    ("The anti - graft agency on Monday seized 12 cars, saying the owners had bought them with bribes.",
     [("The anti - graft agency on Monday seized 12 cars", None),
      ("the owners had bought them with bribes", "The anti - graft agency")]),
])
def test_the_sayer_of_a_saying_clause(text, expected):
    assert sources(text, "en") == expected


def test_a_sayer_may_open_with_a_count():
    text = "After the vote, 40 lawmakers walked out, saying the bill was rushed."
    assert ("the bill was rushed", "40 lawmakers") in sources(text, "en")


# In a quotation, a demonstrative (or "it") given a complement in the present tense, with
# nothing named, counted or dated, is the speaker's verdict on the moment (rule 5); a
# participle, a past tense or a figure keeps the quoted clause a claim.
@pytest.mark.parametrize("text, lang, expected", [
    ("“It is a test of nerves for all of us,” the coach said.", "en", []),
    ("“This is a blow to every farmer here,” a trader said.", "en", []),
    ("“It's unbelievable that we won,” she said.", "en", []),
    ("“Ini adalah hari yang berat bagi keluarga kami,” kata Rina.", "id", []),
    ("“Ini fenomena yang belum pernah terjadi,” kata Rina.", "id", []),
    ("“This is designed to stop the leaks for good,” the engineer said.", "en",
     ["This is designed to stop the leaks for good"]),
    ("“It was a gas explosion,” the fire chief said.", "en", ["It was a gas explosion"]),
    ("“It is the third flood this month,” the mayor said.", "en", ["It is the third flood this month"]),
    # a rank or a deadline is checkable, quoted or not
    ("“This is the only bridge into the village,” the mayor said.", "en", ["This is the only bridge into the village"]),
    ("“It is the tallest tower in the province,” the governor said.", "en",
     ["It is the tallest tower in the province"]),
    ("“Hari ini adalah hari terakhir pendaftaran,” kata Rina.", "id", ["Hari ini adalah hari terakhir pendaftaran"]),
    ("“Ini menunjukkan permintaan sudah pulih,” kata Rina.", "id", ["Ini menunjukkan permintaan sudah pulih"]),
])
def test_a_quoted_verdict_on_the_moment_is_no_claim(text, lang, expected):
    assert kept(text, lang) == expected


# A verbless noun phrase closing the sentence is no part of the claim before it: a rank is a
# claim of its own, the fact's place in a series is none (rules 3, 4).
@pytest.mark.parametrize("text, lang, expected", [
    ("Two residents had tested positive for the virus, the country's first confirmed cases.", "en",
     ["Two residents had tested positive for the virus", "the country's first confirmed cases"]),
    ("Tingkat partisipasi pemilih mencapai 81 persen, salah satu yang tertinggi dalam sejarah pemilu daerah itu.",
     "id", ["Tingkat partisipasi pemilih mencapai 81 persen",
            "salah satu yang tertinggi dalam sejarah pemilu daerah itu"]),
    ("Protesters blocked the road to the mine for a week, the latest sign of growing anger towards the company.",
     "en", ["Protesters blocked the road to the mine for a week"]),
])
def test_a_closing_noun_phrase_is_no_part_of_the_claim(text, lang, expected):
    assert kept(text, lang) == expected


# Not such a phrase: an opener before the comma, the last items of a list, the clause after
# an opener.
@pytest.mark.parametrize("text, lang", [
    ("Last year, the monsoon arrived on June 25.", "en"),
    ("He met the mayor, the governor and the minister of works.", "en"),
    ("Under a plan approved in 2023, the city pays 80 percent of the cost.", "en"),
])
def test_other_closing_phrases_stay_in_the_claim(text, lang):
    assert kept(text, lang) == [text.rstrip(".")]


# From a review: the closing phrase must rank what the sentence tells and hold no verb; a
# clause after an opening subordinate clause, a time phrase or a description of the noun
# before it stays in the claim; a rank is kept whatever its score, once.
@pytest.mark.parametrize("text, lang, expected", [
    ("When the flood hit, a rescue team evacuated 200 people.", "en",
     ["When the flood hit, a rescue team evacuated 200 people"]),
    ("Saat banjir datang, seorang relawan menyelamatkan 12 warga.", "id",
     ["Saat banjir datang, seorang relawan menyelamatkan 12 warga"]),
    ("The museum closed in 2019, a year after the fire.", "en", ["The museum closed in 2019, a year after the fire"]),
    ("He scored 30 goals this season, a new national record.", "en",
     ["He scored 30 goals this season", "a new national record"]),
    ("Banjir merendam 300 rumah, salah satu yang terparah dalam satu dekade.", "id",
     ["Banjir merendam 300 rumah", "salah satu yang terparah dalam satu dekade"]),
])
def test_only_a_verbless_rank_closing_the_sentence_is_cut_off(text, lang, expected):
    assert kept(text, lang) == expected


def test_a_description_of_the_noun_before_stays_with_it():
    text = "Police arrested the driver, a 35-year-old man from Leeds."
    assert "Police arrested the driver" not in kept(text, "en")


@pytest.mark.parametrize("body, later", [
    ("Banjir di Medan", ["Warga mengungsi.", "Banjir di Medan merendam 40 rumah."]),
    ("Banjir di Medan", ["Banjir di", "Medan merendam 40 rumah."]),     # not across two blocks
    ("a\x00b", ["xa\x00by"]),
    ("a\x00b", ["a", "b"]),
    ("Banjir", []),
])
def test_a_body_is_found_in_the_joined_later_bodies_exactly_where_one_of_them_holds_it(body, later):
    from claims.reading import _in_one_of
    assert _in_one_of(body, later) is any(body in x for x in later)


def test_sentence_quote_prefers_the_quotation_the_sentence_lies_in():
    from claims.reading import _sentence_quote
    speakers = {(0, 30): ("X", None, False), (40, 60): ("Y", None, True)}
    assert _sentence_quote([(0, 30), (40, 60)], speakers, 1, 35) == (0, 30)
    assert _sentence_quote([(40, 60)], speakers, 35, 70) == (40, 60)       # opened, with its speaker
    assert _sentence_quote([(40, 60)], {(40, 60): (None, None, False)}, 35, 70) is None
    assert _sentence_quote([], speakers, 0, 10) is None


def test_first_source_is_that_of_the_first_cut_with_one():
    from claims.cut import Cut
    from claims.reading import _first_source
    assert _first_source([Cut(0, 5), Cut(6, 9, "A"), Cut(10, 12, "B")]) == "A"
    assert _first_source([Cut(0, 5)]) is None


def test_uncovered_stretches_between_cuts():
    from claims.cut import Cut
    from claims.reading import _uncovered
    assert _uncovered(0, 20, [Cut(12, 15), Cut(2, 5)]) == [(0, 2), (5, 12), (15, 20)]
    assert _uncovered(0, 20, [Cut(0, 25)]) == []
    assert _uncovered(0, 20, ()) == [(0, 20)]


# A fact embedded in reported words that are no claim themselves keeps their speaker (rule 6).
def test_a_fact_embedded_in_reported_words_keeps_their_speaker():
    text = ("Council member Dana Hill said the city should have drawn down its reserve fund, "
            "which stood at $61 million in June.")
    found = {(c.text, c.source) for c in split_article("Budget vote\n\n" + text + "\n", published="2026-11-24").claims}
    assert ("its reserve fund, which stood at $61 million in June", "Dana Hill") in found


# Indonesian states a reported value without a verb: the measure and its figure are the claim.
@pytest.mark.parametrize("text, claim", [
    ("Kepala BPS Amalia Widyasanti menyebut inflasi 2,1 persen.", "inflasi 2,1 persen"),
    ("Menurut Budi, harga cabai Rp 80.000 per kilogram.", "harga cabai Rp 80.000 per kilogram"),
])
def test_a_reported_measure_and_its_figure_without_a_verb(text, claim):
    assert claim in [c.text for c in split_article("Inflasi\n\n" + text + "\n", published="2026-11-28").claims]


def test_a_numbered_thing_is_no_measure():
    claims = split_article("Rumah\n\nIa menyebut rumah nomor 12.\n", published="2026-11-28").claims
    assert "rumah nomor 12" not in [c.text for c in claims]


def test_a_share_closing_an_embedded_clause_leaves_it_at_the_sentences_end():
    text = "The worst-hit district was East Flores, where at least 76 people were killed, most of them on Adonara."
    found = [c for c, _ in sources(text, "en")]
    assert "The worst-hit district was East Flores" in found
    assert "East Flores, where at least 76 people were killed" in found


# A feeling or hope in an aside on the subject leaves the clause's own fact a claim.
@pytest.mark.parametrize("text", [
    "The coach, who was proud of his players, resigned on Friday.",
    "The striker, who hopes to play in Europe, scored twice on Sunday.",
])
def test_a_feeling_in_an_aside_leaves_the_clauses_fact(text):
    found = [c for c, _ in sources(text, "en")]
    assert text.rstrip(".") in found
