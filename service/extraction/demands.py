"""Demands: positions an actor takes (demand, proposal, rejection, red_line, threat).

Triggers are verb classes (demand/urge/call for, propose/offer, reject/refuse,
threaten), readiness ("ready to", "prepared to"), modality inside someone's words
("must", "has to", "cannot"), negated commitments ("will never recognise"),
conditions ("will not sign until ...") and conditional consequences ("would
reimpose sanctions unless ..."). Positions stated without such a verb ("X is out
of the question", "possible only if ...", "the offer made by X") are dependency
patterns (position_patterns) read by ConstructionReader (constructions). The
holder is the trigger's actor subject, else the speaker of the quote or reported
clause the trigger sits in; a joint holder gives one record per member. A sentence no rule finds a position in
may still get one from the learned position classifier (position_classifier), held by the speaker of its words
or its subject.
"""
from __future__ import annotations

import logging
import re

from spacy.tokens import Doc, Span, Token

from . import gazetteer as gz
from . import position_patterns as pp
from .actors import ActorTable, span_text
from .constructions import ConstructionReader
from .nlp import doc_text
from .position_classifier import PositionClassifier, sentence_features
from .positions import (
    ANSWER_VERBS,
    CONDITION_MARKS,
    EFFORT_NOUNS,
    MUST_WORDS,
    NEG_REJECT_VERBS,
    NEVER_ACCEPT_VERBS,
    POSITION_NOUNS,
    Position,
    child,
    clause_words,
    condition_clause,
    coordinated,
    if_clause,
    in_if_clause,
    kids,
    negated,
    rows,
    sent_tokens,
    side_of,
    subjunctive,
    subtree,
)
from .quotes import Passage, QuoteFinder, is_saying
from .records import Demand
from .reported import content_clauses
from .speakers import Speakers
from .targets import TargetChooser, audience, news_outlets

log = logging.getLogger(__name__)

IF_MARKS = frozenset({"if", "unless", "otherwise"})
HARM_VERBS = frozenset({
    "face", "pay", "resume", "reimpose", "impose", "block", "suspend", "stall", "cut", "strike", "attack",
    "retaliate", "lock", "walk", "pull", "quit", "leave", "expel", "sanction", "punish", "drive",
    "refer", "vote", "press", "return", "hit", "end", "freeze", "halt", "scrap", "cancel", "escalate",
    "meet", "destroy", "close", "shut", "fire", "sue", "boycott", "abandon", "withdraw", "respond", "stop", "fight",
})
# "vowed to retaliate": a commitment to harm is a threat
RETALIATION_VERBS = frozenset({"retaliate", "strike", "attack", "punish", "sanction", "hit", "escalate", "boycott",
                               "fight", "sue", "expel", "avenge"})
ADVERSE_NOUNS = frozenset({"strike", "walkout", "boycott", "blockade", "stoppage"})
CONSEQUENCE_NOUNS = frozenset({"consequence", "consequences", "retaliation", "reprisal", "reprisals", "response",
                               "countermeasures", "force"})
# "will take all necessary measures", "vowed to use every tactic available": a threat
MEASURE_VERBS = frozenset({"take", "adopt", "use", "employ", "deploy", "bring", "pursue", "initiate", "launch",
                           "impose"})
MEASURE_NOUNS = frozenset({"measure", "countermeasure", "action", "step", "tactic", "tool", "means", "retaliation"})
RESPONSE_WORDS = frozenset({"appropriate", "necessary", "responsive", "retaliatory", "reciprocal", "firm", "resolute",
                            "strong", "decisive", "legal", "possible", "all", "every", "tough", "countervailing"})
# "we should impose tariffs on meat imports": pressure on the other side
PRESSURE_NOUNS = frozenset({"countermeasure", "sanction", "tariff", "retaliation", "embargo", "duty"})
FIRM_WORDS = frozenset({"firmly", "strongly", "resolutely", "decisively", "forcefully", "robustly", "harshly"})
COURT_NOUNS = frozenset({"court", "tribunal", "arbitration", "justice"})
MEETING_NOUNS = frozenset({"talk", "negotiation", "meeting", "dialogue", "conference", "summit", "discussion"})
# what an invitation must be to to count as an offer: "invited X back to the negotiating table"
TALK_WORDS = frozenset({"talk", "negotiation", "negotiate", "negotiating", "table", "meeting", "meet", "discussion",
                        "discuss", "dialogue", "summit", "consultation"})
REGARD_VERBS = frozenset({"treat", "regard", "consider", "view", "see"})
OWN_SIDE_NOUNS = frozenset({"delegation", "team", "side", "negotiator", "camp"})
# "offers superior value", "offers certainty to investors": what an offer is claimed to give, no terms of its own
# ("offered new protections", "offered a choice" put terms)
QUALITY_NOUNS = frozenset({"value", "benefit", "advantage", "certainty", "comfort", "reassurance", "hope", "insight"})
# "his party", "her government": the bodies a person's possessive names as the person's own
OWNED_BODIES = gz.GENERIC_ORG_NOUNS | OWN_SIDE_NOUNS | {"government", "administration", "country", "leadership"}
# "ministers were ready to ...": in a speaker's words, the speaker's own side
GOVERNMENT_PEOPLE = frozenset({"minister", "official", "government", "administration", "leadership"})
# "Members of A, B and C rejected ...": people speaking for the bodies they belong to
MEMBER_NOUNS = frozenset({"member", "representative", "leader", "delegate", "delegation", "negotiator",
                          "official", "worker", "envoy", "senator", "lawmaker", "legislator", "mp"})
# "thousands of machinists", "most of the rebels": the people counted are the subject
QUANTITY_WORDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "majority", "most",
                            "many", "some", "percent", "%", "all"})
# plural nouns that name things, not people, in an organization's name ("United Nations", "Qatar Holdings")
NOT_MEMBER_NOUNS = gz.GENERIC_ORG_NOUNS | gz.GOVERNMENT_NOUNS | frozenset({
    "nation", "state", "country", "service", "system", "holding", "industry", "affair", "right", "resource",
    "product", "communication", "technology", "talk", "deal", "term", "sale", "share", "security", "side",
    "other", "official", "leader",
    # people with a stake in a body who do not speak for it ("Xstrata shareholders", "the bank's customers")
    "shareholder", "investor", "customer", "consumer", "client", "analyst", "resident", "voter", "passenger",
    "patient", "citizen", "creditor", "bondholder", "owner"})
# "Europe wants better access": a continent acting is its union (as a capital acting is its state)
CONTINENT_UNIONS = {"europe": "European Union", "africa": "African Union"}
STATEMENT_NOUNS = frozenset({"statement", "interview", "letter", "message", "post", "address", "briefing",
                             "speech", "communique", "remarks", "note"})
OFFER_VERBS = frozenset({"consider", "accept", "sign", "join", "allow", "return"})
POSITIVE_VERBS = frozenset({"sign", "agree", "accept", "lift", "keep", "talk", "welcome", "ratify"})
# "could not accept the rebels' demand": a position of another party, refused
ASK_NOUNS = frozenset({"offer", "proposal", "demand", "plan", "terms", "condition", "ultimatum", "request", "call"})
OFFER_NOUNS = frozenset({"deal", "offer", "proposal", "plan", "terms", "agreement", "draft", "text", "idea",
                         "package", "settlement", "condition", "conditions", "demand", "demands", "award"})
# "X's proposal would see / include / require Y": what the offer lays out
PLAN_VERBS = frozenset({"see", "include", "involve", "envisage", "require", "give", "allow", "provide", "mean"})
# "blocked the merger", "blocked the bill": a deal refused
DEAL_NOUNS = frozenset({"merger", "takeover", "acquisition", "bill", "legislation", "sale", "transaction",
                        "resolution", "motion"})
# "said it would accept / agree to X", "said he would support a deal": an offer of the speaker's own side
WOULD_ACCEPT_VERBS = frozenset({"accept", "agree", "support"})
# "if the union agrees / accepts / reaches a deal": the other side's agreement, what a conditional offer asks
AGREEING_VERBS = frozenset({"agree", "accept", "sign", "approve", "ratify", "endorse"})
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "settlement", "compromise", "consensus"})
# "cannot be separated / decoupled from": refusing a parting demands a link
PARTING_VERBS = frozenset({"separate", "decouple", "delink", "detach", "divorce", "isolate", "split", "disconnect"})
CONCESSION_VERBS = frozenset({"allow", "lift", "release", "free", "fund", "pay", "grant", "restore", "reopen",
                              "lay", "hand", "drop", "waive", "set", "provide"})
# the word classes a sentence's tokens are tested against, joined once
ACCEPTANCE_VERBS = WOULD_ACCEPT_VERBS | CONCESSION_VERBS
READY_OR_UNWILLING = gz.READY_ADJS | gz.UNWILLING_ADJS
MODAL_WORDS = MUST_WORDS | {"can", "could"}
# "we can discuss X": what the speaker's side is open to
OPEN_VERBS = frozenset({"discuss", "negotiate", "consider", "talk", "accept", "offer", "compromise"})
# "dismissed the claims", "rejected the allegations": statements, not positions, are refused
STATEMENT_OBJECTS = frozenset({"claim", "allegation", "accusation", "report", "criticism", "speculation",
                               "rumour", "rumor", "charge", "characterization", "characterisation", "assertion"})
# "insisting on anonymity", "on condition of anonymity": a source's terms with the press, no position
SOURCE_TERMS = frozenset({"anonymity", "condition"})
# "called / described the tariffs as unacceptable": a verdict on the object
TERM_VERBS = frozenset({"call", "describe", "deem", "consider", "brand", "label", "term", "find", "declare"})
# "is understood / believed to have offered": hearsay about what a party did
HEARSAY_VERBS = frozenset({"believe", "understand", "think", "know", "rumour", "rumor"})
NO_COMMENT_VERBS = frozenset({"comment", "elaborate", "specify", "discuss", "respond", "speak", "disclose"})
# "stopped short of demanding", "denies that it wants X": no position taken
BLOCKING_HEADS = frozenset({"stop", "refrain", "avoid", "decline", "fail", "hope", "deny"})
# "we cannot see a majority", "I can't say": what a speaker cannot know or tell is no position
PERCEPTION_VERBS = frozenset({"see", "imagine", "say", "tell", "understand", "believe", "predict", "guarantee",
                              "confirm", "know", "comment", "think", "remember", "explain"})
# "both sides want X", "the two governments": members who face each other (not "the two companies", allies)
COUNTERPART_NOUNS = frozenset({"side", "country", "government", "delegation", "party", "nation", "leader"})
DEMAND_PHRASES = re.compile(r"\b(not acceptable|unacceptable)\b", re.I)
REJECT_PHRASES = re.compile(r"\b(not go far enough|falls? short|answer (?:\w+ ){0,4}is no|off the table|"
                            r"(?:is|was|were|are|remains?|remained) a non-starter)\b", re.I)
THREAT_PHRASES = re.compile(r"\ball (?:the |our )?options (?:\w+ ){0,3}on the table\b", re.I)
RED_LINE_PHRASES = re.compile(r"\b(not up for (?:discussion|negotiation|debate|sale|trade|grabs)|non-negotiable|"
                              r"not negotiable|red line|is our right|are our rights?)\b", re.I)
TOPIC_WORDS = {
    "ceasefire": "ceasefire truce fighting front armistice hostilities frozen freeze".split(),
    "sanctions": "sanction sanctions embargo snapback".split(),
    "recognition": "recognition recognise recognize recognising recognizing de facto de jure".split(),
    "humanitarian": ("hostage hostages prisoner prisoners captives captive aid bodies remains civilians "
                     "humanitarian kidnapping detainees exchange exchanges famine swap displaced").split(),
    "territory": ("territory territorial land lands border boundary withdraw troops pull-back cities "
                  "region annexed frontier constitution demarcation").split(),
    "sovereignty": "sovereignty sovereign independence association self-rule autonomy".split(),
    "security": ("weapons disarm disarmament enrichment nuclear uranium military security army troops "
                 "missile missiles forces invasion defence defense").split(),
    "economy": ("tariff tariffs trade economy economic wage wages jobs subsidies deal market exports "
                "imports prices fund budget bill contract contracts fishing fish access license licensing "
                "sale merger workers tax credits goods health").split(),
}



def _refused_act(modal: Token, verb: Token) -> bool:
    """"X cannot / could not be done": the act refused ("cannot be made", "could not be reversed"), unless the act
    is itself a parting ("cannot be separated from Y" demands that X and Y stay joined)."""
    return modal.lemma_ in ("can", "could") and negated(verb) and child(verb, "auxpass") is not None \
        and verb.lemma_ not in PARTING_VERBS


def _answer_words(noun: Token) -> set[int]:
    """An answer hung on an offer (", which the union rejected as an insult"): another party's position."""
    return {t.i for c in kids(noun) if c.dep_ == "relcl" and c.lemma_ in ANSWER_VERBS for t in subtree(c)}


def _wanted_done(verb: Token) -> bool:
    """"want any harm done to him", "want them to leave": something wanted to happen, not a thing."""
    obj = child(verb, "dobj")
    return obj is not None and (child(obj, "acl") is not None or _infinitive(verb) is not None)


def _only_marked(verb: Token) -> bool:
    """"would support X only with Y", "lifted only once Y", "invited X - but only if Y": a condition on the verb."""
    return any(c.lower_ == "only" and (c.head.dep_ in ("prep", "mark", "advcl") or c.dep_ == "advmod"
                                       and c.head.i == verb.i or _marked_conj(c.head)) for c in subtree(verb))


def _marked_conj(tok: Token) -> bool:
    """"invited X back - but only if they halt walkouts": a condition the parser joined as a second verb."""
    return tok.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in ("if", "when", "once") for c in kids(tok))


def _wh_clause(verb: Token) -> bool:
    """The verb heads an embedded question or description ("how much leave it offers", "what they want")."""
    return verb.dep_ in ("ccomp", "pcomp", "xcomp", "advcl", "relcl", "csubj") and any(
        t.tag_ in ("WP", "WRB") and t.dep_ != "nsubj" for t in verb.doc[verb.left_edge.i:verb.i])


def _yielding(verb: Token | None) -> bool:
    """"back down", "give up", "budge", "compromise": giving in, which a red line refuses."""
    if verb is None:
        return False
    particle = {"back": "down", "give": "up"}.get(verb.lemma_)
    if particle:
        return any(c.lower_ in (particle, "in") for c in kids(verb) if c.dep_ == "prt")
    return verb.lemma_ in pp.YIELD_VERBS or verb.lemma_ in ("compromise", "concede")


def _counterfactual(verb: Token) -> bool:
    """"would have insisted", "should have acted sooner": a modal perfect speaks of what did not happen."""
    auxes = {c.lower_ for c in kids(verb) if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxes and bool(auxes & {"would", "could", "should", "might", "must"})


def _unsaid(cue: Token) -> bool:
    """A speech act denied or refused: "did not say", "refused / declined to say"."""
    return negated(cue) or cue.dep_ == "xcomp" and cue.head.lemma_ in ("refuse", "decline")


def _asks_to_talk(toks: list[Token]) -> bool:
    """What is asked is a meeting, talks or a conference itself ("a meeting tomorrow to discuss this")."""
    return bool(toks) and _root(toks).lemma_.lower() in MEETING_NOUNS


def _about_talks(verb: Token) -> bool:
    """"invited the union back to the negotiating table", "inviting them to move into formal talks"."""
    return any(t.lemma_.lower() in TALK_WORDS for t in subtree(verb))


def _counterparts(sent: Span) -> bool:
    """The sentence's subject is "both sides" or "the two governments", or its words say "each other"."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in COUNTERPART_NOUNS and t.tag_ == "NNS"
               and any(c.lower_ in ("both", "two") for c in kids(t))
               or t.lower_ in ("other", "another") and t.i > 0 and t.doc[t.i - 1].lower_ in ("each", "one")
               for t in sent_tokens(sent))


def _reporting_outlet(actors: ActorTable, sent: Span, holder: str, outlets: set[str]) -> bool:
    """The press reporting a story takes no position in it: a holder that is a news outlet the sentence does not
    name (a "they" misresolved to it)."""
    return holder in outlets and not _names(actors, sent, holder)


def _names(actors: ActorTable, sent: Span, name: str) -> bool:
    """The sentence names this actor other than as the one spoken to ("the Global Times said in an editorial")."""
    heads = [t for t in sent if actors.token_actor.get(t.i) == name and actors.token_actor.get(t.head.i) != name]
    return any(not audience(t) for t in heads)


def _question(sent: Span) -> bool:
    """A sentence that asks (ends with a question mark, closing quotes aside)."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text.endswith("?")


def _trim(toks: list[Token]) -> list[Token]:
    drop = {"that", "to", ",", "and", "but", "“", "”", '"', "‘", "’", "'", "—", "–", ":", ";", "for"}
    while toks and (toks[0].lower_ in drop or toks[0].is_space or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in drop):
        toks = toks[:-1]
    return toks







def _infinitive(verb: Token) -> Token | None:
    """The verb's "to"-infinitive: its xcomp, or one parsed as an adverbial clause ("pressed X on Sunday to")."""
    return child(verb, "xcomp") or next(
        (c for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VB"
         and any(a.lower_ == "to" and a.dep_ == "aux" for a in kids(c))), None)



def _participles(verb: Token) -> set[int]:
    """Tokens of a participle of saying hung on the clause (", adding that ...")."""
    return {t.i for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in gz.SPEECH_VERBS
            for t in subtree(c)}


def _countermeasure(verb: Token) -> bool:
    """"take all necessary measures", "use every parliamentary tactic": means of pressure held in reserve."""
    obj = child(verb, "dobj")
    against = any(c.dep_ == "prep" and c.lower_ == "against" for c in (*kids(verb), *(kids(obj) if obj else ())))
    return verb.lemma_ in MEASURE_VERBS and obj is not None and obj.lemma_.lower() in MEASURE_NOUNS \
        and (against or any(t.lower_ in RESPONSE_WORDS for t in subtree(obj) if t.i < obj.i))


def _firm_response(verb: Token) -> bool:
    """"would respond firmly", "will react in kind"."""
    return verb.lemma_ in ("respond", "react", "reply") and any(
        c.lower_ in FIRM_WORDS or c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in kids(c))
        for c in kids(verb))


def _lawsuit(verb: Token) -> bool:
    """"would take Peru to court", "will take the dispute to the WTO": legal action announced."""
    to = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    place = child(to, "pobj") if to is not None and verb.lemma_ in ("take", "bring") else None
    return place is not None and (place.lemma_.lower() in COURT_NOUNS or place.text in ("WTO", "ICJ"))


def _consequence(clause: Token) -> bool:
    """"would carry consequences", "would be treated as a hostile act", "would respond firmly", "would take X to
    court": a consequence announced."""
    if _countermeasure(clause) or _firm_response(clause) or _lawsuit(clause):
        return True
    objects = [c for c in kids(clause) if c.dep_ == "dobj"] + \
        [g for c in kids(clause) if c.dep_ == "prep" and c.lower_ == "with" for g in kids(c)]
    if any(o.lower_ in CONSEQUENCE_NOUNS for o in objects):
        return True  # "would carry consequences", "would be met with countermeasures"
    return clause.lemma_ in REGARD_VERBS and child(clause, "auxpass") is not None \
        and any(c.lower_ == "as" for c in kids(clause))


def topic_of(text: str) -> str:
    words = set(re.findall(r"[a-z-]+", text.lower()))
    best, score = "other", 0
    for topic, keys in TOPIC_WORDS.items():
        s = sum(1 for k in keys if k in words)
        if s > score:
            best, score = topic, s
    return best


class DemandFinder:
    """Finds the positions actors take in one parsed article."""

    def __init__(self, nlp, classifier: PositionClassifier | None = None):
        self.nlp = nlp
        self.matcher = pp.PositionMatcher()
        self.classifier = classifier

    def find(self, doc: Doc, actors: ActorTable, speakers: Speakers, quotes: QuoteFinder,
             passages: list[Passage]) -> list[Demand]:
        ctx = _Context(doc, actors, speakers, quotes, passages, self._constructions(doc))
        kept: list[tuple[Position, list[Token]]] = []
        seen: list[tuple[tuple, set[int]]] = []
        outlets = news_outlets(doc, actors)
        for sent in doc.sents:
            if _question(sent):
                continue  # "Would Comey like to indict her?": a position asked about is not one taken
            found = len(kept)
            for pos in ctx.safe_positions(sent):
                toks = _trim(pos.tokens)
                if not toks or not pos.holder or _reporting_outlet(actors, sent, pos.holder, outlets):
                    continue
                key = (side_of(actors, pos.holder), pos.kind, sent.start)  # a minister and her state: one
                ids = {t.i for t in toks}
                if any(k == key and len(ids & other) * 2 >= min(len(ids), len(other)) for k, other in seen):
                    continue
                seen.append((key, ids))
                kept.append((pos, toks))
            if len(kept) == found and self.classifier is not None:
                kept.extend(self._learned(ctx, sent, outlets))
        targets = TargetChooser(actors, [side_of(actors, pos.holder) for pos, _ in kept], outlets)
        return [self._record(doc, pos, toks, targets) for pos, toks in kept]

    def sentence_features(self, doc: Doc, actors: ActorTable, speakers: Speakers, quotes: QuoteFinder,
                          passages: list[Passage]) -> list[tuple[Span, list[str]]]:
        """Each sentence with the classifier's features, read in the context the demand rules see."""
        ctx = _Context(doc, actors, speakers, quotes, passages)
        return [(sent, ctx.features(sent)) for sent in doc.sents]

    def _learned(self, ctx: _Context, sent: Span, outlets: set[str]) -> list[tuple[Position, list[Token]]]:
        """The position the classifier reads in a sentence the rules found none in, if its holder is known."""
        kind = self.classifier.kind(ctx.features(sent))
        pos = ctx.learned_position(sent, kind) if kind else None
        if pos is None or _reporting_outlet(ctx.actors, sent, pos.holder, outlets):
            return []
        toks = _trim(pos.tokens)
        return [(pos, toks)] if toks else []

    def _record(self, doc: Doc, pos: Position, toks: list[Token], targets: TargetChooser) -> Demand:
        """The Demand for a position, its target chosen when the trigger named none."""
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = doc_text(doc)[start:end]
        evidence = self._evidence(doc_text(doc), pos.sent, toks[0].idx)
        if pos.learned:  # the classifier reads no party: no target is better than a wrong one
            return Demand(pos.holder, None, pos.kind, text, evidence, topic_of(text + " " + evidence), start, end)
        # "North Korea's envoy said": the envoy's side, though the actor table knows no affiliation
        own = (*pos.allies, *targets.describing_speaker(pos.holder, toks, pos.sent))
        target = pos.target if pos.target not in targets.side(pos.holder, own) else None
        named = targets.in_sentence(pos.holder, toks, pos.sent, own) if not target else None
        if target is None and named is None and len(pos.allies) == 2 and pos.holder in pos.allies \
                and pos.kind != "rejection" and _counterparts(pos.sent) \
                and all(targets.actors.kind(a) in ("state", "organization") for a in pos.allies):
            # "both delegations pledged to exchange prisoners", "both sides want the islands": each to the other
            # (not "both governments ruled out mediation": a third option refused together)
            target = next(a for a in pos.allies if a != pos.holder)
        target = target or named
        targets.record(pos.holder, pos.kind, target)
        target = target or targets.within(pos.holder, toks, own) or targets.in_story(pos.holder, pos.kind, own)
        return Demand(pos.holder, target, pos.kind, text, evidence, topic_of(text + " " + evidence), start, end)

    def _constructions(self, doc: Doc) -> dict[int, list[tuple[str, list[Token]]]]:
        """The pattern matches of the article by sentence start: (construction name, matched tokens)."""
        found: dict[int, list[tuple[str, list[Token]]]] = {}
        for name, toks in self.matcher(doc):
            found.setdefault(toks[0].sent.start, []).append((name, toks))
        return found

    @staticmethod
    def _evidence(text: str, sent: Span, at: int) -> str:
        """The sentence holding the position, cut to its paragraph (the parser may run over a line break)."""
        para_start = text.rfind("\n", 0, at) + 1
        para_end = text.find("\n", at)
        para_end = len(text) if para_end < 0 else para_end
        return text[max(sent.start_char, para_start):min(sent.end_char, para_end)].strip()


class _Context(ConstructionReader):
    """Per-article helpers: who holds a position stated at a token."""

    def __init__(self, doc, actors, speakers, quotes, passages, constructions=None):
        self.doc = doc
        self.constructions = constructions or {}
        self.actors = actors
        self.speakers = speakers
        self.quotes = quotes
        self.quote_speaker: dict[int, str] = {}
        self.people_orgs: dict[str, str | None] = {}  # "machinist" -> the organization such people stand for
        for p in passages:
            for span in p.spans:
                for i in range(span.start, span.end):
                    self.quote_speaker[i] = p.speaker

    # ------------------------------------------------------------ holders
    def voice(self, tok: Token) -> str | None:
        """The speaker whose words contain this token (quote or reported clause)."""
        if tok.i in self.quote_speaker:
            return self.quote_speaker[tok.i]
        return next(iter(self.voices(tok)), None)

    def voices(self, tok: Token) -> list[str]:
        """Every speaker of the reported clause a token is in ("Both governments say ...": both)."""
        cur = tok
        in_statement = False  # "said in a statement that X": the clause parsed as a modifier of "statement"
        for _ in range(12):
            if cur.head.i == cur.i:
                return []
            prev, cur = cur, cur.head
            in_statement = in_statement or prev.dep_ == "acl" and cur.lemma_.lower() in STATEMENT_NOUNS
            if cur.lemma_ in gz.SPEECH_VERBS and (prev.dep_ in ("ccomp", "conj", "xcomp", "advcl")
                                                  or in_statement and prev.dep_ == "prep") \
                    and cur.i not in self.quotes.quoted:
                if _unsaid(cur):
                    return []  # "refused to say that X should ...", "did not say X must ...": nobody's position
                names = self.speakers.of_cue(self.quotes.cue_subject(cur), cur)
                if names:
                    return names
        return []

    def ref(self, tok: Token | None) -> str | None:
        """The actor a token refers to, first/last person pronouns going to the voice."""
        if tok is None:
            return None
        if tok.lower_ in ("we", "us", "our", "i") or (tok.lower_ in ("it", "they") and tok.i in self.quote_speaker):
            return self.voice(tok) if tok.lower_ in ("we", "us", "our", "i") else self.speakers.resolve(tok)
        if tok.lower_ in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" \
                and tok.head.head.lemma_ in gz.SPEECH_VERBS:
            voices = self.voices(tok)  # "The movement said it was ready to ...": the speaker itself
            if len(voices) == 1 and self.actors.kind(voices[0]) in ("state", "organization"):
                return voices[0]
        appos = child(tok, "appos")
        if appos is not None and self.actors.kind(self.actors.at(appos)) == "person":
            return self.actors.at(appos)
        owner = self.owner_person(tok)
        if owner:
            return owner  # "Dunne said his party would ...": the party's leader speaking for it
        members = self._members_of(tok)  # "the members of X must halt ...": X
        return self.speakers.resolve(tok) or (members[0] if len(members) == 1 else None) or self._continent(tok)

    def _continent(self, tok: Token) -> str | None:
        """"Europe refuses trade escalation": a continent as an agent is its union, when the story names it."""
        union = CONTINENT_UNIONS.get(tok.lower_) if tok.dep_ in ("nsubj", "nsubjpass", "poss") else None
        return union if union in self.actors.actors else None

    def owner_person(self, tok: Token) -> str | None:
        """The person a "his" / "her" before a body names ("his party", "her government")."""
        poss = child(tok, "poss")
        if poss is None or poss.lower_ not in ("his", "her") or tok.lemma_.lower() not in OWNED_BODIES:
            return None
        person = self.speakers.resolve(poss)
        return person if self.actors.kind(person) == "person" else None

    def holder(self, verb: Token) -> str | None:
        """The trigger's actor subject; its speaker for "we"/missing subjects; None for other subjects."""
        subj = child(verb, "poss") or self.quotes.cue_subject(verb) or _raised_subject(verb)  # "X's pushing for"
        if subj is None or subj.lower_ in ("we", "i", "us"):
            return self.voice(verb) or (self.ref(subj) if subj is not None else None)
        if subj.lower_ == "they" and len(self.voices(verb)) > 1:
            return self.voices(verb)[0]  # "Both governments say they want ...": the speakers themselves
        group = self._group(subj, verb)
        if group:
            return group[0]
        found = self.ref(subj)
        if found and is_saying(verb):
            found = self.speakers.self_named(subj, verb, found)  # "China will respond ..., an official warned"
        poss = child(subj, "poss")
        if found is None and subj.lemma_.lower() in MEMBER_NOUNS and poss is not None:
            # "Unite said its members had no choice but to ...": the body itself
            found = self.voice(verb) if poss.pos_ == "PRON" else self.ref(poss)
        if found is None and subj.lower_ != "sides" and (subj.lemma_.lower() in OWN_SIDE_NOUNS | GOVERNMENT_PEOPLE
                                                         or any(c.lower_ in ("member", "our") for c in kids(subj))):
            return self.voice(verb)  # "X said member companies had offered ...": the speaker's side
        return found or self._people_of(subj)

    def _people_of(self, subj: Token) -> str | None:
        """"machinists rejected ...", "thousands of rebels", "the Communists promised": plural people stand for the
        one organization named for them ("Machinists Union", "Communist Party") or named with them elsewhere in
        the story ("the Abu Sayyaf rebels", "the Seleka rebel coalition")."""
        prep = child(subj, "prep") if subj.pos_ == "NUM" or subj.lemma_.lower() in QUANTITY_WORDS else None
        people = child(prep, "pobj") if prep is not None and prep.lower_ == "of" else subj
        if people is None or people.tag_ not in ("NNS", "NNPS") or self.actors.at(people) \
                or child(subj, "appos") is not None:
            return None  # "one of X's shareholders, Qatar Holdings,": the speakers resolve the named one
        lemma = people.lemma_.lower()  # "countries" -> "country"; a proper plural keeps its "s" ("Communists")
        stem = lemma if lemma != people.lower_ else lemma.removesuffix("s")
        if stem in NOT_MEMBER_NOUNS or len(stem) < 4:
            return None
        if stem not in self.people_orgs:
            orgs = [n for n, a in self.actors.actors.items() if a.kind == "organization"]
            named = [n for n in orgs if any(w.startswith(stem) for w in gz.fold(n).split())]
            self.people_orgs[stem] = named[0] if len(named) == 1 else self._described_with(stem)
        return self.people_orgs[stem]

    def _described_with(self, stem: str) -> str | None:
        """The one organization whose mention modifies the same word elsewhere ("Abu Sayyaf terrorists")."""
        found = set()
        for i, name in self.actors.token_actor.items():
            tok = self.doc[i]
            if self.actors.kind(name) != "organization" or tok.dep_ not in ("compound", "amod", "nmod"):
                continue
            head = tok.head
            if head.lemma_.lower().startswith(stem) or any(
                    c.lemma_.lower().startswith(stem) and c.i != tok.i and c.dep_ in ("compound", "amod")
                    for c in kids(head)):
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def _speaks_for_itself(self, verb: Token) -> bool:
        """The verb's subject is "we" / "I" in someone's words, or a named or described party ("the union")."""
        subj = child(verb, "nsubj")
        described = subj is not None and subj.lemma_.lower() in gz.GENERIC_ORG_NOUNS \
            and any(c.lower_ == "the" for c in kids(subj))
        return subj is not None and (subj.lower_ in ("we", "i") and self.voice(verb) is not None
                                     or (subj.pos_ == "PROPN" or described) and self.ref(subj) is not None)

    def _group(self, subj: Token, verb: Token) -> list[str]:
        """The parties a "both sides" or "members of A, B and C" subject names, outside someone's own words."""
        if verb.i in self.quote_speaker:
            return []
        return self.speakers.group(subj) or self._members_of(subj)

    def _members_of(self, subj: Token) -> list[str]:
        """"Members of A, B and C", "leaders of the two unions", "senators from both sides": the bodies the people
        belong to."""
        prep = next((c for c in kids(subj) if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
        if subj.lemma_.lower() not in MEMBER_NOUNS or prep is None or child(prep, "pobj") is None:
            return []
        return [n for n in dict.fromkeys(self.speakers.members(child(prep, "pobj"))) if n]

    @staticmethod
    def _member(pos: Position, holder: str, allies: tuple[str, ...]) -> Position:
        """One member's record of a joint position; "pledged not to attack each other" offers it to the other."""
        words = " ".join(t.lower_ for t in pos.tokens)
        if len(allies) == 2 and ("each other" in words or "one another" in words):
            other = allies[1] if holder == allies[0] else allies[0]
            return Position("proposal", holder, other, pos.tokens, pos.sent, allies)
        return Position(pos.kind, holder, pos.target, pos.tokens, pos.sent, allies)

    def co_holders(self, verb: Token, holder: str | None) -> list[str]:
        """"France and Spain called on ...", "both sides": one record per member of a joint position."""
        subj = self.quotes.cue_subject(verb)
        if subj is None or holder is None:
            return []
        names = self._group(subj, verb) or [self.ref(c) for c in subj.conjuncts]
        return list(dict.fromkeys(n for n in names if n and n != holder))

    def blocked(self, verb: Token) -> bool:
        """Triggers that state no position: if-clauses ("unless X come back and offer Y"), "stopped short of
        threatening"."""
        if in_if_clause(verb) or _counterfactual(verb):
            return True
        cur = verb
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            if cur.dep_ == "conj":
                break  # "said X was denying access and called on Y to ...": a verb of its own
            cur = cur.head
            if cur.lemma_ in BLOCKING_HEADS:
                return True
            if cur.lower_ == "with" and cur.dep_ == "prep":
                break  # "failed to agree, with Washington insisting that ...": a circumstance of its own
        return False

    @staticmethod
    def embedded(verb: Token) -> bool:
        """The verb is the content of another position verb ("gave X days to offer remedies")."""
        if verb.dep_ == "xcomp" and verb.head.lemma_ in gz.READY_ADJS and verb.lemma_ in gz.PROPOSAL_VERBS:
            return True  # "prepared to offer X": the readiness gives the one record
        return verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_ in (
            gz.DEMAND_VERBS | {"give", "propose", "offer", "threaten"}) \
            and (verb.lemma_ not in gz.REJECTION_VERBS or child(verb.head, "dobj") is not None  # "ask X to refuse"
                 or verb.dep_ == "xcomp" and verb.head.lemma_ == "threaten")  # "threatened to block X": one record

    # ------------------------------------------------------------ learned positions
    def features(self, sent: Span) -> list[str]:
        """The classifier's features of a sentence."""
        return sentence_features(sent, self.actors.token_actor, self.quote_speaker)

    def learned_position(self, sent: Span, kind: str) -> Position | None:
        """A position of the given kind stated by the whole sentence: its content is the complement of a verb of
        saying (else the sentence), its holder the speaker of those words, else the sentence's subject (resolved as
        the rules resolve theirs)."""
        root = next(t for t in sent_tokens(sent) if t.head.i == t.i)
        content = child(root, "ccomp", "xcomp") if root.lemma_ in gz.SPEECH_VERBS else None
        holder = self.voice(content or root) or self.holder(root)
        if not holder:
            return None
        return Position(kind, holder, None, subtree(content) if content is not None else sent_tokens(sent), sent,
                        learned=True)

    # ------------------------------------------------------------ triggers
    def safe_positions(self, sent: Span) -> list[Position]:
        """The sentence's positions; a rule failing on an odd parse loses that sentence, not the article."""
        try:
            return [joint for pos in self.positions(sent) for joint in self._joint(pos)]
        except Exception:  # noqa: BLE001 - logged with its traceback, the article goes on
            log.exception("demand rules failed on sentence %r", sent.text[:200])
            return []

    def _joint(self, pos: Position) -> list[Position]:
        """A position in the words of several speakers is one record per speaker."""
        if pos.allies or not pos.tokens or pos.tokens[0].i in self.quote_speaker:
            return [pos]
        ids = {t.i for t in pos.tokens}
        root = next((t for t in pos.tokens if t.head.i not in ids), pos.tokens[0])
        voices = self.voices(root)
        members = [m for m in voices if m != pos.target]  # the party a condition is put to is no member
        if pos.holder == pos.target and members and len(voices) > 1:
            pass  # "the two unions said they would strike if X ...": X was misread as one of the speakers
        elif len(members) < 2 or pos.holder != members[0]:
            return [pos]
        allies = tuple(members)
        return [Position(pos.kind, m, pos.target, pos.tokens, pos.sent, allies) for m in members]

    def positions(self, sent: Span):
        table = rows(self.doc)
        has_only = any(row[1] == "only" for row in table[sent.start:sent.end])
        for tok in sent_tokens(sent):
            lemma, lower, pos, _, dep = table[tok.i]
            lemma = lemma.lower()
            if pos == "VERB" or pos == "NOUN" and child(tok, "aux") is not None:
                # "would not “trade land ...”": a verb the quotation mark made the tagger read as a noun
                yield from self._verb(tok, lemma, sent, has_only)
            if pos == "AUX" and dep not in ("aux", "auxpass") and negated(tok):
                yield from self._negated(tok, sent)  # "would not be responsible if ...", "will not be X"
            if lemma == "reserve" and any(c.dep_ == "dobj" and c.lower_ == "right" for c in kids(tok)):
                yield from self._reserve_right(tok, sent)
            if dep == "conj" and pos == "NOUN" and negated(tok):
                yield from self._not_fragment(tok, sent)
            if lower == "nothing" and dep in ("dobj", "pobj"):
                yield from self._nothing_less(tok, sent)
            if pos == "NOUN" and lemma in POSITION_NOUNS:
                yield from self._position_noun(tok, lemma, sent)
            if lemma in READY_OR_UNWILLING and pos == "ADJ":
                yield from self._ready(tok, sent)
            if lemma in ACCEPTANCE_VERBS and pos == "VERB":
                yield from self._would_accept(tok, sent)
            if dep == "aux" and lemma in MODAL_WORDS and table[tok.head.i][2] in ("VERB", "AUX"):
                yield from self._modal(tok, sent)
            if lemma in ("have", "need") and pos in ("VERB", "AUX") and self._has_to(tok):
                yield from self._modal(tok, sent)
        yield from self._imperative(sent)
        yield from self._phrases(sent)
        yield from self._there_is_no(sent)
        yield from self._phrases_demand(sent)
        yield from self._phrases_reject(sent)
        yield from self._quoted_conditional(sent)
        yield from self._constructed(sent)

    def _verb(self, verb: Token, lemma: str, sent: Span, has_only: bool):
        """All positions a verb can open: its own class, a warning's consequence, a refusal, a condition (in a
        sentence that has an "only")."""
        if lemma == "rule" and _kept_open(verb):
            yield from self._not_ruled_out(verb, sent)
            return
        stating = lemma == "warn" or lemma in STATING_VERBS and verb.i not in self.quotes.quoted
        denied = negated(verb) or self._never(verb) or _denied_subject(verb)
        conditioned = has_only and _only_marked(verb)
        if not (lemma in CLASS_VERBS or stating or denied or conditioned) or self.blocked(verb):
            return  # most verbs open nothing: the blocking test is the costly one, so it comes last
        if lemma in CLASS_VERBS and not self.embedded(verb) \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb)) and not _wh_clause(verb):
            for pos in self._verb_class(verb, lemma, sent):
                co_holders = self.co_holders(verb, pos.holder)
                if not co_holders:
                    yield pos
                    continue
                allies = (pos.holder, *co_holders)
                yield from (self._member(pos, holder, allies) for holder in allies)
        if stating:
            yield from self._conditional(verb, sent)  # "predicted that X will take every state if ...": a forecast
        if denied:
            yield from self._negated(verb, sent)
        if conditioned:
            yield from self._only_if(verb, sent)

    def _verb_class(self, verb: Token, lemma: str, sent: Span):
        """Verbs whose meaning is the position: demand, propose, reject, threaten, vow, give N days."""
        holder = None
        prt = next((c for c in kids(verb) if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1), None)
        if lemma in gz.PHRASAL_PARTICLES and (prt is None or prt.lower_ != gz.PHRASAL_PARTICLES[lemma]):
            return  # "rule" / "turn" / "put" are positions only as "rule out", "turn down", "put forward"
        if lemma in gz.DEMAND_VERBS | {"like"}:
            yield from self._wish(verb, lemma, sent)
        elif lemma == "make" and self._made_condition(verb) is not None:
            yield Position("demand", self.holder(verb), None, subtree(self._made_condition(verb)), sent)
        elif lemma in gz.PROPOSAL_VERBS:
            if lemma == "suggest" and _asserts(child(verb, "ccomp")) or negated(verb) or _offers_a_quality(verb):
                return  # "suggesting National had the numbers": a hint at a fact; "did not offer": no offer
            holder = self.holder(verb)
            content = self._invitation(verb) if lemma == "invite" else self._content(verb)
            if content and (lemma != "invite" or _about_talks(verb)):  # not "invited X to testify / 200 guests"
                toks, target = content
                yield Position("proposal", holder, target, toks, sent)
        elif lemma in gz.REJECTION_VERBS:
            xcomp = _infinitive(verb)
            if lemma == "deny" or lemma == "block" and not _blocks_a_deal(verb) or negated(verb) \
                    or self._never(verb) or self._no_comment(verb) or xcomp is not None and _kept_open(xcomp):
                return  # "had never refused to", "declined to comment", "blocked the road", "refused to rule out X"
            if child(verb, "dobj") is not None and child(verb, "dobj").lemma_.lower() in STATEMENT_OBJECTS:
                return  # "dismissed his claims as bluster": a statement denied, not a position
            holder = self.holder(verb)
            content = self._content(verb)
            if content:
                kind = "red_line" if _refuses_in_advance(verb) or _yielding(xcomp) else "rejection"
                # "refused to back down": a red line; "rejected X's offer", "a bid from X": X's position answered
                yield Position(kind, holder, self._answered_owner(verb), content[0], sent)
        elif lemma in ("tell", "warn", "condition"):
            yield from self._directive(verb, lemma, sent)
        elif lemma in gz.THREAT_VERBS:
            holder = self.holder(verb)
            content = self._content(verb)
            if content:
                yield Position("threat", holder, content[1], content[0], sent)
        elif lemma in gz.COMMIT_VERBS:
            holder = self.holder(verb)
            content = self._content(verb)
            if content:
                act = _root(content[0]) if content[0] else None
                kind = "red_line" if self._has_negation(content[0]) else \
                    "threat" if act is not None and (act.lemma_ in RETALIATION_VERBS or _countermeasure(act)) \
                    else "proposal"
                yield Position(kind, holder, None, content[0], sent)
        elif lemma == "give" and self._ultimatum(verb):
            holder = self.holder(verb)
            xc = child(verb, "advcl", "xcomp", "relcl")
            if xc is not None:
                yield Position("demand", holder, self.ref(child(verb, "dative", "dobj")), subtree(xc), sent)

    def _answered_owner(self, verb: Token) -> str | None:
        """Whose position a refusal's object is: "declined X's offer", "rejected a bid from X"."""
        dobj = child(verb, "dobj")
        return self._noun_owner(dobj) or self.ref(_source_after(dobj)) if dobj is not None else None

    def _wish(self, verb: Token, lemma: str, sent: Span):
        """Demand verbs, "would like X" and "we do not want X done"; asking for talks offers them."""
        if lemma == "like" and (negated(verb) or not any(c.lower_ in ("would", "'d") for c in kids(verb))
                                or verb.dep_ == "relcl" or any(t.tag_ == "WP" and t.i < verb.i for t in subtree(verb))):
            return  # only "would like X" (not "someone he would like to", "who they would like")
        if negated(verb):
            if lemma == "want" and _wanted_done(verb) and self._speaks_for_itself(verb):
                # "we do not want any harm done to him": a demand that it not happen (not "don't want to strike",
                # nor "I don't want his endorsement": a thing refused)
                words = subtree(verb, {verb.i, *(t.i for t in verb.lefts)})
                yield Position("demand", self.holder(verb), None, words, sent)
            return
        for pos in self._demand_verb(verb, "want" if lemma == "like" else lemma, sent):
            # "asked for a meeting tomorrow", "called for negotiations": asking to talk offers talks
            yield Position("proposal", pos.holder, pos.target, pos.tokens, sent) if _asks_to_talk(pos.tokens) else pos

    def _directive(self, verb: Token, lemma: str, sent: Span):
        """"told X to withdraw", "warned X against annexing Y", "conditioned any deal on Y": demands."""
        dobj = child(verb, "dobj")
        act = _infinitive(verb) if lemma == "tell" and dobj is not None else None
        if act is not None and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(act)):
            act = None  # "told Bloomberg, “keeping rates at this level”": no "to", no order
        word = {"warn": "against", "condition": "on"}.get(lemma)
        prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == word), None)
        content = subtree(act) if act is not None else subtree(prep)[1:] if prep is not None else []
        holder = self.holder(verb)
        passive = verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids(verb))
        if content and holder and not passive:  # "could be blocked or conditioned on X": a passive, no holder's
            target = self.ref(dobj) if lemma != "condition" else None
            yield Position("demand", holder, target if target != holder else None, content, sent)

    def _not_ruled_out(self, verb: Token, sent: Span):
        """"did not rule out military action", "refused to rule out sanctions", "nothing has been ruled out":
        a means of pressure kept in reserve (a threat)."""
        thing = child(verb, "dobj", "nsubjpass")
        passive = child(verb, "nsubjpass") is not None
        holder = self.voice(verb) if passive else self.holder(verb)
        if thing is not None and holder and not in_if_clause(verb):
            yield Position("threat", holder, None, subtree(verb) if passive else subtree(thing), sent)

    def _invitation(self, verb: Token) -> tuple[list[Token], str | None] | None:
        """"invited the union back to the negotiating table": what the guest is invited to, and the guest."""
        if _infinitive(verb) is not None:
            return self._content(verb)
        guest = child(verb, "dobj")
        words = [t for c in kids(verb) if c.i > verb.i and c.dep_ not in ("dobj", "punct", "cc", "conj")
                 for t in subtree(c)]
        return (sorted(words, key=lambda t: t.i), self.ref(guest)) if words and guest is not None else None

    def _only_if(self, verb: Token, sent: Span):
        """"would support a bill only with a guarantee", "lifted only once Kosovo took steps": a condition."""
        only = next(c for c in subtree(verb) if c.lower_ == "only")
        cond = only.head if only.head.i != verb.i else next(
            (c for c in kids(verb) if c.i > only.i and c.dep_ in ("prep", "advcl")), None)
        modal = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")} & {"will", "would", "can", "could"}
        if cond is None or not modal and verb.lemma_ not in gz.PROPOSAL_VERBS:
            return  # "the merger can only go ahead if X sells Y", "invited X back, but only if Y": conditions too
        holder = self._neg_holder(verb) or self.voice(verb)
        if holder:
            target = self.ref(child(cond, "nsubj", "nsubjpass"))
            if verb.lemma_ in OFFER_VERBS:
                # "would consider joining X only if Y": a conditional offer
                yield Position("proposal", holder, target, subtree(verb), sent)
                return
            toks = [t for t in subtree(cond) if t.lower_ not in ("only", "once", "if", "with", "when")]
            yield Position("demand", holder, target, toks, sent)

    def _content(self, verb: Token) -> tuple[list[Token], str | None] | None:
        """What a position verb is about, and whom it addresses."""
        dobj = child(verb, "dobj")
        xcomp = _infinitive(verb)
        ccomp = child(verb, "ccomp")
        means = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("for", "with")
                      and c.i > verb.i and child(c, "pobj") is not None), None)
        if xcomp is None and ccomp is None and means is not None and self.ref(dobj):
            return subtree(child(means, "pobj")), self.ref(dobj)  # "asked X for Y", "threatened X with Y"
        if dobj is not None and dobj.lower_ in ("which", "that") and verb.dep_ == "relcl":
            return subtree(verb.head, {t.i for t in subtree(verb)}), None  # "a 3% offer, which the union rejected"
        if dobj is not None and dobj.lower_ in ("what", "whatever", "which", "that", "it", "this"):
            if xcomp is None and ccomp is None:
                return None
        if ccomp is not None and any(c.lower_ in ("whether", "if") and c.dep_ == "mark" for c in kids(ccomp)):
            return None
        asked = dobj if dobj is not None and dobj.lemma_.lower() in ASK_NOUNS else child(means, "pobj") \
            if means is not None and means.lower_ == "for" else None
        if xcomp is not None and xcomp.dep_ == "advcl" and asked is not None:
            # "shrugging off calls by the powers to cease X", "asked for a meeting to discuss X": the thing asked,
            # with its purpose
            return sorted(subtree(asked) + subtree(xcomp), key=lambda t: t.i), None
        if xcomp is not None:
            target = self.ref(dobj) if dobj is not None else None
            return subtree(xcomp, coordinated(xcomp)), target
        if ccomp is not None:
            subj = child(ccomp, "nsubj", "nsubjpass")
            exclude = {t.i for t in subtree(subj)} if subj is not None and ccomp.dep_ != "xcomp" else set()
            target = self.ref(subj)
            if target is None or subj.pos_ == "PRON":
                exclude = set()
            return subtree(ccomp, exclude), target
        if dobj is not None:
            return subtree(dobj, _answer_words(dobj)), None
        prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "at")
                     and c.i > verb.i), None)  # "On Monday, X pushed for Y": Y; "balked at Y"
        if prep is not None:
            pobj = child(prep, "pobj")
            return (subtree(pobj) if pobj is not None else subtree(prep)[1:]), None
        advcl = child(verb, "advcl")
        if advcl is not None:
            return subtree(advcl), None
        if verb.dep_ == "relcl":
            return subtree(verb.head, {t.i for t in subtree(verb)}), None
        return None

    def _demand_verb(self, verb: Token, lemma: str, sent: Span):
        act = _infinitive(verb)
        if lemma in ("want", "ask", "like") and act is not None and act.lemma_ in gz.SPEECH_VERBS | KNOW_VERBS:
            return  # "I want to tell you", "we want them to know that ...": words announced, no position
        holder = self.holder(verb)
        if lemma == "call":
            prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
            if prep is None or prep.lower_ not in ("for", "on") or child(verb, "dobj") is not None:
                return  # "called snap elections for October": no call for anything
            pobj = child(prep, "pobj")
            xcomp = child(verb, "xcomp") or (child(pobj, "xcomp", "acl") if pobj is not None else None) \
                or child(verb, "advcl")
            to = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "to" and c.i > prep.i), None)
            if prep.lower_ == "on" and xcomp is not None:
                yield Position("demand", holder, self.ref(pobj), subtree(xcomp, coordinated(xcomp)), sent)
            elif prep.lower_ == "on" and to is not None:
                # "called on both sides to de-escalate", the infinitive parsed as a preposition
                yield Position("demand", holder, self.ref(pobj), subtree(to)[1:], sent)
            elif prep.lower_ == "for" and pobj is not None:
                yield Position("demand", holder, None, subtree(pobj), sent)
            return
        if lemma in ("insist", "expect", "need"):
            ccomp = child(verb, "ccomp")
            xcomp = child(verb, "xcomp")
            dobj = child(verb, "dobj")
            expected = dobj if xcomp is not None else child(ccomp, "nsubj") if ccomp is not None else None
            if lemma == "expect" and self._forecast(expected):
                pass  # "expected talks to begin soon": a forecast, not a demand on a party
            elif lemma == "expect" and dobj is not None and xcomp is not None:
                yield Position("demand", holder, self.ref(dobj), subtree(xcomp), sent)
            elif lemma == "expect" and dobj is not None and xcomp is None and dobj.pos_ == "NOUN" \
                    and self.ref(self.quotes.cue_subject(verb)) and verb.tag_ != "VBN":
                yield Position("demand", holder, None, subtree(dobj), sent)
            elif lemma == "expect" and ccomp is not None and child(ccomp, "nsubj") is not None \
                    and any(t.lower_ == "to" for t in kids(ccomp)):
                yield Position("demand", holder, self.ref(child(ccomp, "nsubj")), subtree(ccomp), sent)
            elif lemma == "need" and dobj is not None and xcomp is None and ccomp is None and dobj.pos_ == "NOUN" \
                    and self._speaks_for_itself(verb):
                yield Position("demand", holder, None, subtree(dobj), sent)  # "we need a better pay increase"
            elif lemma == "insist" and ccomp is not None and any(t.lower_ in MUST_WORDS for t in subtree(ccomp)):
                pass  # the modal inside gives the record
            elif lemma == "insist" and ccomp is not None and subjunctive(ccomp):
                # "insisting that provinces stop subsidising": a subjunctive demand on the clause's subject
                yield Position("demand", holder, self.ref(child(ccomp, "nsubj")), subtree(ccomp), sent)
            elif lemma == "insist" and (on := _insisted_on(verb)) is not None:
                yield Position("demand", holder, None, subtree(on)[1:], sent)
            return
        if lemma == "seek" and _infinitive(verb) is not None and child(verb, "dobj") is None:
            return  # "is seeking to shore up support": an effort, not a position (as a "bid" or a "push")
        if lemma == "appeal" and not any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in kids(verb)):
            return  # "will appeal the ruling": a measure contested (constructions), no call
        for_clause = next((c for c in kids(verb) if c.dep_ in ("advcl", "ccomp")
                           and any(g.dep_ == "mark" and g.lower_ == "for" for g in kids(c))), None)
        if for_clause is not None:  # "pushing for Britain to relax its ban": a demand on Britain
            yield Position("demand", holder, self.ref(child(for_clause, "nsubj")), subtree(for_clause), sent)
            return
        dobj = child(verb, "dobj")
        to = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "to" and dobj is not None
                   and c.i == dobj.right_edge.i + 1), None)
        if to is not None and _infinitive(verb) is None and self.ref(dobj) and len(list(subtree(to))) > 1:
            # "asked Islamabad to fast-track the sale": the infinitive parsed as a preposition
            yield Position("demand", holder, self.ref(dobj), subtree(to)[1:], sent)
            return
        if lemma in ("press", "push", "ask", "pressure", "pressurise", "pressurize") and not (
                any(c.dep_ == "prep" and c.lower_ == "for" for c in kids(verb))
                or dobj is not None and _infinitive(verb) is not None):
            return
        content = self._content(verb)
        if content:
            toks, target = content
            yield Position("demand", holder, target, toks, sent)

    def _forecast(self, party: Token | None) -> bool:
        """"expects talks to begin": what is expected to act is a thing, not a party ("expects Kyiv to ...")."""
        return party is not None and party.pos_ == "NOUN" and self.ref(party) is None \
            and not self.speakers.members(party)  # "expects both sides to ...": parties

    @staticmethod
    def _made_condition(verb: Token) -> Token | None:
        """What "X has made Y a condition" requires: Y (None when the verb says no such thing)."""
        dobj = child(verb, "dobj")
        if dobj is None:
            clause = next((c for c in kids(verb) if c.dep_ in ("ccomp", "xcomp", "oprd")
                           and c.lemma_.lower() in gz.CONDITION_NOUNS), None)
            return child(clause, "nsubj") if clause is not None else None  # "made Y a condition", one small clause
        if dobj.lemma_.lower() in gz.CONDITION_NOUNS:
            return child(dobj, "nsubj")  # the parser reads "Y a condition" as a small clause
        pred = next((c for c in kids(verb) if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "dobj")
                     and c.i > dobj.i and c.lemma_.lower() in gz.CONDITION_NOUNS), None)
        return dobj if pred is not None else None  # "made Y a condition", Y and the condition both read as objects

    def _ready(self, adj: Token, sent: Span):
        """"ready to hand over", "prepared to accept", "open to further exchanges"."""
        verb = adj.head
        subj = child(verb, "nsubj") if adj.dep_ in ("acomp", "oprd") else None
        own_side = subj is not None and subj.lemma_.lower() in OWN_SIDE_NOUNS | GOVERNMENT_PEOPLE
        if subj is not None and subj.pos_ != "PRON" and self.ref(subj) is None and not own_side:
            return  # "the treaty text was ready for signing"
        holder = self.ref(subj) if subj is not None else None
        holder = holder or self.voice(adj)
        xcomp = child(adj, "xcomp")
        prep = child(adj, "prep")
        if in_if_clause(adj):
            return  # "talks cannot succeed unless the US is prepared to lift sanctions": a condition
        unwilling = adj.lemma_.lower() in gz.UNWILLING_ADJS
        neg = negated(verb) or negated(adj) or unwilling
        if xcomp is not None:
            toks = subtree(xcomp)
            kind = "red_line" if neg else "proposal"
            if unwilling and not negated(adj):
                kind = "rejection"  # "unwilling to raise taxes": what the other side asks, refused ("not ready to
                #                     give up our rights": a red line)
            if not neg and (xcomp.lemma_ in ("walk", "quit", "leave", "abandon") or _countermeasure(xcomp)):
                kind = "threat"  # "ready to walk away", "prepared to take all possible measures"
            yield Position(kind, holder, self._if_subject(xcomp), toks, sent)
        elif prep is not None and prep.lower_ in ("to", "for") and not neg:
            yield Position("proposal", holder, None, subtree(prep)[1:], sent)

    def _would_accept(self, verb: Token, sent: Span):
        """"said Islamabad would accept technical adjustments", "said it would agree to a two-year deal if ...":
        what the speaker's own side says it would accept is an offer (a proposal); refusing it is elsewhere."""
        if negated(verb) or self._never(verb) or verb.dep_ != "ccomp" or verb.head.lemma_ not in gz.SPEECH_VERBS \
                or any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in kids(verb)):
            return  # "would accept nothing less than X": a demand (_nothing_less)
        if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "'d", "'ll") for c in kids(verb)):
            return
        if any(t.lower_ == "only" for t in subtree(verb)):
            return  # "would support X only with a guarantee": a condition, a demand (see _only_if)
        subj = child(verb, "nsubj")
        voice = self.voice(verb)
        if subj is None or not voice:
            return
        subj_actor = self.ref(subj)
        if subj_actor is None:
            return
        if side_of(self.actors, subj_actor) != side_of(self.actors, voice):
            if subj.pos_ != "PROPN" or self._acting_party(verb, voice) != subj_actor:
                return
            voice = subj_actor  # "Shorten said Labor would allow X": the named party's offer, reported by a person
        keep = {"nsubj", "aux", "punct", "cc", "conj", "advmod"}
        toks = [verb] + [t for c in kids(verb) if c.dep_ not in keep for t in subtree(c)]
        toks.sort(key=lambda t: t.i)
        yield Position("proposal", voice, self._if_subject(verb), toks, sent)

    def _if_subject(self, verb: Token) -> str | None:
        """"ready to add X if the union drops its demand": the party the condition is put to."""
        cond = if_clause(verb)
        return self.ref(child(cond, "nsubj")) if cond is not None else None

    @staticmethod
    def _has_to(tok: Token) -> bool:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ == "to" and tok.dep_ not in ("aux",) and child(tok, "xcomp") is not None

    def _can_discuss(self, modal: Token, verb: Token, sent: Span):
        """"all of that we can discuss", in someone's words: the speaker's side opens a subject (a proposal)."""
        subj = child(verb, "nsubj")
        voice = self.voice(modal)
        hedged = any(c.dep_ == "advmod" and c.lower_ in ("only", "how", "then") for c in kids(verb))
        if voice and subj is not None and subj.lower_ == "we" and verb.lemma_ in OPEN_VERBS \
                and not in_if_clause(verb) and not hedged:  # "and then we can talk": a condition
            yield Position("proposal", voice, None, subtree(verb, {subj.i, modal.i}), sent)

    def _modal(self, tok: Token, sent: Span):
        """"Yerevan must change its constitution", "Both parties have to open the roads"."""
        voice = self.voice(tok)
        verb = tok.head if tok.dep_ == "aux" else child(tok, "xcomp")
        if verb is None or _counterfactual(verb):
            return  # "should have acted sooner", "could have answered better": a verdict on the past
        outer = tok if tok.dep_ != "aux" else verb
        if outer.dep_ == "xcomp" and negated(outer.head) or tok.dep_ != "aux" and negated(tok):
            return  # "our members don't want to have to strike", "we don't need to sign it": no requirement
        if tok.lemma_ in ("can", "could") and not negated(verb):
            yield from self._can_discuss(tok, verb, sent)
            return
        if tok.lemma_ == "could" and verb.lemma_ not in NEVER_ACCEPT_VERBS \
                or tok.lemma_ in ("can", "could") and verb.lemma_ in PERCEPTION_VERBS:
            return  # "could not attend", "can't see a majority": no position; "could not accept any deal": a red line
        if any(t.lower_ in ("what", "whatever", "how", "why") for t in subtree(verb) if t.i < tok.i):
            return  # "I don't see any reason why X should be cut": no requirement
        subj = child(verb, "nsubj", "nsubjpass") or (child(tok, "nsubj") if tok.dep_ != "aux" else None)
        subj_actor = self.ref(subj)
        if not voice:
            return
        holder = voice
        first_person = subj is not None and subj.lower_ in ("we", "i")
        if self._no_obligation(tok, verb) or tok.lemma_ == "can" and negated(verb) \
                and verb.lemma_ not in POSITION_ACTS | GOING_ON_VERBS \
                and (first_person or subj_actor is not None and subj_actor == holder or _no_party(subj, subj_actor)):
            return  # "I can't go back", "children cannot walk 60 miles": an inability, no position
        kind = "demand"
        if first_person and (negated(verb) or tok.lemma_ == "can"):
            kind = "red_line"
        if tok.lemma_ in ("can", "could") and negated(verb) and (subj_actor is None or subj_actor == holder) \
                and verb.lemma_ in NEVER_ACCEPT_VERBS:
            kind = "red_line"  # "studios could not accept any deal that ...", in the studios' spokesman's words
        if tok.lemma_ == "must" and verb.lemma_ in ("keep", "retain", "preserve", "maintain"):
            kind = "red_line"
        if kind == "demand" and first_person:
            kind = _own_act_kind(verb)  # "we need to enter negotiations", "we should impose tariffs"
        if kind == "red_line" and _answered_position(verb) is not None:
            kind = "rejection"  # "he could not accept the rebels' demand": a position on the table refused
        if kind == "demand" and _refused_act(tok, verb) and subj_actor is None:
            kind = "rejection"  # "additional expenditures cannot be made", "the treaty cannot be held hostage"
        toks = subtree(verb, coordinated(verb) | _participles(verb))
        target = subj_actor if subj_actor and subj_actor != holder else None
        yield Position(kind, holder, target, toks, sent)

    def _no_obligation(self, modal: Token, verb: Token) -> bool:
        """A necessity that binds nobody: past in someone's own words ("things had to come to this"), foreseen
        ("will likely have to come to terms", with no condition), or under a denial ("it is not the case that we
        have to", "nothing suggests we should")."""
        if modal.dep_ != "aux" and modal.lemma_ == "have":
            if modal.tag_ == "VBD" and modal.i in self.quote_speaker:
                return True
            foreseen = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "'d") for c in kids(modal))
            if foreseen and condition_clause(verb) is None and if_clause(verb) is None:
                return True
        return _under_denial(verb)

    def _imperative(self, sent: Span):
        root = sent.root
        if root.tag_ == "VB" and root.i in self.quotes.quoted and child(root, "nsubj") is None \
                and not any(c.dep_ == "aux" for c in kids(root)):
            voice = self.voice(root)
            if voice:
                yield Position("demand", voice, None, [t for t in sent_tokens(sent) if t.i in self.quotes.quoted], sent)

    def _phrases(self, sent: Span):
        """"X is non-negotiable" (red line); "all options are on the table" (threat), in someone's words."""
        text = span_text(sent)
        for kind, phrases in (("red_line", RED_LINE_PHRASES), ("threat", THREAT_PHRASES)):
            yield from self._phrase(kind, phrases.search(text), sent)

    def _phrase(self, kind: str, m: re.Match | None, sent: Span):
        if m:
            tok = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                     alignment_mode="expand")
            if tok is not None:
                root = tok.root
                verb = root if root.pos_ in ("AUX", "VERB") else root.head if root.head.pos_ in ("AUX", "VERB") \
                    else root
                holder = self.voice(verb) or self.ref(child(verb, "nsubj"))
                if holder:
                    clause = verb
                    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
                        clause = clause.head
                    yield Position(kind, holder, None, subtree(clause), sent)

    def _noun_owner(self, noun: Token) -> str | None:
        """Whose position a noun is: "X's offer", "a call by X", "the proposal put forward by X", "the terms X set"."""
        owner = self.ref(child(noun, "poss")) or self._seat_owner(noun)
        if owner:
            return owner
        for c in kids(noun):
            by = c if c.dep_ == "prep" and c.lower_ in ("by", "from") else \
                child(c, "agent") if c.dep_ == "acl" and c.tag_ == "VBN" else None
            if by is not None and child(by, "pobj") is not None:
                return self.ref(child(by, "pobj"))
            if c.dep_ == "relcl" and child(c, "nsubj") is not None and child(c, "nsubj").pos_ != "PRON" \
                    and c.lemma_ not in ANSWER_VERBS:  # "the terms X set" (not "the offer, which X rejected")
                return self.ref(child(c, "nsubj"))
            state = gz.DEMONYMS.get(gz.fold(c.text)) if c.dep_ == "amod" else \
                gz.STATE_NAMES.get(gz.fold(c.text)) if c.dep_ == "compound" else None
            party = gz.PARTY_NAMES.get(gz.fold(c.text)) if c.dep_ in ("amod", "compound") and c.is_title else None
            if state in self.actors.actors or party in self.actors.actors:
                # "a Danish proposal", "U.S. calls for a deal", "a Republican offer": a party of the story
                return state if state in self.actors.actors else party
            if c.dep_ == "compound" and self.actors.kind(self.actors.at(c)) in ("state", "organization"):
                return self.actors.at(c)  # "Hamas demands"
        return None

    def _seat_owner(self, noun: Token) -> str | None:
        """"Brussels’ demand", "Moscow's offer": a capital or seat of power in the possessor's place."""
        for c in kids(noun):
            if c.dep_ in ("poss", "nmod") and c.pos_ == "PROPN":
                key = gz.fold(c.text)
                for party in (gz.CAPITALS.get(key), gz.SEATS.get(key), gz.ORG_SEATS.get(key)):
                    if party in self.actors.actors:
                        return party  # "Brussels": the EU of the story, not Belgium
        return None

    def _position_noun(self, noun: Token, lemma: str, sent: Span):
        """"the Fund's insistence that Islamabad raise X", "rejected Iceland's proposal to base shares on Y":
        the possessor's demand or proposal (the party rejecting it, or the clause's subject, is its target)."""
        of_party = self._of_party(noun)  # "the offer of the rebels to help X"
        answered = noun.dep_ == "dobj" and noun.head.lemma_ in ANSWER_VERBS
        source = _source_after(noun) if answered else None  # "rejected a proposal from X", "from X" on the verb
        owner = self._noun_owner(noun) or self.ref(of_party if of_party is not None else source)
        if not owner or lemma in EFFORT_NOUNS and not answered:
            return
        clause = next((c for t in (noun, of_party) if t is not None for c in kids(t)
                       if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                       and any(g.lower_ in ("that", "to") and g.dep_ in ("mark", "aux") for g in kids(c))), None)
        prep = next((c for c in kids(noun) if c.dep_ == "prep"
                     and (c.lower_ == "for" or c.lower_ == "of" and lemma == "offer" and of_party is None  # "of talks"
                          or c.lower_ == "to" and lemma == "opposition")), None)  # "his opposition to the merger"
        if lemma == "opposition" and prep is None or _asks_for_comment(prep):
            return  # "the opposition" is a party; "requests for comment" ask for no position
        appos = child(noun, "appos")
        if clause is not None:
            toks, target = subtree(clause), self.ref(child(clause, "nsubj", "nsubjpass"))
        elif prep is not None and child(prep, "pobj", "pcomp") is not None:  # "demands for what it should get"
            toks, target = subtree(child(prep, "pobj", "pcomp")), None
        elif appos is not None and appos.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
            toks, target = subtree(appos), None  # "its offer, a one-off payment of X, was generous and final"
        elif (plan := _plan_clause(noun, lemma)) is not None:
            toks, target = plan, None
        elif answered and of_party is None and (_has_terms(noun) or _put_forward(noun)):
            toks, target = subtree(noun, {d.i for c in kids(noun) if c.dep_ == "poss" for d in subtree(c)}), None
        else:
            return
        head = noun.head
        if answered or noun.dep_ == "dobj" and head.lemma_ in gz.REJECTION_VERBS:
            target = self.holder(head) or target  # the party answering it
        if target == owner:
            target = None
        yield Position(POSITION_NOUNS[lemma], owner, target, toks, sent)

    def _of_party(self, noun: Token) -> Token | None:
        """"the offer of the New People's Army": a party named after "of" owns the position."""
        prep = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        party = child(prep, "pobj") if prep is not None else None
        return party if party is not None and self.actors.kind(self.actors.at(party)) in ("state", "organization") \
            else None

    def _nothing_less(self, nothing: Token, sent: Span):
        """"will accept nothing less than 10 per cent", "will settle for nothing short of X": a demand for X."""
        verb = nothing.head if nothing.dep_ == "dobj" else nothing.head.head
        than = next((t for t in subtree(nothing) if t.lower_ == "than" or t.lower_ == "of"
                     and t.head.lower_ == "short"), None)
        if than is None or verb.lemma_ not in NEVER_ACCEPT_VERBS | {"settle", "take"} or self.blocked(verb):
            return
        holder = self.holder(verb) or self.voice(verb)
        if holder:
            yield Position("demand", holder, None, [t for t in subtree(nothing) if t.i > than.i], sent)

    def _not_fragment(self, noun: Token, sent: Span):
        """"ready to discuss X, but ‘not another penny on Y’": a red line after "but"."""
        if not any(c.lower_ == "but" and c.dep_ == "cc" for c in kids(noun.head)):
            return
        holder = self.voice(noun)
        if holder:
            yield Position("red_line", holder, None, subtree(noun), sent)

    def _reserve_right(self, verb: Token, sent: Span):
        """"reserves the right to defend its interests by all means": a threat."""
        right = child(verb, "dobj")
        act = child(right, "acl", "xcomp", "relcl") or child(verb, "xcomp", "advcl")
        holder = self.holder(verb)
        if act is not None and holder:
            yield Position("threat", holder, None, subtree(act), sent)

    @staticmethod
    def _no_comment(verb: Token) -> bool:
        xcomp = child(verb, "xcomp")
        return xcomp is not None and (xcomp.lemma_ in gz.SPEECH_VERBS or xcomp.lemma_ in NO_COMMENT_VERBS)

    @staticmethod
    def _never(verb: Token) -> bool:
        return any(c.lower_ == "never" for c in kids(verb))

    @staticmethod
    def _has_negation(toks: list[Token]) -> bool:
        """A "not" or "never" in the words ("not just X, but Y" is no negation)."""
        return any((t.dep_ == "neg" or t.lower_ == "never")
                   and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("just", "only", "merely", "simply"))
                   for t in toks)

    def _ultimatum(self, verb: Token) -> bool:
        """"gave Corvane five days", "has given Microsoft until Friday": a deadline."""
        return any(t.ent_type_ in ("DATE", "TIME") and (t.lower_ in ("days", "hours", "weeks", "months")
                                                        or t.head.lower_ in ("until", "till"))
                   for t in subtree(verb) if t.head.i == verb.i or t.head.head.i == verb.i)

    def _negated(self, verb: Token, sent: Span):
        """"will not sign until X" (demand), "will never recognise" (red_line), "not agree to" (rejection)."""
        if verb.lemma_ in WITHHELD_WORDS:
            return  # "will not say whether ...", "would not identify any issue": no comment, no position
        aux = {c.lower_ for c in kids(verb) if c.dep_ == "aux"}
        content = verb
        if verb.lemma_ == "go" and child(verb, "xcomp") is not None:
            content, aux = child(verb, "xcomp"), aux | {"will"}
        direct = condition_clause(verb)
        cond = next((c for c in subtree(verb) if c.lower_ in CONDITION_MARKS and c.dep_ in ("mark", "prep")), None)
        clause = cond.head if cond is not None else direct
        if not aux & {"will", "would", "wo", "'ll"} and not (aux & {"can", "could", "ca"} and direct is not None):
            return  # "cannot sign until X": a condition as well
        holder = self._neg_holder(verb)
        if not holder and (clause is not None or if_clause(verb) is not None) \
                and self.ref(child(verb, "nsubj", "nsubjpass")) is None:
            holder = self.voice(verb)  # "talks would not take place as long as X": the speaker's condition
        if not holder:
            return
        if clause is not None:
            target = self.ref(child(clause, "nsubj", "nsubjpass"))
            words = subtree(clause) if cond is not None else clause_words(clause)  # "as long as": marks dropped
            yield Position("demand", holder, target, words, sent)
            return
        subj = child(verb, "nsubj", "nsubjpass")
        if child(verb, "csubj") is not None or self._reported_abstention(verb, content, holder):
            return  # "applying sanctions will not help": a verdict; "X said Barak would not attend": a report
        toks = subtree(verb, ({t.i for t in subtree(subj)} if subj is not None else set()) | coordinated(verb))
        kind = "rejection" if content.lemma_ in NEG_REJECT_VERBS else "red_line"
        answered = _answered_position(content)
        if self._never(verb) or answered is not None:
            kind = "rejection" if answered is not None else "red_line"  # "will never agree to a deal"
        if answered is not None:
            toks = subtree(answered)  # "will no longer accept any plan from X": the plan
        if child(content, "auxpass") is not None and content.lemma_ not in ("recognise", "recognize"):
            kind = "rejection"  # "the drills would not be cancelled": a demand to cancel them refused
        if child(content, "dobj") is not None and any(t.lower_ == "while" and t.dep_ == "mark" for t in subtree(verb)):
            kind = "rejection"  # "will not disarm X while their tanks sit there": refused under present terms
        target = None
        if any(t.lower_ == "if" and t.dep_ == "mark" for t in subtree(verb)):
            kind = "threat"  # "If the summit ends without X, our ministers will not sign"
            target = self._if_subject(verb)
        yield Position(kind, holder, target if target != holder else None, toks, sent)

    def _reported_abstention(self, verb: Token, content: Token, holder: str) -> bool:
        """"Egypt said Barak would not attend": another party's abstention reported, unless it refuses a
        position word ("would not sign / accept / negotiate / block")."""
        voice = self.voice(verb)
        return voice is not None and side_of(self.actors, voice) != side_of(self.actors, holder) \
            and content.lemma_ not in POSITION_ACTS

    def _neg_holder(self, verb: Token) -> str | None:
        """Pronoun subjects speak with the quote's voice; named subjects hold their own position."""
        subj = child(verb, "nsubj", "nsubjpass")
        voice = self.voice(verb)
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return None  # "changes that will not address X": a description of something else
        if subj is not None and subj.lower_ in ("they", "he", "she") and verb.dep_ == "ccomp" \
                and verb.head.lemma_ not in gz.SPEECH_VERBS and self.ref(child(verb.head, "nsubj")):
            return self.ref(child(verb.head, "nsubj"))  # "X said A made clear that they will not": A
        if subj is None or subj.pos_ == "PRON":
            return voice or self.ref(subj)
        if subj.lemma_.lower() in OWN_SIDE_NOUNS or any(c.lower_ in ("our", "my") for c in kids(subj)):
            return self.ref(subj) or voice  # "the delegation would not ...", "our ministers will not ..."
        return self.ref(subj)

    def _there_is_no(self, sent: Span):
        """"There will be no truce" (red_line); "... no second phase while ..." (demand)."""
        for verb in sent_tokens(sent):
            if verb.lemma_ != "be" or child(verb, "expl") is None or verb.dep_ == "advcl" or verb.tag_ == "VBD":
                continue  # "If there is no agreement, ...": a condition; "there was no consensus": a fact
            attr = child(verb, "attr", "nsubj", "dobj")
            if attr is None or not (attr.lower_ in ("nothing", "no") or any(c.lower_ == "no" for c in kids(attr))) \
                    or attr.lemma_.lower() in CERTAINTY_NOUNS:
                continue  # "there is no question / doubt that ...": certainty, no position
            holder = self.voice(verb)
            if not holder:
                continue
            if_clause = next((c for c in kids(verb) if c.dep_ == "advcl"
                              and any(g.lower_ == "if" and g.dep_ == "mark" for g in kids(c))), None)
            if if_clause is not None and negated(if_clause):
                # "if Israel does not withdraw, there will be no deal": a consequence of a demand unmet
                toks = [t for t in subtree(verb) if t.dep_ != "expl"]
                yield Position("threat", holder, self.ref(child(if_clause, "nsubj")), toks, sent)
                continue
            if if_clause is not None:
                # "If they want zero enrichment, there will be no agreement": X is rejected
                obj = child(if_clause, "dobj") or child(if_clause, "prep") or if_clause
                yield Position("rejection", holder, self.ref(child(if_clause, "nsubj")), subtree(obj), sent)
                continue
            long = child(verb, "advmod")
            clause = child(long, "advcl") if long is not None and long.lower_ == "long" else None
            if clause is not None:  # "As long as X, there will be no deal": X must end
                yield Position("demand", holder, self.ref(child(clause, "nsubj")), clause_words(clause), sent)
                continue
            cond = any(t.lower_ in CONDITION_MARKS | {"while"} and t.dep_ in ("mark", "prep") for t in subtree(verb))
            toks = [t for t in subtree(verb) if t.dep_ != "expl"]
            yield Position("demand" if cond else "red_line", holder, None, toks, sent)

    def _phrases_demand(self, sent: Span):
        """"X is unacceptable" in someone's words: a rejection of an offer X, else a demand that X end."""
        m = DEMAND_PHRASES.search(span_text(sent))
        if not m:
            return
        span = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            return
        holder = self.voice(span.root)
        verb = span.root if span.root.pos_ in ("AUX", "VERB") else span.root.head
        subj = child(verb, "nsubj")
        called = child(verb, "dobj") if verb.lemma_ in TERM_VERBS else None
        if called is not None and called.pos_ in ("NOUN", "PROPN"):
            # "Canada called the tariffs unacceptable": the caller rejects them
            holder = self._neg_holder(verb) or holder
            if holder:
                yield Position("rejection", holder, self._noun_owner(called), subtree(called), sent)
        elif holder and subj is not None and subj.lemma_.lower() in OFFER_NOUNS:
            yield Position("rejection", holder, None, subtree(subj), sent)  # "the deal remained unacceptable"
        elif holder and subj is not None:
            yield Position("demand", holder, None, subtree(verb), sent)  # "the status quo is not acceptable"

    def _phrases_reject(self, sent: Span):
        """"its offer does not go far enough", "the answer on automation is no"."""
        m = REJECT_PHRASES.search(span_text(sent))
        if not m:
            return
        span = self.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is None:
            return
        verb = next((t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux",)), None)
        if verb is None:  # "X was off the table": the phrase hangs on the copula
            verb = span.root.head if span.root.head.pos_ in ("VERB", "AUX") else span.root
        holder = self.voice(verb)
        subj = child(verb, "nsubj")
        if holder and subj is not None:
            prep = child(subj, "prep")
            obj = child(prep, "pobj") if prep is not None and subj.lower_ == "answer" else subj
            yield Position("rejection", holder, None, subtree(obj if obj is not None else subj), sent)

    def _quoted_conditional(self, sent: Span):
        """"If there is no deal by December, clinics will stop treating patients": a threat in someone's words."""
        root = sent.root
        subj = child(root, "nsubj")
        first_person = subj is not None and subj.lower_ in ("we", "i") and root.lemma_ not in POSITIVE_VERBS
        # "If the rebels do not leave the town, we will take it back": the speaker's act on a condition
        if root.i not in self.quotes.quoted or not (root.lemma_ in HARM_VERBS or first_person) or negated(root) \
                or not {c.lower_ for c in kids(root) if c.dep_ == "aux"} & {"will", "would", "'ll"}:
            return
        cond = next((c for c in kids(root) if c.dep_ == "advcl"
                     and any(g.lower_ in IF_MARKS and g.dep_ == "mark" for g in kids(c))), None)
        holder = self.voice(root) if cond is not None else None
        if holder:
            target = self.ref(child(cond, "nsubj", "nsubjpass")) if first_person else None
            yield Position("threat", holder, target if target != holder else None,
                           subtree(root, {t.i for t in subtree(cond)}), sent)

    def _either_or(self, toks: list[Token], sent: Span):
        """"Either X withdraws the plan or we will strike", in someone's words: a threat against X."""
        verb = toks[0]
        words = {t.lower_ for t in subtree(verb)}
        holder = self.voice(verb)
        if "or" in words and words & {"will", "would", "'ll"} and holder and not in_if_clause(verb):
            subj = child(verb, "nsubj", "nsubjpass")
            target = self.ref(subj) if subj is not None and subj.pos_ != "PRON" else None
            yield Position("threat", holder, target if target != holder else None, subtree(verb), sent)

    def _conditional(self, verb: Token, sent: Span):
        """"warned that X would reimpose sanctions unless ...": a threat; "could keep ... if" an offer."""
        holder = None
        found: dict[str, list[Token]] = {}
        actors: dict[str, str] = {}
        for clause, exclude in content_clauses(verb):
            holder = holder or self.holder(verb)
            if not holder or negated(clause) or child(clause, "expl") is not None or _counterfactual(clause):
                continue
            until = _until_clause(clause) if self._own_subject(verb, clause) else None
            if until is not None:  # "members would stay out until X comes back with an offer": a demand on X
                target = self.ref(child(until, "nsubj", "nsubjpass"))
                yield Position("demand", holder, target if target != holder else None, clause_words(until), sent)
                continue
            kind = self._conditional_kind(verb, clause)
            if kind:
                found.setdefault(kind, []).extend(subtree(clause, exclude))
                actors.setdefault(kind, self._acting_party(clause, holder))
        for kind, toks in found.items():
            # two threats under one verb ("X would be treated as ..., and that Y would respond") are one record
            target = self._condition_subject(toks) if kind == "threat" else None
            actor = actors[kind] if actors[kind] != target else holder
            yield Position(kind, actor, target, sorted(toks, key=lambda t: t.i), sent)

    def _acting_party(self, clause: Token, speaker: str) -> str:
        """"Rubio said that if Iran ..., the United States will reimpose sanctions": the threat is the United
        States' when the speaker is a person the story ties to no party; else the speaker's."""
        subj = child(clause, "nsubj")
        party = self.ref(subj) if subj is not None and subj.pos_ == "PROPN" else None
        unaffiliated = self.actors.kind(speaker) == "person" and side_of(self.actors, speaker) == speaker
        return party if party and unaffiliated and self.actors.kind(party) in ("state", "organization") else speaker

    def _condition_subject(self, toks: list[Token]) -> str | None:
        """"... unless the airline restores the pensions": the party the condition is put to."""
        for t in toks:
            if t.dep_ == "mark" and t.lower_ in IF_MARKS:
                return self.ref(child(t.head, "nsubj", "nsubjpass"))
        return None

    def _offered_on_condition(self, verb: Token, clause: Token, marks: set[str]) -> bool:
        """"X said it would raise its bid if Y opened its books": the speaker's own act, harmless, promised for
        the other side's act (not "unless Y", "if Y does not", nor "talks would collapse if ...")."""
        cond = if_clause(clause)
        return cond is not None and self._own_subject(verb, clause) and not marks & {"unless", "until", "otherwise"} \
            and not _adverse(cond)

    def _own_subject(self, verb: Token, clause: Token) -> bool:
        """The reported clause's subject is the speaker's own side ("it", "we", "its members", the speaker)."""
        subj = child(clause, "nsubj")
        if subj is None:
            return False
        own_members = subj.lemma_.lower() in MEMBER_NOUNS and any(c.lower_ in ("its", "our", "their")
                                                                   for c in kids(subj))
        return subj.lower_ in ("it", "we", "they", "i") or own_members or self.ref(subj) == self.holder(verb)

    def _conditional_kind(self, verb: Token, clause: Token) -> str | None:
        """Threat or offer of a reported clause with a modal, a condition or a consequence, else None."""
        # "X would meet again, and that Y was ready ... if": the second clause's marks are not X's
        words = subtree(clause, {t.i for c in kids(clause) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                 for t in subtree(c)})
        marks = {t.lower_ for t in words if t.dep_ in ("mark", "advmod", "prep")}
        modal = {c.lower_ for c in kids(clause) if c.dep_ == "aux"}
        consequence = _consequence(clause)
        harm = clause.lemma_ in HARM_VERBS or consequence
        if "only" in {t.lower_ for t in words}:
            return None  # "would consider X only if Y": handled as a condition
        if verb.lemma_ in ("warn", "threaten") and marks & IF_MARKS and modal & {"will", "would", "could", "might"}:
            return "threat"
        if marks & (IF_MARKS | {"until"}) and modal & {"will", "would"} and clause.lemma_ not in POSITIVE_VERBS:
            offered = self._offered_on_condition(verb, clause, marks) or _on_agreement(clause, marks)
            return "proposal" if not harm and offered else "threat"
        if any(c.dep_ == "prep" and c.lower_ == "without" and c.i < clause.i for c in kids(clause)) \
                and modal & {"will", "would"} and clause.lemma_ in HARM_VERBS:
            return "threat"  # "Without a guarantee on pensions, members would walk out"
        if harm and modal & {"will", "would", "could"} and (verb.lemma_ == "warn" or "could" in modal or consequence):
            return "threat"
        cond = next((t.head for t in words if t.dep_ == "mark" and t.lower_ in IF_MARKS), None)
        if "could" in modal and cond is not None and _adverse(cond) and self.ref(child(clause, "nsubj")):
            return "threat"  # "could shift flying to subsidiaries if pilots walked out": a counter-measure
        if "could" in modal and not harm and self.ref(child(clause, "nsubj")):
            return "proposal"  # "the US president could use sanctions ..." (not "strikes could begin if ...")
        return None


def _offers_a_quality(verb: Token) -> bool:
    """"it offers superior value to shareholders", "our bid offers certainty": a merit claimed, not terms put."""
    obj = child(verb, "dobj")
    return verb.lemma_ == "offer" and obj is not None and obj.lemma_.lower() in QUALITY_NOUNS


def _no_party(subj: Token | None, subj_actor: str | None) -> bool:
    """The subject is a common noun that names no party ("children", "the nation")."""
    return subj is not None and subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and subj_actor is None


def _under_denial(verb: Token) -> bool:
    """The clause is what a denial denies: "it is not the case that X", "nothing suggests that X"."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj", "acl", "relcl", "xcomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ in ("AUX", "VERB") and negated(cur) or cur.lower_ == "nothing" or any(
                c.lower_ == "nothing" and c.dep_ in ("nsubj", "attr") for c in kids(cur)):
            return True
    return False


def _asks_for_comment(prep: Token | None) -> bool:
    pobj = child(prep, "pobj") if prep is not None else None
    return pobj is not None and pobj.lemma_.lower() in ("comment", "interview", "clarification", "information")


# the verbs _verb_class reads
CLASS_VERBS = gz.DEMAND_VERBS | gz.PROPOSAL_VERBS | gz.REJECTION_VERBS | gz.THREAT_VERBS | gz.COMMIT_VERBS \
    | {"make", "give", "like", "tell", "warn", "condition"}
# verbs whose content clause may announce a consequence or an offer (a prediction announces none)
STATING_VERBS = gz.SPEECH_VERBS - {"predict"}
# "we want them to know that ...": words announced
KNOW_VERBS = frozenset({"know", "understand", "ask", "thank", "remind", "hear"})  # not "want to see a truce"
# "we cannot keep sitting at the table while ...": a refusal to go on, not an inability
GOING_ON_VERBS = frozenset({"keep", "continue", "let", "stand", "wait", "sit", "tolerate", "afford"})
# "will not say / comment / identify": words withheld, no position ("will not discuss X" is one)
WITHHELD_WORDS = frozenset({"say", "comment", "elaborate", "specify", "disclose", "identify", "name", "confirm",
                            "reveal", "tell", "speculate", "predict"})
# "there is no question / doubt / sign that ...": a judgement, not "there will be no deal"
CERTAINTY_NOUNS = frozenset({"question", "doubt", "sign", "indication", "evidence", "way", "reason", "shortage"})
# what a party refuses to do when it takes a position ("will not sign", "will not block supply")
POSITION_ACTS = gz.NEVER_VERBS | NEG_REJECT_VERBS | NEVER_ACCEPT_VERBS | gz.REJECTION_VERBS | HARM_VERBS


def _own_act_kind(verb: Token) -> str:
    """What "we must / need to / should X" states about the speaker's own side: a threat when X is a measure
    against the other side, an offer when X is talking, else a demand."""
    objects = {t.lemma_.lower() for t in subtree(verb) if t.dep_ in ("dobj", "pobj")
               or t.dep_ == "compound" and t.head.dep_ in ("dobj", "pobj")}  # "tariff measures"
    if _countermeasure(verb) or verb.lemma_ in RETALIATION_VERBS or objects & PRESSURE_NOUNS:
        return "threat"
    if verb.lemma_ in ("negotiate", "talk") or verb.lemma_ in OPEN_VERBS | {"enter", "resume", "start", "hold"} \
            and objects & {"talk", "negotiation", "dialogue", "discussion"}:
        return "proposal"
    return "demand"


def _blocks_a_deal(verb: Token) -> bool:
    """"blocked the merger / the bill / the plan": a deal refused (not "blocked the road", "blocked aid")."""
    obj = child(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in OFFER_NOUNS | DEAL_NOUNS


def _plan_clause(noun: Token, lemma: str) -> list[Token] | None:
    """What an offer lays out in the clause around it: "X's proposal would see the islands placed under joint
    rule" (the verb's words), "Under X's plan, the islands would be handed over" (the main clause)."""
    if POSITION_NOUNS.get(lemma) != "proposal":
        return None
    head = noun.head
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in kids(head))
    if noun.dep_ != "nsubj" or negated(head):
        pass  # not "X's proposal does not provide value": a verdict
    elif head.lemma_ in PLAN_VERBS and child(head, "dobj", "ccomp", "xcomp") is not None \
            and (modal or head.lemma_ in ("include", "involve", "envisage")):
        return subtree(head, {t.i for t in subtree(noun)})  # "X's plan includes Y", "would see Y"
    elif head.lemma_ == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in kids(head)):
        return subtree(next(c for c in kids(head) if c.dep_ == "prep" and c.lower_ == "for"))[1:]
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        return subtree(head.head, {t.i for t in subtree(head)})
    return None


def _kept_open(verb: Token) -> bool:
    """"did not rule out X", "refused / declined to rule out X", "nothing has been ruled out"."""
    if not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(verb)):
        return False
    subj = child(verb, "nsubjpass")
    return negated(verb) or subj is not None and subj.lower_ == "nothing" \
        or verb.dep_ == "xcomp" and verb.head.lemma_ in ("refuse", "decline")


def _until_clause(clause: Token) -> Token | None:
    """"would stay out until X ...", with no "if": the condition the act lasts until."""
    if if_clause(clause) is not None or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll")
                                                for c in kids(clause)):
        return None
    return next((c for c in kids(clause) if c.dep_ == "advcl"
                 and any(g.dep_ == "mark" and g.lower_ == "until" for g in kids(c))), None)


def _denied_subject(verb: Token) -> bool:
    """"no agreement will be signed (as long as X)": the future denied through its subject."""
    subj = child(verb, "nsubj", "nsubjpass")
    return subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in kids(subj))


def _raised_subject(verb: Token) -> Token | None:
    """"X is said / understood to have offered Y": X, the subject of the passive report."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.tag_ != "VBN" or head.lemma_ not in gz.SPEECH_VERBS | HEARSAY_VERBS:
        return None
    return child(head, "nsubjpass")


def _insisted_on(verb: Token) -> Token | None:
    """"insisted on X" (not "In a statement, X insisted ...", nor "insisted on anonymity": a source's terms)."""
    prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
    pobj = child(prep, "pobj") if prep is not None else None
    return None if pobj is not None and pobj.lemma_.lower() in SOURCE_TERMS else prep


def _root(toks: list[Token]) -> Token:
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])


def _has_terms(noun: Token) -> bool:
    """A position noun that states its terms ("a bid from X proposing to buy Y", "an offer of $5"), not only what
    it is ("the government's latest pay offer", "the offer made by X")."""
    owner = {d.i for c in kids(noun) if c.dep_ == "poss" or c.dep_ == "acl" and child(c, "agent") is not None
             for d in subtree(c)}
    return any(t.pos_ in ("VERB", "NUM") or t.dep_ == "prep" and t.head.i == noun.i and t.lower_ not in ("by", "from")
               for t in subtree(noun) if t.i not in owner and t.i != noun.i)


def _answered_position(verb: Token) -> Token | None:
    """"accept the rebels' demand", "agree to their terms": the verb's object when it is another party's position
    on the table (not "any deal", "a deal that ...", "the deal": an outcome refused is a red line)."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.lemma_.lower() in ASK_NOUNS), None) \
        or child(verb, "dobj")  # "accept the rebels’ demand", the possessive read as a second object
    if obj is None:
        prep = child(verb, "prep")
        obj = child(prep, "pobj") if prep is not None and prep.lower_ == "to" else None
    if obj is None or obj.lemma_.lower() not in ASK_NOUNS:
        return None
    if _owned(obj) or not any(c.dep_ == "det" and c.lower_ in ("any", "a", "an", "no") for c in kids(obj)):
        return obj
    return None


def _put_forward(noun: Token) -> bool:
    """"a proposal tabled by X", "demands by X", "an offer from X": a position named with the party that put it
    forward (not "X's offer", which only names it, nor "any plan from X", one not yet made)."""
    return not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in kids(noun)) \
        and (_named_source(noun) or noun.dep_ == "dobj" and _source_after(noun) is not None)


def _source_after(noun: Token) -> Token | None:
    """"rejected a proposal from X": the party after "from", which the parser hung on the verb, not the noun."""
    end = subtree(noun)[-1].i + 1
    prep = next((c for c in kids(noun.head) if c.i == end and c.dep_ == "prep" and c.lower_ == "from"), None)
    return child(prep, "pobj") if prep is not None else None


def _owned(noun: Token) -> bool:
    """"any plan from X", "any plan proposed by X", "X's plan": a position another party has put forward."""
    return any(c.dep_ == "poss" for c in kids(noun)) or _named_source(noun)


def _named_source(noun: Token) -> bool:
    """"a plan from X", "demands by X", "a proposal tabled by X": the noun names a party it comes from."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "by") and child(c, "pobj") is not None
               or c.dep_ == "acl" and child(c, "agent") is not None for c in kids(noun))


def _on_agreement(clause: Token, marks: set[str]) -> bool:
    """"the hostages would be handed over if the government agrees on a ceasefire", "if we find agreement, the
    ministry will pay": a good promised for an agreement is an offer, whoever is to carry it out."""
    cond = if_clause(clause)
    return cond is not None and "unless" not in marks and not negated(cond) and (
        cond.lemma_ in AGREEING_VERBS or any(t.lemma_.lower() in AGREEMENT_NOUNS and t.dep_ in ("dobj", "pobj")
                                             for t in subtree(cond)))


def _adverse(cond: Token) -> bool:
    """A condition the other side is to avoid: "if pilots walked out", "if they went on strike", "if X does not"."""
    return negated(cond) or cond.lemma_ in HARM_VERBS | {"strike"} or any(
        t.lemma_ in ADVERSE_NOUNS and t.dep_ in ("dobj", "pobj") for t in subtree(cond))


def _asserts(clause: Token | None) -> bool:
    """A content clause stating a fact or a wish ("had the numbers", "would want X"), not what should be done."""
    if clause is None:
        return False
    auxes = {c.lower_ for c in kids(clause) if c.dep_ == "aux"} - {"do", "does", "did"}  # "don't understand"
    indicative = clause.tag_ in ("VBD", "VBZ") or clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("do", "does", "did") for c in kids(clause))
    return indicative and not auxes or clause.lemma_ in gz.DEMAND_VERBS | {"want"}













def _refuses_in_advance(verb: Token) -> bool:
    """"would oppose any remedy that ...", "will reject any deal that ...": refusing beforehand whatever may be
    put forward is a red line, not the rejection of a demand on the table."""
    if verb.lemma_ not in ("oppose", "reject", "veto", "block", "resist", "refuse"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in kids(verb)):
        return False
    obj = child(verb, "dobj")
    return obj is not None and any(c.dep_ == "det" and c.lower_ == "any" for c in kids(obj))
