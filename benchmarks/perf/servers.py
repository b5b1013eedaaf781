"""The servers under test, each started on loopback, pinned to one core, stopped when done.

- Parley: `parley serve` with its own settings (gunicorn, PARLEY_WORKERS default 2).
- Datasette: `datasette serve` on a copy of the database with an FTS table on quotes.text.
- bare Flask: `bare_app.py` under gunicorn with 2 sync workers, on the same copy.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import psutil
import sqlite_utils

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Server:
    name: str
    url: str
    pid: int
    kind: str
    """Which dialect of paths it answers: 'parley' (Parley and bare Flask) or 'datasette'."""
    database: str
    """The name Datasette serves the file under."""

    def cpu_seconds(self) -> float:
        """User + system CPU of the server's whole process tree so far."""
        root = psutil.Process(self.pid)
        total = 0.0
        for process in [root, *root.children(recursive=True)]:
            try:
                times = process.cpu_times()
                total += times.user + times.system
            except psutil.NoSuchProcess:
                pass
        return total


def reference_copy(source: Path, target: Path) -> str:
    """Copy the database for the references and give quotes an FTS table if it has none;
    returns the name of that FTS table."""
    if not target.exists():
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
        db = sqlite_utils.Database(partial)
        if _quotes_fts(db) is None:
            db["quotes"].enable_fts(["text"], fts_version="FTS5")
        db.execute("PRAGMA journal_mode = WAL")
        db.conn.close()
        partial.rename(target)
    return _quotes_fts(sqlite_utils.Database(target))


def _quotes_fts(db: sqlite_utils.Database) -> str | None:
    """The FTS table over quotes: one sqlite-utils recognises, or Parley's own `quotes_fts`."""
    return db["quotes"].detect_fts() or ("quotes_fts" if db["quotes_fts"].exists() else None)


def _pin(core: int):
    return lambda: os.sched_setaffinity(0, {core})


def _wait_ready(process: subprocess.Popen, url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds:.0f} s")


@contextmanager
def _started(argv: list[str], env: dict, ready_url: str, core: int, log: Path) -> Iterator[int]:
    with open(log, "wb") as output:
        process = subprocess.Popen(argv, env={**os.environ, **env}, stdout=output, stderr=output,
                                   preexec_fn=_pin(core), start_new_session=True, cwd=HERE)
    try:
        _wait_ready(process, ready_url)
        yield process.pid
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def parley(db: Path, port: int, core: int, log: Path) -> Iterator[Server]:
    with tempfile.TemporaryDirectory() as empty_seeds:
        env = {"PARLEY_DB": str(db), "PARLEY_SEEDS": empty_seeds, "PARLEY_PORT": str(port),
               "PARLEY_HOST": "127.0.0.1"}
        url = f"http://127.0.0.1:{port}"
        with _started([str(BIN / "parley"), "serve"], env, f"{url}/healthz", core, log) as pid:
            yield Server("Parley", url, pid, "parley", db.stem)


@contextmanager
def datasette(db: Path, fts_table: str, port: int, core: int, log: Path) -> Iterator[Server]:
    """Datasette told which FTS table searches quotes (it finds only those sqlite-utils makes)."""
    url = f"http://127.0.0.1:{port}"
    metadata = log.with_suffix(".metadata.json")
    tables = {"quotes": {"fts_table": fts_table, "fts_pk": "id"}}
    metadata.write_text(json.dumps({"databases": {db.stem: {"tables": tables}}}), encoding="utf-8")
    argv = [str(BIN / "datasette"), "serve", str(db), "--host", "127.0.0.1", "--port", str(port),
            "--metadata", str(metadata), "--setting", "suggest_facets", "off"]
    with _started(argv, {}, f"{url}/-/versions.json", core, log) as pid:
        yield Server("Datasette", url, pid, "datasette", db.stem)


@contextmanager
def bare_flask(db: Path, fts_table: str, port: int, core: int, log: Path) -> Iterator[Server]:
    url = f"http://127.0.0.1:{port}"
    argv = [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "2", "--no-control-socket",
            "bare_app:create_app()"]
    env = {"BARE_DB": str(db), "BARE_QUOTES_FTS": fts_table}
    with _started(argv, env, f"{url}/articles/1", core, log) as pid:
        yield Server("bare Flask", url, pid, "parley", db.stem)
