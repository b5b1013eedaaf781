#!/usr/bin/env python3
"""Articles/second: the full extraction pipeline vs spaCy's own ``nlp.pipe``, side by side, one thread.

    python benchmarks/extraction_speed.py [--gold ../shared/corpus/dev] [--repeat 5] [--rounds 3]

Both run over the same texts (the gold bodies repeated ``--repeat`` times) in the same process,
alternating for ``--rounds`` rounds; the best round of each is reported, then their ratio.
The issue's bar: extraction >= 0.8x of nlp.pipe.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(var, "1")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.extraction import load_extractor  # noqa: E402
from service.extraction.nlp import DEFAULT_MODEL  # noqa: E402

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "../shared/corpus/dev"


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args(argv)
    pin_one_core()
    bodies = [json.loads(f.read_text(encoding="utf-8"))["body"] for f in sorted(a.gold.glob("*.json"))]
    if not bodies:
        raise SystemExit(f"no articles in {a.gold}")
    texts = bodies * a.repeat
    extractor = load_extractor(a.model)
    nlp = extractor.nlp
    list(extractor.extract_many(bodies[:2]))  # warm up both paths
    spacy_t, extract_t = [], []
    for _ in range(a.rounds):
        spacy_t.append(timed(lambda: list(nlp.pipe(texts, batch_size=a.batch_size))))
        extract_t.append(timed(lambda: list(extractor.extract_many(texts, batch_size=a.batch_size))))
    n = len(texts)
    spacy_rate, extract_rate = n / min(spacy_t), n / min(extract_t)
    print(f"texts: {n} ({len(bodies)} articles x {a.repeat}), {sum(map(len, texts)) // n} chars on average, "
          f"best of {a.rounds} rounds, one core")
    print(f"spaCy nlp.pipe:        {spacy_rate:8.2f} articles/s")
    print(f"extraction pipeline:   {extract_rate:8.2f} articles/s")
    print(f"ratio: {extract_rate / spacy_rate:.3f} (bar: >= 0.8)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
