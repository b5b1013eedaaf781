"""When the sentence names no other party outside a position's words, the one party those words name is its
target ("a hostile takeover of rival X", "better access to X's ports"), not a party guessed from the story; an
agent ("verified by X") is not."""
from __future__ import annotations


def _target(ex, words):
    return next(d.target for d in ex.demands if words in d.text)


def test_the_party_inside_the_words_beats_a_story_guess(extract):
    ex = extract("Peru and Chile met in Lima. Peru wants Chile to cut tariffs. Peru also wants Chile to open its "
                 "skies. Bolivia said on Monday it wants better access to Chile's ports.")
    assert _target(ex, "Chile's ports") == "Chile"


def test_an_agent_inside_the_words_is_not_the_target(extract):
    ex = extract("Chile and Peru met in Lima. Chile wants Peru to cut tariffs. Peru wants any truce to be verified "
                 "by the United Nations.")
    assert _target(ex, "verified") != "United Nations"
