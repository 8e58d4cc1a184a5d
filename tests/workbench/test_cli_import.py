import json

from sqlalchemy import select

from tests.fixtures.articles import HERE, read
from workbench.extensions import db
from workbench.models import Article, Role, User


def jsonl(*records) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                     for r in records) + "\n"


def test_jsonl_answers_one_line_per_input_line_with_claim_spans(app, runner, make_user):
    make_user("boss", Role.ADMIN)
    text = read("banjir_demak.txt")
    stdin = jsonl({"id": "a1", "text": text, "url": "https://warta.example/a", "published": "2023-03-06"},
                  "{not json",
                  {"id": 7, "text": ""},
                  {"id": "a2", "text": text},
                  {"id": "a3", "text": read("banjir_demak.txt").replace("Demak", "Kudus"),
                   "published": None})
    result = runner.invoke(args=["import", "--jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["a1", None, 7, "a2", "a3"]
    first, bad_json, empty, duplicate, third = lines
    assert set(first) == {"id", "article_id", "claims"}
    assert first["claims"] and all(set(c) == {"id", "start", "end"} for c in first["claims"])
    for claim in first["claims"]:
        assert 0 <= claim["start"] < claim["end"] <= len(text)
    assert "error" in bad_json and "error" in empty
    assert duplicate["article_id"] == first["article_id"]
    assert duplicate["claims"] == first["claims"]
    assert third["article_id"] != first["article_id"]
    with app.app_context():
        article = db.session.get(Article, first["article_id"])
        assert article.imported_by.username == "boss"
        assert article.published.isoformat() == "2023-03-06"


def test_jsonl_without_an_admin_imports_as_a_system_user(app, runner):
    result = runner.invoke(args=["import", "--jsonl"],
                           input=jsonl({"id": "x", "text": read("banjir_demak.txt")}))
    assert "article_id" in json.loads(result.output)
    with app.app_context():
        assert db.session.scalars(select(User.username)).all() == ["system"]


def test_files_with_url_date_and_user(app, runner, make_user):
    make_user("sari")
    result = runner.invoke(args=["import", str(HERE / "banjir_demak.txt"),
                                 "--url", "https://warta.example/b", "--published", "2023-03-07",
                                 "--user", "sari"])
    assert result.exit_code == 0, result.output
    assert "created article" in result.output
    with app.app_context():
        article = db.session.scalars(select(Article)).one()
        assert (article.url, article.published.isoformat(), article.imported_by.username) == (
            "https://warta.example/b", "2023-03-07", "sari")


def test_many_files_with_a_progress_bar_and_a_duplicate(app, runner, make_user, tmp_path):
    make_user("boss", Role.ADMIN)
    copy = tmp_path / "salinan.txt"
    copy.write_text(read("banjir_demak.txt"), encoding="utf-8")
    files = [str(HERE / "banjir_demak.txt"), str(HERE / "harga_cabai.html"), str(copy)]
    result = runner.invoke(args=["import", *files])
    assert result.exit_code == 0, result.output
    assert result.output.count("created article") == 2
    assert "already imported as article" in result.output


def test_usage_errors(runner, make_user):
    make_user("boss", Role.ADMIN)
    assert runner.invoke(args=["import"]).exit_code == 2
    assert runner.invoke(args=["import", str(HERE / "banjir_demak.txt"),
                               str(HERE / "harga_cabai.html"), "--url", "https://x.example/"]
                         ).exit_code == 2
    assert runner.invoke(args=["import", str(HERE / "banjir_demak.txt"),
                               "--user", "nobody"]).exit_code == 2
