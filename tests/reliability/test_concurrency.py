"""Several workers, many clients, one SQLite file: nothing lost, nothing locked, nothing doubled."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import requests

from service.app import create_app
from service.config import Config
from service.store import connect as connect_store
from service.store import migrate
from service.store.schema import MIGRATIONS

from .conftest import AUTH, TOKEN, connect, integrity, load, make_server, record_counts

LOAD_SECONDS = 12


def test_writers_and_readers_on_four_workers_lose_nothing(serve):
    server = serve(workers=4)
    figures = load.run(server.url, TOKEN, LOAD_SECONDS, writers=8, readers=8)
    assert figures.errors == []
    assert figures.requests["post"] > 50 and figures.requests["list"] > 50 and figures.requests["get"] > 10
    assert load.verify(server.url, TOKEN, figures) == []
    stored = record_counts(server.db_path)
    assert set(stored) == set(figures.acknowledged)
    assert {tuple(counts.values()) for counts in figures.acknowledged.values()} == set(stored.values())
    assert integrity(server.db_path) == "ok"
    server.stop()
    assert "database is locked" not in server.log()
    assert '"status": 5' not in server.log()


def test_the_same_article_posted_at_once_is_stored_once(serve):
    server = serve(workers=4)
    for round_ in range(5):
        barrier, responses = threading.Barrier(6), []

        def post(n=round_, barrier=barrier, responses=responses):
            barrier.wait()
            responses.append(requests.post(f"{server.url}/articles", json=load.article(n, "same-"),
                                           headers=AUTH, timeout=30))

        threads = [threading.Thread(target=post) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(r.status_code for r in responses) == [200] * 5 + [201]
        assert len({r.json()["id"] for r in responses}) == 1
    assert len(record_counts(server.db_path)) == 5


MIGRATE = """
import sys
from service.store import connect, migrate
print("ready", flush=True)
for path in sys.argv[1:]:
    sys.stdin.readline()
    db = connect(path)
    print(migrate(db), db.execute("SELECT count(*) FROM schema_version").fetchone()[0], flush=True)
"""
ROUNDS = 5


def test_processes_migrating_one_new_file_at_once_do_not_race(tmp_path):
    paths = [str(tmp_path / f"race-{n}.db") for n in range(ROUNDS)]
    processes = [subprocess.Popen([sys.executable, "-c", MIGRATE, *paths], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(8)]
    try:
        for process in processes:
            assert process.stdout.readline() == "ready\n"
        for path in paths:
            for process in processes:
                process.stdin.write("go\n")
                process.stdin.flush()
            assert [process.stdout.readline() for process in processes] == [f"{len(MIGRATIONS)} 1\n"] * 8
            assert integrity(path) == "ok"
    finally:
        errors = [process.communicate(timeout=60)[1] for process in processes]
    assert [process.returncode for process in processes] == [0] * 8, errors


def test_two_servers_starting_on_one_file_migrate_and_seed_once(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(3):
        (seeds / f"{n}.json").write_text(json.dumps(load.article(n, "seed-")), encoding="utf-8")
    first, second = make_server(tmp_path), make_server(tmp_path)
    for server in (first, second):
        server.env["PARLEY_SEEDS"] = str(seeds)
    try:
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda server: server.start(), (first, second)))
        for server in (first, second):
            assert server.get("/articles").json()["items"][2]["title"] == "Talks, round seed-2"
    finally:
        first.stop()
        second.stop()
    with closing(connect(first.db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
    assert integrity(first.db_path) == "ok"


def test_an_up_to_date_database_is_not_written_by_a_starting_worker(tmp_path):
    path = tmp_path / "parley.db"
    migrate(connect_store(str(path)))
    with closing(connect(path)) as watcher:
        before = watcher.execute("PRAGMA data_version").fetchone()[0]
        create_app(Config(db_path=str(path)))
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == before


def test_a_slow_extraction_does_not_hold_up_other_writes(serve):
    server = serve(workers=2, PARLEY_EXTRACTION_BUDGET="60")
    slow = {"title": "Long", "body": "\n".join(load.BODY.format(n=n) for n in range(400))}
    with ThreadPoolExecutor(1) as pool:
        long_post = pool.submit(server.post, "/articles", slow)
        time.sleep(1)
        started = time.monotonic()
        assert server.post("/articles", load.article(1, "quick-")).status_code == 201
        assert time.monotonic() - started < 3 and not long_post.done()
        assert long_post.result().status_code == 201
