"""SIGKILL in the middle of writes: every article is whole or absent, and work resumes."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import threading
import time

import requests

from .conftest import AUTH, PARLEY, assert_whole, load, record_counts

KILL_AFTER = 40


def _stored(db_path) -> int:
    """Articles stored so far; 0 while the database is still being created."""
    try:
        return len(record_counts(db_path))
    except sqlite3.OperationalError:
        return 0


def _post_until(url: str, stop: threading.Event, tag: str, acknowledged: dict) -> None:
    session = requests.Session()
    for n in range(10_000):
        if stop.is_set():
            return
        try:
            response = session.post(f"{url}/articles", json=load.article(n, tag), headers=AUTH, timeout=30)
        except requests.RequestException:
            return
        if response.status_code == 201:
            acknowledged[response.json()["id"]] = response.json()["counts"]


def test_server_killed_mid_ingest_restarts_with_whole_articles(serve, expected_counts):
    server = serve(workers=4)
    stop, acknowledged = threading.Event(), {}
    writers = [threading.Thread(target=_post_until, args=(server.url, stop, f"w{w}-", acknowledged))
               for w in range(8)]
    for writer in writers:
        writer.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < KILL_AFTER and time.monotonic() < deadline:
        time.sleep(0.05)
    server.signal(signal.SIGKILL)
    stop.set()
    for writer in writers:
        writer.join()
    assert len(acknowledged) >= KILL_AFTER

    server.start()
    stored = assert_whole(server.db_path, expected_counts)
    assert set(acknowledged) <= set(stored)
    for article_id, counts in acknowledged.items():
        assert server.get(f"/articles/{article_id}").json()["counts"] == counts
    assert server.post("/articles", load.article(0, "after-")).status_code == 201


def test_ingest_killed_mid_run_resumes_without_duplicates(tmp_path, expected_counts):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(200):
        (folder / f"{n:03}.json").write_text(json.dumps(load.article(n, "cli-")), encoding="utf-8")
    db_path, empty = tmp_path / "parley.db", tmp_path / "no-seeds"
    empty.mkdir()
    env = {**os.environ, "PARLEY_DB": str(db_path), "PARLEY_SEEDS": str(empty)}
    command = [PARLEY, "ingest", "--batch-size", "4", str(folder)]

    run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    deadline = time.monotonic() + 30
    while _stored(db_path) < KILL_AFTER and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.communicate(timeout=10)
    stored_at_kill = len(assert_whole(db_path, expected_counts))
    assert KILL_AFTER <= stored_at_kill < 200

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    assert rerun.stdout.strip() == f"{200 - stored_at_kill} stored, {stored_at_kill} already there"
    assert len(assert_whole(db_path, expected_counts)) == 200
