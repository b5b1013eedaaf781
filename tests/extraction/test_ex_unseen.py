"""Patterns from fresh news the rules missed, each on sentences written for the test."""


def positions(ex):
    return sorted((d.actor, d.kind, d.target) for d in ex.demands)


def test_a_rejected_proposal_is_also_the_proposers_proposal(extract):
    ex = extract("Chile and Peru met in Lima. Chile rejected Peru’s proposal to share the fishing grounds equally.")
    assert ("Peru", "proposal", "Chile") in positions(ex)
    assert ("Chile", "rejection", "Peru") in positions(ex)


def test_a_demand_stated_as_a_noun_is_a_demand(extract):
    ex = extract("Talks between Chile and Peru collapsed over Chile’s insistence that Peru withdraw its patrol boats.")
    assert [(d.actor, d.kind, d.target) for d in ex.demands] == [("Chile", "demand", "Peru")]
    assert ex.demands[0].text.startswith("Peru withdraw")
