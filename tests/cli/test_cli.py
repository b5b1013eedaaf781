"""The `parley` command: ingest, backup, openapi, database preparation."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from click.testing import CliRunner

from service.cli import main
from service.ingest import prepare_database
from service.store import connect


@pytest.fixture
def env(config):
    return {"PARLEY_DB": config.db_path, "PARLEY_SEEDS": config.seeds_dir}


@pytest.fixture
def corpus(tmp_path, seed_article):
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "seed.json").write_text(json.dumps({**seed_article, "id": "ignored"}), encoding="utf-8")
    (folder / "nested" / "short.txt").write_text("A title\nUkraine said the talks would go on.\n", encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def count(path: str, table: str) -> int:
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_ingest_stores_json_and_txt_articles_and_skips_them_on_rerun(corpus, env):
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(corpus)], env=env)
    assert first.exit_code == 0, first.output
    assert "2 stored, 0 already there" in first.output
    assert count(env["PARLEY_DB"], "articles") == 2
    quotes = count(env["PARLEY_DB"], "quotes")
    assert quotes > 0
    again = runner.invoke(main, ["ingest", str(corpus)], env=env)
    assert "0 stored, 2 already there" in again.output
    assert (count(env["PARLEY_DB"], "articles"), count(env["PARLEY_DB"], "quotes")) == (2, quotes)


def test_ingest_refuses_a_malformed_file_before_storing_anything(tmp_path, corpus, env):
    (corpus / "broken.json").write_text('{"title": "no body"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(corpus)], env=env)
    assert result.exit_code != 0
    assert "needs a title and a body" in result.output


def test_backup_writes_a_consistent_copy(tmp_path, corpus, env):
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(corpus)], env=env)
    target = tmp_path / "copy.db"
    result = runner.invoke(main, ["backup", str(target)], env=env)
    assert result.exit_code == 0, result.output
    assert count(str(target), "articles") == 2
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert runner.invoke(main, ["backup", str(target)], env=env).exit_code != 0


def test_openapi_prints_the_committed_spec(env):
    from pathlib import Path
    result = CliRunner().invoke(main, ["openapi"], env=env)
    assert result.exit_code == 0
    assert result.output == (Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8")


def test_prepare_database_loads_the_seeds_once(config):
    assert prepare_database(config) == 1
    assert prepare_database(config) == 0
    assert count(config.db_path, "articles") == 1


def test_prepare_database_without_seeds_marks_the_database_seeded(config, tmp_path):
    empty = replace(config, seeds_dir=str(tmp_path / "none"))
    assert prepare_database(empty) == 0
    assert connect(config.db_path).execute("SELECT value FROM meta WHERE key = 'seeded'").fetchone() == ("0",)


def test_bad_configuration_is_a_usage_error(env):
    result = CliRunner().invoke(main, ["backup", "x.db"], env={**env, "PARLEY_BUSY_TIMEOUT_MS": "soon"})
    assert result.exit_code == 2
    assert "PARLEY_BUSY_TIMEOUT_MS" in result.output


def test_export_writes_what_the_api_exports(app, client, corpus, env, tmp_path):
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(corpus)], env=env)
    target = tmp_path / "quotes.ndjson"
    result = runner.invoke(main, ["export", "quotes", "--direct", "false", "--q=kyiv OR ukraine",
                                  "--format", "ndjson", "-o", str(target)], env=env)
    assert result.exit_code == 0, result.output
    api = client.get("/quotes", query_string={"direct": "false", "q": "kyiv OR ukraine"},
                     headers={"Accept": "application/x-ndjson"}).get_data()
    assert target.read_bytes() == api and api.count(b"\n") > 0
    as_csv = runner.invoke(main, ["export", "actors", "--kind", "state"], env=env)
    assert as_csv.exit_code == 0 and as_csv.output.startswith("id,edited,created_at")


@pytest.mark.parametrize("arguments", [["nothing"], ["quotes", "--speakr", "1"], ["quotes", "--speaker"],
                                       ["quotes", "--speaker", "x"], ["quotes", "--limit", "5"], ["quotes", "6"]])
def test_export_refuses_unknown_resources_and_bad_filters(env, arguments):
    result = CliRunner().invoke(main, ["export", *arguments], env=env)
    assert result.exit_code == 2, result.output


SHORT_ARTICLES = (
    "Ukraine said the talks would go on. \"We will not cede Donetsk,\" Zelensky told reporters in Kyiv.",
    "Russia demanded that Ukraine withdraw its troops. Kremlin spokesman Dmitry Peskov said Moscow was ready.",
    "The United Nations called for an immediate ceasefire and humanitarian access to Gaza.",
    "Israel rejected the proposal. \"There will be no deal without the hostages,\" Netanyahu said.",
)


def stored_records(path: str) -> list[tuple]:
    """Every article with its quotes and demands and who they name, in storage order."""
    with sqlite3.connect(path) as db:
        return db.execute(
            """SELECT a.id, a.title, q.text, s.name, d.text, h.name FROM articles a
               LEFT JOIN quotes q ON q.article_id = a.id LEFT JOIN actors s ON s.id = q.speaker_id
               LEFT JOIN demands d ON d.article_id = a.id LEFT JOIN actors h ON h.id = d.actor_id
               ORDER BY a.id, q.id, d.id""").fetchall()


@pytest.fixture
def short_corpus(tmp_path):
    folder = tmp_path / "short"
    folder.mkdir()
    for n, body in enumerate(SHORT_ARTICLES):
        (folder / f"{n}.txt").write_text(f"Article {n}\n{body}\n", encoding="utf-8")
    return folder


def test_ingest_in_two_processes_stores_what_one_process_stores(short_corpus, env, tmp_path):
    runner = CliRunner()
    single = {**env, "PARLEY_DB": str(tmp_path / "single.db")}
    assert runner.invoke(main, ["ingest", "--processes", "1", str(short_corpus)], env=single).exit_code == 0
    result = runner.invoke(main, ["ingest", "--processes", "2", "--batch-size", "1", str(short_corpus)], env=env)
    assert result.exit_code == 0, result.output
    assert "4 stored, 0 already there" in result.output
    assert count(env["PARLEY_DB"], "quotes") > 0
    assert stored_records(env["PARLEY_DB"]) == stored_records(single["PARLEY_DB"])


def test_ingest_in_two_processes_resumes_where_a_run_stopped(short_corpus, env):
    runner = CliRunner()
    first_two = sorted(short_corpus.iterdir())[:2]
    runner.invoke(main, ["ingest", "--processes", "1", *map(str, first_two)], env=env)
    stored = stored_records(env["PARLEY_DB"])
    result = runner.invoke(main, ["ingest", "--processes", "2", "--batch-size", "1", str(short_corpus)], env=env)
    assert result.exit_code == 0, result.output
    assert "2 stored, 2 already there" in result.output
    records = stored_records(env["PARLEY_DB"])
    assert records[:len(stored)] == stored
    assert {row[1] for row in records} == {f"Article {n}" for n in range(4)}
