"""A refusal of another party's position is addressed to that party: "declined X's offer", "rejected a bid from
X", "rejected a plan tabled by X" target X, not some other party the sentence names."""
from __future__ import annotations


def _rejection(ex, words):
    return next(d for d in ex.demands if d.kind == "rejection" and words in d.text)


def test_declined_a_possessed_offer_targets_the_offerer(extract):
    ex = extract("Brazil and Peru met in Lima on Monday. At talks with Bolivia, Chile declined Peru's offer for joint "
                 "patrols.")
    assert _rejection(ex, "offer").target == "Peru"


def test_rejected_a_bid_from_a_named_rival_targets_the_bidder(extract):
    ex = extract("Norvik Foods has rejected a final $4 billion takeover bid from Swiss rival Lantana Group after "
                 "talks with Danske Bank.")
    assert _rejection(ex, "bid").target == "Lantana Group"


def test_rejected_a_plan_tabled_by_a_person_targets_that_person(extract):
    ex = extract("Serbia rejected a plan tabled by EU envoy Marta Kessler at talks with Kosovo.")
    assert _rejection(ex, "plan").target == "Marta Kessler"
