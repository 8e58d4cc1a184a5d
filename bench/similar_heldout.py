"""Similar-claims matching on hand-written pairs that were never used for tuning.

Two sets of Indonesian/English pairs stating the same (invented) fact, written for this
file. Each side is asked for, like `flask similar --jsonl` does; the partner must come back
from the other article.

- easy: sixteen pairs inside articles of same-topic distractors (they all score 1.000);
- hard: twenty pairs, each with rivals in other articles written to be confused with it:
  the same entity with another number, the same number in another fact, one side stating
  part of a longer claim, the other language's word order. Scored per kind as well.

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

# Harder cases, each an Indonesian/English pair stating the same invented fact, with
# rivals written to be hard: the same entity with another number, the same number in
# another fact, one side stating part of a longer claim, another word order.
HARD = [
    {"kind": "number",
     "id": "Banjir bandang di Kabupaten Lembah Sari merusak 340 rumah warga",
     "en": "Flash floods in Lembah Sari regency damaged 340 homes",
     "rivals_id": ["Banjir bandang di Kabupaten Lembah Sari merusak 1.200 rumah warga",
                   "Sebanyak 340 warga Lembah Sari mengungsi akibat banjir"],
     "rivals_en": ["Flash floods in Lembah Sari regency damaged 1,200 homes",
                   "Floods in Lembah Sari forced 340 residents to leave their homes"]},
    {"kind": "part",
     "id": "Gubernur Rahmat Solihin meresmikan jembatan Kali Jernih",
     "en": "Governor Rahmat Solihin inaugurated the Kali Jernih bridge, which cost 84 billion "
           "rupiah and took two years to build, and promised to repair the district's roads "
           "by March",
     "rivals_id": ["Gubernur Rahmat Solihin meresmikan rumah sakit baru di Tanjung Bening",
                   "Jembatan Kali Jernih ditutup sepekan setelah hujan deras"],
     "rivals_en": ["Governor Rahmat Solihin inaugurated a new hospital in Tanjung Bening",
                   "The Kali Jernih bridge was closed for a week after heavy rain"]},
    {"kind": "order",
     "id": "Sebanyak 1.870 ton beras impor tiba di Pelabuhan Batu Ampar pada Senin",
     "en": "On Monday, the port of Batu Ampar received 1,870 tonnes of imported rice",
     "rivals_id": ["Pelabuhan Batu Ampar menerima 2.400 ton gula impor pada Senin"],
     "rivals_en": ["On Monday, the port of Batu Ampar received 2,400 tonnes of imported sugar",
                   "1,870 containers passed through the port of Batu Ampar in March"]},
    {"kind": "shared number",
     "id": "Harga tiket kapal feri ke Pulau Karang Putih naik 15 persen",
     "en": "Ferry ticket prices to Karang Putih island rose 15 percent",
     "rivals_id": ["Jumlah penumpang kapal feri ke Pulau Karang Putih naik 15 persen",
                   "Harga tiket kapal feri ke Pulau Karang Putih naik 20 persen"],
     "rivals_en": ["The number of ferry passengers to Karang Putih island rose 15 percent",
                   "Ferry ticket prices to Karang Putih island rose 20 percent"]},
    {"kind": "part",
     "id": "Wali kota Dimas Arjuna mengatakan pemerintah kota akan membangun 12 taman baru, "
           "menanam 5.000 pohon, dan melarang kendaraan pribadi masuk alun-alun pada akhir pekan",
     "en": "The city will ban private cars from the main square at weekends, mayor Dimas "
           "Arjuna said",
     "rivals_id": ["Wali kota Dimas Arjuna melarang pedagang kaki lima berjualan di alun-alun"],
     "rivals_en": ["Mayor Dimas Arjuna banned street vendors from the main square",
                   "Private cars will be banned from the old town on Sundays"]},
    {"kind": "number",
     "id": "Tim SAR menemukan 9 penumpang kapal Sinar Bahari dalam keadaan selamat",
     "en": "Rescuers found nine passengers of the Sinar Bahari ship alive",
     "rivals_id": ["Tim SAR menemukan 4 penumpang kapal Sinar Bahari dalam keadaan meninggal"],
     "rivals_en": ["Rescuers found four passengers of the Sinar Bahari ship dead",
                   "Nine crew members of the Sinar Bahari were questioned by police"]},
    {"kind": "order",
     "id": "Menurut Badan Pusat Statistik Provinsi Tanah Merah, angka kemiskinan turun "
           "menjadi 7,4 persen",
     "en": "Poverty in Tanah Merah province fell to 7.4 percent, the provincial statistics "
           "office said",
     "rivals_id": ["Angka pengangguran di Provinsi Tanah Merah turun menjadi 5,1 persen"],
     "rivals_en": ["Unemployment in Tanah Merah province fell to 5.1 percent",
                   "Poverty in Tanah Merah province rose to 8.2 percent in 2019"]},
    {"kind": "part",
     "id": "Polisi menyita 45 kilogram sabu dari sebuah kapal nelayan di perairan Selat "
           "Lintang dan menangkap enam awaknya",
     "en": "Police seized 45 kilograms of methamphetamine",
     "rivals_id": ["Polisi menangkap 45 orang dalam razia narkoba di Selat Lintang"],
     "rivals_en": ["Police seized 12 kilograms of marijuana from a truck in Selat Lintang",
                   "Customs officers seized 45 kilograms of smuggled gold"]},
    {"kind": "shared number",
     "id": "Sebanyak 600 guru honorer di Kabupaten Sungai Emas diangkat menjadi pegawai tetap",
     "en": "600 contract teachers in Sungai Emas regency were made permanent staff",
     "rivals_id": ["Sebanyak 600 guru honorer di Kabupaten Sungai Emas belum menerima gaji "
                   "selama tiga bulan"],
     "rivals_en": ["600 contract teachers in Sungai Emas regency have not been paid for three "
                   "months"]},
    {"kind": "order",
     "id": "Akibat longsor, jalur kereta antara Stasiun Bukit Hijau dan Stasiun Lereng ditutup "
           "selama dua hari",
     "en": "The railway line between Bukit Hijau and Lereng stations was closed for two days "
           "by a landslide",
     "rivals_id": ["Longsor menimbun tiga rumah di dekat Stasiun Bukit Hijau"],
     "rivals_en": ["A landslide buried three houses near Bukit Hijau station",
                   "The railway line between Bukit Hijau and Lereng reopened after five days"]},
    {"kind": "number",
     "id": "Proyek jalan tol Pesisir Timur menelan biaya Rp12,5 triliun",
     "en": "The East Coast toll road project cost 12.5 trillion rupiah",
     "rivals_id": ["Proyek jalan tol Pesisir Timur diperkirakan menelan biaya Rp9 triliun"],
     "rivals_en": ["The East Coast toll road project was expected to cost 9 trillion rupiah",
                   "The state lost 12.5 billion rupiah in a land deal for the East Coast toll "
                   "road"]},
    {"kind": "part",
     "id": "Tiga orang tewas dalam kebakaran pasar di Kota Baruna",
     "en": "A fire at a market in Baruna city killed three people, injured 14 others and "
           "destroyed more than 200 stalls, officials said on Tuesday",
     "rivals_id": ["Dua orang tewas dalam kebakaran gudang di Kota Baruna"],
     "rivals_en": ["Two people died in a warehouse fire in Baruna city",
                   "Three people were arrested for starting a fire at a market in Baruna"]},
    {"kind": "shared number",
     "id": "Inflasi Kota Sembilan Lintas pada Mei tercatat 3,2 persen",
     "en": "Inflation in Sembilan Lintas city was 3.2 percent in May",
     "rivals_id": ["Pertumbuhan ekonomi Kota Sembilan Lintas pada kuartal pertama tercatat "
                   "3,2 persen"],
     "rivals_en": ["Economic growth in Sembilan Lintas city was 3.2 percent in the first quarter",
                   "Inflation in Sembilan Lintas city was 4.1 percent in April"]},
    {"kind": "order",
     "id": "Dua puluh lima siswa SD Harapan Jaya dirawat setelah keracunan makanan",
     "en": "Food poisoning sent 25 pupils of Harapan Jaya primary school to hospital",
     "rivals_id": ["Sebanyak 40 siswa SMP Harapan Jaya keracunan makanan pada pekan lalu"],
     "rivals_en": ["Forty pupils of Harapan Jaya junior high were poisoned by food last week",
                   "25 teachers at Harapan Jaya primary school went on strike"]},
    {"kind": "shared number",
     "id": "Partai Bintang Fajar meraih 18 kursi di DPRD Kabupaten Ombak Biru",
     "en": "The Bintang Fajar party won 18 seats in the Ombak Biru regional council",
     "rivals_id": ["Partai Bintang Fajar meraih 11 kursi di DPRD Kabupaten Ombak Biru pada "
                   "pemilu sebelumnya",
                   "Partai Cahaya Rakyat meraih 18 kursi di DPRD Kabupaten Ombak Biru"],
     "rivals_en": ["The Cahaya Rakyat party won 18 seats in the Ombak Biru regional council"]},
    {"kind": "part",
     "id": "Menteri Perhubungan Lestari Wulandari mengumumkan bahwa bandara baru di Tanjung "
           "Selatan akan dibuka pada Agustus, tarif penerbangan akan diturunkan, dan 30 rute "
           "baru akan ditambah",
     "en": "Thirty new flight routes will be added, transport minister Lestari Wulandari said",
     "rivals_id": ["Menteri Perhubungan Lestari Wulandari menambah 30 bus baru di Tanjung "
                   "Selatan"],
     "rivals_en": ["Transport minister Lestari Wulandari said 30 new buses would serve Tanjung "
                   "Selatan",
                   "The opening of the new airport in Tanjung Selatan was delayed until 2028"]},
    {"kind": "order",
     "id": "Ekspor kopi dari Kabupaten Gunung Lima ke Jepang meningkat dua kali lipat tahun ini",
     "en": "This year, coffee shipped to Japan from Gunung Lima regency doubled",
     "rivals_id": ["Ekspor kopi dari Kabupaten Gunung Lima ke Korea Selatan turun 30 persen"],
     "rivals_en": ["Coffee exports from Gunung Lima regency to South Korea fell 30 percent",
                   "Tea exports from Gunung Lima to Japan doubled last year"]},
    {"kind": "number",
     "id": "Gempa magnitudo 6,1 mengguncang Kabupaten Teluk Damai pada Rabu pagi",
     "en": "A magnitude 6.1 earthquake struck Teluk Damai regency on Wednesday morning",
     "rivals_id": ["Gempa magnitudo 4,8 mengguncang Kabupaten Teluk Damai pada Rabu malam",
                   "Gempa magnitudo 6,1 mengguncang Kabupaten Lembah Hijau pada Jumat"],
     "rivals_en": ["A magnitude 4.8 aftershock struck Teluk Damai regency on Wednesday night"]},
    {"kind": "order",
     "id": "Kepala Dinas Kesehatan Ratna Kirana mengatakan 1.150 warga Kota Angin Timur "
           "terjangkit diare",
     "en": "Diarrhoea has infected 1,150 residents of Angin Timur city, according to health "
           "office head Ratna Kirana",
     "rivals_id": ["Kepala Dinas Kesehatan Ratna Kirana mengatakan stok vaksin di Kota Angin "
                   "Timur cukup untuk tiga bulan"],
     "rivals_en": ["Health office head Ratna Kirana said vaccine stocks in Angin Timur city "
                   "would last three months",
                   "Diarrhoea infected 430 residents of Angin Timur city last year"]},
    {"kind": "part",
     "id": "Kapal tanker MT Samudra Jaya kandas di perairan Tanjung Karang Merah",
     "en": "The tanker MT Samudra Jaya ran aground off Tanjung Karang Merah on Saturday, "
           "spilling an estimated 3,000 litres of oil and keeping fishermen ashore for a week",
     "rivals_id": ["Kapal tanker MT Samudra Jaya berhasil ditarik ke pelabuhan setelah dua hari"],
     "rivals_en": ["The tanker MT Samudra Jaya was towed to port after two days",
                   "A second tanker ran aground off Tanjung Karang Merah in May"]},
]


def build(app):
    """Write every article and claim into ``app``'s database; returns the queries as
    [(set, kind, text, own article id, partner claim id)]."""
    from workbench.extensions import db
    from workbench.models import Article, Claim, User
    from workbench.services import similar_claims
    user = User(username="h", password_hash="x")
    db.session.add(user)
    db.session.flush()
    count = iter(range(10_000))

    def article(lang, texts):
        n = next(count)
        row = Article(title=f"{lang}{n}", text="\n".join(texts), language=lang,
                      content_hash=f"{lang}{n}".ljust(64, "0"), imported_by_id=user.id)
        db.session.add(row)
        db.session.flush()
        claims = [Claim(article_id=row.id, start=0, end=len(t), text=t) for t in texts]
        db.session.add_all(claims)
        similar_claims.store_vectors(claims)
        return row.id, claims[0].id

    queries = []

    def pair(set_name, kind, id_texts, en_texts):
        id_side, en_side = article("id", id_texts), article("en", en_texts)
        queries.append((set_name, kind, id_texts[0], id_side[0], en_side[1]))
        queries.append((set_name, kind, en_texts[0], en_side[0], id_side[1]))

    # Easy pair k: its Indonesian side with two Indonesian distractors in one article, its
    # English side with two English distractors in another.
    for k, (id_text, en_text) in enumerate(PAIRS):
        pick = slice(2 * k % len(DISTRACTORS_ID), 2 * k % len(DISTRACTORS_ID) + 2)
        pair("easy", "easy", [id_text, *DISTRACTORS_ID[pick]], [en_text, *DISTRACTORS_EN[pick]])
    # Hard pairs: each side alone in its article, the rivals in articles of their own.
    for group in HARD:
        pair("hard", group["kind"], [group["id"]], [group["en"]])
        article("id", group["rivals_id"])
        article("en", group["rivals_en"])
    db.session.commit()
    return queries


def score(queries) -> dict:
    """{slice: (queries, R@1, R@5, MRR@10)} for "easy", "hard", "all" and each hard kind."""
    from workbench.services import similar_claims
    found = similar_claims.similar_to_texts([q[2] for q in queries], 12)
    ranks = {}
    for (set_name, kind, _, own_article, partner), candidates in zip(queries, found):
        ranked = [c.claim_id for c in candidates if c.article_id != own_article][:10]
        rank = ranked.index(partner) + 1 if partner in ranked else None
        for key in {set_name, "all", f"hard/{kind}" if set_name == "hard" else set_name}:
            ranks.setdefault(key, []).append(rank)
    return {key: (len(r), _share(r, 1), _share(r, 5), sum(1 / x for x in r if x) / len(r))
            for key, r in sorted(ranks.items())}


def _share(ranks, n):
    return sum(1 for r in ranks if r and r <= n) / len(ranks)


def make_app(instance):
    from flask_migrate import upgrade

    from workbench import create_app
    app = create_app({"SECRET_KEY": "heldout-" + "x" * 32, "TESTING": True,
                      "SEARCH_BACKGROUND_INDEXING": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{instance}/h.db"})
    with app.app_context():
        upgrade()
    return app


def main():
    instance = tempfile.mkdtemp(prefix="similar-heldout-")
    os.environ["WORKBENCH_INSTANCE_PATH"] = instance
    app = make_app(instance)
    with app.app_context():
        figures = score(build(app))
    print(f"{'slice':<20} {'queries':>7} {'R@1':>6} {'R@5':>6} {'MRR@10':>7}")
    for key, (n, r1, r5, mrr) in figures.items():
        print(f"{key:<20} {n:>7} {r1:>6.3f} {r5:>6.3f} {mrr:>7.3f}")


if __name__ == "__main__":
    main()
