"""Demand targets: whom a position is addressed to, and who never is."""


def test_a_news_agency_reporting_a_position_is_not_its_target(extract):
    ex = extract("Hanoi and Manila held talks on the reef on Monday. Hanoi pushed for a wider fishing zone than it "
                 "had claimed before, the Tanaka News agency reported after the talks.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("demand", "Vietnam", "Philippines")]
