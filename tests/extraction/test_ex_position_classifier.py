"""The learned position detector: its features, its weights file, and the records it adds where no rule fires."""
from __future__ import annotations

import re

from service.extraction.nlp import load_model
from service.extraction.position_classifier import NONE, WEIGHTS_FILE, PositionClassifier
from service.extraction.records import DEMAND_KINDS

STAFFING = "members would not accept any deal that cuts staffing"
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


def test_a_position_the_rules_miss_is_read_with_its_speaker(extract, rules_extract):
    body = f"Lena Ford of the Dockers Union said {STAFFING}."
    assert rules_extract(body).demands == []
    (demand,) = extract(body).demands
    assert (demand.actor, demand.kind, demand.text, demand.evidence) == ("Lena Ford", "red_line", STAFFING, body)
    assert body[demand.start:demand.end] == demand.text
    assert demand.target is None


def test_a_pronoun_or_a_description_holds_the_position_of_its_antecedent(extract):
    for first, then in [("Lena Ford leads the Dockers Union.", "She"),
                        ("The Dockers Union met the operator on Monday.", "The union")]:
        ex = extract(f"{first} {then} said {STAFFING}.")
        assert [(d.actor, d.text) for d in ex.demands] == [(ex.actors[0].name, STAFFING)]


def test_plain_facts_state_no_position(extract):
    assert extract("The talks were held in a hotel near the airport on Tuesday. "
                   "Officials from both unions met for three hours.").demands == []


def test_an_extractor_without_weights_runs_the_rules_alone():
    from service.extraction import Extractor

    assert Extractor(load_model(), position_weights=None).demand_finder.classifier is None
