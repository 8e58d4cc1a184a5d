import pytest

from workbench.services.identity import content_hash, normalize_url


@pytest.mark.parametrize("url, expected", [
    ("https://Warta.Example/banjir/", "https://warta.example/banjir"),
    ("https://www.warta.example/banjir#komentar", "https://warta.example/banjir"),
    ("https://warta.example/banjir?utm_source=wa&utm_medium=x&fbclid=1", "https://warta.example/banjir"),
    ("https://warta.example/read?page=2&id=7", "https://warta.example/read?id=7&page=2"),
    ("https://warta.example:443/a", "https://warta.example/a"),
    ("http://warta.example:8080/a", "http://warta.example:8080/a"),
    ("", None),
    ("not a url", None),
])
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


def test_content_hash_ignores_whitespace_and_unicode_forms_only():
    base = content_hash("Harga naik  10 persen.\nKata dia.")
    assert content_hash("  Harga naik 10 persen.\r\n\r\nKata dia. ") == base
    assert content_hash("Harga naik 11 persen.\nKata dia.") != base
