#!/usr/bin/env python3
"""Score Parley's quotes and speakers against PolNeAR's human attribution spans (train/dev splits).

    python benchmarks/polnear.py --data /tmp/polnear/data [--split train dev] [--sample 200]

PolNeAR (Political News Attribution Relations, 2016 US news) is not shipped with Parley. Get a copy
of the repository networkdynamics/PolNeAR (``git clone`` it from GitHub) and pass its ``data/`` folder;
from a bare mirror, unpack only the splits used here:

    git --git-dir=PolNeAR.git archive HEAD data/train data/dev | tar -x -C /tmp/polnear

Layout read: ``<split>/text/<name>.txt`` and brat stand-off ``<split>/attributions/<name>_<annotator>.ann``
(``T`` lines: Source / Cue / Content spans, ``;``-separated fragments; ``E`` lines tie them into one
attribution). An article annotated by several annotators is scored against the first annotation file.

What is scored (the issue's definition): gold attributions with a Source span whose cue is a verb of
saying (``SAYING_VERBS`` below, lemmas; fixed here so that the benchmark does not move with the
extractor's own lists). A predicted quote matches a gold attribution when their character spans overlap
by at least half of the longer one (one-to-one, best overlap first). A prediction that overlaps an
unscored gold attribution (a belief, an unsourced or non-speech cue) is ignored; so is a second record
lying inside an already matched attribution (the direct part of a partly quoted sentence). Gold types:
``direct`` (content all inside quotation marks), ``partly`` (some of it quoted), ``indirect``.
Named-speaker accuracy: of matched attributions whose gold source is a named entity (spaCy NER on the
source span), the share whose predicted speaker (canonical name or alias) shares a word with it.

The test split is PolNeAR's held-out evaluation: this script refuses it unless ``--allow-test`` is given.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from service.extraction import Extraction, load_extractor  # noqa: E402
from service.extraction.nlp import DEFAULT_MODEL  # noqa: E402

# Verbs of saying (lemmas): the guide's list and the common reporting verbs of news English.
SAYING_VERBS = frozenset("""
say tell warn insist stress reveal announce claim argue add note explain state declare assert write
report confirm deny acknowledge admit reply respond answer tweet post recall suggest point emphasize
emphasise reiterate predict complain concede testify contend maintain remark observe mention comment
allege charge caution boast brag quip joke exclaim shout yell scream whisper mutter interject implore
recount underline highlight tout hint inform assure remind proclaim affirm retort counter disclose
repeat speculate lament concur
""".split())
QUOTE_OPEN, QUOTE_CLOSE = "“\"", "”\""
NAMED_ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
TYPES = ("direct", "partly", "indirect")
_WORD = re.compile(r"[A-Za-z][\w.&'-]*\w|[A-Za-z]")
_STOP = frozenset({"the", "a", "an", "of", "for", "and", "in", "on", "mr", "mrs", "ms", "dr", "'s", "s"})


@dataclass
class Attribution:
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)

    @property
    def span(self) -> tuple[int, int]:
        return min(s for s, _ in self.content), max(e for _, e in self.content)


@dataclass
class Article:
    name: str
    text: str
    attributions: list[Attribution]


def parse_ann(text: str) -> list[Attribution]:
    """The attributions of one brat .ann file (only those with a content span)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            _, _, ranges = cols[1].partition(" ")
            spans[cols[0]] = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
        elif line.startswith("E") and len(cols) >= 2:
            events.append(cols[1].split())
    out = []
    for args in events:
        att = Attribution()
        for arg in args:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789").lower()
            if role in ("source", "cue", "content") and ref in spans:
                getattr(att, role).extend(spans[ref])
        if att.content:
            out.append(att)
    return out


def load_split(data: Path, split: str) -> list[Article]:
    """Articles of one split, each with its first annotator's attributions."""
    texts = data / split / "text"
    anns = sorted((data / split / "attributions").glob("*.ann"))
    if not anns:
        raise SystemExit(f"no .ann files under {data / split}")
    seen, out = set(), []
    for ann in anns:
        name = ann.stem.rsplit("_", 1)[0]
        txt = texts / f"{name}.txt"
        if name in seen or not txt.exists():
            continue
        seen.add(name)
        out.append(Article(name, txt.read_text(encoding="utf-8"), parse_ann(ann.read_text(encoding="utf-8"))))
    return out


def chars_in(spans, lo: int, hi: int) -> int:
    return sum(max(0, min(e, hi) - max(s, lo)) for s, e in spans)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer span's length."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0], 1)


def quoted_mask(text: str) -> list[bool]:
    """Per character: inside double quotation marks, ``''`` included (a mark left open runs to the
    paragraph end)."""
    text = text.replace("''", '"\0')  # one mark, same length
    mask = [False] * len(text)
    inside = False
    for i, ch in enumerate(text):
        if ch == "\n":
            inside = False
        elif ch in QUOTE_OPEN and not inside:
            inside = True
        elif ch in QUOTE_CLOSE and inside:
            inside = False
        elif ch != "\0":
            mask[i] = inside
    return mask


def gold_type(text: str, mask: list[bool], att: Attribution) -> str:
    letters = [mask[i] for s, e in att.content for i in range(s, e) if text[i].isalnum()]
    share = sum(letters) / max(len(letters), 1)
    return "direct" if share >= 0.9 else "partly" if share > 0 else "indirect"


def tokens_in(doc, spans):
    return [t for t in doc if any(s <= t.idx < e for s, e in spans)]


def is_saying(doc, att: Attribution) -> bool:
    return any(t.lemma_.lower() in SAYING_VERBS for t in tokens_in(doc, att.cue))


def source_entity(doc, att: Attribution) -> str | None:
    """The named entity that heads the gold source span ("the Vermont senator" is headed by no name)."""
    toks = tokens_in(doc, att.source)
    roots = [t for t in toks if t.head not in toks or t.head == t]
    return next((e.text for e in doc.ents if e.label_ in NAMED_ENTITY_TYPES for r in roots
                 if e.start <= r.i < e.end and any(s <= e.start_char and e.end_char <= t for s, t in att.source)),
                None)


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


@dataclass
class Tally:
    gold: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    predicted: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    named: int = 0
    named_right: int = 0
    misses: list = field(default_factory=list)
    false: list = field(default_factory=list)
    wrong_speaker: list = field(default_factory=list)


def speaker_names(ext: Extraction, speaker: str) -> set[str]:
    actor = next((a for a in ext.actors if a.name == speaker), None)
    forms = [speaker, *(actor.aliases if actor else ())]
    return set().union(*(words(f) for f in forms))


def pred_type(text: str, mask: list[bool], quote) -> str:
    if quote.direct:
        return "direct"
    return "partly" if any(mask[quote.start:quote.end]) else "indirect"


def score_article(article: Article, doc, ext: Extraction, tally: Tally) -> None:
    text = article.text
    mask = quoted_mask(text)
    scored = [a for a in article.attributions if a.source and is_saying(doc, a)]
    other = [a for a in article.attributions if a not in scored]
    kinds = {id(a): gold_type(text, mask, a) for a in scored}
    pairs = sorted(((overlap((q.start, q.end), g.span), qi, gi) for qi, q in enumerate(ext.quotes)
                    for gi, g in enumerate(scored)), reverse=True)
    matched_q, matched_g = {}, {}
    for ov, qi, gi in pairs:
        if ov >= 0.5 and qi not in matched_q and gi not in matched_g:
            matched_q[qi], matched_g[gi] = gi, qi
    for gi, g in enumerate(scored):
        kind = kinds[id(g)]
        tally.gold[kind] += 1
        if gi in matched_g:
            tally.found[kind] += 1
            _score_speaker(doc, ext, g, ext.quotes[matched_g[gi]], tally, text)
        else:
            tally.misses.append((article.name, kind, text[g.span[0]:g.span[1]][:160],
                                 " ".join(text[s:e] for s, e in g.source)))
    for qi, q in enumerate(ext.quotes):
        span = (q.start, q.end)
        if qi in matched_q:
            kind = kinds[id(scored[matched_q[qi]])]
            tally.predicted[kind] += 1
            tally.correct[kind] += 1
            continue
        if any(overlap(span, g.span) >= 0.5 for g in other) \
                or any(chars_in([scored[gi].span], *span) >= (q.end - q.start) / 2 for gi in matched_g):
            continue  # an unscored attribution, or a second record inside a matched one
        kind = pred_type(text, mask, q)
        tally.predicted[kind] += 1
        tally.false.append((article.name, kind, q.text[:160], q.speaker, q.cue))


def _score_speaker(doc, ext, gold: Attribution, quote, tally: Tally, text: str) -> None:
    entity = source_entity(doc, gold)
    if entity is None:
        return
    tally.named += 1
    if words(entity) & speaker_names(ext, quote.speaker):
        tally.named_right += 1
    else:
        tally.wrong_speaker.append((entity, quote.speaker, quote.text[:100]))


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(tally: Tally, articles: int, seconds: float) -> str:
    lines = [f"PolNeAR speech attributions: {articles} articles, {seconds:.0f}s",
             f"{'type':<10}{'gold':>7}{'pred':>7}{'match':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind in (*TYPES, "overall"):
        keys = TYPES if kind == "overall" else (kind,)
        g, p, c = (sum(cnt[k] for k in keys) for cnt in (tally.gold, tally.predicted, tally.correct))
        lines.append(f"{kind:<10}{g:>7}{p:>7}{c:>7}" + "".join(f"{x:>8.3f}" for x in prf(c, p, g)))
    acc = tally.named_right / tally.named if tally.named else 0.0
    lines.append(f"named-speaker accuracy: {acc:.3f} ({tally.named_right}/{tally.named} matched, named source)")
    return "\n".join(lines)


def examples(tally: Tally, n: int, seed: int) -> str:
    rng = random.Random(seed)
    out = []
    for title, rows in (("missed", tally.misses), ("false", tally.false), ("wrong speaker", tally.wrong_speaker)):
        out.append(f"--- {title} ({len(rows)})")
        out.extend("  " + " | ".join(map(str, r)) for r in rng.sample(rows, min(n, len(rows))))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="PolNeAR's data/ folder")
    ap.add_argument("--split", nargs="+", default=["train", "dev"], choices=["train", "dev", "test"])
    ap.add_argument("--allow-test", action="store_true", help="score the held-out test split (final runs only)")
    ap.add_argument("--sample", type=int, default=0, help="every k-th article so that about N are scored")
    ap.add_argument("--examples", type=int, default=0, help="print N random misses and false quotes")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--model", default=DEFAULT_MODEL)
    a = ap.parse_args(argv)
    if "test" in a.split and not a.allow_test:
        raise SystemExit("the test split is held out: pass --allow-test for a final, untuned measurement")
    articles = [art for split in a.split for art in load_split(a.data, split)]
    if a.sample and a.sample < len(articles):
        step = len(articles) / a.sample
        articles = [articles[int(k * step)] for k in range(a.sample)]
    extractor = load_extractor(a.model)
    tally = Tally()
    start = time.perf_counter()
    for article, doc in zip(articles, extractor.nlp.pipe(art.text for art in articles), strict=True):
        score_article(article, doc, extractor.from_doc(doc), tally)
    print(report(tally, len(articles), time.perf_counter() - start))
    if a.examples:
        print(examples(tally, a.examples, a.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
