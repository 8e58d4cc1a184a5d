import pytest

from claims import lexicon as lx


@pytest.mark.parametrize("line", [
    "Petugas memadamkan api di Pasar Baru. Foto: detik.com/Rudi Hartono",
    "Warga antre air bersih, Senin (3/6). Foto: ANTARA/Budi",
    "Suasana sidang di Pengadilan Negeri. (Foto: Dok. Humas PN)",
])
def test_caption_credits(line):
    assert lx.CAPTION_CREDIT.search(line)


def test_a_sentence_after_a_credit_word_is_no_credit():
    assert not lx.CAPTION_CREDIT.search("Foto itu diambil pada 2019. Polisi kini memeriksa dua saksi.")


def test_a_list_lead_in_is_not_vague_but_a_pointer_to_the_reader_is():
    from claims.worth import THRESHOLD, checkworthiness
    lead = "The following vehicles are exempt:\n- electric cars\n- police cars"
    reader = "Here is what commuters need to know."
    assert checkworthiness(lead, 0, len(lead), "en") >= THRESHOLD
    assert checkworthiness(reader, 0, len(reader), "en") < THRESHOLD


@pytest.mark.parametrize("clause", [
    "You don't need to buy a new boiler",          # advice in the second person
    "We are still grieving",                       # a feeling
    "He betrayed everyone who trusted him",        # a pejorative verdict without a checkable fact
    "That is not how a budget works",              # a protest idiom
    "The mayor disputed that account",             # a reaction pointing at another side's words
])
def test_advice_feelings_verdicts_and_bare_reactions_are_not_claims(clause):
    from claims.worth import THRESHOLD, checkworthiness
    assert checkworthiness(clause, 0, len(clause), "en") < THRESHOLD


def test_a_figure_keeps_a_clause_with_a_feeling_word_checkable():
    from claims.worth import THRESHOLD, checkworthiness
    clause = "Officials said 40 people were treated for shock at the scene"
    assert checkworthiness(clause, 0, len(clause), "en") >= THRESHOLD


@pytest.mark.parametrize("line, ends_with_a_date", [
    ("Warga mengungsi di balai desa, Senin (3/6).", True),
    ("Rescuers carry a stretcher near the crater, Tuesday.", True),
    ("Petugas memeriksa kapal, Ahad.", True),            # a full weekday name from the shared table
    ("Crews met on Tue.", False),                         # an abbreviation does not end a caption
    ("Rescuers carry a stretcher near the crater.", False),
])
def test_caption_tail_reads_full_weekday_names_from_the_date_lexicon(line, ends_with_a_date):
    assert bool(lx.CAPTION_TAIL.search(line)) is ends_with_a_date


@pytest.mark.parametrize("clause", [
    "That is not a plan I want to back",
    "Penjualan ritel masih cukup baik di tengah pelemahan daya beli",
])
def test_wants_and_bare_assessments_are_not_claims(clause):
    from claims.worth import THRESHOLD, checkworthiness
    lang = "en" if clause.startswith("That") else "id"
    assert checkworthiness(clause, 0, len(clause), lang) < THRESHOLD


def test_a_charge_named_with_a_judging_word_stays_a_claim():
    from claims.worth import THRESHOLD, checkworthiness
    clause = "He was charged with reckless driving"
    assert checkworthiness(clause, 0, len(clause), "en") >= THRESHOLD


@pytest.mark.parametrize("clause, lang", [
    ("The ministry did not immediately respond to a request for comment", "en"),
    ("The company could not be reached for comment on Sunday", "en"),
    ("It was not immediately known how many people were aboard", "en"),
    ("Pihak kepolisian belum memberikan tanggapan hingga Senin malam", "id"),
])
def test_no_answer_yet_is_no_claim(clause, lang):
    from claims.worth import THRESHOLD, checkworthiness
    assert checkworthiness(clause, 0, len(clause), lang) < THRESHOLD


# Appeals with "perlu", verdicts with "terlalu", slogans about priorities and sceptical
# reactions assert nothing checkable when they name no figure (rule 2).
@pytest.mark.parametrize("sentence, lang", [
    ("Pemerintah daerah perlu membenahi sistem drainase kota.", "id"),
    ("Selisih tarif di bandara dan di terminal sudah terlalu lebar.", "id"),
    ("Passenger safety is our top priority, the chief executive said.", "en"),
    ("But residents say that is cold comfort.", "en"),
    ("Conservation groups remain unconvinced.", "en"),
])
def test_appeals_verdicts_and_slogans_are_no_claims(sentence, lang):
    from claims import split_article
    assert split_article("Kabar\n\n" + sentence, language=lang).claims == ()


@pytest.mark.parametrize("sentence, lang", [
    ("Pasien perlu dirawat selama 5 hari di RSUD Cibinong.", "id"),
    ("The airline cut 12 routes, making Asia its top priority market.", "en"),
])
def test_the_same_words_with_a_figure_still_make_a_claim(sentence, lang):
    from claims import split_article
    assert len(split_article("Kabar\n\n" + sentence, language=lang).claims) == 1


# Appeals to stay alert or not to panic, with or without "me-" on "minta", are no claims.
@pytest.mark.parametrize("sentence, lang", [
    ("\"Kami minta warga di bantaran kali tetap waspada,\" kata Lurah Sumber, Joko Widodo Putra.", "id"),
    ("Pengendara jangan mudah percaya pesan berantai soal penutupan jalan.", "id"),
    ("Residents along the river should stay alert tonight, the agency said.", "en"),
])
def test_appeals_to_the_public_are_no_claims(sentence, lang):
    from claims import split_article
    assert split_article("Kabar\n\n" + sentence, language=lang).claims == ()


# A counterfactual opened by "Without …"/"Tanpa …" is no claim unless it states a figure.
@pytest.mark.parametrize("sentence, lang, kept", [
    ("Without the new levy, we would have to close the swimming pool.", "en", 0),
    ("Tanpa bantuan pusat, kami tidak bisa memperbaiki jembatan itu.", "id", 0),
    ("Without power, 3,000 homes in Leith stayed dark overnight.", "en", 1),
])
def test_counterfactuals_without_a_figure_are_no_claims(sentence, lang, kept):
    from claims import split_article
    assert len(split_article("Kabar\n\n" + sentence, language=lang).claims) == kept


# "kejadian luar biasa" (KLB) is the legal status of an outbreak, not praise; praise with
# "luar biasa" is still no claim.
@pytest.mark.parametrize("sentence, kept", [
    ("Dinas Kesehatan mengumumkan status kejadian luar biasa (KLB) campak di tiga desa.", 1),
    ("Semangat para relawan di posko itu sangat luar biasa.", 0),
])
def test_outbreak_status_is_a_claim_but_praise_is_not(sentence, kept):
    from claims import split_article
    assert len(split_article("Kabar\n\n" + sentence, language="id").claims) == kept


# Advice, stances of resolve, what would be better, framings of a problem and "no answer at the
# time of writing" are not check-worthy (rule 2); a figure-led fact beside them still is.
@pytest.mark.parametrize("clause, lang, worthy", [
    ("Dokter menyarankan warga segera memeriksakan diri ke puskesmas", "id", False),
    ("Warga disarankan merebus air minum", "id", False),
    ("We will not hesitate to close any shop that breaks the rules", "en", False),
    ("The land would be better spent on housing", "en", False),
    ("Bagi pedagang, masalahnya bukan sekadar harga sewa, melainkan sepinya pembeli", "id", False),
    ("Hingga berita ini ditulis, pihak pengelola belum memberikan jawaban", "id", False),
    ("The port has been hit by several strikes in recent years", "en", False),
    ("Puskesmas merawat 42 pasien demam pada pekan ini", "id", True),
])
def test_advice_stances_and_unanswered_requests(clause, lang, worthy):
    from claims.worth import THRESHOLD, checkworthiness
    assert (checkworthiness(clause, 0, len(clause), lang) >= THRESHOLD) is worthy


def test_analysts_pointing_to_a_cause_give_a_generic_view():
    assert lx.GENERIC_VIEW.match("Economists pointed to weak demand after the holidays")


# "kota" is a whole word (city), not an abbreviation: a sentence may end with it.
def test_a_sentence_may_end_with_kota():
    from claims.segment import sentence_spans
    text = "Bantuan dikirim ke 12 kabupaten/kota. Dinas juga membuka posko di Kab. Garut."
    assert [text[a:b] for a, b in sentence_spans(text, 0, len(text))] == [
        "Bantuan dikirim ke 12 kabupaten/kota.", "Dinas juga membuka posko di Kab. Garut."]


@pytest.mark.parametrize("text, verb", [
    ("About 200 couples wed at the town hall", True),       # a short past listed by name
    ("Thailand got five red cards", True),                  # ("got"; "red" is no past tense)
    ("five red cards to the home side", False),
    ("two bed shortages on the wards", False),
])
def test_a_past_tense_needs_two_letters_before_ed(text, verb):
    assert bool(lx.EN_AUX.search(text)) is verb


@pytest.mark.parametrize("phrase", ["juru bicara itu", "pejabat TERSEBUT", "warga ini\n", "situ", "bitu", "itu x",
                                    "kota İtu", "tersebutlah", "", "ini", "pihak-itu", "9itu", "_itu"])
def test_the_suffix_test_keeps_what_the_epithet_pattern_finds(phrase):
    assert lx.ends_with_epithet(phrase) is (lx.EPITHET_END.search(phrase) is not None)


# A possessive is no dateline's place, even before a dash.
def test_a_possessive_before_a_dash_is_no_dateline():
    from claims.lexicon import DATELINE_PREFIX
    assert DATELINE_PREFIX.match("Indonesia's Finance Minister Sri Mulyani - who took office in 2016 - said") is None
    assert DATELINE_PREFIX.match("MURANG'A, Kenya - At least 14 people died") is not None


# The agency or paper filing a wire story may be written in lower case or in two words.
@pytest.mark.parametrize("line", ["BERLIN (dpa) - Police arrested 14 men",
                                  "KUALA LUMPUR, Dec 10 (The Star) - Police arrested 14 men"])
def test_a_dateline_with_its_filing_agency(line):
    from claims.lexicon import DATELINE_PREFIX
    assert line[DATELINE_PREFIX.match(line).end():] == "Police arrested 14 men"
