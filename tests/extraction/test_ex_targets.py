"""Demand targets: whom a position is addressed to, and who never is."""


def test_a_news_agency_reporting_a_position_is_not_its_target(extract):
    ex = extract("Hanoi and Manila held talks on the reef on Monday. Hanoi pushed for a wider fishing zone than it "
                 "had claimed before, the Tanaka News agency reported after the talks.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("demand", "Vietnam", "Philippines")]


def test_a_red_line_is_held_against_the_other_party(extract):
    ex = extract("Hanoi and Manila held talks on the reef on Monday. Manila sent its coast guard to the reef. "
                 "Hanoi said it would never cede the reef.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("red_line", "Vietnam", "Philippines")]


def test_an_outlet_only_spoken_to_is_not_a_target(extract):
    ex = extract("The Reform Party and the Social Democrats held budget talks. “We need more money for schools,” "
                 "party leader Lauri Läänemets told ERR. “We cannot accept these sums,” he told ERR.")
    assert "ERR" not in [d.target for d in ex.demands]


def test_both_sides_address_each_other(extract):
    ex = extract("Hanoi and Manila held talks on the reef on Monday. Both sides want the reef as a basis to claim "
                 "fishing rights.")
    assert sorted((d.actor, d.target) for d in ex.demands) == [("Philippines", "Vietnam"), ("Vietnam", "Philippines")]


def test_allied_companies_do_not_address_each_other(extract):
    ex = extract("Norvale Energy agreed in May to buy Quilton Power. The two companies will be seeking an order from "
                 "the federal court that the merger should be permitted.")
    assert all(d.target not in ("Norvale Energy", "Quilton Power") for d in ex.demands)


def test_mediators_urging_both_sides_do_not_address_each_other(extract):
    ex = extract("Israel and Hamas resumed talks in Cairo. Qatar and Egypt urged both sides to show flexibility.")
    assert {d.target for d in ex.demands} & {"Qatar", "Egypt"} == set()


def test_an_agency_that_negotiates_is_no_outlet(extract):
    ex = extract("Iran and the International Atomic Energy Agency met in Vienna. Iran demanded that the International "
                 "Atomic Energy Agency close its inquiry.")
    assert [d.target for d in ex.demands] == ["International Atomic Energy Agency"]
