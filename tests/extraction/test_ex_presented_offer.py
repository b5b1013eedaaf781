"""An offer with terms that a party lodges, announces or launches is that party's proposal, as one it makes or
tables; an offer with no terms of its own gives no record."""
from __future__ import annotations


def _proposals(ex, words):
    return {d.actor for d in ex.demands if d.kind == "proposal" and words in d.text}


def test_lodged_an_offer_worth_an_amount(extract):
    ex = extract("Norvik Foods had lodged a final offer worth $3 billion for Lantana Group on Sunday.")
    assert _proposals(ex, "final offer worth") == {"Norvik Foods"}


def test_announced_a_bid_for_a_takeover(extract):
    ex = extract("Ostmark Group on Thursday announced a bid for a hostile takeover of rival Lantana Group.")
    assert _proposals(ex, "hostile takeover") == {"Ostmark Group"}


def test_an_announced_offer_without_terms_gives_no_record(extract):
    ex = extract("Norvik Foods announced its offer on Sunday, a day before the deadline.")
    assert not _proposals(ex, "offer")
