#!/usr/bin/env python3
"""Build full gold files for the real-news development set.

The annotations in this folder (<id>.json) carry no article text: the bodies
are copyrighted and live outside the repository as <id>.txt files. This script
joins the two into gold files of the shape of shared/corpus/dev/*.json, which
shared/eval/score.py reads:

    python3 benchmarks/realnews/build.py --bodies /work/realnews-bodies --out /tmp/realnews-gold

For each annotation it checks that the body's sha256 equals "body_sha256" and
that every quote text and every demand evidence occurs in the body. Evidence
must be a verbatim substring. A quote may drop its quotation marks (reported
speech that contains a partial quote) and may join the parts of a passage
split by its attribution, so its text is matched with quotation marks removed
and, if need be, as a few pieces found in order. Problems are listed and the
exit status is 1; a missing body is a problem too unless --skip-missing is
given. Files with problems are not written. Standard library only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_KEYS = ("id", "title", "body", "source", "url", "published_at", "actors", "quotes", "demands")
QUOTE_MARKS = re.compile(r"[\"“”„«»'‘’]")
MAX_PIECES = 6


def loose(s: str) -> str:
    """Text without quotation marks (and apostrophes), whitespace collapsed."""
    return re.sub(r"\s+", " ", QUOTE_MARKS.sub("", s)).strip()


def quote_found(text: str, body: str) -> bool:
    """Is the quote in the body, directly or as up to MAX_PIECES pieces in order?"""
    if text in body:
        return True
    text, body = loose(text), loose(body)
    pos = 0
    for _ in range(MAX_PIECES):
        if text in body[pos:]:
            return True
        lo, hi = 0, len(text)  # longest prefix of text that occurs in body[pos:]
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if text[:mid] in body[pos:]:
                lo = mid
            else:
                hi = mid - 1
        if lo < 3:
            return False
        pos = body.index(text[:lo], pos) + lo
        text = text[lo:].lstrip(" ,")
    return False


def check(ann: dict, body: str) -> list[str]:
    """The problems of one annotation against its body."""
    problems = []
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if digest != ann.get("body_sha256"):
        problems.append(f"sha256 mismatch: body {digest}, annotation {ann.get('body_sha256')}")
    for i, q in enumerate(ann.get("quotes", [])):
        if not quote_found(q["text"], body):
            problems.append(f"quote {i} not in body: {q['text'][:70]!r}")
    for i, d in enumerate(ann.get("demands", [])):
        if d["evidence"] not in body:
            problems.append(f"demand {i} evidence not in body: {d['evidence'][:70]!r}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", required=True, type=Path, help="folder of <id>.txt article bodies")
    ap.add_argument("--out", required=True, type=Path, help="folder to write <id>.json gold files to")
    ap.add_argument("--annotations", type=Path, default=HERE, help="folder of annotations (default: this one)")
    ap.add_argument("--skip-missing", action="store_true", help="skip articles whose body is missing")
    a = ap.parse_args()

    files = sorted(a.annotations.glob("*.json"))
    if not files:
        print(f"no annotations in {a.annotations}", file=sys.stderr)
        return 1
    a.out.mkdir(parents=True, exist_ok=True)
    written, missing, bad = 0, [], 0
    for f in files:
        ann = json.loads(f.read_text(encoding="utf-8"))
        txt = a.bodies / f"{ann['id']}.txt"
        if not txt.exists():
            missing.append(ann["id"])
            print(f"{ann['id']}: MISSING body {txt}", file=sys.stderr)
            continue
        body = txt.read_text(encoding="utf-8")
        problems = check(ann, body)
        if problems:
            bad += 1
            for p in problems:
                print(f"{ann['id']}: {p}", file=sys.stderr)
            continue
        gold = {k: (body if k == "body" else ann.get(k)) for k in GOLD_KEYS}
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (a.out / f"{ann['id']}.json").write_text(text, encoding="utf-8")
        written += 1
    print(f"wrote {written} gold files to {a.out}; {len(missing)} missing bodies; {bad} with problems")
    return 1 if bad or (missing and not a.skip_missing) else 0


if __name__ == "__main__":
    sys.exit(main())
