""""unwilling / reluctant to do X" refuses what the other side asks (a rejection); "not ready to give up X" declares
what a party will not yield (a red line)."""
from __future__ import annotations


def _kinds(ex, words):
    return {d.kind for d in ex.demands if words in d.text}


def test_unwilling_to_do_what_is_asked_is_a_rejection(extract):
    ex = extract("Chile wants Peru to lower its tariffs on copper. Peru is unwilling to lower its tariffs on copper.")
    assert _kinds(ex, "lower its tariffs") >= {"rejection"}
    assert "red_line" not in _kinds(ex, "lower its tariffs")


def test_not_ready_to_give_up_stays_a_red_line(extract):
    ex = extract("Chile wants Peru to cede the valley. \"We are not ready to give up the valley,\" said Peruvian "
                 "negotiator Ivo Markel.")
    assert _kinds(ex, "give up the valley") == {"red_line"}
