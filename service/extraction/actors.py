"""Actors: named-entity mentions -> persons, states and organizations.

States absorb their capitals, seats of power, bodies and agentive demonyms;
organizations absorb their abbreviations and bodies; persons are clustered by
surname (with fuzzy matching for spelling variants).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from . import gazetteer as gz
from .nlp import doc_text, tokens
from .quotes import is_saying
from .records import Actor

LOCATIVE_PREPS = frozenset({"in", "into", "at", "from", "to", "across", "throughout", "near", "inside",
                            "within", "around", "outside", "over", "through", "toward", "towards", "via"})
ORIGIN_NOUNS = gz.GENERIC_PERSON_NOUNS | frozenset({"delegation", "delegate", "team", "negotiator", "envoy",
                                                  "official", "diplomat", "representative", "mediator"})
AGENCY_NOUNS = frozenset({"help", "support", "mediation", "pressure", "assistance", "request", "offer", "demand",
                          "proposal", "objection", "opposition", "call", "backing", "funding", "warning"})
PLACE_PREPS = frozenset({"in", "near", "around", "outside", "inside", "across", "throughout"})
_ORIGIN_PREPS = PLACE_PREPS | {"from", "of", "towards", "toward", "into", "at"}
AGENTIVE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "appos", "ROOT",
                           "attr", "oprd", "npadvmod", "ccomp"})
ABBREV_STOP = frozenset({"of", "and", "the", "for", "&", "de", "la", "del", "on", "in"})
_ALIAS_CUE = re.compile(r",\s*(?:\w+\s+)?(?:known as|nicknamed|whose real name is)\s*$", re.I)
_LAW_CUE = re.compile(r"\b(?:law|act|bill|statute|regulation|directive|treaty)\s*,?\s*"
                      r"(?:known as|called)\s*(?:the\s*)?$", re.I)
_PLACE_NAMED = re.compile(r"\b(?:state|region|province|territory|district|zone|city|town|county|enclave)\s+"
                          r"(?:called|named|known as|dubbed)\s*$", re.I)
# "GENEVA, Nov 24 —", "JOHANNESBURG (Reuters) -", "TUNIS, August 14. /TASS/.", "Nairobi — ", "Tokyo--": the place
# (and date) of a dateline; the outlet after it is left outside
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,\s*[A-Za-z0-9 .']+)?\s*"
                       r"(?:(?:—|–|-{1,2}|:)\s|(?=\([A-Za-z .]{2,30}\)\s*(?:—|–|-{1,2})\s)|(?=/[A-Za-z .]{2,20}/))"
                       r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*(?:(?:—|–)\s|--\s?)")
# Lines that credit the copy or a picture, not the story's actors: "By Jane Roe", "Jane Roe contributed to this
# report.", "(Reporting by X; Editing by Y)", "Photo: X/Agency", and a caption credit alone ("X Y/Agency.");
# "Source: Reuters" cites the outlet the story comes from, an actor
_NAME_RUN = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin))*"
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:By\s+" + _NAME_RUN + r"(?:\s*(?:,|and)\s*" + _NAME_RUN + r")*(?:\s*[,|]\s*" + _NAME_RUN + r"){0,2}"
    r"|(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Video)\s*(?:by|:)[^\n]{0,80}"
    r"|(?:Follow|Contact|Write to|Email|E-mail)\s+" + _NAME_RUN + r"\s+(?:on|at|via)\s+[^\n]{0,80}"
    r"|" + _NAME_RUN + r"(?:\s*(?:,|and)\s*" + _NAME_RUN + r")*\s+contributed(?:\s+(?:to\s+)?this\s+report)?"
    r"(?:\s+from\s+[^\n]{0,40})?\.?"
    r"|" + _NAME_RUN + r"\s*/\s*" + _NAME_RUN + r"\.?)[ \t]*$", re.M)
_CREDIT_BRACKET = re.compile(r"\((?:(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Photo|Image)"
                             r"(?:\s+by|:)|Photo\s*:)[^()\n]{0,200}\)", re.I)


def span_text(span: Span) -> str:
    """A span's text, cut from the doc's text (``Span.text`` builds a Token object per word)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the body that credit its writers or pictures, and datelines opening its second or
    third paragraph (after a headline or a byline)."""
    ranges = [m.span() for pattern in (_CREDIT_LINE, _CREDIT_BRACKET) for m in pattern.finditer(text)]
    starts = [m.end() for m in re.finditer(r"\n\s*", text)][:2]
    return ranges + [(start, start + dateline_end(text[start:])) for start in starts if dateline_end(text[start:])]


def _outside(span: Span, ranges: list[tuple[int, int]]) -> Span | None:
    """An entity without the part inside a credit or dateline ("BERLIN - Donald Trump" -> "Donald Trump")."""
    for a, b in ranges:
        if a <= span.start_char < b:
            rest = [t for t in span if t.idx >= b]
            if not rest:
                return None
            # NER's label was the dateline's; a bare two or three word name after it is read as a person's
            person = 2 <= len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in rest) \
                and not {t.lower_ for t in rest} & _NAMED_BODY_WORDS
            return Span(span.doc, rest[0].i, span.end, label="PERSON" if person else span.label_)
    return span


def _inside(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= span.start_char < b for a, b in ranges)


_GLUED_TITLE = re.compile(r"(?<=[a-z])([A-Z][a-z]{1,7})\.?$")


def unglue(name: str) -> str:
    """"Kelly AyotteRep": a name run into the next name's title (a missing space in the copy) loses the title."""
    match = _GLUED_TITLE.search(name)
    if match and match.group(1).lower() in gz.TITLE_WORDS | gz.TITLE_ABBREVIATIONS.keys() | {"rep", "sen", "gov"}:
        return name[:match.start()]
    return name


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
        name, alias = unglue(name), unglue(alias) if alias else alias
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

    def drop(self, name: str) -> None:
        """Forget an actor and its mentions."""
        del self.actors[name]
        self.token_actor = {i: n for i, n in self.token_actor.items() if n != name}
        self.mention_counts.pop(name, None)

    def at(self, token: Token) -> str | None:
        """The actor a token is part of a mention of."""
        return self.token_actor.get(token.i)

    def kind(self, name: str | None) -> str | None:
        info = self.actors.get(name) if name else None
        return info.kind if info else None

    def mention_runs(self) -> dict[str, int]:
        """How often each actor is mentioned (runs of tokens mapped to it, acronyms and repeats included)."""
        counts: dict[str, int] = {}
        for i, name in self.token_actor.items():
            if self.token_actor.get(i - 1) != name:
                counts[name] = counts.get(name, 0) + 1
        return counts

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
            if "." in key:  # the tokenizer keeps "U.S." and "St." whole only as written, not in lower case
                patterns += [nlp.make_doc(key.upper()), nlp.make_doc(key.title())]
        if label == "SEAT":
            patterns += [nlp.make_doc(spelling) for spelling in gz.SEAT_SPELLINGS]
        matcher.add(label, patterns)
    return matcher


_POSSESSIVE_END = re.compile(r"(?:['’]s?|\s+['’]s)$")


@functools.lru_cache(maxsize=4096)
def strip_possessive(text: str) -> str:
    return _POSSESSIVE_END.sub("", text.strip())


def clean_span(span: Span) -> Span:
    """Drop leading determiners/titles and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    toks = tokens(doc)
    while start < end and toks[start].lower_ in ("the", "a", "an"):
        start += 1
    if span.label_ == "PERSON":
        start += min(_title_words(toks[start:end]), end - start - 1)
    cut = next((t.i for t in toks[start:end] if t.i > start and (t.text == ":" or t.like_url or t.text[:1] == "@")),
               end)
    end = cut  # "Joseph Kahn: http://...", "Twitter @handle": what follows is no part of the name
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].is_punct or toks[end - 1].is_space
                           or toks[end - 1].is_lower and toks[end - 1].is_stop
                           or span.label_ == "PERSON" and toks[end - 1].like_num):  # "Ted Cruz 1" in a list
        end -= 1  # "talking with National on the same basis": NER ran on into the function words
    # "the smaller CNV Vakmensen union": a lower-case common noun after a name describes it, it is not the name
    while end - start > 1 and span.label_ == "ORG" and toks[end - 1].is_lower \
            and toks[end - 1].lower_ in gz.GENERIC_ORG_NOUNS and toks[end - 2].text[:1].isupper():
        end -= 1
    # "the SPD General Secretary X", "NDP House leader X": the words before a person's title are part of it
    while end - start > 1 and span.label_ == "ORG" and _title_before_name(doc, end) \
            and toks[end - 1].lower_ in _TITLE_PART_WORDS:
        end -= 1
    return doc[start:end] if end > start else span


# Words of a title before its holder's name: titles, legislatures, portfolios ("European Fisheries Commissioner")
_TITLE_PART_WORDS = gz.TITLE_WORDS | gz.DEPARTMENT_WORDS | gz.LEGISLATURE_WORDS | frozenset("""
environment fisheries economy industry tourism immigration employment culture development infrastructure
communications competition
""".split())


def _title_before_name(doc: Doc, i: int) -> bool:
    """Whether token i opens a person's title that runs up to a capitalized name ("Secretary Klaus Uwe ...")."""
    toks = tokens(doc)
    k = i
    while k < len(toks) and toks[k].lower_ in gz.TITLE_WORDS:
        k += 1
    return i < k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].is_title


def merge_adjacent_pieces(doc: Doc, ents: list[Span]) -> list[Span]:
    """Join ORG pieces NER split ("International Longshore and" + "Warehouse Union"), and PERSON pieces
    ("Kim Kye" + "Gwan", "Tayeb Ibrahim" + "Mohamed Khair"), and pieces that together make an organization's name
    the article gives whole elsewhere ("Brigham" + "and" + "Women's Hospital")."""
    toks = tokens(doc)
    whole_orgs = {span_text(e) for e in ents if e.label_ == "ORG" and len(e) > 2}
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == e.label_ == "PERSON" and prev.end == e.start \
                and len(prev) + len(e) <= 4 and toks[prev.end - 1].tag_ != "POS" \
                and "\n" not in toks[prev.end - 1].whitespace_ and not _in_headline(e[0]):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
        elif prev is not None and 0 <= e.start - prev.end <= 1 and doc[prev.start:e.end].text in whole_orgs:
            out[-1] = Span(doc, prev.start, e.end, label="ORG")
        elif out and out[-1].label_ == "ORG" and e.label_ == "ORG" and toks[out[-1].end - 1].tag_ != "POS" and (
                out[-1].end == e.start or e.start - out[-1].end == 1 and toks[out[-1].end].lower_ in ("of", "&")
                or e.start - out[-1].end == 1 and toks[out[-1].end].lower_ == "and" and _unfinished_name(out[-1], e)):
            out[-1] = Span(doc, out[-1].start, e.end, label="ORG")
        elif prev is not None and prev.label_ == "NORP" and e.label_ == "ORG" and e.start - prev.end == 1 \
                and toks[prev.end].lower_ == "and" and prev.start > 0 and toks[prev.start - 1].lower_ == "the" \
                and e[0].is_title:
            out[-1] = Span(doc, prev.start, e.end, label="ORG")  # "the Australian and International Pilots Association"
        elif out and _of_place(out[-1], e):
            out[-1] = Span(doc, out[-1].start, e.end, label="ORG")  # "the Communist Party" + "of the Philippines"
        else:
            out.append(e)
    return out


def _unfinished_name(left: Span, right: Span) -> bool:
    """"Longshore" + "and" + "Warehouse Union": only the right piece ends as an organization's name does, the left
    one is its first half ("Amazon.com" + "and" + "Walmart" are two names)."""
    return right[-1].lower_ in _ORG_HEADS and left[-1].lower_ not in _ORG_HEADS


def _of_place(org: Span, place: Span) -> bool:
    """An organization's name whose head word is followed by "of (the) <place>": one name."""
    doc = org.doc
    if org.label_ != "ORG" or place.label_ != "GPE" or not 1 <= place.start - org.end <= 2:
        return False
    between = [t.lower_ for t in doc[org.end:place.start]]
    return between in (["of"], ["of", "the"]) \
        and org[-1].is_title and org[-1].lower_ in _ORG_HEADS


def split_coordinated(span: Span) -> list[Span]:
    """"the RCN and Unison", "X and the Y Group", "the Auto Workers and Stellantis" (one of them named alone
    elsewhere): two organizations NER read as one."""
    doc = span.doc
    for tok in tokens(doc)[span.start + 1:span.end - 1]:
        if tok.lower_ != "and":
            continue
        left, right = doc[span.start:tok.i], doc[tok.i + 1:span.end]
        if any(_possessive_mark(t) for t in right[:-1]) or len(left) == 1 and gz.fold(left.text) in gz.DEMONYMS:
            return [span]  # "Brigham and Women's Hospital", "Australian and International ...": one name
        if right[0].lower_ == "the" \
                or any(span_text(s).replace(".", "").isupper() and len(s) == 1 for s in (left, right)) \
                or any(_named_elsewhere(s, span) for s in (left, right)):
            right = right[1:] if right[0].lower_ == "the" else right
            return [Span(doc, left.start, left.end, label=span.label_), Span(doc, right.start, right.end,
                                                                              label=span.label_)]
    return [span]


def split_at_comma(span: Span) -> list[Span]:
    """"the envoy for Cyprus, Elsa Rautio, said": NER ran a place and the apposed name into one entity.
    An entity is cut at its commas; a piece of two or three capitalized proper nouns with no organization
    word is a person's name."""
    if "," not in span_text(span):
        return [span]
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return [span]
    doc = span.doc
    pieces, start = [], span.start
    for c in commas + [span.end]:
        if c > start:
            piece = doc[start:c]
            label = span.label_
            if span.label_ in ("ORG", "NORP", "PRODUCT", "FAC", "WORK_OF_ART") and 2 <= len(piece) <= 3 \
                    and all(t.pos_ == "PROPN" and t.is_title for t in piece) \
                    and gz.fold(span_text(piece)) not in gz.STATE_NAMES \
                    and gz.fold(span_text(piece)) not in gz.CAPITALS \
                    and not any(t.lower_ in gz.GENERIC_ORG_NOUNS or t.lower_ in _ORG_NAME_WORDS for t in piece):
                label = "PERSON"
            pieces.append(Span(doc, piece.start, piece.end, label=label))
        start = c + 1
    if not any(p.label_ == "PERSON" for p in pieces) or span.label_ == "PERSON":
        return [span]  # "Skadden, Arps, Slate, Meagher & Flom": a name with commas, nobody apposed in it
    return pieces


def drop_portfolio(span: Span) -> Span:
    """"Commissioner of Competition Matthew Boswell": NER ran the portfolio of a title ("of Competition") and the
    name after it into one entity; the parse hangs the two on different heads. The name alone is a person."""
    doc = span.doc
    if span.label_ == "PERSON" or len(span) < 3 or span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for") \
            or doc[span.start - 2].lower_ not in gz.TITLE_WORDS or span[0].head.i != span.start - 1:
        return span
    root = next((t for t in span[1:] if t.head.i == t.i or not span.start <= t.head.i < span.end), None)
    start = root.i if root is not None else span.start
    while start - 1 > span.start and doc[start - 1].head.i in range(start, root.i + 1):
        start -= 1  # the name's own words before its head, within the entity
    name = doc[start:span.end]
    if start == span.start or not 2 <= len(name) <= 3 \
            or not all(t.pos_ == "PROPN" and t.is_title for t in name) or {t.lower_ for t in name} & _NAMED_BODY_WORDS:
        return span
    return Span(doc, name.start, name.end, label="PERSON")


def split_possessive(span: Span) -> list[Span]:
    """"Fox News' Megyn Kelly", "Boston's Walsh", "Rubio's party": NER ran an owner and what it owns into one
    name. A name after the possessive is a person of its own (the owner stays only if it names an organization);
    a common noun after it is no part of the owner's name. "King's Fund", "People's Daily" stay whole."""
    doc = span.doc
    cut = next((t.i for t in tokens(doc)[span.start + 1:span.end - 1] if _possessive_mark(t)), None)
    if cut is None or gz.fold(doc[span.start:cut].text) in gz.STATE_NAMES | gz.CAPITALS | gz.DEMONYMS:
        return [span]
    left, right = doc[span.start:cut], doc[cut + 1:span.end]
    if any(t.lower_ in ("and", "&") for t in left):
        return [span]  # "Brigham and Women's Health Care": an owner of two names is part of one name
    owner = [Span(doc, left.start, left.end, label=span.label_)]
    if not right[0].text[:1].isupper():
        return owner
    if {t.lower_ for t in right} & _NAMED_BODY_WORDS:
        return [span]
    if right.root.head.i >= span.end:
        return owner  # "Trump's Middle Eastern policy", "Rubio's Miami backyard": the owner's something, no name
    if len(right) > 3 or not all(t.pos_ == "PROPN" and t.is_title for t in right):
        return [span]  # "Dick's Sporting Goods": one name
    org_owner = span.label_ == "ORG" and {t.lower_ for t in left} & _NAMED_BODY_WORDS
    return (owner if org_owner else []) + [Span(doc, right.start, right.end, label="PERSON")]


_NAMED_BODY_WORDS = gz.ORG_HEAD_WORDS | gz.GENERIC_ORG_NOUNS | gz.STATE_BODY_WORDS | gz.GOVERNMENT_NOUNS \
    | gz.SEAT_HEADS | frozenset({"daily", "fund", "court", "school", "college", "office", "church", "team", "squad"})


def _case_evidence(doc: Doc) -> tuple[set[str], set[str]]:
    """The words the body writes in lower case, and those it capitalizes where case tells (mid-sentence)."""
    cached = doc.user_data.get("parley_case")
    if cached is None:
        lower, capital = set(), set()
        for tok in tokens(doc):
            if tok.is_lower:
                lower.add(tok.text)
            elif tok.text[:1].isupper() and not _uninformative_case(tok):
                capital.add(tok.text)
        cached = doc.user_data["parley_case"] = (lower, capital)
    return cached


def named_entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, listed once per doc (spaCy rebuilds ``Doc.ents`` on every access)."""
    cached = doc.user_data.get("parley_ents")
    if cached is None:
        cached = doc.user_data["parley_ents"] = doc.ents
    return cached


def _capitalized(doc: Doc) -> list[Token]:
    """The doc's words that open with a capital, listed once per doc for the passes that look only at those."""
    cached = doc.user_data.get("parley_capitalized")
    if cached is None:
        cached = doc.user_data["parley_capitalized"] = [t for t in tokens(doc) if t.text[:1].isupper()]
    return cached


def _proper_nouns(doc: Doc) -> list[Token]:
    """The doc's words tagged as proper nouns, listed once per doc."""
    cached = doc.user_data.get("parley_proper_nouns")
    if cached is None:
        cached = doc.user_data["parley_proper_nouns"] = [t for t in tokens(doc) if t.pos_ == "PROPN"]
    return cached


def _tokens_with_text(doc: Doc, text: str) -> list[Token]:
    """The doc's words that are exactly this text, in doc order, found in the doc's text (no pass over its words)."""
    body, toks, out = doc_text(doc), tokens(doc), []
    start = body.find(text) if text else -1
    while start != -1:
        span = doc.char_span(start, start + len(text))
        if span is not None and len(span) == 1:
            out.append(toks[span.start])
        start = body.find(text, start + 1)
    return out


def _in_headline(tok: Token) -> bool:
    """A word of a title-case line ("Trump Says He Never Pledged ..."), where capitals tell nothing."""
    return tok.i in _headline_tokens(tok.doc)


def _headline_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of the doc's title-case lines, found once per doc."""
    cached = doc.user_data.get("parley_headlines")
    if cached is None:
        text = doc_text(doc)
        cached = doc.user_data["parley_headlines"] = frozenset(
            i for sent in doc.sents if _is_headline(sent, text) for i in range(sent.start, sent.end))
    return cached


def _is_headline(sent: Span, text: str) -> bool:
    tail = text[sent.start_char:sent.end_char + 1].rstrip(" \t")
    own_line = text[:sent.start_char].rstrip(" \t")[-1:] in ("", "\n") \
        and ("\n" in tail[-2:] or sent.end_char >= len(text.rstrip()))
    if not own_line:
        return False
    words = [t for t in tokens(sent.doc)[sent.start:sent.end] if t.is_alpha]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.75 * len(words)


def _sentence_firsts(doc: Doc) -> frozenset[int]:
    """The index of each sentence's first word (after any punctuation), found once per doc."""
    cached = doc.user_data.get("parley_sentence_firsts")
    if cached is None:
        firsts = (next((t.i for t in sent if not t.is_punct and not t.is_space), None) for sent in doc.sents)
        cached = doc.user_data["parley_sentence_firsts"] = frozenset(i for i in firsts if i is not None)
    return cached


def _uninformative_case(tok: Token) -> bool:
    """A capital that tells nothing: a sentence's first word (after any quote mark), or a word of a headline."""
    return tok.i in _uninformative_positions(tok.doc)


def _uninformative_positions(doc: Doc) -> frozenset[int]:
    """The indices of the words whose capital tells nothing, found once per doc."""
    cached = doc.user_data.get("parley_uninformative")
    if cached is None:
        cached = doc.user_data["parley_uninformative"] = _sentence_firsts(doc) | _headline_tokens(doc)
    return cached


def _common_word(tok: Token, alone: bool) -> bool:
    """A capitalized word standing where case tells nothing that is not used as a name: never capitalized
    mid-sentence, and no proper noun ("Realistically", "Without"), or - alone, or in a headline - a word the body
    also writes in lower case ("Morale", "Says")."""
    if not tok.text[:1].isupper() or not _uninformative_case(tok):
        return False
    lower, capital = _case_evidence(tok.doc)
    if tok.text in capital:
        return False
    if tok.pos_ not in ("PROPN", "NOUN") or tok.is_stop:
        return True
    return (alone or _in_headline(tok)) and tok.lower_ in lower


def trim_common_words(span: Span) -> Span | None:
    """An entity without the common words NER took for part of a name at a sentence start or in a headline
    ("Without Bloomberg", "Trump Says He Never"): its first run of name words; None when none is left."""
    doc = span.doc
    toks = tokens(doc)
    run: list[Token] = []
    for tok in toks[span.start:span.end]:
        # a head noun with an "of" after it stands as alone as a one-word name ("Customers of X include ...")
        alone = len(span) == 1 or tok.i + 1 < span.end and toks[tok.i + 1].lower_ == "of"
        if not _common_word(tok, alone):
            run.append(tok)
        elif run:
            break
    while run and run[0].i > span.start and run[0].is_lower and run[0].is_stop:
        run.pop(0)  # "of X" after a common word dropped
    if not any(t.text[:1].isupper() for t in run) \
            and (len(run) < len(span) or not {t.lower_ for t in run} & _NAMED_BODY_WORDS):
        return None  # "birr": a name is capitalized, unless it is a body ("the transport ministry")
    name = Span(doc, run[0].i, run[-1].i + 1, label=span.label_)
    if _in_headline(run[0]) and not _named_outside(name):
        # "Donald Trump Ties ...", "Disputes Characterization Of Network": a headline's name is the longest part
        # of it the story names again, if any
        return next((Span(doc, name.start, end, label=span.label_) for end in range(name.end - 1, name.start, -1)
                     if _named_outside(doc[name.start:end])), None)
    return span if len(run) == len(span) else name


def cut_state_tails(ents: list[Span]) -> list[Span]:
    """"she had told Wang France was prepared": a person's name NER ran into the state named after it (the name
    before it being a word of another person's name in the article) loses the state."""
    words: dict[str, set[str]] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1:
            for t in (e[0], e[-1]):
                words.setdefault(t.text, set()).add(span_text(e))
    out = []
    for e in ents:
        if e.label_ == "PERSON" and len(e) == 2 and gz.fold(e[-1].text) in gz.STATE_NAMES \
                and words.get(e[0].text, set()) - {span_text(e)}:
            e = Span(e.doc, e.start, e.end - 1, label="PERSON")
        out.append(e)
    return out


def _named_outside(span: Span) -> bool:
    """Whether the body names this text again outside the span's sentence."""
    sent = span.sent
    pattern = re.compile(r"(?<![\w-])" + re.escape(span_text(span)) + r"(?![\w-])")
    return any(not sent.start_char <= m.start() < sent.end_char for m in pattern.finditer(doc_text(span.doc)))


def _possessive_mark(tok: Token) -> bool:
    """"'s", or a bare apostrophe glued to a plural ("Fox News' ...")."""
    toks = tokens(tok.doc)
    return tok.tag_ == "POS" or tok.text in ("'", "’") and tok.i > 0 and not toks[tok.i - 1].whitespace_ \
        and toks[tok.i - 1].lower_.endswith("s")


_ORG_NAME_WORDS = frozenset({"union", "council", "party", "front", "army", "bank", "court", "commission",
                             "agency", "ministry", "committee", "association", "federation", "organization",
                             "organisation", "authority", "league", "institute", "corporation", "group"})
# Last words of organizations' names
_ORG_HEADS = _ORG_NAME_WORDS | gz.ORG_HEAD_WORDS


def _named_elsewhere(part: Span, whole: Span) -> bool:
    """Whether a capitalized part of a name also stands alone somewhere else in the text (not inside another name:
    "Democracy" of "Movement for Democracy in X")."""
    if not part.text[:1].isupper():
        return False
    doc = part.doc
    pattern = re.compile(r"(?<![\w-])" + re.escape(part.text) + r"(?![\w-]| and )")
    return any((m.start() < whole.start_char or m.start() >= whole.end_char) and not _inside_entity(doc, *m.span())
               for m in pattern.finditer(doc_text(doc)))


def _inside_entity(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two offsets is part of a longer entity (one that runs on before or after it)."""
    span = doc.char_span(start, end)
    toks = tokens(doc)
    return span is not None and (toks[span.start].ent_iob_ == "I" or span.end < len(toks)
                                 and toks[span.end].ent_iob_ == "I")


_JOINERS = frozenset({".", "/", "&", "-", "+"})


def _joined_piece(doc: Doc, end: int) -> bool:
    """"Caliber" + "." + "Az", "AFC" + "/" + "M23": a joiner with no space on either side, then a capital or a
    digit - one name the tokenizer cut."""
    toks = tokens(doc)
    return end + 1 < len(toks) and toks[end].text in _JOINERS and not toks[end - 1].whitespace_ \
        and not toks[end].whitespace_ and (toks[end + 1].text[:1].isupper() or toks[end + 1].text[:1].isdigit())


def extend_name(span: Span) -> Span:
    """"Group" + "of 77" -> "Group of 77"; "Jama'at ... wal-Muslimin (JNIM)": a name with its acronym;
    "Caliber.Az": a name with its inner punctuation."""
    doc, end = span.doc, span.end
    toks = tokens(doc)
    if span.label_ in ("ORG", "PRODUCT", "GPE") and _joined_piece(doc, end):
        return Span(doc, span.start, end + 2, label="ORG")
    if span.label_ == "PERSON" and end + 1 < len(toks) and toks[end].text == "-" and not toks[end - 1].whitespace_ \
            and not toks[end].whitespace_ and toks[end + 1].is_alpha and toks[end + 1].is_lower:
        return Span(doc, span.start, end + 2, label="PERSON")  # "Choi Min" + "-jae"
    if end + 1 < len(toks) and toks[end].lower_ == "of" and toks[end + 1].like_num and toks[end + 1].is_digit:
        return Span(doc, span.start, end + 2, label="ORG")
    while end < len(toks) and end - span.end < 4 and toks[end].text != "(" \
            and (toks[end].is_alpha or "-" in toks[end].text):
        end += 1  # "... al-Islam wal-Muslimin (JNIM)": the words up to the acronym
    if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 1].text.isupper() and len(toks[end + 1]) > 2 \
            and toks[end + 2].text == ")" \
            and span.label_ in ("PERSON", "ORG"):
        return Span(doc, span.start, end, label="ORG")
    return span


_NAME_PARTICLES = frozenset({"dos", "da", "das", "do", "de", "del", "della", "di", "du", "van", "von", "der", "den",
                             "ter", "bin", "ibn"})


def _surname_word(tok: Token, common: frozenset[str]) -> bool:
    """A capitalized proper noun NER left outside any name that can end a person's name: no place or people, and
    no English word unless the body repeats it after the same word ("Torres Vila ... Torres Vila said")."""
    if tok.ent_iob_ != "O" or tok.tag_ not in ("NNP", "NNPS") or not tok.is_title or not tok.is_alpha \
            or _uninformative_case(tok) or _place_word(tok):
        return False
    pair = span_text(tok.doc[tok.i - 1:tok.i + 1])
    return not _common_word_form(tok.lower_, common) or doc_text(tok.doc).count(pair) > 1


def with_surname_tail(span: Span, common: frozenset[str]) -> Span:
    """"Carlos Torres" + "Vila", "Fernando Teixeira" + "dos Santos": the last part of a person's name that NER left
    out, a capitalized word right after the name, or a name particle and the capitalized word after it."""
    doc, end = span.doc, span.end
    toks = tokens(doc)
    if span.label_ != "PERSON" or end + 1 >= len(toks) or toks[end - 1].whitespace_ != " " \
            or _possessive_mark(toks[end - 1]):
        return span
    if toks[end].lower_ in _NAME_PARTICLES and toks[end + 1].is_title and toks[end + 1].pos_ == "PROPN" \
            and toks[end + 1].ent_iob_ != "I":
        end += 2
    elif _surname_word(toks[end], common) and toks[end + 1].pos_ != "PROPN" and toks[end + 1].text != ":":
        end += 1
    return span if end == span.end else Span(doc, span.start, end, label="PERSON")


def with_arabic_article(span: Span) -> Span:
    """"Al" + "Arabiya": an organization's name keeps the Arabic article NER left out."""
    doc = span.doc
    toks = tokens(doc)
    if span.label_ == "ORG" and span.start > 0 and toks[span.start - 1].text in ("Al", "El"):
        return Span(doc, span.start - 1, span.end, label="ORG")
    return span


def is_shouted_word(span: Span) -> bool:
    """"TEACHER strikes next week ...": a word set in capitals for emphasis, which the body also writes in lower
    case, is no acronym."""
    if len(span) != 1:
        return False
    text = span[0].text
    if not text.isupper() or not text.isalpha() or len(text) < 5:
        return False
    lower = _case_evidence(span.doc)[0]
    low = text.lower()
    forms = {low, low + "s", low + "es"} | ({low[:-1]} if low.endswith("s") else set())
    return bool(forms & lower)


def is_amount_unit(span: Span) -> bool:
    """"at DKK 1,410.5", "EUR 5 billion": a currency's code next to a number (NER may take the number in)."""
    doc = span.doc
    toks = tokens(doc)
    words = toks[span.start:span.end]
    code = next((t for t in words if not t.like_num), None)
    return code is not None and code.text in gz.CURRENCY_CODES and all(t.like_num for t in words if t.i != code.i) \
        and any(0 <= i < len(doc) and toks[i].like_num for i in (code.i - 1, code.i + 1))


_NUMBERED_EVENT = re.compile(r"[A-Z]{2,}-?\d{2,}")


def is_event(span: Span) -> bool:
    """Conferences named with a number ("COP31") are events, not organizations; the tail of a treaty's or
    plan's long name ("Treaty on the Non-Proliferation of ...") is part of that name, not an actor; nor is the
    acronym the article gives such a name ("... Free Trade Agreement (NAFTA)")."""
    return bool(_NUMBERED_EVENT.fullmatch(span_text(span).strip())) or _tail_of_document_name(span) \
        or tokens(span.doc)[span.start].text in _thing_acronyms(span.doc)


def _thing_acronyms(doc: Doc) -> frozenset[str]:
    """Acronyms bracketed after the name of an agreement, a law or a plan ("Agreement (NAFTA)")."""
    cached = doc.user_data.get("parley_thing_acronyms")
    if cached is None:
        cached = doc.user_data["parley_thing_acronyms"] = frozenset(
            doc[t.i + 1].text for t in _tokens_with_text(doc, "(") if 1 <= t.i < len(doc) - 2
            and doc[t.i + 2].text == ")"
            and doc[t.i + 1].text.isupper() and doc[t.i - 1].is_title and doc[t.i - 1].lower_ in _THING_NOUNS)
    return cached


# Heads of the names of documents, deals and routes, never of organizations ("Campaign for ...", "Initiative for ...",
# "Project for ..." may be)
_DOCUMENT_HEADS = frozenset(gz.NON_ACTOR_SUFFIXES) - {"campaign", "initiative", "project", "policy", "process", "day",
                                                      "line", "time", "formula"} | {"roadmap", "charter", "pact"}


def _document_head(key: str) -> bool:
    """"Trump Route for International Peace and Prosperity", "Treaty on the Non-Proliferation of ...": a name whose
    head, before its first preposition, is a document's, a deal's or a route's."""
    words = key.split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "on", "between", "to") and i > 0), None)
    return cut is not None and words[cut - 1] in _DOCUMENT_HEADS


def _tail_of_document_name(span: Span) -> bool:
    toks = tokens(span.doc)
    k = span.start - 1
    while k >= 0 and toks[k].lower_ in ("the", "on", "of", "for", "to", "between") and span.start - k < 4:
        k -= 1
    return 0 <= k < span.start - 1 and toks[k].text[:1].isupper() and toks[k].lower_ in gz.NON_ACTOR_SUFFIXES


def _only_region_words(key: str) -> bool:
    """"the two Asian Pacific neighbours": region adjectives describe, they name nobody."""
    words = key.split()
    return len(words) > 1 and all(w in gz.REGION_ADJECTIVES or w in gz.DEMONYMS for w in words)


def _hyphenated_modifier(text: str) -> bool:
    """"post-Brexit", "under-30s": a lower-case prefix; "US-Iranian": places or peoples joined - modifiers, no names."""
    text = re.sub(r"^(?:the|a|an)\s+", "", text)  # "the AFL-CIO": the article is no prefix
    parts = [gz.fold(p) for p in text.split("-")]
    if len(parts) < 2 or not all(parts):
        return False
    return text[:1].islower() and not text.startswith(("al-", "el-")) \
        or all(p in gz.STATE_NAMES or p in gz.DEMONYMS or p in gz.CAPITALS for p in parts)


_VENUE_WORDS = frozenset({"house", "palace", "hotel", "hall", "centre", "center", "building", "stadium",
                          "airport", "complex", "villa", "castle", "resort", "lodge"})


# Nouns for things a name may name, never an actor: agreements, laws, schemes, benefits.
_THING_NOUNS = frozenset(gz.NON_ACTOR_SUFFIXES) | frozenset({"law", "scheme", "programme", "program", "benefit",
                                                             "allowance", "tax", "payment", "pact", "bill"})


def _names_a_thing(span: Span) -> bool:
    """A name apposed to a thing noun ("X, a free trade deal") or modifying one ("the X allowance")."""
    root = span.root
    if root.dep_ == "compound" and root.head.i >= span.end and root.head.lemma_.lower() in _THING_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _THING_NOUNS and c.i >= span.end
               and any(d.lower_ in ("a", "an") for d in c.children) for c in root.children)


def _conjuncts(tok: Token) -> list[Token]:
    """The heads of all the items of the coordination a word stands in (itself included)."""
    items, todo = [], [conj_root(tok)]
    while todo:
        item = todo.pop()
        items.append(item)
        todo += [c for c in item.children if c.dep_ == "conj"]
    return items


_PERSON_SUFFIXES = ("ers", "ors", "ists", "ians", "ents", "ants", "men", "women", "people")


def _listed_among_things(span: Span) -> bool:
    """A name in a list of three or more whose other items are all lower-case common nouns, none a kind of body and
    one at least no kind of people ("pensioners, students, Medicare and fuel"): a programme or a product, no
    organization."""
    others = [t for t in _conjuncts(span.root) if not span.start <= t.i < span.end]
    return len(others) >= 2 and all(t.pos_ == "NOUN" and t.is_lower and t.ent_type_ == "" for t in others) \
        and not any(t.lemma_ in gz.GENERIC_ORG_NOUNS or t.lemma_ in gz.GOVERNMENT_NOUNS for t in others) \
        and any(not t.lower_.endswith(_PERSON_SUFFIXES) and t.lemma_ not in _MEMBER_NOUNS for t in others)


_MEMBER_NOUNS = frozenset({"staff", "member", "worker", "employee", "colleague", "activist", "official",
                           "nurse", "teacher", "driver", "pilot", "doctor", "membership", "everyone", "people",
                           "partner", "country", "nation", "state", "party", "government", "delegate"})
_BUILDING_WORDS = frozenset({"tower", "towers", "building", "arena", "stadium", "hotel", "inn", "plaza", "mall",
                             "zoo", "grill", "restaurant", "cathedral", "mosque", "airport", "resort", "casino",
                             "bridge", "square", "skyscraper", "pier", "terminal"})


def is_non_actor(span: Span) -> bool:
    """Demonyms, platforms, department words inside titles, places after locative prepositions."""
    text = strip_possessive(span_text(span))
    key = gz.fold(text)
    if _PLACE_NAMED.search(doc_text(span.doc)[max(0, span.start_char - 40):span.start_char]):
        return True  # "a new state called Guayana Esequiba"
    if key in gz.NON_ACTOR_ORGS or (key in gz.DEMONYMS and span.label_ != "GPE") or _only_region_words(key) \
            or _hyphenated_modifier(text):
        return True
    root = span.root
    head = root.head
    if span.label_ in ("PERSON", "NORP") and len(span) == 1 and root.dep_ == "compound" \
            and head.lemma_.lower() in gz.GENERIC_ORG_NOUNS and any(c.lower_ in ("a", "an") for c in head.children):
        return True  # "a Hutu militia": a people describing a group, not a name
    if span.label_ in ("PERSON", "ORG", "GPE") and _based(span):
        return True  # "Guildford-based studio": a location
    if span.label_ == "ORG" and len(span) == 1 and key in gz.DEPARTMENT_WORDS | gz.TITLE_WORDS \
            and not (root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX")):
        return True  # "Treasury Secretary X", not "Labor will fight the budget"
    if span.label_ in ("ORG", "PRODUCT", "LAW", "PERSON") and _names_a_thing(span):
        return True  # "the Trans Pacific Partnership, a free trade deal", "the Newstart allowance"
    if span.label_ == "ORG" and _listed_among_things(span):
        return True  # "changes to border security, Employment Insurance, immigration and pensions": a programme
    last = span[-1].lower_
    if span.label_ in ("ORG", "PERSON", "FAC") and len(span) > 1 and last in _BUILDING_WORDS \
            and not (root.dep_ == "nsubj" and is_saying(head)):
        return True  # "Trump Tower", "the Empire State Building": a building names a place, unless it speaks
    if span.label_ not in ("ORG", "PERSON", "FAC"):
        return False
    item = conj_root(root)
    if span.label_ in ("ORG", "FAC") and last in _VENUE_WORDS and key not in gz.SEATS \
            and item.dep_ == "pobj" and item.head.lower_ in ("at", "in", "outside"):
        return True  # "after the session at Hyderabad House": a venue
    if span.label_ in ("ORG", "PERSON") and key not in gz.STATE_NAMES and key not in gz.CAPITALS:
        if item.dep_ == "pobj" and (item.head.lower_ in PLACE_PREPS or item.head.lower_ == "of"
                                    and item.head.head.lemma_.lower() in gz.PLACE_NOUNS) \
                and not (span.label_ == "ORG" and item.head.head.lemma_.lower() in _MEMBER_NOUNS):
            # "staff in Unison, Unite and GMB": members are in an organization, not at a place
            return span.label_ == "PERSON" or not span_text(span).replace(".", "").isupper()
        if item.dep_ in ("compound", "nmod") and item.head.lemma_.lower() in gz.PLACE_NOUNS \
                or any(c.dep_ == "conj" and c.lemma_.lower() in gz.PLACE_NOUNS for c in root.children):
            return True  # "the Sikkim section", "the South Kordofan and Blue Nile region"
    return False


# Nouns that make a name they frame a place ("the town of X", "the X region", "X is disputed territory")
_PLACE_FRAME_NOUNS = frozenset("""
town city village province region district stronghold territory area enclave exclave outskirts municipality suburb
hometown settlement governorate prefecture county island valley
""".split())


# What an outlet publishes ("an article in X", "an interview in X")
_PUBLICATION_NOUNS = frozenset({"article", "report", "interview", "story", "column", "editorial", "piece", "op-ed",
                                "essay", "letter", "comment", "comments", "remarks", "post", "ad", "advertisement"})


def _located_place(span: Span) -> bool:
    """"peacekeepers in Karabakh": a name NER reads as a place, after a preposition of place, that is no state,
    capital or known body (their other mentions NER may read as an organization's)."""
    key = gz.fold(strip_possessive(span_text(span)))
    root = conj_root(span.root)
    return root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS and key not in gz.STATE_NAMES \
        and key not in gz.CAPITALS and key not in gz.ORG_ABBREVIATIONS and key not in gz.ORG_CANONICAL \
        and root.head.head.lemma_.lower() not in _PUBLICATION_NOUNS  # "an article in Politico": an outlet


def placed_names(ents: list[Span]) -> set[str]:
    """Names of organizations or persons NER misread that the article frames as places: in any mention ("the town of
    Abeche" ... "left Abeche"), or by a last word that names a kind of place ("Twin Cities nurses")."""
    out = set()
    for e in ents:
        if e.label_ == "GPE" and _located_place(e):
            out.add(strip_possessive(span_text(e)))
        if e.label_ not in ("ORG", "PERSON", "FAC", "LOC") or gz.fold(span_text(e)) in gz.STATE_NAMES:
            continue
        root = conj_root(e.root)
        head = root.head
        framed = root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_FRAME_NOUNS \
            or root.dep_ in ("compound", "nmod", "appos") and head.lemma_.lower() in _PLACE_FRAME_NOUNS \
            and not _title_apposition(root) \
            or root.dep_ == "nsubj" and head.lemma_ == "be" \
            and any(c.dep_ == "attr" and c.lemma_.lower() in _PLACE_FRAME_NOUNS for c in head.children)
        place_word = len(e) > 1 and e[-1].lower_ in _PLACE_HEAD_WORDS and e.label_ != "PERSON" \
            and all(t.is_title for t in e) and not {t.lower_ for t in e} & (_NAMED_BODY_WORDS | _ORG_NAME_WORDS)
        if framed or place_word:
            out.add(strip_possessive(span_text(e)))
    return out


def _title_apposition(root: Token) -> bool:
    """"the leader for the northern district, Mark Tobin": an apposition the parser hung on the place noun that ends
    a person's title ("leader for the district") names the title's holder, not the place."""
    place = root.head
    return root.dep_ == "appos" and place.dep_ == "pobj" and place.head.head.lower_ in gz.TITLE_WORDS


def subdivision_names(ents: list[Span]) -> set[str]:
    """Names of a state's provinces, regions or counties that NER read as persons or organizations ("Kisumu",
    "Homa Bay"), unless a person the article names bears it in a longer name."""
    persons = {w for e in ents if e.label_ == "PERSON" and len(e) > 1 for w in span_text(e).split()}
    return {name for e in ents if e.label_ in ("PERSON", "ORG", "FAC", "LOC", "PRODUCT")
            and gz.fold(name := strip_possessive(span_text(e))) in gz.SUBDIVISIONS and name not in persons}


_INSTITUTION_HEADS = frozenset({"authority", "commission", "council", "agency", "corporation", "company",
                                "association", "committee", "federation", "institute", "court", "board",
                                "tribunal", "organisation", "organization"})


_PUBLISHING_VERBS = frozenset({"report", "publish", "write", "quote", "cite", "print", "broadcast"})


def _publishes(span: Span) -> bool:
    """"reports Bloomberg", "Politico reported that ...": a name that is not a known place and is the subject of a
    verb of publishing is a news outlet, whatever NER took it for."""
    key = gz.fold(strip_possessive(span_text(span)))
    if key in gz.STATE_NAMES or key in gz.CAPITALS or key in gz.SEATS:
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in _PUBLISHING_VERBS


# Members of an armed group, named after it ("Abu Sayyaf terrorists", "Shabaab fighters")
_ARMED_MEMBER_NOUNS = frozenset({"terrorist", "militant", "fighter", "gunman", "extremist", "separatist", "jihadist",
                                 "insurgent", "guerrilla", "rebel", "militiaman"})


def relabel(span: Span) -> Span:
    """Fix common NER slips: "Nordgate Advisory" as a person, "Tatyana Moskalkova" as an organization."""
    words = span_text(span).split()
    toks = tokens(span.doc)
    root = span.root
    head = root.head
    if span.label_ in ("GPE", "LOC", "PRODUCT", "WORK_OF_ART") and _publishes(span):
        return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ != "PERSON" and _titled_name(span):
        return Span(span.doc, span.start, span.end, label="PERSON")  # "Presidential Spokesman Ernesto Abella"
    given = _given_name_after_post(span)
    if given is not None:
        return Span(span.doc, given, span.end, label="PERSON")  # "Ambassador to India Kenji Hiramatsu"
    if span.label_ in ("LOC", "GPE", "FAC") and len(span) > 1 and span[-1].is_title \
            and span[-1].lower_ in _INSTITUTION_HEADS and gz.fold(span_text(span)) not in gz.STATE_NAMES:
        return Span(span.doc, span.start, span.end, label="ORG")  # "the Port of X Authority" read as a place
    if span.label_ == "PERSON" and len(span) > 1 and len(span[0].text) >= 3 and span[0].text.isupper() \
            and span[0].is_alpha:
        # "FNV Havens", "IG Metall": no given name is an acronym
        return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ != "PERSON" and (alias_cue_person(span) is not None or _followed_by_age(span)):
        return Span(span.doc, span.start, span.end, label="PERSON")
    if span.label_ in ("PERSON", "PRODUCT") and root.dep_ in ("appos", "compound") \
            and head.lemma_.lower() in gz.GENERIC_ORG_NOUNS | _ARMED_MEMBER_NOUNS \
            and toks[span.start - 1].text != "," \
            and not (root.dep_ == "compound" and any(c.lower_ in ("a", "an") for c in head.children)):
        # "the Mercosur bloc" names a bloc, "a Hutu militia" describes one
        return Span(span.doc, span.start, span.end, label="ORG")  # "the charity Acción Sahel", "the Mercosur bloc"
    if span.label_ in ("PERSON", "PRODUCT") and _after_body_noun(span):
        return Span(span.doc, span.start, span.end, label="ORG")  # "its subsidiary Gaspetro", "the agency, Jana"
    if span.label_ == "PERSON" and len(words) > 1 and gz.fold(words[0]) in gz.FOREIGN_ORG_WORDS:
        return Span(span.doc, span.start, span.end, label="ORG")  # "Banco Sabadell", "Parti Socialiste"
    if span.label_ == "PERSON" and words[-1].lower() in gz.ORG_HEAD_WORDS \
            and (len(words) > 1 or span.start > 0 and toks[span.start - 1].lower_ == "the"):
        return _with_day_of_issue(Span(span.doc, span.start, span.end, label="ORG"))  # "told the Herald on Sunday"
    if span.label_ in ("NORP", "PERSON", "GPE") and len(span) == 1 and _media_name(root):
        return Span(span.doc, span.start, span.end, label="ORG")  # "the Yonhap news agency"
    if span.label_ == "PERSON" and root.dep_ == "compound" and head.pos_ == "NOUN" \
            and head.dep_ in ("poss", "compound") and head.head.lemma_.lower() in gz.GENERIC_ORG_NOUNS:
        return Span(span.doc, span.start, span.end, label="ORG")  # "the Vereinigung Cockpit pilots' union"
    if span.label_ in ("PERSON", "PRODUCT") and (any(c.dep_ == "appos" and c.lemma_.lower() in gz.GENERIC_ORG_NOUNS
                                                     for c in root.children) or _org_apposition(span)):
        return Span(span.doc, span.start, span.end, label="ORG")  # "SAG-AFTRA, the American performers' union"
    if span.label_ == "PERSON" and any(t.dep_ == "compound" and t.i < span.start and t.lemma_.lower() in
                                       gz.GENERIC_ORG_NOUNS for t in root.children):
        # "the industrial union IF Metall": a named organization, with its all-caps first word
        start = span.start
        while start > 0 and toks[start - 1].text.isupper() and toks[start - 1].is_alpha:
            start -= 1
        return Span(span.doc, start, span.end, label="ORG")
    if span.label_ == "ORG" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
            and words[-1].lower() not in gz.ORG_HEAD_WORDS \
            and not any(w.lower() in _ORG_NAME_WORDS or w.lower() in _COMPANY_NOUNS for w in words) \
            and (root.dep_ == "appos" and head.lemma_.lower() in gz.TITLE_WORDS | gz.GENERIC_PERSON_NOUNS
                 or _person_apposition(span)):
        return Span(span.doc, span.start, span.end, label="PERSON")
    return span


def _after_body_noun(span: Span) -> bool:
    """"the sale of subsidiary Gaspetro", "the official news agency, Jana,": a name right after a lower-case noun
    for a kind of organization (a comma between them at most) names that organization."""
    toks = tokens(span.doc)
    i = span.start - 1
    if i > 0 and toks[i].text == ",":
        i -= 1
    if i < 0:
        return False
    noun = toks[i]
    return noun.is_lower and noun.pos_ == "NOUN" and noun.tag_ != "NNS" \
        and noun.lemma_ in _BODY_NOUNS


def _with_day_of_issue(span: Span) -> Span:
    """"the Herald" + "on Sunday": a newspaper's name with the day of its edition."""
    doc = span.doc
    toks = tokens(doc)
    if span.end + 1 < len(doc) and toks[span.end].lower_ == "on" and toks[span.end + 1].text in ("Saturday", "Sunday"):
        return Span(doc, span.start, span.end + 2, label=span.label_)
    return span


def _given_name_after_post(span: Span) -> int | None:
    """"Ambassador to India Kenji Hiramatsu": a surname NER read as an organization after a given name it left
    untagged, after a title with its post ("to India", "for Syria", "of Finance"). The given name's index."""
    doc = span.doc
    toks = tokens(doc)
    if span.label_ not in ("ORG", "GPE") or len(span) != 1 or span.start < 4:
        return None
    given = span.start - 1
    if not (toks[given].ent_type_ == "" and toks[given].pos_ == "PROPN" and toks[given].is_title):
        return None
    k = given - 1
    while k > 0 and toks[k].ent_type_ in ("GPE", "ORG", "LOC") and toks[k].text[:1].isupper():
        k -= 1  # the post's place or body
    k -= toks[k].lower_ == "the"
    if k < 1 or k == given - 1 or toks[k].lower_ not in ("to", "for", "of") or toks[k - 1].lower_ not in gz.TITLE_WORDS:
        return None
    return given


def _title_words(words) -> int:
    """How many words of a name are its holder's title: "Presidential Spokesman", "Foreign Minister", "Dr"."""
    k = 0
    while k < len(words) and (words[k].lower_ in gz.TITLE_WORDS or words[k].lower_ in gz.HONORIFICS
                              or k + 1 < len(words) and words[k + 1].lower_ in gz.TITLE_WORDS and words[k].is_title):
        k += 1
    return k


# Words of titles that only qualify a title noun ("Foreign Minister", "Senior Adviser")
_TITLE_MODIFIERS = frozenset({"state", "national", "international", "foreign", "defence", "defense", "finance",
                              "trade", "treasury", "interior", "special", "senior", "top", "supreme", "deputy", "vice",
                              "crown", "prime"})


def _titled_name(span: Span) -> bool:
    """"Presidential Spokesman Ernesto Abella" read as a work of art or an organization: capitalized title
    words, then two or three proper nouns, none of them a word of an organization's name."""
    words = [t for t in tokens(span.doc)[span.start:span.end] if t.tag_ != "POS"]
    k = _title_words(words)
    name = words[k:]
    if all(t.lower_ in _TITLE_MODIFIERS for t in words[:k]):
        return False  # "International Red Cross": an adjective alone is no title
    return 0 < k and 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in name) \
        and not any(t.lower_ in _NAMED_BODY_WORDS or t.lower_ in gz.TITLE_WORDS for t in name) \
        and gz.fold(" ".join(t.text for t in name)) not in gz.STATE_NAMES


def _org_apposition(span: Span) -> bool:
    """"SAG-AFTRA, the American performers' union, ...": a name followed by a descriptive apposition whose
    head is an organization noun (read from the surface, the parser often hangs it elsewhere)."""
    doc = span.doc
    toks = tokens(doc)
    if span.end + 2 >= len(doc) or toks[span.end].text != "," or toks[span.end + 1].lower_ not in ("the", "a", "an"):
        return False
    last = None
    for tok in toks[span.end + 2:span.end + 11]:
        if tok.is_punct and tok.text not in ("’", "'", "-"):
            break
        last = tok
    if last is None:
        return False
    if last.i >= 2 and toks[last.i - 1].text == "-":  # "start-up" is three tokens
        return (toks[last.i - 2].lower_ + "-" + last.lower_) in _COMPANY_NOUNS
    return last.pos_ in ("NOUN", "PROPN") \
        and (last.lemma_.lower() in gz.GENERIC_ORG_NOUNS or last.lower_ in _COMPANY_NOUNS)


_COMPANY_NOUNS = frozenset({"start-up", "startup", "firm", "company", "carrier", "manufacturer", "maker",
                            "retailer", "insurer", "lender", "broadcaster", "conglomerate", "subsidiary",
                            "operator", "developer", "charity", "ngo", "nonprofit", "non-profit"})
_PERSON_ROLE_NOUNS = gz.TITLE_WORDS | gz.GENERIC_PERSON_NOUNS | frozenset({"founder", "co-founder", "officer",
                                                                           "counsel", "lawyer", "economist"})


def _person_apposition(span: Span) -> bool:
    """"Marcus Hale, Orbis's chief legal officer," / "said the firm's founder, Ryota Inoue": a name apposed to
    a person's title is a person (read from the surface; NER often calls such names organizations)."""
    doc = span.doc
    toks = tokens(doc)
    if _role_noun_at(doc, span.start - 1) or _role_noun_at(doc, span.end) and span.end + 1 < len(doc) \
            and toks[span.end + 1].lower_ in ("of", "at"):
        return True  # "the union's chairperson X Y said", "X Y chairman of the regulator said": no comma between
    if any(c.dep_ == "appos" and c.i > span.end and c.lemma_ in _PERSON_ROLE_NOUNS | {"member"}
           and not (c.i + 1 < len(doc) and toks[c.i + 1].ent_type_ == "PERSON") for c in span.root.children) \
            and gz.fold(span_text(span)) not in gz.ORG_CANONICAL:
        return True  # "X Y, a member of its top body," (the role noun before the end of the apposition)
    if span.end + 2 < len(doc) and toks[span.end].text == ",":
        last = None
        for tok in toks[span.end + 1:span.end + 8]:
            if tok.is_punct and tok.text not in ("’", "'", "-"):
                break
            last = tok
        if last is not None and last.pos_ == "NOUN" and last.lower_ in _PERSON_ROLE_NOUNS:
            return True
    if span.start >= 2 and toks[span.start - 1].text == ",":
        before = toks[span.start - 2]
        if before.pos_ == "NOUN" and before.lower_ in _PERSON_ROLE_NOUNS:
            return True
    return False


def _role_noun_at(doc: Doc, i: int) -> bool:
    """Whether token i is a person's role written as a lower-case noun ("chairperson", "spokesman")."""
    toks = tokens(doc)
    return 0 <= i < len(doc) and toks[i].is_lower and toks[i].pos_ == "NOUN" and toks[i].lower_ in _PERSON_ROLE_NOUNS


_NAME_LINKS = frozenset({"of", "for", "the", "and", "on", "de", "du", "des"})


def bracketed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"the March 23 Movement (M23)", "the International Council for the Exploration of the Sea (ICES)": a run of
    capitalized words and numbers ending in an organization word before a bracketed acronym is one organization
    (NER often reads part of it as a date or cuts it), replacing the entities inside it."""
    out = []
    for e in ents:
        cut = next((t.i for t in e if t.text == "("), None)
        if cut is not None and cut > e.start and not any(t.text == ")" for t in e):
            e = Span(doc, e.start, cut, label=e.label_)  # "... of the Sea (ICES": the name before the bracket
        out.append(e)
    for tok in _tokens_with_text(doc, "("):
        if tok.i < 2 or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acro, last = doc[tok.i + 1], doc[tok.i - 1]
        if not (acro.text[:1].isupper() and acro.text.replace("-", "").isalnum() and acro.text.upper() == acro.text
                and last.pos_ == "PROPN" and last.lower_ in gz.ORG_HEAD_WORDS):
            continue
        start = last.i
        while start > 0 and start - 1 >= last.sent.start and (
                doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "ADJ")
                or doc[start - 1].like_num or doc[start - 1].lower_ in _NAME_LINKS and start - 2 >= 0
                and (doc[start - 2].text[:1].isupper() or doc[start - 2].lower_ in _NAME_LINKS)
                and not (doc[start - 1].lower_ == "and" and doc[start].lower_ == "the")
                or _possessive_mark(doc[start - 1]) and start - 2 >= 0 and doc[start - 2].is_title
                and not _place_word(doc[start - 2])):
            start -= 1  # "the Lord's Resistance Army (LRA)": an inner possessive too
        while doc[start].lower_ in _NAME_LINKS:
            start += 1
        if doc[start].like_num or last.i - start < 1:
            continue
        name = Span(doc, start, last.i + 1, label="ORG")
        if any(e.start == name.start and e.end == name.end for e in out):
            continue
        out = [e for e in out if e.end <= name.start or e.start >= name.end]
        out.append(name)
    return sorted(out, key=lambda e: e.start)


def _place_word(tok: Token) -> bool:
    """Whether a word names a state, a capital or a people."""
    key = gz.fold(tok.text)
    return key in gz.STATE_NAMES or key in gz.CAPITALS or key in gz.DEMONYMS


def _followed_by_age(span: Span) -> bool:
    """"Marta Ibáñez, 34, and ...": a name followed by an age is a person."""
    doc = span.doc
    toks = tokens(doc)
    return span.end + 2 < len(doc) and toks[span.end].text == "," and toks[span.end + 1].is_digit \
        and toks[span.end + 2].text == "," and 10 < int(toks[span.end + 1].text) < 110


def alias_cue_person(span: Span) -> Token | None:
    """"Mohamed Dagalo, widely known as Hemedti": the token of the person Hemedti names."""
    doc = span.doc
    m = _ALIAS_CUE.search(doc_text(doc)[max(0, span.start_char - 40):span.start_char])
    if not m:
        return None
    comma = doc.char_span(span.start_char - (len(m.group(0))), span.start_char, alignment_mode="expand")
    if comma is None or comma.start == 0:
        return None
    before = doc[comma.start - 1]
    return before if before.ent_type_ == "PERSON" else None


def unlabelled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Names NER missed: a single proper noun after a noun like "group" or "union" is an organization
    ("industry group vfa", "the union SNCTA"); a run of proper nouns subject of a verb of saying, a person."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for tok in _proper_nouns(doc):
        if tok.i not in taken and tok.ent_type_ in ("", "NORP") and _media_name(tok):
            out.append(with_arabic_article(Span(doc, tok.i, tok.i + 1, label="ORG")))  # "the Yonhap news agency"
            continue
        if tok.i in taken or tok.ent_type_ != "":
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].i not in taken and doc[start - 1].lower_ not in gz.GENERIC_ORG_NOUNS:
            start -= 1  # "the flight attendants' union UFO": the union is no part of the name
        if tok.i == start and tok.dep_ != "compound" and any(
                c.dep_ == "compound" and c.lemma_.lower() in gz.GENERIC_ORG_NOUNS for c in tok.children):
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
        elif _named_after_body_noun(doc, first := _joined_start(doc, start), tok, taken):
            out.append(Span(doc, first, tok.i + 1, label="ORG"))  # "the network ABS-CBN"
        elif (name_start := _titled_run(doc, start, tok)) is not None:
            out.append(Span(doc, name_start, tok.i + 1, label="PERSON"))  # "Army chief General Ryamizard Ryacudu"
        elif tok.i > start and tok.dep_ == "nsubj" and is_saying(tok.head) \
                and all(t.text[:1].isupper() for t in doc[start:tok.i + 1]):
            # "Union FNV Havens said": after an organization noun the name is the organization's
            after_org_noun = start > 0 and doc[start - 1].lower_ in gz.GENERIC_ORG_NOUNS
            out.append(Span(doc, start, tok.i + 1, label="ORG" if after_org_noun else "PERSON"))
    return out


def _titled_run(doc: Doc, start: int, last: Token) -> int | None:
    """Where a person's name starts in a run of proper nouns NER left unlabelled that a person's title opens or
    follows ("General Ryamizard Ryacudu", "army chief Moeldoko Santoso"), outside a title-case headline: two or three
    capitalized words, none of them a word of a title or of a body's name; None if the run is no such name."""
    words = list(doc[start:last.i + 1])
    k = _title_words(words)
    titles = words[:k] or ([doc[start - 1]] if start > 0 and doc[start - 1].lower_ in gz.TITLE_WORDS else [])
    name = words[k:]
    if last.dep_ == "compound" or _in_headline(last) or all(t.lower_ in _TITLE_MODIFIERS for t in titles) \
            or not 2 <= len(name) <= 3:
        return None
    if any(not t.is_title or t.lower_ in _NAMED_BODY_WORDS or t.lower_ in gz.TITLE_WORDS for t in name) \
            or gz.fold(" ".join(t.text for t in name)) in gz.STATE_NAMES:
        return None
    return start + k


def _joined_start(doc: Doc, start: int) -> int:
    """The first word of a name the tokenizer cut at joiners ("ABS" + "-" + "CBN")."""
    toks = tokens(doc)
    while start >= 2 and toks[start - 1].text in _JOINERS and not toks[start - 1].whitespace_ \
            and not toks[start - 2].whitespace_ and toks[start - 2].pos_ == "PROPN":
        start -= 2
    return start


def _named_after_body_noun(doc: Doc, first: int, tok: Token, taken: set[int]) -> bool:
    """"told the television network ABS-CBN": a proper noun NER left untagged (its name opening at ``first``),
    apposed right after a lower-case noun for a kind of organization, names it."""
    noun = tokens(doc)[first - 1] if first > 0 else None
    return noun is not None and tok.dep_ == "appos" and tok.head.i == noun.i and noun.is_lower \
        and noun.lemma_ in _BODY_NOUNS \
        and not any(i in taken for i in range(first, tok.i + 1))


_MEDIA_HEADS = frozenset({"agency", "newspaper", "broadcaster", "daily", "network", "outlet", "channel"})
# Lower-case nouns for a kind of organization, whose apposed name names it ("subsidiary Gaspetro", "the network
# ABS-CBN")
_BODY_NOUNS = gz.GENERIC_ORG_NOUNS | _COMPANY_NOUNS | _MEDIA_HEADS


def _media_name(tok: Token) -> bool:
    """"the Yonhap news agency", "the Asahi newspaper": a name modifying a news outlet noun."""
    head = tok.head
    return tok.dep_ == "compound" and head.pos_ == "NOUN" and head.lemma_.lower() in _MEDIA_HEADS \
        and gz.fold(tok.text) not in gz.DEMONYMS and any(c.lower_ == "the" for c in head.children) \
        and (head.lemma_.lower() != "agency" or any(c.lower_ == "news" for c in head.children))


def conj_root(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


_DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "fly", "sail", "set", "board", "bind"})


def is_locative(span: Span) -> bool:
    """Whether a place name only locates something ("talks in Geneva", "taken to Russia", "counties such as Nairobi,
    Kisumu and Embu": listed with provinces or counties)."""
    root = conj_root(span.root)
    if _listed_with_regions(span):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        # "negotiators from Chile" names whom they act for; "with help from Malaysia" who acted
        return not (root.head.lower_ == "from" and root.head.head.lemma_.lower() in ORIGIN_NOUNS | AGENCY_NOUNS)
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_ in _DEPARTURE_VERBS:
        return True  # "due to leave for Doha": a destination
    if root.dep_ == "appos" and root.head.ent_type_ in ("GPE", "LOC", "FAC") \
            and not any(c.dep_ == "conj" for c in root.children):
        return True  # "Geneva, Switzerland"; "for Iceland, the Faroes and Russia" is a list the parser misread
    return False


def _listed_with_regions(span: Span) -> bool:
    """Whether a name is coordinated with the name of a province, region or county."""
    return any(t.i != span.root.i and gz.fold(t.text) in gz.SUBDIVISIONS for t in _conjuncts(span.root))


def is_agentive(span: Span) -> bool:
    """Whether a capital / seat / demonym plural is used as an agent ("Moscow demands")."""
    if _listed_with_regions(span):
        return False
    root = conj_root(span.root)
    if root.dep_ == "appos" and root.head.lemma_.lower() in gz.PLACE_NOUNS:
        return False  # "in the Ethiopian capital Addis Ababa": the capital names the place
    if root.dep_ in AGENTIVE_DEPS:
        return True
    if root.dep_ == "pobj":
        return root.head.lower_ in ("by", "with", "between", "against", "on", "of", "for") \
            and not (root.head.lower_ == "for" and root.head.head.lemma_ in _DEPARTURE_VERBS)
    if root.dep_ in ("compound", "nmod", "amod"):
        return root.head.lower_ in gz.STATE_BODY_WORDS or root.head.lower_ in gz.GOVERNMENT_NOUNS
    return False


_PLACE_HEADS = frozenset({"state", "province", "region", "district", "county", "city", "valley", "island",
                          "islands", "port", "river", "mountains"})
# Last words that make a name of capitalized words a place, even as an organization's ("Twin Cities"; not "Islamic
# State", "Manchester City", "Port ...")
_PLACE_HEAD_WORDS = _PLACE_HEADS - {"state", "city", "port", "island", "islands", "river"} | {"cities", "towns"}
_COMPASS_ADJ = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east",
                          "west", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"})


def _place_shaped(doc: Doc, name: str, toks: list[Token]) -> bool:
    """A "person" NER misread that no person's name could be: one every mention of which is place-like - after a
    compass adjective ("northern X"), taking an article ("the X terminals"; not "the X union/administration"), or
    after a preposition of place."""
    first_toks = [t for t in toks if t.i == 0 or table_prev_differs(doc, t, toks)]
    if not first_toks:
        return False
    dateline = dateline_end(doc_text(doc))
    for t in first_toks:
        prev = doc[t.i - 1] if t.i else None
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        while nxt is not None and any(x.i == nxt.i for x in toks) and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]
        root = conj_root(t)
        if t.idx < dateline:
            continue  # "ROTTERDAM, Nov 24 —": the dateline names a place
        if prev is not None and prev.lower_ in _COMPASS_ADJ:
            continue
        if prev is not None and prev.lower_ == "the" and nxt is not None \
                and not (nxt.lower_ in gz.GENERIC_ORG_NOUNS or nxt.lower_ in _ORG_NAME_WORDS
                         or nxt.lower_ in gz.GOVERNMENT_NOUNS or nxt.lower_ in gz.STATE_BODY_WORDS):
            continue
        if root.dep_ == "pobj" and root.head.lower_ in _ORIGIN_PREPS:
            continue
        return False
    return True


def table_prev_differs(doc: Doc, tok: Token, toks: list[Token]) -> bool:
    """Whether the token before ``tok`` is not part of the same mention."""
    return all(t.i != tok.i - 1 for t in toks)


_DATELINE_OUTLET = re.compile(r"\s*(?:\(([A-Z][A-Za-z .]{1,30})\)|/([A-Z][A-Za-z .]{1,20})/)")


def dateline_outlet(doc: Doc) -> tuple[str, Span] | None:
    """"JOHANNESBURG (Reuters) -", "TUNIS, August 14. /TASS/.": the agency that filed the story, and its tokens."""
    text = doc_text(doc)
    end = dateline_end(text)
    m = _DATELINE_OUTLET.match(text, end) if end else None
    if not m:
        return None
    group = 1 if m.group(1) else 2
    span = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
    name = m.group(group).strip()
    return (name, span) if span is not None and gz.fold(name) not in gz.STATE_NAMES else None


def dateline_end(text: str) -> int:
    return _dateline_length(text[:80])


@functools.lru_cache(maxsize=1024)
def _dateline_length(opening: str) -> int:
    m = _DATELINE.match(opening)
    return m.end() if m else 0


_LOWER_WORD = re.compile(r"['’]?[a-z]+")  # a lower-case word ("state", "’s"), not "21st" nor "eBay"
_GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_parts(name: str) -> list[str]:
    """A person's name folded into words, without a generational suffix ("Silvestre Bello III" -> silvestre bello)."""
    words = gz.fold(name).replace(",", " ").split()
    return words[:-1] if len(words) > 1 and words[-1] in _GENERATIONAL else words


def same_surname(a: str, b: str) -> bool:
    """Surnames equal up to an "al-" style prefix or a spelling variant (Zelensky/Zelenskyy)."""
    a, b = a.split("-", 1)[-1] if a.startswith(("al-", "el-")) else a, \
        b.split("-", 1)[-1] if b.startswith(("al-", "el-")) else b
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    return fuzz.ratio(a, b) >= (80 if min(len(a), len(b)) >= 6 else 88)


def _after_generic_word(short: str, long: str) -> bool:
    """"Sabadell" for "Banco Sabadell": a name that is another's after its generic first word."""
    words = long.split()
    return len(words) == 2 and words[1] == short and gz.fold(words[0]) in gz.FOREIGN_ORG_WORDS


def _object_of_name(short: str, long: str) -> bool:
    """"Red Cross" for "International Committee of the Red Cross": a name of two words or more that ends another
    after its "of (the)"."""
    return len(short.split()) > 1 and long.endswith(short) \
        and bool(re.search(r"\bof (?:the )?" + re.escape(short) + "$", long))


def _company_of(short: str, long: str) -> bool:
    """"GXO" for "GXO Logistics": the longer name adds one word that is no body of people ("NBA Players Association"
    is not the NBA)."""
    rest = long[len(short) + 1:].split() if long.startswith(short + " ") else []
    return len(rest) == 1 and rest[0].lower() not in gz.GENERIC_ORG_NOUNS | _ORG_NAME_WORDS


# what stands between a name and its abbreviation: ", or (the)", "(", ", known as (the)"
_ABBREVIATION_CUE = r"(?:,\s*or|\(|,\s*known as)\s*(?:the\s+)?"
_WEB_DOMAIN = r"\.(?:com|org|net|co\.uk|com\.au|co|news|tv)"


def _initials_ending(acronym: str, orgs: list[str]) -> str | None:
    """"BNTU" for "Teachers Union" (the article leaves out the words before): the one name of two or more words
    whose initials end the acronym, one or two letters short of it."""
    found = {o for o in orgs if len(o.split()) > 1 and acronym.endswith(org_initials(o))
             and 2 <= len(org_initials(o)) < len(acronym) <= len(org_initials(o)) + 2}
    return found.pop() if len(found) == 1 else None


def slashed_initials(name: str) -> str:
    """"CNA/NNU" for "California Nurses Association/National Nurses United"."""
    return "/".join(org_initials(part) for part in name.split("/")) if "/" in name else ""


def abbreviates_hyphenated(short: str, long: str) -> bool:
    """"SPLA-N" for "SPLA-North": the same hyphenated parts, some cut to their initial."""
    a, b = short.split("-"), long.split("-")
    return len(a) == len(b) > 1 and short != long \
        and all(x == y or len(x) == 1 and x.isupper() and y.startswith(x) for x, y in zip(a, b, strict=True))


@functools.lru_cache(maxsize=4096)
def org_initials(name: str, keep_small: bool = False) -> str:
    """"ILWU" for "International Longshore and Warehouse Union" ("AOSIS" with the small words kept)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and (keep_small or w.lower() not in ABBREV_STOP)]
    return "".join(w[0] for w in words).upper()


_GENERIC_HEADS = gz.TITLE_WORDS | gz.GENERIC_PERSON_NOUNS | gz.GOVERNMENT_NOUNS | frozenset({"board", "council"})
_GENERIC_MODIFIERS = _GENERIC_HEADS | gz.DEPARTMENT_WORDS | gz.STATE_BODY_WORDS \
    | frozenset({"federal", "local", "provincial", "regional", "municipal", "city", "county"})


def is_generic_name(name: str) -> bool:
    """Whether a name is only a title or body noun (plural too) with department or jurisdiction words before it."""
    words = [w[:-1] if w.endswith("s") and w[:-1] in _GENERIC_HEADS else w for w in gz.fold(name).split()]
    return bool(words) and words[-1] in _GENERIC_HEADS and all(w in _GENERIC_MODIFIERS for w in words[:-1])


def _qualified_party(span: Span) -> bool:
    """"the Social Democrats", "Christian Democrats", "the SDS Democrats": a capitalized qualifier or an acronym makes
    another party's name ("Senate Democrats", "US Democrats" are the party itself)."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    key = gz.fold(before.text)
    acronym = before.text.isupper() and before.is_alpha and len(before.text) > 1
    return (before.is_title or acronym) and not before.is_sent_start and before.pos_ in ("PROPN", "ADJ") \
        and key not in gz.LEGISLATURE_WORDS and key not in gz.STATE_BODY_WORDS \
        and key not in gz.STATE_NAMES and key not in gz.DEMONYMS


def _drop_honorific(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() in gz.HONORIFICS else name


def _whole_entity(span: Span, label: str) -> bool:
    """Whether NER read exactly this span as one entity of the label."""
    doc = span.doc
    toks = tokens(doc)
    return span[0].ent_iob_ == "B" and span[0].ent_type_ == label and all(t.ent_iob_ == "I" for t in span[1:]) \
        and (span.end == len(doc) or toks[span.end].ent_iob_ != "I")


def _language(span: Span) -> bool:
    """"speaks Spanish", "in French": a people whose plural is its adjective, named without "the", is a language."""
    return gz.fold(span_text(span)) in gz.DEMONYMS and (span.start == 0 or span.doc[span.start - 1].lower_ != "the")


def _counted(span: Span) -> bool:
    """"three Malaysians", "13 Filipinos": a plural demonym after a number."""
    return span.start > 0 and span.doc[span.start - 1].like_num


# Participles that make a place or a people hyphened before them describe where or what something is
_PLACE_PARTICIPLES = frozenset({"based", "speaking", "born", "headquartered", "registered", "listed", "made"})


def _based(span: Span) -> bool:
    """"the Lisbon-based charity", "the French-speaking south": a place or a people describing something."""
    doc = span.doc
    toks = tokens(doc)
    return span.end + 1 < len(doc) and toks[span.end].text == "-" and toks[span.end + 1].lower_ in _PLACE_PARTICIPLES


def _names_law(span: Span) -> bool:
    """"a 2011 law known as AMNOG": the name of a law, not an organization."""
    return bool(_LAW_CUE.search(doc_text(span.doc)[max(0, span.start_char - 40):span.start_char]))


def _body_owner(span: Span, table: ActorTable, states_by_token: dict[int, str]) -> str | None:
    """The state an organization-like span belongs to ("Russia's defence ministry", "the Israeli military")."""
    if any(t.lower_ in gz.CIVIL_SOCIETY_WORDS for t in span):
        return None  # "the Norwegian Refugee Council": a named non-governmental body
    doc = span.doc
    first = gz.fold(span[0].text)
    named_state = gz.STATE_NAMES.get(first) or (gz.DEMONYMS.get(first) if len(span) > 1 else None) \
        or (gz.SEATS.get(first) if len(span) > 1 else None)  # "the Duma Budget Committee"
    if named_state and len(span) > 1:
        # "the Japan Fair Trade Commission" (a state's name opening a body's name); "Indian Water Resources
        # Secretary X" (a portfolio inside a title, NER read as an organization)
        if span[-1].lower_ in gz.STATE_BODY_WORDS \
                or span.end < len(doc) and doc[span.end].lower_ in gz.TITLE_WORDS and doc[span.end].is_title:
            return named_state
    if span.root.lower_ not in gz.STATE_BODY_WORDS and span[-1].lower_ not in gz.STATE_BODY_WORDS:
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


def person_or_org(ents: list[Span]) -> list[Span]:
    """One label per name NER read both ways: an organization if it ever read it (or its first word) so; but a name
    of two or three proper nouns with no organization word, read as an organization, is a person when its last
    word is a person's surname in the article ("Carly Fiorina" read as an organization, "Fiorina" as a person)."""
    org_names = {strip_possessive(span_text(e)) for e in ents if e.label_ == "ORG"}
    surnames = {strip_possessive(e[-1].text) for e in ents
                if e.label_ == "PERSON" and strip_possessive(span_text(e)) not in org_names}
    # "Amanda Renteria ... Renteria said", both read as organizations: only a person goes by the last word alone
    alone = {strip_possessive(span_text(e)) for e in ents if e.label_ in ("PERSON", "ORG") and len(e) == 1}
    surnames |= {strip_possessive(e[-1].text) for e in ents if len(e) == 2 and e.label_ == "ORG"
                 and strip_possessive(e[-1].text) in alone and e[0].text not in alone}
    businesses = _lone_business_names(ents)
    out = []
    for e in ents:
        if e.label_ == "PERSON" and strip_possessive(span_text(e)) in businesses:
            e = Span(e.doc, e.start, e.end, label="ORG")  # "Staples’ revised bid ... Staples shares have fallen"
        elif e.label_ == "PERSON" and (
                strip_possessive(span_text(e)) in org_names or len(e) > 1 and e[0].text in org_names
                and strip_possessive(e[-1].text) not in alone  # "Wasserman Schultz"
                and not re.search(r"-[a-z]+$", span_text(e))):  # "Choi Min-jae": surname first
            # "Vodafone Hutchinson" after "Vodafone": no given name stands alone as an organization
            e = Span(e.doc, e.start, e.end, label="ORG")
        elif e.label_ == "ORG" and _surname_shaped(e, surnames):
            e = Span(e.doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


_BUSINESS_NOUNS = frozenset({"share", "shares", "stock", "stocks", "store", "stores", "shareholder", "shareholders",
                             "customer", "customers", "revenue", "revenues", "sales", "profit", "profits", "earnings",
                             "employee", "employees", "subsidiary", "brand", "products", "board", "merger"})


def _lone_business_names(ents: list[Span]) -> set[str]:
    """One-word "persons" that the article never gives a first name or a title, and whose shares, stores or
    customers it mentions, that it lists with organizations ("Sainsbury's, Morrisons and Asda"), or that it
    only names with a possessive standing for the whole name ("told Becker's that"): companies NER took for
    surnames."""
    doc = ents[0].doc if ents else None
    fuller = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    org_tokens = {t.i for e in ents if e.label_ == "ORG" for t in e}
    lone: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "PERSON" and len([t for t in e if t.tag_ != "POS"]) == 1:
            lone.setdefault(strip_possessive(span_text(e)), []).append(e)
    out = set()
    for name, spans in lone.items():
        if name in fuller or any(s.start > 0 and (doc[s.start - 1].lower_ in gz.TITLE_WORDS
                                                  or doc[s.start - 1].lower_ in gz.HONORIFICS) for s in spans):
            continue
        if any(t.dep_ in ("compound", "poss") and t.head.lower_ in _BUSINESS_NOUNS
               for t in _tokens_with_text(doc, name)) \
                or any(_listed_with(s.root, org_tokens) for s in spans) or _possessive_name(spans):
            out.add(name)
    return out


def _listed_with(tok: Token, org_tokens: set[int]) -> bool:
    """Whether a word stands in a list of three or more whose other items are all organizations' names."""
    items = [t for t in conj_root(tok).subtree if t.i == conj_root(tok).i or t.dep_ == "conj"]
    return len(items) >= 3 and all(t.i in org_tokens for t in items if t.i != tok.i)


def _possessive_name(spans: list[Span]) -> bool:
    """"told Becker's that ...": every mention has a possessive, and one owns no noun after it."""
    doc = spans[0].doc
    ends = [s.end if s[-1].tag_ != "POS" else s.end - 1 for s in spans]
    if not all(e < len(doc) and doc[e].tag_ == "POS" for e in ends):
        return False
    return any(e + 1 >= len(doc) or doc[e + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "VERB") for e in ends)


def _portfolio_of(span: Span) -> bool:
    """"Labour Minister Yolanda Diaz": a word before a capitalized minister's title is the title's portfolio."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_title \
        and doc[span.end].lower_ in ("minister", "ministry", "secretary", "department")


def _surname_shaped(span: Span, surnames: set[str]) -> bool:
    words = [t for t in span if t.tag_ != "POS"]
    if gz.fold(words[0].text) in gz.FOREIGN_ORG_WORDS:
        return False  # "Banco Sabadell" ... "Sabadell": the bank's short name
    return 2 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in words) \
        and words[-1].text in surnames and gz.fold(span_text(span)) not in gz.STATE_NAMES \
        and not {t.lower_ for t in words} & (_NAMED_BODY_WORDS | _ORG_NAME_WORDS | _COMPANY_NOUNS)


def _ministry(name: str) -> bool:
    """"Department of Health", "Federal Health Ministry": a government department's name."""
    return gz.fold(name).startswith(gz.MINISTRY_PREFIXES) or gz.fold(name).split()[-1] in gz.MINISTRY_HEADS


def common_words(nlp) -> frozenset[str]:
    """The English nouns, adjectives and verbs of the model's lemmatizer tables (WordNet's lemmas)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(w for pos in ("noun", "adj", "verb") if pos in index for w in index[pos])


_NO_STATE_BODY_WORDS = gz.GENERIC_ORG_NOUNS | gz.REGION_ADJECTIVES | gz.CIVIL_SOCIETY_WORDS \
    | frozenset({"international", "world", "global", "united", "nations", "news", "press", "media", "broadcasting",
                 "olympic", "oval"}) \
    | frozenset({"port", "canal", "harbour", "harbor", "airport", "river", "valley", "transit", "rail", "railway"})
# (the last: operators of ports, canals and railways, which the article treats as organizations)


def public_body_function(name: str, common: frozenset[str]) -> list[str] | None:
    """The function words of a public body named only by them ("Competition and Markets Authority" ->
    competition, markets; "Ministry of Education" -> education), or None for any other name."""
    words = [strip_possessive(w) for w in name.split() if w.lower() not in ("of", "for", "and", "the", "&", "on")]
    keys = [gz.fold(w) for w in words]
    if len(keys) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if keys[-1] in gz.PUBLIC_BODY_HEADS:
        function = keys[:-1]
    elif keys[0] in gz.PUBLIC_BODY_HEADS and gz.fold(name).split()[1] in ("of", "for"):
        function = keys[1:]
    else:
        return None
    if any(k in _NO_STATE_BODY_WORDS or k in gz.STATE_NAMES or k in gz.DEMONYMS or k in gz.CAPITALS
           or k in gz.PUBLIC_BODY_HEADS or k in gz.ORG_ABBREVIATIONS for k in function):
        return None
    return function if all(_common_word_form(k, common) for k in function) else None


def _common_word_form(word: str, common: frozenset[str]) -> bool:
    return word in common or word.endswith("s") and word[:-1] in common \
        or word.endswith("ies") and word[:-3] + "y" in common


_REGULATOR_NOUNS = frozenset({"watchdog", "regulator", "agency", "authority", "body", "bureau", "commission",
                              "ministry", "department", "office", "tribunal"})


def _described_owner(doc: Doc, function: list[str], states_by_token: dict[int, str]) -> str | None:
    """"Canada's competition agency ... the Competition Bureau": the state a lower-case description of a body with
    one of the same function words gives it."""
    for tok in tokens(doc):
        if tok.lemma_ not in _REGULATOR_NOUNS or not tok.is_lower:
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        owner = next((states_by_token[c.i] for c in tok.children if c.dep_ in ("poss", "compound", "amod")
                      and c.i in states_by_token), None) \
            or next((gz.DEMONYMS.get(gz.fold(c.text)) for c in mods if gz.DEMONYMS.get(gz.fold(c.text))), None)
        if owner and any(c.lower_ in function for c in mods):
            return owner
    return None


def _sentence_state(table: ActorTable, name: str, gaz) -> str | None:
    """The only state named in the sentence of a body's first mention ("In the United States, the Federal Trade
    Commission ...")."""
    first = min((i for i, n in table.token_actor.items() if n == name), default=None)
    if first is None:
        return None
    sent = gaz[0][0].doc[first].sent if gaz else None
    states = {target for span, (label, target) in gaz if label == "STATE" and span.sent == sent}
    return states.pop() if len(states) == 1 else None


# Nouns for a business that a state's name may qualify as its nationality ("the US firm", "a Korean major")
_BUSINESS_DESCRIPTIONS = _COMPANY_NOUNS | frozenset({"major", "giant", "titan", "group", "bank", "lender", "airline",
                                                     "automaker", "carmaker", "drugmaker", "chain", "multinational",
                                                     "corporation", "producer", "supplier", "exporter", "importer"})


def _nationality_of_business(span: Span) -> bool:
    """"US food giant Kraft", "the US firm said", "the US major's shares": a state's name qualifying a business
    gives the business's nationality, the state is no party to the story there."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "nmod", "amod") or head.i < span.end:
        return False
    named_business = head.ent_type_ == "ORG" and not any(e.start <= span.start and head.i < e.end
                                                          for e in named_entities(span.doc))
    return named_business or head.pos_ == "NOUN" and head.lemma_.lower() in _BUSINESS_DESCRIPTIONS


def _head_word_alone(name: str) -> bool:
    """A name of one capitalized common word ("Union", "Federation"): the head of a longer name, used alone."""
    return " " not in name and name.istitle() and name.isalpha() and name.lower() in _ORG_HEADS


def _inside_longer_name(tok: Token, table: ActorTable) -> bool:
    """"Machinists and Aerospace Workers District", "Mitsui Gas and Energy Brasil": a word continuing a name already
    found (with its words as modifiers), or coordinated inside the modifiers of a proper noun after it, is part of
    one longer name."""
    first = conj_root(tok)
    return any(c.dep_ == "compound" and c.i in table.token_actor for c in tok.children) \
        or first.dep_ in ("compound", "nmod") and first.head.i > tok.i and first.head.pos_ == "PROPN"


def _coordinated_with_org(tok: Token, table: ActorTable) -> bool:
    """Whether a word is coordinated ("A, B and C") with a name already an organization."""
    partners = [tok.head] if tok.dep_ == "conj" else []
    partners += [c for c in tok.children if c.dep_ == "conj"]
    return any(table.kind(table.at(p)) == "organization" for p in partners)


_OFFICIAL_NOUNS = frozenset({"ambassador", "envoy", "emir", "president", "king", "prime", "premier", "minister",
                            "negotiator", "mediator", "diplomat", "official", "spokesman", "spokeswoman",
                            "spokesperson", "chancellor", "foreign", "delegation", "delegate", "sultan"})


class ActorFinder:
    """Builds the ActorTable of one parsed article."""

    def __init__(self, nlp):
        self.matcher = build_matcher(nlp)
        self.common_words = common_words(nlp)

    def find(self, doc: Doc) -> ActorTable:
        table = ActorTable()
        skip_before = dateline_end(doc_text(doc))
        credits = credit_ranges(doc_text(doc))
        gaz = [g for g in self._gazetteer_spans(doc) if not _inside(g[0], credits)]
        covered = {i for s, _ in gaz for i in range(s.start, s.end)}
        ents = merge_adjacent_pieces(doc, [e for e in named_entities(doc)
                                         if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT")
                                         or e.label_ == "WORK_OF_ART" and _titled_name(e)])
        ents = [piece for e in ents for part in split_at_comma(e) for piece in split_possessive(drop_portfolio(part))]
        ents = cut_state_tails([e for e in map(trim_common_words, ents) if e is not None])
        places = placed_names(ents) | subdivision_names(ents)
        ents = [e for e in ents if strip_possessive(span_text(e)) not in places]
        ents = [with_arabic_article(relabel(extend_name(part))) for e in ents for part in split_coordinated(e)
                if not is_non_actor(part) and not is_event(part) and not is_amount_unit(part)
                and not is_shouted_word(part)]
        ents = [with_surname_tail(e, self.common_words) for e in ents]
        ents += unlabelled_names(doc, ents)
        ents = [e for e in (_outside(e, credits) for e in bracketed_names(doc, ents)) if e is not None]
        ents = person_or_org(ents)
        # an ORG entity that merely contains a place name ("Armed Forces of Colombia") wins over the place
        keep_ents, drop_gaz = [], set()
        for e in ents:
            if any(i in covered for i in range(e.start, e.end)):
                inside = [g for g in gaz if g[0].start >= e.start and g[0].end <= e.end]
                possessive_prefix = any(g[0].start == e.start and g[0].end < e.end and doc[g[0].end].tag_ == "POS"
                                        for g in inside)
                if e.label_ == "ORG" and inside and len(e) > max(len(g[0]) for g in inside) + 1 \
                        and not possessive_prefix:
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
        org_heads = {span_text(e).split()[0] for e in keep_ents if e.label_ == "ORG" and len(e) > 1}
        persons = [clean_span(e) for e in keep_ents if e.label_ == "PERSON"
                   and not (len(e) == 1 and strip_possessive(span_text(e)) in org_heads)]
        self._add_persons(doc, persons, table)
        for e in keep_ents:
            if e.label_ == "ORG" or (e.label_ in ("FAC",) and gz.fold(span_text(e)) in gz.SEATS):
                self._add_org(doc, clean_span(e), table, states_by_token, skip_before)
            elif e.label_ == "NORP":
                self._add_norp(e, table)
        self._coordinated_orgs(doc, table)
        outlet = dateline_outlet(doc)
        if outlet is not None and outlet[1].start not in table.token_actor:
            table.add(outlet[0], "organization", outlet[1], outlet[1].start_char)
        self._acronyms(doc, table)
        self._fold_state_bodies(doc, table, states_by_token, gaz)
        self._fold_org_bodies(table)
        self._fold_short_states(table)
        self._link_abbreviations(doc, table)
        self._merge_spelling_variants(table)
        self._propagate(doc, table)
        self._demonym_officials(doc, table)
        self._roles(doc, table, states_by_token)
        self._drop_place_persons(doc, table)
        self._drop_generic_names(table)
        self._drop_lowercase_openings(table)
        self._drop_joined_names(table)
        self._compass_states(doc, table)
        return table

    @staticmethod
    def _coordinated_orgs(doc: Doc, table: ActorTable) -> None:
        """"parties Reform, Isamaa and ...", "the power of Telstra and Optus": a proper noun NER left untagged or
        took for a people, coordinated with an organization, is an organization."""
        for tok in _proper_nouns(doc):
            if tok.i in table.token_actor or not tok.is_title \
                    or tok.ent_type_ not in ("", "NORP") or tok.dep_ == "compound" or _common_word(tok, True) \
                    or tok.lower_ in _case_evidence(doc)[0] or tok.ent_type_ == "NORP" and tok.text.endswith("s"):
                continue
            key = gz.fold(tok.text)
            if any(key in t for t in (gz.DEMONYMS, gz.DEMONYM_PLURALS, gz.STATE_NAMES, gz.CAPITALS)):
                continue
            if _coordinated_with_org(tok, table) and not _inside_longer_name(tok, table):
                start = tok.i  # "the Social Democrats": with the capitalized words before it
                while start > 0 and doc[start - 1].is_title and doc[start - 1].dep_ in ("compound", "amod") \
                        and doc[start - 1].head.i == tok.i and start - 1 not in table.token_actor:
                    start -= 1
                name = doc[start:tok.i + 1]
                table.add(span_text(name), "organization", name, name.start_char)

    @staticmethod
    def _demonym_officials(doc: Doc, table: ActorTable) -> None:
        """"Libyan mediators", "Qatari Emir X", "the Philippine military": a state's officials or government named
        by its demonym make the state an actor (the officials' affiliation); "Ukrainian troops" do not."""
        for tok in _capitalized(doc):
            state = gz.DEMONYMS.get(gz.fold(tok.text))
            if not state or state in table.actors or tok.dep_ not in ("amod", "compound", "nmod"):
                continue
            head = tok.head
            if head.i == tok.i or head.pos_ not in ("NOUN", "PROPN") \
                    or any(c.dep_ == "conj" for c in tok.children):
                continue  # "Egyptian and Qatari mediators" act together: the demands stage picks one side
            noun = head.lemma_.lower()
            body = noun in gz.GOVERNMENT_NOUNS and any(c.lower_ == "the" for c in head.children)
            # an agent ("Libyan mediators blamed ..."), the title of a named person ("Japanese Ambassador X"), or the
            # state's own body in any role ("blamed the Philippine military")
            acts = head.dep_ in ("nsubj", "nsubjpass") or head.dep_ == "compound" and head.head.ent_type_ == "PERSON" \
                or head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON"
            if noun in _OFFICIAL_NOUNS and acts or body or _title_before_name(doc, tok.i + 1) \
                    and doc[tok.i + 1].lower_ in _OFFICIAL_NOUNS:  # "Qatari Emir Sheikh Tamim ..."
                table.add(state, "state", None, tok.idx)

    @staticmethod
    def _drop_generic_names(table: ActorTable) -> None:
        """"the Government", "Federal Agriculture Minister", "Board", "council chiefs": a title or a body named
        only by common words (capitalized or not) is no proper name, so no actor."""
        for name, info in list(table.actors.items()):
            if info.kind != "state" and all(is_generic_name(form) for form in (name, *info.aliases)):
                table.drop(name)

    def _drop_lowercase_openings(self, table: ActorTable) -> None:
        """"state Assembly", "earlier Democratic Party", "white supremacist group": an organization's name of several
        words opens with a capital; the lower-case words NER ran into it go, and with them a name left with no capital
        at all (a one-word name in lower case, "industry group bfa", is a brand's own spelling)."""
        orgs = [n for n, a in table.actors.items() if a.kind == "organization" and " " in n]
        for name in [n for n in orgs if _LOWER_WORD.fullmatch(n.split()[0])]:
            words = name.split()
            while words and _LOWER_WORD.fullmatch(words[0]):
                words.pop(0)
            if not any(w[:1].isupper() for w in words):
                table.drop(name)
                continue
            self._merge(table, name, " ".join(words))
            table.actors[" ".join(words)].aliases.discard(name)

    @staticmethod
    def _drop_joined_names(table: ActorTable) -> None:
        """"the Staples-Office Depot merger": two actors' names joined by a hyphen describe something of both."""
        forms = {gz.fold(f): n for n, a in table.actors.items() for f in (n, *a.aliases)}
        for name in [n for n, a in table.actors.items() if a.kind == "organization" and "-" in n and " - " not in n]:
            parts = [gz.fold(p) for p in name.split("-")]
            if len(parts) == 2 and all(forms.get(p) not in (None, name) for p in parts):
                table.drop(name)

    @staticmethod
    def _compass_states(doc: Doc, table: ActorTable) -> None:
        """"The North has demanded ..." in a story about North Korea: the one state named "North ..."."""
        for tok in _capitalized(doc):
            if tok.text not in ("North", "South") or tok.i in table.token_actor or tok.i == 0 \
                    or doc[tok.i - 1].lower_ != "the" or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                continue
            states = [n for n, a in table.actors.items() if a.kind == "state" and n.startswith(tok.text + " ")]
            if len(states) == 1:
                table.add(states[0], "state", doc[tok.i:tok.i + 1], table.actors[states[0]].first)

    @staticmethod
    def _drop_place_persons(doc: Doc, table: ActorTable) -> None:
        """"civilians abducted from Goma and Bukavu", "the hub of Rubaya": a one-word "person" only ever named
        after a preposition of place or origin is a place NER misread."""
        for name, info in list(table.actors.items()):
            if info.kind == "person" and len(name.split()) > 1 and name.split()[-1].lower() in _PLACE_HEADS:
                table.drop(name)  # "Ho Chi Minh City": no person's name ends in a place word
                continue
            if info.kind != "person" or len(name.split()) > 2 or info.affiliation \
                    or info.role and info.role.lower() not in _COMPASS_ADJ:  # "northern X" is no title
                continue
            toks = [doc[i] for i, n in table.token_actor.items() if n == name]
            if not toks:
                continue
            placed = sum(conj_root(t).dep_ == "pobj" and conj_root(t).head.lower_ in _ORIGIN_PREPS for t in toks)
            one_word = len(name.split()) == 1
            if (one_word and placed == len(toks)) or _place_shaped(doc, name, toks) \
                    or (one_word and placed >= 3 and 2 * placed > len(toks)
                        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in toks)):
                table.drop(name)

    # ------------------------------------------------------------ unlabelled repeats
    @staticmethod
    def _acronyms(doc: Doc, table: ActorTable) -> None:
        """An unlabelled acronym used at least twice ("The ELN ... the ELN"), or once if it is a known international
        body's ("the UN Convention on the Law of the Sea"), is an organization."""
        seen: dict[str, list[Token]] = {}
        for tok in _proper_nouns(doc):
            text = tok.text
            if text.isupper() and 2 <= len(text) <= 6 and text.isalpha() \
                    and tok.i not in table.token_actor and tok.ent_type_ in ("", "ORG"):
                key = gz.fold(text)
                if key in gz.STATE_NAMES or key in gz.CAPITALS or key in gz.SEATS or key in gz.DEMONYMS \
                        or text in _thing_acronyms(doc) or is_amount_unit(doc[tok.i:tok.i + 1]):
                    continue
                seen.setdefault(text, []).append(tok)
        for text, toks in seen.items():
            known = next((n for n, a in table.actors.items() if text == n or text in a.aliases
                          or a.kind == "organization" and len(n.split()) > 1 and org_initials(n) == text), None) \
                or next((n for n, a in table.actors.items() if a.kind == "organization"
                         and n.split()[0] == text and len(n.split()) > 1), None)  # "NZ" of "NZ First"
            body = gz.ORG_ABBREVIATIONS.get(text.lower())
            if known is None and len(toks) < 2 and not body:
                continue  # a known body's abbreviation counts once, also inside a thing's name ("UN Convention")
            name = known or body or text
            for tok in toks:
                table.add(name, "organization" if not known else table.actors[known].kind,
                          doc[tok.i:tok.i + 1], tok.idx, text)

    @staticmethod
    def _propagate(doc: Doc, table: ActorTable) -> None:
        """Map later mentions NER missed: exact repeats of a name or alias, and person surnames."""
        first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        surnames: dict[str, str] = {}
        for name, info in table.actors.items():
            for form in {name, *info.aliases}:
                words = tuple(re.findall(r"[\w.’']+|-", form))  # hyphens split as the tokenizer does
                if words and words[0][:1].isupper() and gz.fold(form) not in gz.GOVERNMENT_NOUNS:
                    first.setdefault(words[0], []).append((words, name))
            if info.kind == "person":
                surnames[name_parts(name)[-1]] = name
        # a first name used alone ("Abiy said") when exactly one person has it
        given: dict[str, list[str]] = {}
        for name, info in table.actors.items():
            parts = name.split()
            if info.kind == "person" and len(parts) > 1 and len(parts[0]) >= 3:
                given.setdefault(parts[0], []).append(name)
        for first_name, owners in given.items():
            if len(owners) == 1 and gz.fold(first_name) not in surnames:
                first.setdefault(first_name, []).append(((first_name,), owners[0]))
        for forms in first.values():
            forms.sort(key=lambda form: (-len(form[0]), form))  # the longest form first, whatever the hash seed
        surname_of: dict[str, str | None] = {}  # a word's person, by its folded form
        for tok in _capitalized(doc):
            if tok.i in table.token_actor:
                continue
            for words, name in first.get(tok.text, ()):
                end = tok.i + len(words)
                if end <= len(doc) and tuple(t.text for t in doc[tok.i:end]) == words \
                        and all(i not in table.token_actor for i in range(tok.i, end)):
                    for i in range(tok.i, end):
                        table.token_actor[i] = name
                    break
            else:
                if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG", "GPE") and len(tok.text) >= 4:
                    low = gz.fold(tok.text)
                    if low not in surname_of:
                        surname_of[low] = next((n for last, n in surnames.items() if same_surname(low, last)), None)
                    if surname_of[low]:
                        table.token_actor[tok.i] = surname_of[low]
                        table.actors[surname_of[low]].aliases.add(tok.text)

    # ------------------------------------------------------------ places
    def _gazetteer_spans(self, doc: Doc) -> list[tuple[Span, tuple[str, str]]]:
        out = []
        vocab = doc.vocab.strings
        priority = {"ORGSEAT": 0, "SEAT": 1, "STATE": 2, "CAPITAL": 3, "DEMPL": 4, "PARTY": 5}
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]), priority[vocab[m[0]]]))
        last_end = -1
        for match_id, start, end in matches:
            if start < last_end:
                continue
            span = doc[start:end]
            if not span[0].text[:1].isupper():
                continue
            label = vocab[match_id]
            key = gz.fold(span_text(span)).replace("’", "'")
            table = {"STATE": gz.STATE_NAMES, "CAPITAL": gz.CAPITALS, "SEAT": gz.SEATS,
                     "DEMPL": gz.DEMONYM_PLURALS, "ORGSEAT": gz.ORG_SEATS, "PARTY": gz.PARTY_NAMES}[label]
            target = table.get(key) or table.get(gz.fold(span_text(span)))
            if not target:
                continue
            # "Washington Post", "Moscow Times": a capital inside a longer proper name is not the state
            if label in ("CAPITAL", "ORGSEAT") and end < len(doc) and doc[end].ent_iob_ == "I":
                continue
            # "New Jersey", "New Mexico": a state's name ending a longer place name is not the state
            if doc[start].ent_iob_ == "I" and doc[start - 1].pos_ == "PROPN":
                continue
            if label == "PARTY" and _qualified_party(span):
                continue
            out.append((span, (label, target)))
            last_end = end
        return out

    def _add_places(self, doc: Doc, gaz, table: ActorTable, skip_before: int) -> None:
        # a party adjective alone ("Republican Guard") names the party only if its members are named too
        parties = {target for span, (label, target) in gaz
                   if label == "PARTY" and span_text(span).lower().endswith("s")}
        # "Democratic and Republican plans": a party adjective coordinated with one of a party named above
        party_at = {span.root.i: target for span, (label, target) in gaz if label == "PARTY"}
        parties |= {party_at[i] for i in party_at
                    if any(party_at.get(t.i) in parties for t in _conjuncts(doc[i]) if t.i != i)}
        for span, (label, target) in gaz:
            in_dateline = span.start_char < skip_before
            if _based(span):
                counts = False  # "the Lisbon-based charity": a location
            elif label == "STATE":
                counts = not in_dateline and not is_locative(span) and not self._poss_of_org(span) \
                    and not _nationality_of_business(span)
            elif label == "PARTY":
                # "Labour was continuing to negotiate": a party named by its own name, as an agent or as NER reads it;
                # "Labour Minister X" names a portfolio
                counts = not in_dateline and not _portfolio_of(span) and (
                    target in parties or _whole_entity(span, "ORG") or span.root.dep_ in ("nsubj", "nsubjpass")
                    and not any(c.dep_ == "det" for c in span.root.children))
            elif label == "DEMPL" and (span.root.dep_ in ("amod", "compound", "nmod") or _counted(span)
                                       or _language(span)):
                # "French forces": a demonym alone makes no actor, it may name one already there;
                # "three Malaysians were freed": people counted by nationality, not their state
                counts = False
            else:
                counts = not in_dateline and is_agentive(span)
            kind = "organization" if label in ("ORGSEAT", "PARTY") else "state"
            if counts:
                table.add(target, kind, span, span.start_char, strip_possessive(span_text(span)))
            elif target in table.actors:
                for t in span:
                    table.token_actor[t.i] = target
        # a state first seen only as a locative mention but later an agent was added above;
        # locative-only mentions still map to an existing actor for later lookups
        for span, (_, target) in gaz:
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
        persons = [p for p in persons if span_text(p) and p[0].text[:1].isupper()
                   and gz.fold(span_text(p)) not in gz.STATE_NAMES and gz.fold(span_text(p)) not in gz.CAPITALS]
        # longest names first, ties in the order the text names them (a set's order would change with the hash seed)
        full = sorted(dict.fromkeys(strip_possessive(span_text(p)) for p in persons), key=lambda n: -len(n.split()))
        canon: dict[str, str] = {}
        for name in full:
            target = self._match_person(name, canon)
            canon[name] = target or name
        aliases: dict[str, str] = {}
        for p in persons:
            surface = strip_possessive(span_text(p))
            name = aliases.get(surface) or canon[surface]
            alias_of = self._alias_cue_target(doc, p, table)
            if alias_of:
                name = aliases[surface] = alias_of
            info = table.add(name, "person", p, p.start_char, strip_possessive(span_text(p)))
            info.kind = "person"

    @staticmethod
    def _match_person(name: str, canon: dict[str, str]) -> str | None:
        """The fuller name an (often shorter) person name refers to, if any."""
        parts = name_parts(name)
        for other, target in canon.items():
            if other == name:
                continue
            oparts = name_parts(other)
            if len(parts) > len(oparts):
                continue
            if parts == oparts[-len(parts):] or parts == oparts[:len(parts)] and len(parts) > 1:
                return target
            if same_surname(parts[-1], oparts[-1]) and (len(parts) == 1 or fuzz.ratio(parts[0], oparts[0]) >= 85):
                return target
        if len(parts) == 1:
            # a first name used alone ("Abiy") when exactly one fuller name starts with it
            owners = {t for o, t in canon.items() if len(o.split()) > 1 and gz.fold(o).split()[0] == parts[0]}
            if len(owners) == 1:
                return owners.pop()
        return None

    @staticmethod
    def _alias_cue_target(doc: Doc, span: Span, table: ActorTable) -> str | None:
        """"X, widely known as Y" / "X, whose real name is Y": Y is an alias of X."""
        tok = alias_cue_person(span)
        name = table.token_actor.get(tok.i) if tok is not None else None
        return name if name and table.kind(name) == "person" else None

    # ------------------------------------------------------------ organizations
    def _add_org(self, doc: Doc, span: Span, table: ActorTable, states_by_token, skip_before: int) -> None:
        text = strip_possessive(span_text(span))
        key = gz.fold(text)
        if not text or key in gz.NON_ACTOR_ORGS or span.start_char < skip_before or _hyphenated_modifier(text) \
                or key in gz.REGION_ADJECTIVES or key in gz.DEMONYMS:
            return
        head = re.sub(r"\s+of\s+\d{4}$", "", key).split()  # "... Registration Act of 1993"
        if head[-1] in gz.NON_ACTOR_SUFFIXES and len(head) > 1 or _names_law(span) or _document_head(key):
            return
        if key.split()[-1] in gz.SEAT_HEADS and self._seat_in_capital(span):
            # "Government House in Bangkok said": a seat of power named with its capital
            state = self._seat_in_capital(span)
            table.add(state, "state", span, span.start_char, text)
            return
        if key in gz.SEATS:
            state = gz.SEATS[key] or self._legislature_owner(table, states_by_token)
            if state:
                table.add(state, "state", span, span.start_char, text)
            return
        # a surname NER mislabelled as an organization ("Ms Ng")
        person = self._person_by_surname(_drop_honorific(text), table)
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
            state = self._legislature_owner(table, states_by_token)
            if state:
                table.add(state, "state", span, span.start_char, text)
            return
        name = gz.ORG_CANONICAL.get(key, text)
        table.add(name, "organization", span, span.start_char, text)

    @staticmethod
    def _seat_in_capital(span: Span) -> str | None:
        doc = span.doc
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
            return gz.CAPITALS.get(gz.fold(doc[span.end + 1].text))
        return None

    @staticmethod
    def _legislature_owner(table: ActorTable, states_by_token: dict[int, str]) -> str | None:
        """The state a bare "Senate" or "House" belongs to: the United States, when the article names it (if only
        as a place: "the shutdown in the United States")."""
        named = "United States" in table.actors or "United States" in states_by_token.values()
        return "United States" if named else None

    @staticmethod
    def _person_by_surname(text: str, table: ActorTable) -> str | None:
        if len(text.split()) != 1:
            return None
        low = gz.fold(text)
        for name, info in table.actors.items():
            if info.kind == "person":
                if same_surname(low, name_parts(name)[-1]):
                    return name
        for name, info in table.actors.items():
            words = gz.fold(name).split()
            if info.kind == "person" and len(words) > 1 and low == words[0] and re.search(r"-[a-z]+$", name):
                return name  # "Choi Min-jae" ... "Choi": a surname-first name with a hyphenated given name
        # "Bernie" after "Bernie Sanders": the given name of the one person the article names with it
        owners = [n for n, a in table.actors.items() if a.kind == "person" and len(n.split()) > 1
                  and gz.fold(n.split()[0]) == low]
        return owners[0] if len(owners) == 1 else None

    def _add_norp(self, span: Span, table: ActorTable) -> None:
        key = gz.fold(strip_possessive(span_text(span)))
        party = gz.PARTY_NAMES.get(key)
        before = span.doc[span.start - 1] if span.start else None
        if party and key.endswith("s") and not (before is not None and _qualified_party(span) and before.is_upper):
            table.add(party, "organization", span, span.start_char, strip_possessive(span_text(span)))


    def _fold_state_bodies(self, doc: Doc, table: ActorTable, states_by_token: dict[int, str], gaz) -> None:
        """A state's body named only by its function ("Department of Health", "Competition and Markets Authority",
        "Federal Trade Commission") is its state: the one a description names ("Britain's competition watchdog"),
        else the only state its sentence names, else the article's main state. In an article that names no state it
        is a state of its own name."""
        main = table.main_state()
        orgs = sorted((n for n, a in table.actors.items() if a.kind == "organization"), key=lambda n: -len(n.split()))
        for name in orgs:
            ministry = _ministry(name)
            function = public_body_function(name, self.common_words)
            if not ministry and function is None:
                self._fold_portfolio_word(table, name)
                continue
            fuller = next((n for n in table.actors if n.startswith(name + " ")), None)
            states = [n for n, a in table.actors.items() if a.kind == "state" and n != name]
            state = fuller or _described_owner(doc, function or [], states_by_token) \
                or _sentence_state(table, name, gaz) or main
            if state is None:
                # "Finance Ministry" names no body of its own; beside states the body may be any one's
                if not is_generic_name(name) and not states:
                    table.actors[name].kind = "state"
                continue
            if state not in table.actors:
                table.add(state, "state", None, table.actors[name].first)
            self._merge(table, name, state)

    def _fold_portfolio_word(self, table: ActorTable, name: str) -> None:
        """"Home Minister X" ... "the Home Ministry": a one-word "organization" opening the name of a state's body
        is that body's portfolio, so its state."""
        if len(name.split()) != 1:
            return
        for state, info in list(table.actors.items()):
            forms = [f for f in (state, *info.aliases) if f.startswith(name + " ")]
            if info.kind == "state" and any(_ministry(f) or public_body_function(f, self.common_words) for f in forms):
                self._merge(table, name, state)
                return

    @staticmethod
    def _fold_short_states(table: ActorTable) -> None:
        """"Congo" in a story about the Democratic Republic of Congo: a state named only by the end of another
        state's name in the article is that state."""
        states = [n for n, a in table.actors.items() if a.kind == "state"]
        for short in states:
            forms = {gz.fold(a) for a in table.actors[short].aliases}
            if not forms:
                continue
            for long in states:
                if long == short or long not in table.actors:
                    continue
                longs = [gz.fold(f) for f in (long, *table.actors[long].aliases)]
                if all(any(lf.endswith(" " + f) for lf in longs) for f in forms):
                    src = table.actors.pop(short)
                    dst = table.actors[long]
                    dst.aliases |= src.aliases
                    dst.first = min(dst.first, src.first)
                    for i, n in list(table.token_actor.items()):
                        if n == short:
                            table.token_actor[i] = long
                    table.mention_counts[long] = table.mention_counts.get(long, 0) + table.mention_counts.pop(short, 0)
                    break

    def _fold_org_bodies(self, table: ActorTable) -> None:
        """"African Union Commission" into "African Union", "EU Fisheries Council" into "European Union": a body
        named after its organization or its abbreviation."""
        orgs = [n for n, a in table.actors.items() if a.kind == "organization"]
        for name in orgs:
            words = name.split()
            if len(words) < 2 or words[-1].lower() not in gz.ORG_BODY_WORDS:
                continue
            parent = strip_possessive(" ".join(words[:-1]))  # "Petrobras’ Council"
            if table.kind(parent) != "organization":
                parent = next((o for o in orgs if o != name and o in table.actors
                               and words[0] in table.actors[o].aliases and words[0].isupper()), None)
            if parent:
                self._merge(table, name, parent)

    # ------------------------------------------------------------ abbreviations
    def _link_abbreviations(self, doc: Doc, table: ActorTable) -> None:
        """Merge "ILWU" into "International Longshore and Warehouse Union", "EU" into "European Union"."""
        orgs = [n for n, a in table.actors.items() if a.kind == "organization"]
        for short in orgs:
            compact = short.replace(".", "")
            target = None
            if compact.isupper() and 2 <= len(compact) <= 8:
                target = gz.ORG_ABBREVIATIONS.get(short.lower())
                for long in orgs:
                    if long != short and len(long.split()) > 1 and compact in (org_initials(long),
                                                                               org_initials(long, True),
                                                                               slashed_initials(long)):
                        target = long
                target = target or self._explicit_abbreviation(doc, short, orgs) \
                    or next((o for o in orgs if abbreviates_hyphenated(short, o)), None) \
                    or self._state_body_initials(table, compact) \
                    or next((o for o in orgs if _company_of(short, o)), None) \
                    or _initials_ending(compact, orgs)
            elif len(short.split()) == 1 and self._explicit_abbreviation(doc, short, orgs):
                # "National Association of ..., known as the GKV-Spitzenverband"
                target = self._explicit_abbreviation(doc, short, orgs)
            else:
                # "Corvane" for "Corvane Systems", "Washington Hospital" for "Washington Hospital Healthcare System";
                # "Reuters.com" for "Reuters"
                target = next((o for o in orgs if o != short and o.startswith(short + " ")), None) \
                    or next((o for o in orgs if o != short and "." in short
                             and re.fullmatch(re.escape(o) + _WEB_DOMAIN, short)), None) \
                    or next((o for o in orgs if _after_generic_word(short, o) or _object_of_name(short, o)), None)
            if target and target != short:
                self._merge(table, short, target)

    def _merge_spelling_variants(self, table: ActorTable) -> None:
        """"Indian Banks’ Association" and "Indian Banks Association", "Oil Workers Federation" and "Federation of
        Oil Workers": names that differ only in apostrophes, or in the order of their words around an "of", are one
        organization, under its first form. "the Union" in a story naming one "... Union" is that organization; "the
        Court" after a "Supreme Court" folded into its state is that state."""
        first: dict[str, str] = {}
        orgs = sorted((n for n, a in table.actors.items() if a.kind == "organization"),
                      key=lambda n: table.actors[n].first)
        for name in orgs:
            key = " ".join(sorted(w for w in re.sub(r"['’]", "", gz.fold(name)).split() if w not in _NAME_LINKS))
            if key in first:
                self._merge(table, name, first[key])
            else:
                first[key] = name
        for name in [n for n in orgs if n in table.actors and _head_word_alone(n)]:
            # the organization whose name ends with it, or the state a body of that name folded into
            longer = [o for o, a in table.actors.items() if a.kind == "organization" and o.endswith(" " + name)
                      or a.kind == "state" and any(f.endswith(" " + name) for f in a.aliases)]
            if len(longer) == 1:
                self._merge(table, name, longer[0])

    @staticmethod
    def _state_body_initials(table: ActorTable, compact: str) -> str | None:
        """"FTC" after "the U.S. Federal Trade Commission", a body folded into its state: the state."""
        for name, info in table.actors.items():
            if info.kind != "state":
                continue
            for alias in {name, *info.aliases}:
                words = alias.split()
                while words and (gz.fold(words[0]) in gz.STATE_NAMES or gz.fold(words[0]) in gz.DEMONYMS):
                    words = words[1:]
                if len(words) > 1 and compact in (org_initials(" ".join(words)), org_initials(" ".join(words), True)):
                    return name
        return None

    @staticmethod
    def _explicit_abbreviation(doc: Doc, short: str, orgs: list[str]) -> str | None:
        """"Revolutionary Armed Forces of Colombia, or FARC" / "National Liberation Army (ELN)"."""
        if not re.search(_ABBREVIATION_CUE + re.escape(short), doc_text(doc)):
            return None
        for long in orgs:
            if long == short or len(long.split()) < 2:
                continue
            if re.search(re.escape(long) + r"\s*" + _ABBREVIATION_CUE + re.escape(short), doc_text(doc)):
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
        ents = named_entities(doc)
        for tok_i in sorted(table.token_actor):
            name = table.token_actor[tok_i]
            info = table.actors.get(name)
            if info is None or info.kind != "person" or name in seen:
                continue
            tok = doc[tok_i]
            head = tok if tok.ent_iob_ == "O" else self._ent_root(tok, ents)
            role_toks, aff = [], None
            lefts = [t for child in head.lefts for t in child.subtree]
            if head.dep_ == "appos" and head.head.i < head.i:
                # "Corvane's chief executive, Daniel Okafor," / "its top commander, Antonio García,"
                lefts = [t for t in head.head.subtree if t.i < head.head.i]
                role_toks = [t for t in lefts if t.pos_ in ("NOUN", "ADJ") and t.i not in table.token_actor] \
                    + [head.head]
                lefts = [t for t in lefts if t.i not in {r.i for r in role_toks}]
            for t in lefts:
                # the closest state or organization before the name wins ("Senate Democratic leader")
                other = table.token_actor.get(t.i)
                if other and other != name:
                    aff = other
                elif t.pos_ in ("ADJ", "PROPN") and gz.DEMONYMS.get(gz.fold(t.text)) in table.actors:
                    aff = gz.DEMONYMS[gz.fold(t.text)]
                elif t.i not in table.token_actor and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i < head.i \
                        and head.dep_ != "appos":
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
            if not aff and not role_toks:
                aff, role_toks = self._named_as(head, table)
            if role_toks:
                info.role = info.role or " ".join(t.text for t in role_toks[-3:])
            if aff and table.kind(aff) in ("state", "organization") and not info.affiliation:
                info.affiliation = aff
            if tok.ent_iob_ != "O" and len(name.split()) > 1:
                seen.add(name)

    @staticmethod
    def _named_as(head: Token, table: ActorTable) -> tuple[str | None, list[Token]]:
        """"a JNIM spokesman who gave his name as Abu Hamza": the role and organization the clause hangs on."""
        cur = head
        while cur.dep_ != "relcl" and cur.head.i != cur.i and cur.head.i > cur.i - 12:
            cur = cur.head
        noun = cur.head if cur.dep_ == "relcl" else None
        if noun is None and head.dep_ == "nsubj":
            # the same, parsed as two subjects of one verb
            noun = next((c for c in head.head.children if c.dep_ == "nsubj" and c.i < head.i), None)
        if noun is None or noun.lemma_.lower() not in gz.GENERIC_PERSON_NOUNS:
            return None, []
        owner = next((table.token_actor[c.i] for c in noun.children
                      if c.dep_ in ("compound", "poss", "amod") and c.i in table.token_actor), None)
        return owner, [noun]

    @staticmethod
    def _ent_root(tok: Token, ents: tuple[Span, ...]) -> Token:
        for ent in ents:
            if ent.start <= tok.i < ent.end:
                return ent.root
        return tok
