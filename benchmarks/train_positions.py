#!/usr/bin/env python3
"""Train the position classifier on gold folders and write its weights as compact JSON.

    python benchmarks/train_positions.py GOLD_DIR [GOLD_DIR ...] [--out service/extraction/position_weights.json]

One example per sentence of each gold body: its label is the kind of the gold demand whose evidence matches the
sentence (token F1 >= 0.8, as the scorer counts it) or whose offsets fall inside it, else ``none``. The features
come from the service's own ``sentence_features``, so training and run time read sentences alike.
Needs the ``train`` extra (scikit-learn); the service itself does not.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from service.extraction import Extractor  # noqa: E402
from service.extraction.nlp import DEFAULT_MODEL, load_model  # noqa: E402
from service.extraction.position_classifier import NONE, WEIGHTS_FILE  # noqa: E402

SCORER = Path(__file__).resolve().parents[1] / "../shared/eval/score.py"
EVIDENCE_MIN = 0.8
DEFAULT_C = 1.0
DEFAULT_THRESHOLD = 0.7
MIN_WEIGHT = 0.05
MIN_COUNT = 2  # a feature seen in fewer training sentences is dropped: it cannot generalise

Example = tuple[list[str], str]  # a sentence's features and label


def load_scorer(path: Path = SCORER):
    """The official scorer as a module (its token F1 and its main)."""
    spec = importlib.util.spec_from_file_location("parley_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_articles(folder: Path) -> list[dict]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise SystemExit(f"no gold files in {folder}")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def sentence_label(start: int, end: int, text: str, demands: list[dict], token_f1) -> str:
    """The kind of the first gold demand stated by the sentence, else ``none``."""
    for d in demands:
        inside = d.get("start") is not None and start <= d["start"] and d["end"] <= end
        if inside or token_f1(d.get("evidence"), text) >= EVIDENCE_MIN:
            return d["kind"]
    return NONE


def article_examples(extractor: Extractor, docs, articles: list[dict], token_f1) -> list[list[Example]]:
    """Per article, one example per sentence of its parsed body."""
    return [[(feats, sentence_label(s.start_char, s.end_char, s.text, article["demands"], token_f1))
             for s, feats in extractor.sentence_features(doc)]
            for doc, article in zip(docs, articles, strict=True)]


def folder_examples(extractor: Extractor, folder: Path, token_f1) -> list[Example]:
    articles = read_articles(folder)
    docs = extractor.nlp.pipe(a["body"] for a in articles)
    return [ex for per_article in article_examples(extractor, docs, articles, token_f1) for ex in per_article]


def fit(examples: list[Example], c: float = DEFAULT_C, balanced: bool = False) -> tuple[DictVectorizer,
                                                                                       LogisticRegression]:
    """A multinomial logistic regression over binary features, those seen in too few sentences left out."""
    counts = Counter(f for feats, _ in examples for f in feats)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{f: 1 for f in feats if counts[f] >= MIN_COUNT} for feats, _ in examples])
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced" if balanced else None)
    model.fit(x, [label for _, label in examples])
    return vectorizer, model


def weights_json(vectorizer: DictVectorizer, model: LogisticRegression, threshold: float) -> dict:
    """The compact weights: per feature one weight per class, features whose weights are all near zero pruned."""
    coef = model.coef_.T.tolist()
    weights = {name: [round(w, 2) for w in row] for name, row in zip(vectorizer.feature_names_, coef, strict=True)
               if max(map(abs, row)) >= MIN_WEIGHT}
    return {"classes": list(model.classes_), "intercept": [round(b, 3) for b in model.intercept_.tolist()],
            "threshold": threshold, "weights": weights}


def write_weights(data: dict, path: Path) -> None:
    path.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, nargs="+", help="folders of gold <id>.json articles")
    ap.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    ap.add_argument("--c", type=float, default=DEFAULT_C, help="inverse regularisation strength")
    ap.add_argument("--balanced", action="store_true", help="weight the classes by their inverse frequency")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="stored with the weights")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args(argv)
    token_f1 = load_scorer(a.scorer).token_f1
    extractor = Extractor(load_model(a.model), position_weights=None)
    examples = [ex for folder in a.gold for ex in folder_examples(extractor, folder, token_f1)]
    vectorizer, model = fit(examples, a.c, a.balanced)
    data = weights_json(vectorizer, model, a.threshold)
    write_weights(data, a.out)
    positives = sum(label != NONE for _, label in examples)
    print(f"{len(examples)} sentences ({positives} stating a position), {len(data['weights'])} features kept, "
          f"wrote {a.out} ({a.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
