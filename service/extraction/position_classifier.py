"""A learned detector of sentences stating a position: a multinomial logistic regression over generic words and
parse relations, trained offline (benchmarks/train_positions.py) and shipped as JSON weights.

The one feature function, ``sentence_features``, serves both the training script and the run time, so the two
cannot drift apart. Features name no party: proper nouns, numbers and actor mentions give no word feature.
"""
from __future__ import annotations

import json
import math
from collections.abc import Container, Mapping
from pathlib import Path

from spacy.tokens import Doc, Span

from . import gazetteer as gz
from .actors import named_entities
from .positions import heads, rows

WEIGHTS_FILE = Path(__file__).with_name("position_weights.json")
NONE = "none"
WORD_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX", "PART"})
NAME_POS = frozenset({"PROPN", "NUM", "PUNCT"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PAIR_DEPS = frozenset({"neg", "aux", "xcomp", "ccomp", "dobj", "mark", "prep"})
MARKERS = {"if": "if", "unless": "unless", "only if": "only_if", "as long as": "as_long_as"}
QUOTE_MARKS = frozenset('"“”')
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me"})


def sentence_features(sent: Span, actor_at: Mapping[int, str], spoken: Container[int]) -> list[str]:
    """The sentence's features: word lemmas, its root, parse pairs, markers, quoting, attribution and subject.

    ``actor_at`` maps token positions to the actor they mention; ``spoken`` holds the positions inside someone's
    quoted or reported words. One pass over the parse tables: it runs on every sentence the rules find nothing in."""
    doc = sent.doc
    table, head_of, named = rows(doc), heads(doc), _entity_tokens(doc)
    feats: set[str] = set()
    attributed = False
    lowers: list[str] = []
    for i in range(sent.start, sent.end):
        lemma, lower, pos, tag, dep = table[i]
        lemma = lemma.lower()
        lowers.append(lower)
        attributed = attributed or i in spoken
        if lower in QUOTE_MARKS:
            feats.add("quote")
        elif lower in FIRST_PERSON:
            feats.add("first_person")
        if i in actor_at or i in named or pos in NAME_POS:
            if dep in SUBJECT_DEPS:
                feats.add("subj=actor" if i in actor_at else "subj=name")
            continue
        if pos in WORD_POS and tag != "POS" or tag == "MD":
            feats.add("w=" + lemma)
        if dep == "ROOT":
            feats.add("root=" + lemma)
            attributed = attributed or lemma in gz.SPEECH_VERBS
        elif dep in PAIR_DEPS:
            head = table[head_of[i]][0].lower()
            feats.add(f"{dep}>{head}")
            if dep == "aux" and tag == "MD":
                feats.add(f"md={lemma}+{head}")
            elif dep != "neg":
                feats.add(f"{head}-{dep}-{lemma}")
        elif dep in SUBJECT_DEPS:
            feats.add("subj=pron" if lower in PRONOUNS else "subj=" + (lemma if pos == "NOUN" else pos.lower()))
    text = " " + " ".join(lowers) + " "
    feats.update("mark=" + name for words, name in MARKERS.items() if f" {words} " in text)
    if attributed:
        feats.add("attributed")
    return sorted(feats)  # one order, so that the scores' sums are the same in every run


def _entity_tokens(doc: Doc) -> frozenset[int]:
    """The positions of the doc's named-entity tokens, found once per doc."""
    cached = doc.user_data.get("parley_entity_tokens")
    if cached is None:
        cached = doc.user_data["parley_entity_tokens"] = frozenset(
            i for ent in named_entities(doc) for i in range(ent.start, ent.end))
    return cached


class PositionClassifier:
    """Scores sentences with the shipped (or a given) weights: a probability per kind, ``none`` included."""

    def __init__(self, path: Path = WEIGHTS_FILE, threshold: float | None = None):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.classes: list[str] = data["classes"]
        self.intercept: list[float] = data["intercept"]
        self.weights: dict[str, list[float]] = data["weights"]
        self.threshold: float = data["threshold"] if threshold is None else threshold

    def probabilities(self, features: list[str]) -> dict[str, float]:
        """The softmax of the linear scores over the kinds."""
        scores = self._scores(features)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {k: e / total for k, e in zip(self.classes, exps, strict=True)}

    def kind(self, features: list[str]) -> str | None:
        """The most likely position kind if the sentence states a position with a probability that passes the
        threshold; None otherwise."""
        probs = self.probabilities(features)
        if 1 - probs[NONE] < self.threshold:
            return None
        return max((k for k in self.classes if k != NONE), key=probs.__getitem__)

    def _scores(self, features: list[str]) -> list[float]:
        """Per kind, the intercept plus the weights of the features present."""
        found = [self.weights[f] for f in features if f in self.weights]
        return [b + sum(col) for b, col in zip(self.intercept, zip(*found, strict=True), strict=True)] if found \
            else list(self.intercept)
