import pytest

from claims.clean import _RULE_WORDS, _RULES, _rules_for, find_boilerplate, is_dateline, line_kind, reads_as_prose


@pytest.mark.parametrize("line, kind", [
    ("ADVERTISEMENT", "ad"),
    ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
    ("Baca juga: Harga Beras Naik di Pasar Induk", "related"),
    ("BACA JUGA:", "related"),
    ("Simak Video 'Banjir Melanda Kota Lama':", "related"),
    ("Read more: Storm hits the coast", "related"),
    ("Related: Ferry fares to rise in April", "related"),
    ("Terkait: Tarif Tol Naik Bulan Depan", "related"),
    ("3 Januari 2024 14:20 WIB", "dateline"),
    ("Senin, 8 April 2024 - 09:30 WIB", "dateline"),
    ("loading...", "furniture"),
    ("A A A", "furniture"),
    ("3 dari 5 halaman", "furniture"),
    ("waktu baca 4 menit", "furniture"),
    ("12", "furniture"),
    ("share-facebook-white", "widget"),
    ("comment", "widget"),
    ("Follow kanal WhatsApp kami untuk mendapatkan berita terkini dengan klik tautan ini.", "widget"),
    ("Thank you for reading our coverage; subscribe to get it every morning.", "widget"),
    ("Quickly share this video with your friends and family.", "widget"),
    ("Get unlimited access, fewer ads and a faster site with a premium plan.", "widget"),
    ("Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda.", "widget"),
    ("Warga menunggu bantuan di posko, Rabu (3/1). Foto: Andi Saputra/ANTARA", "caption"),
    ("Rescuers search the rubble. Photograph: Jane Roe/Reuters", "caption"),
    ("Sumber: Badan Pusat Statistik", "byline"),
    ("Storm leaves thousands without power | World", "title"),
    ("Copyright 2023 Harbour Wire Service. All rights reserved.", "byline"),
    ("© 2022 Kabar Pesisir", "byline"),
    ("Hak cipta dilindungi undang-undang", "byline"),
    ("Staff writer Budi Santoso in Makassar contributed to this report.", "byline"),
    ("Harbour Wire writer Lena Okafor contributed.", "byline"),
    ("Reporters Tomas Vik and Ana Ruiz contributed from Valencia, Spain.", "byline"),
    ("Reporting by Jane Roe; Editing by John Doe", "byline"),
    ("(Laporan tambahan oleh Sari Dewi)", "byline"),
    # a feature byline with the reporter's base and day, and a foot credit naming the writer
    ("oleh Sinta Dewi [Palu] di 3 Maret 2025", "byline"),
    ("By Tomas Vik [Bergen] on 9 June 2024", "byline"),
    ("Tulisan yang dilaporkan oleh Sinta Dewi", "byline"),
    ("Berita ini ditulis oleh Andi Saputra", "byline"),
    ("This story was written by Jane Roe", "byline"),
    # scroll prompts in either language, and the desk's notes on a corrected story
    ("Scroll ke bawah untuk melanjutkan membaca", "ad"),
    ("GULIR KE BAWAH UNTUK LANJUT MEMBACA", "ad"),
    ("Scroll down to continue reading", "ad"),
    ("This story was corrected to fix the spelling of the harbour master's name.", "furniture"),
    ("An earlier version of this article gave the wrong toll.", "furniture"),
    ("Artikel ini telah diperbarui dengan keterangan polisi.", "furniture"),
    ("Ralat: nama pelatih sebelumnya tertulis Agus.", "furniture"),
    ("Related search: Surabaya, banjir rob, BPBD", "furniture"),
    ("Popular topics: fuel prices, ferries", "furniture"),
    ("Become a member today and your support funds our river desk; subscribers read without ads.", "widget"),
])
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Polisi menangkap dua orang di Medan pada Senin (1/4).",
    "Harga cabai naik menjadi Rp 80.000 per kilogram, kata pedagang.",
    "Lihat saja data tahun lalu yang menunjukkan kenaikan tajam.",
    "Berita yang diterbitkan oleh situs itu pada 2019 ternyata keliru.",
    "Tulisan ini ditulis oleh warga yang kehilangan 12 rumah.",
    "Story Written by Students Wins Regional Award",
    "Artikel yang Ditulis oleh Mahasiswa Unpad Raih Penghargaan",
    "Oleh karena itu harga beras naik lagi pekan ini.",
    "The council approved the budget on 3 January 2024 after a long debate.",
    "Share prices of the state miner fell 3 percent on Monday after the report.",
    "The ministry said the copyright law would be revised by 2025.",
    "Three volunteers contributed to the rescue, officials said.",
    "Rising fuel costs also contributed.",
    "A reporter's camera footage showed how the fire spread, and the wind contributed.",
    "The report was corrected by the auditors after the recount.",
    "Warga scroll ke bawah untuk membaca pengumuman di grup desa.",
])
def test_content_lines_are_not_boilerplate(line):
    assert line_kind(line) is None


# --- furniture of outlets the labelled sets do not hold (invented lines) ------------------------
@pytest.mark.parametrize("line", [
    "Follow-up checks on the hull will be made next week, the port said.",
    "Copyright claims against the studio rose in 2023, the court said.",
    "Terima kasih kepada nelayan yang membantu pencarian, ujar Amir.",
    '"Terima kasih kepada nelayan yang membantu," ujar Amir.',
    "Ikuti arahan petugas di dermaga, kata Syahbandar.",
    "Bagikan jaket pelampung kepada semua penumpang, pinta Bupati.",
    "Berita terkait kapal itu ramai dibagikan warganet.",
    "Follow the money", "Join us", "Get 2 tickets free", "Daftar sekolah yang diliburkan:",
    "Daftar penerima bantuan kami perbarui.", "Tap water ran dry overnight.", "Thank you very much.",
    "Get vaccinated here.",
])
def test_sentences_opening_like_widgets_credits_or_labels_stay_content(line):
    assert line_kind(line) is None


@pytest.mark.parametrize("line", [
    "Berita terkait: Kapal Tenggelam di Selat",
    "Share this article with your friends",
    "Copyright 2024 Coast Daily. All rights reserved.",
])
def test_the_labels_those_sentences_resemble_stay_furniture(line):
    assert line_kind(line) is not None


_PORT_TITLE = "Ferry Sinks Off the Northern Coast"
_PORT_BODY = ["A ferry carrying 60 passengers sank off the northern coast on Monday, the navy said.",
              "Rescuers pulled 52 people from the water and searched for the rest overnight.",
              "The port will stay closed until Thursday while divers inspect the wreck."]


def _port_page(line, at):
    body = _PORT_BODY[:at] + [line] + _PORT_BODY[at:]
    return "\n".join([_PORT_TITLE] + body) + "\n"


def test_a_caption_closed_by_a_lone_agency_name_inside_the_body():
    line = "Divers check the hull of the ferry on Monday. (AFP)"
    assert _found(_port_page(line, 2)).get(line) == "caption"


def test_the_last_paragraph_closed_by_an_agency_name_stays_content():
    line = "Divers will check the hull of the ferry on Monday. (AFP)"
    assert line not in _found(_port_page(line, 3))


@pytest.mark.parametrize("line, kind", [
    ("Divers check the hull of the ferry on Monday. (Supplied)", "caption"),
    ("Video Player is loading.", "furniture"),
    ("Listen · 6:05 min", "furniture"),
    ("Create a free account to keep reading our coverage", "widget"),
    ("This is a developing story and will be updated.", "furniture"),
    ("Picture: Amir Hakim", "caption"),
    ("— Reuters", "byline"),
    ("Home > News > Asia", "furniture"),
    ("3h ago", "dateline"),
    ("RELATED STORY: Port Closes for a Week", "related"),
    ("By Amir Hakim in Darwin", "byline"),
    ("Baca artikel lautnews, \"Kapal Tenggelam\" selengkapnya https://laut.example.com/d-1/kapal", "related"),
])
def test_furniture_of_unseen_outlets_inside_a_page(line, kind):
    assert _found(_port_page(line, 2)).get(line) == kind


@pytest.mark.parametrize("line", [
    "Source: the port authority said the ferry was overloaded.",
    "Sumber: Syahbandar menyebut kapal itu kelebihan muatan.",
    '"Get out now," a guide shouted as the rocks fell.',
    "Download limits were lifted during the outage.",
])
def test_statements_opening_like_a_source_label_or_a_prompt_stay_content(line):
    assert line_kind(line) is None


def test_a_caption_closed_by_a_dashed_agency_name_inside_the_body():
    line = "Divers check the hull of the ferry on Monday. — AFP"
    assert _found(_port_page(line, 2)).get(line) == "caption"
    assert line not in _found(_port_page("Divers will check the hull again on Monday. — AFP", 3))


def test_outlet_name_alone_on_a_line_is_a_credit():
    assert line_kind("KabarKota", outlet="kabarkota") == "byline"


def test_repeated_caption_without_credit_is_a_caption_too():
    caption = "Warga antre air bersih di Kampung Melayu, Selasa (2/1)."
    text = f"{caption} Foto: Budi/ANTARA\n{caption}\nIsi berita yang sebenarnya ada di sini.\n"
    found = find_boilerplate(text)
    assert [b.kind for b in found] == ["caption", "caption"]
    assert text[found[1].start:found[1].end] == caption


def test_chart_title_above_source_line():
    text = "Perolehan Suara per Wilayah\nSumber: KPU Daerah\nPasangan A menang tipis.\n"
    assert [b.kind for b in find_boilerplate(text)] == ["caption", "byline"]


@pytest.mark.parametrize("line", ["Senin (3/6) 10:00 WIB", "Rabu 14.30 WIB", "Kamis, 4 Jan"])
def test_date_lines_without_a_year_are_content(line):
    assert not is_dateline(line)


def test_dateline_rejects_sentences_with_dates():
    assert is_dateline("Kamis, 4 Januari 2024 10:00 WIB")
    # long, but only a byline, the outlet and two dates with their labels
    assert is_dateline("Tom Baker · Harbour News · Posted: Jun 9, 2025 6:00 AM EDT | Last Updated: June 9, 2025")
    assert not is_dateline("Rapat digelar pada 4 Januari 2024 di gedung DPRD provinsi.")


@pytest.mark.parametrize("line", [
    "COPYRIGHT 2021 KABAR TELUK",                                  # capitals: the gate lower-cases
    "(C) 2020 Warta Selatan",
    "WRITING BY Rina Lestari",
    "Editing by Tomas Berg",
    "Additional reporting by Dewi Anggraini – Jakarta",             # a dash outside ASCII
    "Tim Liputan Pantai Barat contributed reporting.",
    "Seluruh isi © Warta Selatan, hak cipta dilindungi",
    "© 2024 “Warta Selatan”",                                      # the sign, quotes outside ASCII
    "Copyr\u0131ght 2024 Warta Selatan",                          # dotless i: case-blind "i"
])
def test_credit_lines_in_any_case_and_script_are_bylines(line):
    assert line_kind(line) == "byline"


@pytest.mark.parametrize("line", [
    "Dia menjelaskan hak warga atas tanah itu sudah diatur.",      # "hak" without "cipta"
    "Editors reviewed the report before it was published on Monday.",
])
def test_lines_near_credit_words_stay_content(line):
    assert line_kind(line) is None


@pytest.mark.parametrize("credit", ["COPYRIGHT 2021 KABAR TELUK", "Copyr\u0131ght 2021 Kabar Teluk",
                                    "Reporting by Dewi; Editing by Tomas"])
def test_a_credit_line_is_found_inside_a_whole_article(credit):
    text = f"Banjir Landa Palu\n\nBanjir merendam 40 rumah di Palu.\n{credit}\nWarga mengungsi."
    found = {text[b.start:b.end]: b.kind for b in find_boilerplate(text)}
    assert found.get(credit) == "byline"
    assert "Banjir merendam 40 rumah di Palu." not in found


# --- the page furniture of Indonesian and English news sites, by family ----------------------
@pytest.mark.parametrize("line, kind", [
    # photo credits that name an agency or photographer, with or without a photo word
    ("Nelayan menarik perahu di Pantai Losari, Selasa (5/3). (Antara/Rudi Hartawan)", "caption"),
    ("A ferry docks at the harbour in Cebu, Philippines, May 2, 2024. (Reuters/Lena Marquez)",
     "caption"),
    ("Firefighters spray water on a warehouse in Leeds, March 3, 2024. (Tom Ashby/PA via AP)",
     "caption"),
    ("Commuters wait for a bus in Lagos, Nigeria, July 1, 2024. REUTERS/Ade Bello", "caption"),
    ("Commuters wait for a bus in Lagos, Nigeria, July 1, 2024. REUTERS/Ade Bello/File Photo",
     "caption"),
    ("Petani memanen padi di Karawang, Rabu (6/3/2024). ANTARA FOTO/Sigit Wibowo/nym.", "caption"),
    ("Students march in Dhaka, Bangladesh, on Monday. (AP Photo/Rafi Hasan)", "caption"),
    ("Crews clear debris in Hilo, Hawaii. The storm hit on Monday. (Reuters/Kai Lono)", "caption"),
    # a wire agency with a one-word photographer or desk
    ("Riot police stand guard outside the court in Dhaka, Bangladesh, May 2, 2024. REUTERS/Staff", "caption"),
    ("Petugas memadamkan api di Pasar Senen, Jakarta, Kamis (4/1/2024). ANTARA/Wibowo", "caption"),
    ("Pedagang menata sayur di pasar. Foto: Dok. Humas Pemkot", "caption"),
    ("Petugas memeriksa tanggul. (Foto: Ist. Polres Kendal)", "caption"),
    ("Workers at a textile mill in Surat. (Photo Courtesy of Indo Weave)", "caption"),
    ("Traders at the fish market in Mombasa. (Photo: File)", "caption"),
    ("A climber rests near the summit. Photo by Maria Lund/Getty Images", "caption"),
    ("FOTO: Warga antre air bersih di Kampung Melayu, Jakarta Timur, Selasa (2/1/2024), setelah "
     "banjir merendam permukiman mereka selama dua hari.", "caption"),
    ("FILE PHOTO: A container ship leaves the port of Busan, South Korea, on March 3, 2023.",
     "caption"),
    # a line that tells of its picture, with no label or credit
    ("A dock worker walks past stacked coils in Ulsan, South Korea, in this file picture taken on May 9, 2023.",
     "caption"),
    ("File photo of a nickel smelter in Morowali, Central Sulawesi, August 2023.", "caption"),
    ("Ilustrasi", "caption"),
    ("Ilustrasi kartu tanda penduduk elektronik", "caption"),
    ("(Reuters/Hana Kimura)", "caption"),
    ("ANTARA/Dedi Kurniawan", "caption"),
    # bylines, editors' initials, site names and syndication notes
    ("By Laura Whitfield", "byline"),
    ("By Ahmed Saleh and Nora Quinn, Reuters", "byline"),
    ("Oleh Siti Nurhaliza", "byline"),
    ("(rfh/ams)", "byline"),
    ("(ant)", "byline"),
    ("Image credit: Jane Roe", "caption"),
    ("Photographer: Jane Roe", "byline"),
    ("kabarKOTA", "byline"),
    ("Warta24.com", "byline"),
    ("Artikel ini telah tayang di Kabarkota.com dengan judul \"Jalan Tol Baru Dibuka\"", "byline"),
    ("This article was originally published on Harbour Weekly.", "byline"),
    # share, follow, listen and comment widgets
    ("Share on X", "widget"),
    ("Follow us", "widget"),
    ("Copy link copied", "widget"),
    ("Bagikan:", "widget"),
    ("Bagikan artikel ini", "widget"),
    ("Dengarkan", "widget"),
    ("Listen to this article", "widget"),
    ("Tweet", "widget"),
    ("0 Komentar", "widget"),
    ("comment 7", "widget"),
    ("1200 shares", "widget"),
    ("X", "widget"),
    ("Google News", "widget"),
    ("WhatsApp Channel", "widget"),
    ("Ikuti berita terkini dari kami di Google News, klik di sini.", "widget"),
    ("A post shared by Kabar Kota (@kabarkota)", "widget"),
    ("View this post on Instagram", "widget"),
    ("— Rina Lestari (@rinalestari) March 3, 2024", "widget"),
    ("pic.twitter.com/AbC123xyz", "widget"),
    ("Written by Omar Haddad", "byline"),
    ("Laporan Wartawan Kabarkota, Dedi Kurnia", "byline"),
    # advertisement markers and list headings
    ("Advertisement - Scroll to continue", "ad"),
    ("Story continues below", "ad"),
    ("Berita Lainnya", "related"),
    ("Most read", "related"),
    ("Next article", "related"),
    ("Berita selanjutnya: Harga Gula Turun", "related"),
    ("VIDEO: Detik-detik Puting Beliung Robohkan Atap Pasar", "related"),
    ("Disclaimer: The views expressed are the author's own.", "furniture"),
    ("Lihat Juga: Tarif Parkir Naik", "related"),
    # pagination, time stamps, embeds, tags and reading time
    ("Halaman selanjutnya", "furniture"),
    ("1 2 Next", "furniture"),
    ("« Prev 1 2 3", "furniture"),
    ("Next page", "furniture"),
    ("Updated 5 minutes ago", "furniture"),
    ("2 jam lalu", "furniture"),
    ("[Gambas:Video Kabar TV]", "furniture"),
    ("Gambas: Video Kabar TV", "furniture"),
    ("Topik Terkait: banjir, Semarang", "furniture"),
    ("Keywords: trade, tariffs", "furniture"),
    ("Penyunting: Bayu Aji", "furniture"),
    ("2 min read", "furniture"),
    ("Estimated reading time: 3 minutes", "furniture"),
    ("Lama baca: 2 menit", "furniture"),
    ("Updated on 12 March 2024", "dateline"),
])
def test_furniture_families(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Editor senior majalah itu mengundurkan diri pada Senin (4/3).",
    "Editor in chief Anna Berg resigned on Friday after 12 years at the paper.",
    "Reuters reported the figure on Monday, citing two officials.",
    "Israeli forces withdrew from the area overnight. (Reuters/AFP)",   # a story credit: content
    "Harga beras naik. Stok menipis. Pedagang mengeluh. (Budi Santoso/Kabar)",
    "Harga cabai naik 3 persen pekan ini. (net)",
    "Polisi menangkap dua orang dari satuan gabungan (TNI/Polri)",
    "Pasokan beras dari Jawa Barat/Jawa Tengah tertahan di gudang.",
    "Jawa Barat/Jawa Tengah",                                         # may head a list
    "By Monday the death toll had risen to 40.",
    "By Tuesday, Rescuers Had Reached The Village",
    "By The End Of March",
    "The photo by Jane Roe won the prize at the 2023 festival.",
    "Foto itu diambil pada 2019. Polisi kini memeriksa dua saksi.",
    "Ilustrasi tersebut menggambarkan banjir yang melanda kota pada 2020.",
    "Share prices fell 3 percent on Monday.",
    "Bagikan sembako dilakukan oleh relawan di 12 titik pada Sabtu.",
    "Google News Initiative gave grants to 40 local newsrooms in 2023.",
    "Komentar presiden itu memicu protes di 5 kota.",
    "Halaman sekolah itu terendam banjir setinggi 50 cm.",
    "The next page of the report lists 12 more victims.",
    "Berita lainnya menyebut harga gula turun 2 persen.",
    "Recommended doses rose to 3 per year, the ministry said.",
    "Artikel 5 undang-undang itu mengatur tarif pajak baru.",
    "Advertisement spending rose 8 percent in 2023.",
    "24/7",
    "Berita sebelumnya menyebut 40 orang tewas dalam banjir itu.",
    "Laporan wartawan tersebut memicu penyelidikan polisi pada 2023.",
    "Written by hand, the letter was sent to 12 ministers on Monday.",
    "— and 40 more were injured, police said.",
    "Video itu direkam warga pada Senin (4/3) dan diunggah ke media sosial.",
    "Fotografer itu memotret 12 warga yang terjebak banjir, Senin (4/3).",
    "Photos show at least 30 trucks waiting at the border on Tuesday.",
    "3 x 1",
    "Line 2",
])
def test_news_sentences_near_furniture_stay_content(line):
    assert line_kind(line) is None


@pytest.mark.parametrize("credit", ["(Reuters/Jane Roe)", "REUTERS/Jane Roe", "Foto: Dok. Humas Polda",
                                    "(Photo: File)"])
def test_a_caption_above_its_lone_credit_is_a_caption(credit):
    caption = "Warga menunggu bantuan di posko darurat, Kamis (4/1)."
    text = f"Banjir Landa Kota\nBanjir merendam 40 rumah di Palu pada Rabu.\n{caption}\n{credit}\n" \
           "Warga mengungsi ke balai desa."
    found = {text[b.start:b.end]: b.kind for b in find_boilerplate(text)}
    assert found == {caption: "caption", credit: "caption"}


@pytest.mark.parametrize("paragraph", [
    "Banjir merendam 40 rumah. Warga mengungsi ke balai desa pada 2024.",   # two sentences
    "Banjir merendam 40 rumah di Palu dan warga mengungsi ke balai desa.",  # no photo day
    # a photo shows what is, never what is expected
    "Gelombang laut diperkirakan mencapai 2,5 hingga 4 meter pada Rabu (2/12/2026).",
    # a year a count runs over is no photo's date, nor a target's
    "Pelabuhan Tanjung Perak melayani 4 juta TEUs sepanjang 2025.",
    "Pelindo menargetkan volume 7,5 juta TEUs pada 2026.",
])
def test_a_paragraph_above_a_lone_credit_stays_content(paragraph):
    text = f"Banjir Landa Kota\n{paragraph}\n(Reuters/Jane Roe)\nWarga mengungsi."
    found = {text[b.start:b.end] for b in find_boilerplate(text)}
    assert found == {"(Reuters/Jane Roe)"}


def test_one_word_section_label_above_the_body_is_furniture_but_not_below():
    text = "Kesehatan\nKasus Demam Berdarah Naik di Kota Palu\nKasus demam berdarah naik 20 " \
           "persen sejak Januari, kata dinas.\nKecamatan\nPalu Barat: 40 kasus\n"
    found = {text[b.start:b.end]: b.kind for b in find_boilerplate(text)}
    assert found == {"Kesehatan": "furniture"}


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_weekday_with_either_apostrophe_is_read_as_a_weekday(apostrophe):
    assert is_dateline(f"Jum{apostrophe}at, 12 Januari 2024 10:00 WIB Redaksi")


@pytest.mark.parametrize("line", [
    "North Surabaya | Updated: April 9, 2025 08:40 IST",
    "May 2, 20247:15 PM GMT+8Updated 3 hours ago",
    "Kuala Lumpur | Posted: 14 July 2023 09:12 MYT",
])
def test_date_lines_with_a_city_label_or_glued_clock_are_date_lines(line):
    assert is_dateline(line)
    assert line_kind(line) == "dateline"


@pytest.mark.parametrize("line", [
    "Updated rules took effect on April 9, 2025 across the state.",
    "Polisi menangkap dua tersangka pada 14 Juli 2023 di Surabaya.",
    "Kuala Lumpur hosted the summit on 14 July 2023 09:12 local time.",
])
def test_sentences_holding_a_date_and_a_label_stay_content(line):
    assert not is_dateline(line)


@pytest.mark.parametrize("line", [
    "Contact Maria Lopez at 412-555-0187",
    "Reach the news desk at tips@dailyharbor.example",
    "Hubungi Andi Saputra di 0813-2222-4545",
    "Kontak: 0857 1111 2222 / iklan@suarapagi.example",
    "Tom Becker can be reached at tbecker@example.org or 207-555-0113.",
    "For more information, contact the office at (021) 555 0199.",
    "Untuk informasi lebih lanjut, hubungi 0811-222-333",
])
def test_contact_lines_are_bylines(line):
    assert line_kind(line) == "byline"


@pytest.mark.parametrize("line", [
    "Contact tracing began at 10 a.m. on Monday in three districts.",
    "Call centres handled 1,200 calls on Tuesday.",
    "Police can be reached at 110 and ambulances at 118 in emergencies.",
    "Residents were told to call 112 if they saw smoke.",
    "Hubungi kami di 0812-3456-7890 untuk pemesanan tiket konser tahun depan.",
    "Contact with the vessel was lost at 1400 GMT",
])
def test_sentences_about_contact_or_calls_stay_content(line):
    assert line_kind(line) is None


@pytest.mark.parametrize("line, kind", [
    ("Save stories to read later and build your own reading list.", "widget"),
    ("This audio is produced with an AI voice tool.", "widget"),
    ("Baca artikel menarik lainnya di aplikasi kami", "widget"),
    ("list of 2 items", "furniture"),
    ("list 1 of 2", "furniture"),
    ("Related", "related"),
    ("Desk: (021) 555-0100; redaksi@example.co.id", "byline"),
    ("Tips: +62 812 5550 1234 / tips@example.com", "byline"),
    ("Petugas memadamkan api di Pasar Baru, Senin (3/3/2025). [Kabar.com/Andi]", "caption"),
    ("A fisherman repairs his net in Ambon on March 3, 2025 [Jane Roe/AFP]", "caption"),
])
def test_more_page_furniture_shapes(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Call volumes rose to 5,000 a day, the centre said: 021-555-0100 was the busiest line.",
    "Harga naik [lihat tabel/grafik] di semua pasar induk kota itu.",
    "The court heard the numbers (021/555) were forged in 2019.",
])
def test_sentences_with_numbers_or_brackets_stay_content(line):
    assert line_kind(line) is None


def _found(text):
    return {text[b.start:b.end]: b.kind for b in find_boilerplate(text)}


@pytest.mark.parametrize("credit", ["Getty Images", "AFP"])
def test_a_caption_under_a_lone_agency_credit(credit):
    caption = "Fishing boats moored in the harbour at dawn"
    text = (f"Port traffic doubles in a year\nThe port handled 2 million containers in 2024.\n{credit}\n"
            f"{caption}\nExports rose 12% over the same period.\n")
    assert _found(text) == {credit: "caption", caption: "caption"}


def test_a_lone_agency_credit_under_its_caption():
    caption = "Petugas memeriksa tanggul yang jebol di Demak"
    text = f"Tanggul Jebol\nTanggul jebol pada Senin malam.\n{caption}\nAFP\nWarga mengungsi ke balai desa.\n"
    assert _found(text) == {caption: "caption", "AFP": "caption"}


# A photo viewer's label ("Lihat Foto") opens the caption above the credit, full stop and all;
# the body's first line under the credit opens with its dateline, never a caption.
def test_a_caption_between_a_photo_viewer_label_and_its_credit():
    caption = "Pedagang menata beras di Pasar Induk Cipinang, Jakarta Timur."
    body = "JAKARTA, KOMPAS.com - Harga beras naik menjadi Rp 13.900 per kilogram pada Selasa (24/11/2026)."
    text = f"Harga Beras Naik\nLihat Foto\n{caption}\nKOMPAS.com/RINA SARI\n{body}\nPasokan turun 20 persen.\n"
    found = _found(text)
    assert found.get(caption) == "caption" and found.get("KOMPAS.com/RINA SARI") == "caption"
    assert body not in found


def test_capitals_alone_without_a_caption_beside_them_stay_content():
    text = "Laporan Tahunan\nAnggaran naik 5 persen tahun ini.\nBPK\nAudit selesai pada Maret 2025.\n"
    assert _found(text) == {}


def test_headlines_under_a_lone_related_label_and_list_markers():
    text = ("Bridge reopens after repairs\n"
            "The bridge reopened on Friday after six months of repairs.\n"
            "Recommended Stories\nlist of 2 items\nlist 1 of 2\n"
            "Storm damage bill passes $40m\nlist 2 of 2\nFerry operator cuts routes\nend of list\n"
            "Traffic on the bridge is expected to return to 30,000 vehicles a day.\n")
    found = _found(text)
    assert found["Storm damage bill passes $40m"] == "related"
    assert found["Ferry operator cuts routes"] == "related"
    assert found["end of list"] == "furniture"
    assert "Traffic on the bridge is expected to return to 30,000 vehicles a day." not in found


def test_a_quotation_after_a_related_label_stays_content():
    quote = "“Stok beras aman hingga akhir tahun"
    text = f"Stok Beras Aman\nBulog menambah stok pada Senin.\nBACA JUGA:\n{quote}\n" \
           "Bulog menyalurkan 2.000 ton beras.\n"
    assert quote not in _found(text)


def test_section_kicker_above_the_headline_is_furniture():
    text = ("Local News|Transport\nCity adds twelve electric buses to its fleet\n"
            "The city added 12 electric buses on Monday.\n")
    assert _found(text) == {"Local News|Transport": "furniture"}


@pytest.mark.parametrize("line, kind", [
    ("Pilihan Editor: Harga Gula Turun di Pasar Induk", "related"),
    ("Editor's picks", "related"),
    ("Bagikan :", "widget"),
    ("Baca halaman selanjutnya", "widget"),
    ("Explore more on these topics", "widget"),
    ("More from this section", "related"),
    ("Warga mengungsi di balai desa, Senin (3/3/2025). KABARKOTA.com/DEWI LESTARI", "caption"),
])
def test_picks_labels_widgets_and_credits_in_capitals(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Pilihan editor itu jatuh pada Rina, kata panitia.",
    "More on this later, the minister said on Monday.",
])
def test_words_of_labels_inside_sentences_stay_content(line):
    assert line_kind(line) is None


def test_a_caption_under_a_photo_word_credit():
    caption = "Petugas memeriksa tanggul yang jebol di Demak"
    text = (f"Tanggul Jebol di Demak\nTanggul jebol pada Senin malam.\nFoto: Dok. BPBD Demak\n{caption}\n"
            "Warga mengungsi ke balai desa pada 2024.\n")
    assert _found(text) == {"Foto: Dok. BPBD Demak": "caption", caption: "caption"}


def test_a_punctuated_caption_above_a_named_credit_wins_over_the_paragraph_below():
    caption = "Rescuers search the river bank on Monday, June 2, 2025."
    text = (f"River rescue continues\nThe search resumed on Monday.\n{caption}\nGetty Images\n"
            "The search will end in 2025.\n")
    assert _found(text) == {caption: "caption", "Getty Images": "caption"}


@pytest.mark.parametrize("line, kind", [
    ("Petani memanen padi di Sragen, Jawa Tengah. /Dok. Humas", "caption"),
    ("Kapal bersandar di Pelabuhan Merak, Senin (3/3/2025). /ANTARA", "caption"),
])
def test_a_credit_after_a_slash_closes_a_caption(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Harga naik 5 persen. /lihat tabel di bawah",
    "Dua kalimat di sini. Dan satu lagi di sini. Yang ketiga juga ada. /Dok. Humas Polda Metro Jaya Jakarta Raya",
])
def test_a_slash_after_body_text_stays_content(line):
    assert line_kind(line) is None


def test_the_wire_name_under_the_headline_leaves_the_headline_alone():
    text = "Ferry sinks off the coast, 9 missing\nAFP\nA ferry sank on Monday, police said.\n"
    assert "Ferry sinks off the coast, 9 missing" not in _found(text)


def test_a_copied_link_notice_is_a_widget():
    assert line_kind("Link Copied!") == "widget"


def test_a_list_heading_further_down_is_no_section_kicker():
    text = ("Kabar Kesehatan\nDinas merinci capaian imunisasi sebagai berikut:\n"
            "Kota Bogor\n• Sasaran anak usia balita: 41.000\n• Capaian: 96 persen\n"
            "Imunisasi tahap kedua dimulai pada 3 Juni 2024.\n")
    assert "Kota Bogor" not in _found(text)


def test_gated_rules_still_find_their_lines_in_a_whole_article():
    notice = "Dilarang menyalin konten situs ini tanpa izin tertulis."
    text = ("Banjir Rob Rendam Pesisir\nPoin penting:\nAir naik 40 cm.\nOleh Rina Dewi\n"
            f"Banjir rob merendam 300 rumah pada Senin.\n{notice}\n")
    found = _found(text)
    assert found[notice] == "byline" and found["Poin penting:"] == "furniture"


def _first_rule_kind(line, rules=_RULES):
    # Every rule tried in order, none skipped: what the length and word gates must agree with.
    return next((kind for kind, test, _bound in rules if test(line, None)), None)


_LONG_TAIL = " dan warga lain menunggu kabar dari petugas di posko pengungsian" * 3


@pytest.mark.parametrize("line", [
    "ADVERTISEMENT",
    "Baca juga: Jembatan Gantung di Desa Sukamaju Putus Diterjang Arus" + _LONG_TAIL,
    "5 Mei 2024 08:15 WIB",
    "(Rina Lestari)",
    "Key points",
    "Rep: Sari Dewi / Red: Agus Salim",
    "Nelayan Tewas Tersambar Petir - Kabarpesisir.com",
    "AGUS SALIM, Kabar Pesisir staff writer",
    "Apa pendapat Anda tentang artikel ini?",
    "Dengan berlangganan, Anda membantu kami meliput dari setiap kecamatan.",
    "Dilarang mengambil konten situs ini tanpa izin tertulis dari redaksi.",
    "Dilarang mengambil konten situs ini tanpa izin tertulis dari redaksi." + _LONG_TAIL,
    "Tags / Kata kunci: banjir, longsor, cuaca",
    "Petugas memeriksa tanggul yang jebol di tepi sungai, Kamis (4/4). Foto: Dok. BPBD" + _LONG_TAIL,
    "Harga gabah di tingkat petani turun menjadi Rp 5.200 per kilogram pekan ini." + _LONG_TAIL,
    "Copyright 2024 Kabar Pesisir. All rights reserved.",
    "Was this article helpful?",
    "Follow us on Instagram for the latest updates",
    "Baca artikel detiknews, \"Banjir Rendam Pesisir\" selengkapnya https://news.example.com/d-123",
    "Punya informasi penting? Kirim ke WhatsApp redaksi kami.",
])
def test_gated_rules_give_the_first_matching_rule(line):
    assert line_kind(line) == _first_rule_kind(line)
    assert line_kind(line, rules=_rules_for(line)) == _first_rule_kind(line)


@pytest.mark.parametrize("line, prose", [
    ("Banjir merendam 120 rumah di Kupang sejak Senin (4/3) dini hari.", True),
    ("Apakah hujan akan turun lagi di Kupang pekan ini?", True),
    ("Associated Press writer Ana Reyes in Manila contributed to this report.", True),
    ("Calon peserta didik mengantre di SMPN 1 Surabaya, Senin (7/7/2025). ANTARA FOTO/Rizal Hanafi/nym.", True),
    ("Your browser does not support the audio element.", True),
    ("Baca juga berita lainnya tentang banjir di kota ini hari ini.", False),
    ("This story has been corrected to show that the school is in Demak.", False),
    ("Get the best experience and a seamless way to stay updated.", False),
    ("Share your experiences and any issues you've encountered on The Jakarta Post.", False),
    ("Editor: Budi Santoso dan tim redaksi di Jakarta pada hari ini.", False),
    ("Warga mengungsi.", False),
])
def test_prose_lines_skip_only_rules_that_cannot_take_them(line, prose):
    # A line that reads as body prose is tried on fewer rules; the kind found stays the same.
    assert reads_as_prose(line) is prose
    assert line_kind(line) == _first_rule_kind(line)
    assert line_kind(line, rules=_rules_for(line)) == _first_rule_kind(line)


def test_an_article_without_a_rules_words_skips_that_rule_only():
    text = "Warga mengungsi ke balai desa.\nBantuan datang pada Selasa sore.\n"
    tried = {test for _kind, test in _rules_for(text).for_length(20)}
    # no credit, pitch, rights or link words, no question mark
    assert tried == {test for _kind, test, _bound in _RULES} - {test for test, _words in _RULE_WORDS}
    tried = {test for _kind, test in _rules_for(text + "Dilarang parkir.\n").for_length(20)}
    assert len(tried) == len(_RULES) - len(_RULE_WORDS) + 1


# Captions closed by a credit in brackets with no photo word and no slash.
_CREDITED_PAGE = """Harbour Board Approves Dredging Plan

Dredgers wait at the mouth of the river near the old pier. (Mara Quinn for The Harbour Ledger)
Crews clear the road near the J.R. Clair bridge in Port Alden, N.Y. (Ben Ortiz for Valley Post)
Crews cleared the road in May. Traffic resumed on Friday. (Ben Ortiz for Valley Post)
Volunteers sort donated clothes at a school hall on Friday. (Kyodo)
Volunteers sort donated clothes at a school hall on Friday. (Kyodo)
The board voted 9-3 to approve the plan, the clerk said. (Reuters)
The board voted 9-3 to approve the plan, the clerk said. (Reuters)
The plan costs $40 million and work begins in May, the board said. (Reuters)
Residents asked for a meeting (Mara Quinn for the council) before the vote.
"""


@pytest.mark.parametrize("line, expected", [
    ("Dredgers wait at the mouth of the river near the old pier. (Mara Quinn for The Harbour Ledger)", "caption"),
    ("Crews clear the road near the J.R. Clair bridge in Port Alden, N.Y. (Ben Ortiz for Valley Post)", "caption"),
    ("Crews cleared the road in May. Traffic resumed on Friday. (Ben Ortiz for Valley Post)", None),
    # printed twice and dated: the photo's caption with its agency
    ("Volunteers sort donated clothes at a school hall on Friday. (Kyodo)", "caption"),
    # a reported sentence printed twice, or once, with its agency's name: content
    ("The board voted 9-3 to approve the plan, the clerk said. (Reuters)", None),
    ("The plan costs $40 million and work begins in May, the board said. (Reuters)", None),
    # an aside in brackets inside a sentence is no credit
    ("Residents asked for a meeting (Mara Quinn for the council) before the vote.", None),
])
def test_captions_closed_by_a_bracketed_credit(line, expected):
    kinds = {_CREDITED_PAGE[b.start:b.end].strip(): b.kind for b in find_boilerplate(_CREDITED_PAGE)}
    assert kinds.get(line) == expected


# --- content lines that narrowed furniture rules once removed (invented lines) ------------------
_NARROWED_CONTENT = [
    "- BNPB", "- KPK", "- NTB", "- BMKG",
    "Dikutip dari Reuters, 12 orang tewas", "(Sumber: BPS)",
    "Inflasi Januari 2024 tercatat 2,57 persen. Sumber: BPS",
    "Inflation rose to 3.1% in January. Source: Statistics Indonesia",
    "Rainfall hit 300 mm on Monday. Credit: BMKG",
    "Dua warga tewas tertimpa pohon, Senin (3/1/2024). (Antara)",
    "Kapal tenggelam di Selat Bali pada 3 Januari 2024. (Bernama)",
    "The ferry sank off Bali on January 3, 2024. — AFP",
    "Belum ada akun resmi.",
    "From Monday", "From Jakarta Bay", "Reporter Without Borders", "White House Staff",
    "Posted in Jakarta", "2 of 3", "1 dari 5", "More: prices rose 3%",
]


def _river_page(line):
    return ("Banjir Rendam Kota Pesisir\n\n"
            "Pemerintah mengumumkan kebijakan baru pada hari Senin untuk mengatasi banjir di wilayah utara.\n"
            f"{line}\n"
            "Warga diminta tetap waspada karena curah hujan diperkirakan masih tinggi hingga akhir pekan.\n")


@pytest.mark.parametrize("line", _NARROWED_CONTENT)
def test_content_lines_in_a_page_stay_content(line):
    assert line not in _found(_river_page(line))


@pytest.mark.parametrize("item", ["- BNPB", "- KPK", "- NTB", "- BMKG"])
def test_agency_bullets_in_a_list_stay_content(item):
    text = ("Banjir Rendam Kota Pesisir\n\nLembaga yang hadir dalam rapat itu antara lain:\n- Kemenkes\n"
            f"{item}\n- Polri\n")
    assert item not in _found(text)
    assert item not in _found(text.replace("- Polri\n", "") + "Rapat berlangsung tiga jam.\n")


@pytest.mark.parametrize("foot", ["- BERNAMA", "(Sumber: Antara)"])
def test_a_sign_off_at_the_foot_stays_furniture(foot):
    text = _river_page("Petugas membuka posko di balai desa pada Senin pagi.") + f"{foot}\nBaca juga: Harga Beras Naik\n"
    assert _found(text).get(foot) == "byline"


def test_a_dated_report_printed_twice_with_its_agency_stays_content():
    page = ("Harbour Board Approves Plan\n\n"
            "The board voted 9-3 to approve the plan on Friday. (Reuters)\n"
            "The board voted 9-3 to approve the plan on Friday. (Reuters)\n"
            "Work starts in May.\n")
    assert find_boilerplate(page) == ()


# A one-word credit after a news sentence is the story's credit, not a photo's: the line stays
# content unless the caption closes with its photo's date and year.
@pytest.mark.parametrize("text", [
    "Polisi menyita 5 kg sabu dari tersangka pada Selasa. (ANTARA/Jakarta)",
    "Brent crude rose 3 percent to 85 dollars a barrel on Monday. (Reuters/Staff)",
])
def test_a_one_word_wire_credit_after_a_news_sentence_keeps_the_line(text):
    assert find_boilerplate(text) == ()


# A screen reader's list of other stories ("Keep reading", "list 1 of 3", a headline, "end of
# list"): the headline inside is a related headline, once, with or without the label above.
@pytest.mark.parametrize("label", ["Keep reading\nlist of 2 items\n", ""])
def test_a_headline_inside_a_screen_reader_list_is_related(label):
    text = ("The port reopened on Monday after a two-day strike by dock workers over pay.\n" + label +
            "list 1 of 2\nFerry operators warn of delays as storm season nears\nend of list\n"
            "Unions said 400 workers had joined the strike, which ended after talks.")
    related = [text[b.start:b.end] for b in find_boilerplate(text) if b.kind == "related"]
    assert related.count("Ferry operators warn of delays as storm season nears") == 1
    assert not any("Unions said" in r for r in related)


# --- the substring gate in front of lx.DATELINE_HINT ----------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claims import lexicon as lx  # noqa: E402
from claims.clean import _may_hold_a_dateline_hint  # noqa: E402

_HINT_PIECES = ["12", "3", "2024", "1998", "Maret", "MEI", "Jan.", "sept", "Okt", "December", "Agu", "/", "-", " ", ",",
                "Senin", "WIB", "warga", "5230", "ſep", "\u212a", "İ", "ı", "2024-03-05", "12/3/2024", "(4/3)", "3/",
                "-05", "2024-03"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HINT_PIECES), min_size=1, max_size=7))
def test_the_dateline_hint_gate_never_hides_a_hint(pieces):
    for sep in (" ", ""):
        line = sep.join(pieces)
        if lx.DATELINE_HINT.search(line):
            assert _may_hold_a_dateline_hint(line), line


# A news sentence ending on a year, then a one-word wire credit, is no photo caption.
def test_a_news_sentence_ending_on_a_year_with_a_wire_credit_stays_content():
    assert find_boilerplate("Harga beras naik 5 persen sejak awal 2023. ANTARA/Raisan") == ()


def test_a_wire_caption_with_its_full_date_and_a_one_word_credit():
    line = "Police stand guard near the court in Dhaka, Bangladesh, May 2, 2024. REUTERS/Staff"
    assert [b.kind for b in find_boilerplate(line)] == ["caption"]


# A plan inside a relative clause on someone in the photo keeps a caption a caption.
def test_a_plan_inside_a_relative_clause_keeps_a_caption():
    caption = "Petugas mengevakuasi warga yang akan mengungsi di Kampung Melayu, Senin (30/11/2026)."
    text = f"Banjir Jakarta\nBanjir merendam 40 rumah.\n{caption}\n(Reuters/Jane Roe)\nWarga mengungsi.\n"
    assert _found(text).get(caption) == "caption"


# What a photo shows "since 2023", with no count, still dates its scene: a caption.
def test_a_scene_since_a_year_above_a_credit_is_a_caption():
    caption = "Warga melintasi jembatan gantung yang rusak sejak 2023."
    text = f"Jembatan Rusak\nJembatan itu belum diperbaiki.\n{caption}\nANTARA FOTO/Kornelis Kaha\nWarga mengeluh.\n"
    assert _found(text).get(caption) == "caption"


# --- furniture shapes a probe of invented pages found leaking (session 28) ---------------------
@pytest.mark.parametrize("line, kind", [
    ("Picture: The mayor greets voters in Clacton after winning with 8,405 votes. PA Wire", "caption"),
    ("Gambar: Kolom abu vulkanik terlihat dari Pulau Tagulandang.", "caption"),
    ("This photo released by the provincial police shows the damaged bus on Tuesday.", "caption"),
    ("This image made from video provided by KTV shows the jet on fire on the runway.", "caption"),
    ("Smoke rises over the port on Tuesday, Jan. 2, 2024, in this image from video. (KTV via AP)", "caption"),
    ("Firefighters spray water at the plane on January 2, 2024, in a still image from video.", "caption"),
    ("Rupiah ditutup melemah pada perdagangan Senin (13/5) sore. (CNN Indonesia/Adi Maulana).", "caption"),
    ("A view of the van after the blast outside the campus on April 26, 2022. — Reuters/File", "caption"),
    ("TEMPO/Subekti.", "caption"),
    ("(By Jane Roe and Budi Santoso)", "byline"),
    ("Associated Press writer Jane Roe in Nairobi contributed.", "byline"),
    ("Comments are closed on this story.", "furniture"),
    ("The AP is solely responsible for all content.", "furniture"),
    ("Artikel ini merupakan bagian dari Kabar Media. Ruang berbagi cerita warga.", "furniture"),
    ("Konten ini dibuat berdasarkan laporan Rina Dewi (kabarkota).", "furniture"),
    ("Keep up with all the latest news from the region by following Kabar TV.", "widget"),
    ("Langgan Kabar Malaysia untuk berita tanpa sekatan. Sudah langgan? Log masuk", "widget"),
    ("Rescuers search the rubble in Hualien on April 3, 2024. Credit: Jane Roe/Reuters", "caption"),
    ("Rescuers search the rubble in Hualien on April 3, 2024 (Credit: Fire Agency)", "caption"),
    ("Smoke rises from a tower in Hualien, Wednesday, April 3, 2024, in this image from KTV Video. (KTV via AP)", "caption"),
    ("Smoke rises from a tower in Hualien on Wednesday, April 3, 2024. (Fire Agency via AP)", "caption"),
    ("Smoke rises from a tower in Hualien on Wednesday, April 3, 2024 (AP Video)", "caption"),
    ("Ilustrasi. Warga antre bansos di Kantor Pos Bandung pada Senin (6/5/2024).", "caption"),
    ("Ilustrasi - Gempa bumi. ANTARA/HO-BMKG", "caption"),
    ("Ilustrasi pengungsi banjir di Demak (Foto Antara).", "caption"),
    ("Warga mengungsi ke balai desa pada Senin (13/5). (ANTARA FOTO/Budi Santoso).", "caption"),
    ("Exports rose 5% in May from a year earlier. Chart credit: Statistics Korea", "caption"),
    ("Follow KTV's coverage of the election at https://ktv.example/hub/election", "widget"),
    ("More KTV coverage of the floods: https://ktv.example/hub/floods", "related"),
    ("KTV climate coverage receives financial support from several private foundations.", "furniture"),
    ("FILE - The county courthouse in Oakland, Calif., is seen on Jan. 9, 2024.", "caption"),
    ("Pictured: Firefighters at the scene on Monday.", "caption"),
    ("Published in the print edition on May 15, 2024, with the headline 'Dengue cases rise'.", "furniture"),
    ("Artikel ini telah tayang di Kabarjabar.id dengan judul Banjir Rendam Tiga Kecamatan di Kabupaten "
     "Bandung, 1.200 Warga Mengungsi ke Masjid dan Sekolah Dasar", "byline"),
    ("Sebuah kiriman dibagikan oleh Humas Polres Subang (@humaspolressubang)", "widget"),
    ("Bus rombongan pelajar terguling di Ciater malam ini. Semoga semua selamat pic.twitter.com/AbC123xyz", "widget"),
    ("Kontak Media: Bagian Prokopim Setda Sleman, Telp. (0274) 868405", "byline"),
    ("Trending on KTV", "related"),
    ("Next in Local News", "related"),
    ("Terpopuler", "related"),
    ("Be the first to comment", "widget"),
    ("Jadilah yang pertama berkomentar", "widget"),
    ("Read 3 articles and stand to win rewards", "widget"),
    ("For the latest news, weather and video, head to KTV Dallas.", "widget"),
    ("Find out what's happening in Harbourtown with free, real-time updates from Kabar.", "widget"),
    ("Contact: [email protected]", "widget"),
    ("Posted 9 Jan 20249 Jan 2024Tue 9 Jan 2024 at 10:42am, updated 9 Jan 2024 at 3:15pm", "dateline"),
    ("Rescuers evacuate residents from a flooded village in this 2020 file photo.", "caption"),
])
def test_furniture_shapes_of_unseen_pages(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The AP reported that 12 people died in the blast on Tuesday.",
    "Comments from residents were mixed, the mayor said.",
    "Artikel 5 undang-undang itu mengatur denda hingga Rp 50 juta.",
    "The agency said it would keep up its patrols along the coast.",
    "Pelanggan listrik bisa berlangganan paket baru mulai Senin, kata PLN.",
    "A photo released by the family shows the boy on his last birthday, police said.",
    "Reporting by the Daily Monitor showed that 300 patients were turned away in March.",
    "The bank cut its credit rating outlook to negative on Monday.",
    "Talks were held via video conference, officials said.",
    "Tax credits: the government will extend them to 2026.",
    "The court was shown the evidence (the photo of the car).",
    "The ministry received support from donors for the program, officials said.",
    "File photos show the damage, the agency said.",
    "Popular demand grew after the show aired in 2023.",
    "Next week the council meets to vote on the budget.",
    "Updated on Monday, the rules took effect at 10:00 am, officials said.",
    "Published figures showed 12 deaths by 10.30 WIB on Monday.",
    "Residents who stand to win compensation will be notified in March.",
])
def test_sentences_that_share_words_with_those_shapes_stay_content(line):
    assert line_kind(line) is None


def test_a_one_sentence_line_printed_twice_in_a_row_is_a_caption():
    caption = "Pembalap itu melakukan selebrasi di atas podium."
    text = f"Balapan Le Mans\nMartin menang dengan waktu 41 menit.\n{caption}\n{caption}\nSeri berikutnya digelar Mei.\n"
    found = {text[b.start:b.end] for b in find_boilerplate(text)}
    assert found == {caption}
    # ... but not a sentence that reports speech
    said = "Martin menang dengan mudah, kata pelatihnya."
    text = f"Balapan Le Mans\n{said}\n{said}\nSeri berikutnya digelar Mei.\n"
    assert find_boilerplate(text) == ()


def test_a_dated_caption_with_a_second_sentence_above_its_credit():
    caption = "A collapsed section of the bridge in Phu Tho province on September 9, 2024. Ten cars fell into the river."
    text = f"Bridge collapses\nThe bridge collapsed on Monday, officials said.\n{caption}\nPhoto: VnExpress/Giang Huy\n" \
           "Rescuers searched the river."
    found = {text[b.start:b.end] for b in find_boilerplate(text)}
    assert found == {caption, "Photo: VnExpress/Giang Huy"}


def test_a_writers_bio_at_the_foot_under_a_surname_or_with_any_letter():
    for bio in ("Politi covers Argentina and Uruguay for The Associated Press.",
                "Laura Gómez is El Diario Norte's political correspondent in Mexico City."):
        text = f"Vote count begins\nCounting began on Sunday, officials said.\n{bio}\n"
        assert [text[b.start:b.end] for b in find_boilerplate(text)] == [bio]


def test_a_caption_above_a_credit_with_a_credit_label():
    caption = "Sheinbaum and Galvez greet each other before the debate in Mexico City on May 19, 2024."
    text = f"Debate held\nThe debate lasted two hours, organisers said.\n{caption}\nCredit: Henry Romero/Reuters\n" \
           "Polls open on June 2."
    found = {text[b.start:b.end] for b in find_boilerplate(text)}
    assert caption in found


def test_a_sentence_that_reports_speech_above_a_lone_credit_stays_content():
    said = "The army deployed 40 boats to Sunamganj, a spokesman said on Tuesday."
    text = f"Floods in Sylhet\nFloods killed 19 people in Sylhet, officials said.\n{said}\nREUTERS/Mohammad Hossain\n" \
           "Schools were closed."
    assert said not in {text[b.start:b.end] for b in find_boilerplate(text)}


@pytest.mark.parametrize("credit", ["Credit: AFP", "— Bernama", "Source: CNA/Jane Roe"])
def test_a_credit_or_sign_off_under_the_lead_does_not_make_it_a_deck(credit):
    lead = "At least nine people were killed in Swat on Monday, the agency said."
    text = f"Flash floods kill 9 in Swat\n{lead}\n{credit}\nThe agency said 63 houses were damaged.\n"
    from claims import split_article
    assert lead.split(",")[0] in [c.text for c in split_article(text, published="2024-04-20").claims]


def test_a_line_opening_with_the_dateline_is_no_caption_above_a_credit():
    lead = ("KABARJABAR.ID, BANDUNG - Banjir merendam tiga kecamatan sejak Senin (13/5/2024) malam. "
            "Ketinggian air mencapai 1,5 meter.")
    text = f"Banjir Rendam Bandung\n{lead}\nKabarjabar.id/Lutfi Ahmad\nPetugas mengevakuasi warga, Selasa (14/5/2024).\n" \
           "Warga mengungsi ke masjid."
    assert lead not in {text[b.start:b.end] for b in find_boilerplate(text)}
