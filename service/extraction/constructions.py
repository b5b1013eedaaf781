"""Readers for the constructions of ``position_patterns``: one handler per pattern name.

A mixin of the demand stage's per-article context: the handlers use its holders (``voice``, ``holder``,
``ref``, ``_noun_owner``) and trigger guards (``blocked``, ``embedded``).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import gazetteer as gz
from . import position_patterns as pp
from .positions import (
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
    only_condition,
    side_of,
    subjunctive,
    subtree,
)


class ConstructionReader:
    """The positions of a sentence's pattern matches."""

    # ------------------------------------------------------------ constructions (position_patterns)
    def _constructed(self, sent: Span):
        """Positions of the sentence's pattern matches, each read by its construction's handler."""
        handlers = {"out_of_question": self._denied, "impossible": self._denied, "possible": self._possible,
                    "no_intention": self._no_intention, "no_authority": self._no_authority,
                    "pseudo_cleft": self._pseudo_cleft, "either_or": self._either_or, "passive_by": self._by_agent,
                    "needed": self._needed, "no_choice": self._no_choice, "conditional_on": self._conditional_on,
                    "condition_is": self._condition_is, "disposition": self._disposition,
                    "present_plan": self._present_plan, "vote_against": self._voted_against,
                    "deny_possibility": self._voted_against, "rejection_noun": self._rejection_noun,
                    "stance_that": self._stance, "not_enough": self._not_enough,
                    "deadline": self._deadline, "need_exists": self._need_exists, "committed_to": self._committed,
                    "contest": self._contest, "intent_is": self._intent,
                    "duty": self._duty, "hold_out_for": self._holding_out,
                    "conditional_offer": self._conditional_offer, "warn_of": self._warned_of,
                    "no_possibility": self._no_possibility, "quit_talks": self._quit_talks,
                    "not_yield": self._not_yielding, "door_open": self._door_open}
        for name, toks in self.constructions.get(sent.start, []):
            yield from handlers[name](toks, sent)

    def _possible(self, toks: list[Token], sent: Span):
        """"no deal will be possible as long as X" (denied); "a truce is possible only if A, B and C" (a demand)."""
        verb, adj = toks[0], toks[1]
        subj = child(verb, "nsubj")
        if negated(verb) or negated(adj) or subj is not None and any(
                c.lower_ == "no" and c.dep_ == "det" for c in kids(subj)):
            yield from self._denied(toks, sent)
            return
        cond = only_condition(verb) or only_condition(adj)
        holder = self.voice(verb)
        if cond is not None and holder and not in_if_clause(verb):
            yield Position("demand", holder, self.ref(child(cond, "nsubj", "nsubjpass")), clause_words(cond), sent)

    def _denied(self, toks: list[Token], sent: Span):
        """"X is out of the question", "X is impossible": X rejected; "... unless / as long as Y": Y demanded."""
        verb = toks[0]
        holder = self.voice(verb)
        if not holder or in_if_clause(verb):
            return  # a journalist's assessment, or a condition of something else
        cond = condition_clause(verb)
        if cond is not None:
            target = self.ref(child(cond, "nsubj", "nsubjpass"))
            yield Position("demand", holder, target if target != holder else None, clause_words(cond), sent)
            return
        subj = child(verb, "nsubj")
        if subj is not None and subj.lower_ == "it":
            subj = child(verb, "xcomp", "ccomp")  # "it is out of the question to cede land"
        if subj is not None and subj.lower_ not in ("this", "that", "which"):
            yield Position("rejection", holder, None, subtree(subj), sent)

    def _no_intention(self, toks: list[Token], sent: Span):
        """"has no intention of negotiating with X": the subject refuses the act."""
        verb, noun = toks
        act = _act_of(noun)
        if act is None or not _denied_noun(verb, noun) or in_if_clause(verb):
            return
        holder = self.holder(verb)
        if holder:
            kind = "rejection" if act.lemma_ in NEG_REJECT_VERBS else "red_line"
            yield Position(kind, holder, None, subtree(act), sent)

    def _no_authority(self, toks: list[Token], sent: Span):
        """"X has no authority to negotiate", in someone's words: X's act refused (or, for "we", a red line)."""
        verb, noun, act = toks
        voice = self.voice(verb)
        if not voice or not _denied_noun(verb, noun) or in_if_clause(verb):
            return
        subj = child(verb, "nsubj")
        own = subj is not None and subj.lower_ in ("we", "i")
        actor = None if own or subj is None else self.ref(subj)
        if actor and side_of(self.actors, actor) == side_of(self.actors, voice):
            own, actor = True, None
        yield Position("red_line" if own else "rejection", voice, actor, subtree(act), sent)

    def _pseudo_cleft(self, toks: list[Token], sent: Span):
        """"What we cannot accept is X" (red line), "What Hamas wants is X" (demand), "What we offer is X"."""
        verb, act = toks[0], toks[1]
        pred = child(verb, "attr", "ccomp", "xcomp", "acomp")
        kind = _cleft_kind(act)
        if pred is None or kind is None or in_if_clause(verb):
            return
        holder = self.holder(act)
        if holder:
            yield Position(kind, holder, None, subtree(pred), sent)

    def _needed(self, toks: list[Token], sent: Span):
        """"Guarantees are necessary", "further progress is needed before talks", in someone's words: a demand."""
        verb = toks[0]
        holder = self.voice(verb)
        subj = child(verb, "nsubj", "nsubjpass")
        if subj is not None and subj.lower_ == "it":
            subj = child(verb, "xcomp", "ccomp") or child(toks[1], "xcomp", "ccomp")  # "it is vital that X"
        if holder and subj is not None and subj.pos_ != "PRON" and not negated(verb) and not in_if_clause(verb):
            yield Position("demand", holder, None, subtree(verb, coordinated(verb)), sent)

    def _need_exists(self, toks: list[Token], sent: Span):
        """"there is an urgent need for a ceasefire", in someone's words: a demand for it."""
        verb, noun = toks[0], toks[2]
        prep = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "for"), None)
        content = child(noun, "xcomp", "acl") or (child(prep, "pobj") if prep is not None else None)
        holder = self.voice(verb)
        if holder and content is not None and not _denied_noun(verb, noun) and not in_if_clause(verb):
            yield Position("demand", holder, None, subtree(content), sent)

    def _committed(self, toks: list[Token], sent: Span):
        """"X remains committed to completing the merger", "is determined to recover the islands": a goal X
        declares it will not give up (a red line); "is not committed to X" commits to nothing."""
        verb, act = toks[0], toks[-1]
        holder = self.holder(verb)
        if holder and not in_if_clause(verb) and not negated(verb):
            yield Position("red_line", holder, None, subtree(act), sent)

    def _conditional_offer(self, toks: list[Token], sent: Span):
        """"X would consider lifting sanctions if Y released Z": X's offer to Y (a negated one is elsewhere)."""
        verb = toks[0]
        cond = next((t.head for t in subtree(verb) if t.dep_ == "mark" and t.lower_ == "if"), None)
        if cond is None or negated(verb) or negated(cond) or in_if_clause(verb) or self.blocked(verb) \
                or any(t.lower_ == "only" for t in subtree(verb)):
            return
        target = self.ref(child(cond, "nsubj", "nsubjpass"))
        subj = child(verb, "nsubj")
        words = subtree(verb, {t.i for t in subtree(subj)} if subj is not None else set())
        for holder in self._holders(verb):
            if holder != target:
                yield Position("proposal", holder, target, words, sent)

    def _warned_of(self, toks: list[Token], sent: Span):
        """"X warned of consequences if Y did not Z": a threat against Y."""
        verb, thing = toks[0], toks[-1]
        cond = next((t.head for t in subtree(verb) if t.dep_ == "mark" and t.lower_ in ("if", "unless")), None)
        if self.blocked(verb) or in_if_clause(verb):
            return
        target = self.ref(child(cond, "nsubj", "nsubjpass")) if cond is not None else None
        for holder in self._holders(verb):
            words = subtree(thing) + (subtree(cond) if cond is not None else [])
            yield Position("threat", holder, target if target != holder else None, sorted(words, key=lambda t: t.i),
                           sent)

    def _contest(self, toks: list[Token], sent: Span):
        """"will fight the cuts", "A and B will take legal action against the ruling": the measure is rejected."""
        verb, thing = toks[0], toks[-1]
        if not negated(verb) and not in_if_clause(verb) and not self.blocked(verb):
            for holder in self._holders(verb):
                yield Position("rejection", holder, self._noun_owner(thing), subtree(thing), sent)

    def _intent(self, toks: list[Token], sent: Span):
        """"Our decision is to give up X if Y", "Peru's aim is to reopen X": the owner's offer."""
        verb, owner, act = toks[0], toks[2], toks[3]
        holder = self.voice(verb) if owner.lower_ in ("our", "my") else self.ref(owner)
        if holder and not negated(verb) and not in_if_clause(verb):
            target = self._if_subject(act)
            yield Position("proposal", holder, target if target != holder else None, subtree(act), sent)

    def _duty(self, toks: list[Token], sent: Span):
        """"Serbia has a duty to protect X", in someone's words: a demand on the subject (none when denied)."""
        verb, noun, act = toks
        voice = self.voice(verb)
        if voice and not _denied_noun(verb, noun) and not in_if_clause(verb) \
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in kids(act)):
            target = self.ref(child(verb, "nsubj"))
            yield Position("demand", voice, target if target != voice else None, subtree(act), sent)

    def _holding_out(self, toks: list[Token], sent: Span):
        """"X is holding out for Y": X demands Y."""
        verb, thing = toks[0], toks[-1]
        if negated(verb) or in_if_clause(verb) or self.blocked(verb) or child(verb, "nsubj") is None:
            return
        for holder in self._holders(verb):
            yield Position("demand", holder, None, subtree(thing), sent)

    def _holders(self, verb: Token) -> list[str]:
        """Every named member of the verb's subject ("TPG and Vodafone will ..."), else its one holder."""
        subj = self.quotes.cue_subject(verb)
        members = self.speakers.members(subj) if subj is not None and subj.pos_ != "PRON" \
            and self.owner_person(subj) is None else []
        return [m for m in members if m] or [h for h in [self.holder(verb)] if h]

    def _no_choice(self, toks: list[Token], sent: Span):
        """"members have no choice but to escalate industrial action": a consequence announced."""
        verb, noun, act = toks[0], toks[1], toks[3]
        holder = self.holder(verb)
        if holder and _denied_noun(verb, noun) and not in_if_clause(verb):
            yield Position("threat", holder, None, subtree(act), sent)

    def _conditional_on(self, toks: list[Token], sent: Span):
        """"the offer was conditional on the strike being called off": the offer's owner demands it."""
        verb, adj = toks
        prep = next((c for c in (*kids(adj), *kids(verb)) if c.dep_ == "prep" and c.lower_ in ("on", "upon")),
                    None)
        cond = child(prep, "pobj", "pcomp") if prep is not None else None
        subj = child(verb, "nsubj")
        holder = (self._noun_owner(subj) if subj is not None else None) or self.voice(verb)
        if cond is not None and holder and not in_if_clause(verb):
            yield Position("demand", holder, None, subtree(cond), sent)

    def _condition_is(self, toks: list[Token], sent: Span):
        """"the premise for dialogue is that India withdraws its troops": a demand on the clause's subject."""
        verb, noun, pred = toks
        holder = self._noun_owner(noun) or self.voice(verb)
        if holder and not in_if_clause(verb) and pred.tag_ not in ("WP", "WDT"):  # "what its demands would be"
            target = self.ref(child(pred, "nsubj", "nsubjpass"))
            yield Position("demand", holder, target if target != holder else None, subtree(pred), sent)

    def _not_enough(self, toks: list[Token], sent: Span):
        """"the offer is not good enough", "X was insufficient", in someone's words: X is rejected."""
        verb, pred = toks[0], toks[1]
        shortfall = pred.lemma_.lower() in pp.SHORTFALL_ADJS
        subj = child(verb, "nsubj")
        holder = self.voice(verb)
        if not holder or subj is None or subj.pos_ == "PRON" or self.ref(subj) is not None or in_if_clause(verb):
            return  # "we are not ready", "Iran is not serious": about a party, not a position
        if shortfall != (negated(verb) or negated(pred)):
            yield Position("rejection", holder, self._noun_owner(subj), subtree(subj), sent)

    def _deadline(self, toks: list[Token], sent: Span):
        """"set a deadline of Friday for Royal Mail to improve its offer": a demand on Royal Mail."""
        verb, noun = toks
        act = next((c for c in (*kids(verb), *kids(noun)) if c.dep_ in ("advcl", "acl", "xcomp")
                    and any(g.lower_ == "to" and g.dep_ == "aux" for g in kids(c))), None)
        holder = self.holder(verb)
        if act is None or not holder or self.blocked(verb) or negated(verb):
            return
        to = next((c for c in (*kids(noun), *kids(verb)) if c.dep_ == "prep" and c.lower_ == "to"), None)
        addressee = child(act, "nsubj") or child(verb, "dative") or (child(to, "pobj") if to is not None else None)
        target = self.ref(addressee)
        skip = {t.i for t in subtree(addressee)} if addressee is not None and addressee.head.i == act.i else set()
        words = [t for t in subtree(act, skip) if not (t.dep_ == "mark" and t.head.i == act.i)]
        yield Position("demand", holder, target if target != holder else None, words, sent)

    def _stance(self, toks: list[Token], sent: Span):
        """"reiterated China's stance that Japan admit mistakes": the owner's demand on the clause's subject."""
        noun, clause = toks[0], toks[1]
        if not (subjunctive(clause) or any(c.dep_ == "aux" and c.lower_ in MUST_WORDS for c in kids(clause))):
            return
        holder = self._noun_owner(noun) or (self.holder(noun.head) if noun.dep_ == "dobj" else None)
        if holder and not in_if_clause(noun):
            target = self.ref(child(clause, "nsubj", "nsubjpass"))
            yield Position("demand", holder, target if target != holder else None, clause_words(clause), sent)

    def _disposition(self, toks: list[Token], sent: Span):
        """"expressed readiness to continue the dialogue" (a proposal), "its refusal to negotiate" (a rejection)."""
        noun, act = toks
        if not any(c.lower_ == "to" and c.dep_ == "aux" for c in kids(act)) or in_if_clause(noun):
            return
        holder = self._noun_owner(noun) or (self.holder(noun.head) if noun.dep_ == "dobj" else None)
        kind = "rejection" if noun.lemma_.lower() in ("refusal", "unwillingness", "reluctance") else "proposal"
        if holder:
            yield Position(kind, holder, None, subtree(act), sent)

    def _present_plan(self, toks: list[Token], sent: Span):
        """"presented a five-point proposal, including ...", "made an offer of X": the subject's proposal;
        "set out its terms for a settlement: A and B": the subject's demand."""
        verb, noun = toks
        if self.blocked(verb) or self.embedded(verb) or negated(verb) or verb.lemma_ in gz.PHRASAL_PARTICLES \
                and not any(c.lower_ == gz.PHRASAL_PARTICLES[verb.lemma_] for c in kids(verb)):
            return
        terms = noun.lemma_.lower() in pp.TERMS_NOUNS
        if (terms or verb.lemma_ in ("set", "spell")) and not any(c.dep_ == "prt" for c in kids(verb)):
            return  # "set out / spell out / lay down its terms"; "made demands" is a demand verb's business
        holder = self.holder(verb)
        if holder and _has_content(subtree(noun), noun):
            yield Position("demand" if terms else "proposal", holder, None, subtree(noun), sent)

    def _voted_against(self, toks: list[Token], sent: Span):
        """"will vote against raising the pension age", "voted down the plans", "denied the possibility of X"."""
        verb, thing = toks[0], toks[-1]
        if self.blocked(verb) or negated(verb) or if_clause(verb) is not None or verb.lemma_ == "rule" and not any(
                c.lower_ == "out" for c in kids(verb)):
            return
        for member in self._holders(verb):
            yield Position("rejection", member, None, subtree(thing), sent)

    def _no_possibility(self, toks: list[Token], sent: Span):
        """"sees no possibility of cooperation with X": the holder rejects it ("sees a possibility" is open)."""
        verb, noun, thing = toks[0], toks[1], toks[-1]
        if not _denied_noun(verb, noun) or self.blocked(verb) or in_if_clause(verb):
            return
        for holder in self._holders(verb):
            yield Position("rejection", holder, None, subtree(thing), sent)

    def _quit_talks(self, toks: list[Token], sent: Span):
        """"broke off talks", "ended discussions", "walked out of the negotiations": the talks refused."""
        verb, thing = toks[0], toks[-1]
        particle = {"break": "off", "call": "off", "walk": "out", "pull": "out"}.get(verb.lemma_)
        if particle and not any(c.lower_ == particle for c in kids(verb)) or negated(verb) \
                or self.blocked(verb) or in_if_clause(verb) or verb.tag_ == "VBG" and verb.dep_ != "ROOT" \
                or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "'ll") for c in kids(verb)):
            return  # "called talks", "a move ending the talks"; "would otherwise end the talks" is a threat's words
        holders = self._holders(verb)
        if len(holders) == 1:  # "A and B ended talks": the talks closed, nobody refused them
            yield Position("rejection", holders[0], None, subtree(thing), sent)

    def _not_yielding(self, toks: list[Token], sent: Span):
        """"we're not backing down", "they do not plan on backing down": a red line (the future "will not" is
        the negated verb's business)."""
        verb = toks[0]
        if verb.lemma_ == "back" and not any(c.lower_ == "down" for c in kids(verb)):
            return
        intent = verb.head if verb.dep_ in ("xcomp", "pcomp") else verb
        intent = intent.head if intent.dep_ == "prep" else intent  # "plan on backing down"
        aux = {c.lower_ for c in kids(intent) if c.dep_ == "aux"}
        if not negated(intent) or aux & {"will", "would", "wo", "'ll"} or in_if_clause(intent):
            return
        holder = self._neg_holder(intent)
        if holder:
            frame = {t.i for t in kids(intent) if t.dep_ in ("nsubj", "aux", "mark", "intj")}
            yield Position("red_line", holder, None, subtree(intent, frame), sent)

    def _door_open(self, toks: list[Token], sent: Span):
        """"the door remains open to talks", "left the door open for negotiations": an offer to talk."""
        verb, noun, adj = toks
        if negated(verb) or negated(adj) or in_if_clause(verb) or self.blocked(verb):
            return
        prep = next((c for t in (adj, noun) for c in kids(t) if c.dep_ == "prep" and c.lower_ in ("to", "for")
                     and child(c, "pobj", "pcomp") is not None), None)
        copula = verb.lemma_ not in ("leave", "keep", "hold")
        holder = self.voice(verb) if copula else self.holder(verb)
        if holder and prep is not None:  # "our door remains open" names nothing offered
            yield Position("proposal", holder, None, subtree(child(prep, "pobj", "pcomp")), sent)

    def _rejection_noun(self, toks: list[Token], sent: Span):
        """"the union's rejection of the offer", "the rejection of a pay rise by Unison": the rejecting party's."""
        noun, thing = toks[0], toks[2]
        by = next((c for c in (*kids(noun), *kids(thing)) if c.dep_ in ("prep", "agent") and c.lower_ == "by"),
                  None)
        holder = self._noun_owner(noun) or (self.ref(child(by, "pobj")) if by is not None else None)
        if holder and not in_if_clause(noun):
            exclude = {t.i for t in subtree(by)} if by is not None else set()
            yield Position("rejection", holder, self._noun_owner(thing), subtree(thing, exclude), sent)

    def _by_agent(self, toks: list[Token], sent: Span):
        """"the offer made by X", "X's demand was rejected by Y": the agent holds the position."""
        verb, agent = toks[0], toks[2]
        if self.blocked(verb) or verb.lemma_ in gz.PHRASAL_PARTICLES and not any(
                c.lower_ == gz.PHRASAL_PARTICLES[verb.lemma_] for c in kids(verb)):
            return
        holders = self.speakers.members(agent)
        thing = child(verb, "nsubjpass") if verb.dep_ != "acl" else verb.head
        kind = _agent_kind(verb, thing)
        if not holders or thing is None or kind is None:
            return
        exclude = {t.i for t in subtree(verb)} if verb.dep_ == "acl" else set()
        words = subtree(thing, exclude)
        if kind != "rejection" and not _has_content(words, thing):
            return  # "the offer made by X" names no offer
        owner = self._noun_owner(thing) if kind == "rejection" else None
        for holder in holders:
            yield Position(kind, holder, owner if owner != holder else None, words, sent)


def _denied_noun(verb: Token, noun: Token) -> bool:
    """"has no intention", "does not have the authority"."""
    return negated(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids(noun))


def _act_of(noun: Token) -> Token | None:
    """"intention of negotiating", "intention to negotiate": the act."""
    prep = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    act = child(prep, "pcomp", "pobj") if prep is not None else child(noun, "acl")
    return act if act is not None and act.pos_ == "VERB" else None


def _cleft_kind(act: Token) -> str | None:
    """The position "what X <act> is ..." states, by its verb."""
    if negated(act):
        return "red_line" if act.lemma_ in NEVER_ACCEPT_VERBS | {"do", "give", "tolerate"} else None
    if act.lemma_ in gz.DEMAND_VERBS | {"want", "need", "expect", "ask"}:
        return "demand"
    if act.lemma_ in gz.PROPOSAL_VERBS:
        return "proposal"
    return "rejection" if act.lemma_ in gz.REJECTION_VERBS else None


def _agent_kind(verb: Token, thing: Token | None) -> str | None:
    """The kind of a position an agent holds through a passive verb, None if the verb states none."""
    if thing is None:
        return None
    noun_kind = POSITION_NOUNS.get(thing.lemma_.lower())
    if thing.lemma_.lower() in gz.CONDITION_NOUNS:
        noun_kind = "demand"
    if verb.lemma_ in gz.REJECTION_VERBS:
        return "rejection"
    if verb.lemma_ in gz.PROPOSAL_VERBS or verb.lemma_ in ("submit", "present"):
        return noun_kind or "proposal"
    if verb.lemma_ == "demand":
        return "demand"
    return noun_kind  # "make", "set", "issue", "impose", "request": the noun says what it is


def _has_content(words: list[Token], noun: Token) -> bool:
    """A position noun with words of its own ("a ceasefire offer", "a plan for talks"), not just "the offer"."""
    if noun.lemma_.lower() not in POSITION_NOUNS and noun.lemma_.lower() not in gz.CONDITION_NOUNS:
        return True  # "the ceasefire proposed by X": the noun is the content
    return any(t.i != noun.i and t.dep_ not in ("det", "poss", "case", "punct") and t.pos_ != "PRON" for t in words)
