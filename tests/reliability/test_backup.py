"""`parley backup` under writes, and the README's restore procedure."""
from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from .conftest import PARLEY, TOKEN, assert_whole, load


def backup(db_path, destination) -> subprocess.CompletedProcess:
    return subprocess.run([PARLEY, "backup", str(destination)], env={**os.environ, "PARLEY_DB": str(db_path)},
                          capture_output=True, text=True, timeout=60)


def test_backups_taken_under_writes_are_consistent_and_restore(serve, tmp_path, expected_counts):
    server = serve(workers=4)
    copies = []
    with ThreadPoolExecutor(1) as pool:
        writing = pool.submit(load.run, server.url, TOKEN, 8, writers=6, readers=0)
        while not writing.done():
            copies.append(tmp_path / f"backup-{len(copies)}.db")
            assert backup(server.db_path, copies[-1]).returncode == 0
    figures = writing.result()
    assert figures.errors == [] and len(copies) >= 2

    sizes = [len(assert_whole(copy, expected_counts)) for copy in copies]
    assert sizes == sorted(sizes) and sizes[-1] <= len(figures.acknowledged)

    server.stop()
    for suffix in ("", "-wal", "-shm"):
        server.db_path.with_name(server.db_path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(copies[-1], server.db_path)
    server.start()
    assert load.count_articles(server.url, TOKEN) == sizes[-1]


@pytest.mark.parametrize("case", ["destination exists", "no database", "unwritable destination"])
def test_backup_refuses_clearly(tmp_path, case):
    db_path, destination = tmp_path / "parley.db", tmp_path / "copy.db"
    if case == "destination exists":
        db_path.write_bytes(b"")
        destination.write_bytes(b"keep")
    elif case == "unwritable destination":
        db_path.write_bytes(b"")
        destination = tmp_path / "missing" / "copy.db"
    result = backup(db_path, destination)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
    assert not (case == "no database" and db_path.exists())
