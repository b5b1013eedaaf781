"""Demand triggers on real news wording: where the content sits, and wordings that state no position."""


def positions(ex):
    return [(d.kind, d.actor, d.text) for d in ex.demands]


def test_push_for_after_an_opening_date(extract):
    ex = extract("On Friday, Lima pushed for a wider fishing zone than it had sought before.")
    assert [(k, a) for k, a, _ in positions(ex)] == [("demand", "Peru")]
    assert ex.demands[0].text.startswith("a wider fishing zone")


def test_insist_on_after_an_opening_phrase(extract):
    ex = extract("In a rare move, Oslo insisted on keeping its quota for the northern stock.")
    assert positions(ex) == [("demand", "Norway", "keeping its quota for the northern stock")]


def test_insisting_on_anonymity_is_no_demand(extract):
    ex = extract("A Kenyan official, insisting on anonymity, said the draft was still being studied.")
    assert ex.demands == []
