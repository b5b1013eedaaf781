"""Speaker resolution: names, pronouns, metonyms and generic noun phrases -> actors.

"He said" after a sentence about a person is that person; "It insists" is the last
state/organization subject; "A British government spokesperson" speaks for the
United Kingdom; "the company" is the most recent organization; "the spokesperson"
is whoever the earlier "spokesperson" was.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from . import gazetteer as gz
from .actors import ActorTable, dateline_end
from .nlp import doc_text, tokens
from .quotes import is_saying, quote_parts

SUBJECT_DEPS = ("nsubj", "nsubjpass")
_HE_SHE = frozenset({"he", "she", "him", "her", "his"})
_GENDER = {"he": "m", "him": "m", "his": "m", "mr": "m", "mr.": "m", "sir": "m", "lord": "m",
           "she": "f", "her": "f", "hers": "f", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f",
           "lady": "f", "dame": "f"}
_GROUP = frozenset({"it", "they", "its", "their", "them", "we", "our", "us"})
# "both sides", "the two governments": plural nouns that name the parties of the story together
_PARTY_NOUNS = frozenset({"side", "government", "delegation", "bloc", "party", "country", "nation",
                          "team", "union", "capital", "leader", "group", "negotiator", "power", "company", "firm"})
_SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# titles held in someone else's service: "the lawyer of X" is not X
_SERVING_NOUNS = _SPOKESPERSON_NOUNS | {"adviser", "advisor", "lawyer", "attorney", "deputy", "envoy", "analyst"}
# office holders who, several and unnamed, are a government's ("ministers warned"; not "diplomats", "sources")
_GOVERNMENT_PERSON_NOUNS = frozenset({"minister", "official"})
_GROUP_SIZES = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_STATE_PARTY_NOUNS = frozenset({"government", "country", "nation", "capital"})
_ORG_PARTY_NOUNS = frozenset({"bloc", "union", "group", "company", "firm"})


def _according(tok: Token) -> bool:
    """"according to a government source": a source the story may go on to call "the source"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _content_subject(cue: Token) -> Token | None:
    """The subject of what a cue verb reports: of its content clause, or of the clause it is set after."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if clause is None and cue.dep_ in ("ccomp", "parataxis") and cue.head.i < cue.i:
        clause = cue.head
    return next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None


def _located(tok: Token, head: Token) -> bool:
    """"Rebels in Sudan's Darfur region": a place after "in" or "at" locates the head, it does not own it."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in ("in", "at", "near", "across", "inside"):
            place = next((c for c in cur.children if c.dep_ == "pobj"), None)
            return place is not None and place.lemma_.lower() not in _BODY_NOUNS  # "officials at the ministry"
        cur = cur.head
    return False


# verbs of saying whose act is a document the story may go on to name ("X reported ... The report said")
_VERB_DOCUMENTS = {"report": "report", "state": "statement"}
_ORG_NOUNS = gz.GENERIC_ORG_NOUNS | gz.DESCRIPTION_ORG_NOUNS
_BODY_NOUNS = gz.GENERIC_ORG_NOUNS | gz.GOVERNMENT_NOUNS | gz.STATE_BODY_WORDS | gz.DEPARTMENT_WORDS \
    | frozenset({"delegation", "team", "office", "embassy", "mission", "ministry", "department", "cabinet"})


# organization nouns that describe the same kind of body ("the union" may be an "Association")
_KINDRED_ORG_NOUNS = (frozenset({"union", "association", "federation", "guild", "syndicate", "confederation"}),
                      frozenset({"bloc", "union", "alliance", "coalition", "federation", "league"}),
                      frozenset({"company", "firm", "group", "carmaker", "automaker", "manufacturer", "producer",
                                 "drugmaker", "developer", "retailer", "lender", "bank", "insurer", "airline",
                                 "operator", "employer", "publisher", "studio", "utility"}))


def _kindred(noun: str) -> frozenset[str]:
    return frozenset({noun}).union(*(k for k in _KINDRED_ORG_NOUNS if noun in k))


_REGULATOR_HEADS = frozenset({"commission", "authority", "agency", "regulator", "office", "board", "watchdog"})


class Speakers:
    """Resolves tokens to actor names within one article."""

    def __init__(self, doc: Doc, actors: ActorTable):
        self.doc = doc
        self.actors = actors
        self.sents = list(doc.sents)
        self.sent_of: dict[int, int] = {}
        for k, s in enumerate(self.sents):
            self.sent_of.update(dict.fromkeys(range(s.start, s.end), k))
        self.noun_memory: dict[str, str] = {}
        # coordinated actor mentions ("X and Y") in text order: (token index, names)
        self.pairs: list[tuple[int, tuple[str, ...]]] = []
        self.org_subjects: list[tuple[int, str]] = []  # organizations as subjects, in text order
        self.documents: list[tuple[int, str, str]] = []  # (token index, document noun, who issued it)
        self.mentions = actors.mention_runs()
        # per sentence: the person / group subject and mention in force before it
        self.before: list[tuple[str | None, str | None, str | None, str | None]] = []
        self.quoted_chars = [(p.start, p.end) for p in quote_parts(doc)]
        self.dateline = dateline_end(doc_text(doc))
        self.gender: dict[str, str] = {}
        self._track()

    # ------------------------------------------------------------ tracking
    def _track(self) -> None:
        toks = tokens(self.doc)
        token_actor = self.actors.token_actor
        p_subj = g_subj = p_last = g_last = None
        for sent in self.sents:
            self.before.append((p_subj, g_subj, p_last, g_last))
            subj_p = subj_g = None
            sent_toks = toks[sent.start:sent.end]
            for tok in sent_toks:
                dep = tok.dep_
                if (dep in SUBJECT_DEPS or dep == "pobj") and self._is_narrated_subject(tok):
                    name = self._subject_actor(tok)
                    kind = self.actors.kind(name)
                    if kind == "person" and tok.lower_ in _HE_SHE:
                        self.gender.setdefault(name, _GENDER[tok.lower_])  # "she said" about Ruiz: Ruiz is a she
                    if kind == "person" and (subj_p is None or self._main_clause_subject(tok)):
                        subj_p = name
                    elif kind in ("state", "organization") and subj_g is None:
                        subj_g = name
                    if kind == "organization":
                        self.org_subjects.append((tok.i, name))
                name = token_actor.get(tok.i)
                if name is not None:
                    self._note_pair(tok)
                lemma = tok.lemma_
                if lemma in _VERB_DOCUMENTS or lemma.lower() in gz.DOCUMENT_NOUNS:
                    self._note_document(tok)
                kind = self.actors.kind(name)
                if kind == "person":
                    p_last = name
                elif kind:
                    g_last = name
            self._note_gender(sent_toks, subj_p)
            p_subj = subj_p or p_subj
            g_subj = subj_g or g_subj

    def _subject_actor(self, tok: Token) -> str | None:
        """The actor a narrated subject names; a speaker's as the cue reads it ("..., the company said")."""
        if tok.dep_ == "nsubj" and is_saying(tok.head):
            return next(iter(self.of_cue(tok, tok.head)), None)
        return self.resolve(tok)

    def _note_gender(self, sent_toks: list[Token], subject: str | None) -> None:
        """"Ms Ruiz", "Mr Lee": an honorific gives a person's gender; so does the first he/she/his/her the narrator
        uses after the person's name in a sentence whose subject they are."""
        token_actor = self.actors.token_actor
        toks = tokens(self.doc)
        for i in range(sent_toks[0].i, sent_toks[-1].i + 1):
            name = token_actor.get(i)
            if name and i > 0 and self.actors.kind(name) == "person":
                prev = toks[i - 1]
                if prev.lower_ in _GENDER and prev.pos_ == "PROPN" and token_actor.get(i - 1) != name:
                    self.gender.setdefault(name, _GENDER[prev.lower_])
        if subject is None or subject in self.gender:
            return
        seen = False
        for tok in sent_toks:
            seen = seen or token_actor.get(tok.i) == subject
            if seen and tok.lower_ in _HE_SHE and not self._quoted(tok):
                self.gender[subject] = _GENDER[tok.lower_]
                return

    @staticmethod
    def _main_clause_subject(tok: Token) -> bool:
        """"While Brownlee claims X, Clark dismissed his claims": the subject of the sentence's own verb is the
        one a later "she" picks up, not that of a clause before it."""
        return tok.head.i == tok.sent.root.i and tok.dep_ in SUBJECT_DEPS

    def _is_narrated_subject(self, tok: Token) -> bool:
        """A subject (or agent, or "according to" source) in the story's own words: a subject inside a
        quotation is the speaker's topic, never the antecedent of the narrator's "she said"."""
        if not (tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent") or _according(tok)):
            return False
        return not self._quoted(tok)

    def _quoted(self, tok: Token) -> bool:
        return any(s <= tok.idx < e for s, e in self.quoted_chars)

    def _note_document(self, tok: Token) -> None:
        """Remember who issued a document ("X said in a statement", "X released a report", "a statement from X",
        "X reported") for a later "the statement added", "the report said"."""
        noun = _VERB_DOCUMENTS.get(tok.lemma_) if tok.pos_ == "VERB" else None
        if noun:
            author = self.resolve(next((c for c in tok.children if c.dep_ == "nsubj"), None))
            if author:
                self.documents.append((tok.i, noun, author))
            return
        if tok.dep_ not in ("pobj", "dobj") or tok.pos_ != "NOUN" or tok.lemma_.lower() not in gz.DOCUMENT_NOUNS:
            return
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head if tok.dep_ == "dobj" \
            else None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        author = self.issuer(tok) or (self.resolve(subj) if subj is not None else None)
        if author:
            self.documents.append((tok.i, tok.lemma_.lower(), author))

    def issuer(self, tok: Token) -> str | None:
        """Who a document names as its issuer: "X's report", "the X statement", "a statement by/from X", "a
        letter sent by X"."""
        if tok.lemma_.lower() not in gz.DOCUMENT_NOUNS:
            return None
        for child in tok.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and self.actors.at(child)):
                return self.resolve(child)
            preps = [child] if child.dep_ == "prep" else \
                [g for g in child.children if g.dep_ == "agent"] if child.dep_ == "acl" and child.tag_ == "VBN" else []
            for prep in (p for p in preps if p.lower_ in ("by", "from")):
                author = next((self.resolve(g) for g in prep.children if g.dep_ == "pobj"), None)
                if author:
                    return author
        return None

    def _document_author(self, tok: Token) -> str | None:
        """"a statement by X", "X's report", "the statement added": who issued the document."""
        noun = tok.lemma_.lower()
        if noun not in gz.DOCUMENT_NOUNS:
            return None
        author = self.issuer(tok)
        if author or not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return author
        earlier = [(n == noun, i, a) for i, n, a in self.documents if i < tok.i]
        return max(earlier)[2] if earlier else None  # the last such document, else the last one ("the filing")

    def _note_pair(self, tok: Token) -> None:
        """Remember "X and Y" (an actor's mention with conjuncts) as a pair the story may later call "both sides"."""
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            return
        names = [self.actors.at(t) for t in (tok, *tok.conjuncts)]
        if all(names) and len(set(names)) > 1:
            self.pairs.append((tok.i, tuple(dict.fromkeys(names))))

    # ------------------------------------------------------------ resolution
    def members(self, tok: Token | None) -> list[str]:
        """Every actor a subject names: one, a coordination ("X and Y") or a group ("both sides")."""
        if tok is None:
            return []
        group = self.group(tok)
        if group:
            return group
        titled = self._titled_person(tok)
        if titled:
            return [titled]
        listed = self._listed_members(tok)
        if listed:
            return listed
        out = []
        for t in (tok, *tok.conjuncts, *self._inner_conjuncts(tok)):
            name = self.resolve(t)
            if name and name not in out:
                out.append(name)
        return out

    def _listed_members(self, tok: Token) -> list[str]:
        """"Officials from A, B and C", "dairy processors A, B and C": a plural description whose apposition, or
        whose object of "from" or "of", lists several actors speaks for each of them."""
        if tok.tag_ != "NNS" or self.actors.at(tok):
            return []
        for child in tok.children:
            if child.dep_ == "appos":
                listed = child
            elif child.dep_ == "prep" and child.lower_ in ("from", "of"):
                listed = next((c for c in child.children if c.dep_ == "pobj"), None)
            else:
                continue
            if listed is not None and listed.conjuncts:
                names = list(dict.fromkeys(n for t in (listed, *listed.conjuncts) if (n := self.actors.at(t))))
                if len(names) > 1:
                    return names
        return []

    def _titled_person(self, tok: Token) -> str | None:
        """"Party whip and negotiator Ana Ruiz told ...": a bare title noun conjoined to a titled person's name is a
        second title of that person, not a speaker of its own."""
        if tok.pos_ != "NOUN" or self.actors.at(tok) or any(c.dep_ in ("det", "poss") for c in tok.children):
            return None
        for conj in tok.conjuncts:
            name = self.actors.at(conj)
            if self.actors.kind(name) == "person" and any(
                    c.dep_ == "compound" and (c.pos_ == "NOUN" or c.lower_ in gz.TITLE_WORDS) for c in conj.lefts):
                return name
        return None

    def of_cue(self, subject: Token | None, cue: Token) -> list[str]:
        """The actors a cue verb's subject names; an unnamed description ("the company", "a government official")
        whose words name a body of its own kind as their subject speaks of itself in the third person ("Shaw
        remains committed ..., the company said"; "China will respond ..., an official warned")."""
        names = self.members(subject)
        return [self.self_named(subject, cue, names[0])] if len(names) == 1 else names

    def self_named(self, subject: Token | None, cue: Token, name: str) -> str:
        """The body an unnamed description's words name as their own subject, if of the description's kind."""
        if subject is None or subject.pos_ != "NOUN" or self.actors.at(subject) or any(
                self.actors.at(t) or gz.fold(t.text) in gz.DEMONYMS for t in subject.subtree if t.i != subject.i):
            return name
        kind = self.actors.kind(name)
        own_subject = _content_subject(cue)
        own = self.actors.at(own_subject) if own_subject is not None else None
        if kind not in ("state", "organization") or not own or self.actors.kind(own) != kind:
            return name
        clause = own_subject.head
        first_person = any(t.lower_ in ("we", "our", "us") for t in clause.subtree)
        # "China will respond ..., an official warned": a commitment, with the attribution after it
        committed = cue.i > clause.i and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")
                                             for c in clause.children)
        return own if first_person or committed else name

    def _inner_conjuncts(self, tok: Token) -> list[Token]:
        """"The PTU and Harbour Workers Union", parsed as a modifier with its own conjunct."""
        return [t for c in tok.lefts if c.dep_ in ("nmod", "compound") and self.actors.at(c)
                and self.actors.at(c) != self.actors.at(tok) and any(g.dep_ == "cc" for g in c.children)
                for t in (c, *c.conjuncts)]

    def group(self, tok: Token) -> list[str]:
        """"both sides", "each side", "the two blocs", "the three countries": the last such set of main parties named
        together, else (for two) the two most mentioned."""
        each = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "each" for c in tok.children)
        size = 2 if each else next((_GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in _GROUP_SIZES), 0)
        if tok.lemma_.lower() not in _PARTY_NOUNS or not (each or tok.tag_ == "NNS") or not size:
            return []
        noun = tok.lemma_.lower()
        wanted = ("state",) if noun in _STATE_PARTY_NOUNS else \
            ("organization",) if noun in _ORG_PARTY_NOUNS else ("state", "organization")
        ranked = [n for _, n in sorted(((c, n) for n, c in self.mentions.items()
                                        if self.actors.kind(n) in wanted), reverse=True)]
        floor = self.mentions[ranked[1]] / 2 if len(ranked) > 1 else 0
        for i, names in reversed(self.pairs):
            # a pair of bystanders named in passing are not "both sides"
            if i < tok.i and len(names) == size and all(n in ranked and self.mentions[n] >= floor for n in names):
                return list(names)
        return ranked[:2] if size == 2 and len(ranked) >= 2 else []

    def resolve(self, tok: Token | None) -> str | None:
        """The actor a (subject) token refers to, or None."""
        if tok is None:
            return None
        if tok.idx < self.dateline:
            return self._after_dateline(tok)
        if tok.lower_ == "one":
            return self._one_of(tok)
        name = self.actors.at(tok)
        appositive = self._appositive_person(tok)
        if appositive and (self.actors.kind(name) != "person" or tok.lower_ in gz.TITLE_WORDS):
            return appositive  # "The Finance Minister, Simon O'Brien, says" / "UN envoy Maria Holguin said"
        if name:
            return self._speaker_for(name, tok)
        known = self._known_surname(tok)
        if known:
            return known
        state = self._principal_state(tok) or self._served_body(tok)
        if state:
            return state
        for child in tok.children:
            # "its top commander, Antonio García," / "Hamas chief negotiator Khalil al-Hayya"
            if child.dep_ in ("appos", "compound") and self.actors.kind(self.actors.at(child)) == "person":
                return self.actors.at(child)
            # "the country's biggest union, the teachers' group SADTU, said"
            if child.dep_ == "appos" and self.actors.at(child):
                return self.actors.at(child)
        if tok.pos_ == "NOUN":
            # "the UN's envoy for Cyprus, Ana Ruiz, said": the parser hangs the name on the place
            for prep in tok.children:
                if prep.dep_ != "prep":
                    continue
                for obj in prep.children:
                    for child in obj.children:
                        if child.dep_ == "appos" and self.actors.kind(self.actors.at(child)) == "person":
                            return self.actors.at(child)
        low = tok.lower_
        if low in _HE_SHE:
            return self._antecedent(tok, person=True)
        if low in _GROUP and tok.pos_ == "PRON":
            return self._antecedent(tok, person=False)
        if tok.pos_ in ("NOUN", "PROPN"):
            return self._document_author(tok) or self._generic(tok)
        return None

    def _after_dateline(self, tok: Token) -> str | None:
        """"JOHANNESBURG (Reuters) - One of the unions said": the parser makes the dateline the subject; the
        real one is the apposition after it (the outlet in brackets is not the speaker)."""
        dash = next((c.i for c in tok.children if c.text in ("-", "—", "–")), len(tok.doc))
        subject = next((c for c in tok.children if c.dep_ == "appos" and c.i > dash), None)
        return self.resolve(subject) if subject is not None else None

    def _one_of(self, tok: Token) -> str | None:
        """"One of the country's largest unions said ...": the organization the next sentence introduces."""
        group = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"), None)
        if group is None or group.lemma_.lower() not in gz.GENERIC_ORG_NOUNS:
            return None
        return self._introduced_next(tok, "organization")

    def _introduced_next(self, tok: Token, kind: str, cue_nouns: frozenset[str] = frozenset()) -> str | None:
        """The first actor of this kind that the next sentence names for the first time (right after one of the
        cue nouns, if given): "A ministry spokesperson said ... Spokeswoman Ana Ruiz told ..."."""
        k = self.sent_of.get(tok.i, 0) + 1
        if k >= len(self.sents):
            return None
        nxt = self.sents[k]
        for t in nxt:
            info = self.actors.actors.get(self.actors.at(t) or "")
            if info is None or info.kind != kind or info.first < nxt.start_char:
                continue
            if not cue_nouns or (t.i > nxt.start and t.doc[t.i - 1].lower_ in cue_nouns) \
                    or (t.head.lower_ in cue_nouns and t.dep_ == "appos"):
                return info.name
        return None

    def _known_surname(self, tok: Token) -> str | None:
        """"Raisi said" where the tagger missed the name: a capitalized word that is the surname or an alias of
        exactly one person the article has already named."""
        if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
            return None
        named = {info.name for info in self.actors.actors.values() if info.kind == "person" and info.first < tok.idx
                 and (info.name.split()[-1] == tok.text or tok.text in info.aliases)}
        return named.pop() if len(named) == 1 else None

    def _principal_state(self, tok: Token) -> str | None:
        """"a spokeswoman for Canada's trade minister, Mary Ng," / "Ms Ng's spokeswoman": the spokesperson of a
        state's official speaks for the state."""
        if tok.lower_ not in _SPOKESPERSON_NOUNS:
            return None
        served = [c for c in tok.children if c.dep_ == "poss"]
        served += [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for o in p.children if o.dep_ == "pobj"]
        for cand in (t for s in served for t in (s, *(c for c in s.children if c.dep_ == "appos"))):
            info = self.actors.actors.get(self.actors.at(cand) or "")
            if info and info.kind == "person" and self.actors.kind(info.affiliation) == "state":
                return info.affiliation
        return None

    def _served_body(self, tok: Token) -> str | None:
        """"a spokesperson for the company", "an official at the ministry": the body the unnamed person serves,
        itself a description resolved like any other (and remembered for a later "the spokesperson")."""
        if tok.lemma_.lower() not in gz.GENERIC_PERSON_NOUNS:
            return None
        for obj in (o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and not self.actors.at(o)):
            body = self.resolve(obj)
            if self.actors.kind(body) in ("state", "organization"):
                self.noun_memory[tok.lemma_.lower()] = body
                return body
        return None

    def _appositive_person(self, tok: Token) -> str | None:
        """The person an appositive names beside the subject: "the minister, Simon O'Brien,"."""
        named = [c for c in tok.children if c.dep_ == "appos"]
        if tok.lower_ in gz.TITLE_WORDS and tok.lower_ not in _SERVING_NOUNS:
            # "Chairman of the Board and Chief Executive Officer Eli Harari said", the name read as the object
            named += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj"]
        return next((self.actors.at(c) for c in named if self.actors.kind(self.actors.at(c)) == "person"
                     and self.actors.at(c) != self.actors.at(tok)), None)

    def _speaker_for(self, name: str, tok: Token) -> str:
        """"Netanyahu's office" speaks for the person's state."""
        head = tok.head
        if tok.dep_ == "poss" and head.lower_ in ("office", "government", "administration", "ministry", "camp"):
            info = self.actors.actors.get(name)
            if info and info.kind == "person" and info.affiliation:
                return info.affiliation
        return name

    def _antecedent(self, tok: Token, person: bool) -> str | None:
        k = self.sent_of.get(tok.i, 0)
        sent = self.sents[k]
        # an earlier subject in the same sentence
        for t in sent:
            if t.i >= tok.i:
                break
            if (t.dep_ in SUBJECT_DEPS or t.dep_ == "appos") and not self._quoted(t):
                name = self.actors.at(t)
                if name and (self.actors.kind(name) == "person") == person:
                    return self._speaker_for(name, t)
        p_subj, g_subj, p_last, g_last = self.before[k]
        if person:
            return self._same_gender(tok, p_subj or p_last)
        return g_subj or g_last

    def _same_gender(self, tok: Token, found: str | None) -> str | None:
        """"Lee met Ana Ruiz. ... she said": when the person in force is known to be of the other gender, the
        latest person named before who is known to be of the pronoun's gender, else not known to be of the other."""
        want = _GENDER[tok.lower_]
        if found is None or self.gender.get(found, want) == want:
            return found
        earlier = [n for i in range(tok.i - 1, -1, -1) if self.actors.kind(n := self.actors.token_actor.get(i))
                   == "person" and self.gender.get(n, want) == want]
        known = [n for n in earlier if n in self.gender]
        return (known or earlier or [found])[0]

    def _generic(self, tok: Token) -> str | None:
        """"A British government spokesperson", "the company", "the army", "Iranian officials"."""
        low = tok.lemma_.lower()
        owner = None
        for child in tok.subtree:
            if child.i == tok.i or child.i < tok.i and any(t.text in ("--", "—", "–", ")") for t in
                                                           tok.doc[child.i + 1:tok.i]):
                continue  # "CAIRO (AFP) -- Rebels said": what a dash or a bracket closes off owns nothing after it
            if child.i > tok.i and (child.dep_ not in ("prep", "pobj", "compound", "amod", "poss")
                                    or _located(child, tok)):
                continue
            name = self.actors.at(child)
            if name and self.actors.kind(name) in ("state", "organization"):
                if owner and not (low in gz.GENERIC_ORG_NOUNS and self.actors.kind(name) == "organization"):
                    continue
                owner = name  # "Germany's X pilots' union": the union is X, not Germany
                if self.actors.kind(name) == "organization" or low not in gz.GENERIC_ORG_NOUNS:
                    break
            dem = gz.DEMONYMS.get(gz.fold(child.text)) if child.ent_type_ in ("NORP", "GPE", "") else None
            if dem and child.dep_ in ("amod", "compound", "nmod", "conj") and dem in self.actors.actors:
                owner = dem
                break
        person = self._described_person(tok, owner) or self._named_spokesperson(tok, owner) \
            or self._named_after_lede(tok, owner)
        if person:
            return person
        words = (low, tok.lower_)
        is_generic = any(w in gz.GENERIC_PERSON_NOUNS or w in _ORG_NOUNS or w in gz.GOVERNMENT_NOUNS
                         or w in gz.STATE_BODY_WORDS or w in ("negotiator", "official", "officials", "side", "team")
                         for w in words)
        if owner and (is_generic or self._named_in_compound(tok, owner)):
            self.noun_memory[low] = owner
            return owner
        if not is_generic:
            return None
        for child in tok.children:
            # "Netanyahu's office said": the office speaks for the person's state
            if child.dep_ == "poss" and self.actors.kind(self.actors.at(child)) == "person":
                info = self.actors.actors[self.actors.at(child)]
                return info.affiliation or info.name
        body = self._unnamed_body(tok)
        if body:
            self.noun_memory[low] = body
            return body
        if low in _SPOKESPERSON_NOUNS and not any(c.lower_ == "the" for c in tok.children):
            # "Germany's ministry summoned the envoy. “...,” a spokesperson said": a spokesperson speaks for someone,
            # the state or organization the story is about
            body = self.before[self.sent_of.get(tok.i, 0)][1]
            if body:
                self.noun_memory[low] = body
            return body
        if not any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children):
            if low in gz.GENERIC_ORG_NOUNS and tok.lower_.endswith("s") and self.sent_of.get(tok.i, 0) == 0:
                # "Rebels in Darfur said ... The Sudan Liberation Movement ...": the story's opening names them next
                return self._introduced_next(tok, "organization")
            if tok.tag_ == "NNS" and low in _GOVERNMENT_PERSON_NOUNS:
                return self.actors.main_state()  # "ministers warned", "top officials said": the story's government
            return None  # "a diplomat briefed on the talks", "aid agencies": unnamed, no affiliation
        if low in self.noun_memory:
            return self.noun_memory[low]
        found = self._earlier_owner(tok) if low in gz.GENERIC_PERSON_NOUNS else None
        if not found and low in gz.GOVERNMENT_NOUNS:
            found = self.actors.main_state()
        elif not found and low in _ORG_NOUNS:
            found = self._speakers_org(tok) or self._recent_org(tok, low)
        found = found or self._named_body(low)
        if found:
            self.noun_memory[low] = found
        return found

    def _earlier_owner(self, tok: Token) -> str | None:
        """"citing a Hamas source ... the source said": the body an earlier mention of the same unnamed person
        names as its owner."""
        for t in reversed(tok.doc[:tok.i]):
            if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN":
                owners = [self.actors.at(c) for c in t.children if c.dep_ in ("compound", "poss", "amod")]
                return next((o for o in owners if self.actors.kind(o) in ("state", "organization")), None)
        return None

    def _named_in_compound(self, tok: Token, owner: str) -> bool:
        """"the Al Arabiya TV channel reported": an organization's name inside the noun phrase as its modifier
        makes the noun that organization, whatever the noun."""
        return self.actors.kind(owner) == "organization" and tok.dep_ in SUBJECT_DEPS \
            and any(c.dep_ == "compound" and self.actors.at(c) == owner for c in tok.children)

    def _described_person(self, tok: Token, owner: str | None) -> str | None:
        """"the Ukrainian leader", "the senator", "the Republican nominee": the person last named before whose
        role has the noun (and who belongs to the owner, if any); else, with an owner, its last named person;
        without one, the person subject in force."""
        noun = tok.lemma_.lower()
        if noun not in gz.PERSON_DESCRIPTION_NOUNS or tok.dep_ not in SUBJECT_DEPS or tok.tag_ == "NNS" \
                or not any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children) \
                or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children):
            return None  # "allows the president to seek ...": an office, not the person
        affiliated = None
        for i in range(tok.i - 1, -1, -1):
            info = self.actors.actors.get(self.actors.token_actor.get(i, ""))
            if info is None or info.kind != "person" or not self._may_belong(info, owner):
                continue
            if self._role_has(info, noun):
                return info.name
            if owner and info.affiliation == owner:
                affiliated = affiliated or info.name
        in_force = self.before[self.sent_of.get(tok.i, 0)][0]
        if owner:
            # "Zelensky met ... The Ukrainian leader said": a person, never the state, when nobody else fits
            unaffiliated = in_force and self._may_belong(self.actors.actors[in_force], owner) \
                and self.actors.actors[in_force].affiliation is None
            return affiliated or (in_force if unaffiliated else None) or self._named_later(tok, noun, owner)
        return in_force or self._named_later(tok, noun, owner)

    @staticmethod
    def _role_has(info, noun: str) -> bool:
        role = [gz.TITLE_ABBREVIATIONS.get(w, w) for w in (info.role or "").lower().split()]
        return noun in role or (noun == "leader" and bool(gz.LEADER_TITLES.intersection(role)))

    @staticmethod
    def _may_belong(info, owner: str | None) -> bool:
        """Whether a person may be the owner's: not affiliated elsewhere, nor titled by another state
        ("Israeli leader" is not "the US leader")."""
        if owner is None:
            return True
        if info.affiliation not in (owner, None):
            return False
        states = {gz.DEMONYMS.get(gz.fold(w)) or gz.STATE_NAMES.get(gz.fold(w)) for w in (info.role or "").split()}
        return not (states - {None, owner})

    def _named_later(self, tok: Token, noun: str, owner: str | None) -> str | None:
        """"France's foreign trade minister has said ... French Minister Sophie Primas said": a description in a
        story's opening sentence names the person the story goes on to name with that title."""
        if self.sent_of.get(tok.i, 0) > 1:
            return None
        later = [info for info in self.actors.actors.values() if info.kind == "person" and info.first > tok.idx
                 and self._role_has(info, noun) and self._may_belong(info, owner)]
        fitting = [info for info in later if owner is None or info.affiliation == owner]
        modifiers = {c.lower_ for c in tok.children if c.dep_ == "compound"}
        if not fitting and modifiers:
            # "Greece's finance minister said ... Finance Minister Yannis Petrou": the owner left unsaid later, the
            # one titled with the description's own words
            fitting = [info for info in later if modifiers <= set((info.role or "").lower().split())]
        return min(fitting, key=lambda info: info.first).name if fitting else None

    def _named_after_lede(self, tok: Token, owner: str | None) -> str | None:
        """"North Korea's main nuclear envoy said ... Vice Foreign Minister Kim Kye Gwan said ...": the one person a
        story's opening sentence describes (an owner's or "the") is the person the next sentence names as its
        subject, when nothing ties that person to another owner."""
        if self.sent_of.get(tok.i, 0) != 0 or tok.tag_ == "NNS" or tok.dep_ not in SUBJECT_DEPS \
                or tok.lemma_.lower() not in gz.GENERIC_PERSON_NOUNS or tok.lower_ in _SPOKESPERSON_NOUNS \
                or not any(c.dep_ == "poss" or c.lower_ == "the" for c in tok.children):
            return None
        name = self._introduced_next(tok, "person")
        if name is None or not self._may_belong(self.actors.actors[name], owner):
            return None
        first = self.actors.actors[name].first
        subject = next((t for t in self.sents[1] if t.idx >= first and self.actors.at(t) == name), None)
        return name if subject is not None and (subject.dep_ in SUBJECT_DEPS or subject.head.dep_ in SUBJECT_DEPS) \
            else None

    def _named_spokesperson(self, tok: Token, owner: str | None) -> str | None:
        """"A foreign ministry spokesperson said X. Spokeswoman Ana Ruiz told ...": the person the next sentence
        names as a spokesperson (of the same owner, if known)."""
        if tok.lower_ not in _SPOKESPERSON_NOUNS or not any(c.lower_ in ("a", "an") for c in tok.children):
            return None
        name = self._introduced_next(tok, "person", _SPOKESPERSON_NOUNS)
        return name if name and self.actors.actors[name].affiliation in (owner, None) else None

    def _named_body(self, noun: str) -> str | None:
        """"the commission" / "the regulator" after "the Japan Fair Trade Commission": the one actor with a
        name or alias ending in that body word (a state's body folded into the state speaks for it)."""
        heads = _REGULATOR_HEADS if noun in ("regulator", "watchdog") else {noun}
        if noun not in gz.STATE_BODY_WORDS and noun not in ("regulator", "watchdog"):
            return None
        owners = {name for name, info in self.actors.actors.items() if info.kind in ("state", "organization")
                  and any(a.split()[-1].lower() in heads for a in {name, *info.aliases} if a and len(a.split()) > 1)}
        return owners.pop() if len(owners) == 1 else None

    def _unnamed_body(self, tok: Token) -> str | None:
        """"a ministry spokeswoman", "a government source" (the main state); "a company spokesperson" (the
        organization that last acted)."""
        body = next((c for c in tok.children if c.dep_ in ("compound", "amod")
                     and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and not self.actors.at(c))), None)  # "Union officials"
        noun = body.lemma_.lower() if body is not None else None
        if noun in gz.GOVERNMENT_NOUNS:
            return self.actors.main_state()
        if noun in gz.GENERIC_ORG_NOUNS:
            return self._recent_org(tok, noun)
        return None

    def _speakers_org(self, tok: Token) -> str | None:
        """"X warned that the group would ...": the organization of the person whose words these are."""
        cur = tok
        while cur.head.i != cur.i:
            cur = cur.head
            if cur.lemma_ in gz.SPEECH_VERBS:
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                name = self.actors.at(subj) if subj is not None else None
                info = self.actors.actors.get(name) if name else None
                if info and info.kind == "person" and self.actors.kind(info.affiliation) == "organization":
                    return info.affiliation
                return None
        return None

    def _described_as(self, tok: Token, noun: str) -> str | None:
        """The last organization the text introduced with this noun before tok: "the performers' union Equity",
        "SAG-AFTRA, the American performers' union"."""
        doc = tok.doc
        for t in reversed(doc[:tok.i]):
            if t.lower_ != noun or t.pos_ not in ("NOUN", "PROPN"):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            candidates = [nxt] if nxt is not None else []
            if t.dep_ == "appos":
                candidates.append(t.head)
            for c in candidates:
                name = self.actors.at(c)
                if name and self.actors.kind(name) == "organization":
                    return name
        return None

    def _earlier_in_words(self, tok: Token) -> str | None:
        """"X's chief said member companies had offered ...; the companies rejected ...": the same noun used
        earlier in the words of an organization's person is that organization."""
        for t in reversed(tok.doc[:tok.i]):
            if t.lower_ == tok.lower_:
                found = self._speakers_org(t)
                if found:
                    return found
        return None

    def _recent_org(self, tok: Token, noun: str) -> str | None:
        """"the union": an organization whose name has the noun, else the last one that acted, else the last
        one mentioned."""
        named = self._named_with(noun, tok)
        if len(named) == 1:
            return named[0]
        described = self._described_as(tok, noun) or self._earlier_in_words(tok)
        if described:
            return described
        kindred = self._named_with(_kindred(noun), tok) or self._named_with(_kindred(noun), tok, later=True)
        if len(kindred) == 1:
            return kindred[0]  # "the union" after (or, opening the story, before) the "X Nurses Association"
        other = self._described_otherwise(noun) | self._named_otherwise(noun)
        acted = [n for i, n in self.org_subjects if i < tok.i and gz.fold(n).split()[0] not in gz.REGION_ADJECTIVES
                 and n not in other]
        if acted:
            return acted[-1]
        for i in range(tok.i - 1, -1, -1):
            name = self.actors.token_actor.get(i)
            if name and self.actors.kind(name) == "organization" and name not in other:
                return name
        return None

    def _named_with(self, nouns: str | frozenset[str], tok: Token, later: bool = False) -> list[str]:
        """The organizations named before tok (or anywhere) whose name has the noun (or one of the nouns)."""
        nouns = frozenset({nouns}) if isinstance(nouns, str) else nouns
        bloc = "bloc" in nouns  # "the bloc" may be the "European Union", "the union" is not
        return [n for n, a in self.actors.actors.items() if a.kind == "organization" and (later or a.first < tok.idx)
                and nouns.intersection(gz.fold(n).split())
                and (bloc or gz.fold(n).split()[0] not in gz.REGION_ADJECTIVES)]

    def _named_otherwise(self, noun: str) -> set[str]:
        """Organizations whose own name calls them another kind of body: "X Hospital System" is never "the
        union"."""
        kin = _kindred(noun)
        out = set()
        for name, info in self.actors.actors.items():
            words = {w for a in (name, *info.aliases) for w in gz.fold(a).split()}
            if info.kind == "organization" and words & gz.GENERIC_ORG_NOUNS and not words & kin:
                out.add(name)
        return out

    def _described_otherwise(self, noun: str) -> set[str]:
        """Organizations the text introduced with another organization noun only ("X pilots' union" is never
        "the airline")."""
        if not hasattr(self, "_descriptors"):
            self._descriptors: dict[str, set[str]] = {}
            for t in tokens(self.doc):
                if t.lemma_.lower() not in gz.GENERIC_ORG_NOUNS or t.pos_ not in ("NOUN", "PROPN") \
                        or self.actors.at(t):
                    continue  # the "Union" of "European Union" is part of a name, not a description
                near = [t.head] if t.dep_ == "appos" else []
                near += [self.doc[t.i + 1]] if t.i + 1 < len(self.doc) else []
                near += [c for c in t.subtree if c.dep_ == "compound" and c.i < t.i]
                for c in near:
                    name = self.actors.at(c)
                    if name and self.actors.kind(name) == "organization":
                        self._descriptors.setdefault(name, set()).add(t.lemma_.lower())
        return {n for n, nouns in self._descriptors.items() if noun not in nouns}
