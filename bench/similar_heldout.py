"""Similar-claims matching on hand-written pairs that were never used for tuning.

Sixteen Indonesian/English pairs stating the same (invented) fact, written for this file,
each pair inside articles full of same-topic distractors. Each side is asked for, like
`flask similar --jsonl` does; the partner must come back from the other article.

    .venv/bin/python bench/similar_heldout.py          # real encoder; ~1 min
"""
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

# (Indonesian, English) stating the same fact.
PAIRS = [
    ("Banjir merendam 1.250 rumah di Kabupaten Pati sejak Kamis malam",
     "Floods have submerged 1,250 homes in Pati regency since Thursday night"),
    ("Polisi menangkap dua tersangka pencurian kabel listrik di Cirebon",
     "Police arrested two suspects in the theft of power cables in Cirebon"),
    ("Harga bawang merah di Pasar Kramat Jati naik menjadi Rp45.000 per kilogram",
     "The price of shallots at Kramat Jati market rose to 45,000 rupiah a kilogram"),
    ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur tanpa menimbulkan korban jiwa",
     "A magnitude 5.6 earthquake shook Cianjur regency without causing any deaths"),
    ("Pemerintah kota menutup tiga sekolah karena kasus demam berdarah",
     "The city government closed three schools because of dengue fever cases"),
    ("Maskapai itu membatalkan 14 penerbangan akibat abu vulkanik",
     "The airline cancelled 14 flights because of volcanic ash"),
    ("Jumlah wisatawan asing ke Bali turun 8 persen pada bulan Juli",
     "The number of foreign tourists visiting Bali fell 8 percent in July"),
    ("Sebanyak tujuh nelayan hilang setelah perahu mereka terbalik di perairan Maluku",
     "Seven fishermen went missing after their boat capsized in Maluku waters"),
    ("Bank sentral mempertahankan suku bunga acuan di level 6 persen",
     "The central bank kept its benchmark interest rate at 6 percent"),
    ("Kebakaran hutan telah menghanguskan 300 hektare lahan gambut di Riau",
     "Forest fires have burned 300 hectares of peatland in Riau"),
    ("Menteri kesehatan mengatakan vaksin campak akan dibagikan gratis di sekolah",
     "The health minister said measles vaccines would be given out free at schools"),
    ("Kereta cepat mengangkut lebih dari 20.000 penumpang pada akhir pekan pertama",
     "The high-speed train carried more than 20,000 passengers on its first weekend"),
    ("Pabrik sepatu itu memberhentikan 900 pekerja karena pesanan ekspor turun",
     "The shoe factory laid off 900 workers because export orders fell"),
    ("Stadion baru di Surabaya akan selesai dibangun pada Desember",
     "The new stadium in Surabaya will be finished in December"),
    ("Harga beras medium di tingkat konsumen naik 3 persen dalam sebulan",
     "The consumer price of medium-grade rice rose 3 percent in a month"),
    ("Tim SAR menemukan jenazah pendaki yang hilang di Gunung Rinjani",
     "Rescuers found the body of the climber who went missing on Mount Rinjani"),
]
# Same topics, other facts: what a real archive is full of.
DISTRACTORS_ID = [
    "Banjir juga merendam jalan utama Pati-Kudus setinggi 40 sentimeter",
    "Warga Pati mengungsi ke balai desa dan masjid terdekat",
    "Polisi menyita 300 meter kabel dari gudang di Cirebon",
    "Pencurian kabel membuat lampu jalan padam selama sepekan",
    "Harga cabai rawit di Pasar Kramat Jati turun menjadi Rp60.000 per kilogram",
    "Pedagang mengatakan pasokan bawang dari Brebes berkurang",
    "BMKG mencatat 12 gempa susulan setelah gempa utama di Cianjur",
    "Sejumlah rumah di Cianjur mengalami retak ringan akibat gempa",
    "Dinas kesehatan mencatat 210 kasus demam berdarah sejak Januari",
    "Fogging dilakukan di lima kelurahan untuk menekan kasus demam berdarah",
    "Bandara Lombok ditutup selama enam jam karena abu vulkanik",
    "Maskapai itu menambah dua penerbangan ke Labuan Bajo",
    "Okupansi hotel di Bali mencapai 70 persen pada bulan Juli",
    "Wisatawan domestik ke Bali naik 5 persen pada bulan Juli",
    "Perahu nelayan di Maluku dilarang melaut karena gelombang tinggi",
    "Dua nelayan ditemukan selamat di pantai Pulau Seram",
    "Inflasi bulan Juli tercatat 2,5 persen secara tahunan",
    "Rupiah melemah ke level 15.900 per dolar AS",
    "Asap kebakaran hutan mengganggu penerbangan di Pekanbaru",
    "Polisi menetapkan tiga perusahaan sebagai tersangka pembakaran lahan di Riau",
    "Cakupan imunisasi campak di provinsi itu baru mencapai 68 persen",
    "Menteri kesehatan meresmikan rumah sakit baru di Kupang",
    "Tarif kereta cepat untuk kelas premium ekonomi ditetapkan Rp250.000",
    "Stasiun kereta cepat di Padalarang dibuka untuk umum",
    "Ekspor alas kaki turun 12 persen pada semester pertama",
    "Serikat pekerja menuntut pesangon sesuai aturan",
    "Renovasi stadion di Surabaya menelan biaya Rp300 miliar",
    "Persebaya akan menggunakan stadion baru mulai musim depan",
    "Bulog menyalurkan 200 ton beras ke pasar-pasar di Jakarta",
    "Pendaki dilarang naik ke puncak Rinjani selama musim hujan",
]
DISTRACTORS_EN = [
    "Floodwaters also cut the main road between Pati and Kudus",
    "Residents of Pati took shelter in village halls and mosques",
    "Police seized 300 metres of cable from a warehouse in Cirebon",
    "The cable thefts left street lights dark for a week",
    "The price of bird's eye chillies at Kramat Jati fell to 60,000 rupiah a kilogram",
    "Traders said the supply of shallots from Brebes had shrunk",
    "The weather agency recorded 12 aftershocks after the main quake in Cianjur",
    "Several houses in Cianjur suffered light cracks from the quake",
    "The health office has recorded 210 dengue cases since January",
    "Fogging was carried out in five districts to curb dengue",
    "Lombok airport was closed for six hours because of volcanic ash",
    "The airline added two flights to Labuan Bajo",
    "Hotel occupancy in Bali reached 70 percent in July",
    "Domestic tourist arrivals in Bali rose 5 percent in July",
    "Fishing boats in Maluku were banned from sailing because of high waves",
    "Two fishermen were found alive on the coast of Seram island",
    "July inflation was recorded at 2.5 percent year on year",
    "The rupiah weakened to 15,900 per US dollar",
    "Smoke from the forest fires disrupted flights in Pekanbaru",
    "Police named three companies as suspects in land burning in Riau",
    "Measles immunisation coverage in the province has reached only 68 percent",
    "The health minister opened a new hospital in Kupang",
    "The premium economy fare on the high-speed train was set at 250,000 rupiah",
    "The high-speed train station in Padalarang opened to the public",
    "Footwear exports fell 12 percent in the first half",
    "The workers' union demanded severance pay in line with the rules",
    "Renovating the stadium in Surabaya cost 300 billion rupiah",
    "Persebaya will use the new stadium from next season",
    "Bulog distributed 200 tonnes of rice to markets in Jakarta",
    "Climbers were barred from the summit of Rinjani during the rainy season",
]


def main():
    instance = tempfile.mkdtemp(prefix="similar-heldout-")
    os.environ["WORKBENCH_INSTANCE_PATH"] = instance
    from flask_migrate import upgrade

    from workbench import create_app
    from workbench.extensions import db
    from workbench.models import Article, Claim, User
    from workbench.services import similar_claims
    app = create_app({"SECRET_KEY": "heldout-" + "x" * 32, "TESTING": True,
                      "SEARCH_BACKGROUND_INDEXING": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance}/h.db"})
    with app.app_context():
        upgrade()
        user = User(username="h", password_hash="x")
        db.session.add(user)
        db.session.flush()
        # Article k holds pair k's Indonesian side and two Indonesian distractors; article
        # 100+k the English side and two English distractors.
        side = {}
        for k, (id_text, en_text) in enumerate(PAIRS):
            for lang, text, extra in (("id", id_text, DISTRACTORS_ID), ("en", en_text, DISTRACTORS_EN)):
                texts = [text, *extra[2 * k % len(extra):2 * k % len(extra) + 2]]
                article = Article(title=f"{lang}{k}", text="\n".join(texts), language=lang,
                                  content_hash=f"{lang}{k}".ljust(64, "0"), imported_by_id=user.id)
                db.session.add(article)
                db.session.flush()
                claims = [Claim(article_id=article.id, start=0, end=len(t), text=t) for t in texts]
                db.session.add_all(claims)
                similar_claims.store_vectors(claims)
                side[(k, lang)] = (article.id, claims[0].id)
        db.session.commit()
        n = r1 = r5 = 0
        mrr = 0.0
        for k, texts in enumerate(PAIRS):
            for lang, other, text in (("id", "en", texts[0]), ("en", "id", texts[1])):
                own_article = side[(k, lang)][0]
                ranked = [c for c in similar_claims.similar_to_text(text, 12)
                          if c.article_id != own_article][:10]
                rank = next((i + 1 for i, c in enumerate(ranked)
                             if c.claim_id == side[(k, other)][1]), None)
                n += 1
                r1 += rank == 1
                r5 += rank is not None and rank <= 5
                mrr += 1 / rank if rank else 0
        print(f"held-out cross-language pairs: {n} queries, R@1 {r1 / n:.3f}, R@5 {r5 / n:.3f},"
              f" MRR@10 {mrr / n:.3f}")


if __name__ == "__main__":
    main()
