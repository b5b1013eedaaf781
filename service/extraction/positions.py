"""A position found in a sentence, and the parse helpers the position rules share."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .actors import ActorTable

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


def subtree(tok: Token, exclude: set[int] | None = None) -> list[Token]:
    exclude = exclude or set()
    return [t for t in tok.subtree if t.i not in exclude]


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def negated(tok: Token) -> bool:
    """"not", "never", "no"; "no longer" ("will no longer accept")."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")
               or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children)


def side_of(actors: ActorTable, name: str) -> str:
    """The state or organization a person is affiliated to, else the actor itself."""
    info = actors.actors.get(name)
    return info.affiliation if info and info.affiliation else name


def coordinated(verb: Token) -> set[int]:
    """Tokens of clauses coordinated after this one ("would never X and demanded Y": another tense or its own
    subject), with their "and"; "must grant X and account for Y" shares the modal and stays."""
    out: set[int] = set()
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > verb.i \
                and (conj.tag_ != verb.tag_ or child(conj, "nsubj", "nsubjpass") is not None):
            out |= {t.i for t in conj.subtree}
            out |= {c.i for c in verb.children if c.dep_ == "cc" and c.i < conj.i}
    return out


def subjunctive(verb: Token) -> bool:
    """"(insisting that) provinces stop subsidising", "(that) the dispute be settled by X": a bare verb."""
    if verb.tag_ == "VBN":
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return len(auxes) == 1 and auxes[0].lower_ == "be"
    return verb.tag_ in ("VB", "VBP") and verb.lemma_ not in ("be", "have", "do") and child(verb, "aux") is None


def if_clause(verb: Token) -> Token | None:
    """The verb's "if" clause."""
    return next((c for c in verb.children if c.dep_ == "advcl"
                 and any(g.lower_ == "if" and g.dep_ == "mark" for g in c.children)), None)


def in_if_clause(tok: Token) -> bool:
    """The token sits in an "if" / "unless" / "whether" clause (or its head does): a condition, not a position."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for t in (tok, *tok.ancestors)
               for c in t.children)


def condition_clause(verb: Token) -> Token | None:
    """The condition a denied position is held under: "unless / until / before Y", "as long as Y", "without Y"."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS for g in c.children):
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
    return next((c for c in tok.children if c.dep_ == "advcl" and any(g.lower_ == "only" for g in c.children)
                 and any(g.dep_ == "mark" for g in c.children)), None)


def clause_words(clause: Token) -> list[Token]:
    """A condition's words without its marks ("only if", "as long as")."""
    marks = {"only", "if", "when", "once", "after", "unless", "until", "before", "as", "so", "that"}
    return [t for t in clause.subtree if not (t.lower_ in marks and t.head.i == clause.i
                                              and t.dep_ in ("mark", "advmod"))]
