import pytest

from claims.clauses import split_clauses
from claims.cut import cut_quotation, cut_sentence, strip_openers
from claims.embed import embedded_facts
from claims.worth import THRESHOLD, checkworthiness


def clauses(text, lang="id"):
    return [text[a:b] for a, b in split_clauses(text, 0, len(text), lang)]


def cuts(text, lang="id"):
    return [(text[c.start:c.end], c.source) for c in cut_sentence(text, 0, len(text), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Sebanyak 120 warga mengungsi ke masjid, sedangkan 40 warga lainnya bertahan di rumah",
     "id", ["Sebanyak 120 warga mengungsi ke masjid", "40 warga lainnya bertahan di rumah"]),
    ("Jumlah pemilih tercatat 9.000 orang, sedangkan yang tidak hadir 1.200 orang",
     "id", ["Jumlah pemilih tercatat 9.000 orang", "yang tidak hadir 1.200 orang"]),
    ("Pasar dibuka kembali pada Senin, dan 300 pedagang akan menempati kios baru",
     "id", ["Pasar dibuka kembali pada Senin", "300 pedagang akan menempati kios baru"]),
    ("Ia membeli beras, gula, minyak, dan telur di pasar", "id",
     ["Ia membeli beras, gula, minyak, dan telur di pasar"]),
    ("Kapal itu membawa Andi dan Budi menuju pelabuhan", "id",
     ["Kapal itu membawa Andi dan Budi menuju pelabuhan"]),
    ("The bridge was closed on Monday, but the ferry kept running", "en",
     ["The bridge was closed on Monday", "the ferry kept running"]),
    ("Two people were injured and four houses were destroyed by the blast", "en",
     ["Two people were injured", "four houses were destroyed by the blast"]),
    ("The convoy carried rice and two trucks of water to the camp", "en",
     ["The convoy carried rice and two trucks of water to the camp"]),
    # A decimal or thousands comma inside the left clause is not a clause separator.
    ("Harga cabai tetap Rp 45,5 ribu per kilogram, sedangkan harga bawang naik 3,2 persen",
     "id", ["Harga cabai tetap Rp 45,5 ribu per kilogram", "harga bawang naik 3,2 persen"]),
    ("Ticket sales rose 4.1 percent to 12,400 on Friday, but attendance fell 2 percent",
     "en", ["Ticket sales rose 4.1 percent to 12,400 on Friday", "attendance fell 2 percent"]),
])
def test_clause_splitting(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Selain itu, jembatan baru dibuka untuk umum.", "id", [("jembatan baru dibuka untuk umum", None)]),
    ("However, the plant resumed production in May.", "en",
     [("the plant resumed production in May", None)]),
    ("Harga gabah naik 5 persen, kata Kepala Dinas Pertanian Siti Aminah di Klaten.", "id",
     [("Harga gabah naik 5 persen", "Kepala Dinas Pertanian Siti Aminah")]),
    ("Menurut Rina Marlina, panen raya dimulai pekan depan.", "id",
     [("panen raya dimulai pekan depan", "Rina Marlina")]),
    ("Dilansir Reuters, kapal tanker itu tenggelam di Selat Malaka.", "id",
     [("kapal tanker itu tenggelam di Selat Malaka", "Reuters")]),
    ("Gubernur Hadi Susanto mengatakan bahwa 12 sekolah rusak berat.", "id",
     [("12 sekolah rusak berat", "Gubernur Hadi Susanto")]),
    ("The port reopened on Tuesday, a harbour official said.", "en",
     [("The port reopened on Tuesday", "a harbour official")]),
    ("According to the ministry, 40 flights were cancelled.", "en",
     [("40 flights were cancelled", "the ministry")]),
    # an opener before the frame ("Namun, menurut X, …")
    ("Namun, menurut Rina Marlina, panen raya dimulai pekan depan.", "id",
     [("panen raya dimulai pekan depan", "Rina Marlina")]),
    ("However, according to the ministry, 40 flights were cancelled.", "en",
     [("40 flights were cancelled", "the ministry")]),
    ("Bupati Sri Wahyuni menegaskan akan tetap tinggal di kabupaten itu.", "id",
     [("Bupati Sri Wahyuni menegaskan akan tetap tinggal di kabupaten itu", None)]),
    ("Apakah harga BBM akan naik lagi tahun ini?", "id", []),
])
def test_cut_sentence_strips_frames_and_openers(text, lang, expected):
    assert cuts(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Selain itu, harga naik.", "harga naik."),
    ("Meanwhile, prices rose sharply.", "prices rose sharply."),
    # "So far" says as of when: no opener "so" before it
    ("So far, 86 shelters have opened.", "So far, 86 shelters have opened."),
    ("So far this month the index has gained 4%.", "So far this month the index has gained 4%."),
    ("Sementara itu warga tetap waspada.", "warga tetap waspada."),
    ("Selainnya tidak berubah.", "Selainnya tidak berubah."),
    # concessive openers that point back at the sentence before
    ("Meski begitu, stok beras dinilai aman.", "stok beras dinilai aman."),
    ("Walaupun demikian, 40 warga masih mengungsi.", "40 warga masih mengungsi."),
    ("Meskipun begitu harga cabai turun.", "harga cabai turun."),
    # openers that weigh the sentence against the one before ("in fact", "even")
    ("Padahal dalam kondisi normal, pasokan mencapai 80 ton.", "dalam kondisi normal, pasokan mencapai 80 ton."),
    ("Bahkan, harga cabai menembus Rp 100.000.", "harga cabai menembus Rp 100.000."),
    ("Even so, sales rose 12 percent.", "sales rose 12 percent."),
    # (without their comma those words open the clause: "In fact sheets released on Monday, …")
    ("In fact sheets released on Monday show 40 projects.", "In fact sheets released on Monday show 40 projects."),
    # what the sentence adds to, named before the comma
    ("Selain korban luka, 12 warga masih hilang.", "12 warga masih hilang."),
    ("Apart from the bridge, two schools were damaged.", "two schools were damaged."),
    # an act with its toll is no opener to drop
    ("Selain menewaskan dua warga, banjir merusak 40 rumah.", "menewaskan dua warga, banjir merusak 40 rumah."),
    # a place or a body named after "selain" is no verb
    ("Selain Medan, banjir juga merendam 300 rumah di Binjai.", "banjir juga merendam 300 rumah di Binjai."),
    ("Besides killing two people, the storm cut power to 9,000 homes.",
     "killing two people, the storm cut power to 9,000 homes."),
])
def test_openers(text, expected):
    assert text[strip_openers(text, 0, len(text)):] == expected


@pytest.mark.parametrize("text, expected", [
    ("Polisi memeriksa Gedung Sate, yang berada 2 km dari alun-alun, pada Senin",
     ["Gedung Sate, yang berada 2 km dari alun-alun"]),
    ("Rapat dipimpin Wakil Ketua DPRD Rahmat Hidayat, yang menjabat sejak 2019, kemarin",
     ["Wakil Ketua DPRD Rahmat Hidayat, yang menjabat sejak 2019"]),
    ("Sekolah yang rusak itu segera diperbaiki", []),
    ("The order came from Maria Lopez, the head of the regional council, on Friday",
     ["Maria Lopez, the head of the regional council"]),
    ("Most victims lived in Lanao district, where 40 homes were flattened",
     ["Lanao district, where 40 homes were flattened"]),
    ("Jembatan Merah, yang menghubungkan Desa Sukaraja dan Desa Sukamaju, ditutup sejak Senin",
     ["Jembatan Merah, yang menghubungkan Desa Sukaraja dan Desa Sukamaju"]),
    # A relative clause that only says when its head took place is no fact of its own.
    ("Keputusan diambil dalam Rapat Pleno yang berlangsung pada 3-4 Mei 2023", []),
    ("The plan was approved at the summit, which took place on 12 May", []),
])
def test_embedded_facts(text, expected):
    assert [text[a:b] for a, b, _ in embedded_facts(text, 0, len(text))] == expected


@pytest.mark.parametrize("text, checkworthy", [
    ("Gempa berkekuatan 5,6 magnitudo mengguncang Cianjur pada Senin", True),
    ("Pemerintah menutup 14 tambang ilegal di Bangka tahun lalu", True),
    ("The council approved a budget of $2 million for the new hospital", True),
    ("Langkah ini tentu sangat mengejutkan banyak pihak", False),
    ("Kami berharap semua pihak menahan diri", False),
    ("We hope the talks will bring peace", False),
    ("Informasi lebih lanjut tersedia di kantor kelurahan", False),
    ("Apakah jalan itu akan dibuka kembali?", False),
    ("Sangat bagus", False),
    ("Kenaikan harga itu dipicu oleh berbagai faktor", False),
    ("Warga masih takut kembali ke rumah mereka", False),
    ("Jika hujan terus turun, tanggul bisa jebol", False),
    ("If the river keeps rising, the town will flood", False),
    # Appeals to the public and judgements on a decision are not claims.
    ("Bupati mengimbau warga menjauhi bantaran sungai selama musim hujan", False),
    ("Lurah meminta warga tidak menyalakan petasan di dekat gudang", False),
    ("Kebijakan itu dinilai tepat oleh kalangan pengusaha", False),
    ("Kebakaran itu sungguh memilukan bagi warga kampung", False),
    ("The mayor urged residents to stay away from the river", False),
    ("Jaksa meminta hukuman 8 tahun penjara bagi terdakwa", True),
    # Opinion words inside a capitalised name do not make an opinion.
    ("Yayasan membuka Sekolah Luar Biasa (SLB) baru di Sleman sejak 4 Juli 2022", True),
    ("Hasil itu sungguh luar biasa bagi tim kami", False),
    ("Tingkat kesalahan jajak pendapat itu plus minus 3 persen", True),
])
def test_checkworthiness(text, checkworthy):
    lang = "en" if text.split()[0] in ("The", "We") else "id"
    assert (checkworthiness(text, 0, len(text), lang) >= THRESHOLD) is checkworthy


@pytest.mark.parametrize("text, expected", [
    ("Bantuan dibagikan di 12 desa dan kecamatan mulai pekan depan", 1),
    ("Bantuan sudah tiba di posko dan sebagian warga lainnya mengungsi ke masjid", 2),
])
def test_bare_dan_needs_a_new_subject(text, expected):
    assert len(clauses(text)) == expected


def test_indonesian_reporting_verb_after_subject_with_comma():
    text = "Rina menambahkan, pasar darurat akan dibuka di 3 lokasi."
    assert cuts(text) == [("pasar darurat akan dibuka di 3 lokasi", "Rina")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Drilling would resume in the spring, she said, and the mine is expected to reopen in 2027.",
     "en", [("Drilling would resume in the spring", "she"),
            ("the mine is expected to reopen in 2027", "she")]),
    ("Jalan itu ditutup selama tiga hari, kata Budi Santoso, dan 40 truk dialihkan ke jalur selatan.",
     "id", [("Jalan itu ditutup selama tiga hari", "Budi Santoso"),
            ("40 truk dialihkan ke jalur selatan", "Budi Santoso")]),
    # a cited basis between two clauses credits both, and the second is a claim of its own
    ("The airport was the busiest in the region in 2023, according to the transport ministry, and the "
     "second-busiest in Asia after Changi.",
     "en", [("The airport was the busiest in the region in 2023", "the transport ministry"),
            ("the second-busiest in Asia after Changi", "the transport ministry")]),
    ("Produksi padi naik 4 persen tahun ini, menurut Dinas Pertanian, dan harga gabah turun di 12 kecamatan.",
     "id", [("Produksi padi naik 4 persen tahun ini", "Dinas Pertanian"),
            ("harga gabah turun di 12 kecamatan", "Dinas Pertanian")]),
    # ... but a name alone after it continues the list of sources
    ("Sebanyak 40 orang terluka, menurut Dinas Kesehatan, dan Palang Merah Indonesia.",
     "id", [("Sebanyak 40 orang terluka", "Dinas Kesehatan, dan Palang Merah Indonesia")]),
])
def test_reporting_tail_between_two_clauses_credits_both(text, lang, expected):
    assert cuts(text, lang) == expected


# ", with …" after a mid tail: a clause of its own is credited too; the state a tally was in
# when it was given ("with 90 percent of ballots counted") is no fact of its own.
@pytest.mark.parametrize("text, expected", [
    ("The landslide buried 14 houses, the district office said on Monday, with 9 villagers still missing.",
     [("The landslide buried 14 houses", "the district office"), ("9 villagers still missing", "the district office")]),
    ("The mayor won 52 percent of the vote, election officials said, with 85 percent of ballots counted.",
     [("The mayor won 52 percent of the vote", "election officials")]),
])
def test_a_with_clause_after_a_mid_tail(text, expected):
    assert cuts(text, "en") == expected


# ", as …" after a mid tail: what goes on meanwhile is the reporter's scene, not the speaker's
def test_an_as_clause_after_a_mid_tail_is_not_credited():
    text = "The river rose 2 metres overnight, the water board said, as crews stacked sandbags along the dyke."
    assert cuts(text, "en") == [("The river rose 2 metres overnight", "the water board"),
                                ("crews stacked sandbags along the dyke", None)]


# "told reporters A and that B": without a "that" of its own, the first clause is not part of
# the frame; a rank set after a mid tail by a possessive ("in Spain's worst …") is a claim too.
@pytest.mark.parametrize("text, expected", [
    ("The harbour master told reporters the ferry had sunk in 40 metres of water and that 12 people were missing.",
     [("the ferry had sunk in 40 metres of water", "The harbour master"), ("12 people were missing", "The harbour master")]),
    ("The bridge collapsed on Monday, officials said, in Peru's deadliest road accident in a decade.",
     [("The bridge collapsed on Monday", "officials"), ("Peru's deadliest road accident in a decade", "officials")]),
])
def test_told_without_that_and_a_possessive_rank_after_a_mid_tail(text, expected):
    assert cuts(text, "en") == expected


# A participle aside on the subject ("The union, led by X, said …") hides no frame: the verb
# after it is the subject's.
def test_a_participle_aside_before_the_reporting_verb():
    text = "The drivers' union, led by Ana Ruiz, said that 300 buses would stay in their depots."
    assert cuts(text, "en") == [("300 buses would stay in their depots", "The drivers' union")]


@pytest.mark.parametrize("text, expected", [
    ("Sedikitnya 12 rumah rusak berat dan tiga jembatan putus diterjang banjir",
     ["Sedikitnya 12 rumah rusak berat", "tiga jembatan putus diterjang banjir"]),
])
def test_stative_predicates_close_a_clause(text, expected):
    assert clauses(text) == expected


def test_relative_clause_between_subject_and_verb_is_no_speaker():
    text = "Desa Cikole, yang berjarak 8 km dari kota, mencatat 17 kasus pada pekan yang sama."
    assert cuts(text)[0] == (text[:-1], None)


@pytest.mark.parametrize("text, lang, expected", [
    # A figure after "yakni" belongs to the fact before it.
    ("Desa Sukamaju menjadi desa dengan korban terbanyak, yakni 14 orang", "id",
     ["Desa Sukamaju menjadi desa dengan korban terbanyak, yakni 14 orang"]),
])
def test_a_bare_figure_after_yakni_stays_with_its_fact(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A body that records a count keeps its act in the claim and is credited with the record
    # (rule 6: who the article credits); a town or a currency that "records" something is its actor.
    ("Dinas Kesehatan Kota Blitar mencatat 86 kasus diare sepanjang Mei", "id",
     [("Dinas Kesehatan Kota Blitar mencatat 86 kasus diare sepanjang Mei", "Dinas Kesehatan Kota Blitar")]),
    ("Kota Mataram mencatat 298 kasus DBD sepanjang 2024", "id",
     [("Kota Mataram mencatat 298 kasus DBD sepanjang 2024", None)]),
    # (the body is the subject itself, named as one: not a club known by capitals, not a group
    # after an opener naming a ministry)
    ("PSIS Semarang mencatat 5 kemenangan beruntun", "id", [("PSIS Semarang mencatat 5 kemenangan beruntun", None)]),
    ("Setelah bertemu Kementerian Pertanian, kelompok tani mencatat 12 kasus gagal panen", "id",
     [("Setelah bertemu Kementerian Pertanian, kelompok tani mencatat 12 kasus gagal panen", None)]),
    # ... but one that records a whole clause reports it (rule 5: the content stands alone).
    ("Stasiun Geofisika Wonosari mencatat gempa terjadi pukul 10.15 WIB di lepas pantai.", "id",
     [("gempa terjadi pukul 10.15 WIB di lepas pantai", "Stasiun Geofisika Wonosari")]),
    # ... and so does one that names a measure, then gives its figure (as "melaporkan" does)
    ("BPS Jawa Barat mencatat nilai ekspor provinsi itu pada Maret sebesar 3,2 miliar dolar AS.", "id",
     [("nilai ekspor provinsi itu pada Maret sebesar 3,2 miliar dolar AS", "BPS Jawa Barat")]),
    ("BPS mencatat deflasi 0,03 persen pada Mei.", "id", [("deflasi 0,03 persen pada Mei", "BPS")]),
    # ... but what moves records its own move
    ("Rupiah mencatat penguatan sebesar 0,5 persen pada Senin.", "id",
     [("Rupiah mencatat penguatan sebesar 0,5 persen pada Senin", None)]),
    # The day after the reporting verb belongs to the frame.
    ("The company said on Monday its revenue rose 7 percent to $3 billion.", "en",
     [("its revenue rose 7 percent to $3 billion", "The company")]),
    ("Kapolres Sleman mengatakan pada Senin (3/6) tiga tersangka telah ditahan.", "id",
     [("tiga tersangka telah ditahan", "Kapolres Sleman")]),
    # An opener that only points back at what was said before is detachable.
    ("Atas putusan itu, terdakwa menyatakan banding ke pengadilan tinggi.", "id",
     [("terdakwa menyatakan banding ke pengadilan tinggi", None)]),
    ("In response to this, the council cut the fee by 10 percent.", "en",
     [("the council cut the fee by 10 percent", None)]),
])
def test_frame_boundaries(text, lang, expected):
    assert cuts(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials said the pier was safe, but divers warned that 3 piles had cracked.",
     [("the pier was safe", "Officials"), ("3 piles had cracked", "divers")]),
    ("Police said the road was open, while engineers reported that 2 lanes were shut.",
     [("the road was open", "Police"), ("2 lanes were shut", "engineers")]),
])
def test_a_later_clause_with_its_own_reporting_verb_has_its_own_source(text, expected):
    cuts = cut_sentence(text, 0, len(text), "en")
    assert [(text[c.start:c.end], c.source) for c in cuts] == expected


@pytest.mark.parametrize("text, expected", [
    # "X told <whom> [when] that …": the listener and the time belong to the frame.
    ("Ms Cole told the Herald after the vote that 4 members would resign.",
     [("4 members would resign", "Ms Cole")]),
    # Present-tense plural speakers, documents that "found", and cautions are reporting tails.
    ("Port officials say the new berth can take 3 ships at once.",
     [("the new berth can take 3 ships at once", "Port officials")]),
    ("Nine in ten wells were dry, the survey found.", [("Nine in ten wells were dry", "the survey")]),
    ("The sample was small, the authors cautioned.", [("The sample was small", "the authors")]),
    # A company that "reported a 9% rise" is the actor of its own figures, not a source.
    ("Harbour Foods reported a 9% rise in sales on Monday.",
     [("Harbour Foods reported a 9% rise in sales on Monday", None)]),
    ("Police reported that 2 men were arrested.", [("2 men were arrested", "Police")]),
    # "…, which means …" reads something into the fact: the claim stops before it.
    ("The trial was small, which means it cannot show that the drug works.",
     [("The trial was small", None)]),
])
def test_reporting_forms_and_interpretations(text, expected):
    assert cuts(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A possessive speaker and data that "showed" close a reporting tail.
    ("Nurses voted to strike for 3 days, their union said.", "en",
     [("Nurses voted to strike for 3 days", "their union")]),
    ("Sales fell 4% in May, official data showed on Friday.", "en",
     [("Sales fell 4% in May", "official data")]),
    # A present-tense estimate introduces reported content; "estimates by X" is a noun.
    ("The ministry estimates the strike costs $5 million a day.", "en",
     [("the strike costs $5 million a day", "The ministry")]),
    # "announced" with a plain object is the actor's own act, not a frame.
    ("The council announced grants of $400 for each household.", "en",
     [("The council announced grants of $400 for each household", None)]),
    # "mengaku" reports what the speaker says about themself or their business.
    ("Seorang petani, Darto, mengaku panennya turun 30 persen tahun ini.", "id",
     [("panennya turun 30 persen tahun ini", "Darto")]),
])
def test_more_reporting_verbs_and_actor_verbs(text, lang, expected):
    assert cuts(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # A trailing "menurut X" credits the sentence it closes, like a trailing "according to X".
    ("Produksi padi naik 4 persen pada Maret, menurut data Dinas Pertanian.",
     [("Produksi padi naik 4 persen pada Maret", "data Dinas Pertanian")]),
    # ", sehingga" joins a result to its cause: two facts, the second may be verbless.
    ("Harga cabai naik 20 persen, sehingga inflasi bulanan 0,4 persen.",
     [("Harga cabai naik 20 persen", None), ("inflasi bulanan 0,4 persen", None)]),
    # An expert's assessment without a figure is an opinion: no claim is cut from it.
    ("Ekonom Bank Raya, Sinta Dewi, menilai kenaikan itu masih wajar.", []),
])
def test_indonesian_tails_results_and_assessments(text, expected):
    assert cuts(text, "id") == expected


@pytest.mark.parametrize("text, expected", [
    # A scene phrase before the speaker: a participle or a prepositional phrase.
    ("Speaking at a briefing, Health Minister Ana Ruiz said 12 wards were closed.",
     [("12 wards were closed", "Health Minister Ana Ruiz")]),
    ("Asked about the delay, Khan said the parts had not arrived.", [("the parts had not arrived", "Khan")]),
    ("The minister, speaking to reporters on Monday, said 40 schools had closed.",
     [("40 schools had closed", "The minister")]),
    # Where and when it was said, between the verb and "that".
    ("The company said in a filing on Tuesday that revenue rose 8% to $2 billion.",
     [("revenue rose 8% to $2 billion", "The company")]),
])
def test_scene_phrases_and_adverbials_around_the_reporting_verb(text, expected):
    assert cuts(text, "en") == expected


def test_a_comma_then_speaker_then_clause_is_no_tail():
    from claims.frames import reporting_tail
    text = "Speaking at a briefing, Health Minister Ana Ruiz said 12 wards were closed"
    assert reporting_tail(text, 0, len(text)) is None


@pytest.mark.parametrize("text, expected", [
    ("Dalam keterangan tertulisnya, PT Kapal Jaya menyebutkan 12 pelayaran dibatalkan.",
     [("12 pelayaran dibatalkan", "PT Kapal Jaya")]),
    ("Saat dikonfirmasi, Kapolsek Cibatu Dedi Suryana membenarkan 4 orang ditangkap.",
     [("4 orang ditangkap", "Kapolsek Cibatu Dedi Suryana")]),
    # "Menurutnya," credits the person named before, like "ujarnya".
    ("Menurutnya, air mulai surut pada Rabu sore.", [("air mulai surut pada Rabu sore", "-nya")]),
    ("Katanya, air mulai surut pada Rabu sore.", [("air mulai surut pada Rabu sore", "-nya")]),
    ("Ujarnya, dua rumah hanyut terbawa arus.", [("dua rumah hanyut terbawa arus", "-nya")]),
])
def test_indonesian_scene_phrases_and_menurutnya(text, expected):
    assert cuts(text, "id") == expected


@pytest.mark.parametrize("text, expected", [
    # "Citing X," opens a sentence whose own subject speaks.
    ("Citing police sources, broadcaster NTV said the suspect was 31.", [("the suspect was 31", "broadcaster NTV")]),
    ("In a post on X, the minister wrote that 2,000 troops had been deployed.",
     [("2,000 troops had been deployed", "the minister")]),
    # Data that "showed" a plain figure is the actor of the sentence, not a frame around it.
    ("The figures showed unemployment at 4.1% in May.", [("The figures showed unemployment at 4.1% in May", None)]),
    # Only verbs that invert ("said X") open a tail before their subject.
    ("The toll rose to 40, showed data from the agency.", [("The toll rose to 40, showed data from the agency", None)]),
    # An inserted "according to X" before the verb leaves the subject in the claim.
    ("Exports, according to customs data, rose 12% in May.",
     [("Exports, according to customs data, rose 12% in May", "customs data")]),
])
def test_citing_wrote_showed_and_an_inserted_according_to(text, expected):
    assert cuts(text, "en") == expected


def test_a_bare_weekday_after_the_verb_belongs_to_the_frame():
    text = "Mayor Ana Ruiz said Tuesday that 14 bridges need repairs."
    assert cuts(text, "en") == [("14 bridges need repairs", "Mayor Ana Ruiz")]


# A verb of judging ("menilai", "argued") frames an opinion: without a figure the sentence holds
# no claim; with one it is a forecast or estimate credited to the speaker.
@pytest.mark.parametrize("text, lang, expected", [
    ("Pengamat transportasi, Dani Rahman, menilai tarif baru itu belum berpihak pada penumpang", "id", []),
    ("Rina Sari berpendapat program itu kurang tepat sasaran", "id", []),
    ("The mayor argued the new bridge was a waste of public money", "en", []),
    ("Dani Rahman menilai jumlah penumpang akan naik 15 persen tahun ini", "id",
     [("jumlah penumpang akan naik 15 persen tahun ini", "Dani Rahman")]),
    ("Dani Rahman mengatakan tarif baru berlaku mulai Senin", "id",
     [("tarif baru berlaku mulai Senin", "Dani Rahman")]),
])
def test_a_judging_verb_without_a_figure_frames_no_claim(text, lang, expected):
    assert cuts(text, lang) == expected


# What a party argues in court is a contention the record holds (rule 2), not a view.
@pytest.mark.parametrize("text, expected", [
    ("The defence argued that the victim had never been examined by a doctor",
     [("the victim had never been examined by a doctor", "The defence")]),
    ("Her lawyer had argued at trial that the contract was never signed",
     [("the contract was never signed", "Her lawyer")]),
    ("Defence analysts argued that the new frigates were a poor choice", []),
    ("Outside the court, analysts argued that the sentence was too lenient", []),
])
def test_an_argument_in_court_is_a_contention_on_record(text, expected):
    assert cuts(text, "en") == expected


# What a speaker says of their own experience ("mengaku") is checkable when it counts in words
# (a share too) or dates what happened; what befell the speaker (ke-…-an) keeps the declaring clause.
@pytest.mark.parametrize("text, expected", [
    ("Seorang nelayan, Bayu Saputra, mengaku warga sudah melihat buaya itu sejak bulan lalu",
     [("warga sudah melihat buaya itu sejak bulan lalu", "Bayu Saputra")]),
    ("Bayu Saputra mengaku kecurian dua sepeda motor dalam sebulan terakhir",
     [("Bayu Saputra mengaku kecurian dua sepeda motor dalam sebulan terakhir", None)]),
    ("Seorang penjahit, Wati, mengaku pesanannya tinggal separuh sejak pasar direnovasi",
     [("pesanannya tinggal separuh sejak pasar direnovasi", "Wati")]),
    ("Seorang penjahit, Wati, mengaku setengah hati menerima keputusan itu", []),
    ("Bayu Saputra mengaku kudanya kelelahan pada putaran ketiga", []),
    ("Bayu Saputra mengaku arus sungai datang sangat deras", []),
])
def test_what_a_speaker_says_of_their_own_experience(text, expected):
    assert cuts(text, "id") == expected


# An outlet that carried the words, named at the end ("…, seperti dikutip Antara"), is left out of
# the span; it is the source only when the sentence names no speaker of its own (rule 6).
@pytest.mark.parametrize("text, lang, expected", [
    ("Harga bawang naik 9 persen pekan ini, seperti dikutip dari Antara", "id",
     [("Harga bawang naik 9 persen pekan ini", "Antara")]),
    ("Stok solar aman hingga Juni, kata Manajer Humas Pertamina Wulan Sari, seperti dikutip Antara", "id",
     [("Stok solar aman hingga Juni", "Manajer Humas Pertamina Wulan Sari")]),
    ("Stok solar aman hingga Juni, kata Wulan seperti dikutip Antara", "id",
     [("Stok solar aman hingga Juni", "Wulan")]),
    ("Gempa terjadi pukul 08.12 WIB, dikutip dari laman resmi BMKG", "id",
     [("Gempa terjadi pukul 08.12 WIB", "laman resmi BMKG")]),
    ("Exports rose 12% in May, as reported by Harbour Daily", "en",
     [("Exports rose 12% in May", "Harbour Daily")]),
    ("Dua nelayan dilaporkan hilang, dilaporkan warga setempat", "id",
     [("Dua nelayan dilaporkan hilang, dilaporkan warga setempat", None)]),
    # a kind of outlet is written in lower case; "demikian" may open the tail as "seperti" does
    ("Jembatan itu ambruk pada Minggu malam, demikian dilaporkan media setempat", "id",
     [("Jembatan itu ambruk pada Minggu malam", "media setempat")]),
    ("Tiga kapal tenggelam di perairan itu, seperti diberitakan kantor berita negara tersebut", "id",
     [("Tiga kapal tenggelam di perairan itu", "kantor berita negara tersebut")]),
    ("Exports rose 12% in May, as reported by local media", "en",
     [("Exports rose 12% in May", "local media")]),
    # ... and stops before the day it was carried
    ("Sebanyak 12 orang tewas, seperti diberitakan media setempat pada Senin", "id",
     [("Sebanyak 12 orang tewas", "media setempat")]),
    ("Sebanyak 12 orang tewas, seperti diberitakan media setempat kemarin", "id",
     [("Sebanyak 12 orang tewas", "media setempat")]),
    ("Twelve people died, as reported by local media on Monday", "en", [("Twelve people died", "local media")]),
    ("Sebanyak 12 orang tewas, seperti dikutip Antara, Senin (23/11)", "id", [("Sebanyak 12 orang tewas", "Antara")]),
])
def test_a_relaying_outlet_at_the_end_is_left_out_of_the_span(text, lang, expected):
    assert cuts(text, lang) == expected


@pytest.mark.parametrize("text, source", [
    ("Sebanyak 12 orang tewas, seperti diberitakan media setempat pada Senin.\n", "media setempat"),
    ("Sebanyak 12 orang tewas, seperti diberitakan Harian Nusa Senin (23/11).\n", "Harian Nusa"),
])
def test_the_day_an_outlet_carried_the_words_dates_the_claim(text, source):
    from claims import split_article
    claims = split_article(text, published="2026-11-25", language="id").claims
    assert [(c.text, c.source, c.dates) for c in claims] == [("Sebanyak 12 orang tewas", source, ("2026-11-23",))]


# A tail set between a verbless subject and its predicate credits the whole clause.
@pytest.mark.parametrize("text, lang, expected", [
    ("Para pelaku pembakaran gudang, kata Kapolres Dedi, sudah ditahan di Mapolres Garut", "id",
     [("Para pelaku pembakaran gudang, kata Kapolres Dedi, sudah ditahan di Mapolres Garut", "Kapolres Dedi")]),
    # ... with a short subject, a pronoun speaker, or the place and day of the words after the name
    ("Polisi, kata Dedi, sudah menahan tiga orang", "id", [("Polisi, kata Dedi, sudah menahan tiga orang", "Dedi")]),
    ("Kebakaran itu, kata Budi, Senin (23/11), menghanguskan 20 rumah", "id",
     [("Kebakaran itu, kata Budi, Senin (23/11), menghanguskan 20 rumah", "Budi")]),
    ("Para pelaku pembakaran gudang, kata Kapolres Dedi kepada wartawan, sudah ditahan", "id",
     [("Para pelaku pembakaran gudang, kata Kapolres Dedi kepada wartawan, sudah ditahan", "Kapolres Dedi")]),
    # ... but a description after the speaker leaves the tail where it stands
    ("Gedung parkir di sisi timur, kata Rina Sari, seorang petugas, belum dibuka", "id",
     [("Gedung parkir di sisi timur", "Rina Sari")]),
    # ... and a clause linked after it is a second clause, not the first one's predicate
    ("Harga beras di pasar tradisional stabil, kata Budi, sementara harga cabai naik 20 persen", "id",
     [("Harga beras di pasar tradisional stabil", "Budi"), ("harga cabai naik 20 persen", "Budi")]),
])
def test_a_tail_inside_its_clause(text, lang, expected):
    assert cuts(text, lang) == expected


# What a speaker "mengaku" (says of themself) without a figure is an impression; with a figure it
# is a claim like any other.
@pytest.mark.parametrize("text, kept", [
    ("Seorang sopir, Budi, mengaku jalanan sangat licin sejak pagi.", False),
    ("Seorang pedagang mengaku omzetnya turun dari Rp 2 juta menjadi Rp 800.000 per hari.", True),
])
def test_mengaku_without_a_figure_is_an_impression(text, kept):
    assert bool(cut_sentence(text, 0, len(text), "id")) is kept


# The acts an appeal asks for are one appeal: the last one, after "dan"/"and", is no clause of
# its own (rule 2); a list after a reported fact still splits as before.
@pytest.mark.parametrize("text, lang, expected", [
    ("Bupati meminta warga menutup tandon, membersihkan selokan, dan segera membawa anak yang demam ke puskesmas",
     "id", ["Bupati meminta warga menutup tandon, membersihkan selokan, dan segera membawa anak yang demam ke puskesmas"]),
    ("The mayor urged residents to stay indoors, close windows, and check on elderly neighbours",
     "en", ["The mayor urged residents to stay indoors, close windows, and check on elderly neighbours"]),
    # any verb of urging, addressed to any section of the public
    ("Polisi mengimbau wisatawan menjauhi tebing, memakai pelampung, dan tidak berenang saat ombak tinggi",
     "id", ["Polisi mengimbau wisatawan menjauhi tebing, memakai pelampung, dan tidak berenang saat ombak tinggi"]),
    ("Dinas mendesak pengunjung membawa botol sendiri, memilah sampah, dan membayar retribusi Rp 5.000",
     "id", ["Dinas mendesak pengunjung membawa botol sendiri, memilah sampah, dan membayar retribusi Rp 5.000"]),
])
def test_the_acts_of_an_appeal_stay_one_span(text, lang, expected):
    assert [text[c.start:c.end] for c in cut_sentence(text, 0, len(text), lang)] == expected


# A concession after a reported clause is the writer's comment: the frame before does not
# govern it; a tail after both does.
@pytest.mark.parametrize("text, language, sources", [
    ("The council has said the new bridge will cost $40m, although the contract has not yet been signed.",
     "en", ["The council", None]),
    ("Dinas mengatakan jembatan itu dibangun dengan dana Rp 40 miliar, meskipun laporan keuangannya belum diterbitkan.",
     "id", ["Dinas", None]),
    ("The bridge will cost $40m, although the contract has not yet been signed, officials said.",
     "en", ["officials", "officials"]),
    ("The council has said the bridge will cost $40m, and work will start in May.", "en", ["The council", "The council"]),
])
def test_a_concession_after_a_framed_clause_is_not_the_speakers(text, language, sources):
    assert [c.source for c in cut_sentence(text, 0, len(text), language)] == sources


# What a speaker cites after a tail belongs to the frame; without a tail, "citing" gives the
# subject's own reason and stays.
@pytest.mark.parametrize("text, spans", [
    ("Bus fares will rise 8 percent in May, the operator said, citing higher fuel costs.",
     [("Bus fares will rise 8 percent in May", "the operator")]),
    ("The operator raised bus fares by 8 percent, citing higher fuel costs.",
     [("The operator raised bus fares by 8 percent, citing higher fuel costs", None)]),
])
def test_citing_after_a_tail_is_part_of_the_frame(text, spans):
    assert [(text[c.start:c.end], c.source) for c in cut_sentence(text, 0, len(text), "en")] == spans


# The writer's reading of the figures ("Artinya, …", "In other words, …") opens the sentence
# and is no part of the claim; inside a quotation the speaker's words stay.
@pytest.mark.parametrize("text, lang, expected", [
    ("Artinya, tersisa 54 kamar yang belum dipesan.", "id", ["tersisa 54 kamar yang belum dipesan"]),
    ("Dengan kata lain, setiap dokter melayani 900 pasien.", "id", ["setiap dokter melayani 900 pasien"]),
    ("In other words, each nurse looks after 14 beds.", "en", ["each nurse looks after 14 beds"]),
])
def test_a_reading_opener_is_left_out(text, lang, expected):
    assert [span for span, _ in cuts(text, lang)] == expected


def test_a_reading_opener_inside_a_quotation_stays():
    text = "Artinya, tersisa 54 kamar yang belum dipesan"
    assert [text[c.start:c.end] for c in cut_quotation(text, 0, len(text), "id", None, None)] == [text]


# The one urged to ensure or report something is no speaker: the sentence is an appeal.
@pytest.mark.parametrize("text", [
    "Penumpang diimbau memastikan barang bawaan tidak tertinggal di kabin.",
    "Nelayan diminta memastikan pelampung tersedia sebelum melaut.",
])
def test_an_urged_subject_before_a_reporting_verb_gives_no_claim(text):
    assert cuts(text, "id") == []


def test_told_two_audiences_before_that():
    text = "The governor told lawmakers and reporters on Tuesday that 5,000 homes had been flooded."
    assert cuts(text, "en") == [("5,000 homes had been flooded", "The governor")]


# "X menyatakan pada Jumat akan mundur": the frame's day comes before the self-declaration,
# which keeps its declaring clause (rule 5), and that day is when it was said, not the next one.
def test_a_self_declaration_after_the_frames_day():
    from claims import split_article
    text = "Bupati Sri Wahyuni menyatakan pada Jumat akan mundur pada Oktober."
    claims = split_article(text, published="2024-03-12").claims
    assert [(c.text, c.source, c.dates) for c in claims] == [
        ("Bupati Sri Wahyuni menyatakan pada Jumat akan mundur pada Oktober", None, ("2024-03-08", "2024-10"))]


# "X added a fourth in the 106th minute": "added" with a count after it scores, it reports nothing.
def test_added_with_a_count_after_it_is_no_reporting_verb():
    text = "Rina Sari added a second goal in the 70th minute."
    assert cuts(text, "en") == [("Rina Sari added a second goal in the 70th minute", None)]


# "A, X said, a margin of N": the figure restated after a mid tail is a claim of the same
# speaker, and an English clause before the tail is read as English even with no "the" in it.
def test_a_restated_margin_after_a_mid_tail():
    text = "More than 8,200 members backed the strike, against 3,100 for the offer, the union said, a margin of about 5,100 votes."
    assert cuts(text, "en") == [
        ("More than 8,200 members backed the strike, against 3,100 for the offer", "the union"),
        ("a margin of about 5,100 votes", "the union")]


def test_a_clause_before_a_frame_read_as_english_keeps_its_claim():
    text = "More than 8,200 members backed Leave, against 3,100 for Remain, the board said, a margin of about 5,100 votes."
    assert cuts(text, "en")[0][0].startswith("More than 8,200 members backed Leave")


# "memastikan medali emas" secures a prize, an act of the team; "memastikan dua korban …" confirms.
@pytest.mark.parametrize("text, expected", [
    ("Tim bulu tangkis putri memastikan medali emas setelah menang 3-1 atas Jepang.",
     [("Tim bulu tangkis putri memastikan medali emas setelah menang 3-1 atas Jepang", None)]),
    ("Polisi memastikan dua korban masih dirawat di rumah sakit.",
     [("dua korban masih dirawat di rumah sakit", "Polisi")]),
])
def test_memastikan_a_prize_is_an_act(text, expected):
    assert cuts(text, "id") == expected


# --- the gate in front of lx.OPENERS (strip_openers) --------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claims import lexicon as lx  # noqa: E402
from claims.cut import OPENER_STARTS, may_open_with_opener  # noqa: E402

_OPENER_PIECES = [w.capitalize() for w in OPENER_STARTS] + list(OPENER_STARTS) + [
    "selain itu", "Selain itu", "SEMENTARA ITU", "namun demikian", "akan tetapi", "meskipun demikian",
    "walaupun begitu", "sebagai informasi", "oleh karena itu", "oleh sebab itu", "di sisi lain",
    "in addition to", "in the meantime", "on the other hand", "apart from", "aside from", "in response to",
    "informasi yang dihimpun", "dari informasi yang diperoleh", "diketahui", "Diketahui", "hal", "itu", "tersebut",
    "ini", "this", "that", "warga", "tiga", "killing", "menewaskan", " ", "  ", ",", ", ", "\n", "ſo", "İn", "ı", "\u212a"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PIECES), min_size=1, max_size=7))
def test_the_opener_gate_never_hides_an_opener(pieces):
    text = " ".join(pieces)
    for s in range(len(text)):
        if lx.OPENERS.match(text, s, len(text)):
            assert may_open_with_opener(text, s), text[s:]


# "Karena itu," and "Maka dari itu," point back at what was said before: detachable openers.
@pytest.mark.parametrize("text, rest", [
    ("Karena itu, harga beras naik 5 persen.", "harga beras naik 5 persen."),
    ("Maka dari itu, harga beras naik 5 persen.", "harga beras naik 5 persen."),
])
def test_openers_that_point_back(text, rest):
    assert text[strip_openers(text, 0, len(text)):] == rest


# The nearest reporting verb governs the words before an "according to" tail.
def test_a_verb_frame_before_an_according_to_tail_governs():
    text = "The court said the firm had favoured its own drivers, according to a ruling seen by Reuters."
    cuts = cut_sentence(text, 0, len(text), "en")
    assert [(text[c.start:c.end], c.source) for c in cuts] == [("the firm had favoured its own drivers", "The court")]


# After a reporting tail, an "after"/"before" noun phrase is the occasion of the words (their
# frame, whose date the claim keeps); a participle or a clause there goes on with a fact of its
# own, the speaker's too.
@pytest.mark.parametrize("text, expected", [
    ("The plan will go ahead, the ministry said on Friday, after a cabinet meeting on Nov. 25.",
     [("The plan will go ahead", "the ministry")]),
    ("Stocks rose 2% in early trade, dealers said, before paring gains to 0.5%.",
     [("Stocks rose 2% in early trade", "dealers"), ("paring gains to 0.5%", "dealers")]),
])
def test_what_closes_a_sentence_after_its_tail(text, expected):
    cuts = cut_sentence(text, 0, len(text), "en")
    assert [(text[c.start:c.end], c.source) for c in cuts] == expected


# A "said" inside a relative clause is no frame of the sentence an "according to" tail credits.
def test_a_relative_clauses_said_does_not_take_an_according_to_tail():
    text = "The man who said he saw the crash was arrested, according to police."
    cuts = cut_sentence(text, 0, len(text), "en")
    assert [(text[c.start:c.end], c.source) for c in cuts] == [("The man who said he saw the crash was arrested", "police")]


@pytest.mark.parametrize("text, expected", [
    # a tail between a verbless subject and its predicate: the clause is the whole sentence
    ("The fault, Berg said, was fixed by 6 p.m. on Tuesday",
     [("The fault, Berg said, was fixed by 6 p.m. on Tuesday", "Berg")]),
    ("The bridge, the ministry said on Monday, will reopen in May",
     [("The bridge, the ministry said on Monday, will reopen in May", "the ministry")]),
    # an unnamed plural speaker, and an irregular past after the tail
    ("Turnout, officials said, reached 64 percent", [("Turnout, officials said, reached 64 percent", "officials")]),
    ("Rents, the agency said, rose 3 percent in June",
     [("Rents, the agency said, rose 3 percent in June", "the agency")]),
    ("The two men, police said, were detained at the port",
     [("The two men, police said, were detained at the port", "police")]),
    # a frame after a semicolon opens a sentence of its own
    ("The clinic closed in May; the ministry said 300 patients were moved to Kano",
     [("The clinic closed in May", None), ("300 patients were moved to Kano", "the ministry")]),
    # words of tense after a name set off by commas are no part of the speaker
    ("The regulator, Ofcom, has said that 14,000 calls failed", [("14,000 calls failed", "Ofcom")]),
])
def test_english_speakers_set_inside_or_after_a_clause(text, expected):
    assert cuts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry confirmed 14 deaths on Monday", [("The ministry confirmed 14 deaths on Monday", None)]),
    ("The coast guard confirmed the rescue of 40 people", [("The coast guard confirmed the rescue of 40 people", None)]),
    # a clause confirmed is reported
    ("Police confirmed that 14 people died", [("14 people died", "Police")]),
])
def test_a_thing_confirmed_is_the_confirmers_act_a_clause_confirmed_is_reported(text, expected):
    assert cuts(text, "en") == expected


def test_where_a_figure_stands_against_a_target_after_its_tail_is_the_tails_addendum():
    text = "Annual inflation slowed to 2.1% in October, Statistics Indonesia said on Monday, within the bank's target range"
    assert cuts(text, "en") == [("Annual inflation slowed to 2.1% in October", "Statistics Indonesia")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The minister said on Oct. 28 that the plant would close", "en", [("the plant would close", "The minister")]),
    ("Menteri mengatakan pada 3 November bahwa pabrik semen akan ditutup", "id",
     [("pabrik semen akan ditutup", "Menteri")]),
])
def test_the_day_or_month_a_speaker_spoke_belongs_to_the_frame(text, lang, expected):
    assert cuts(text, lang) == expected


@pytest.mark.parametrize("text, rest", [
    ("Elsewhere, two people were injured in Leeds", "two people were injured in Leeds"),
    ("As a result, 40 flights were cancelled", "40 flights were cancelled"),
    ("In a separate case, the regulator fined the firm 3 million pounds", "the regulator fined the firm 3 million pounds"),
    ("For its part, the airline cancelled 40 flights", "the airline cancelled 40 flights"),
    ("Secara keseluruhan, 12 orang meninggal", "12 orang meninggal"),
    # "As of" and "For" opening a time or a purpose are no discourse openers
    ("As of Monday, 40 flights were cancelled", "As of Monday, 40 flights were cancelled"),
    ("For the first time, the firm cut 40 jobs", "For the first time, the firm cut 40 jobs"),
])
def test_discourse_openers_that_link_to_the_story_are_detached(text, rest):
    assert text[strip_openers(text, 0, len(text)):] == rest


@pytest.mark.parametrize("text, expected", [
    # a past tense written like its base form, before its object, is the clause's verb
    ("Nvidia forecast third-quarter revenue above estimates on Wednesday, but its shares fell 6% in late trading",
     [("Nvidia forecast third-quarter revenue above estimates on Wednesday", None),
      ("its shares fell 6% in late trading", None)]),
    # a thing reported is the reporter's act; a clause reported is what it reported
    ("Nvidia reported revenue above estimates on Wednesday, but its shares fell 6% in late trading",
     [("Nvidia reported revenue above estimates on Wednesday", None), ("its shares fell 6% in late trading", None)]),
    ("Reuters reported the minister resigned on Monday", [("the minister resigned on Monday", "Reuters")]),
])
def test_a_forecast_or_a_report_of_a_thing_is_an_act_before_a_second_clause(text, expected):
    assert cuts(text, "en") == expected


def test_a_participle_closing_a_clause_leaves_it_a_clause_before_a_contrast():
    text = "The party fell short of a majority, winning 240 of the 543 seats, while the alliance crossed the halfway mark"
    assert clauses(text, "en") == ["The party fell short of a majority, winning 240 of the 543 seats",
                                   "the alliance crossed the halfway mark"]


def test_a_noun_with_a_relative_clause_after_and_is_no_second_clause():
    assert clauses("Many victims were buried under mud and rocks that came down from the hills", "en") == \
        ["Many victims were buried under mud and rocks that came down from the hills"]


@pytest.mark.parametrize("text, expected", [
    ("72 were still missing, the disaster agency said, up from 84 deaths reported late Monday",
     [("72 were still missing", "the disaster agency"), ("up from 84 deaths reported late Monday", "the disaster agency")]),
    ("At least 27 people died in the city, officials there said Monday, many of them in the old port",
     [("At least 27 people died in the city", "officials there"), ("many of them in the old port", "officials there")]),
])
def test_a_move_or_a_share_after_a_mid_tail_is_a_claim_of_the_speakers(text, expected):
    assert cuts(text, "en") == expected


def test_a_speaker_described_by_a_role_a_body_owns_is_the_name_before_it():
    text = "Maria Lind, WHO’s technical lead on COVID-19, said the virus was still evolving"
    assert ("the virus was still evolving", "Maria Lind") in cuts(text, "en")


@pytest.mark.parametrize("text, expected", [
    # a named measure with its figure after "melaporkan" is reported, as after "mencatat"; a time
    # phrase between the body and its verb is no part of the speaker; "naik tipis dari" moves as
    # "naik dari" does
    ("Badan Pusat Statistik (BPS) awal bulan ini melaporkan inflasi Desember sebesar 1,57 persen secara tahunan, "
     "naik tipis dari 1,55 persen pada November",
     [("inflasi Desember sebesar 1,57 persen secara tahunan", "Badan Pusat Statistik (BPS)"),
      ("naik tipis dari 1,55 persen pada November", "Badan Pusat Statistik (BPS)")]),
    # a count reported as a thing stays the reporter's record
    ("Desa itu melaporkan kasus terbanyak di kabupaten", [("Desa itu melaporkan kasus terbanyak di kabupaten", None)]),
])
def test_a_measure_reported_with_its_figure_is_the_reporters_statement(text, expected):
    assert cuts(text, "id") == expected


def test_a_relative_pronoun_is_never_the_speaker():
    text = "Judge Ana Ruiz, who announced the reserved verdict at 12:30pm, also imposed a fine of Rs100,000 on him"
    assert all(source != "who" for _, source in cuts(text, "en"))


@pytest.mark.parametrize("text, expected", [
    # adding or writing a thing is an act, not a frame
    ("The US economy added 250,000 jobs in March", [("The US economy added 250,000 jobs in March", None)]),
    ("In 2019, the treasurer wrote 312 checks to herself", [("In 2019, the treasurer wrote 312 checks to herself", None)]),
    # a clause told to the judge or the jury is reported
    ("The treasurer told the judge she had lost 40,000 dollars at casinos",
     [("she had lost 40,000 dollars at casinos", "The treasurer")]),
    # what the court heard is a tail
    ("The defendant sent 40 messages to the victim, the court heard",
     [("The defendant sent 40 messages to the victim", "the court")]),
    # a thing reported with a relative clause on it is the reporter's act
    ("The company reported first-quarter profit that beat estimates", [("The company reported first-quarter profit that beat estimates", None)]),
    # a body named in lower case after "figures from" is the source
    ("The budget plan is 4.3% larger than last year, according to figures from the city's finance department",
     [("The budget plan is 4.3% larger than last year", "the city's finance department")]),
])
def test_acts_of_adding_writing_and_reporting_things_and_what_courts_and_judges_hear(text, expected):
    assert cuts(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Seperti dikutip dari detikcom, harga beras naik 20 persen pada Februari",
     [("harga beras naik 20 persen pada Februari", "detikcom")]),
    ("Merujuk data BPS, inflasi Februari mencapai 2,75 persen", [("inflasi Februari mencapai 2,75 persen", "data BPS")]),
    ("Sebanyak 87 kasus narkoba diungkap sejak Januari, beber Teddy Marbun",
     [("Sebanyak 87 kasus narkoba diungkap sejak Januari", "Teddy Marbun")]),
])
def test_indonesian_relays_data_openers_and_tail_verbs(text, expected):
    assert cuts(text, "id") == expected


def test_a_second_clause_reported_with_and_that_is_a_claim_of_its_own():
    assert clauses("The court ruled that the firm must pay 40,000 dollars and that the contract was void", "en") == \
        ["The court ruled that the firm must pay 40,000 dollars", "the contract was void"]


# A clause joined before the speaker of a frame is a fact of its own; a conjunction inside an
# aside on the speaker joins nothing.
@pytest.mark.parametrize("text, lang, expected", [
    ("Longsor menimbun 12 rumah dan warga menyebut hujan turun sejak sore", "id",
     [("Longsor menimbun 12 rumah", None), ("hujan turun sejak sore", "warga")]),
    ("Sebanyak 9 siswa pingsan, dan pihak sekolah menyatakan ruang kelas terlalu panas", "id",
     [("Sebanyak 9 siswa pingsan", None), ("ruang kelas terlalu panas", "pihak sekolah")]),
    ("Storms damaged 80 homes and residents said the wind began at dusk", "en",
     [("Storms damaged 80 homes", None), ("the wind began at dusk", "residents")]),
    ("The two drivers, aged 41 and 52, told police the brakes had failed", "en",
     [("the brakes had failed", "The two drivers")]),
])
def test_a_clause_joined_before_a_speaker_is_its_own(text, lang, expected):
    assert cuts(text, lang) == expected


# A second reporting verb of the same speaker ("… and added that …") opens a second report.
@pytest.mark.parametrize("text, lang, expected", [
    ("The mayor said 30 roads were flooded and added that 12 schools would stay shut", "en",
     [("30 roads were flooded", "The mayor"), ("12 schools would stay shut", "The mayor")]),
    ("Kepala BPBD mengatakan 40 rumah rusak dan menegaskan bahwa tidak ada korban jiwa", "id",
     [("40 rumah rusak", "Kepala BPBD"), ("tidak ada korban jiwa", "Kepala BPBD")]),
])
def test_a_second_reporting_verb_opens_a_second_report(text, lang, expected):
    assert cuts(text, lang) == expected


# An Indonesian contrast ("namun", "tetapi") may state its figure without a verb: a second fact.
@pytest.mark.parametrize("text, expected", [
    ("Tahun lalu kebun itu menghasilkan 900 ton kopi, namun tahun ini hanya 610 ton",
     ["Tahun lalu kebun itu menghasilkan 900 ton kopi", "tahun ini hanya 610 ton"]),
    ("Kuota pupuk sebesar 12.000 ton, tetapi realisasinya baru 7.400 ton",
     ["Kuota pupuk sebesar 12.000 ton", "realisasinya baru 7.400 ton"]),
])
def test_a_contrast_stating_its_figure_without_a_verb_is_a_second_fact(text, expected):
    assert clauses(text) == expected


# One who speaks for another ("a spokesperson for X", "an aide to X") declares nothing of their
# own with "he/she would": the words are reported, credited to the speaker.
@pytest.mark.parametrize("text, expected", [
    ("A spokesperson for the mayor said she would veto the budget",
     [("she would veto the budget", "A spokesperson for the mayor")]),
    ("A lawyer for the singer said he would appeal the ruling",
     [("he would appeal the ruling", "A lawyer for the singer")]),
])
def test_one_who_speaks_for_another_declares_nothing_of_their_own(text, expected):
    assert cuts(text, "en") == expected


# The day closing a sentence a frame opens is when the words were said: no part of a claim that
# tells its own date; a claim with none keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Rina Sari mengatakan pendaftaran ditutup pada 12 Januari 2027, Senin (30/11)",
     [("pendaftaran ditutup pada 12 Januari 2027", "Kepala Dinas Rina Sari")]),
    ("Kepala Dinas Rina Sari mengatakan 40 sekolah rusak, Senin (30/11)",
     [("40 sekolah rusak, Senin (30/11)", "Kepala Dinas Rina Sari")]),
])
def test_the_day_the_words_were_said_after_a_dated_claim(text, expected):
    assert cuts(text) == expected


# A named subject's past act, then "but/and said …": the act is a fact of its own, what the subject
# said after it is theirs.
@pytest.mark.parametrize("text, expected", [
    ("Opposition leader Ana Cruz conceded defeat on Sunday but said her party would contest two seats",
     [("Opposition leader Ana Cruz conceded defeat on Sunday", None),
      ("her party would contest two seats", "Opposition leader Ana Cruz")]),
    ("Police arrested three men and said they had seized 4 kg of heroin",
     [("Police arrested three men", None), ("they had seized 4 kg of heroin", "Police")]),
])
def test_an_act_then_said(text, expected):
    assert cuts(text, "en") == expected
