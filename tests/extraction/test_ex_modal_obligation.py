"""A modal states a position only when it binds a party: not a past or foreseen necessity, nor a denied one."""
from __future__ import annotations


def test_past_necessity_in_a_quote_is_no_demand(extract):
    ex = extract('"It is sad that relations had to sink this low," said Marta Kollár, the Hungarian envoy.')
    assert ex.demands == []


def test_foreseen_necessity_is_no_demand(rules_extract):
    ex = rules_extract("Ortega conceded that the two unions would probably have to settle within a month.")
    assert ex.demands == []


def test_necessity_with_a_condition_stays(extract):
    ex = extract("Chile's minister Ana Duarte said the vote would have to wait until Peru withdrew its ships.")
    assert "demand" in {d.kind for d in ex.demands}


def test_necessity_under_a_denial_is_no_demand(extract):
    ex = extract('"It is not true that Norway wants a deal at any price and we simply have to sign it," '
                 'said Norwegian minister Lars Berg.')
    assert "sign" not in " ".join(d.text for d in ex.demands)


def test_inability_of_no_party_is_no_demand(extract):
    ex = extract('"Farmers cannot survive another season like this," said Peruvian minister Rosa Vela.')
    assert ex.demands == []


def test_a_party_that_cannot_act_is_still_bound(extract):
    ex = extract('"Peru cannot keep its navy in our waters," said Chilean minister Ana Duarte.')
    assert [d.kind for d in ex.demands] == ["demand"]
