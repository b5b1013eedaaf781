"""An offer of a quality ("offers superior value") claims a merit; an offer of terms or acts is a proposal."""
from __future__ import annotations


def test_an_offer_claimed_to_give_value_is_no_proposal(extract):
    ex = extract("Harwick Foods said it offers superior value to Dunmore shareholders.")
    assert [d for d in ex.demands if d.kind == "proposal"] == []


def test_an_offer_of_terms_stays_a_proposal(extract):
    ex = extract("Harwick Foods offered Dunmore shareholders 450 pence a share in cash.")
    assert "proposal" in {d.kind for d in ex.demands}
