"""Synthetic claim archives for bench/search_bench.py: generated, not real text.

Claim i is generated from its own seed, so any claim can be rebuilt on demand (queries
are drawn from claims, so every query has matches) and two runs give the same archive.
70% Indonesian (roots with me-/di-/ber-/pe-/-kan/-an/-nya affixes, so the stemmer has
work to do), 30% English; Zipf word frequencies over a vocabulary with a generated long
tail; numbers written the way each language writes them.
"""
import itertools
import random

from workbench.search import ClaimDoc

ID_ROOTS = """harga naik turun bangun jual beli bayar kirim terima tolak buka tutup
tambah kurang ubah atur jaga lindung bantu ajar kerja pakai hasil minta tanggung
guna catat periksa selidik tangkap tahan usul putus setuju larang izin tanam panen
impor ekspor pajak subsidi utang modal dana anggaran gaji upah listrik minyak beras
gula garam jagung kedelai cabai bawang daging telur susu pangan air tanah hutan laut
sungai banjir gempa longsor kebakaran asap jalan jembatan pelabuhan bandara kereta
kapal pesawat sekolah guru murid rumah sakit dokter obat vaksin virus penyakit warga
desa kota provinsi negara menteri presiden gubernur bupati wali polisi tentara hakim
jaksa partai pemilu suara calon kursi dewan rakyat buruh petani nelayan pedagang pasar
toko bank uang rupiah dolar saham emas batu bara nikel tambang pabrik mesin""".split()
ID_TEMPLATES = ["{}", "{}", "{}", "me{}", "di{}", "ber{}", "pe{}an", "{}kan", "di{}kan",
                "{}nya", "ke{}an", "me{}kan"]
ID_FILLER = """yang dan di ke dari ini itu untuk dengan pada dalam akan tidak sudah telah
juga lebih banyak besar baru tahun bulan hari persen sebesar hingga menjadi sekitar
oleh karena namun tetapi bahwa masih belum pernah""".split()
EN_WORDS = """price rise fall build sell buy pay send receive reject open close add cut
change rule guard protect help teach work use result ask claim record check probe
arrest hold propose decide agree ban permit plant harvest import export tax subsidy
debt capital fund budget salary wage electricity oil rice sugar salt corn soybean chili
onion meat egg milk food water land forest sea river flood earthquake landslide fire
smoke road bridge port airport train ship plane school teacher student hospital doctor
medicine vaccine virus disease resident village city province country minister
president governor regent mayor police army judge prosecutor party election vote
candidate seat council people worker farmer fisherman trader market shop bank money
dollar share gold coal nickel mine factory machine""".split()
EN_FILLER = """the and of to in for with on at by from that this will not has have
been more many large new year month day percent about into than but also""".split()
OUTLETS = [f"outlet{n:02d}.example" for n in range(40)]
STATUSES = ["new"] * 5 + ["in_progress"] * 2 + ["needs_review", "published", "published",
                                                   "not_checkworthy"]
VERDICTS = {"id": ["salah", "benar", "menyesatkan", "sebagian benar"],
            "en": ["false", "true", "misleading", "partly true"]}
COMMON = {"id": "pemerintah", "en": "government"}
SYLLABLES = "ka ri mu se to na la bi po de ga su wa ne ha ju lo mi ta re".split()


def _tail(rng, count, suffixes):
    words = set()
    while len(words) < count:
        n = rng.choice((2, 3, 3, 4))
        words.add("".join(rng.choice(SYLLABLES) for _ in range(n)) + rng.choice(suffixes))
    return sorted(words)


def _zipf(words):
    weights = [1 / (rank + 10) ** 1.05 for rank in range(len(words))]
    return words, list(itertools.accumulate(weights))


class Corpus:
    """``n`` synthetic claims, rebuilt on demand from per-claim seeds."""

    def __init__(self, n: int, seed: int = 7):
        self.n, self.seed = n, seed
        rng = random.Random(seed)
        id_words = [t.format(r) for r in ID_ROOTS for t in ID_TEMPLATES]
        rng.shuffle(id_words)
        en_words = EN_WORDS + [w + "s" for w in EN_WORDS] + [w + "ed" for w in EN_WORDS]
        rng.shuffle(en_words)
        self.vocab = {"id": _zipf(id_words + _tail(rng, 6_000, ["", "an", "kan"])),
                      "en": _zipf(en_words + _tail(rng, 6_000, ["", "s", "ing"]))}

    def docs(self):
        """Every claim, in id order (a generator: nothing held in memory)."""
        return (self.doc(i) for i in range(self.n))

    def doc(self, i: int) -> ClaimDoc:
        """Claim ``i``, always the same."""
        rng = random.Random(self.seed * 1_000_003 + i)
        lang = "id" if rng.random() < 0.7 else "en"
        status = rng.choice(STATUSES)
        published = status == "published"
        return ClaimDoc(
            claim_id=i, article_id=i // 6, language=lang, text=self._sentence(rng, lang),
            title=self._words(rng, lang, rng.randint(5, 9)).capitalize(),
            outlet=rng.choice(OUTLETS), status=status,
            verdict=rng.choice(VERDICTS[lang]) if published else "",
            published=f"{rng.randint(2018, 2025)}-{rng.randint(1, 12):02d}-"
                      f"{rng.randint(1, 28):02d}",
            rationale=self._words(rng, lang, 15) if published else "",
            has_evidence=rng.random() < 0.3)

    def _words(self, rng, lang, k):
        words, cum = self.vocab[lang]
        return " ".join(rng.choices(words, cum_weights=cum, k=k))

    def _sentence(self, rng, lang):
        filler = ID_FILLER if lang == "id" else EN_FILLER
        words = self._words(rng, lang, rng.randint(8, 18)).split()
        words += rng.choices(filler, k=rng.randint(3, 8))
        if rng.random() < 0.35:
            words.append(COMMON[lang])
        rng.shuffle(words)
        for _ in range(rng.randint(0, 2)):
            words.insert(rng.randrange(len(words) + 1), _number(rng, lang))
        return " ".join(words).capitalize()

    def queries(self, kind: str, count: int) -> list[list[str]]:
        """``count`` queries of a kind, as word lists, drawn from claims (so they match)."""
        rng = random.Random(f"{self.seed}-{kind}")
        if kind == "common-term":
            return [[rng.choice(list(COMMON.values()) + ["harga", "price"])]
                    for _ in range(count)]
        size = {"one-term": 1, "two-term": 2, "three-term": 3, "filtered": 2}.get(kind)
        return [self._query(rng, kind, size) for _ in range(count)]

    def _query(self, rng, kind, size):
        while True:
            raw = self.doc(rng.randrange(self.n)).text.lower().split()
            if kind == "phrase":
                pairs = [raw[j:j + 2] for j in range(len(raw) - 1)
                         if raw[j].isalpha() and raw[j + 1].isalpha()]
                if pairs:
                    return rng.choice(pairs)
                continue
            words = sorted({w for w in raw if w.isalpha() and w not in ID_FILLER
                            and w not in EN_FILLER})
            if len(words) >= size:
                return rng.sample(words, size)


def _number(rng, lang):
    # Indonesian: dotted thousands, decimal comma, "Rp" and scale words; English: reverse.
    value = rng.choice([rng.randint(2, 99), rng.randint(1000, 99000), rng.randint(1, 99) / 10])
    if isinstance(value, float):
        text = f"{value:.1f}"
        return text.replace(".", ",") + " persen" if lang == "id" else text + " percent"
    text = f"{value:,}"
    return "Rp" + text.replace(",", ".") if lang == "id" else "$" + text

