import pytest

from workbench.services.note_markup import mentioned_names, render


@pytest.mark.parametrize("body, forbidden", [
    ("<script>alert('x')</script>", "<script"),
    ("<img src=x onerror=alert(1)>", "<img"),
    ('<a href="https://a.example" onclick="steal()">x</a>', "<a href"),
    ("<iframe src='https://a.example'></iframe>", "<iframe"),
    ("<style>body{display:none}</style>", "<style"),
    ('[x](https://a.example "t" onmouseover=alert(1))', "onmouseover"),
    ("[klik](javascript:alert(1))", "javascript:"),
    ("[klik](JaVaScRiPt:alert(1))", "avascript"),
    ("[klik](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
    ("[klik](vbscript:msgbox(1))", "vbscript"),
    ("![pelacak](https://track.example/p.png)", "<img"),
    ("<div onmouseover='x()'>teks</div>", "<div"),
])
def test_raw_html_and_unsafe_links_do_not_pass(body, forbidden):
    html = render(body)
    assert forbidden.lower() not in html.lower()


def test_raw_html_is_shown_as_text():
    assert render("<b>tebal</b> & <script>x</script>") == (
        "<p>&lt;b&gt;tebal&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>")


def test_markdown_still_works():
    html = render("**Angka** _BPS_ `kode`\n\n- satu\n- dua\n\n> kutipan")
    for part in ("<strong>Angka</strong>", "<em>BPS</em>", "<code>kode</code>",
                 "<li>satu</li>", "<blockquote>"):
        assert part in html


def test_links_get_nofollow_noopener():
    html = render("Lihat [rilis](https://bps.example/r?a=1&b=2) dan <https://x.example/>")
    assert '<a href="https://bps.example/r?a=1&amp;b=2" rel="nofollow noopener noreferrer">rilis</a>' in html
    assert '<a href="https://x.example/" rel="nofollow noopener noreferrer">' in html


def test_known_mentions_are_highlighted_and_unknown_ones_left_alone():
    html = render("@Ana tolong cek, cc @tidakada dan **@budi**", {"ana", "budi"})
    assert '<span class="mention">@ana</span> tolong cek' in html
    assert "@tidakada" in html and 'mention">@tidakada' not in html
    assert '<strong><span class="mention">@budi</span></strong>' in html


def test_mentions_in_code_addresses_and_urls_do_not_count():
    html = render("`@ana` kirim ke ana@kantor.example atau https://x.example/@ana", {"ana"})
    assert 'class="mention"' not in html


def test_a_class_typed_by_hand_does_not_survive():
    assert '<span class="mention">' not in render('<span class="mention">@palsu</span>')


@pytest.mark.parametrize("body, names", [
    ("@ana dan @Budi.", {"ana", "budi"}),
    ("@wulan.sari, @dimas-2!", {"wulan.sari", "dimas-2"}),
    ("surel ana@kantor.example, tautan https://x.example/@ana", set()),
    ("@ @@x", set()),
])
def test_mentioned_names(body, names):
    assert mentioned_names(body) == names
