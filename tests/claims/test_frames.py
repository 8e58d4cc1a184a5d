import pytest

from claims.frames import mid_menurut, mid_tail, opening_frame, reporting_tail, verb_frame


def _after(text, fn):
    who, _frame, start = fn(text, 0, len(text))
    return who, text[start:].lstrip()


@pytest.mark.parametrize("text, who, rest", [
    ("Menurut Siti Rahma, jalan itu ditutup.", "Siti Rahma", "jalan itu ditutup."),
    ("Dilansir Antara, Senin (4/3), kapal itu tiba di Makassar.", "Antara", "kapal itu tiba di Makassar."),
    ("Menurut Badan Meteorologi, Klimatologi, dan Geofisika, hujan turun deras.",
     "Badan Meteorologi, Klimatologi, dan Geofisika", "hujan turun deras."),
    ("Berdasarkan informasi, dua orang ditahan.", "informasi", "dua orang ditahan."),
    ("Laporan Selasa 5 Maret pukul 09.00 WIB, tim menemukan satu korban.", "Laporan",
     "tim menemukan satu korban."),
    # a report that is the subject of its own verb of saying
    ("Laporan tersebut menyebutkan 96 sekolah rusak.", "Laporan tersebut", "96 sekolah rusak."),
    ("According to the agency, flights resumed.", "the agency", "flights resumed."),
    # when and how a cited document came out is no part of its name
    ("Menurut data Kementerian Perdagangan yang dirilis Senin (30/11), ekspor naik 5 persen.",
     "data Kementerian Perdagangan", "ekspor naik 5 persen."),
    # the passive of a verb of saying, its speaker after it
    ("Dikatakan Rina Sari, jalan itu ditutup.", "Rina Sari", "jalan itu ditutup."),
    ("Dijelaskan Kapolsek Dedi, dua orang ditahan.", "Kapolsek Dedi", "dua orang ditahan."),
    # ... only before a name: "Dikatakan bahwa …", "Ditambahkan pula, …" name no one
    ("Dikatakan bahwa 40 rumah rusak.", None, "Dikatakan bahwa 40 rumah rusak."),
    ("Ditambahkan Senin (23/11), dua orang ditahan.", None, "Ditambahkan Senin (23/11), dua orang ditahan."),
    ("Dikatakan Januari lalu, inflasi mencapai 3,2 persen.", None, "Dikatakan Januari lalu, inflasi mencapai 3,2 persen."),
    ("Dijelaskan oleh Kapolres Dedi, dua orang ditahan.", "Kapolres Dedi", "dua orang ditahan."),
    ("Jalan itu ditutup sejak pagi.", None, "Jalan itu ditutup sejak pagi."),
])
def test_opening_frames(text, who, rest):
    assert _after(text, opening_frame) == (who, rest)


@pytest.mark.parametrize("text, who, rest", [
    # the document a sentence opens in credits what follows
    ("Dalam tuntutan jaksa, kerugian negara mencapai Rp 2 miliar.", "tuntutan jaksa",
     "kerugian negara mencapai Rp 2 miliar."),
    ("Dalam laporan Ombudsman Jambi, 14 sekolah memungut biaya.", "laporan Ombudsman Jambi",
     "14 sekolah memungut biaya."),
    # a possessive or a demonstrative only sets the scene; so does a speaker's verb after it
    ("Dalam laporannya, 14 sekolah memungut biaya.", None, "Dalam laporannya, 14 sekolah memungut biaya."),
    ("Dalam putusan itu, terdakwa dihukum 3 tahun.", None, "Dalam putusan itu, terdakwa dihukum 3 tahun."),
    ("Dalam laporan Ombudsman Jambi, Kepala Dinas Rina Sari mengatakan 14 sekolah memungut biaya.", None,
     "Dalam laporan Ombudsman Jambi, Kepala Dinas Rina Sari mengatakan 14 sekolah memungut biaya."),
])
def test_opening_in_a_document(text, who, rest):
    assert _after(text, opening_frame) == (who, rest)


@pytest.mark.parametrize("text, who, rest", [
    ("Kapolres Andi Saputra mengatakan pelaku sudah ditangkap.", "Kapolres Andi Saputra",
     "pelaku sudah ditangkap."),
    ("On its website, the ministry announced that schools will reopen.", "the ministry",
     "schools will reopen."),
    ("At a briefing held by the agency on Friday, the data showed that exports fell.", "the data",
     "exports fell."),
    # a participle after an article describes the channel: "a televised address" sets the scene
    ("In a televised address, President Ana Ruiz said the army would withdraw 3,000 troops.",
     "President Ana Ruiz", "the army would withdraw 3,000 troops."),
    ("Warga membersihkan rumah, dengan relawan mengatakan air sudah surut.", None,
     "Warga membersihkan rumah, dengan relawan mengatakan air sudah surut."),
    ("Gubernur menegaskan akan mundur dari jabatannya.", None,
     "Gubernur menegaskan akan mundur dari jabatannya."),
    # a participle after a determiner describes the noun after it: no one speaks
    ("Police seized 1.5 tonnes of cocaine worth an estimated £120m.", None,
     "Police seized 1.5 tonnes of cocaine worth an estimated £120m."),
    ("The ministry's stated goal is to cut emissions 30 percent.", None,
     "The ministry's stated goal is to cut emissions 30 percent."),
    # A name in apposition between commas before the verb; forecasts are reported speech too.
    ("Peneliti Institut Kota, Rina Wulandari, memperkirakan harga gabah turun pekan depan.",
     "Rina Wulandari", "harga gabah turun pekan depan."),
    ("BMKG memprediksi gelombang tinggi terjadi hingga Sabtu.", "BMKG",
     "gelombang tinggi terjadi hingga Sabtu."),
    ("Hasil survei Lembaga Riset Kota menunjukkan calon A unggul 4 persen.",
     "Hasil survei Lembaga Riset Kota", "calon A unggul 4 persen."),
    ("Tim itu memastikan diri lolos ke babak final.", None,
     "Tim itu memastikan diri lolos ke babak final."),
    ("Terdakwa menyatakan banding atas putusan itu.", None,
     "Terdakwa menyatakan banding atas putusan itu."),
    ("Jaksa penuntut menyatakan pikir-pikir atas vonis tersebut.", None,
     "Jaksa penuntut menyatakan pikir-pikir atas vonis tersebut."),
    ("Pengacara terdakwa menyatakan pihaknya akan mengajukan banding.", None,
     "Pengacara terdakwa menyatakan pihaknya akan mengajukan banding."),
    # an adverb after the speaker is no part of it
    ("Kementerian Perhubungan sebelumnya memprediksi 190 juta orang akan mudik.", "Kementerian Perhubungan",
     "190 juta orang akan mudik."),
    # the audience told is part of the frame
    ("Mayor Ana Ruiz told a news conference the bridge would reopen in May.", "Mayor Ana Ruiz",
     "the bridge would reopen in May."),
    # "tidak ada …" has a subject of its own: reported content, not a self-declaration.
    ("Pihak PLN mengklaim tidak ada pemadaman selama banjir.", "Pihak PLN",
     "tidak ada pemadaman selama banjir."),
])
def test_reporting_verb_after_subject(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


@pytest.mark.parametrize("text, who, rest", [
    # adverbs between the subject and the verb, alone or piled up, are no part of the speaker
    ("Ia hanya menyebut gudang itu menampung 40 ton beras.", "Ia", "gudang itu menampung 40 ton beras."),
    ("Dia juga bahkan menyebut dermaga ditutup dua hari.", "Dia", "dermaga ditutup dua hari."),
    ("She also only said the depot held 40 tonnes.", "She", "the depot held 40 tonnes."),
    # "lalu" after a day or a stretch dates the saying: the day is no speaker
    ("Polisi, Senin lalu, mengatakan 12 orang ditahan di Medan.", "Polisi", "12 orang ditahan di Medan."),
    ("Dinas Kesehatan pekan lalu menyatakan 40 warga dirawat.", "Dinas Kesehatan", "40 warga dirawat."),
    # a plural subject "say"s whatever opens the clause
    ("Marine biologists say reef cover fell by a third.", "Marine biologists", "reef cover fell by a third."),
    # irregular plurals, and the plural present of warning and estimating
    ("Local fishermen say catches fell by half.", "Local fishermen", "catches fell by half."),
    ("Doctors warn that measles reached 9 villages.", "Doctors", "measles reached 9 villages."),
    ("Geologists estimate 40 percent of the slope moved.", "Geologists", "40 percent of the slope moved."),
    # saying nothing reports nothing
    ("The minutes say nothing about 40 jobs.", None, "The minutes say nothing about 40 jobs."),
    # a colon closes the verb as a comma does
    ("Not this year, Ruiz said: the pier reopens in 2027.", "Ruiz", "the pier reopens in 2027."),
    # a role whose title is not its first word, in apposition after the person
    ("Dewi Lestari, Area Manager PT Sumber Tirta wilayah Bali, mengatakan pasokan air aman.",
     "Dewi Lestari", "pasokan air aman."),
    # data opening a sentence state the figure they show
    ("Figures from the state harbour office show 312 ship calls in March.",
     "Figures from the state harbour office", "312 ship calls in March."),
    ("Customs records showed 40 tonnes of sugar seized this year.", "Customs records",
     "40 tonnes of sugar seized this year."),
    ("Data showed 40 tonnes of sugar seized this year.", None, "Data showed 40 tonnes of sugar seized this year."),
    # words that say which data but not whose name no source
    ("New figures show 312 ship calls in March.", None, "New figures show 312 ship calls in March."),
    ("Official data showed 40 tonnes of sugar seized.", None, "Official data showed 40 tonnes of sugar seized."),
])
def test_reporting_verb_after_subject_and_its_modifiers(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


@pytest.mark.parametrize("text, content, who", [
    ("Harga cabai turun 10 persen, kata pedagang Pasar Johar.", "Harga cabai turun 10 persen",
     "pedagang Pasar Johar"),
    ("Kereta tiba terlambat dua jam, ujarnya.", "Kereta tiba terlambat dua jam", "-nya"),
    ("The road was reopened after six hours, police said on Monday.",
     "The road was reopened after six hours", "police"),
    ("Warga berkumpul di balai desa.", None, None),
    # "added" with a thing as its object adds the thing: no tail
    ("Lina scored in the first half, and Maya Ortiz added a second goal late on.", None, None),
    ("The city opened 40 beds, and the hospital added another 20.", None, None),
    ("The bridge will reopen in May, the mayor added.", "The bridge will reopen in May", "the mayor"),
    ("Prices will rise 5 percent next year, the minister added a day later.",
     "Prices will rise 5 percent next year", "the minister"),
    ("The road was reopened after six hours, officials have said.",
     "The road was reopened after six hours", "officials"),
    ("Three ferries were cancelled, the operator had also said.", "Three ferries were cancelled",
     "the operator"),
    ("He must also repay $9,000, she ruled.", "He must also repay $9,000", "she"),
    # A possessive opens a described speaker.
    ("Two beaches were closed, Leeds's parks department said.", "Two beaches were closed",
     "Leeds's parks department"),
    # "it" is a body's pronoun: the tail closes the claim as "he" would.
    ("No card numbers were stolen, it said.", "No card numbers were stolen", "it"),
    ("The plant will reopen in May, it has said.", "The plant will reopen in May", "it"),
    # The present plural "say" closes a tail as "said" does.
    ("A bushfire has burnt 900 hectares since Monday, authorities say.",
     "A bushfire has burnt 900 hectares since Monday", "authorities"),
    ("Two clinics will close in June, health officials say.", "Two clinics will close in June",
     "health officials"),
    # A participle after a determiner describes the channel; it is no clause after the verb.
    ("Two clinics will close in June, the ministry said in an emailed statement to reporters on Friday.",
     "Two clinics will close in June", "the ministry"),
    # The name first, then its role in apposition, then the verb.
    ("Two clinics will close in June, Ana Ruiz, a ministry spokeswoman, said.",
     "Two clinics will close in June", "Ana Ruiz"),
    ("Two clinics will close in June, Ana Ruiz, the ministry's spokeswoman, said on Friday.",
     "Two clinics will close in June", "Ana Ruiz"),
    # a described speaker may name whom they act for or where they serve
    ("The driver never saw the cyclist, lawyers for the family said.", "The driver never saw the cyclist",
     "lawyers for the family"),
    ("Two clinics will close in June, officials in the province said.", "Two clinics will close in June",
     "officials in the province"),
    ("Two clinics will close in June, doctors at the hospital have said.", "Two clinics will close in June",
     "doctors at the hospital"),
    # any plural of an agent noun speaks for a group ("traders", "campaigners", "relatives")
    ("The market stayed shut for 3 days, traders said.", "The market stayed shut for 3 days", "traders"),
    ("Fuel bills will push 2 million homes into poverty, campaigners warned.",
     "Fuel bills will push 2 million homes into poverty", "campaigners"),
    # media named by kind, without an article, speak as "officials" do
    ("Two ferries sank off the coast, state media reported.", "Two ferries sank off the coast", "state media"),
    ("The dam burst after days of rain, state television said on Monday.", "The dam burst after days of rain",
     "state television"),
    # "tulis" and "lapor" close an Indonesian tail as "kata" does
    ("Dua kapal tenggelam di lepas pantai, tulis Harian Nusantara.", "Dua kapal tenggelam di lepas pantai",
     "Harian Nusantara"),
    ("Bendungan itu jebol setelah hujan tiga hari, lapor kantor berita Bintang.",
     "Bendungan itu jebol setelah hujan tiga hari", "kantor berita Bintang"),
    # a participle after the channel describes it: no clause after the tail
    ("At least 40 people died, the Red Cross said in a statement posted on X.", "At least 40 people died",
     "the Red Cross"),
    ("At least 40 people died, the Red Cross said in a statement emailed to reporters.", "At least 40 people died",
     "the Red Cross"),
    # where and when the words were said may run on in prepositional phrases
    ("Income rose 6 per cent to $5.9 billion, the bank said in a filing to the stock exchange on Thursday.",
     "Income rose 6 per cent to $5.9 billion", "the bank"),
    # a participle may close the sentence after the tail, and the rest of the tail's date before it
    ("Unemployment fell to 3.9% in October, the agency said on Friday, citing survey data.",
     "Unemployment fell to 3.9% in October", "the agency"),
    ("Unemployment fell to 3.9% in October, the agency said on Friday, November 6, citing survey data.",
     "Unemployment fell to 3.9% in October", "the agency"),
    # what drove the figure, or how it stood against expectations, closes the sentence after the tail
    ("The ringgit fell 0.8 percent, dealers said on Tuesday, weighed down by weak exports.",
     "The ringgit fell 0.8 percent", "dealers"),
    ("Orders rose 9 percent, the firm said on Friday, driven by demand for solar panels.",
     "Orders rose 9 percent", "the firm"),
    ("Rubber output rose 4 percent in May, the board said, higher than traders had expected.",
     "Rubber output rose 4 percent in May", "the board"),
    # unnamed sources described by what they know
    ("The plant will close in May, officials familiar with the plan said.", "The plant will close in May",
     "officials familiar with the plan"),
    ("The plant will close in May, people close to the talks said.", "The plant will close in May",
     "people close to the talks"),
    ("The plant will close in May, people with knowledge of the plan said.", "The plant will close in May",
     "people with knowledge of the plan"),
    # the record of a meeting
    ("Three members voted for a hike, minutes of the meeting showed.", "Three members voted for a hike",
     "minutes of the meeting"),
    # a long tail whose length comes from a description of its speaker
    ("Hospital waiting lists grew in March, according to figures published on April 9 by Medra Analytics "
     "Ltd, which tracks appointments at 40 clinics in the three health districts of the region.",
     "Hospital waiting lists grew in March", "Medra Analytics Ltd"),
])
def test_reporting_tails(text, content, who):
    found = reporting_tail(text, 0, len(text))
    assert (text[:found[0]] if found else None, found[1] if found else None) == (content, who)


def test_mid_menurut_takes_the_assertion_after_it():
    text = "Dugaan awal, menurut Rudi, kebakaran dipicu korsleting listrik."
    start, who, _frame = mid_menurut(text, 0, len(text), None, None)
    assert (text[start:].lstrip(), who) == ("kebakaran dipicu korsleting listrik.", "Rudi")


# ... and keeps the words before it when a predicate follows it ("Ketiga tersangka, menurut Rudi,
# sudah ditahan"), in Indonesian as in English
@pytest.mark.parametrize("text, keeps", [
    ("Ketiga tersangka, menurut Rudi, sudah ditahan.", True),
    ("Exports, according to customs data, rose 12 percent.", True),
    # a prefixed word after it may be a noun that opens the assertion's own subject
    ("Terkait banjir, menurut Dedi, dinas sosial telah menyalurkan 500 paket bantuan.", False),
])
def test_mid_menurut_before_a_predicate_keeps_the_subject(text, keeps):
    start, _who, _frame = mid_menurut(text, 0, len(text), None, None)
    assert (start == 0) is keeps


# A share of respondents that "said" or "menyebut" something is the survey's finding, not a
# source: the reporting verb stays in the claim.
@pytest.mark.parametrize("text", [
    "Sebanyak 64 persen responden menyatakan puas dengan layanan bus kota",
    "Sebanyak 21 persen lainnya menyebut harga tiket terlalu mahal",
    "About 58 percent of voters said the tax should be cut",
])
def test_a_share_of_respondents_is_no_speaker(text):
    from claims.frames import verb_frame
    assert verb_frame(text, 0, len(text))[0] is None


# When the words were said, written between the verb and the words without "that", is the
# frame's; more verbs of saying, and "The court heard that …", frame the words after them.
@pytest.mark.parametrize("text, who, rest", [
    ("Police said yesterday the driver had fled to Johor", "Police", "the driver had fled to Johor"),
    ("The bank said last month 300 branches would close", "The bank", "300 branches would close"),
    ("The mayor said earlier this week the bridge would reopen in May", "The mayor",
     "the bridge would reopen in May"),
    ("Officials said on Tuesday the road was closed", "Officials", "the road was closed"),
    ("The court heard that the accused had forged 14 invoices", "The court", "the accused had forged 14 invoices"),
] + [(f"Kepala Dinas Sari Dewi {verb} 14 sekolah rusak akibat banjir", "Kepala Dinas Sari Dewi",
      "14 sekolah rusak akibat banjir")
     for verb in ("menuding", "membeberkan", "menginformasikan", "berujar", "berkata", "bilang", "menandaskan")])
def test_when_the_words_were_said_stays_in_the_frame(text, who, rest):
    from claims.frames import verb_frame
    source, _frame, start = verb_frame(text, 0, len(text))
    assert (source, text[start:]) == (who, rest)


# "showed no emotion", "showed reporters the roof", "warned of delays" report no words; nor does
# a reporting verb inside a relative clause ("…, which doctors say is safe, …": the noun it
# describes does not speak).
@pytest.mark.parametrize("text", [
    "The defendant showed no remorse as the verdict was read",
    "The mayor showed reporters the flooded tunnel",
    "The airline warned of delays until Friday",
    "The vaccine, which doctors say is safe, was approved in 40 countries",
    "The mill, which the owners said was profitable, closed in May",
])
def test_no_words_are_reported(text):
    from claims.frames import verb_frame
    assert verb_frame(text, 0, len(text))[0] is None


# A short clause with a verb of its own leaves room for a pronoun tail.
@pytest.mark.parametrize("text, who", [("Exports fell 4%, it said", "it"), ("Profit rose 9%, he said", "he")])
def test_a_short_clause_before_a_pronoun_tail(text, who):
    from claims.frames import reporting_tail
    assert reporting_tail(text, 0, len(text))[1] == who


def test_a_clause_after_said_is_no_speaker():
    from claims.frames import reporting_tail
    text = "Nearly half of the members, 48 percent, said the rule should be dropped"
    assert reporting_tail(text, 0, len(text)) is None


@pytest.mark.parametrize("text, who, rest", [
    ("Mayor Ana Ruiz, who has led the city since 2019, said the budget would rise 4 percent",
     "Mayor Ana Ruiz", "the budget would rise 4 percent"),
    ("Bupati Hendra Wijaya, yang menjabat sejak 2021, mengatakan 12 desa masih terisolasi",
     "Bupati Hendra Wijaya", "12 desa masih terisolasi"),
    # a name in apposition after its role, with a title written in lower case before it
    ("Kepala Dinas Kesehatan, dr Rina Sari, mengatakan 12 pasien masih dirawat",
     "dr Rina Sari", "12 pasien masih dirawat"),
    ("Direktur rumah sakit, dr. Budi Hartono, menyebut tiga ruang isolasi sudah penuh",
     "dr. Budi Hartono", "tiga ruang isolasi sudah penuh"),
    # a role with a word before its noun ("managing director of X"); a name with a particle
    ("Mr Lee, managing director of Harbour Homes, said 310 units were sold",
     "Mr Lee", "310 units were sold"),
    ("Rosa dela Paz, the provincial health officer, said 41 cases were confirmed",
     "Rosa dela Paz", "41 cases were confirmed"),
])
def test_a_speaker_described_before_the_verb(text, who, rest):
    from claims.frames import verb_frame
    source, _frame, start = verb_frame(text, 0, len(text))
    assert (source, text[start:]) == (who, rest)


@pytest.mark.parametrize("text", [
    "Harga beras naik lima persen dibanding pekan lalu kata Budi",
    "Prices rose five percent he said and fuel fell",
    # a word that links a clause opens no speaker; "-ments" are no agents
    "Retail sales rose 3.2% in January, as consumers showed resilience",
    "Exports to China rose 12% in March, shipments show",
])
def test_tails_need_their_commas(text):
    # The finders skip sentences without the commas every tail pattern opens with.
    assert reporting_tail(text, 0, len(text)) is None
    assert mid_tail(text, 0, len(text)) is None


# "lapor" is also the bare verb "report (to)": a preposition after it opens no speaker.
@pytest.mark.parametrize("text", [
    "Korban kemudian pulang ke rumah orang tuanya, lapor ke polisi keesokan harinya.",
    # ... and an instruction to report names whom to report to, no speaker
    "Jika menemukan kebocoran pipa di atas 2 meter, lapor PDAM.",
])
def test_lapor_as_a_plain_verb_opens_no_tail(text):
    assert reporting_tail(text, 0, len(text)) is None


def test_lapor_after_a_condition_and_its_clause_closes_a_tail():
    text = "Jika hujan tidak turun, kebakaran bisa meluas hingga 500 hektare, lapor kantor berita Bintang."
    assert reporting_tail(text, 0, len(text))[1] == "kantor berita Bintang"


def test_a_mid_tail_needs_a_comma_on_both_sides():
    text = "Harga beras naik lima persen, kata Budi dan harga cabai turun tajam pekan ini"
    assert mid_tail(text, 0, len(text)) is None


# A rank set in apposition after a mid tail may name its owner in the possessive ("the
# country's first contraction since 1999"), and the tail's speaker may carry its acronym.
@pytest.mark.parametrize("text, who", [
    ("Output shrank 5.3 percent in the quarter, the statistics bureau said on Wednesday, "
     "the country's first contraction since 1999", "the statistics bureau"),
    ("Output shrank 5.3 percent in the quarter, Statistics Ruritania (SR) data showed on Wednesday, "
     "the country's first contraction since 1999", "Statistics Ruritania (SR) data"),
])
def test_a_mid_tail_before_a_rank_in_apposition(text, who):
    found = mid_tail(text, 0, len(text))
    assert found is not None and found[2] == who and text[found[1]:].startswith("the country's")


# ... and so may a streak, the base the figure is measured against, and a clause after a tail
# said late on a weekday.
@pytest.mark.parametrize("text, who, rest", [
    ("Car sales fell 6 percent in May, the trade body said on Tuesday, the third straight monthly fall",
     "the trade body", "the third straight"),
    ("Passenger numbers reached 2.1 million in June, the airport said, compared with 1.8 million in 2019",
     "the airport", "compared with"),
    ("The jobless rate held at 4.1 percent in March, Statistics Norland said Friday, near a record low",
     "Statistics Norland", "near a record"),
    ("Power was restored to 60% of homes, the utility said late Sunday, but water supplies remain cut",
     "the utility", "water supplies"),
])
def test_a_mid_tail_before_a_streak_a_base_or_a_clause(text, who, rest):
    found = mid_tail(text, 0, len(text))
    assert found is not None and found[2] == who and text[found[1]:].startswith(rest)


def test_a_mid_tail_between_two_commas_is_found():
    text = "Harga beras naik lima persen, kata Budi, dan harga cabai turun tajam pekan ini"
    start, end, who = mid_tail(text, 0, len(text))
    assert who == "Budi" and text[start:end].startswith(", kata Budi")


@pytest.mark.parametrize("text, speaker, rest", [
    ("The bakery, which employs 1,200 people in Leeds, said sales fell by a fifth", "The bakery",
     "sales fell by a fifth"),
    ("The museum, which opened in 1990, said 40,000 people visited in May", "The museum",
     "40,000 people visited in May"),
])
def test_a_definite_speaker_described_by_a_relative_clause(text, speaker, rest):
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == (speaker, rest)


@pytest.mark.parametrize("text, speaker, rest", [
    ("The audit found that 14 of 60 wells were dry", "The audit", "14 of 60 wells were dry"),
    ("The survey, published on Friday, found that 3 in 10 renters moved", "The survey",
     "3 in 10 renters moved"),
])
def test_a_document_that_found_something_reports_it(text, speaker, rest):
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == (speaker, rest)


# The addressee of "told" is the frame's, however many capitalised words its name takes; a
# capitalised word before a verb is the reported clause's subject.
@pytest.mark.parametrize("text, speaker, rest", [
    ("A survivor told Kompas TV he swam for 3 hours", "A survivor", "he swam for 3 hours"),
    ("A witness told The Associated Press he saw 3 gunmen", "A witness", "he saw 3 gunmen"),
    ("Lee told Reuters the deal was worth $2 billion", "Lee", "the deal was worth $2 billion"),
    ("Lee told Reuters Jakarta would sign 2 deals", "Lee", "Jakarta would sign 2 deals"),
])
def test_the_addressee_of_told_belongs_to_the_frame(text, speaker, rest):
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == (speaker, rest)


@pytest.mark.parametrize("text, who, rest", [
    # "memperingatkan"/"mengingatkan" report what they warn of, with or without "bahwa" ...
    ("Badan Geologi memperingatkan lahar dingin bisa mengalir hingga 10 km.", "Badan Geologi",
     "lahar dingin bisa mengalir hingga 10 km."),
    ("BMKG mengingatkan gelombang setinggi 4 meter berpotensi terjadi di selatan Jawa.", "BMKG",
     "gelombang setinggi 4 meter berpotensi terjadi di selatan Jawa."),
    # ... but an appeal to the public, or one with "agar"/"untuk", is no report
    ("BPBD mengingatkan warga tetap waspada selama musim hujan.", None,
     "BPBD mengingatkan warga tetap waspada selama musim hujan."),
    ("BMKG memperingatkan nelayan agar tidak melaut hingga Senin.", None,
     "BMKG memperingatkan nelayan agar tidak melaut hingga Senin."),
])
def test_a_warning_reports_what_it_warns_of(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


@pytest.mark.parametrize("text, who, rest", [
    # a warning without "bahwa" reports a possibility; a reminder of something past is no report
    ("Polisi mengingatkan pemudik mewaspadai 12 titik rawan longsor.", None,
     "Polisi mengingatkan pemudik mewaspadai 12 titik rawan longsor."),
    ("Kejadian itu mengingatkan saya pada tsunami 2004.", None, "Kejadian itu mengingatkan saya pada tsunami 2004."),
    # "claimed victory was near": the claimed thing opens a clause, which is reported
    ("Budi claimed victory was only days away.", "Budi", "victory was only days away."),
    ("Kapolda Budi mengklaim kemenangan sudah di depan mata.", "Kapolda Budi", "kemenangan sudah di depan mata."),
])
def test_what_is_warned_of_or_claimed_without_a_clause(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


def test_found_without_that_is_an_action_not_a_frame():
    text = "Divers found 40 crates near the pier"
    assert verb_frame(text, 0, len(text))[0] is None


@pytest.mark.parametrize("text", [
    # a thing shown, counted in words: "red" and "bed" end in -ed but are no verbs of a clause
    "The referee eventually showed five red cards to the home side",
    "The hospital reported two bed shortages on its wards",
    # what a group claims as its own is an act: responsibility, victory, a title
    "A militant group claimed responsibility for the blast in a statement",
    "The ruling party claimed victory in the regional vote",
    "Kelompok itu mengklaim bertanggung jawab atas ledakan tersebut",
])
def test_a_thing_shown_reported_or_claimed_is_an_act_not_a_frame(text):
    assert verb_frame(text, 0, len(text))[0] is None


@pytest.mark.parametrize("text, speaker", [
    ("The council has said 3 libraries will close in May", "The council"),
    ("The airlines have also said fares will rise 4% in June", "The airlines"),
    # nor is an adverb of how often or how long
    ("Mwangi has always said the 2019 count was rigged", "Mwangi"),
    ("The union has long argued that 300 posts were cut", "The union"),
])
def test_an_auxiliary_before_the_reporting_verb_is_not_the_speaker(text, speaker):
    assert verb_frame(text, 0, len(text))[0] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Both sides have swapped 40 prisoners, mediators said, though talks stalled in the north.", "mediators"),
    ("The ship carried 300 passengers, rescuers said, and 12 were still missing.", "rescuers"),
])
def test_a_plural_role_is_a_speaker_in_a_mid_tail(text, speaker):
    assert mid_tail(text, 0, len(text))[2] == speaker


# A speaker introduced with an appositive, an age or a scene-setting phrase before it: the
# description belongs to the attribution, and the reported clause starts after the verb.
@pytest.mark.parametrize("text, speaker, rest", [
    ("Dr Lena Park, a virologist at Seoul National University, said 12 wards were closed",
     "Dr Lena Park", "12 wards were closed"),
    ("Tomas Berg, head of the harbour authority, said two cranes had failed",
     "Tomas Berg", "two cranes had failed"),
    ("Rosa Diaz, 61, of Fresno, said the levee broke at dawn", "Rosa Diaz", "the levee broke at dawn"),
    ("In a statement, Gov. Ana Ruiz of Nevada, who chairs the panel, said 3 dams need repairs",
     "Gov. Ana Ruiz of Nevada", "3 dams need repairs"),
])
def test_a_speaker_with_a_description_between_commas(text, speaker, rest):
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == (speaker, rest)


def test_a_clause_before_the_first_comma_is_no_scene_phrase():
    text = "The dam was closed, a ranger who works at the site said on Monday"
    assert verb_frame(text, 0, len(text))[0] is None


def test_a_clause_after_said_up_to_the_next_comma_is_no_tail():
    text = ("The office, which publishes monthly bulletins, said the average temperature in May "
            "was 1.5C above normal")
    assert reporting_tail(text, 0, len(text)) is None
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == ("The office", "the average temperature in May was 1.5C above normal")


def test_a_short_appositive_with_an_article_describes_the_speaker():
    text = "Okafor, the club captain, said he had a hamstring strain"
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, text[start:]) == ("Okafor", "he had a hamstring strain")


# "X put the toll at 40" states an estimate with its estimator: the clause stays whole and is
# credited to its subject; "put" with an ordinary object is no frame.
@pytest.mark.parametrize("text, expected", [
    ("A second official put the number of dead at 41", ("A second official", 0)),
    ("Organisers put the crowd at about 12,000", ("Organisers", 0)),
    ("He put the parcel on the step at 9", (None, 0)),
])
def test_an_estimate_with_put_keeps_its_clause_and_credits_its_subject(text, expected):
    who, _frame, start = verb_frame(text, 0, len(text))
    assert (who, start) == expected


# An unnamed group described by a relative clause ("Port officials, who declined to be named,
# said …") is the speaker, as a named one would be.
@pytest.mark.parametrize("text, who, rest", [
    ("Port officials, who declined to be named, said the berth would reopen in May.",
     "Port officials", "the berth would reopen in May."),
    ("Two senior officials, who asked not to be identified, said 12 ships had docked.",
     "Two senior officials", "12 ships had docked."),
])
def test_an_unnamed_group_with_a_relative_clause_is_the_speaker(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# A tail between two commas may carry the day or "in a statement", and may be followed by a rank
# in apposition to the figure before it.
@pytest.mark.parametrize("text, who", [
    ("Car sales fell 3.4% in March, the trade body said on Friday, the steepest drop since 2020",
     "the trade body"),
    ("Rice output rose 4% in June, the regulator said in a statement, and imports fell 2%", "the regulator"),
])
def test_a_mid_sentence_tail_with_its_day_or_statement(text, who):
    found = mid_tail(text, 0, len(text))
    assert found is not None and found[2] == who


# The occasion between a speaker and the verb ("saat dikonfirmasi") and the addressee or place
# between the verb and "bahwa" ("kepada wartawan") belong to the frame, not to the speaker or
# the assertion.
@pytest.mark.parametrize("text, who, rest", [
    ("Kapolsek Tegalrejo Kompol Budi Hartono saat dikonfirmasi mengatakan dua motor hilang.",
     "Kapolsek Tegalrejo Kompol Budi Hartono", "dua motor hilang."),
    ("Camat Kalasan, Rina Dewi, menuturkan kepada wartawan bahwa 40 rumah rusak.",
     "Rina Dewi", "40 rumah rusak."),
])
def test_occasion_and_addressee_stay_in_the_frame(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# "said in a statement" without "that" keeps the channel in the frame; plural data "show".
def test_said_in_a_statement_without_that():
    text = "The operator, Dale Coaches, said in a statement 12 coaches had been withdrawn."
    assert _after(text, verb_frame) == ("Dale Coaches", "12 coaches had been withdrawn.")


def test_plural_data_show_at_the_end_is_a_tail():
    text = "The crash was the deadliest on the road since 2019, data from the Roads Agency show"
    found = reporting_tail(text, 0, len(text))
    assert found is not None and found[1] == "data from the Roads Agency"


@pytest.mark.parametrize("text, who, rest", [
    ("Kepala Dinas Sosial Kota Kediri Sari Lestari di Kediri, Kamis, mengatakan 240 keluarga menerima bantuan.",
     "Kepala Dinas Sosial Kota Kediri Sari Lestari", "240 keluarga menerima bantuan."),
    ("Camat Ngaglik Joko Purnomo, Selasa (4/3), menjelaskan dua jembatan putus diterjang banjir.",
     "Camat Ngaglik Joko Purnomo", "dua jembatan putus diterjang banjir."),
    ("Direktur Utama Ina Marlina di Bandung, Senin (3/3) pagi, menyebutkan 18 perjalanan dibatalkan.",
     "Direktur Utama Ina Marlina", "18 perjalanan dibatalkan."),
    ("Juru bicara Polda Bali Dewi Rahayu, kemarin, mengatakan empat turis asing ditahan.",
     "Juru bicara Polda Bali Dewi Rahayu", "empat turis asing ditahan."),
])
def test_the_place_and_day_of_a_statement_before_the_verb_are_no_speaker(text, who, rest):
    # wire style sets the scene between speaker and verb; it belongs to the frame
    assert _after(text, verb_frame) == (who, rest)


def test_a_weekday_that_ends_a_clause_of_its_own_is_no_scene():
    text = "Hujan deras turun sejak Senin, mengatakan warga."
    assert verb_frame(text, 0, len(text))[0] != "Senin"


# English names the declarer again with a pronoun: a self-declaration keeps its declaring clause
# and has no speaker of its own (rule 5); a past fact after the pronoun is reported content.
@pytest.mark.parametrize("text, who, rest", [
    ("The airline said it would refund all tickets.", None, "The airline said it would refund all tickets."),
    ("The union said it was considering a strike.", None, "The union said it was considering a strike."),
    ("The club said it had sold 4,000 tickets.", "The club", "it had sold 4,000 tickets."),
    # a plan told in the past tense declares as the present does
    ("The coach said he planned to retire next year.", None, "The coach said he planned to retire next year."),
    # where the words were said may stand before "that"
    ("The mayor said outside city hall on Friday that he would resign.", None,
     "The mayor said outside city hall on Friday that he would resign."),
    ("The mayor said outside city hall on Friday that the bridge would reopen.", "The mayor",
     "the bridge would reopen."),
    # ... but a "that" after a noun there is a relative pronoun inside what was said
    ("The union said over 300 workers that lost their jobs would get compensation.", "The union",
     "over 300 workers that lost their jobs would get compensation."),
    ("Police said near the bridge that collapsed on Monday, divers found 3 bodies.", "Police",
     "near the bridge that collapsed on Monday, divers found 3 bodies."),
    # Indonesian names the declarer with "ia", "dia", "beliau"
    ("Gubernur mengatakan bahwa ia akan mundur pada Oktober.", None,
     "Gubernur mengatakan bahwa ia akan mundur pada Oktober."),
    ("Gubernur mengatakan bahwa ia tidak akan mencalonkan diri lagi.", None,
     "Gubernur mengatakan bahwa ia tidak akan mencalonkan diri lagi."),
    ("Gubernur mengatakan bahwa ia menerima 40 laporan warga.", "Gubernur", "ia menerima 40 laporan warga."),
])
def test_english_self_declarations(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# An unnamed speaker described by a relative clause keeps its descriptive form.
def test_an_indefinite_speaker_described_by_a_relative_clause():
    text = "A port official, who asked not to be named because he was not cleared to speak, said the dock had closed."
    assert _after(text, verb_frame) == ("A port official", "the dock had closed.")


# "A, officials said, as B": the tail sits between two clauses; "as well as" joins a list instead.
@pytest.mark.parametrize("text, speaker", [
    ("Ferries to Mull were cancelled on Monday, the operator said, as gales swept the west coast", "the operator"),
    ("Ferries to Mull were cancelled on Monday, the operator said, as well as two trains", None),
])
def test_a_mid_tail_before_an_as_clause(text, speaker):
    found = mid_tail(text, 0, len(text))
    assert (found[2] if found else None) == speaker


def test_a_described_speaker_may_end_in_its_acronym():
    text = "Demand hit 38 gigawatts on Monday, the Grid Operator (GO) said."
    assert reporting_tail(text, 0, len(text))[1] == "the Grid Operator (GO)"


# An age with a role after the speaker's name is a description, not a clause: "X, 52, a GP in
# Leeds, said …"; a body's name keeps "of" ("The Royal College of Nursing, which …, said").
@pytest.mark.parametrize("text, who, rest", [
    ("Dr Ana Silva, 52, a GP in Leeds, said patients waited 14 weeks.", "Dr Ana Silva", "patients waited 14 weeks."),
    ("The Guild of Millers, which represents 400 mills, said flour prices rose 6%.", "The Guild of Millers",
     "flour prices rose 6%."),
])
def test_described_speakers_with_ages_and_bodies(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# A described speaker may open with capitalised words: "ONS figures show …".
def test_figures_named_by_their_publisher_are_a_tail_speaker():
    text = "Unemployment fell to 4.1% in June, ONS figures show."
    assert reporting_tail(text, 0, len(text))[1] == "ONS figures"


# "pihaknya" (the speaker's agency) doing something reports that act, which stands on its own;
# "pihaknya" with a plan, a stance or a court idiom still declares about the speaker (rule 5).
@pytest.mark.parametrize("text, who, rest", [
    ("Kepala Dinas Sosial, Rina Sari, mengatakan pihaknya menyalurkan 300 paket sejak Senin.",
     "Rina Sari", "pihaknya menyalurkan 300 paket sejak Senin."),
    ("Direktur RSUD, Budi Santoso, menyebut pihaknya telah merawat 42 pasien.",
     "Budi Santoso", "pihaknya telah merawat 42 pasien."),
    ("Penasihat hukum, Budi, menyatakan pihaknya masih pikir-pikir atas vonis itu.",
     None, "Penasihat hukum, Budi, menyatakan pihaknya masih pikir-pikir atas vonis itu."),
    ("Kepala Dinas, Rina Sari, mengatakan pihaknya akan menambah 20 petugas.",
     None, "Kepala Dinas, Rina Sari, mengatakan pihaknya akan menambah 20 petugas."),
    ("Ketua RT, Rina Sari, mengatakan pihaknya mengimbau warga tetap di rumah.",
     None, "Ketua RT, Rina Sari, mengatakan pihaknya mengimbau warga tetap di rumah."),
])
def test_an_agency_that_acts_is_reported_content(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# What a body records is its own tally only when a figure comes before any verb; a year, a clock
# time or a date before the clause is no figure, and "telah terjadi" is no declaration about the
# recorder itself: what follows is reported content.
@pytest.mark.parametrize("text, who, rest", [
    ("Asosiasi Petani Kopi Nusantara (APKN) mencatat produksi kopi sepanjang 2023 mencapai 40 ribu ton.",
     "Asosiasi Petani Kopi Nusantara (APKN)", "produksi kopi sepanjang 2023 mencapai 40 ribu ton."),
    ("BPBD mencatat hingga Rabu pukul 18.00 WIB telah terjadi 12 kali banjir.",
     "BPBD", "hingga Rabu pukul 18.00 WIB telah terjadi 12 kali banjir."),
    ("BPBD mencatat telah terjadi lebih dari 30 kali tanah longsor sejak Januari.",
     "BPBD", "telah terjadi lebih dari 30 kali tanah longsor sejak Januari."),
    ("Polisi mencatat 2021 kendaraan melintas.", "Polisi", "2021 kendaraan melintas."),
    ("Persija mencatat 5 kemenangan beruntun.", None, "Persija mencatat 5 kemenangan beruntun."),
    ("Polres Bogor mencatat 500 kasus pencurian kendaraan bermotor sepanjang 2023.", None,
     "Polres Bogor mencatat 500 kasus pencurian kendaraan bermotor sepanjang 2023."),
    ("Dinas Kesehatan mencatat 86 kasus diare, 40 kasus tifus, dan 12 kasus demam berdarah.", "Dinas Kesehatan",
     "Dinas Kesehatan mencatat 86 kasus diare, 40 kasus tifus, dan 12 kasus demam berdarah."),
    ("Kemenkes mencatat jumlah pasien serta tenaga kesehatan yang terinfeksi mencapai 1.200 orang.", "Kemenkes",
     "jumlah pasien serta tenaga kesehatan yang terinfeksi mencapai 1.200 orang."),
    ("Rina mencatat total angkatan 230 kg, terdiri dari 100 kg snatch dan 130 kg clean and jerk.", None,
     "Rina mencatat total angkatan 230 kg, terdiri dari 100 kg snatch dan 130 kg clean and jerk."),
    ("Asosiasi Petani Kopi mencatat 86 anggota baru.", None, "Asosiasi Petani Kopi mencatat 86 anggota baru."),
    ("BPBD mencatat hingga 12 Maret telah terjadi 40 kali banjir.", "BPBD", "hingga 12 Maret telah terjadi 40 kali banjir."),
    ("BPBD mencatat hingga Januari 2024 telah terjadi 40 kali banjir.", "BPBD",
     "hingga Januari 2024 telah terjadi 40 kali banjir."),
    # a count told as a clause of its own is what the body reports; a list of counts stays its tally
    ("BPBD mencatat 120 orang tewas di Kudus hingga Selasa pagi.", "BPBD", "120 orang tewas di Kudus hingga Selasa pagi."),
    ("Komisi Pemilihan mencatat 1.200.400 suara untuk partai itu dan 980.100 suara untuk lawannya.",
     "Komisi Pemilihan", "Komisi Pemilihan mencatat 1.200.400 suara untuk partai itu dan 980.100 suara untuk lawannya."),
    ("Dinas Kesehatan mencatat 86 kasus diare sepanjang Mei.", "Dinas Kesehatan",
     "Dinas Kesehatan mencatat 86 kasus diare sepanjang Mei."),
    # a verb in a clause linked after the recorded thing is no report of it
    ("Persija mencatat kemenangan pertama sejak 2019 setelah mengalahkan Persib 2-0.", None,
     "Persija mencatat kemenangan pertama sejak 2019 setelah mengalahkan Persib 2-0."),
])
def test_a_recorder_reports_a_clause_after_a_time(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# An unnamed Indonesian speaker described by an indefinite role ("seorang …") keeps its first,
# descriptive form (rule 6); the role belongs to the frame.
@pytest.mark.parametrize("text, who, rest", [
    ("Salah satu pembeli, seorang sopir ojek asal Depok, mengatakan harga bensin naik menjadi Rp 15 ribu.",
     "Salah satu pembeli", "harga bensin naik menjadi Rp 15 ribu."),
    ("Seorang warga, seorang guru honorer, menyebut banjir merendam 40 rumah.",
     "Seorang warga", "banjir merendam 40 rumah."),
])
def test_an_indonesian_speaker_with_an_indefinite_role(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# A tail with a role and then the name in apposition: the comma before "said" closes the name;
# a capitalised word after the verb names the speaker of an inverted tail instead.
@pytest.mark.parametrize("text, content, who", [
    ("Exports rose 4 percent in May, the ministry's chief economist, Dr Ana Ruiz, said on Monday.",
     "Exports rose 4 percent in May", "Dr Ana Ruiz"),
    ("Wards were 20 percent over capacity, the hospital's director, Tom Hale, told reporters.",
     "Wards were 20 percent over capacity", "Tom Hale"),
    ("Trains ran every ten minutes, the rail operator, Northline, said Tuesday.",
     "Trains ran every ten minutes", "Northline"),
])
def test_a_tail_with_a_role_and_the_name_in_apposition(text, content, who):
    end, source, _frame_end = reporting_tail(text, 0, len(text))
    assert (text[:end], source) == (content, who)


def test_a_capitalised_speaker_after_the_verb_is_an_inverted_tail_not_an_apposed_name():
    text = "The bus came from Demak, a town east of the capital, Semarang, said police spokesman Budi Santoso."
    assert reporting_tail(text, 0, len(text))[1] != "Semarang"


# A connective between commas after the speaker belongs to neither speaker nor content.
@pytest.mark.parametrize("text, who, rest", [
    ("The ministry, however, said exports rose 4 percent in May.", "The ministry", "exports rose 4 percent in May."),
    ("Kepolisian, sementara itu, menyatakan 12 orang ditangkap.", "Kepolisian", "12 orang ditangkap."),
    ("The Port Board (PB), for its part, said 30 ships were waiting.", "The Port Board (PB)", "30 ships were waiting."),
])
def test_a_connective_between_speaker_and_verb(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# A possessive description described by a relative clause is the speaker; a reporting verb
# after "… but" / "… tetapi" is a second predicate, its subject is no speaker.
@pytest.mark.parametrize("text, who, rest", [
    ("Leeds's housing agency, which ran the survey, said in a statement that 300 homes were empty.",
     "Leeds's housing agency", "300 homes were empty."),
    ("Residents welcomed the plan but said the fee was too high.", None,
     "Residents welcomed the plan but said the fee was too high."),
    ("Warga menyambut rencana itu tetapi mengatakan tarifnya terlalu mahal.", None,
     "Warga menyambut rencana itu tetapi mengatakan tarifnya terlalu mahal."),
])
def test_possessive_speakers_and_second_predicates(text, who, rest):
    assert _after(text, verb_frame) == (who, rest)


# A kind followed by its name in apposition reports under the name, an abbreviation in
# brackets included.
@pytest.mark.parametrize("text, who", [
    ("The group, Bus Drivers Alliance (BDA), claimed that about 85% of buses joined the strike.",
     "Bus Drivers Alliance (BDA)"),
    ("Kelompok itu, Aliansi Sopir Angkot (ASA), menyebut 85 persen angkot mogok.", "Aliansi Sopir Angkot (ASA)"),
])
def test_a_name_closed_by_its_abbreviation_is_the_speaker(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# A short answer before "said X" leaves the rest of the sentence a tail.
@pytest.mark.parametrize("text, who", [
    ("Not yet, said Mr Tom Hale, a lecturer in transport at a local college.", "Mr Tom Hale"),
    ("Belum, kata Rina Sari, warga Desa Sukamaju.", "Rina Sari"),
    ("Hardly, said Dr Ana Ruiz, an adviser on housing at a city college.", "Dr Ana Ruiz"),
])
def test_a_short_answer_before_a_tail(text, who):
    tail = reporting_tail(text, 0, len(text))
    assert tail is not None and tail[1] == who


# A clause after the speaker is what the speaker said: the answer leaves no tail there.
@pytest.mark.parametrize("text", [
    "Belum, kata Kapolsek, tersangka masih diburu di Cianjur sejak Selasa.",
    "No, said the harbour master, the ferry will sail again on June 9.",
])
def test_a_short_answer_before_a_clause_is_no_tail(text):
    assert reporting_tail(text, 0, len(text)) is None


# Announcing a thing is the subject's act (no source); announcing a clause reports it.
@pytest.mark.parametrize("text, who", [
    ("Panitia lomba mengumumkan daftar pemenang festival kopi pada Sabtu malam.", None),
    ("The school board announced a new bus timetable for the autumn term.", None),
    ("Panitia lomba mengumumkan bahwa festival kopi ditunda sepekan.", "Panitia lomba"),
    ("Panitia lomba mengumumkan festival kopi ditunda sepekan.", "Panitia lomba"),
    ("The school board announced that two schools would merge.", "The school board"),
    ("The school board announced two schools would merge in May.", "The school board"),
    ("Kelurahan Sukamaju melaporkan kasus demam terbanyak, yaitu 41 orang.", None),
    ("Kelurahan Sukamaju melaporkan bahwa 41 warga terserang demam.", "Kelurahan Sukamaju"),
    ("Dinas Kesehatan melaporkan secara nasional terdapat 900 kasus campak.", "Dinas Kesehatan"),
])
def test_announcing_a_thing_is_an_act_not_a_frame(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# An age marks the name before it as the speaker; the description after the age (a role, a
# village, a district) is never the speaker.
@pytest.mark.parametrize("text, who", [
    ("Sarmin (61), pedagang sayur asal Desa Karangrejo, Kecamatan Gondang, mengatakan harga cabai naik.",
     "Sarmin"),
    ("Sarmin (61) mengatakan harga cabai naik dua kali lipat.", "Sarmin"),
    ("Tom Hale, 54, said he lost two boats in the storm.", "Tom Hale"),
    ("Tom Hale, 54, a fisherman from Oban, said the harbour flooded twice.", "Tom Hale"),
    ("Asked about the fire, Tom Hale, 54, said the mill burned down.", "Tom Hale"),
    # An unnamed group with its ages stays in its descriptive form.
    ("The hikers, aged 19 and 42, told rescuers they had run out of water.", "The hikers"),
    ("Sarmin, berusia 61 tahun, mengatakan harga cabai naik dua kali lipat.", "Sarmin"),
])
def test_an_age_marks_the_speaker(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# "mengaku sudah …": an aspect word with no subject tells of the speaker's own doings, so the
# declaring clause stays (rule 5); "sudah ada …" has a subject of its own.
@pytest.mark.parametrize("text, who", [
    ("Sarmin (61), pedagang sayur, mengaku sudah tiga tahun berjualan di pasar itu.", None),
    ("Warga Desa Sukamaju mengaku telah menunggu bantuan selama dua pekan.", None),
    ("Kepala desa mengatakan sudah ada 40 rumah yang terendam.", "Kepala desa"),
])
def test_an_aspect_word_without_subject_is_a_self_declaration(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# After "said" come the time and the reported clause: no inverted tail names a speaker there.
@pytest.mark.parametrize("text", [
    "The Flood Agency, which opened in May, said on Friday that 12 bridges, including two rail bridges, were shut.",
    "The port, which reopened in June, said in March that 40 ships, carrying 900 cars, had docked.",
])
def test_a_time_or_that_clause_after_said_is_no_speaker(text):
    found = mid_tail(text, 0, len(text))
    assert found is None


# A body's name, described by a relative clause, is the speaker of the verb after it.
@pytest.mark.parametrize("text, who", [
    ("The Office for Coastal Safety, which opened in May, said on Friday that 12 bridges were shut.",
     "The Office for Coastal Safety"),
    ("The Bank of Leeds, which was founded in 1901, said profits fell 3 percent.", "The Bank of Leeds"),
])
def test_a_described_body_is_the_speaker(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# A tail followed by a rank set in a phrase credits the clause before it.
@pytest.mark.parametrize("text, who", [
    ("Harbour Foods will buy 30% of a fish cannery in Oban, the company said on Monday, in one of the largest deals in the region.",
     "the company"),
    ("Exports rose 12 percent in May, officials said, the steepest rise since 2019.", "officials"),
])
def test_a_tail_before_a_rank_phrase(text, who):
    found = mid_tail(text, 0, len(text))
    assert found is not None and found[2] == who


def test_a_time_phrase_after_a_tail_is_no_rank():
    text = "Exports rose 12 percent in May, officials said, in the first nine months exports rose 5 percent."
    assert mid_tail(text, 0, len(text)) is None


# "whose" opens a relative clause about the speaker as "who" does; a role in lower case before
# the name is dropped like a title.
@pytest.mark.parametrize("text, who", [
    ("Local baker Maren Lutz, whose family has kept a bakery in Gdynia since 1950, said she lost 300 loaves.",
     "Maren Lutz"),
    ("The mayor, whose term ends in May, said the bridge will reopen in June.", "The mayor"),
    ("Petani setempat Dian Harsono, yang keluarganya bertani sejak 1970, mengatakan panen padi gagal total.",
     "Dian Harsono"),
])
def test_a_speaker_described_by_whose_or_a_role(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# A passive verb of saying after the clause names its speaker; a relative clause after the
# speaker's name describes the speaker and is no part of the name.
@pytest.mark.parametrize("text, content, who", [
    ("Harga telur turun 5 persen sejak Senin, demikian disampaikan Rina Sari.",
     "Harga telur turun 5 persen sejak Senin", "Rina Sari"),
    ("Harga telur turun 5 persen sejak Senin, seperti dikatakan Kepala Dinas Pangan Budi Santoso di Malang.",
     "Harga telur turun 5 persen sejak Senin", "Kepala Dinas Pangan Budi Santoso"),
    ("Harga telur turun 5 persen sejak Senin, ujar Rina yang juga Ketua RT setempat.",
     "Harga telur turun 5 persen sejak Senin", "Rina"),
    ("Egg prices fell 5 percent on Monday, said Ana Ruiz who runs a farm near Leeds.",
     "Egg prices fell 5 percent on Monday", "Ana Ruiz"),
    ("Harga telur turun 5 persen sejak Senin, seperti disampaikan dalam rapat.", None, None),
])
def test_passive_tails_and_relative_clauses_after_the_speaker(text, content, who):
    found = reporting_tail(text, 0, len(text))
    assert (text[:found[0]] if found else None, found[1] if found else None) == (content, who)


# Verbs that report only with "that" after them; the channel after a speaker is no part of it.
@pytest.mark.parametrize("text, who", [
    ("Ana Ruiz noted that 12 schools were closed in May.", "Ana Ruiz"),
    ("The mayor pointed out that 12 schools were closed in May.", "The mayor"),
    ("The mayor stressed the need for 12 new schools.", None),
    ("Rina Sari dalam keterangan tertulisnya, Senin (3/6), mengatakan 12 sekolah ditutup.", "Rina Sari"),
    ("Menteri Dalam Negeri Rina Sari mengatakan 12 sekolah ditutup.", "Menteri Dalam Negeri Rina Sari"),
    # the channel after an apposed name, between commas or not
    ("Ketua panitia, Ahmad Fauzi, dalam jumpa pers menyatakan 40 peserta lolos.", "Ahmad Fauzi"),
    ("Pihak sekolah dalam keterangan tertulisnya menyatakan 40 peserta lolos.", "Pihak sekolah"),
    ("The police in a statement said 12 schools were closed.", "The police"),
    ("The mayor was quoted by local radio as saying 12 schools were closed.", "The mayor"),
    # a place of the speakers is no channel: the description is the source as written
    ("Delegates at the climate summit said 40 countries had signed.", "Delegates at the climate summit"),
    ("Kepala dinas, Rina Sari, melalui siaran pers menyebut 12 sekolah ditutup.", "Rina Sari"),
    ("The mayor, Ana Ruiz, in a statement on Monday said 12 schools were closed.", "Ana Ruiz"),
    ("Police in a brief statement said 12 schools were closed.", "Police"),
    # the outlet that relays the words is not the speaker
    ("Ana Ruiz was quoted by local radio as saying 12 schools were closed.", "Ana Ruiz"),
    ("Rina Sari, seperti dilansir Antara, mengatakan 12 sekolah ditutup.", "Rina Sari"),
    ("Rina Sari dikutip dari Antara mengatakan 12 sekolah ditutup.", "Rina Sari"),
    # the moment the reporter reached the speaker
    ("Kepala dinas, Rina Sari, saat dikonfirmasi pada Senin (3/6) mengatakan 12 sekolah ditutup.", "Rina Sari"),
    ("The mayor, Ana Ruiz, when reached by phone on Monday, said 12 schools were closed.", "Ana Ruiz"),
])
def test_that_verbs_and_the_channel_after_the_speaker(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# A speaker's title may hold the full name of an agency (more than 12 words, capitalised but for
# the joins of a name); a clause as long as that is no speaker.
@pytest.mark.parametrize("text, who", [
    ("Kepala Biro Hubungan Masyarakat dan Kerja Sama Badan Pengawas Obat dan Makanan (BPOM) Dewi Lestari "
     "Wulandari mengatakan 12 produk ditarik.",
     "Kepala Biro Hubungan Masyarakat dan Kerja Sama Badan Pengawas Obat dan Makanan (BPOM) Dewi Lestari Wulandari"),
    ("Salah satu alasan mundurnya jadwal pembangunan jembatan itu adalah ketika Bupati Garut Rudi Hartono "
     "mengakui anggaran daerah habis.", None),
])
def test_a_long_title_of_an_agency_before_the_speaker(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# "forecast that", "predicted that": the past tense reports a forecast as "forecasts the" does.
@pytest.mark.parametrize("text, who", [
    ("The consultancy Tidewater Research forecast that bills would rise 12 percent in April.", "The consultancy Tidewater Research"),
    ("Analysts predicted that exports would fall 3 percent.", "Analysts"),
    ("The forecast that bills would rise proved wrong.", None),
])
def test_forecast_and_predicted_that_report(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# Rule 5's self-declaration needs the pronoun to be the speaker: "he" after plural lawyers is
# someone else, so what they said is reported speech credited to them.
@pytest.mark.parametrize("text, who", [
    ("The singer's lawyers said he would appeal the verdict.", "The singer's lawyers"),
    ("His lawyers said they would appeal the verdict.", None),
    ("Rina Sari said she would appeal the verdict.", None),
    # a group capitalised at the head of the sentence is plural too
    ("Police said he would be charged with fraud on Friday.", "Police"),
    ("Prosecutors said she would face a retrial in May.", "Prosecutors"),
])
def test_a_pronoun_that_is_not_the_plural_speaker_is_no_self_declaration(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# "The weather forecast that …", "BMKG's forecast that …": the noun, not the verb.
@pytest.mark.parametrize("text", [
    "The weather forecast that heavy rain would hit the coast proved accurate.",
    "The agency's forecast that rain would fall on Monday proved wrong.",
])
def test_forecast_as_a_noun_reports_nothing(text):
    assert verb_frame(text, 0, len(text))[0] is None


# "menyatakan setuju", "menyatakan keberatan": a stance the speaker declares of itself (rule 5),
# kept whole; "menyampaikan interupsi" conveys a thing, an act, not a report.
@pytest.mark.parametrize("text", [
    "Seluruh anggota komisi menyatakan setuju atas usulan itu.",
    "Terdakwa langsung menyatakan keberatan.",
    "Fraksi itu sempat menyampaikan interupsi dan meminta dua pasal dikaji ulang.",
])
def test_a_declared_stance_or_a_conveyed_thing_is_no_report(text):
    assert verb_frame(text, 0, len(text) - 1)[0] is None


# What a speaker did not say is a fact about them ("belum mengakui kekalahan"); an aspect word
# before the verb ("sudah mengatakan") is no part of the speaker.
@pytest.mark.parametrize("text, who", [
    ("Calon itu belum mengakui kekalahan.", None),
    ("Polisi tidak menyebut jumlah korban.", None),
    ("Rina Sari sudah mengatakan 12 sekolah ditutup.", "Rina Sari"),
])
def test_negated_and_aspect_words_before_a_reporting_verb(text, who):
    assert verb_frame(text, 0, len(text) - 1)[0] == who


# "X menghitung kerugian mencapai Rp N": a calculation reports the figure it reached; counting
# a thing ("menghitung suara") is an act.
@pytest.mark.parametrize("text, who", [
    ("Badan Pemeriksa Daerah menghitung kerugian proyek itu mencapai Rp 4,2 miliar.", "Badan Pemeriksa Daerah"),
    ("Petugas menghitung suara hingga malam.", None),
])
def test_a_calculation_reports_the_figure_it_reached(text, who):
    assert verb_frame(text, 0, len(text) - 1)[0] == who


# "melaporkan 40 rumah dan 2 sekolah rusak": "dan" between the things reported is no second act;
# "harga beras dan gula naik": nor between two subjects of the reported clause.
@pytest.mark.parametrize("text, who", [
    ("Dinas itu melaporkan 40 rumah dan 2 sekolah rusak akibat gempa.", "Dinas itu"),
    ("Juru bicara menyampaikan harga beras dan gula naik 5 persen.", "Juru bicara"),
    ("Polisi belum juga mengungkapkan identitas pelaku.", None),
])
def test_and_between_things_reported_and_negation_after_adverbs(text, who):
    assert verb_frame(text, 0, len(text) - 1)[0] == who


# A verb of saying after a form of "be" is a passive: its subject is told, it tells nothing.
@pytest.mark.parametrize("text", [
    "the two species can be told apart by the scales on their legs",
    "Residents were told to leave their homes by Friday",
])
def test_a_passive_verb_of_saying_frames_no_speaker(text):
    assert verb_frame(text, 0, len(text)) == (None, None, 0)


# The time a count runs to ("hingga Kamis (26/11) pukul 10.00 Wita") is no part of the recorder.
@pytest.mark.parametrize("text, who", [
    ("Data BPBD Kabupaten Garut hingga Senin (3/3) pukul 16.00 WIB mencatat 1.204 rumah terendam di 9 desa.",
     "Data BPBD Kabupaten Garut"),
    ("Dinas Kesehatan hingga Rabu pagi mencatat 38 warga dirawat karena diare.", "Dinas Kesehatan"),
    ("BPBD hingga 26 November 2025 mencatat 40 rumah rusak.", "BPBD"),
    # places, not times: "dari Sabang sampai Merauke" is part of who speaks
    ("Warga dari Sabang sampai Merauke mengatakan harga beras naik 20 persen.", "Warga dari Sabang sampai Merauke"),
])
def test_the_time_a_count_runs_to_is_no_part_of_the_recorder(text, who):
    assert verb_frame(text, 0, len(text))[0] == who


# A subordinator opens the clause whose subject reports: the clause before it is one of its own,
# so the sentence is no frame and no speaker is read from it.
def test_a_clause_before_a_subordinator_is_no_speaker():
    text = "The case came to light in 2022 after an audit found that 640 flats had never been built"
    assert verb_frame(text, 0, len(text)) == (None, None, 0)


# Inside a relative clause on the speaker, "after"/"before" are prepositions of the speaker's phrase.
@pytest.mark.parametrize("text, speaker", [
    ("Residents who returned after the flood said 120 homes were destroyed", "Residents who returned after the flood"),
    ("A witness who testified before the committee said the firm paid 3 officials",
     "A witness who testified before the committee"),
])
def test_a_preposition_inside_the_speakers_relative_clause_is_no_subordinator(text, speaker):
    assert verb_frame(text, 0, len(text))[0] == speaker


# The capitals after "told" are the addressee's only when what was said opens after them.
@pytest.mark.parametrize("text, rest", [
    ("The governor told lawmakers Bank Indonesia bought $2 billion of bonds", "Bank Indonesia bought $2 billion of bonds"),
    ("Lee told Reuters Garuda Indonesia carried 1.2 million passengers", "Garuda Indonesia carried 1.2 million passengers"),
])
def test_capitals_that_go_on_into_what_was_said_are_not_the_addressees(text, rest):
    _who, _frame, start = verb_frame(text, 0, len(text))
    assert text[start:] == rest


# A pronoun of the other sex than the speaker's word is someone else: the reported words stand alone.
def test_a_pronoun_of_the_other_sex_is_no_self_declaration():
    text = "The victim's mother said he wanted to become a doctor"
    assert verb_frame(text, 0, len(text))[0] == "The victim's mother"


# Who made a cited survey stays in its name; only when it came out is dropped.
def test_the_maker_of_a_cited_survey_stays_in_its_name():
    text = "Menurut survei yang dilakukan Litbang Kompas, 60 persen responden puas."
    assert opening_frame(text, 0, len(text))[0] == "survei yang dilakukan Litbang Kompas"


# Second review: the capitals of an addressee's name go to the frame before a time, a figure or
# the subject of what was said; an "after" clause closing the sentence is no addendum.
@pytest.mark.parametrize("text, rest", [
    ("The minister told Kompas TV on Friday the subsidy would cost 5 trillion rupiah",
     "the subsidy would cost 5 trillion rupiah"),
    ("Officials told Agence France-Presse seven people had died", "seven people had died"),
    ("Lee told Bloomberg News Jakarta would spend 2 trillion rupiah", "Jakarta would spend 2 trillion rupiah"),
])
def test_the_whole_addressee_before_what_was_said(text, rest):
    _who, _frame, start = verb_frame(text, 0, len(text))
    assert text[start:] == rest


def test_an_after_clause_with_its_own_figure_after_a_tail_is_a_claim_of_its_own():
    from claims.cut import cut_sentence
    text = "Rice prices rose 5% in November, the agency said on Friday, after a drought cut output by 20% in Java."
    cuts = cut_sentence(text, 0, len(text), "en")
    assert [(text[c.start:c.end], c.source) for c in cuts] == [
        ("Rice prices rose 5% in November", "the agency"), ("a drought cut output by 20% in Java", "the agency")]


def test_the_possessor_of_a_speaker_is_not_the_speaker():
    text = "The girl's father said he would sue the school"
    assert verb_frame(text, 0, len(text))[0] is None     # the father declares of himself
