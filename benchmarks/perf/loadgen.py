"""A bounded HTTP load generator: N concurrent clients on loopback, for a fixed time or request cap.

Each client takes the next path from a shared cycle, so every server sees
the same sequence of requests. The run stops by itself at whichever comes
first, `seconds` or `max_requests`; a warm-up before it is not counted.
"""
from __future__ import annotations

import asyncio
import itertools
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    error_samples: list[str]

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: int) -> float:
        if len(self.latencies_ms) < 2:
            return self.latencies_ms[0] if self.latencies_ms else float("nan")
        return statistics.quantiles(self.latencies_ms, n=100, method="inclusive")[p - 1]


async def _client(session: aiohttp.ClientSession, base: str, paths: itertools.cycle, until: float,
                  budget: list[int], latencies: list[float], errors: list[str]) -> None:
    while time.monotonic() < until and budget[0] > 0:
        budget[0] -= 1
        path = next(paths)
        started = time.perf_counter()
        try:
            async with session.get(base + path) as response:
                await response.read()
                ok = response.status == 200
        except aiohttp.ClientError as error:
            ok, response = False, error
        latencies.append((time.perf_counter() - started) * 1000)
        if not ok:
            errors.append(f"{path}: {getattr(response, 'status', response)}")


async def _load(base: str, paths: Sequence[str], concurrency: int, seconds: float, max_requests: int) -> Result:
    latencies: list[float] = []
    errors: list[str] = []
    cycle = itertools.cycle(paths)
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.monotonic()
        budget = [max_requests]
        await asyncio.gather(*(_client(session, base, cycle, started + seconds, budget, latencies, errors)
                               for _ in range(concurrency)))
        elapsed = time.monotonic() - started
    return Result(len(latencies), len(errors), elapsed, latencies, errors[:5])


def run(base: str, paths: Sequence[str], concurrency: int = 8, seconds: float = 10,
        max_requests: int = 50_000, warmup_seconds: float = 1) -> Result:
    """Warm up, then load `base` with `paths` in turn; refuses anything but loopback."""
    if urlsplit(base).hostname not in LOOPBACK:
        raise ValueError(f"{base} is not a loopback address")
    if warmup_seconds:
        asyncio.run(_load(base, paths, concurrency, warmup_seconds, max_requests))
    return asyncio.run(_load(base, paths, concurrency, seconds, max_requests))
