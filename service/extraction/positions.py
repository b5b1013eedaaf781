"""A position found in a sentence, and the parse helpers the position rules share."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .actors import ActorTable
from .nlp import tokens

CONDITION_MARKS = frozenset({"until", "unless", "before"})
MUST_WORDS = frozenset({"must", "should"})
NEVER_ACCEPT_VERBS = frozenset({"accept", "agree", "sign", "tolerate", "allow", "support", "recognise", "recognize",
                                "afford"})
NEG_REJECT_VERBS = frozenset({"agree", "negotiate", "vote", "hand", "give", "talk", "engage", "discuss"})
# "the Fund's insistence that X raise ...", "rejected Iceland's proposal to ...": a position stated as a noun
POSITION_NOUNS = {"insistence": "demand", "demand": "demand", "call": "demand", "request": "demand",
                  "ultimatum": "demand", "push": "demand", "proposal": "proposal", "offer": "proposal",
                  "plan": "proposal", "bid": "proposal", "counteroffer": "proposal", "counterproposal": "proposal",
                  "suggestion": "proposal",
                  "opposition": "rejection"}
# "Kosovo's bid to join X", "X's push to negotiate": an effort described, a position only once another party answers it
EFFORT_NOUNS = frozenset({"bid", "push"})
# "rejected Samsung's bid", "accepted the union's demand": a position of the noun's owner answered by another party
ANSWER_VERBS = frozenset({"reject", "refuse", "dismiss", "rebuff", "spurn", "oppose", "accept", "consider",
                          "welcome", "table", "study", "discuss"})


@dataclass
class Position:
    kind: str
    holder: str
    target: str | None
    tokens: list[Token]
    sent: Span
    allies: tuple[str, ...] = ()
    learned: bool = False  # found by the position classifier, not by a rule


def kids(tok: Token) -> tuple[Token, ...]:
    """A token's children in order, as ``tok.children`` gives them, listed once per doc (``tok.children`` builds
    a new Token object for each child at every call)."""
    try:
        return tok.doc.user_data[_TREE].kids[tok.i]
    except KeyError:
        return _tree(tok.doc).kids[tok.i]


def sent_tokens(sent: Span) -> list[Token]:
    """A sentence's tokens, taken from the doc's listed tokens."""
    return tokens(sent.doc)[sent.start:sent.end]


def subtree(tok: Token, exclude: set[int] | None = None) -> list[Token]:
    """The token's subtree in the order of ``tok.subtree``, without the excluded positions."""
    words = _tree(tok.doc).subtree(tok.i)
    return [t for t in words if t.i not in exclude] if exclude else list(words)


# the word attributes listed per token by rows(doc), in this order
ROW_ATTRS = ("LEMMA", "LOWER", "POS", "TAG", "DEP")


def rows(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    """Each token's lemma_, lower_, pos_, tag_ and dep_, read once per doc (each ``tok.lemma_`` decodes a new
    string)."""
    return _tree(doc).rows


def heads(doc: Doc) -> list[int]:
    """Each token's head position, read once per doc."""
    return _tree(doc).heads


# the strings of the hashes rows() met (a hash names one string whatever the doc), up to a bound
_NAMES: dict[int, str] = {}
_MAX_NAMES = 200_000


class _Tree:
    """A doc's parse read once: each token's attributes and children, and the subtrees that are one stretch of the
    doc."""

    def __init__(self, doc: Doc):
        self.listed = tokens(doc)
        values = doc.to_array(ROW_ATTRS).ravel().tolist()
        unknown = set(values).difference(_NAMES)
        if unknown:
            if len(_NAMES) > _MAX_NAMES:
                _NAMES.clear()
            _NAMES.update((value, doc.vocab.strings[value]) for value in unknown)
        words = iter(map(_NAMES.__getitem__, values))
        self.rows = list(zip(*[words] * len(ROW_ATTRS), strict=True))  # one row per token, read in turn
        found: list[list[Token]] = [[] for _ in self.listed]
        self.heads: list[int] = []
        for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist()):
            self.heads.append(i + offset)
            if offset:
                found[i + offset].append(self.listed[i])
        self.kids = [tuple(c) for c in found]
        self.stretches: dict[int, tuple[int, int] | None] = {}
        self.crossed: dict[int, tuple[Token, ...]] = {}

    def stretch(self, i: int) -> tuple[int, int] | None:
        """The bounds of the token's subtree when no arc crosses into it (tok.subtree then lists the stretch in
        order), else None."""
        if i not in self.stretches:
            first = last = i
            size = 1
            for c in self.kids[i]:
                bounds = self.stretch(c.i)
                if bounds is None:
                    break
                first, last, size = min(first, bounds[0]), max(last, bounds[1] - 1), size + bounds[1] - bounds[0]
            else:
                self.stretches[i] = (first, last + 1) if last - first + 1 == size else None
                return self.stretches[i]
            self.stretches[i] = None
        return self.stretches[i]

    def subtree(self, i: int) -> tuple[Token, ...] | list[Token]:
        bounds = self.stretch(i)
        if bounds is not None:
            return self.listed[bounds[0]:bounds[1]]
        words = self.crossed.get(i)
        if words is None:  # crossing arcs: the in-order walk of tok.subtree
            below = self.kids[i]
            words = self.crossed[i] = (*(t for c in below if c.i < i for t in self.subtree(c.i)), self.listed[i],
                                       *(t for c in below if c.i > i for t in self.subtree(c.i)))
        return words


_TREE = "parley_tree"


def _tree(doc: Doc) -> _Tree:
    tree = doc.user_data.get(_TREE)
    if tree is None:
        tree = doc.user_data[_TREE] = _Tree(doc)
    return tree


def child(tok: Token, *deps: str) -> Token | None:
    for c in kids(tok):
        if c.dep_ in deps:
            return c
    return None


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in kids(tok) if c.dep_ in deps]


def negated(tok: Token) -> bool:
    """"not", "never", "no"; "no longer" ("will no longer accept")."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")
               or c.lower_ == "longer" and any(g.lower_ == "no" for g in kids(c)) for c in kids(tok))


def side_of(actors: ActorTable, name: str) -> str:
    """The state or organization a person is affiliated to, else the actor itself."""
    info = actors.actors.get(name)
    return info.affiliation if info and info.affiliation else name


def coordinated(verb: Token) -> set[int]:
    """Tokens of clauses coordinated after this one ("would never X and demanded Y": another tense or its own
    subject), with their "and"; "must grant X and account for Y" shares the modal and stays."""
    out: set[int] = set()
    for conj in kids(verb):
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > verb.i \
                and (conj.tag_ != verb.tag_ or child(conj, "nsubj", "nsubjpass") is not None):
            out |= {t.i for t in subtree(conj)}
            out |= {c.i for c in kids(verb) if c.dep_ == "cc" and c.i < conj.i}
    return out


def subjunctive(verb: Token) -> bool:
    """"(insisting that) provinces stop subsidising", "(that) the dispute be settled by X": a bare verb."""
    if verb.tag_ == "VBN":
        auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
        return len(auxes) == 1 and auxes[0].lower_ == "be"
    return verb.tag_ in ("VB", "VBP") and verb.lemma_ not in ("be", "have", "do") and child(verb, "aux") is None


def if_clause(verb: Token) -> Token | None:
    """The verb's "if" clause."""
    return next((c for c in kids(verb) if c.dep_ == "advcl"
                 and any(g.lower_ == "if" and g.dep_ == "mark" for g in kids(c))), None)


def in_if_clause(tok: Token) -> bool:
    """The token sits in an "if" / "unless" / "whether" clause (or its head does): a condition, not a position."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for t in (tok, *tok.ancestors)
               for c in kids(t))


def condition_clause(verb: Token) -> Token | None:
    """The condition a denied position is held under: "unless / until / before Y", "as long as Y", "without Y"."""
    for c in kids(verb):
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in kids(c)):
            return c
        if c.dep_ == "advmod" and c.lower_ == "long":
            clause = child(c, "advcl")  # "as long as Y": parsed as a clause of "long"
            if clause is not None:
                return clause
        if c.dep_ == "prep" and c.lower_ in ("without", "until") and child(c, "pobj") is not None:
            return child(c, "pobj")
    return None


def only_condition(tok: Token) -> Token | None:
    """"possible only if / only when / only after Y": Y."""
    return next((c for c in kids(tok) if c.dep_ == "advcl" and any(g.lower_ == "only" for g in kids(c))
                 and any(g.dep_ == "mark" for g in kids(c))), None)


def clause_words(clause: Token) -> list[Token]:
    """A condition's words without its marks ("only if", "as long as")."""
    marks = {"only", "if", "when", "once", "after", "unless", "until", "before", "as", "so", "that"}
    return [t for t in subtree(clause) if not (t.lower_ in marks and t.head.i == clause.i
                                              and t.dep_ in ("mark", "advmod"))]
