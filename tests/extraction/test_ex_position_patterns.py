"""The position patterns: valid spaCy DependencyMatcher data, matched the same by PositionMatcher."""
from spacy.matcher import DependencyMatcher

from service.extraction.position_patterns import PATTERNS, PositionMatcher

SENTENCES = [
    "The Kremlin said talks with Kyiv were out of the question as long as troops remained in Kursk.",
    "A truce is possible only if Hamas releases all hostages, Netanyahu said.",
    "Hamas said it had no intention of negotiating, and the council has no authority to sign treaties.",
    "\"What we cannot accept is a deal that leaves our farmers exposed,\" Mary Kelly said.",
    "Teamsters leader Sean O'Brien said either UPS withdraws the plan or the union will strike.",
    "The offer made by Royal Mail was rejected, and a ceasefire is impossible.",
    "Guarantees are necessary, and its members had no choice but to strike.",
    "The offer was conditional on the strike ending; the basis for dialogue is that India withdraws.",
    "He expressed readiness to continue talks and presented a five-point proposal.",
    "Labor will vote against the bill, and Japan denied the possibility of an early farm deal.",
    "The LGA criticised the rejection of the pay rise by Unison.",
    "He reiterated China's stance that Japan admit its mistakes.",
    "Royal Mail set a deadline of Friday for the union to accept its offer.",
    "The offer is not good enough and would not be a reasonable agreement.",
    "The mayor said there is an urgent need for a ceasefire, and Bolivia remains committed to resuming talks.",
    "The union will fight the pension cuts and will take legal action against the ruling.",
    "Our aim is to reopen the border by March, and Serbia has a duty to protect the monasteries.",
    "Peru is holding out for a larger quota.",
    "Peru is determined to recover the islands and would consider talks if Chile warned of reprisals.",
    "The Workers Party sees no possibility of cooperation and walked out of the talks.",
    "Aramco broke off talks, but Shell is not backing down.",
    "The door remains open to talks, and Chile left the door open for negotiations.",
]


def spacy_matches(nlp, doc):
    matcher = DependencyMatcher(nlp.vocab)
    for name, patterns in PATTERNS.items():
        matcher.add(name, patterns)
    return sorted((nlp.vocab.strings[key], tuple(ids)) for key, ids in matcher(doc))


def test_every_construction_is_exercised_and_matched_like_spacy(extractor):
    nlp = extractor.nlp
    ours = PositionMatcher()
    seen = set()
    for doc in nlp.pipe(SENTENCES):
        found = sorted((name, tuple(t.i for t in toks)) for name, toks in ours(doc))
        assert found == spacy_matches(nlp, doc), doc.text
        seen |= {name for name, _ in found}
    assert seen == set(PATTERNS)
