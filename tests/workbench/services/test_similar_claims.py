"""VectorStore: the bulk load of every stored vector (centred per language), refreshes after
it, and long claims compared part by part. Uses the hashing stand-in encoder."""
import datetime as dt
import threading

import numpy as np
import pytest
from sqlalchemy import select, update

from workbench.extensions import db
from workbench.models import Article, Claim, ClaimVector
from workbench.search.similarity import normalize, vector_from_bytes
from workbench.services import similar_claims
from workbench.services.search_runtime import runtime

ID_WORDS = "harga beras naik banjir rumah warga pasar kota gempa jalan".split()
EN_WORDS = "price rice rose flood homes residents market city quake road".split()


def add_article(user, language, texts, name) -> list[Claim]:
    article = Article(title=name, text="\n".join(texts), language=language,
                      content_hash=name.ljust(64, "0"), imported_by_id=user.id)
    db.session.add(article)
    db.session.flush()
    claims = [Claim(article_id=article.id, start=0, end=len(t), text=t) for t in texts]
    db.session.add_all(claims)
    similar_claims.store_vectors(claims)
    db.session.commit()
    return claims


def sentences(words, n, seed):
    rng = np.random.default_rng(seed)
    return [" ".join(rng.choice(words, 5)) + f" {k}" for k in range(n)]


@pytest.fixture
def archive(checker):
    """25 Indonesian and 25 English claims in five articles each, one merged claim."""
    claims = []
    for a in range(5):
        claims += add_article(checker, "id", sentences(ID_WORDS, 5, a), f"id{a}")
        claims += add_article(checker, "en", sentences(EN_WORDS, 5, 10 + a), f"en{a}")
    claims[0].merged_into_id = claims[1].id
    db.session.commit()
    return claims


def fresh_store():
    return similar_claims.VectorStore(runtime().model_key)


def test_bulk_load_holds_every_current_claim_centred_per_language(archive):
    store = fresh_store()
    assert store.refresh() == 49 and len(store.index) == 49
    assert archive[0].id not in store.index.ids()                     # merged away
    rows = {r.claim_id: vector_from_bytes(r.vector) for r in db.session.scalars(
        select(ClaimVector))}
    for language in ("id", "en"):
        ids = [c.id for c in archive[1:] if c.article.language == language]
        assert store.means[language] == pytest.approx(
            np.mean([rows[i] for i in ids], axis=0), abs=1e-5)
        claim_id = ids[3]
        want = normalize(rows[claim_id] - store.means[language])
        assert store.index._matrix[store.index.ids().index(claim_id)] == \
            pytest.approx(want, abs=1e-5)


def test_a_claim_written_after_the_load_is_found_by_the_next_refresh(archive, checker):
    store = fresh_store()
    store.refresh()
    late = add_article(checker, "id", ["gempa mengguncang kota pada malam hari"], "late")[0]
    assert store.refresh() == 1 and late.id in store.index.ids()
    assert store.refresh() == 0


def test_after_a_quiet_while_a_refresh_reads_no_old_rows(archive, checker):
    # The window of re-read rows follows the clock: vectors written an hour ago (a burst
    # import) are not read again at every refresh.
    db.session.execute(update(ClaimVector).values(
        updated_at=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)))
    db.session.commit()
    store = fresh_store()
    store.refresh()
    assert store._stamps == {} and store.refresh() == 0
    late = add_article(checker, "en", ["a quake shook the city at night"], "late")[0]
    assert store.refresh() == 1 and late.id in store.index.ids()


def test_other_models_vectors_are_not_loaded(archive):
    db.session.get(ClaimVector, archive[5].id).model = "another-model"
    db.session.commit()
    store = fresh_store()
    store.refresh()
    assert archive[5].id not in store.index.ids() and len(store.index) == 48


def test_a_query_stating_one_part_of_a_long_claim_finds_it(archive, checker):
    long_claim = add_article(checker, "en", [
        "The market fire in the old city killed three traders, and the mayor promised "
        "new stalls for every family before the rainy season"], "long")[0]
    add_article(checker, "en", ["The old city market will get new stalls for traders"],
                "rival")
    store = fresh_store()
    query = "the mayor promised new stalls for every family before the rainy season"
    vector = runtime().encoder.encode_one(query)
    found = store.similar(vector, query, k=3, language="en")
    assert found[0].claim_id == long_claim.id
    whole = dict((c, s) for c, _, s in store.index.nearest(
        normalize(store.centred(vector, "en")), k=60))[long_claim.id]
    assert found[0].similarity == pytest.approx(1.0, abs=1e-5) and whole < 0.9


def test_part_vectors_are_encoded_once_per_claim(archive, checker, monkeypatch):
    add_article(checker, "en", ["Floods cut the main road for two days, and residents of "
                                "the city moved to the market hall"], "long")
    store = fresh_store()
    store.refresh()
    encoder = runtime().encoder
    calls = []
    original = encoder.encode
    monkeypatch.setattr(encoder, "encode", lambda texts: calls.append(list(texts)) or
                        original(texts))
    query = "residents of the city moved to the market hall"
    vector = original([query])[0]
    first = store.similar(vector, query, k=5, language="en")
    second = store.similar(vector, query, k=5, language="en")
    assert len(calls) == 1 and len(calls[0]) == 2          # the long claim's two parts
    assert [c.claim_id for c in first] == [c.claim_id for c in second]


def test_a_lookup_does_not_wait_while_another_encodes_parts(app, archive, checker,
                                                          monkeypatch):
    cached, uncached = add_article(checker, "en", [
        "Floods cut the main road for two days, and residents of the city moved to the hall",
        "The quake damaged the old market, and the city closed the road to the river"],
        "long")
    store = fresh_store()
    store.refresh()
    index = store.index
    store._part_vectors(index, [cached.id])
    encoder = runtime().encoder
    original, inside, release = encoder.encode, threading.Event(), threading.Event()

    def held_encode(texts):
        inside.set()
        release.wait(10)
        return original(texts)

    monkeypatch.setattr(encoder, "encode", held_encode)
    found = {}

    def lookup(name, claim_id):
        with app.app_context():
            found[name] = store._part_vectors(index, [claim_id])

    encoding = threading.Thread(target=lookup, args=("encoded", uncached.id))
    encoding.start()
    assert inside.wait(5)
    reading = threading.Thread(target=lookup, args=("cached", cached.id))
    reading.start()
    reading.join(5)
    done_while_encoding = not reading.is_alive()
    release.set()
    encoding.join(10)
    reading.join(10)
    assert done_while_encoding
    assert set(found["cached"]) == {cached.id} and set(found["encoded"]) == {uncached.id}
    assert found["encoded"][uncached.id].shape[0] == 2
    assert store._parts.get(uncached.id)[1] is found["encoded"][uncached.id]


# ---- what the pages show: a minimum similarity, best match first (real encoder) ----------

FLOOD_ID = "Banjir bandang merusak 212 rumah di Kecamatan Sukamaju pada Selasa"
FLOOD_EN = "A flash flood damaged 212 houses in Sukamaju district on Tuesday"
FLOOD_LOOSE_EN = "Rain fell across several districts of the province this week"
UNRELATED = ["Harga tiket pesawat ke Medan turun menjelang akhir tahun",
             "The city council approved a new budget for public parks",
             "Tim sepak bola kota itu menang 3-1 dalam laga kandang"]


@pytest.fixture
def real(make_app):
    """An app with the real multilingual encoder and a user; few claims, so no centring."""
    app = make_app(SEARCH_ENCODER="usem")
    with app.app_context():
        from workbench.models import User
        user = User(username="sys", password_hash="x")
        db.session.add(user)
        db.session.commit()
        yield user


def add_claims(user, language, texts, name, status="new") -> list[Claim]:
    claims = add_article(user, language, texts, name)
    for claim in claims:
        claim.status = status
    db.session.commit()
    return claims


def test_unrelated_claims_are_not_suggested_however_few_there_are(real):
    ours = add_claims(real, "id", [FLOOD_ID], "ours")[0]
    duplicate = add_claims(real, "id", [FLOOD_ID], "copy", status="in_progress")[0]
    unrelated = add_claims(real, "id", UNRELATED, "other", status="published")
    rows = similar_claims.suggestions_for(ours)
    assert [s.claim.id for s in rows if s.likely] == [duplicate.id]
    # They are offered after it as less likely matches, for the page to fold away.
    assert {s.claim.id for s in rows if not s.likely} == {c.id for c in unrelated}
    assert rows[0].claim.id == duplicate.id
    # `flask similar` keeps its whole ranked list: the unrelated ones are still there.
    ranked = {c.claim_id for c in similar_claims.similar_to_text(FLOOD_ID, 10)}
    assert {c.id for c in unrelated} <= ranked


def test_a_translation_passes_and_an_exact_duplicate_in_progress_beats_a_loose_published_match(
        real):
    ours = add_claims(real, "id", [FLOOD_ID], "ours")[0]
    duplicate = add_claims(real, "id", [FLOOD_ID], "copy", status="in_progress")[0]
    translation = add_claims(real, "en", [FLOOD_EN], "translation", status="published")[0]
    loose = add_claims(real, "en", [FLOOD_LOOSE_EN], "loose", status="published")[0]
    add_claims(real, "en", UNRELATED, "other", status="published")
    rows = similar_claims.suggestions_for(ours)
    shown = [s.claim.id for s in rows if s.likely]
    assert shown[0] == duplicate.id and translation.id in shown and loose.id not in shown
    by_id = {s.claim.id: s for s in rows}
    # Not a near tie: the published translation may not jump the better duplicate.
    assert by_id[duplicate.id].score - by_id[translation.id].score > \
        similar_claims.PUBLISHED_PREFERENCE


@pytest.mark.parametrize("published", [0, 1])
def test_among_equal_matches_the_published_verdict_comes_first(real, published):
    ours = add_claims(real, "en", [FLOOD_EN], "ours")[0]
    copies = [add_claims(real, "en", [FLOOD_EN], f"copy{n}")[0] for n in range(2)]
    copies[published].status = "published"
    db.session.commit()
    shown = [s.claim.id for s in similar_claims.suggestions_for(ours) if s.likely]
    assert shown[:2] == [copies[published].id, copies[1 - published].id]


@pytest.mark.parametrize("means, language, claim_language, wanted", [
    ({"id", "en"}, "id", "en", similar_claims.SAME_FACT_MIN),       # both centred
    (set(), "id", "en", similar_claims.SAME_FACT_MIN_UNCENTRED),     # a new archive
    ({"id"}, "id", "en", similar_claims.SAME_FACT_MIN),             # one side centred
    ({"id"}, "en", "id", similar_claims.SAME_FACT_MIN),
    ({"id"}, "en", "en", similar_claims.SAME_FACT_MIN_UNCENTRED),
])
def test_the_bar_is_higher_when_neither_claim_was_centred(ctx, means, language,
                                                          claim_language, wanted):
    store = fresh_store()
    store.means = {name: np.zeros(4, np.float32) for name in means}
    store._languages = {7: claim_language}
    assert store.same_fact_min(language, 7) == wanted
    assert similar_claims.SAME_FACT_MIN < similar_claims.SAME_FACT_MIN_UNCENTRED
