"""The learned position detector: its features and its weights file."""
from __future__ import annotations

import re

from service.extraction.nlp import load_model
from service.extraction.position_classifier import NONE, WEIGHTS_FILE, PositionClassifier
from service.extraction.records import DEMAND_KINDS

# every feature name sentence_features can make
FEATURE_SHAPES = re.compile(r"w=.+|root=.+|md=.+\+.+|(neg|aux|xcomp|ccomp|dobj|mark|prep)>.+|.+-(aux|xcomp|ccomp|dobj|"
                            r"mark|prep)-.+|subj=.+|mark=.+|quote|attributed|first_person")


def features(extractor, text: str) -> list[str]:
    (_, found), = extractor.sentence_features(extractor.nlp(text))
    return found


def test_features_read_words_modals_and_attribution_but_no_names(extractor):
    found = features(extractor, "Lena Ford said the operator must raise wages in Norland by 2027.")
    assert {"root=say", "attributed", "md=must+raise", "aux>raise", "raise-dobj-wage", "w=wage",
            "say-ccomp-raise"} <= set(found)
    assert not any(w in f for f in found for w in ("lena", "ford", "norland", "2027"))


def test_features_mark_conditions_quotes_and_the_first_person(extractor):
    found = features(extractor, "“We will sign only if the blockade ends,” the minister said.")
    assert {"mark=if", "mark=only_if", "quote", "first_person", "subj=pron"} <= set(found)


def test_weights_load_and_name_features_the_feature_function_makes():
    classifier = PositionClassifier()
    assert set(classifier.classes) == {NONE, *DEMAND_KINDS}
    assert 0 < classifier.threshold < 1
    assert all(len(row) == len(classifier.classes) for row in classifier.weights.values())
    assert all(FEATURE_SHAPES.fullmatch(name) for name in classifier.weights)
    assert WEIGHTS_FILE.stat().st_size < 1_000_000


def test_probabilities_sum_to_one(extractor):
    probs = PositionClassifier().probabilities(features(extractor, "The talks resume on Monday."))
    assert abs(sum(probs.values()) - 1) < 1e-9


def test_an_extractor_without_weights_runs_the_rules_alone():
    from service.extraction import Extractor

    assert Extractor(load_model(), position_weights=None).demand_finder.classifier is None
