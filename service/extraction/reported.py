"""Reported speech: a verb of saying, its actor subject and its content clause(s).

"X said (that) C" gives the quote C; "X said A and that B" gives two quotes;
"X claimed to have taken the town" gives "to have taken the town". A clause that is
nothing but a quotation is left to the direct quote.
"""
from __future__ import annotations

import logging
import re

from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from . import gazetteer as gz
from .nlp import doc_text, tokens
from .quotes import QuoteFinder, is_saying
from .records import Quote
from .speakers import Speakers

log = logging.getLogger(__name__)

_INFINITIVE_SAY = frozenset({"say", "claim"})
_DROP_EDGE = frozenset({"that", ",", "and", "but", "“", "”", '"', "‘", "’", "'", "—", "–", "-", ":", ";"})


def clause_tokens(clause: Token, exclude: set[int]) -> list[Token]:
    """The clause's subtree minus the excluded (second-clause) tokens, trimmed at the edges."""
    doc_toks = tokens(clause.doc)
    toks = [doc_toks[i] for i in sorted(t.i for t in clause.subtree) if i not in exclude]  # non-projective trees
    while toks and (toks[0].lower_ in _DROP_EDGE and toks[0].dep_ not in ("nsubj", "nsubjpass")
                    or toks[0].is_space):
        toks.pop(0)
    toks = _drop_trailing_aside(toks)
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in _DROP_EDGE):
        toks.pop()
    return _drop_leading_time(toks)


_ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})
_CONCESSIVE = frozenset({"although", "though", "whereas"})


def _drop_trailing_aside(toks: list[Token]) -> list[Token]:
    """"said X, which ...", "said X, even though ...": the writer's aside set off at the end of the clause (a
    non-restrictive relative clause, a concession) is not what was said."""
    for k in range(2, len(toks) - 1):
        if toks[k].text in _ASIDE_MARKS and (_is_aside(toks[k + 1:]) or _narrator_comment(toks[k + 1:])):
            return toks[:k]
    return toks


def _is_aside(piece: list[Token]) -> bool:
    """Whether the tokens are one constituent that is a non-restrictive relative clause or a concession."""
    inside = {t.i for t in piece}
    tops = [t for t in piece if t.head.i not in inside or t.head.i == t.i]
    if len(tops) != 1 or any(t.i not in inside for t in tops[0].subtree):
        return False
    top = tops[0]
    if top.dep_ == "relcl":  # ", that is trying ..." is a cleft ("it is India, not China, that ..."), never an aside
        return piece[0].tag_ in ("WDT", "WP", "WP$") and piece[0].lower_ != "that"
    return top.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in top.children)


# nouns by which the narrator says what words were about ("..., an apparent reference to X")
_COMMENT_NOUNS = frozenset({"reference", "allusion"})


def _narrator_comment(piece: list[Token]) -> bool:
    """"..., an apparent reference to his claim that ...", "..., in apparent reference to amendments ...": the
    writer's note on what the words referred to, set after them (with all that follows it)."""
    inside = {t.i for t in piece}
    top = piece[0]
    while top.head.i in inside and top.head.i != top.i:
        top = top.head
    if top.dep_ == "prep" and top.lower_ == "in":
        return any(c.dep_ == "pobj" and c.lemma_.lower() in _COMMENT_NOUNS for c in top.children)
    return top.dep_ in ("appos", "npadvmod", "dep") and top.lemma_.lower() in _COMMENT_NOUNS


def _drop_leading_time(toks: list[Token]) -> list[Token]:
    """"said on Friday it would ...": the time belongs to the saying, not to what was said."""
    first = toks[0] if toks else None
    if first is None or first.dep_ != "prep":
        return toks
    span = sorted(t.i for t in first.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") for t in first.subtree) and span[-1] - span[0] + 1 == len(span) \
            and len(span) < len(toks) - 1:
        rest = [t for t in toks if t.i > span[-1]]
        return rest if rest and any(t.dep_ in ("nsubj", "nsubjpass") for t in rest) else toks
    return toks


_NOT_CONTENT = gz.REPORTING_VERBS | gz.DEMAND_VERBS | gz.REJECTION_VERBS | gz.THREAT_VERBS \
    | gz.TERM_VERBS | frozenset({"propose", "offer"})


def _starts_clause(conj: Token) -> bool:
    """A conjoined verb that opens a clause of its own ("... and that Y", "... but operators must")."""
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "csubj", "expl") for c in conj.children):
        return True
    first = conj.left_edge
    return first.lower_ == "that" or (first.i > 0 and first.doc[first.i - 1].lower_ == "that")


def _participle_speech(tok: Token, top: bool) -> bool:
    """"..., warning that X", "... - and arguing that X": a participle verb of saying hung on a reported clause
    (below its top, with a content clause of its own)."""
    return tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and tok.lemma_ in gz.REPORTING_VERBS \
        and (top and tok.dep_ == "advcl" or any(c.dep_ == "ccomp" for c in tok.children))


def _finite_clause(tok: Token) -> bool:
    """A finite verb the parser hung on a noun as its modifier, with no relative pronoun of its own."""
    return tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBD", "VBZ", "VBP") \
        and not any(t.tag_ in ("WDT", "WP", "WP$") for t in tok.subtree)


def _that_clause_read_as_relative(tok: Token) -> bool:
    """"told a briefing that there is no dispute", "informed buyers that China will cut imports", read as a relative
    clause on the audience: a finite clause opening with "that" (with a modal, "that" read as its object, it needs a
    subject of its own)."""
    if not _leading_that(tok):
        return False
    if _finite_clause(tok):
        return True
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return tok.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) \
        and subject is not None and subject.lower_ not in ("that", "which", "who")


def _leading_that(tok: Token) -> bool:
    first = tok.left_edge
    return first.lower_ == "that"


def _relative_subject(verb: Token, nested: bool = False) -> bool:
    """"... is too low and not what's best for X", "..., 96% of which voted to remain": a verb whose subject is (or,
    nested, holds) a relative pronoun is a relative clause, never a clause of its own that someone said ("what they
    said would be their final offer" reports its verb's clause)."""
    return any(g.dep_ in ("nsubj", "nsubjpass")
               and any(_relative_in(t, g) for t in g.subtree if not nested or t.i != g.i) for g in verb.children)


def _relative_in(tok: Token, subject: Token) -> bool:
    """A relative pronoun of the subject's own phrase ("which" of "96% of which"), not of a clause inside it ("the
    FTC, which sued ...")."""
    if tok.tag_ not in ("WDT", "WP", "WP$") or tok.lower_ == "that":
        return False
    cur = tok
    while cur.i != subject.i:
        if cur.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            return False
        cur = cur.head
    return True


def _parallel_to_saying(clause: Token, conj: Token) -> bool:
    """"said it would not negotiate and called for calm": a simple past verb joined to a clause built with a
    modal (would/will/could + verb) is not in that clause's tense - it is a second act of the speaker, not part
    of what was said. Not after "had": "had attacked X and killed Y" is one clause."""
    if conj.tag_ != "VBD" or clause.tag_ != "VB":
        return False
    # only after a modal: "had attacked X and killed Y" is one clause (a regular past form may be either)
    if not any(g.dep_ == "aux" and g.tag_ == "MD" for g in clause.children):
        return False
    return not any(g.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for g in conj.children)


def split_clause(clause: Token) -> list[tuple[Token, set[int]]]:
    """A content clause and the "... and that Y" clauses inside it, each with the tokens to leave out."""
    exclude: set[int] = set()
    second = []
    for c in clause.subtree:
        dep = c.dep_
        if dep != "conj" and dep != "advcl":
            continue  # only a conjoined or adverbial verb opens a clause of its own
        if _participle_speech(c, c.head.i == clause.i):
            exclude.update(t.i for t in c.subtree)  # "..., warning that X": a quote of its own
            exclude.update(g.i for g in c.head.children if g.dep_ == "cc" and g.i == c.i - 1)
        if dep != "conj" or c.pos_ not in ("VERB", "AUX") or c.i in exclude:
            continue
        direct = c.head.i == clause.i
        if direct and _parallel_to_saying(clause, c):
            exclude.update(t.i for t in c.subtree)
            exclude.update(g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i)
            continue
        joined = any(g.dep_ == "cc" and g.i < c.i for g in c.head.children)  # "..., and Y" / "but Y"
        is_second = _leading_that(c) or (direct and joined and _starts_clause(c) and c.lemma_ not in _NOT_CONTENT
                                         and not _relative_subject(c))
        # "said the offer was “frustrating” and highlighted ...": a verb of saying the parser hung on an adjective
        # or a noun of the clause is the speaker's second act, not part of what was said
        misattached = c.lemma_ in gz.REPORTING_VERBS and c.head.pos_ not in ("VERB", "AUX") \
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        if ((direct or misattached) and c.lemma_ in _NOT_CONTENT) or is_second:
            exclude.update(t.i for t in c.subtree)
            exclude.update(g.i for g in c.head.children if g.dep_ == "cc" and g.i < c.i)
            if is_second:
                second.append(c)
    return [(clause, exclude)] + [(c, set()) for c in second]


_AUDIENCE_VERBS = frozenset({"tell", "brief", "inform", "assure", "remind", "warn", "address"})
# verbs that state a content clause only with "that": rulings ("ruled that", not "decide": deciding is no
# saying), denials and charges ("denied that X", "charged that Y"; "denied the claim" is a rejection)
_RULING_VERBS = frozenset({"rule", "find", "hold", "deny", "charge"})


def _rules_that(tok: Token) -> bool:
    """"the court ruled that X must ...", "the tribunal found that ...": a ruling states its content like a verb
    of saying (with "that"; never "ruled out")."""
    if tok.lemma_ not in _RULING_VERBS or any(c.dep_ == "prt" for c in tok.children):
        return False
    return any(c.dep_ == "ccomp" and _leading_that(c) for c in tok.children)


def _commits_that(tok: Token) -> bool:
    """"threatened that if X, he will quit", "pledged that the US would lower ...", "promised they would kill the
    motion": a verb of committing with a finite content clause states it like a verb of saying ("vowed to ..." with
    an infinitive is a commitment only)."""
    if tok.lemma_ not in gz.THREAT_VERBS and tok.lemma_ not in gz.COMMIT_VERBS:
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               for c in tok.children)


def content_clauses(verb: Token) -> list[tuple[Token, set[int]]]:
    """The content clauses under a verb of saying, each with the tokens to leave out."""
    out = []
    for child in verb.children:
        if child.lower_ == "clear" and child.dep_ in ("ccomp", "acomp"):
            # "made it clear that X", the clause hung on "clear"
            out.extend(c for g in child.children if g.dep_ in ("ccomp", "advcl") and _leading_that(g)
                       for c in split_clause(g))
        elif child.dep_ == "ccomp" and child.lemma_ in gz.REPORTING_VERBS and child.i > verb.i \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            out.extend(content_clauses(child))  # "said X and warned that Y": the parser hung "warned" on "said"
        elif child.dep_ == "ccomp" and _relative_subject(child, nested=True):
            continue  # "its 30,000 inhabitants, 96% of which voted ...": a relative clause the parser hung on the verb
        elif child.dep_ == "ccomp" and (child.pos_ in ("VERB", "AUX") or child.i < verb.i
                                      or any(g.dep_ in ("nsubj", "nsubjpass", "cop") for g in child.children)):
            out.extend(split_clause(child))  # not a verbless apposition hung on the verb (", a militia founded by")
        elif child.dep_ == "xcomp" and (verb.lemma_ in _INFINITIVE_SAY or child.tag_ == "VBG"):
            out.append((child, set()))  # "claimed to have won", "admitted taking the money"
        elif child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child.i > verb.i \
                and _starts_clause(child) and _leading_that(child):
            out.append((child, set()))  # "said X, but that it expected Y"
        elif _modal_contrast(verb, child):
            out.extend(split_clause(child))
        elif child.dep_ == "dobj" and verb.lemma_ not in _AUDIENCE_VERBS \
                and any(_finite_clause(g) for g in child.children):
            # ("told strikers gathered outside": the object of "tell" is its audience)
            out.append((child, set()))  # "saying the mines dated from ...", parsed as a noun and its modifier
        elif child.dep_ == "dobj" and verb.lemma_ in _AUDIENCE_VERBS:
            # "told a briefing that there is no dispute": the that-clause the parser hung on the audience
            out.extend(c for g in child.children if _that_clause_read_as_relative(g) for c in split_clause(g))
        elif child.dep_ == "prep":
            out.extend(_clause_in_prep(child))
    if out or _infinitive(verb):
        return out
    if _inverted_after(verb):
        # "Instead, they insisted that X, said negotiator Ana Ruiz.": the clause the attribution is set after
        out.append((verb.head, {t.i for t in verb.subtree}))
    elif _as_attribution(verb):
        out.append((verb.head, _far_side(verb)))
    elif verb.dep_ not in ("ccomp", "parataxis"):
        return out
    elif _parenthetical(verb):
        # "Climate change, he says, is ...", "Instead, she said, her boss told her ...": the clause around it
        out.append((verb.head, _attribution_tokens(verb)))
    elif _colon_after(verb):
        # "X was clear: they want Y": the clause after the colon
        out.append((verb.head, {t.i for t in verb.subtree}))
    elif verb.head.i < verb.i and verb.head.lemma_ not in gz.REPORTING_VERBS:
        # "The exchange brought home 270 soldiers, the ministry said."
        out.append((verb.head, {t.i for t in verb.subtree}))
    return out


def _inverted_after(verb: Token) -> bool:
    """"X, said Y.": an inverted attribution after a comma that the parser conjoined to the clause it reports."""
    doc = verb.doc
    return verb.dep_ == "conj" and verb.head.i < verb.i and verb.i > 0 and doc[verb.i - 1].text == "," \
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children) \
        and not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)


_OBJECT_DEPS = frozenset({"ccomp", "dobj", "xcomp", "dative", "oprd"})


def _as_attribution(verb: Token) -> bool:
    """"As the agency reported, X", "X, as she noted": an attribution the parser hung on the clause it reports as an
    adverbial clause set off by a comma, its "as" standing for the content (the verb has no object or clause of its
    own: not "as she said she would", "as he commented on the plan")."""
    return verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
        and [c.lower_ for c in verb.children if c.dep_ == "mark"] == ["as"] \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in _OBJECT_DEPS or _topic_phrase(c) for c in verb.children) \
        and _comma_between(verb) is not None


def _comma_between(verb: Token) -> int | None:
    """The comma that sets the attribution off from the clause it reports: the first after it, or the last before."""
    doc = verb.doc
    if verb.i < verb.head.i:
        return next((k for k in range(verb.i + 1, verb.head.i) if doc[k].text == ","), None)
    return next((k for k in range(verb.i - 1, verb.head.i, -1) if doc[k].text == ","), None)


def _far_side(verb: Token) -> set[int]:
    """The attribution and what stands on its side of the clause it reports ("Of course, as X noted, C": only C)."""
    comma = _comma_between(verb)
    if verb.i < verb.head.i:
        return {t.i for t in verb.head.subtree if t.i <= comma}
    return {t.i for t in verb.head.subtree if t.i >= comma}


def _topic_phrase(prep: Token) -> bool:
    """"commented on the plan", "spoke about X": what the verb is about, not a time ("reported on Monday")."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "about", "to", "at", "of") \
        and not any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _modal_contrast(verb: Token, conj: Token) -> bool:
    """"said the House could send X, but the Senate would reject it": a clause with a subject and a modal of its
    own, set against the reported one by "but", is reported too."""
    return conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX") and conj.i > verb.i \
        and conj.lemma_ not in gz.REPORTING_VERBS \
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in conj.children) \
        and any(g.dep_ == "aux" and g.tag_ == "MD" for g in conj.children) \
        and any(c.dep_ == "cc" and c.lower_ == "but" and verb.i < c.i < conj.i for c in verb.children)


def _colon_after(verb: Token) -> bool:
    """"X was clear: they want Y": an attribution ending in a colon, which the parser hung on the clause after it."""
    end = verb.right_edge.i
    return verb.head.i > end + 1 and verb.doc[end + 1].text == ":"


def _attribution_tokens(verb: Token) -> set[int]:
    """The words of a parenthetical attribution: the verb's subtree between its commas (what the parser hung on
    it before the first comma, "After the court ruled, X said, ...", belongs to the clause)."""
    first = min(c.i for c in verb.children if c.text == "," and c.i < verb.i)
    return {t.i for t in verb.subtree if t.i >= first}


_QUESTION_WORDS = frozenset({"where", "which", "what", "when", "why", "how", "who", "whom", "whether", "if"})


def _left_open(verb: Token) -> bool:
    """"He did not say where the talks took place", "X didn't say which demands could be eased and ...": a verb of
    saying denied, whose content is a question, reports nothing said."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    return clause is not None and clause.left_edge.lower_ in _QUESTION_WORDS


def _infinitive(verb: Token) -> bool:
    """"expects the union to respond": an infinitive is never an attribution of the clause above it."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _parenthetical(verb: Token) -> bool:
    """"X, he said, is Y": an attribution set off by commas inside the clause it reports."""
    commas = [c.i for c in verb.children if c.text == ","]
    return verb.dep_ == "parataxis" and any(i < verb.i for i in commas) and any(i > verb.i for i in commas)


def _clause_in_prep(prep: Token) -> list[tuple[Token, set[int]]]:
    """"said in a statement that X": the clause the parser hung on the noun as a relative clause."""
    out = []
    for pobj in prep.children:
        for rel in pobj.children:
            subj = next((g for g in rel.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if rel.dep_ in ("relcl", "acl") and subj is not None \
                    and subj.lower_ not in ("that", "which", "who") and _leading_that(rel):
                out.extend(split_clause(rel))
    return out


def _frames_clause(noun: Token) -> bool:
    """"In X's view, C": a view noun with its holder, in a phrase on the clause's verb."""
    return noun.head.lower_ in ("in", "by") and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "poss" for c in noun.children)


def _verb_read_as_noun(tok: Token) -> bool:
    """"But Trump claims that he should ...": a verb the tagger took for a plural noun, with a subject and a
    content clause of its own."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ == "ccomp" for c in tok.children)


# the lemmas (as hashes: a token's lemma hash is read without building its string) of every cue the finder reads:
# verbs of saying, with "be"/"make" clear and the phrasal ones, of ruling, and the view nouns (the lemmas of verbs
# and common nouns are lower case)
_CUE_LEMMAS = frozenset(hash_string(w) for w in gz.REPORTING_VERBS | _RULING_VERBS | gz.VIEW_NOUNS
                        | gz.THREAT_VERBS | gz.COMMIT_VERBS
                        | set(gz.SPEECH_PARTICLES) | {"be", "make"})


class ReportedFinder:
    """Finds reported speech in one parsed article."""

    def __init__(self, doc: Doc, speakers: Speakers, quotes: QuoteFinder):
        self.doc = doc
        self.speakers = speakers
        self.quotes = quotes

    def cues(self):
        """Each verb of saying (or ruling) and each "In X's view" noun, with the rules that read it."""
        quoted = self.quotes.quoted
        for tok in tokens(self.doc):
            if tok.lemma not in _CUE_LEMMAS:
                continue
            pos = tok.pos_
            if (pos != "VERB" and pos != "NOUN" and pos != "AUX") or tok.i in quoted:
                continue
            if pos == "AUX" and tok.lemma_ == "be" and is_saying(tok):
                yield tok, self._from_verb  # "X was clear that ..."
            elif pos == "VERB" and (is_saying(tok) or _rules_that(tok) or _commits_that(tok)):
                yield tok, self._from_verb
            elif pos == "NOUN" and tok.lemma_ in gz.REPORTING_VERBS and _verb_read_as_noun(tok):
                yield tok, self._from_verb
            elif pos == "NOUN" and tok.dep_ == "pobj" and tok.lemma_.lower() in gz.VIEW_NOUNS and _frames_clause(tok):
                yield tok, self._from_view

    def find(self, direct: list[Quote]) -> list[Quote]:
        """Reported quotes; a cue whose rules fail on an odd parse is logged and skipped."""
        out: list[Quote] = []
        for cue, rules in self.cues():
            try:
                out.extend(rules(cue))
            except Exception:  # noqa: BLE001 - logged with its traceback, the article goes on
                log.exception("reported-speech rules failed at %r", cue.sent.text[:200])
        return out

    def _from_verb(self, verb: Token) -> list[Quote]:
        """The content clauses of one verb of saying whose subject is an actor."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _left_open(verb):
            return []
        speakers = self.speakers.of_cue(self.quotes.cue_subject(verb), verb)
        return self._quotes(speakers, content_clauses(verb), verb.text) if speakers else []

    def _from_view(self, noun: Token) -> list[Quote]:
        """"In X's view, C" / "By X's account, C": the holder of the view says the clause it frames."""
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        speakers = self.speakers.members(holder)
        if not speakers:
            return []
        prep = noun.head
        return self._quotes(speakers, [(prep.head, {t.i for t in prep.subtree})], noun.text)

    def _quotes(self, speakers: list[str], clauses, cue: str) -> list[Quote]:
        out = []
        text = doc_text(self.doc)
        for clause, exclude in clauses:
            toks = clause_tokens(clause, exclude)
            if len(toks) < 2 or self._only_quotation(toks) or toks[0].tag_ in ("WDT", "WP"):
                continue  # "the talks, which Iran says are constructive": a relative clause is no quote
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            out.extend(Quote(_clean(_words(text, toks)), False, cue, s, start, end) for s in speakers)
        return out

    def _only_quotation(self, toks: list[Token]) -> bool:
        """Whether the clause's words are all inside quotation marks."""
        words = [t for t in toks if not t.is_punct and not t.is_space]
        return bool(words) and all(t.i in self.quotes.quoted for t in words)


def _words(text: str, toks: list[Token]) -> str:
    """The text of the tokens, a run left out in the middle ("Instead, she said, her boss ...") skipped."""
    runs, begin = [], toks[0]
    for prev, tok in zip(toks, toks[1:], strict=False):
        if tok.i != prev.i + 1:
            runs.append(text[begin.idx:prev.idx + len(prev.text)])
            begin = tok
    runs.append(text[begin.idx:toks[-1].idx + len(toks[-1].text)])
    return " ".join(runs)


_SINGLE_MARK = re.compile(r"(?<![\w])['‘’]|['‘’](?![\w])")


def _clean(words: str) -> str:
    """The clause without quotation marks (apostrophes inside words stay)."""
    for mark in "“”\"":
        words = words.replace(mark, "")
    return " ".join(_SINGLE_MARK.sub("", words).split())

