"""Actors: named-entity mentions -> persons, states and organizations.

States absorb their capitals, seats of power, bodies and agentive demonyms;
organizations absorb their abbreviations and bodies; persons are clustered by
surname (with fuzzy matching for spelling variants).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from . import gazetteer as gz
from .records import Actor

LOCATIVE_PREPS = frozenset({"in", "into", "at", "from", "to", "across", "throughout", "near", "inside",
                            "within", "around", "outside", "over", "through", "toward", "towards", "via"})
AGENTIVE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "appos", "ROOT",
                           "attr", "oprd", "npadvmod", "ccomp"})
ABBREV_STOP = frozenset({"of", "and", "the", "for", "&", "de", "la", "del", "on", "in"})
_ALIAS_CUE = re.compile(r"(?:known as|nicknamed|whose real name is|also called|dubbed)\s*$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,\s*[A-Za-z .'-]+)?\s*(?:—|–|-|:)\s")


@dataclass
class ActorInfo:
    """An actor being built from its mentions."""
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None
    first: int = 0

    def record(self) -> Actor:
        aliases = sorted(a for a in self.aliases if a and a != self.name)
        return Actor(self.name, self.kind, tuple(aliases), self.role, self.affiliation)


@dataclass
class ActorTable:
    """The article's actors and which tokens mention which actor."""
    actors: dict[str, ActorInfo] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    mention_counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, kind: str, span: Span | None, first: int, alias: str | None = None) -> ActorInfo:
        """Add (or extend) an actor and map the mention's tokens to it."""
        info = self.actors.get(name)
        if info is None:
            info = self.actors[name] = ActorInfo(name, kind, first=first)
        info.first = min(info.first, first)
        if alias:
            info.aliases.add(alias)
        if span is not None:
            for tok in span:
                self.token_actor[tok.i] = name
        self.mention_counts[name] = self.mention_counts.get(name, 0) + 1
        return info

    def at(self, token: Token) -> str | None:
        """The actor a token is part of a mention of."""
        return self.token_actor.get(token.i)

    def kind(self, name: str | None) -> str | None:
        info = self.actors.get(name) if name else None
        return info.kind if info else None

    def main_state(self) -> str | None:
        """The most mentioned state (the default owner of "the government")."""
        states = [(c, n) for n, c in self.mention_counts.items() if self.kind(n) == "state"]
        return max(states)[1] if states else None

    def records(self) -> list[Actor]:
        return [a.record() for a in sorted(self.actors.values(), key=lambda a: a.first)]


def build_matcher(nlp) -> PhraseMatcher:
    """A case-insensitive matcher over states, capitals, seats, plural demonyms and parties."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    groups = {
        "STATE": gz.STATE_NAMES, "CAPITAL": gz.CAPITALS, "SEAT": {k: v for k, v in gz.SEATS.items() if v},
        "DEMPL": gz.DEMONYM_PLURALS, "ORGSEAT": gz.ORG_SEATS,
        "PARTY": {k: v for k, v in gz.PARTY_NAMES.items() if v},
    }
    for label, table in groups.items():
        patterns = []
        for key in table:
            patterns.append(nlp.make_doc(key))
            if "'" in key:
                patterns.append(nlp.make_doc(key.replace("'", "’")))
        matcher.add(label, patterns)
    return matcher


def strip_possessive(text: str) -> str:
    return re.sub(r"(?:['’]s?|\s+['’]s)$", "", text.strip())


def clean_span(span: Span) -> Span:
    """Drop leading determiners/titles and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].lower_ in gz.TITLE_WORDS
                           and span.label_ == "PERSON" and end - start > 1):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else span


def conj_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def is_locative(span: Span) -> bool:
    """Whether a place name only locates something ("talks in Geneva", "taken to Russia")."""
    root = conj_root(span.root)
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    if root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return False


def is_agentive(span: Span) -> bool:
    """Whether a capital / seat / demonym plural is used as an agent ("Moscow demands")."""
    root = conj_root(span.root)
    if root.dep_ in AGENTIVE_DEPS:
        return True
    if root.dep_ == "pobj":
        return root.head.lower_ in ("by", "with", "between", "against", "on", "of", "for")
    if root.dep_ in ("compound", "nmod", "amod"):
        return root.head.lower_ in gz.STATE_BODY_WORDS or root.head.lower_ in gz.GOVERNMENT_NOUNS
    return False


def dateline_end(text: str) -> int:
    m = _DATELINE.match(text[:80])
    return m.end() if m else 0


def org_initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ABBREV_STOP]
    return "".join(w[0] for w in words).upper()


def _body_owner(span: Span, table: ActorTable, states_by_token: dict[int, str]) -> str | None:
    """The state an organization-like span belongs to ("Russia's defence ministry", "the Israeli military")."""
    words = {t.lower_ for t in span}
    if not words & gz.STATE_BODY_WORDS:
        return None
    for tok in span.root.children:
        if tok.i in states_by_token and tok.dep_ in ("poss", "compound", "amod", "nmod"):
            return states_by_token[tok.i]
    for tok in span:
        if tok.i in states_by_token:
            return states_by_token[tok.i]
        dem = gz.DEMONYMS.get(gz.fold(tok.text))
        if dem and tok.dep_ in ("amod", "compound", "nmod") and tok.i == span.start:
            return dem
    return None


class ActorFinder:
    """Builds the ActorTable of one parsed article."""

    def __init__(self, nlp):
        self.matcher = build_matcher(nlp)

    def find(self, doc: Doc) -> ActorTable:
        table = ActorTable()
        skip_before = dateline_end(doc.text)
        gaz = self._gazetteer_spans(doc)
        covered = {i for s, _ in gaz for i in range(s.start, s.end)}
        ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")]
        # an ORG entity that merely contains a place name ("Armed Forces of Colombia") wins over the place
        keep_ents, drop_gaz = [], set()
        for e in ents:
            inside = [g for g in gaz if g[0].start >= e.start and g[0].end <= e.end]
            if any(i in covered for i in range(e.start, e.end)):
                if e.label_ == "ORG" and inside and len(e) > max(len(g[0]) for g in inside) + 1 \
                        and not all(t.tag_ == "POS" or t.i in covered for t in e):
                    keep_ents.append(e)
                    drop_gaz.update(id(g) for g in inside)
                continue
            keep_ents.append(e)
        gaz = [g for g in gaz if id(g) not in drop_gaz]
        states_by_token: dict[int, str] = {}
        for span, (label, target) in gaz:
            if label in ("STATE", "CAPITAL", "SEAT", "DEMPL"):
                for t in span:
                    states_by_token[t.i] = target
        self._add_places(doc, gaz, table, skip_before)
        persons = [clean_span(e) for e in keep_ents if e.label_ == "PERSON"]
        self._add_persons(doc, persons, table)
        for e in keep_ents:
            if e.label_ == "ORG" or (e.label_ in ("FAC",) and gz.fold(e.text) in gz.SEATS):
                self._add_org(doc, clean_span(e), table, states_by_token, skip_before)
            elif e.label_ == "NORP":
                self._add_norp(e, table)
        self._link_abbreviations(doc, table)
        self._roles(doc, table, states_by_token)
        return table

    # ------------------------------------------------------------ places
    def _gazetteer_spans(self, doc: Doc) -> list[tuple[Span, tuple[str, str]]]:
        out = []
        vocab = doc.vocab.strings
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        last_end = -1
        for match_id, start, end in matches:
            if start < last_end:
                continue
            span = doc[start:end]
            if not span[0].text[:1].isupper():
                continue
            label = vocab[match_id]
            key = gz.fold(span.text).replace("’", "'")
            table = {"STATE": gz.STATE_NAMES, "CAPITAL": gz.CAPITALS, "SEAT": gz.SEATS,
                     "DEMPL": gz.DEMONYM_PLURALS, "ORGSEAT": gz.ORG_SEATS, "PARTY": gz.PARTY_NAMES}[label]
            target = table.get(key) or table.get(gz.fold(span.text))
            if not target:
                continue
            # "Washington Post", "Moscow Times": a capital inside a longer proper name is not the state
            if label in ("CAPITAL", "ORGSEAT") and end < len(doc) and doc[end].ent_iob_ == "I":
                continue
            out.append((span, (label, target)))
            last_end = end
        return out

    def _add_places(self, doc: Doc, gaz, table: ActorTable, skip_before: int) -> None:
        for span, (label, target) in gaz:
            in_dateline = span.start_char < skip_before
            if label == "STATE":
                counts = not in_dateline and not is_locative(span) and not self._poss_of_org(span)
            elif label == "PARTY":
                counts = not in_dateline
            else:
                counts = not in_dateline and is_agentive(span)
            kind = "organization" if label in ("ORGSEAT", "PARTY") else "state"
            if counts:
                table.add(target, kind, span, span.start_char, strip_possessive(span.text))
            elif target in table.actors:
                for t in span:
                    table.token_actor[t.i] = target
        # a state first seen only as a locative mention but later an agent was added above;
        # locative-only mentions still map to an existing actor for later lookups
        for span, (label, target) in gaz:
            if target in table.actors:
                for t in span:
                    table.token_actor.setdefault(t.i, target)

    @staticmethod
    def _poss_of_org(span: Span) -> bool:
        root = span.root
        head = root.head
        return (root.dep_ == "poss" and head.ent_type_ == "ORG"
                and not ({t.lower_ for t in head.subtree} & gz.STATE_BODY_WORDS))

    # ------------------------------------------------------------ persons
    def _add_persons(self, doc: Doc, persons: list[Span], table: ActorTable) -> None:
        persons = [p for p in persons if p.text and p[0].text[:1].isupper()
                   and gz.fold(p.text) not in gz.STATE_NAMES and gz.fold(p.text) not in gz.CAPITALS]
        full = sorted({strip_possessive(p.text) for p in persons}, key=lambda n: -len(n.split()))
        canon: dict[str, str] = {}
        for name in full:
            target = self._match_person(name, canon)
            canon[name] = target or name
        for p in persons:
            name = canon[strip_possessive(p.text)]
            alias_of = self._alias_cue_target(doc, p, table)
            if alias_of:
                name = alias_of
            info = table.add(name, "person", p, p.start_char, strip_possessive(p.text))
            info.kind = "person"

    @staticmethod
    def _match_person(name: str, canon: dict[str, str]) -> str | None:
        """The fuller name an (often shorter) person name refers to, if any."""
        parts = gz.fold(name).split()
        for other, target in canon.items():
            if other == name:
                continue
            oparts = gz.fold(other).split()
            if len(parts) > len(oparts):
                continue
            if parts == oparts[-len(parts):] or parts == oparts[:len(parts)] and len(parts) > 1:
                return target
            if len(parts[-1]) >= 4 and fuzz.ratio(parts[-1], oparts[-1]) >= 85 \
                    and (len(parts) == 1 or fuzz.ratio(parts[0], oparts[0]) >= 85):
                return target
        return None

    @staticmethod
    def _alias_cue_target(doc: Doc, span: Span, table: ActorTable) -> str | None:
        """"X, widely known as Y" / "X, whose real name is Y": Y is an alias of X."""
        before = doc.text[max(0, span.start_char - 40):span.start_char]
        if not _ALIAS_CUE.search(before):
            return None
        for tok in reversed(doc[max(0, span.start - 15):span.start]):
            name = table.token_actor.get(tok.i)
            if name and table.kind(name) == "person":
                return name
        return None

    # ------------------------------------------------------------ organizations
    def _add_org(self, doc: Doc, span: Span, table: ActorTable, states_by_token, skip_before: int) -> None:
        text = strip_possessive(span.text)
        key = gz.fold(text)
        if not text or key in gz.NON_ACTOR_ORGS or span.start_char < skip_before:
            return
        if key.split()[-1] in gz.NON_ACTOR_SUFFIXES and len(key.split()) > 1:
            return
        if key in gz.SEATS:
            state = gz.SEATS[key] or self._legislature_owner(table)
            if state:
                table.add(state, "state", span, span.start_char, text)
            return
        # a surname NER mislabelled as an organization
        person = self._person_by_surname(text, table)
        if person:
            table.add(person, "person", span, span.start_char, text)
            return
        if key in gz.STATE_NAMES or key in gz.CAPITALS:
            return
        owner = _body_owner(span, table, states_by_token)
        if owner:
            table.add(owner, "state", span, span.start_char, text)
            return
        if key in gz.ORG_BODIES:
            table.add(gz.ORG_BODIES[key], "organization", span, span.start_char, text)
            return
        if key.split()[0] in gz.LEGISLATURE_WORDS or key in gz.LEGISLATURE_WORDS:
            state = self._legislature_owner(table)
            if state:
                table.add(state, "state", span, span.start_char, text)
            return
        name = gz.ORG_CANONICAL.get(key, text)
        table.add(name, "organization", span, span.start_char, text)

    @staticmethod
    def _legislature_owner(table: ActorTable) -> str | None:
        return "United States" if "United States" in table.actors else None

    @staticmethod
    def _person_by_surname(text: str, table: ActorTable) -> str | None:
        if len(text.split()) != 1:
            return None
        low = gz.fold(text)
        for name, info in table.actors.items():
            if info.kind == "person":
                last = gz.fold(name).split()[-1]
                if low == last or (len(low) >= 5 and fuzz.ratio(low, last) >= 88):
                    return name
        return None

    def _add_norp(self, span: Span, table: ActorTable) -> None:
        key = gz.fold(strip_possessive(span.text))
        party = gz.PARTY_NAMES.get(key)
        if party and key.endswith("s"):
            table.add(party, "organization", span, span.start_char, strip_possessive(span.text))

    # ------------------------------------------------------------ abbreviations
    def _link_abbreviations(self, doc: Doc, table: ActorTable) -> None:
        """Merge "ILWU" into "International Longshore and Warehouse Union", "EU" into "European Union"."""
        orgs = [n for n, a in table.actors.items() if a.kind == "organization"]
        for short in orgs:
            compact = short.replace(".", "")
            target = None
            if compact.isupper() and 2 <= len(compact) <= 6:
                target = gz.ORG_ABBREVIATIONS.get(short.lower())
                for long in orgs:
                    if long != short and len(long.split()) > 1 and org_initials(long) == compact:
                        target = long
                target = target or self._explicit_abbreviation(doc, short, orgs)
            elif len(short.split()) == 1:
                # "Corvane" for "Corvane Systems"
                target = next((o for o in orgs if o != short and o.split()[0] == short and len(o.split()) > 1),
                              None)
            if target and target != short:
                self._merge(table, short, target)

    @staticmethod
    def _explicit_abbreviation(doc: Doc, short: str, orgs: list[str]) -> str | None:
        """"Revolutionary Armed Forces of Colombia, or FARC" / "National Liberation Army (ELN)"."""
        for long in orgs:
            if long == short or len(long.split()) < 2:
                continue
            if re.search(re.escape(long) + r"\s*(?:,\s*or|\(|,\s*known as)\s*(?:the\s+)?" + re.escape(short),
                         doc.text):
                return long
        return None

    @staticmethod
    def _merge(table: ActorTable, short: str, target: str) -> None:
        src = table.actors.pop(short)
        dst = table.actors.get(target)
        if dst is None:
            dst = table.actors[target] = ActorInfo(target, src.kind, first=src.first)
        dst.aliases |= src.aliases | {short}
        dst.first = min(dst.first, src.first)
        for i, n in table.token_actor.items():
            if n == short:
                table.token_actor[i] = target
        table.mention_counts[target] = table.mention_counts.get(target, 0) + table.mention_counts.pop(short, 0)

    # ------------------------------------------------------------ roles, affiliations
    def _roles(self, doc: Doc, table: ActorTable, states_by_token) -> None:
        """Role and affiliation of each person from the words around its first full mention."""
        seen: set[str] = set()
        for tok_i in sorted(table.token_actor):
            name = table.token_actor[tok_i]
            info = table.actors.get(name)
            if info is None or info.kind != "person" or name in seen:
                continue
            tok = doc[tok_i]
            head = tok if tok.ent_iob_ == "O" else self._ent_root(tok)
            role_toks, aff = [], None
            for child in head.lefts:
                for t in child.subtree:
                    other = table.token_actor.get(t.i)
                    if other and other != name:
                        aff = aff or other
                    elif t.ent_type_ == "NORP" and gz.DEMONYMS.get(gz.fold(t.text)):
                        aff = aff or gz.DEMONYMS[gz.fold(t.text)]
                    elif t.i not in table.token_actor and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i < head.i:
                        role_toks.append(t)
            for child in head.rights:
                if child.dep_ == "appos":
                    for t in child.subtree:
                        other = table.token_actor.get(t.i)
                        if other and other != name and table.kind(other) != "person":
                            aff = aff or other
                    if not role_toks:
                        role_toks = [t for t in child.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")
                                     and t.i not in table.token_actor and t.i < child.i + 1][-3:]
            role_toks = [t for t in role_toks if t.ent_type_ not in ("PERSON",)]
            if role_toks:
                info.role = info.role or " ".join(t.text for t in role_toks[-3:])
            if aff and table.kind(aff) in ("state", "organization"):
                info.affiliation = info.affiliation or aff
            if tok.ent_iob_ != "O" and len(name.split()) > 1:
                seen.add(name)

    @staticmethod
    def _ent_root(tok: Token) -> Token:
        doc = tok.doc
        for ent in doc.ents:
            if ent.start <= tok.i < ent.end:
                return ent.root
        return tok
