"""Schemathesis against the running service, driven by the committed openapi.yaml.

Every operation gets positive and negative data (coverage, fuzzing and
stateful phases) and every check, as the repository's schemathesis.toml
tunes them. The README gives the longer local run.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .conftest import AUTH, ROOT, load

EXAMPLES = 15
ST = str(Path(sys.executable).with_name("st"))


def test_schemathesis_finds_no_server_error_and_no_response_off_the_spec(serve, tmp_path):
    server = serve(workers=2)
    for n in range(3):
        assert server.post("/articles", load.article(n, "fuzz-")).status_code == 201
    command = [ST, "--config-file", str(ROOT / "schemathesis.toml"), "run", str(ROOT / "openapi.yaml"),
               "--url", server.url, "--header", f"Authorization: {AUTH['Authorization']}",
               "--max-examples", str(EXAMPLES),
               "--seed", "1", "--generation-database", "none", "--workers", "1", "--request-timeout", "10",
               "--no-color"]
    run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    summary = run.stdout.rsplit("SUMMARY", 1)[-1]
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    selected, total = re.search(r"Selected: (\d+)/(\d+)", summary).groups()
    assert selected == total == re.search(r"Tested: (\d+)", summary).group(1)
    for phase in ("Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in summary
    server.stop()
    assert '"status": 5' not in server.log()
