"""A bounded HTTP load generator: N concurrent clients on loopback, for a fixed time or request cap.

Each client takes the next path from a shared cycle, so every server sees
the same sequence of requests. The run stops by itself at whichever comes
first, `seconds` or `max_requests`; a warm-up before it is not counted.

The clients speak just enough HTTP/1.1 over asyncio streams (GET, a body by
Content-Length or chunks, keep-alive when the server allows it), which takes
about 60% of the CPU per request that aiohttp's client did here: on the load
generator's one core that is the difference between measuring a bare handler
and measuring the client. `client_cpu_ms` tells how close the client came.
"""
from __future__ import annotations

import asyncio
import itertools
import re
import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
CONTENT_LENGTH = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)
CHUNKED = re.compile(rb"\r\ntransfer-encoding:\s*chunked", re.IGNORECASE)
CLOSE = re.compile(rb"\r\nconnection:\s*close", re.IGNORECASE)


@dataclass(frozen=True)
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    error_samples: list[str]
    client_cpu_ms: float
    """The load generator's own CPU per request."""

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @classmethod
    def combined(cls, results: Sequence[Result]) -> Result:
        """Several runs against one server as if they were one."""
        requests = sum(r.requests for r in results)
        return cls(requests, sum(r.errors for r in results), sum(r.seconds for r in results),
                   [ms for r in results for ms in r.latencies_ms],
                   [e for r in results for e in r.error_samples][:5],
                   sum(r.client_cpu_ms * r.requests for r in results) / max(requests, 1))

    def percentile(self, p: int) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[p - 1]


async def _read_chunked(reader: asyncio.StreamReader) -> None:
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        await reader.readexactly(size + 2)
    await reader.readuntil(b"\r\n")


async def _get(streams, host: str, port: int, path: str) -> tuple[int, tuple | None]:
    """One GET on `streams` (or a new connection); returns the status and the streams to reuse, if any."""
    reader, writer = streams or await asyncio.open_connection(host, port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    length = CONTENT_LENGTH.search(head)
    if length:
        await reader.readexactly(int(length.group(1)))
    elif CHUNKED.search(head):
        await _read_chunked(reader)
    else:
        await reader.read()
    if not length and not CHUNKED.search(head) or CLOSE.search(head):
        writer.close()
        return int(head[9:12]), None
    return int(head[9:12]), (reader, writer)


async def _client(host: str, port: int, paths: Iterator[str], until: float, budget: list[int],
                  latencies: list[float], errors: list[str]) -> None:
    streams = None
    while time.monotonic() < until and budget[0] > 0:
        budget[0] -= 1
        path = next(paths)
        started = time.perf_counter()
        try:
            status, streams = await asyncio.wait_for(_get(streams, host, port, path), timeout=30)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError) as error:
            status, streams = repr(error), None
        latencies.append((time.perf_counter() - started) * 1000)
        if status != 200:
            errors.append(f"{path}: {status}")
    if streams:
        streams[1].close()


async def _load(base: str, paths: Sequence[str], concurrency: int, seconds: float, max_requests: int) -> Result:
    parts = urlsplit(base)
    latencies: list[float] = []
    errors: list[str] = []
    cycle = itertools.cycle(paths)
    started, cpu_before = time.monotonic(), time.process_time()
    budget = [max_requests]
    await asyncio.gather(*(_client(parts.hostname, parts.port, cycle, started + seconds, budget, latencies, errors)
                           for _ in range(concurrency)))
    client_cpu_ms = (time.process_time() - cpu_before) * 1000 / max(len(latencies), 1)
    return Result(len(latencies), len(errors), time.monotonic() - started, latencies, errors[:5], client_cpu_ms)


def run(base: str, paths: Sequence[str], concurrency: int = 8, seconds: float = 10,
        max_requests: int = 50_000, warmup_seconds: float = 60) -> Result:
    """Warm up with one pass over `paths` (cut at `warmup_seconds`), then load
    `base` with them in turn; refuses anything but loopback.

    The pass measures each server in its steady state: a fresh worker pays for
    every database page the first time it reads it (a page fault on a mapped
    file, a read into SQLite's cache otherwise), and a second's warm-up over
    2,000 articles left Parley's article figure 25% below its warm one."""
    if urlsplit(base).hostname not in LOOPBACK:
        raise ValueError(f"{base} is not a loopback address")
    if warmup_seconds:
        asyncio.run(_load(base, paths, concurrency, warmup_seconds, len(paths)))
    return asyncio.run(_load(base, paths, concurrency, seconds, max_requests))
