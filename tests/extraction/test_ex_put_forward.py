"""A position answered by another party and named with the party that put it forward ("rejected a proposal tabled
by X", "rejected demands by X", "rejected a merger proposal from X") is also a position of X."""
from __future__ import annotations


def _proposers(ex) -> set[str]:
    return {d.actor for d in ex.demands if d.kind == "proposal"}


def test_a_proposal_tabled_by_a_party_and_rejected(extract):
    ex = extract("Talks stalled on Friday after the Dunmore Group rejected a proposal tabled by Harwick Foods.")
    assert "Harwick Foods" in _proposers(ex)


def test_a_proposal_from_a_party_the_parser_hung_on_the_verb(extract):
    ex = extract("Shares fell after the Dunmore Group rejected a merger proposal from Harwick Foods because it "
                 "undervalued the firm.")
    assert "Harwick Foods" in _proposers(ex)


def test_any_plan_from_a_party_is_not_yet_made(extract):
    ex = extract("The Dunmore Group said it would no longer consider any plan from Harwick Foods.")
    assert "Harwick Foods" not in _proposers(ex)
