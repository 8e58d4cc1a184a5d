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


def test_bad_published_argument_exits_2_with_one_line(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["split", str(path), "--published", "kemarin"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_html_file_goes_through_the_extractor(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Banjir</title></head><body><nav>Menu Utama</nav><article>"
                    "<p>Banjir merendam 200 rumah di Kudus pada Senin (4/3).</p>"
                    "<p>Bupati Kudus mengatakan 50 keluarga mengungsi ke gedung sekolah.</p>"
                    "</article></body></html>", encoding="utf-8")
    assert main(["split", str(path), "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert any("200 rumah" in c["text"] for c in row["claims"])
    assert all("Menu Utama" not in c["text"] for c in row["claims"])


def test_html_without_body_exits_2(tmp_path, capsys):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    assert main(["split", str(path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_missing_file_and_missing_arguments_exit_2(tmp_path, capsys):
    assert main(["split", str(tmp_path / "nope.txt")]) == 2
    assert main(["split"]) == 2
    assert main(["frobnicate"]) == 2


def test_jsonl_record_too_large_gets_an_error_line():
    out = io.StringIO()
    line = json.dumps({"id": 7, "text": "kata " * 50}) + "\n"
    assert run_jsonl(io.StringIO(line), out, max_chars=100) == 1
    assert json.loads(out.getvalue()) == {"id": 7, "error": "text has 250 characters; the limit is 100"}


def test_module_entry_point_runs_jsonl():
    import subprocess
    import sys
    rec = json.dumps({"id": "z", "text": ARTICLE}) + "\n"
    proc = subprocess.run([sys.executable, "-m", "claims", "split", "--jsonl"], input=rec,
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert proc.returncode == 0 and proc.stderr == ""
    assert json.loads(proc.stdout)["id"] == "z"
