from types import SimpleNamespace as C

from workbench.views.article_layout import layout

TEXT = "Judul berita\nADVERTISEMENT\nBagikan\nHarga naik 10 persen kata menteri.\nSelesai."
HARGA = TEXT.index("Harga")                         # 35
OVERLAP = [C(id=1, start=HARGA, end=HARGA + 20),    # "Harga naik 10 persen"
           C(id=2, start=HARGA + 11, end=HARGA + 33)]  # "10 persen kata menteri"


def spans(text, blocks):
    return [(s.start, s.text, s.claim_ids) for b in blocks for line in b.lines for s in line]


def test_every_segment_sits_at_its_offset_and_lines_cover_the_text():
    blocks = layout(TEXT, OVERLAP, [])
    for start, text, _ids in spans(TEXT, blocks):
        assert TEXT[start:start + len(text)] == text
    shown = "\n".join("".join(s.text for s in line) for b in blocks for line in b.lines)
    assert shown == TEXT


def test_overlapping_claims_share_the_segments_they_both_cover():
    by_text = {text: ids for _s, text, ids in spans(TEXT, layout(TEXT, OVERLAP, []))}
    assert by_text["Harga naik "] == (1,)
    assert by_text["10 persen"] == (1, 2)
    assert by_text[" kata menteri"] == (2,)
    assert by_text["Judul berita"] == ()


def test_consecutive_boilerplate_lines_form_one_collapsed_block():
    boilerplate = [{"start": 13, "end": 26, "kind": "ad"}, {"start": 27, "end": 34, "kind": "widget"}]
    blocks = layout(TEXT, [], boilerplate)
    assert [(b.boilerplate, b.kinds, len(b.lines)) for b in blocks] == [
        (False, (), 1), (True, ("ad", "widget"), 2), (False, (), 2)]


def test_a_claim_running_into_boilerplate_is_cut_at_its_edge():
    blocks = layout(TEXT, [C(id=5, start=6, end=20)], [{"start": 13, "end": 26, "kind": "ad"}])
    covered = [(b.boilerplate, s.text) for b in blocks for line in b.lines for s in line
               if s.claim_ids == (5,)]
    assert covered == [(False, "berita"), (True, "ADVERTI")]
