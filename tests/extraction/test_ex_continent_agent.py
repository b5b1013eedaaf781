"""A continent acting ("Europe wants ...", "Europe refuses ...") is its union when the story names that union, as a
capital acting is its state; a continent that only locates gives no holder."""
from __future__ import annotations


def test_europe_as_an_agent_is_the_european_union(extract):
    ex = extract("Trade talks between the European Union and Chile resumed in Santiago. At the same time, Europe "
                 "wants better access to Chile's lithium deposits.")
    assert {d.actor for d in ex.demands if "lithium" in d.text} == {"European Union"}


def test_europe_is_no_holder_when_the_story_names_no_union(extract):
    ex = extract("Trade talks between Chile and Peru resumed in Santiago. At the same time, Europe wants better "
                 "access to Chile's lithium deposits.")
    assert not [d for d in ex.demands if "lithium" in d.text]
