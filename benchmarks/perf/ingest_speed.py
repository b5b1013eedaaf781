#!/usr/bin/env python3
"""Bulk ingest speed: `parley ingest` in 1 and 2 processes against spaCy's `nlp.pipe(n_process=2)`.

    python benchmarks/perf/ingest_speed.py [--articles 200] [--memory-checkpoints 1000 5000]

The texts are the gold bodies of --gold repeated to --articles, each with a
closing line of its own so that content hashes differ. Each contender runs in
a fresh process, from nothing loaded to everything stored (or parsed), on a
new database: `ingest_many` with the model in-process (1) or a pool of 2
workers, then `nlp.pipe` with n_process=2. Rates are given end to end and
after the first result (start-up excluded); CPU ms per article (the process
and its workers, model loading included) shows the cost apart from how busy
the machine is. With --memory-checkpoints it instead runs one pooled ingest
of the largest checkpoint and reports each worker's peak resident memory
(VmHWM) when that many articles are stored. Bars: 2 processes >= 1.7x one, >= 0.8x
nlp.pipe; RSS at the last checkpoint within 10% of the first.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from service.extraction import load_model  # noqa: E402
from service.extraction.nlp import DEFAULT_MODEL  # noqa: E402
from service.ingest import extraction, ingest_many  # noqa: E402
from service.store import connect, migrate  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared/corpus/dev"
BATCH_SIZE = 16
CONTENDERS = ("ingest-1", "ingest-2", "spacy-pipe-2")


def texts(gold: Path, count: int) -> list[dict]:
    bodies = [json.loads(f.read_text(encoding="utf-8"))["body"] for f in sorted(gold.glob("*.json"))]
    if not bodies:
        raise SystemExit(f"no articles in {gold}")
    return [{"title": f"Article {n}", "body": f"{bodies[n % len(bodies)]}\n\nThis is report number {n}."}
            for n in range(count)]


def peak_rss_mb(pid: int) -> float:
    """The most resident memory the process has had (VmHWM): a snapshot swings with where a batch is."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise LookupError(f"no VmHWM for process {pid}")


def worker_peak_rss_mb() -> dict[int, float]:
    """Peak resident memory of each extraction worker (this process's children but the resource tracker)."""
    workers = [p for p in psutil.Process().children() if "resource_tracker" not in " ".join(p.cmdline())]
    return {p.pid: peak_rss_mb(p.pid) for p in workers}


def timed(results: Iterable, checkpoints: list[int] = ()) -> dict:
    """Drain `results`, noting when the first arrives and worker memory at each checkpoint."""
    started = time.perf_counter()
    first, count, memory = None, 0, {}
    for _ in results:
        count += 1
        first = first or time.perf_counter()
        if count in checkpoints:
            memory[count] = worker_peak_rss_mb()
    end = time.perf_counter()
    steady = (count - 1) / (end - first) if count > 1 else float("nan")
    return {"count": count, "rate": count / (end - started), "steady_rate": steady, "memory": memory}


def run_contender(name: str, items: list[dict], model: str, checkpoints: list[int]) -> dict:
    started = time.perf_counter()
    if name == "spacy-pipe-2":
        nlp = load_model(model)
        figures = timed(nlp.pipe((item["body"] for item in items), batch_size=BATCH_SIZE, n_process=2))
    else:
        with tempfile.TemporaryDirectory() as folder:
            with extraction(model, int(name[-1])) as extractor:
                db = connect(str(Path(folder) / "ingest.db"))
                migrate(db)
                figures = timed(ingest_many(db, extractor, items, batch_size=BATCH_SIZE), checkpoints)
                db.conn.close()
    figures["rate"] = figures["count"] / (time.perf_counter() - started)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    figures["parent_cpu_ms"] = (own.ru_utime + own.ru_stime) * 1000 / figures["count"]
    figures["cpu_ms"] = figures["parent_cpu_ms"] + (children.ru_utime + children.ru_stime) * 1000 / figures["count"]
    return figures


def in_fresh_process(name: str, args: argparse.Namespace, articles: int, checkpoints: list[int]) -> dict:
    argv = [sys.executable, __file__, "--contender", name, "--articles", str(articles), "--gold", str(args.gold),
            "--model", args.model, "--memory-checkpoints", *map(str, checkpoints)]
    print(f"  {name}: {articles} articles ...", file=sys.stderr, flush=True)
    output = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return json.loads(output.splitlines()[-1])


def report_speed(args: argparse.Namespace) -> None:
    figures = {name: in_fresh_process(name, args, args.articles, []) for name in CONTENDERS}
    one, two, pipe = (figures[name] for name in CONTENDERS)
    print(f"\n{args.articles} articles (dev bodies, ~{sum(len(t['body']) for t in texts(args.gold, 20)) // 20} "
          f"chars), batch {BATCH_SIZE}, each contender in a fresh process, model loading included\n")
    print(f"{'contender':<14} {'articles/s':>11} {'after first result':>19} {'CPU ms/article':>15} "
          f"{'of it the parent':>17}")
    for name in CONTENDERS:
        f = figures[name]
        print(f"{name:<14} {f['rate']:11.2f} {f['steady_rate']:19.2f} {f['cpu_ms']:15.1f} {f['parent_cpu_ms']:17.1f}")
    print(f"\ningest 2 processes / 1 process: {two['rate'] / one['rate']:.2f}x end to end, "
          f"{two['steady_rate'] / one['steady_rate']:.2f}x after first result (bar >= 1.7x)")
    print(f"ingest 2 processes / nlp.pipe n_process=2: {two['rate'] / pipe['rate']:.2f}x end to end, "
          f"{two['steady_rate'] / pipe['steady_rate']:.2f}x after first result (bar >= 0.8x)")


def report_memory(args: argparse.Namespace) -> None:
    checkpoints = sorted(args.memory_checkpoints)
    figures = in_fresh_process("ingest-2", args, checkpoints[-1], checkpoints)
    memory = figures["memory"]
    print(f"\none pooled ingest (2 workers) of {checkpoints[-1]} articles at {figures['rate']:.2f} articles/s")
    first, last = memory[str(checkpoints[0])], memory[str(checkpoints[-1])]
    print(f"{'worker pid':>10} " + " ".join(f"{f'peak MB at {n}':>14}" for n in checkpoints))
    for pid in first:
        print(f"{pid:>10} " + " ".join(f"{memory[str(n)].get(pid, float('nan')):14.1f}" for n in checkpoints))
    growth = max(last[pid] / rss for pid, rss in first.items()) - 1
    print(f"largest growth of a worker, {checkpoints[0]} -> {checkpoints[-1]} articles: {growth:+.1%} (bar <= +10%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--memory-checkpoints", type=int, nargs="*", default=[],
                        help="instead: article counts at which to note worker memory, in a pooled run of the largest")
    parser.add_argument("--contender", choices=CONTENDERS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.contender:
        items = texts(args.gold, args.articles)
        print(json.dumps(run_contender(args.contender, items, args.model, args.memory_checkpoints)))
    elif args.memory_checkpoints:
        report_memory(args)
    else:
        report_speed(args)


if __name__ == "__main__":
    main()
