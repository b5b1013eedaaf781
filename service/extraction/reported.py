"""Reported speech: a verb of saying, its actor subject and its content clause(s).

"X said (that) C" gives the quote C; "X said A and that B" gives two quotes;
"X claimed to have taken the town" gives "to have taken the town". A clause that is
nothing but a quotation is left to the direct quote.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import gazetteer as gz
from .quotes import QuoteFinder
from .records import Quote
from .speakers import Speakers

_INFINITIVE_SAY = frozenset({"say", "claim"})
_DROP_EDGE = frozenset({"that", ",", "and", "but", "“", "”", '"', "‘", "’", "'", "—", "–", "-", ":", ";"})


def clause_tokens(clause: Token, exclude: set[int]) -> list[Token]:
    """The clause's subtree minus the excluded (second-clause) tokens, trimmed at the edges."""
    toks = [t for t in clause.subtree if t.i not in exclude]
    while toks and (toks[0].lower_ in _DROP_EDGE or toks[0].is_space or toks[0].dep_ == "mark"
                    and toks[0].lower_ == "that"):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in _DROP_EDGE):
        toks.pop()
    return toks


def content_clauses(verb: Token) -> list[tuple[Token, set[int]]]:
    """The content clauses under a verb of saying, each with the tokens to leave out."""
    out = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            second = [c for c in child.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                      and any(g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children)]
            exclude: set[int] = set()
            for c in second:
                exclude.update(t.i for t in c.subtree)
                cc = [g for g in child.children if g.dep_ == "cc" and g.i < c.i]
                exclude.update(g.i for g in cc[-1:])
            out.append((child, exclude))
            for c in second:
                out.append((c, set()))
        elif child.dep_ == "xcomp" and verb.lemma_ in _INFINITIVE_SAY:
            out.append((child, set()))
    return out


class ReportedFinder:
    """Finds reported speech in one parsed article."""

    def __init__(self, doc: Doc, speakers: Speakers, quotes: QuoteFinder):
        self.doc = doc
        self.speakers = speakers
        self.quotes = quotes

    def verbs(self):
        for tok in self.doc:
            if tok.lemma_ in gz.SPEECH_VERBS and tok.pos_ == "VERB" and tok.i not in self.quotes.quoted:
                yield tok

    def find(self, direct: list[Quote]) -> list[Quote]:
        out = []
        text = self.doc.text
        direct_texts = [q.text for q in direct]
        for verb in self.verbs():
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                continue
            speaker = self.speakers.resolve(self.quotes.cue_subject(verb))
            if not speaker:
                continue
            for clause, exclude in content_clauses(verb):
                toks = clause_tokens(clause, exclude)
                if len(toks) < 2:
                    continue
                start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                words = text[start:end]
                if self._only_quotation(toks):
                    continue
                out.append(Quote(_clean(words), False, verb.text, speaker, start, end))
        del direct_texts
        return out

    def _only_quotation(self, toks: list[Token]) -> bool:
        """Whether the clause's words are all inside quotation marks."""
        words = [t for t in toks if not t.is_punct and not t.is_space]
        return bool(words) and all(t.i in self.quotes.quoted for t in words)


def _clean(words: str) -> str:
    for mark in "“”\"":
        words = words.replace(mark, "")
    return " ".join(words.split())


def span_of(doc: Doc, toks: list[Token]) -> Span:
    return doc[toks[0].i:toks[-1].i + 1]
