"""Demand targets when the trigger names none: who a position is addressed to.

In order: an actor the position's own words take something "from"; the one other
party named in its sentence outside those words (what is demanded is not whom it
is demanded of), not counting a speech's audience, what describes the speaker or
a place that only locates; else the one party the position's own words name ("a
takeover of rival X"); for a rejection, the party whose position it answers; the
party the holder's last position named; else the most mentioned party not on the
holder's side (positions it takes count as mentions). Only targets the sentence
names outside the position are remembered as counterparts. The holder's own side
and the news outlets reporting the story are never targets.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from . import gazetteer as gz
from .actors import ActorTable, dateline_outlet
from .positions import sent_tokens, subtree

PARTY_KINDS = ("state", "organization")
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "case"})
# "Kyodo News agency reported", "the Asahi newspaper": who reports a story is no party to it
PUBLISHING_VERBS = frozenset({"report", "publish", "quote", "cite", "broadcast", "print"})
# (not "agency": the International Atomic Energy Agency is a party; "Kyodo News agency" has "news")
MEDIA_WORDS = frozenset({"news", "newspaper", "broadcaster", "daily", "channel", "television", "radio",
                         "times", "post", "journal", "herald", "tribune", "gazette", "telegraph", "press"})

INTERVIEW_NOUNS = frozenset({"interview", "statement", "remarks", "comments", "briefing"})


def news_outlets(doc: Doc, actors: ActorTable) -> set[str]:
    """Organizations the article uses as news sources: the subject of "reported", a name on a media noun,
    the outlet of the dateline, one only ever spoken to ("he told ERR")."""
    out, spoken_to, elsewhere = set(), set(), set()
    for i, name in actors.token_actor.items():
        if actors.kind(name) != "organization":
            continue
        tok = doc[i]
        head = tok.head
        if tok.dep_ == "nsubj" and head.lemma_ in PUBLISHING_VERBS or tok.lower_ in MEDIA_WORDS \
                or tok.dep_ == "compound" and head.lower_ in MEDIA_WORDS and not actors.at(head):
            out.add(name)
        if tok.i == head.i or actors.at(head) != name:  # one word per mention: its head
            (spoken_to if audience(tok) else elsewhere).add(name)
    out |= spoken_to - elsewhere
    dateline = dateline_outlet(doc)
    if dateline is not None:
        out.add(dateline[0])
    return out


def audience(tok: Token) -> bool:
    """"told ERR", "said to Reuters", "in an interview to Reuters": the one spoken to."""
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "to":
        tok, head = head, head.head
    return tok.dep_ in ("dative", "dobj", "prep") and head.lemma_ in gz.SPEECH_VERBS \
        or tok.dep_ == "prep" and head.lemma_.lower() in INTERVIEW_NOUNS


def _describes_subject(tok: Token, speaking: bool = False) -> bool:
    """A word modifying a subject ("North Korea's main envoy said", "a Chinese ministry spokesperson said"): it tells
    who speaks, not whom the position is put to (speaking: only the subject of a verb of saying)."""
    while tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return not speaking or tok.head.lemma_ in gz.SPEECH_VERBS
    return False


def _agent(tok: Token) -> bool:
    """"verified by X": the party named as the one to act for the position, not its addressee."""
    while tok.dep_ in ("compound", "amod", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "by"


def _locates(tok: Token) -> bool:
    """"In Yerevan, the minister rejected ...", "is now in Chad": a place named as where something happens."""
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.pos_ in ("VERB", "AUX")


class TargetChooser:
    """Picks targets for one article's positions, in text order."""

    def __init__(self, actors: ActorTable, holders: list[str], outlets: set[str] = frozenset()):
        self.actors = actors
        self.outlets = set(outlets)
        self.history: list[tuple[str, str, str | None]] = []  # (holder, kind, target) so far
        self.mentions = actors.mention_runs()
        self.positions = Counter(holders)  # how often each party takes a position

    def side(self, holder: str, allies: tuple[str, ...] = ()) -> set[str]:
        """The holder, its state or organization, its fellow members and the persons affiliated to it."""
        info = self.actors.actors.get(holder)
        side = {holder, *allies}
        if info and info.affiliation:
            side.add(info.affiliation)
        side |= {n for n, a in self.actors.actors.items() if a.affiliation in side}
        return side | self.outlets  # never a target: the holder's own side, the press reporting it

    def in_sentence(self, holder: str, tokens: list[Token], sent: Span, allies: tuple[str, ...] = ()) -> str | None:
        """The target the position's sentence names: a party it takes something from, else the one other party."""
        side = self.side(holder, allies)
        return self._source(tokens, side) or self._only_party(self._around(tokens, sent), side)

    def describing_speaker(self, holder: str, tokens: list[Token], sent: Span) -> tuple[str, ...]:
        """For a person the actor table ties to no party, the parties describing the subject of a verb of saying
        outside the position's words ("North Korea's main envoy said", "Reform whip X told"): the person's side."""
        info = self.actors.actors.get(holder)
        if info is None or info.kind != "person" or info.affiliation:
            return ()
        inside = {t.i for t in tokens}
        names = (self.actors.at(t) for t in sent_tokens(sent)
                 if t.i not in inside and _describes_subject(t, speaking=True))
        return tuple(dict.fromkeys(n for n in names if n and self.actors.kind(n) in PARTY_KINDS))

    def within(self, holder: str, tokens: list[Token], allies: tuple[str, ...] = ()) -> str | None:
        """The one party the position's own words name, when its sentence names none outside them ("a takeover of
        rival X", "better access to X's deposits"), not a place that only locates nor an agent ("verified by X")."""
        return self._only_party([t for t in tokens if not _locates(t) and not _agent(t)], self.side(holder, allies))

    def in_story(self, holder: str, kind: str, allies: tuple[str, ...] = ()) -> str | None:
        """A target guessed from the story when the sentence names none: the party a rejection answers, the
        holder's last named counterpart, the main other party (a red line too is held against the counterpart)."""
        side = self.side(holder, allies)
        target = self._answered(side) if kind == "rejection" else None
        if target is None:
            target = self._last_counterpart(holder, side)
        if target is None:
            target = self._most_mentioned(side)
        return target

    def record(self, holder: str, kind: str, target: str | None) -> None:
        """A position taken, with the target its words or sentence named (None for a guessed one)."""
        self.history.append((holder, kind, target))

    def _source(self, tokens, side: set[str]) -> str | None:
        """"a payment from Madrid": the party that is to give."""
        for tok in tokens:
            if tok.dep_ == "pobj" and tok.head.lower_ == "from":
                name = self.actors.at(tok)
                if name and name not in side and self.actors.kind(name) in PARTY_KINDS:
                    return name
        return None

    @staticmethod
    def _around(tokens: list[Token], sent: Span) -> list[Token]:
        """The sentence outside the position's words, modifying clauses, a speech's audience ("told the BBC"), what
        describes a subject ("North Korea's envoy", "Reform whip X") and places that only locate ("in Yerevan")."""
        words = sent_tokens(sent)
        inside = {t.i for t in tokens} | {d.i for t in words if t.dep_ in ("relcl", "appos", "acl") for d in subtree(t)}
        return [t for t in words if t.i not in inside and not _describes_subject(t) and not _locates(t)
                and not (t.dep_ in ("dative", "dobj") and t.head.lemma_ in gz.SPEECH_VERBS)]

    def _only_party(self, tokens, side: set[str]) -> str | None:
        """The single party other than the holder's side named in these words."""
        names = {self.actors.at(t) for t in tokens} - {None} - side
        names = {n for n in names if self.actors.kind(n) in PARTY_KINDS}
        return names.pop() if len(names) == 1 else None

    def _answered(self, side: set[str]) -> str | None:
        """The holder of the latest demand or proposal from outside the holder's side, one put to it first."""
        asks = [(h, t) for h, kind, t in self.history if kind in ("demand", "proposal") and h not in side]
        for holder, _ in sorted(reversed(asks), key=lambda a: a[1] not in side):
            info = self.actors.actors.get(holder)
            return info.affiliation if info and info.affiliation else holder
        return None

    def _last_counterpart(self, holder: str, side: set[str]) -> str | None:
        """The party the holder's latest position named (guesses are not recorded, so they do not spread)."""
        for other, _, target in reversed(self.history):
            if other == holder and target and target not in side:
                return target
        return None

    def _most_mentioned(self, side: set[str]) -> str | None:
        """The party off the holder's side most mentioned and most often taking positions itself."""
        ranked = sorted(((c + self.positions.get(n, 0), c, n) for n, c in self.mentions.items()
                         if self.actors.kind(n) in PARTY_KINDS and n not in side), reverse=True)
        return ranked[0][2] if ranked else None
