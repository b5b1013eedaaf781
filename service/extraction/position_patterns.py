"""Constructions that state a position without a demand verb, as dependency patterns kept as data.

One pattern per construction, written in spaCy's DependencyMatcher format (only the ">" relation, and
the LEMMA, LOWER, DEP, POS and TAG attributes, each a string or {"IN": [...]}); ``demands.py`` reads
each match by its name. The anchor (first node) is the token the position hangs on. ``PositionMatcher``
matches them by walking the parse from the anchors its index picks out: it gives the DependencyMatcher's
matches (a test holds the two equal) at a fraction of its cost, since most patterns hang on rare words.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .nlp import tokens
from .positions import ROW_ATTRS, kids, rows

COPULAS = ["be", "remain", "seem", "appear"]
# "X is impossible", "X is out of the question": a possibility denied
IMPOSSIBLE_ADJS = ["impossible", "unthinkable", "inconceivable", "inadmissible", "unrealistic"]
# "X is not possible", "no deal will be possible as long as ...", "possible only if ..."
POSSIBLE_ADJS = ["possible", "feasible", "achievable", "conceivable", "realistic"]
# "has no intention of negotiating": the holder's own refusal
INTENTION_NOUNS = ["intention", "intent", "desire", "interest", "wish"]
# "has no authority to negotiate": another party's act declared illegitimate
AUTHORITY_NOUNS = ["authority", "right", "mandate", "legitimacy", "power"]
# "guarantees are necessary", "progress is needed before talks": a requirement in someone's words
NEEDED_ADJS = ["necessary", "needed", "required", "imperative"]
# "there is an urgent need for a ceasefire", "there is need to reach X": a requirement in someone's words
NEED_NOUNS = ["need", "necessity"]
# "remains committed to completing the merger", "is determined to recover the islands": a commitment
COMMITTED_ADJS = ["committed", "dedicated"]
DETERMINED_ADJS = ["determined", "resolved", "intent"]
# "would consider lifting sanctions if X ...": an offer on a condition
OFFER_VERBS = ["consider", "accept", "sign", "join", "allow", "lift", "support", "drop"]
# "warned of consequences if X ...": a threat
WARNING_NOUNS = ["consequence", "retaliation", "reprisal", "countermeasure", "response", "sanction", "action",
                 "measure", "escalation"]
# "will fight the budget cuts", "would challenge the ruling": a measure opposed ahead
CONTEST_VERBS = ["fight", "challenge", "contest", "resist", "appeal"]
FUTURE_AUX = ["will", "would", "'ll", "shall"]
# "will pursue legal action against the decision"
ACTION_VERBS = ["take", "pursue", "launch", "bring", "file", "mount"]
ACTION_NOUNS = ["action", "challenge", "appeal", "case", "lawsuit", "suit", "proceedings"]
# "Our decision is to give up X if Y", "the union's aim is to restore X": an owned intent stated as the predicate
INTENT_NOUNS = ["decision", "aim", "goal", "objective", "intention", "plan", "offer", "proposal"]
# "the parties have a responsibility to limit the deficit", in someone's words: a demand on the subject
DUTY_NOUNS = ["responsibility", "duty", "obligation"]
# "is holding out for a larger share": a demand
# "had no choice but to escalate": a consequence announced
CHOICE_NOUNS = ["choice", "option", "alternative"]
# "the offer was conditional on X"
CONDITIONAL_ADJS = ["conditional", "contingent", "dependent"]
# "the premise for dialogue is that X withdraws", "the union's key demand is a shorter week"
CONDITION_NOUNS = ["condition", "precondition", "prerequisite", "premise", "basis", "requirement", "demand", "request"]
# "expressed readiness to continue talks", "Japan's resolve to strike a package deal" (an offer); "its refusal to
# negotiate" (a rejection)
DISPOSITION_NOUNS = ["readiness", "willingness", "preparedness", "resolve", "determination", "commitment",
                     "refusal", "unwillingness", "reluctance"]
# "presented a five-point proposal"
PLAN_NOUNS = ["proposal", "plan", "offer", "bid", "initiative", "roadmap", "package", "counterproposal",
              "counteroffer", "blueprint", "framework"]
PRESENT_VERBS = ["present", "submit", "unveil", "table", "make", "lay", "float", "put", "draw", "deliver", "set",
                 "spell", "outline", "lodge", "announce", "launch"]
# "set out its terms for a settlement", "laid down conditions": what the presenter requires
TERMS_NOUNS = ["term", "condition", "demand", "precondition"]
# "denied the possibility of an early deal"
DENY_VERBS = ["deny", "rule", "exclude", "dismiss", "reject"]
POSSIBILITY_NOUNS = ["possibility", "prospect", "idea", "notion", "option"]
# "sees no possibility of cooperation", "does not see any prospect of a deal"
SEE_VERBS = ["see", "find"]
# "broke off talks", "ended discussions", "walked out of the negotiations": talks refused
TALK_NOUNS = ["talk", "negotiation", "discussion", "dialogue"]
QUIT_VERBS = ["break", "call", "end", "abandon", "quit"]
LEAVE_VERBS = ["walk", "pull", "withdraw"]
# "we're not backing down", "they do not plan on backing down": a position held
YIELD_VERBS = ["back", "budge", "yield", "cave", "relent", "bow", "capitulate", "surrender"]
# "the door remains open to talks", "left the door open for negotiations": an offer to talk
OPENING_NOUNS = ["door", "window"]
# "the union's rejection of the offer", "the rejection of X by Y"
REJECTION_NOUNS = ["rejection", "refusal"]
# "China's stance that Japan admit mistakes": a position noun with a subjunctive clause
STANCE_NOUNS = ["stance", "position", "view", "line"]
# "the offer is not good enough", "a down payment would not be a reasonable agreement", "X was insufficient"
# ("not acceptable" is a demand that X end: DEMAND_PHRASES in demands.py)
APPROVAL_WORDS = ["enough", "sufficient", "adequate", "reasonable", "fair", "serious", "credible",
                  "option", "solution", "answer", "basis"]
SHORTFALL_ADJS = ["insufficient", "inadequate", "derisory", "insulting", "unreasonable"]
# "set a deadline for Royal Mail to improve its offer", "issued an ultimatum to Serbia to ..."
DEADLINE_VERBS = ["set", "give", "issue", "impose", "deliver", "present"]
DEADLINE_NOUNS = ["deadline", "ultimatum"]
# "What we cannot accept is X", "What Hamas wants is X": the position is the predicate
# "either X does A or we will B": an ultimatum
# "the offer made by X", "a ceasefire proposed by X", "rejected by X": positions held by an agent
AGENT_VERBS = ["reject", "refuse", "dismiss", "rebuff", "spurn", "veto", "oppose",
               "propose", "offer", "table", "submit", "present", "make", "put", "float", "suggest",
               "demand", "request", "set", "impose", "issue"]

PATTERNS: dict[str, list[list[dict]]] = {
    "needed": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj",
         "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": NEEDED_ADJS}}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["need", "require"]}, "TAG": "VBN"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj", "RIGHT_ATTRS": {"DEP": "auxpass"}},
    ]],
    "need_exists": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "be"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "there", "RIGHT_ATTRS": {"DEP": "expl"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": {"IN": ["attr", "nsubj"]}, "LEMMA": {"IN": NEED_NOUNS}}},
    ]],
    "committed_to": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj",
         "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": COMMITTED_ADJS}}},
        {"LEFT_ID": "adj", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "to"}},
        {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "pcomp", "POS": "VERB"}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj",
         "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": DETERMINED_ADJS}}},
        {"LEFT_ID": "adj", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
    ]],
    "conditional_offer": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": OFFER_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "aux",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": ["would", "could", "'d"]}}},
    ]],
    "warn_of": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "warn", "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of", "DEP": "prep"}},
        {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "thing",
         "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"IN": WARNING_NOUNS}}},
    ]],
    "contest": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": CONTEST_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "aux",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": FUTURE_AUX}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": "dobj", "POS": "NOUN"}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ACTION_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "aux",
         "RIGHT_ATTRS": {"DEP": "aux", "LOWER": {"IN": FUTURE_AUX}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "action",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": ACTION_NOUNS}}},
        {"LEFT_ID": "action", "REL_OP": ">", "RIGHT_ID": "against", "RIGHT_ATTRS": {"LOWER": "against"}},
        {"LEFT_ID": "against", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ]],
    "intent_is": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "be"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": INTENT_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "owner", "RIGHT_ATTRS": {"DEP": "poss"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
    ]],
    "duty": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "have"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": DUTY_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "act",
         "RIGHT_ATTRS": {"DEP": {"IN": ["acl", "relcl"]}, "POS": "VERB"}},
    ]],
    "hold_out_for": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "hold", "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "out", "RIGHT_ATTRS": {"LOWER": "out", "DEP": "prt"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "for", "RIGHT_ATTRS": {"LOWER": "for", "DEP": "prep"}},
        {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}}},
    ]],
    "no_choice": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "have"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": CHOICE_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "but", "RIGHT_ATTRS": {"LOWER": {"IN": ["but", "than"]}}},
        {"LEFT_ID": "but", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": {"IN": ["pcomp", "pobj"]}}},
    ]],
    "conditional_on": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj",
         "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": CONDITIONAL_ADJS}}},
    ]],
    "condition_is": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "be"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": CONDITION_NOUNS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "pred", "RIGHT_ATTRS": {"DEP": {"IN": ["ccomp", "attr"]}}},
    ]],
    "not_enough": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "pred",
         "RIGHT_ATTRS": {"DEP": {"IN": ["acomp", "attr"]}, "LEMMA": {"IN": APPROVAL_WORDS + SHORTFALL_ADJS}}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "pred", "RIGHT_ATTRS": {"DEP": {"IN": ["acomp", "attr"]}}},
        {"LEFT_ID": "pred", "REL_OP": ">", "RIGHT_ID": "enough",
         "RIGHT_ATTRS": {"DEP": {"IN": ["advmod", "amod"]}, "LOWER": "enough"}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "pred", "RIGHT_ATTRS": {"DEP": "attr"}},
        {"LEFT_ID": "pred", "REL_OP": ">", "RIGHT_ID": "quality",
         "RIGHT_ATTRS": {"DEP": "amod", "LEMMA": {"IN": APPROVAL_WORDS}}},
    ]],
    "deadline": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": DEADLINE_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": DEADLINE_NOUNS}}},
    ]],
    "stance_that": [[
        {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LEMMA": {"IN": STANCE_NOUNS}, "POS": "NOUN"}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "clause",
         "RIGHT_ATTRS": {"DEP": {"IN": ["acl", "ccomp"]}, "POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "clause", "REL_OP": ">", "RIGHT_ID": "that", "RIGHT_ATTRS": {"LOWER": "that", "DEP": "mark"}},
    ]],
    "disposition": [[
        {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LEMMA": {"IN": DISPOSITION_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "acl", "POS": "VERB"}},
    ]],
    "present_plan": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": PRESENT_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": PLAN_NOUNS + TERMS_NOUNS}}},
    ]],
    "vote_against": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "vote", "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "against", "RIGHT_ATTRS": {"LOWER": "against", "DEP": "prep"}},
        {"LEFT_ID": "against", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "vote", "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "down", "RIGHT_ATTRS": {"LOWER": "down", "DEP": "prt"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": "dobj"}},
    ]],
    "deny_possibility": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": DENY_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": POSSIBILITY_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of"}},
        {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}}},
    ]],
    "no_possibility": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": SEE_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": POSSIBILITY_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of"}},
        {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": {"IN": ["pobj", "pcomp"]}}},
    ]],
    "quit_talks": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": QUIT_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "thing",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": TALK_NOUNS}}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": LEAVE_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep",
         "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["of", "from"]}}},
        {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "thing",
         "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"IN": TALK_NOUNS}}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": LEAVE_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "out", "RIGHT_ATTRS": {"LOWER": "out"}},
        {"LEFT_ID": "out", "REL_OP": ">", "RIGHT_ID": "prep", "RIGHT_ATTRS": {"DEP": "prep", "LOWER": "of"}},
        {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "thing",
         "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"IN": TALK_NOUNS}}},
    ]],
    "not_yield": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": YIELD_VERBS}, "POS": "VERB"}},
    ]],
    "door_open": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS + ["stay"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "nsubj", "LEMMA": {"IN": OPENING_NOUNS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "open", "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": "open"}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["leave", "keep", "hold"]}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": OPENING_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "open", "RIGHT_ATTRS": {"LOWER": "open"}},
    ], [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": ["leave", "keep", "hold"]}, "POS": "VERB"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": OPENING_NOUNS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "open", "RIGHT_ATTRS": {"LOWER": "open"}},
    ]],
    "rejection_noun": [[
        {"RIGHT_ID": "noun", "RIGHT_ATTRS": {"LEMMA": {"IN": REJECTION_NOUNS}, "POS": "NOUN"}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of", "DEP": "prep"}},
        {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "thing", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ]],
    "out_of_question": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "out", "RIGHT_ATTRS": {"LOWER": "out", "DEP": "prep"}},
        {"LEFT_ID": "out", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of"}},
        {"LEFT_ID": "of", "REL_OP": ">", "RIGHT_ID": "question", "RIGHT_ATTRS": {"LOWER": "question"}},
    ]],
    "impossible": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj",
         "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": IMPOSSIBLE_ADJS}}},
    ]],
    "possible": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": COPULAS}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "adj",
         "RIGHT_ATTRS": {"DEP": "acomp", "LOWER": {"IN": POSSIBLE_ADJS}}},
    ]],
    "no_intention": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "have"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": INTENTION_NOUNS}}},
    ]],
    "no_authority": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "have"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
         "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": AUTHORITY_NOUNS}}},
        {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "acl", "POS": "VERB"}},
    ]],
    "pseudo_cleft": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "be"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "csubj", "POS": "VERB"}},
        {"LEFT_ID": "act", "REL_OP": ">", "RIGHT_ID": "what",
         "RIGHT_ATTRS": {"DEP": "dobj", "LOWER": {"IN": ["what", "whatever"]}}},
    ]],
    "either_or": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "either", "RIGHT_ATTRS": {"LOWER": "either", "DEP": "preconj"}},
    ]],
    "passive_by": [[
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": AGENT_VERBS}, "TAG": "VBN"}},
        {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
        {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "agent", "RIGHT_ATTRS": {"DEP": "pobj"}},
    ]],
}


# the attributes a node may test, in the order of a token's row (and in which its anchor is looked up)
_COLUMNS = {key: column for column, key in enumerate(ROW_ATTRS)}


def _compiled(attrs: dict) -> tuple[tuple[int, frozenset[str]], ...]:
    """A node's attributes as (column of the token's row, allowed values) pairs."""
    return tuple((_COLUMNS[key], frozenset(want["IN"]) if isinstance(want, dict) else frozenset([want]))
                 for key, want in attrs.items())


def _fits(row: tuple[str, ...], tests: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    return all(row[column] in allowed for column, allowed in tests)


class PositionMatcher:
    """Finds every construction of PATTERNS in a parsed document, as (name, tokens in node order)."""

    def __init__(self, patterns: dict[str, list[list[dict]]] | None = None):
        # by the anchor's first tested attribute and value: the patterns as _Pattern
        self.anchors: dict[int, dict[str, list[_Pattern]]] = {}
        for name, alternatives in (patterns or PATTERNS).items():
            for number, pattern in enumerate(alternatives):
                anchor = pattern[0]["RIGHT_ATTRS"]
                key = next(k for k in ROW_ATTRS if k in anchor)
                words = anchor[key]["IN"] if isinstance(anchor[key], dict) else [anchor[key]]
                compiled = _Pattern(name, pattern, key, number)
                for word in words:
                    self.anchors.setdefault(_COLUMNS[key], {}).setdefault(word, []).append(compiled)
        self.columns = sorted(self.anchors.items())

    def __call__(self, doc: Doc) -> list[tuple[str, list[Token]]]:
        found = []
        table = rows(doc)
        present = [{row[column] for row in table} for column in _WORD_COLUMNS]
        viable: dict[str, bool] = {}  # the patterns whose words all occur in the doc
        for tok, row in zip(tokens(doc), table, strict=True):
            for column, index in self.columns:
                for pattern in index.get(row[column], ()):
                    if pattern.key not in viable:
                        viable[pattern.key] = pattern.viable(present)
                    if viable[pattern.key] and _fits(row, pattern.anchor):
                        found.extend((pattern.name, toks) for toks in self._bind(table, pattern.nodes, [tok]))
        return found

    def _bind(self, table: list[tuple], nodes: list[tuple[int, tuple]], bound: list[Token]) -> Iterator[list[Token]]:
        """Every way to bind the nodes after the bound ones to children of the tokens bound so far."""
        if len(bound) > len(nodes):
            yield list(bound)
            return
        left, tests = nodes[len(bound) - 1]
        for tok in kids(bound[left]):
            if _fits(table[tok.i], tests) and all(b.i != tok.i for b in bound):
                bound.append(tok)
                yield from self._bind(table, nodes, bound)
                bound.pop()


_WORD_COLUMNS = (_COLUMNS["LEMMA"], _COLUMNS["LOWER"])


class _Pattern:
    """One alternative of a construction: the anchor's tests but the one it is indexed by, and the other nodes as
    (position of the node they hang from, tests)."""

    def __init__(self, name: str, pattern: list[dict], key: str, number: int):
        self.name = name
        self.key = f"{name}/{number}"
        ids = [n["RIGHT_ID"] for n in pattern]
        self.anchor = _compiled({k: v for k, v in pattern[0]["RIGHT_ATTRS"].items() if k != key})
        self.nodes = [(ids.index(n["LEFT_ID"]), _compiled(n["RIGHT_ATTRS"])) for n in pattern[1:]]
        self.words = [(_WORD_COLUMNS.index(column), allowed) for _, tests in self.nodes for column, allowed in tests
                      if column in _WORD_COLUMNS]

    def viable(self, present: list[set[str]]) -> bool:
        """Every word its other nodes ask for occurs in the doc."""
        return all(not allowed.isdisjoint(present[at]) for at, allowed in self.words)
