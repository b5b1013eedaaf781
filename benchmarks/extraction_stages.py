#!/usr/bin/env python3
"""Where extraction time goes: CPU ms per article of each rule stage, next to the parse.

    python benchmarks/extraction_stages.py [--gold ../shared/corpus/dev] [--rounds 3]

Parses the gold bodies (after a warm-up pass), then runs the stages over every doc in --rounds
rounds (each doc's per-doc caches cleared first, so every round pays what a
fresh article pays) and reports the mean per article. The parse is timed as
``nlp.pipe`` over the same bodies. Companion of ``extraction_speed.py``, which
gives the end-to-end ratio the issue's bar is on.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.extraction import load_extractor  # noqa: E402
from service.extraction.nlp import DEFAULT_MODEL  # noqa: E402
from service.extraction.quotes import QuoteFinder  # noqa: E402
from service.extraction.reported import ReportedFinder  # noqa: E402
from service.extraction.speakers import Speakers  # noqa: E402

DEFAULT_GOLD = Path(__file__).resolve().parents[1] / "../shared/corpus/dev"
STAGES = ("actors", "speakers", "quotes", "reported", "demands")


def stage_seconds(extractor, doc) -> dict[str, float]:
    """Run the stages over one parsed doc as the pipeline does, timing each."""
    doc.user_data.clear()
    marks = [time.process_time()]
    actors = extractor.actor_finder.find(doc)
    marks.append(time.process_time())
    speakers = Speakers(doc, actors)
    marks.append(time.process_time())
    quote_finder = QuoteFinder(doc, speakers)
    direct, passages = quote_finder.quotes()
    marks.append(time.process_time())
    ReportedFinder(doc, speakers, quote_finder).find(direct)
    marks.append(time.process_time())
    extractor.demand_finder.find(doc, actors, speakers, quote_finder, passages)
    marks.append(time.process_time())
    return {stage: end - start for stage, start, end in zip(STAGES, marks[:-1], marks[1:], strict=True)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args(argv)
    bodies = [json.loads(f.read_text(encoding="utf-8"))["body"] for f in sorted(a.gold.glob("*.json"))]
    if not bodies:
        raise SystemExit(f"no articles in {a.gold}")
    extractor = load_extractor(a.model)
    list(extractor.nlp.pipe(bodies))  # warm-up
    started = time.process_time()
    docs = list(extractor.nlp.pipe(bodies))
    parse_ms = (time.process_time() - started) * 1000 / len(docs)
    for doc in docs:
        stage_seconds(extractor, doc)  # warm-up
    totals = dict.fromkeys(STAGES, 0.0)
    for _ in range(a.rounds):
        for doc in docs:
            for stage, seconds in stage_seconds(extractor, doc).items():
                totals[stage] += seconds
    per_article = {stage: seconds * 1000 / (len(docs) * a.rounds) for stage, seconds in totals.items()}
    rules_ms = sum(per_article.values())
    print(f"{len(docs)} articles, {a.rounds} rounds, CPU ms per article")
    for stage, ms in per_article.items():
        print(f"  {stage:<10} {ms:7.2f}")
    print(f"  {'rules':<10} {rules_ms:7.2f}\n  {'parse':<10} {parse_ms:7.2f} (nlp.pipe)")
    print(f"parse / (parse + rules): {parse_ms / (parse_ms + rules_ms):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
