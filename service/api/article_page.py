"""The annotated article page: an article's body with its actors, quotes and demands highlighted in place.

Highlights come from character offsets; where two of them cross, the inner
one is cut into fragments so the HTML nests properly. Actor mentions are
links themselves and always innermost (an <a> may not hold another <a>);
a quote or demand is a <span> followed by a small link to its record.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from flask import Response, render_template, request, url_for

from ..extraction.records import ACTOR_KINDS, DEMAND_KINDS

HTML = "text/html"
PAGE_POLICY = ("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
               "form-action 'none'; frame-ancestors 'none'")
SPEECH, MENTION = 0, 1
"""Layers: records of speech nest by their extent; actor mentions sit innermost."""


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    layer: int
    group: str
    kind: str
    href: str
    title: str
    label: str | None = None
    """The text of the link after a quote or demand; None when the highlight is the link."""


@dataclass
class Fragment:
    """A piece of one highlight; `index` tells which, so the pieces can be joined again."""

    highlight: Highlight
    index: int
    children: list = field(default_factory=list)


@dataclass(frozen=True)
class Marker:
    """The link to a quote's or demand's record, after its last fragment."""

    highlight: Highlight
    index: int


def wants_html() -> bool:
    """The client prefers HTML to JSON; JSON wins ties, `*/*` and a missing Accept. An Accept that
    names no text type cannot prefer HTML, and is not parsed (most API clients send `*/*` or JSON)."""
    if "text/" not in request.headers.get("Accept", "").lower():
        return False
    return request.accept_mimetypes.best_match(["application/json", HTML], default="application/json") == HTML


def mention_spans(body: str, names: Iterable[dict]) -> list[tuple[int, int, dict]]:
    """Where the actors' names occur in `body`: case-sensitive whole words, the
    longest names claimed first, no two mentions overlapping."""
    starts: list[int] = []
    taken: list[tuple[int, int, dict]] = []
    for name in sorted(names, key=lambda n: (-len(n["text"]), n["text"], n["id"])):
        if not name["text"].strip():
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name['text'])}(?!\w)", body):
            start, end = match.span()
            place = bisect.bisect_left(starts, start)
            if (place == len(starts) or end <= starts[place]) and (place == 0 or taken[place - 1][1] <= start):
                starts.insert(place, start)
                taken.insert(place, (start, end, name))
    return taken


def _quote_highlight(quote: dict) -> Highlight:
    kind = "direct" if quote["direct"] else "indirect"
    speaker = quote["speaker"]["name"] if quote["speaker"] else "an unknown speaker"
    return Highlight(quote["start"], quote["end"], SPEECH, "quote", kind,
                     url_for("quotes.get", record_id=quote["id"]),
                     f"Quote {quote['id']}: {kind}, by {speaker}", f"Q{quote['id']}")


def _demand_highlight(demand: dict) -> Highlight:
    actor = demand["actor"]["name"] if demand["actor"] else "an unknown actor"
    target = f" of {demand['target']['name']}" if demand["target"] else ""
    return Highlight(demand["start"], demand["end"], SPEECH, "demand", demand["kind"],
                     url_for("demands.get", record_id=demand["id"]),
                     f"{demand['kind'].replace('_', ' ').capitalize()} {demand['id']}: by {actor}{target}, "
                     f"on {demand['topic']}", f"D{demand['id']}")


def _mention_highlight(start: int, end: int, actor: dict) -> Highlight:
    return Highlight(start, end, MENTION, "actor", actor["kind"], url_for("actors.get", record_id=actor["id"]),
                     f"{actor['name']} ({actor['kind']})")


def highlights(body: str, annotations: dict[str, list[dict]]) -> list[Highlight]:
    """Every highlight of the article whose offsets lie within its body."""
    found = [*map(_quote_highlight, annotations["quotes"]), *map(_demand_highlight, annotations["demands"]),
             *(_mention_highlight(*span) for span in mention_spans(body, annotations["names"]))]
    return [h for h in found if 0 <= h.start < h.end <= len(body)]


def _close(stack: list[Fragment], keep: int, root: list, at: int) -> None:
    """Close the open fragments above the first `keep`; a highlight that ends here gets its marker."""
    while len(stack) > keep:
        fragment = stack.pop()
        if fragment.highlight.label is not None and fragment.highlight.end == at:
            (stack[-1].children if stack else root).append(Marker(fragment.highlight, fragment.index))


def nest(body: str, marks: list[Highlight]) -> list:
    """The body as a tree of text and properly nested fragments: each stretch
    between two offsets lies inside the highlights that cover it, outermost
    (speech before mentions, then earliest and longest) first."""
    marks = sorted(marks, key=lambda h: (h.layer, h.start, -h.end))
    opening, closing = defaultdict(list), defaultdict(list)
    for index, mark in enumerate(marks):
        opening[mark.start].append(index)
        closing[mark.end].append(index)
    root: list = []
    stack: list[Fragment] = []
    covering: list[int] = []
    for left, right in pairwise(sorted({0, len(body), *opening, *closing})):
        covering = sorted({*covering, *opening[left]} - set(closing[left]))
        keep = 0
        while keep < min(len(stack), len(covering)) and stack[keep].index == covering[keep]:
            keep += 1
        _close(stack, keep, root, left)
        for index in covering[keep:]:
            fragment = Fragment(marks[index], index)
            (stack[-1].children if stack else root).append(fragment)
            stack.append(fragment)
        (stack[-1].children if stack else root).append(body[left:right])
    _close(stack, 0, root, len(body))
    return root


def legend(marks: list[Highlight]) -> list[tuple[str, list[tuple[str, int]]]]:
    """Each group of highlights with its kinds and how many of each the page shows."""
    kinds = {"actor": ACTOR_KINDS, "quote": ("direct", "indirect"), "demand": DEMAND_KINDS}
    return [(group, [(kind, sum(1 for h in marks if (h.group, h.kind) == (group, kind))) for kind in names])
            for group, names in kinds.items()]


def render(article: dict, annotations: dict[str, list[dict]]) -> Response:
    """The article as an HTML page under a policy that allows only the service's own stylesheet."""
    marks = highlights(article["body"], annotations)
    page = render_template("article.html", article=article, nodes=nest(article["body"], marks),
                           legend=legend(marks))
    return Response(page, mimetype=HTML, headers={"Content-Security-Policy": PAGE_POLICY, "Vary": "Accept"})
