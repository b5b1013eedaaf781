"""A good promised for the other side's agreement is an offer, not a threat, whoever is to carry it out: "the
detainees would be released if the government agrees to talks", "if we reach a deal, the ministry will pay"."""
from __future__ import annotations


def _kinds(ex, words):
    return {d.kind for d in ex.demands if words in d.text}


def test_a_passive_good_promised_for_an_agreement_is_a_proposal(extract):
    ex = extract("The Ogaden National Front met envoys from Ethiopia on Monday. Commander Abdi Warsame said if the "
                 "government agrees to a truce, the detainees would be released to church leaders in Dire Dawa.")
    assert _kinds(ex, "released") == {"proposal"}


def test_a_third_party_restoring_upon_a_deal_is_a_proposal(extract):
    ex = extract("The Nurses Guild of Ruritania walked out on Monday. Health Secretary Ivo Markel said if we reach a "
                 "deal, then the Treasury will restore the nurses' overtime.")
    assert _kinds(ex, "restore") == {"proposal"}


def test_a_harm_if_the_other_side_does_not_agree_stays_a_threat(extract):
    ex = extract("The Nurses Guild of Ruritania walked out on Monday. Health Secretary Ivo Markel said unless the "
                 "guild accepts the deal, the Treasury will cut the nurses' overtime.")
    assert "proposal" not in _kinds(ex, "cut")
