"""The per-doc parse tables the position rules read give what spaCy gives: children, subtrees, attributes."""
from service.extraction.positions import _tree, kids, rows, sent_tokens, subtree

TEXT = ("The dockers' union, which rejected the port's offer on Monday, said it would not return to work unless "
        "wages rose. “Either the board pays or we stay out,” its leader Ines Moro told reporters in Valparaíso.")


def test_children_and_subtrees_are_spacy_s(extractor):
    doc = extractor.nlp(TEXT)
    assert [[c.i for c in kids(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    assert [[w.i for w in subtree(t)] for t in doc] == [[w.i for w in t.subtree] for t in doc]
    assert [w.i for w in subtree(doc[5], {6, 7})] == [w.i for w in doc[5].subtree if w.i not in (6, 7)]


def test_subtrees_with_crossing_arcs_walk_as_spacy_does(extractor):
    doc = extractor.nlp(TEXT)
    _tree(doc).stretches = dict.fromkeys(range(len(doc)))  # as if an arc crossed into every subtree
    assert [[w.i for w in subtree(t)] for t in doc] == [[w.i for w in t.subtree] for t in doc]


def test_rows_and_sentences_are_spacy_s(extractor):
    doc = extractor.nlp(TEXT)
    assert rows(doc) == [(t.lemma_, t.lower_, t.pos_, t.tag_, t.dep_) for t in doc]
    assert [[t.i for t in sent_tokens(s)] for s in doc.sents] == [[t.i for t in s] for s in doc.sents]
