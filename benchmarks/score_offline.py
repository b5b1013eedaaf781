#!/usr/bin/env python3
"""Run the Extractor over a folder of gold articles and write <id>.json prediction files.

    python benchmarks/score_offline.py --gold ../shared/corpus/dev --out /tmp/pred
    python3 ../shared/eval/score.py --gold ../shared/corpus/dev --pred /tmp/pred

Runs without the service: only the extraction package and the spaCy model.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.extraction import Extraction, load_extractor  # noqa: E402
from service.extraction.nlp import DEFAULT_MODEL  # noqa: E402


def to_json(extraction: Extraction) -> dict:
    """The gold file shape: actors, quotes and demands (with start/end offsets)."""
    return {
        "actors": [dataclasses.asdict(a) | {"aliases": list(a.aliases)} for a in extraction.actors],
        "quotes": [dataclasses.asdict(q) for q in extraction.quotes],
        "demands": [dataclasses.asdict(d) for d in extraction.demands],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, required=True, help="folder of gold <id>.json articles")
    ap.add_argument("--out", type=Path, required=True, help="folder to write predictions into")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args(argv)
    files = sorted(a.gold.glob("*.json"))
    if not files:
        raise SystemExit(f"no gold files in {a.gold}")
    a.out.mkdir(parents=True, exist_ok=True)
    extractor = load_extractor(a.model)
    articles = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    for f, ext in zip(files, extractor.extract_many(x["body"] for x in articles), strict=True):
        (a.out / f.name).write_text(json.dumps(to_json(ext), ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(files)} prediction files to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
