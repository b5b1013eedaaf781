#!/usr/bin/env python3
"""Concurrent load on Parley: writers post articles while readers list and get records.

    python benchmarks/load.py --seconds 60 --writers 8 --readers 8 --workers 4

starts `parley serve --workers N` on a temporary database (or targets a running
service with --url and --token), runs the load, then reads back every
acknowledged article and its records, and prints the figures: requests, errors,
articles acknowledged vs stored. Exits 1 when anything was lost or failed.
tests/reliability/test_concurrency.py runs the same load, shorter.
"""
from __future__ import annotations

import argparse
import itertools
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import requests

BODY = """Ukrainian President Volodymyr Zelensky said on Monday that Kyiv would never cede Donetsk. \
"We will not give up our land, round {n}," Zelensky told reporters in Kyiv.
Russia demanded that Ukraine withdraw its troops from the region. Kremlin spokesman Dmitry Peskov said \
Moscow was ready to talk about item {n}.
The United Nations called for an immediate ceasefire and humanitarian access."""
RECORD_LISTS = ("actors", "quotes", "demands")


@dataclass
class Figures:
    """What a run did; `acknowledged` maps each article id answered 201 to its record counts."""

    requests: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    acknowledged: dict[int, dict] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, kind: str, response: requests.Response, expected: tuple[int, ...]) -> None:
        with self.lock:
            self.requests[kind] += 1
            if response.status_code not in expected:
                self.errors.append(f"{response.request.method} {response.url} -> {response.status_code}: "
                                   f"{response.text[:300]}")


def article(n: int, tag: str) -> dict:
    return {"title": f"Talks, round {tag}{n}", "body": BODY.format(n=f"{tag}{n}")}


def _writer(url: str, token: str, tag: str, until: float, figures: Figures) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    for n in itertools.count():
        if time.monotonic() >= until:
            return
        response = session.post(f"{url}/articles", json=article(n, tag), timeout=60)
        figures.note("post", response, (201,))
        if response.status_code == 201:
            with figures.lock:
                figures.acknowledged[response.json()["id"]] = response.json()["counts"]


def _reader(url: str, token: str, until: float, figures: Figures) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    while time.monotonic() < until:
        page = session.get(f"{url}/{random.choice(('articles', *RECORD_LISTS))}?limit=20", timeout=30)
        figures.note("list", page, (200,))
        if page.status_code == 200 and page.json()["next"]:
            figures.note("list", session.get(page.json()["next"], timeout=30), (200,))
        with figures.lock:
            ids = list(figures.acknowledged)
        if ids:
            figures.note("get", session.get(f"{url}/articles/{random.choice(ids)}", timeout=30), (200,))


def run(url: str, token: str, seconds: float, writers: int = 8, readers: int = 8) -> Figures:
    """Post and read concurrently for `seconds`; every article posted is new."""
    figures, tag, until = Figures(), f"{uuid.uuid4().hex[:8]}-", time.monotonic() + seconds
    with ThreadPoolExecutor(writers + readers) as pool:
        jobs = [pool.submit(_writer, url, token, f"{tag}{w}-", until, figures) for w in range(writers)]
        jobs += [pool.submit(_reader, url, token, until, figures) for _ in range(readers)]
        for job in jobs:
            job.result()
    return figures


def verify(url: str, token: str, figures: Figures) -> list[str]:
    """Problems found reading back each acknowledged article and its records."""
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    problems = []
    for article_id, counts in figures.acknowledged.items():
        stored = session.get(f"{url}/articles/{article_id}", timeout=30)
        if stored.status_code != 200 or stored.json()["counts"] != counts:
            problems.append(f"article {article_id}: {stored.status_code} {stored.text[:200]}")
            continue
        for name in RECORD_LISTS:
            items = session.get(f"{url}/articles/{article_id}/{name}?limit=500", timeout=30).json()["items"]
            if len(items) != counts[name]:
                problems.append(f"article {article_id}: {len(items)} {name}, acknowledged {counts[name]}")
    return problems


def count_articles(url: str, token: str) -> int:
    """How many articles the service lists, following `next`."""
    headers, total, page_url = {"Authorization": f"Bearer {token}"}, 0, f"{url}/articles?limit=500"
    while page_url:
        page = requests.get(page_url, headers=headers, timeout=30).json()
        total, page_url = total + len(page["items"]), page["next"]
    return total


def _serve(workers: int, folder: Path, token: str) -> tuple[subprocess.Popen, str]:
    port = 18000 + os.getpid() % 1000
    (folder / "seeds").mkdir()
    env = {**os.environ, "PARLEY_DB": str(folder / "load.db"), "PARLEY_API_TOKEN": token,
           "PARLEY_SEEDS": str(folder / "seeds"), "PARLEY_PORT": str(port), "PARLEY_LOG_LEVEL": "WARNING",
           "GUNICORN_CMD_ARGS": "--no-control-socket"}
    parley = str(Path(sys.executable).with_name("parley"))
    process = subprocess.Popen([parley, "serve", "--workers", str(workers)], env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except requests.RequestException:
            pass
        time.sleep(0.1)
    process.terminate()
    raise SystemExit("the server did not start")


def report(args: argparse.Namespace) -> bool:
    before = count_articles(args.url, args.token)
    started = time.monotonic()
    figures = run(args.url, args.token, args.seconds, args.writers, args.readers)
    elapsed = time.monotonic() - started
    problems = verify(args.url, args.token, figures)
    stored = count_articles(args.url, args.token) - before
    total = sum(figures.requests.values())
    print(f"{total} requests in {elapsed:.1f} s ({total / elapsed:.0f}/s): {dict(figures.requests)}")
    print(f"errors: {len(figures.errors)}")
    for error in figures.errors[:10]:
        print(f"  {error}")
    print(f"articles acknowledged: {len(figures.acknowledged)}, stored: {stored}, "
          f"read back incomplete: {len(problems)}")
    for problem in problems[:10]:
        print(f"  {problem}")
    return not figures.errors and not problems and stored == len(figures.acknowledged)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers of the server it starts")
    parser.add_argument("--url", help="a running service; by default one is started on a temporary database")
    parser.add_argument("--token", default="load-token", help="a token of the running service")
    args = parser.parse_args()
    if args.url:
        sys.exit(0 if report(args) else 1)
    with tempfile.TemporaryDirectory() as folder:
        process, args.url = _serve(args.workers, Path(folder), args.token)
        try:
            ok = report(args)
        finally:
            process.terminate()
            process.wait()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
