#!/usr/bin/env python3
"""Parley's read path against Datasette and a bare Flask handler, measured side by side in one run.

    pip install -e '.[bench]'
    python benchmarks/perf/run.py --articles 20000 [--seconds 10] [--scale]

Generates (once, cached under --work) a database of --articles articles
through Parley's schema, then serves it with Parley (`parley serve`), with
Datasette and with a bare Flask + sqlite3 app, all pinned to one core while
the load generator runs on another. Each query runs on the servers in turn, in
--rounds rounds, so that one query's figures are taken close together and
drift in the machine's speed is shared out: --seconds in all per server (or
--max-requests, whichever comes first) at --concurrency clients, after a
warm-up of one pass over the query's paths. Prints one table: req/s, p50, p99 and server CPU ms per
request for each server and query, then Parley's ratios to the others, in
req/s and in CPU per request (which a busy machine disturbs less).
--scale also runs the mix on a 2,000-article database and prints the cost of
the larger one. Exits 1 when any request failed.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

import generate  # noqa: E402
import loadgen  # noqa: E402
import queries  # noqa: E402
import servers  # noqa: E402

from service.store.schema import MIGRATIONS  # noqa: E402

SCALE_BASE_ARTICLES = 2000
SERVERS = ("Parley", "Datasette", "bare Flask")
BARS = {"datasette": 2.0, "bare": 0.7, "p99_ms": 25.0, "scale": 0.8}


@dataclass(frozen=True)
class Measurement:
    server: str
    query: str
    articles: int
    result: loadgen.Result
    cpu_ms_per_request: float


def database(work: Path, articles: int) -> Path:
    """The generated database for this size, schema and generator, made on first use."""
    version = hashlib.sha256((repr(MIGRATIONS) + Path(generate.__file__).read_text()).encode()).hexdigest()[:10]
    path = work / f"parley-{articles}-{version}.db"
    if not path.exists():
        print(f"generating {articles} articles into {path} ...", file=sys.stderr, flush=True)
        partial = path.with_suffix(".partial")
        for leftover in work.glob(f"{partial.name}*"):
            leftover.unlink()
        generate.build(partial, articles)
        partial.rename(path)
    return path


def cores() -> tuple[int, int]:
    """(server core, load generator core): the lowest and highest this process may use."""
    allowed = sorted(os.sched_getaffinity(0))
    return allowed[0], allowed[-1]


def started(name: str, db: Path, port: int, core: int, work: Path) -> AbstractContextManager[servers.Server]:
    log = work / f"{name.replace(' ', '-').lower()}-{db.stem}.log"
    if name == "Parley":
        return servers.parley(db, port, core, log)
    refs = db.with_name(db.stem + "-refs.db")
    fts_table = servers.reference_copy(db, refs)
    if name == "Datasette":
        return servers.datasette(refs, fts_table, port, core, log)
    return servers.bare_flask(refs, fts_table, port, core, log)


@dataclass(frozen=True)
class Target:
    """A running server with the paths of each query in its dialect."""

    server: servers.Server
    articles: int
    paths: dict[str, list[str]]


def start_all(stack: ExitStack, db: Path, articles: int, args: argparse.Namespace, first_port: int) -> list[Target]:
    """Every server of --servers on `db`, all pinned to the server core, stopped when `stack` closes."""
    server_core, _ = cores()
    sampled = queries.arguments(db)
    targets = []
    for offset, name in enumerate(args.servers):
        server = stack.enter_context(started(name, db, first_port + offset, server_core, args.work))
        targets.append(Target(server, articles, queries.paths(server.kind, server.database, sampled)))
    return targets


def _slice(target: Target, query: str, args: argparse.Namespace, first: bool) -> tuple[loadgen.Result, float]:
    """One round's share of the load on one server: its result and the server's CPU seconds."""
    server = target.server
    cpu_before = server.cpu_seconds()
    result = loadgen.run(server.url, target.paths[query], args.concurrency, args.seconds / args.rounds,
                         args.max_requests // args.rounds, warmup_seconds=60 if first else 0)
    return result, server.cpu_seconds() - cpu_before


def measure(targets: list[Target], query: str, args: argparse.Namespace) -> list[Measurement]:
    """`query` on every target, in --rounds rounds that take the servers in turn: the
    machine's speed drifts over a run (other tenants' load), and interleaving spreads
    the drift over every server instead of charging it to whichever ran then."""
    slices: dict[str, list[tuple[loadgen.Result, float]]] = {t.server.name: [] for t in targets}
    for round_number in range(args.rounds):
        for target in targets:
            print(f"  {target.server.name:<10} {query:<8} {target.articles} articles, "
                  f"round {round_number + 1}/{args.rounds} ...", file=sys.stderr, flush=True)
            slices[target.server.name].append(_slice(target, query, args, first=round_number == 0))
    measured = []
    for target in targets:
        result = loadgen.Result.combined([r for r, _ in slices[target.server.name]])
        cpu_ms = sum(cpu for _, cpu in slices[target.server.name]) * 1000 / max(result.requests, 1)
        for error in result.error_samples:
            print(f"    error: {error}", file=sys.stderr)
        measured.append(Measurement(target.server.name, query, target.articles, result, cpu_ms))
    return measured


def table(measurements: list[Measurement]) -> str:
    lines = [f"{'query':<9} {'server':<11} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>11} "
             f"{'errors':>7} {'load gen CPU ms/req':>20}"]
    for m in measurements:
        r = m.result
        lines.append(f"{m.query:<9} {m.server:<11} {r.rate:8.1f} {r.percentile(50):8.2f} {r.percentile(99):8.2f} "
                     f"{m.cpu_ms_per_request:11.2f} {r.errors:7d} {r.client_cpu_ms:20.2f}")
    return "\n".join(lines)


def _ratio(numerator: float, denominator: float) -> str:
    return f"{numerator / denominator:.2f}x" if denominator else "-"


def ratios(measurements: list[Measurement]) -> str:
    """Parley against each reference: in req/s, and in CPU per request (theirs / Parley's, so that
    above 1 is better for Parley either way; the CPU ratio holds on a busy machine too)."""
    by = {(m.server, m.query): m for m in measurements}
    references = [name for name in SERVERS[1:] if any(m.server == name for m in measurements)]
    head = "".join(f" {f'vs {name} req/s':>19} {'by CPU':>7}" for name in references)
    lines = [f"{'query':<9}{head} {'Parley p99 ms':>14}",
             f"(bars: >= {BARS['datasette']:g}x Datasette, >= {BARS['bare']:g}x bare Flask, "
             f"p99 <= {BARS['p99_ms']:g} ms)"]
    for query in dict.fromkeys(m.query for m in measurements):
        parley = by.get(("Parley", query))
        if parley is None:
            continue
        cells = ""
        for name in references:
            other = by[(name, query)]
            cells += (f" {_ratio(parley.result.rate, other.result.rate):>19}"
                      f" {_ratio(other.cpu_ms_per_request, parley.cpu_ms_per_request):>7}")
        lines.append(f"{query:<9}{cells} {parley.result.percentile(99):14.2f}")
    return "\n".join(lines)


def scale_table(small: list[Measurement], large: list[Measurement]) -> str:
    big = {m.server: m for m in large if m.query == "mix"}
    lines = [f"{'server':<11} {f'{SCALE_BASE_ARTICLES} req/s':>14} {f'{large[0].articles} req/s':>14} "
             f"{'large/small':>12} {'CPU ms/req':>16}   (bar for Parley: >= {BARS['scale']:g})"]
    for m in small:
        other = big.get(m.server)
        if other is None:
            continue
        lines.append(f"{m.server:<11} {m.result.rate:14.1f} {other.result.rate:14.1f} "
                     f"{other.result.rate / m.result.rate:12.2f} "
                     f"{f'{m.cpu_ms_per_request:.2f} -> {other.cpu_ms_per_request:.2f}':>16}")
    return "\n".join(lines)


def header(args: argparse.Namespace) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                            text=True).stdout.strip() or "?"
    server_core, load_core = cores()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (f"commit {commit}; {args.articles} articles ({args.articles * generate.QUOTES_PER_ARTICLE} quotes, "
            f"{args.articles * generate.DEMANDS_PER_ARTICLE} demands); concurrency {args.concurrency}; "
            f"{args.seconds:g} s per query and server in {args.rounds} rounds (cap {args.max_requests}); "
            f"server on core {server_core}, load on core {load_core}; load average at start {load}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--max-requests", type=int, default=50_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4,
                        help="rounds taking the servers in turn, each a share of --seconds and --max-requests")
    parser.add_argument("--queries", nargs="+", choices=queries.QUERIES, default=list(queries.QUERIES))
    parser.add_argument("--servers", nargs="+", choices=SERVERS, default=list(SERVERS))
    parser.add_argument("--scale", action="store_true", help=f"also run the mix on {SCALE_BASE_ARTICLES} articles")
    parser.add_argument("--work", type=Path, default=Path("/tmp/parley-perf"), help="where databases are kept")
    parser.add_argument("--port", type=int, default=8400, help="first of the ports the servers use")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    _, load_core = cores()
    head = header(args)
    db = database(args.work, args.articles)
    small_db = database(args.work, SCALE_BASE_ARTICLES) if args.scale else None
    os.sched_setaffinity(0, {load_core})
    measured, small = [], []
    with ExitStack() as stack:
        targets = start_all(stack, db, args.articles, args, args.port)
        small_targets = start_all(stack, small_db, SCALE_BASE_ARTICLES, args, args.port + len(targets)) \
            if small_db else []
        for query in args.queries:
            measured += measure(targets, query, args)
            if query == "mix" and small_targets:
                small += measure(small_targets, query, args)
    print(f"\n{head}\n\n{table(measured)}\n\n{ratios(measured)}")
    if small and "mix" in args.queries:
        print(f"\nscale, mix:\n{scale_table(small, measured)}")
    sys.exit(1 if any(m.result.errors for m in measured + small) else 0)


if __name__ == "__main__":
    main()
