""""his party", "her government": a body a person's possessive names is that person's side, not the party last
mentioned."""
from __future__ import annotations


def test_his_party_is_the_speakers_not_the_last_party_named(extract):
    ex = extract("The Greens met senator Tomas Oyelaran on Monday. The Greens want a carbon levy. Oyelaran later "
                 "said his party will vote against the fuel levy.")
    holders = {d.actor for d in ex.demands if "fuel levy" in d.text}
    assert holders and "Greens" not in holders
    assert holders <= {"Tomas Oyelaran"} | {a.affiliation for a in ex.actors if a.name == "Tomas Oyelaran"}


def test_her_party_in_a_refusal_with_a_condition(extract):
    ex = extract("Labour courted the Liberal Party for weeks. Ada Kovac said her party would not join a coalition "
                 "unless the levy is scrapped.")
    holders = {d.actor for d in ex.demands if "levy" in d.text}
    assert holders and holders <= {"Ada Kovac"} | {a.affiliation for a in ex.actors if a.name == "Ada Kovac"}
