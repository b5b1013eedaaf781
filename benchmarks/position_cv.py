#!/usr/bin/env python3
"""Leave-one-set-out cross-validation of the position classifier, scored by the official scorer.

    python benchmarks/position_cv.py [--left-out GOLD_DIR ...] [--c 0.3] [--thresholds 0.4 0.5 0.6] [--balanced]

For each real-news set: train on every other set, run the extractor with that model on the left-out set, and
print its demands row (P/R/F1) and headline, rules alone vs rules + classifier at each threshold, then the
average over the left-out sets.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

from score_offline import to_json
from train_positions import (
    DEFAULT_C,
    DEFAULT_THRESHOLD,
    SCORER,
    article_examples,
    fit,
    load_scorer,
    read_articles,
    weights_json,
    write_weights,
)

from service.extraction import Extractor
from service.extraction.nlp import DEFAULT_MODEL, load_model

REPO = Path(__file__).resolve().parents[1]
LEFT_OUT = [Path(f"/tmp/{name}-gold")
            for name in ("realnews", "heldout", "realnews2", "heldout2", "realnews3", "realnews4")]
TRAIN_ONLY = [REPO / "../shared/corpus/dev", *(REPO / "benchmarks" / s for s in
                                               ("heldout", "heldout-b", "heldout-c", "heldout-d"))]


class GoldSet:
    """One gold folder, parsed once: its articles, docs and per-article training examples."""

    def __init__(self, folder: Path, extractor: Extractor, token_f1):
        self.folder = folder
        self.articles = read_articles(folder)
        self.docs = list(extractor.nlp.pipe(a["body"] for a in self.articles))
        self.examples = [ex for per in article_examples(extractor, self.docs, self.articles, token_f1) for ex in per]


def score(extractor: Extractor, gold: GoldSet, scorer) -> tuple[float, float, float, float]:
    """Demands P, R, F1 and the headline score of the extractor's predictions on a gold set."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for article, doc in zip(gold.articles, gold.docs, strict=True):
            path = out / f"{article['id']}.json"
            path.write_text(json.dumps(to_json(extractor.from_doc(doc)), ensure_ascii=False), encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            scorer.main(["--gold", str(gold.folder), "--pred", str(out), "--json", str(out / "report.json")])
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return (*report["total"]["demands"], report["score"])


def row(name: str, values: tuple[float, ...]) -> str:
    p, r, f1, headline = values
    return f"{name:>18} {p:6.3f} {r:6.3f} {f1:6.3f} {headline:9.3f}"


def mean(rows: list[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(sum(col) / len(rows) for col in zip(*rows, strict=True))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--c", type=float, nargs="+", default=[DEFAULT_C], help="inverse regularisation strengths to try")
    ap.add_argument("--thresholds", type=float, nargs="+", default=[0.6, DEFAULT_THRESHOLD, 0.8])
    ap.add_argument("--balanced", action="store_true")
    ap.add_argument("--left-out", type=Path, nargs="+", default=LEFT_OUT,
                    help="the gold folders (real-news sets built by realnews/build.py) left out in turn")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args(argv)
    scorer = load_scorer(a.scorer)
    nlp = load_model(a.model)
    rules = Extractor(nlp, position_weights=None)
    sets = [GoldSet(f, rules, scorer.token_f1) for f in (*a.left_out, *TRAIN_ONLY)]
    results: dict[str, list[tuple[float, ...]]] = {}
    print(f"{'left out / model':>18} {'P':>6} {'R':>6} {'F1':>6} {'headline':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        weights = Path(tmp) / "weights.json"
        for held in sets[:len(a.left_out)]:
            print(held.folder.name)
            results.setdefault("rules", []).append(score(rules, held, scorer))
            print(row("rules", results["rules"][-1]))
            for c in a.c:
                train = [ex for s in sets if s is not held for ex in s.examples]
                write_weights(weights_json(*fit(train, c, a.balanced), DEFAULT_THRESHOLD), weights)
                for t in a.thresholds:
                    name = f"C={c} t={t}"
                    results.setdefault(name, []).append(score(Extractor(nlp, weights, t), held, scorer))
                    print(row(name, results[name][-1]))
    print("mean over left-out sets")
    for name, values in results.items():
        print(row(name, mean(values)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
