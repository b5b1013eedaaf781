"""Live servers for the reliability tests: `parley serve` on a free port with a temporary database.

Each server runs in its own process group, so a test can stop it (SIGTERM) or
crash it (SIGKILL to master and workers) by that group's id alone.
"""
from __future__ import annotations

import importlib.util
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from service.config import Config
from service.extraction import load_extractor

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "reliability-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
START_SECONDS = 90  # each worker answers once its extraction processes have loaded the model: 8 loads for 4 workers
PARLEY = str(Path(sys.executable).with_name("parley"))


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running `parley serve`, its database and its log."""

    db_path: Path
    log_path: Path
    env: dict
    workers: int = 2
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Server:
        env = {**os.environ, **self.env, "PARLEY_DB": str(self.db_path), "PARLEY_PORT": str(self.port),
               "PARLEY_LOG_LEVEL": "INFO"}
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [PARLEY, "serve", "--workers", str(self.workers)],
                env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.wait_ready()
        return self

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"server exited:\n{self.log()}"
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise AssertionError(f"server not ready in {START_SECONDS} s:\n{self.log()}")

    def signal(self, signum: int) -> None:
        """Send `signum` to the master and every worker (the server's process group)."""
        os.killpg(self.process.pid, signum)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.signal(signal.SIGTERM)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def get(self, path: str, **kwargs) -> requests.Response:
        return requests.get(self.url + path, timeout=30, **kwargs)

    def post(self, path: str, json: dict, headers: dict | None = None) -> requests.Response:
        return requests.post(self.url + path, json=json, headers={**AUTH, **(headers or {})}, timeout=60)


def make_server(tmp: Path, workers: int = 2, **env: str) -> Server:
    """A server (not started) on a new database in `tmp`, with no seeds."""
    (tmp / "seeds").mkdir(exist_ok=True)
    defaults = {"PARLEY_API_TOKEN": TOKEN, "PARLEY_SEEDS": str(tmp / "seeds")}
    return Server(tmp / "parley.db", tmp / "server.log", {**defaults, **env}, workers)


@pytest.fixture
def serve(tmp_path: Path) -> Iterator:
    """Start servers on this test's database: `serve(workers=4, PARLEY_...="...")`."""
    servers: list[Server] = []

    def start(workers: int = 2, **env: str) -> Server:
        servers.append(make_server(tmp_path, workers, **env).start())
        return servers[-1]

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def live(tmp_path_factory) -> Iterator[Server]:
    """One server shared by the tests that only need a running service."""
    server = make_server(tmp_path_factory.mktemp("live")).start()
    yield server
    server.stop()


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=10, isolation_level=None)


def integrity(path: Path) -> str:
    with closing(connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def record_counts(path: Path) -> dict[int, tuple[int, int, int]]:
    """For every stored article: how many actors it mentions, quotes and demands it holds."""
    with closing(connect(path)) as conn:
        return {row[0]: tuple(row[1:]) for row in conn.execute(
            """SELECT r.id, (SELECT count(*) FROM mentions m WHERE m.article_id = r.id),
                      (SELECT count(*) FROM quotes q WHERE q.article_id = r.id),
                      (SELECT count(*) FROM demands d WHERE d.article_id = r.id)
               FROM articles r""")}


@pytest.fixture(scope="session")
def expected_counts():
    """The quotes and demands extraction finds in a body: what a whole article holds."""
    extractor = load_extractor(Config().spacy_model)

    def counts(body: str) -> tuple[int, int]:
        extraction = extractor.extract(body)
        return len(extraction.quotes), len(extraction.demands)
    return counts


def assert_whole(db_path, expected_counts) -> dict[int, tuple[int, int, int]]:
    """Integrity holds and every stored article has all the records its body yields."""
    assert integrity(db_path) == "ok"
    stored = record_counts(db_path)
    with closing(connect(db_path)) as conn:
        bodies = dict(conn.execute("SELECT id, body FROM articles"))
    for article_id, (mentions, quotes, demands) in stored.items():
        assert (quotes, demands) == expected_counts(bodies[article_id]), article_id
        assert mentions > 0
    return stored


def _load_module():
    spec = importlib.util.spec_from_file_location("parley_load", ROOT / "benchmarks" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


load = _load_module()
"""benchmarks/load.py, whose load the concurrency test runs for a shorter time."""
