import io
import json

import pytest

from claims.cli import main, run_jsonl

ARTICLE = ("Polisi menangkap tiga orang tersangka di Bandung pada Senin (4/3).\n"
           "ADVERTISEMENT\n"
           "Kapolres Budi Santoso mengatakan para tersangka membawa uang Rp 20 juta.\n")


def _run(lines):
    out = io.StringIO()
    code = run_jsonl(io.StringIO("".join(lines)), out)
    return code, [json.loads(x) for x in out.getvalue().splitlines()]


def test_jsonl_writes_one_result_per_record_in_order():
    rec = {"id": "a", "text": ARTICLE, "url": None, "published": "2024-03-05"}
    code, rows = _run([json.dumps(rec) + "\n", json.dumps({**rec, "id": "b"}) + "\n"])
    assert code == 0
    assert [r["id"] for r in rows] == ["a", "b"]
    assert {"language", "title", "published", "claims", "boilerplate"} <= set(rows[0])
    for claim in rows[0]["claims"]:
        assert ARTICLE[claim["start"]:claim["end"]] == claim["text"]


@pytest.mark.parametrize("bad_line, expected_id", [
    ("this is not json\n", None),
    (json.dumps({"id": "x"}) + "\n", "x"),
    (json.dumps({"id": "y", "text": "   "}) + "\n", "y"),
])
def test_bad_record_gets_error_line_and_rest_continue(bad_line, expected_id):
    good = json.dumps({"id": "ok", "text": ARTICLE}) + "\n"
    code, rows = _run([bad_line, good])
    assert code == 1
    assert rows[0]["id"] == expected_id and "error" in rows[0]
    assert rows[1]["id"] == "ok" and "claims" in rows[1]


def test_non_utf8_file_exits_2_with_one_stderr_line(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("Harga naik menjadi Rp 5.000 per kilogram di pasar.".encode("utf-16"))
    assert main(["split", str(path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "UTF-8" in err


def test_empty_file_exits_2(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert main(["split", str(path)]) == 2
    assert "empty" in capsys.readouterr().err


def test_text_format_lists_claims(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["split", str(path), "--published", "2024-03-05"]) == 0
    out = capsys.readouterr().out
    assert "Polisi menangkap tiga orang" in out and "ADVERTISEMENT" not in out


def test_bad_published_argument_exits_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["split", str(path), "--published", "kemarin"]) == 2
