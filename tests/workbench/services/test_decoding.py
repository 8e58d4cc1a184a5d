import pytest

from workbench.services.decoding import UndecodableText, decode_bytes

TEXT = "Gubernur berkata, “Harga cabai naik 30 persen” pada Selasa—menurut laporan."


@pytest.mark.parametrize("data, declared, html", [
    (TEXT.encode("utf-8"), None, False),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None, False),
    (TEXT.encode("utf-16"), None, False),
    (TEXT.encode("cp1252"), "windows-1252", False),
    (b'<meta charset="windows-1252">' + TEXT.encode("cp1252"), None, True),
])
def test_decodes(data, declared, html):
    assert TEXT in decode_bytes(data, declared, html)


def test_guesses_an_undeclared_legacy_encoding():
    assert decode_bytes((TEXT * 3).encode("cp1252")) == TEXT * 3


def test_binary_is_refused():
    with pytest.raises(UndecodableText):
        decode_bytes(bytes(range(256)) * 8)
