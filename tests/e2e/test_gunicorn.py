"""The real thing: `parley serve` under gunicorn on a free port."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

TOKEN = "e2e-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(base: str, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {**os.environ, "PARLEY_DB": str(tmp_path / "e2e.db"), "PARLEY_API_TOKEN": TOKEN,
           "PARLEY_PORT": str(port), "PARLEY_WORKERS": "2"}
    process = subprocess.Popen([sys.executable, "-m", "service", "serve"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()
            break
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)
    yield base, process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_served_api_is_seeded_takes_articles_and_stops_cleanly(server):
    base, process = server
    status, page = call(base, "GET", "/articles")
    assert status == 200 and len(page["items"]) == 1
    status, article = call(base, "POST", "/articles", {
        "title": "Talks", "body": "“We are ready to sign,” said Foreign Minister Maria Lopez. Kyiv rejected the plan."})
    assert status == 201
    status, quotes = call(base, "GET", f"/articles/{article['id']}/quotes")
    assert status == 200 and any(q["text"].startswith("We are ready to sign") and q["speaker"]["name"] == "Maria Lopez"
                                 for q in quotes["items"])
    assert call(base, "GET", "/no-such-route")[0] == 404
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
