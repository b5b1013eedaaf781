"""Direct quotes: quoted passages, their speaker and their cue verb.

Finds curly and straight double quotes and (outside them) British single quotes,
never raising on unbalanced marks; joins a passage interrupted only by its
attribution ("'We are ready,' he said, 'to talk.'") and a quote continued in the
next paragraph; drops titles and scare quotes that nobody is said to have said.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from . import gazetteer as gz
from .nlp import doc_text
from .records import Quote

if TYPE_CHECKING:
    from .speakers import Speakers

_MAIN_VERBS = gz.REPORTING_VERBS | gz.DEMAND_VERBS | gz.REJECTION_VERBS | gz.THREAT_VERBS | gz.TERM_VERBS \
    | frozenset({"propose", "offer"})
_FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})
# "dismissed the offer as “an insult”": an evaluative verb whose "as" phrase is quoted gives the subject's words
_AS_TERM_VERBS = frozenset({"reject", "dismiss", "denounce", "condemn", "hail", "praise", "criticise", "criticize",
                            "slam", "decry", "welcome", "deride", "ridicule", "portray", "depict", "see", "view",
                            "regard", "treat", "present", "cast", "attack", "defend", "justify", "rebuff"})
# verbs that attribute a quoted question ("“Why would we?” she asked"), never a statement or a request
_QUESTION_VERBS = frozenset({"ask", "wonder"})
# how the words of a name and its apposition hang together ("Ana Ruiz, head of the union,")
_NAME_PHRASE_DEPS = frozenset({"compound", "flat", "pobj", "prep", "appos", "amod", "poss", "case", "punct"})
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "a", "an", "to", "at", "de", "by", "with"})


@dataclass
class QuotePart:
    """One run of text between an opening and a closing quotation mark (offsets of the content)."""
    start: int
    end: int
    closed: bool
    continues: bool = False        # opens a paragraph right after an unclosed quote


@dataclass
class Passage:
    """One or more quote parts that make one quote."""
    parts: list[QuotePart]
    spans: list[Span] = field(default_factory=list)
    cue: Token | None = None
    speaker: str | None = None

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


def _opens_quote(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev.isspace() or prev in "([—–-\"“") and (nxt.isalnum())


def _closes_single(text: str, i: int) -> bool:
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not prev.isspace() and not nxt.isalnum() and not _plural_possessive(text, i)


def _plural_possessive(text: str, i: int) -> bool:
    """"'the employers' court'": an apostrophe after a plural, with a word after it and a closing mark still to
    come in the next few words, is a possessive inside the quotation, not its end."""
    if text[i - 1:i] != "s" or text[i + 1:i + 2] != " " or not text[i + 2:i + 3].isalnum():
        return False
    rest = text[i + 1:i + 60]
    for k, ch in enumerate(rest):
        if ch in "‘'" and _opens_quote(rest, k):
            return False  # "'a deal for the workers' and 'fair pay'": the next quote opens first
        if ch in "’'" and _closes_at(rest, k):
            return True
    return False


def _closes_at(text: str, k: int) -> bool:
    prev, nxt = text[k - 1:k], text[k + 1:k + 2] or " "
    return (prev.isalnum() and prev != "s" or prev in ",.!?") and not nxt.isalnum()


_DOUBLE_APOSTROPHE = re.compile(r"''")
_QUOTE_MARK = re.compile("[“”\"‘’']")


def _as_double_quote(match: re.Match) -> str:
    """Two apostrophes typed for a quotation mark (wire and archive copy), as one mark plus a filler of the
    same length: the filler sits outside the quoted words on either side."""
    text, i = match.string, match.start()
    nxt = text[i + 2] if i + 2 < len(text) else " "
    return "\0\"" if nxt.isalnum() or nxt in "([$" else "\"\0"


def find_quote_parts(text: str) -> list[QuotePart]:
    """Quoted runs in the text, paragraph by paragraph; unbalanced marks never raise."""
    text = _DOUBLE_APOSTROPHE.sub(_as_double_quote, text)
    parts: list[QuotePart] = []
    pos = 0
    prev_unclosed = False
    for para in text.split("\n"):
        base = pos
        pos += len(para) + 1
        double_open: int | None = None
        single_open: int | None = None
        first_in_para = True
        stripped_at = len(para) - len(para.lstrip())
        for mark in _QUOTE_MARK.finditer(para):
            i, ch = mark.start(), mark.group()
            # a closing mark at a word's start opens a quote in texts that use it both ways (”...”)
            if double_open is None and (ch in "“\"" or ch == "”" and _opens_quote(para, i)):
                double_open = i
                single_open = None
                continue
            if ch in "”\"" and double_open is not None:
                parts.append(QuotePart(base + double_open + 1, base + i, True,
                                       continues=first_in_para and prev_unclosed and double_open == stripped_at))
                first_in_para = False
                double_open = None
                continue
            if double_open is None and ch in "‘'" and single_open is None and _opens_quote(para, i):
                single_open = i
                continue
            if double_open is None and ch in "’'" and single_open is not None and _closes_single(para, i):
                if i - single_open > 1:
                    parts.append(QuotePart(base + single_open + 1, base + i, True,
                                           continues=first_in_para and prev_unclosed and single_open == stripped_at))
                    first_in_para = False
                single_open = None
        still_open = double_open if double_open is not None else single_open
        if still_open is not None:
            end = base + len(para.rstrip())
            if end > base + still_open + 1:
                parts.append(QuotePart(base + still_open + 1, end, False,
                                       continues=first_in_para and prev_unclosed and still_open == stripped_at))
            prev_unclosed = True
        else:
            prev_unclosed = False
    return [p for p in parts if text[p.start:p.end].strip("\0 ")]


def quote_parts(doc: Doc) -> list[QuotePart]:
    """The quoted runs of a parsed body, found once per doc."""
    parts = doc.user_data.get("parley_quote_parts")
    if parts is None:
        parts = doc.user_data["parley_quote_parts"] = find_quote_parts(doc_text(doc))
    return parts


def part_text(text: str, part: QuotePart) -> str:
    return text[part.start:part.end].strip()


def _as_term_verb(tok: Token) -> Token | None:
    """The verb of stance with a subject that an "as" phrase under `tok` belongs to: `tok` itself, or the verb whose
    object it is ("dismissed the plan as “a stratagem”", the parser hanging "as" on "plan")."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    if verb.pos_ == "VERB" and verb.lemma_ in _AS_TERM_VERBS and any(c.dep_ == "nsubj" for c in verb.children):
        return verb
    return None


def _quoted_person(quote: Token) -> Token | None:
    """Whom a verb "quote" quotes: its object ("quoted X as saying") or, in the passive, its subject ("X was quoted
    as saying")."""
    return next((c for c in quote.children if c.dep_ in ("dobj", "nsubjpass")), None)


def is_saying(tok: Token) -> bool:
    """A verb of saying: a reporting verb, a phrasal one with its particle ("pointed out"), or a speaker
    making or being clear ("X made clear that ...", "X was clear that ...")."""
    if tok.lemma_ in gz.REPORTING_VERBS:
        return True
    if tok.lemma_ in ("be", "make") and any(c.lower_ == "clear" and c.dep_ in ("acomp", "ccomp") for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lower_ not in ("it", "this", "that", "what")
    particle = gz.SPEECH_PARTICLES.get(tok.lemma_)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children)


def _asks(verb: Token, span: Span) -> bool:
    """"“Why would our members accept this?” she asked": a question verb whose quote is a question."""
    return verb.lemma_ in _QUESTION_VERBS and span.text.rstrip(" ,\"”’'").endswith("?")


def _adds_a_thing(verb: Token) -> bool:
    """"unless the Commission added binding “mirror clauses”": "add" with an object inserts, it does not say."""
    deps = {c.dep_ for c in verb.children}
    return verb.lemma_ == "add" and "dobj" in deps and "ccomp" not in deps  # "added the union needed": a clause


def _reporting_above(participle: Token) -> Token | None:
    """The verb of saying whose content clause a participle hangs on ("said X wanted Y, warning that ...", "saying X
    had Y but was Z - and arguing that ...", "said he could not accept the demand that X, saying ..."), at any depth
    of that clause."""
    clause = participle.head
    if clause.lemma_ in gz.REPORTING_VERBS and any(c.dep_ == "nsubj" for c in clause.children):
        return clause  # "we are told the president replied, saying ...": the verb of saying it hangs on
    for _ in range(6):
        if clause.dep_ == "ccomp" and clause.head.lemma_ in gz.REPORTING_VERBS:
            return clause.head
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _stance_of(verb: Token, path: list[Token]) -> bool:
    """Whether the phrase the path climbs to the verb through gives the verb's subject's words: the reason clause of
    an act on something ("rejected the bid because ..."), a verb of judging's "for" and a gerund, on the verb or its
    object ("slammed the offer for “undervaluing” it"; not "for his “deportation force”", someone else's term), an
    "as" phrase predicated of the verb's object, the content clause of a verb of thinking or a threat."""
    below = path[-1]
    dep = below.dep_
    if dep == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "because" for c in below.children) \
            and any(c.dep_ == "dobj" for c in verb.children)
    if verb.lemma_ in gz.JUDGEMENT_VERBS:
        prep = path[-2] if dep == "dobj" and len(path) > 1 else below
        return prep.dep_ == "prep" and prep.lower_ == "for" and prep is not path[0] \
            and path[path.index(prep) - 1].dep_ == "pcomp"
    if dep == "prep" and below.lower_ == "as":
        return any(c.dep_ == "dobj" for c in verb.children)
    if verb.lemma_ in gz.THREAT_VERBS:
        return dep in ("ccomp", "xcomp")
    return dep == "ccomp" and verb.lemma_ in gz.ATTITUDE_VERBS


def is_title(text: str) -> bool:
    """"Board of Peace", "Hold the Line": a quoted name, not words someone said."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    end = text.rstrip()[-1:]
    if not words or end in "!?" or end in ".," and len(words) < 2:
        return False  # "Shark Tank." / "Meet the Press,": American copy sets the stop inside the marks
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return bool(content) and all(w[0].isupper() for w in content) and words[0][0].isupper()


class QuoteFinder:
    """Finds the direct quotes of one parsed article."""

    def __init__(self, doc: Doc, speakers: Speakers):
        self.doc = doc
        self.speakers = speakers
        self.parts = quote_parts(doc)
        self.spans = [doc.char_span(p.start, p.end, alignment_mode="expand") for p in self.parts]
        self.quoted: set[int] = set()
        for span in self.spans:
            if span is not None:
                self.quoted.update(range(span.start, span.end))

    # ------------------------------------------------------------ attribution
    def cue_candidates(self, span: Span) -> Iterator[Token]:
        """The verbs outside the quote that may attribute it, nearest in the parse first: a verb of saying hung on
        a word of the quote, then the verbs above the quote, then a short attribution sentence beside it."""
        inside = set(range(span.start, span.end))
        starts = []
        for tok in span:
            head = tok.head
            if head.i not in inside and head.i != tok.i:
                starts.append(head)
            for child in tok.children:
                if child.i in inside or child.i in self.quoted:
                    continue
                if child.pos_ in ("VERB", "AUX") and is_saying(child) and not _adds_a_thing(child) \
                        or (child.lower_ == "according" and child.dep_ == "prep"):
                    yield child  # "... he said" / "According to the report, “the strike has cost ...”"
        for start in starts:
            yield from self._cues_above(start, span)
        participle = self._participle_before(span)
        if participle is not None:
            yield participle
        cue = self._adjacent_attribution(span)
        if cue is not None:
            yield cue
        for tok in span:
            if tok.head.i not in inside:
                yield from self._stance_above(tok)

    def _stance_above(self, tok: Token) -> Iterator[Token]:
        """Verbs of stance above a quoted term whose subject's words it gives, when no verb of saying attributes it:
        the reason a subject gives ("rejected the bid because it “undervalues” the bank"), what it judges someone
        for ("slammed the offer for “grossly undervaluing” it"), what it predicates of its object ("regretted the move
        as “disappointing”") and the content of a verb of thinking or fearing ("fears it could bring “a crisis”")."""
        path = [tok]
        for _ in range(6):
            cur = path[-1].head
            if cur.i == path[-1].i:
                return
            if cur.i not in self.quoted and cur.pos_ == "VERB" and _stance_of(cur, path):
                yield cur
            if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ != "dobj":
                return  # "blamed X for making an issue of Y's claim that Z “...”": words inside a noun's are its
            path.append(cur)

    def _cues_above(self, start: Token, span: Span) -> Iterator[Token]:
        """The verbs of saying (and "according to", "quoted X as saying") on the way up from a head of the
        quote, nearest first."""
        cur = start
        prev = None
        for _ in range(10):
            if cur.i not in self.quoted:
                if (cur.lemma_ in gz.QUOTE_CUE_VERBS or is_saying(cur) or _asks(cur, span)) \
                        and cur.pos_ in ("VERB", "AUX") and not _adds_a_thing(cur):
                    yield cur
                elif prev is not None and prev.lower_ == "as" and prev.dep_ == "prep" \
                        and (verb := _as_term_verb(cur)) is not None:
                    yield verb  # "rejected the plan as “a formula that has failed”": the subject's words
                elif cur.lower_ == "according":
                    yield cur
                else:
                    acc = self._according(cur) or self._quoted_as(cur)
                    if acc is not None:
                        yield acc
            if cur.head.i == cur.i:
                return
            prev, cur = cur, cur.head

    def _participle_before(self, span: Span) -> Token | None:
        """"X joked about it, telling the crowd, “...”": a participle of saying whose phrase ends, with a comma or a
        colon, right before the quote, which the parser hung on the verb above it."""
        doc = self.doc
        k = span.start - 1
        while k >= 0 and doc[k].is_quote:
            k -= 1
        if k < 1 or doc[k].text not in (",", ":"):
            return None
        cur = doc[k - 1]
        for _ in range(4):
            if cur.tag_ == "VBG" and cur.right_edge.i == k - 1 and is_saying(cur) and cur.i not in self.quoted:
                return cur
            if cur.head.i == cur.i or cur.head.i > k:
                return None
            cur = cur.head
        return None

    def _adjacent_attribution(self, span: Span) -> Token | None:
        """"“How many times?” Clinton said." / "He said: “...”": a quoted sentence the parser left apart from
        the short attribution sentence right after (or, ending in a colon, right before) it."""
        doc = self.doc
        after = span.end
        while after < len(doc) and after - span.end < 3 and (doc[after].is_punct or doc[after].is_space):
            after += 1
        before = span.start - 1
        while before >= 0 and span.start - before < 3 and doc[before].is_quote:
            before -= 1
        candidates = []
        if after < len(doc) and doc[after].is_sent_start:
            candidates.append(doc[after].sent.root)
        if before >= 0 and doc[before].text == ":":
            candidates.append(doc[before].sent.root)
        for root in candidates:
            deps = {c.dep_ for c in root.children}
            if root.i not in self.quoted and len(root.sent) <= 15 and (is_saying(root) or _asks(root, span)) \
                    and "nsubj" in deps and "ccomp" not in deps:
                return root
        return None

    @staticmethod
    def _quoted_as(tok: Token) -> Token | None:
        """"the newspaper quoted X as saying": the saying, whose speaker is the one quoted."""
        if tok.lemma_ != "quote":
            return None
        return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                     if g.dep_ == "pcomp" and is_saying(g)), None)

    @staticmethod
    def _according(tok: Token) -> Token | None:
        for child in tok.children:
            if child.lower_ == "according" and child.dep_ == "prep":
                return child
        return None

    def cue_subject(self, cue: Token, depth: int = 0) -> Token | None:
        """The subject of a cue verb (through participles and conjoined verbs)."""
        if cue.lower_ == "according":
            for child in cue.children:
                if child.lower_ == "to":
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
            return None
        if cue.lemma_ == "quote" and (quoted := _quoted_person(cue)) is not None:
            return quoted  # "X was quoted as saying", "“...,” X was quoted as saying"
        subjects = [c for c in cue.children if c.dep_ == "nsubj"] or self._subject_after(cue) \
            or self._name_before(cue)
        # "A and B each claims ...", read as two subjects: the quantifier is no subject of its own
        subjects = [c for c in subjects if c.lower_ not in _FLOATING_QUANTIFIERS] or subjects
        if subjects:
            # "a spokesman who gave his name as X said", read as two subjects: the one next to the verb
            child = self._person_among(subjects) or subjects[-1]
            if child.lower_ in ("which", "who", "that") and cue.dep_ == "relcl":
                head = cue.head
                actors = self.speakers.actors
                described = head
                while described.dep_ in ("appos", "conj") and described.head.i < described.i:
                    described = described.head
                if child.lower_ == "who" and described is not head and actors.kind(actors.at(described)) == "person":
                    # "said Ana Ruiz, Peru's negotiator, who added ...", "X, a consultant and a Republican who
                    # said": the person the description is set beside
                    return described
                return head  # "Washington, which has pressed Kurti ..."
            return child
        head = cue.head
        reporting = _reporting_above(cue) if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj") else None
        if reporting is not None:
            # "said X wanted Y, warning that ...", "saying X was Y - and arguing that ...": the speaker
            return self.cue_subject(reporting, depth + 1)
        root = cue.sent.root
        if cue.tag_ == "VBG" and head.i in self.quoted and root.i < cue.i and root.i not in self.quoted and depth < 3:
            return self.cue_subject(root, depth + 1)  # "X joked, telling the crowd, “...”", hung on the quote
        if cue.dep_ == "acl" and self.speakers.issuer(head):
            return head  # "a letter sent by X, suggesting ...": the document speaks for its issuer
        if cue.dep_ == "acl" and cue.tag_ == "VBG" and head.dep_ == "dobj" and depth < 3:
            return self.cue_subject(head, depth + 1)  # "issued a statement saying ...": the issuer
        if cue.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.i < cue.i \
                and (head.i == root.i or cue.doc[cue.i - 1].text == ","):
            return root  # "X, which represents ..., called on": a subject the parser left as the root
        if cue.dep_ == "conj" and cue.lemma_ in _MAIN_VERBS and head.dep_ == "ccomp" \
                and head.head.lemma_ in gz.REPORTING_VERBS and head.head.i < cue.i:
            # "said the Senate would vote ... and urged X to ...": the parser hung "urged" on "vote"
            return self.cue_subject(head.head, depth + 1)
        controller = next((c for c in head.children if c.dep_ == "dobj"), None) \
            if cue.dep_ == "xcomp" and is_saying(cue) and any(c.dep_ == "ccomp" for c in cue.children) else None
        if cue.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_ == "quote":
            controller = _quoted_person(head.head)
        if controller is not None:
            return controller  # "forced Stumpf to admit that ...", "quoted X as saying": the object speaks
        if depth < 3 and cue.head.i != cue.i and (cue.dep_ in ("conj", "advcl", "xcomp", "pcomp", "acomp")
                                                  or self._framed_by_verb(cue, depth)):
            return self.cue_subject(cue.head, depth + 1) or self._sentence_subject(cue, depth)
        return None

    def _sentence_subject(self, cue: Token, depth: int) -> Token | None:
        """"X lodged an offer worth Y, pitched at Z, adding it would ...", "X wants the ruling reviewed, arguing it
        ...": a participle of saying set off by a comma, hung on a verb with no subject of its own (a participle, a
        passive infinitive), is said by the subject of the sentence."""
        root = cue.sent.root
        if depth or cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.doc[cue.i - 1].text != "," \
                or root.i >= cue.i or root.i in self.quoted or not is_saying(cue):
            return None
        return next((c for c in root.children if c.dep_ == "nsubj" and c.i not in self.quoted), None)

    def _subject_after(self, cue: Token) -> list[Token]:
        """"“The risk,” said X, an economist, “is that ...”": the parser made X the subject of the quoted verb after
        the inverted "said"; the subject between the cue and that verb is the cue's."""
        if cue.dep_ != "parataxis" or cue.head.i < cue.i or cue.head.i not in self.quoted:
            return []
        return [c for c in cue.head.children if c.dep_ == "nsubj" and cue.i < c.i and c.i not in self.quoted]

    def _name_before(self, cue: Token) -> list[Token]:
        """"... on Thursday and Bsirske said", "They chose X and Ana Ruiz, head of the union, said": a finite verb of
        saying the parser left without a subject, right after an actor's name that it hung elsewhere (as a conjunct,
        an object, a modifier of the verb); the name, with any apposition set off after it, is the subject."""
        if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.i < 2 or not is_saying(cue) \
                or any(c.dep_ in ("nsubjpass", "auxpass", "expl", "csubj") for c in cue.children):
            return []
        last = cue.doc[cue.i - 1]
        if last.text == ",":
            last = cue.doc[cue.i - 2]
        top = last
        while top.dep_ in _NAME_PHRASE_DEPS and top.head.i < cue.i and top.head.i != top.i:
            top = top.head
        actors = self.speakers.actors
        if top.pos_ != "PROPN" or top.i in self.quoted or actors.kind(actors.at(top)) is None \
                or any(c.dep_ == "ccomp" and c.left_edge.i <= top.i <= c.right_edge.i for c in cue.children):
            return []  # (a name inside the clause the verb reports is what was said, not who said it)
        return [top]

    @staticmethod
    def _framed_by_verb(tok: Token, depth: int) -> bool:
        """"was firm in saying", "issued a statement saying": a phrase on a verb, reached from the cue below it
        (a preposition whose object is the cue, or the object noun that the cue's participle modifies)."""
        if tok.dep_ == "prep":
            return depth > 0 and tok.head.pos_ in ("VERB", "AUX")
        return tok.dep_ == "dobj" and depth > 0 and tok.head.pos_ == "VERB"

    def _person_among(self, subjects: list[Token]) -> Token | None:
        """"David Teoh, executive chairman, TPG said", read as two subjects: the person speaks, the
        organization after the title is only their affiliation."""
        actors = self.speakers.actors
        if len(subjects) < 2:
            return None
        return next((s for s in subjects[:-1] if actors.kind(actors.at(s)) == "person"), None)

    def attribute(self, span: Span) -> tuple[Token | None, str | None]:
        """The cue and speaker of a quoted span: the nearest cue whose subject names an actor, or that has a subject
        of its own ("said the offer was “frustrating” and highlighted “...”": not the conjoined verb the parser left
        without a subject, but "said" above it; "a diplomat told him “...”": nobody's)."""
        first = None
        for cue in self.cue_candidates(span):
            first = first or cue
            speaker = next(iter(self.speakers.of_cue(self.cue_subject(cue), cue)), None)
            if speaker or any(c.dep_ == "nsubj" for c in cue.children):
                return cue, speaker
        return (first, None) if first is not None else self._colon_frame(span)

    def _colon_frame(self, span: Span) -> tuple[Token | None, str | None]:
        """"Anna Petrova, Caliber.Az: “...”": a line that opens with a person's name and has no verb before the
        colon that opens the quote; the colon is the cue."""
        doc = self.doc
        colon = span.start - 1
        while colon >= 0 and doc[colon].is_quote:
            colon -= 1
        if colon < 1 or doc[colon].text != ":":
            return None, None
        start = colon
        while start > 0 and "\n" not in doc[start - 1].text and colon - start < 12 \
                and not (doc[start - 1].is_sent_end and doc[start - 1].whitespace_):  # "Caliber.Az" is no end
            start -= 1
        frame = doc[start:colon]
        name = self.speakers.actors.at(frame[0])
        if self.speakers.actors.kind(name) != "person" or any(t.pos_ in ("VERB", "AUX") for t in frame):
            return None, None
        return doc[colon], name

    # ------------------------------------------------------------ joining
    def _gap_is_attribution(self, a: int, b: int) -> bool:
        """Whether the text between two quote parts is only "he said" and its modifiers."""
        sa, sb = self.spans[a], self.spans[b]
        if sa is None or sb is None or sb.start - sa.end > 45:
            return False
        gap = [t for t in self.doc[sa.end:sb.start] if not t.is_punct and not t.is_space]
        verbs = [t for t in gap if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "neg")
                 and t.i not in self.quoted
                 and not self._modifier_verb(t, sa.end)]
        if len(verbs) != 1 or not is_saying(verbs[0]):
            return False
        if any(t.lower_ in ("that", "but", "and", "while", "because") and t.dep_ in ("mark", "cc")
               and t.head.pos_ in ("VERB", "AUX") and not self._modifier_verb(t.head, sa.end) for t in gap):
            return False
        if any(t.tag_ == "VBG" and is_saying(t) and all(u.pos_ == "ADV" for u in gap if u.i > t.i) for t in gap):
            return False  # "he said, adding (later): “B”": the second part has a cue of its own
        between = doc_text(self.doc)[self.parts[a].end:self.parts[b].start]
        mark = between.rstrip().rstrip("“\"‘'").rstrip()[-1:]  # the punctuation the gap ends in
        if "\n" in between or mark not in tuple(",.:;—–-"):
            return False  # "he said, calling for “common-sense” rules": a term inside the attribution
        return not self._introduces_next(a, mark, verbs[0]) and not self._attributed_after(sb)

    def _introduces_next(self, a: int, mark: str, cue: Token) -> bool:
        """"“A.” She says, “B.”", "called it “A” in his letter. Later X wrote: “B”": an attribution whose sentence
        opens after the first part (a finished quoted sentence, or narration ending a sentence before the cue)
        introduces the second part only."""
        if any(t.is_sent_start and self.doc[t.i - 1].text in (".", "!", "?") and t.i - 1 not in self.quoted
               for t in self.doc[self.spans[a].end + 1:cue.i + 1]):
            return True
        last = doc_text(self.doc)[self.parts[a].start:self.parts[a].end].rstrip()[-1:]
        return last in ".!?" and mark in (",", ":")

    def _attributed_after(self, span: Span) -> bool:
        """"“A,” X said. “B,” they insisted.": a part followed in its sentence by a cue verb of its own is a
        second quote, not the end of the first."""
        after = self.doc[span.end:span[-1].sent.end]
        return any(t.pos_ in ("VERB", "AUX") and t.lemma_ in gz.QUOTE_CUE_VERBS and t.i not in self.quoted
                   for t in after)

    @staticmethod
    def _modifier_verb(tok: Token, gap_start: int) -> bool:
        """A participle, a relative or adverbial clause inside the attribution ("posting photos", "who is
        attending", "in answer to a question about how ...", "adding that ...")."""
        if tok.tag_ in ("VBG", "VBN") and tok.dep_ in ("advcl", "acl", "xcomp", "conj", "amod"):
            return True
        cur = tok
        while cur.head.i != cur.i and cur.i >= gap_start:
            if cur.dep_ in ("relcl", "acl", "appos", "advcl", "pcomp"):
                return True
            cur = cur.head
        return False

    def passages(self) -> list[Passage]:
        """The quote parts joined into passages; a quoted title inside an attribution ("X said on “Meet the
        Press”") stands alone and the parts on either side of it may still join."""
        out: list[Passage] = []
        text = doc_text(self.doc)
        tail, last = None, -1  # the latest passage that is not a title, and the index of its last part
        for k, part in enumerate(self.parts):
            spans = [self.spans[k]] if self.spans[k] is not None else []
            if not part.continues and is_title(part_text(text, part)):
                out.append(Passage([part], spans))
                continue
            if tail and (part.continues and last == k - 1 or self._gap_is_attribution(last, k)):
                tail.parts.append(part)
                tail.spans.extend(spans)
            else:
                tail = Passage([part], spans)
                out.append(tail)
            last = k
        return out

    def _stands_after(self, passage: Passage, previous: Passage) -> bool:
        """"“We are ready,” Lind said.\n“We will not accept less.”": a paragraph that is nothing but a quotation
        (and the paragraphs that continue it), right after a paragraph that ends with an attributed quote, is the
        same speaker's."""
        text = doc_text(self.doc)
        first = passage.parts[0]
        para_start = text.rfind("\n", 0, first.start) + 1
        para_end = text.find("\n", first.end)
        para_end = len(text) if para_end < 0 else para_end
        own = text[para_start:para_end].strip()
        if not all(p.continues for p in passage.parts[1:]) or not own or own[0] not in "“\"‘'" \
                or len(own) - (first.end - first.start) > 4:
            return False
        between = text[previous.end:para_start]
        return between.count("\n") >= 1 and "\n" not in between.strip() and len(between) < 150

    def _stands_alone(self, span: Span) -> bool:
        """Whether the quote's sentence has no words of the narrator's outside the quotation."""
        sent = span[0].sent
        return all(t.i in self.quoted or t.is_punct or t.is_space for t in sent)

    def _context_attribution(self, span: Span) -> tuple[Token | None, str | None]:
        """"Sigurdsson signalled that a solution was near. “Sanctions will not help.”": a quoted sentence standing
        alone takes its speaker from the sentence right before it (in its paragraph or the one before), when that
        sentence is someone's reported speech, or, in its own paragraph, when a person is its subject ("Abbas hit
        out at the plan. “You cannot buy peace.”")."""
        start = span[0].sent.start
        if start == 0 or not self._stands_alone(span):
            return None, None
        before = self.doc[start - 1]
        while before.i > 0 and before.is_space:
            before = self.doc[before.i - 1]
        prev = before.sent
        root = prev.root
        gap = doc_text(self.doc)[prev.end_char:span.start_char]
        if gap.count("\n") > 1 or root.i in self.quoted or root.pos_ != "VERB" \
                or any(t.i in self.quoted for t in prev):
            return None, None
        speaker = self.speakers.resolve(self.cue_subject(root))
        same_paragraph = "\n" not in doc_text(self.doc)[before.idx:span.start_char]
        if not is_saying(root) and (not same_paragraph or self.speakers.actors.kind(speaker) != "person"):
            return None, None
        return (root, speaker) if speaker else (None, None)

    def _continued(self, quote: Quote, previous: Passage, passage: Passage) -> Quote:
        """The previous quote, continued by a paragraph that is nothing but the same speaker's quotation: one
        quote whose text joins both."""
        previous.parts.extend(passage.parts)
        previous.spans.extend(passage.spans)
        words = " ".join(part_text(doc_text(self.doc), p) for p in passage.parts)
        return Quote(f"{quote.text} {words}", True, quote.cue, quote.speaker, quote.start, previous.end)

    def quotes(self) -> tuple[list[Quote], list[Passage]]:
        """Attributed direct quotes (and the passages, for later stages)."""
        text = doc_text(self.doc)
        result, kept = [], []
        for passage in self.passages():
            words = " ".join(part_text(text, p) for p in passage.parts)
            if len(passage.parts) == 1 and is_title(words):
                continue
            for span in passage.spans:
                cue, speaker = self.attribute(span)
                if speaker:
                    passage.cue, passage.speaker = cue, speaker
                    break
            if not passage.speaker and kept and result and self._stands_after(passage, kept[-1]):
                result[-1] = self._continued(result[-1], kept[-1], passage)
                continue
            if not passage.speaker and passage.spans:
                passage.cue, passage.speaker = self._context_attribution(passage.spans[0])
            if not passage.speaker:
                continue
            cue_text = {"according": "according to", ":": None}.get(passage.cue.lower_, passage.cue.text)
            result.append(Quote(words, True, cue_text, passage.speaker, passage.start, passage.end))
            kept.append(passage)
        return result, kept
