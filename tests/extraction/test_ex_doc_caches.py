"""Per-doc caches give what spaCy gives: the text, the entities."""
from service.extraction.actors import _capitalized, _proper_nouns, _tokens_with_text, named_entities, span_text
from service.extraction.nlp import doc_text


def test_cached_text_and_entities_match_spacy(extractor):
    doc = extractor.nlp("Envoy Lena Okafor met the Harbour Pilots Guild in Lagos.\n\nShe said  “talks go on”.  ")
    assert doc_text(doc) == doc.text
    assert [(e.start, e.end, e.label_) for e in named_entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_abbreviation_after_its_name_and_a_cue(extract):
    ex = extract("The Coastal Freight Workers Federation (COFEW) walked out on Monday. COFEW said it would stay "
                 "out until the talks resume.")
    got = {a.name: a for a in ex.actors}
    assert "COFEW" not in got
    assert "COFEW" in got["Coastal Freight Workers Federation"].aliases


def test_span_text_is_spacy_text(extractor):
    doc = extractor.nlp("The Harbour Pilots’ Guild said  “no” \n to Envoy Lena Okafor .")
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a, len(doc) + 1)]
    assert all(span_text(s) == s.text for s in spans)


def test_word_indexes_list_the_doc_in_order(extractor):
    doc = extractor.nlp("The North said (again) that Envoy Lena Okafor of the Harbour Guild (HG) would stay.")
    assert [t.i for t in _capitalized(doc)] == [t.i for t in doc if t.text[:1].isupper()]
    assert [t.i for t in _proper_nouns(doc)] == [t.i for t in doc if t.pos_ == "PROPN"]
    assert [t.i for t in _tokens_with_text(doc, "(")] == [t.i for t in doc if t.text == "("]
