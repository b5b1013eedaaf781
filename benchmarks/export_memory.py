"""Does a big export keep the worker's memory flat? Prints its RSS before, at
peak during, and after streaming a whole list as CSV and as NDJSON.

    .venv/bin/python benchmarks/export_memory.py [--rows 100000] [--port 8340]

Fills a temporary database with ROWS quotes, runs `gunicorn` with one worker
on loopback, and samples the worker's VmRSS from /proc while the client reads
(and discards) the export. Linux only.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from service.store import connect, migrate, write

STAMP = "2025-01-01T00:00:00+00:00"


def fill(path: str, rows: int) -> None:
    db = connect(path)
    migrate(db)
    with write(db):
        db.execute("INSERT INTO articles (id, title, body, content_hash, created_at) VALUES (1, 't', 'b', 'h', ?)",
                   [STAMP])
        db.execute("INSERT INTO actors (id, name, kind, created_at, updated_at) VALUES (1, 'Envoy', 'person', ?, ?)",
                   [STAMP, STAMP])
        db.conn.executemany(
            'INSERT INTO quotes (article_id, speaker_id, text, direct, cue, start, "end", created_at, updated_at) '
            "VALUES (1, 1, ?, 1, 'said', 0, 1, ?, ?)",
            ((f"Quote number {n}: the ceasefire talks will resume on Monday, the envoy said.", STAMP, STAMP)
             for n in range(rows)))
    db.conn.close()


def rss_kb(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


def worker_pid(master: int) -> int:
    children = Path(f"/proc/{master}/task/{master}/children")
    for _ in range(200):
        if children.exists() and children.read_text().split():
            return int(children.read_text().split()[0])
        time.sleep(0.05)
    raise RuntimeError("gunicorn started no worker")


def wait_ready(url: str) -> None:
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not answer")


def measure(url: str, pid: int, media_type: str) -> tuple[int, int, int, int]:
    """RSS before, peak while streaming, after (KB), and the bytes read."""
    before, peak, done, size = rss_kb(pid), [0], threading.Event(), 0

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], rss_kb(pid))
            time.sleep(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    request = urllib.request.Request(f"{url}/quotes", headers={"Accept": media_type})
    with urllib.request.urlopen(request, timeout=600) as response:
        while chunk := response.read(65536):
            size += len(chunk)
    done.set()
    sampler.join()
    return before, peak[0], rss_kb(pid), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--port", type=int, default=8340)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "export.db")
        fill(path, options.rows)
        env = {**os.environ, "PARLEY_DB": path, "PARLEY_SEEDS": folder, "PARLEY_LOG_LEVEL": "WARNING"}
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{options.port}",
                                   "--workers", "1", "service.app:create_app()"], env=env)
        try:
            url = f"http://127.0.0.1:{options.port}"
            wait_ready(url)
            pid = worker_pid(server.pid)
            print(f"{options.rows} quotes; worker RSS in MB")
            for media_type in ("text/csv", "application/x-ndjson"):
                before, peak, after, size = measure(url, pid, media_type)
                print(f"{media_type:22s} before {before / 1024:6.1f}  peak {peak / 1024:6.1f}  "
                      f"after {after / 1024:6.1f}  ({size / 2**20:.1f} MB sent)")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
