""""X cannot be done" in someone's words refuses the act (a rejection), while "X cannot be separated from Y"
refuses a parting and so demands the link."""
from __future__ import annotations


def _kinds(ex, words):
    return {d.kind for d in ex.demands if words in d.text}


def test_cannot_be_done_is_a_rejection(extract):
    ex = extract("Chile and Peru resumed budget talks. Chilean negotiator Ivo Markel told reporters that new "
                 "fishing quotas cannot be granted this year.")
    assert _kinds(ex, "granted") == {"rejection"}


def test_cannot_be_separated_stays_a_demand(extract):
    ex = extract("Chile and Peru resumed budget talks. Chilean negotiator Ivo Markel told reporters that the fishing "
                 "quotas cannot be separated from the border question.")
    assert _kinds(ex, "separated") == {"demand"}
