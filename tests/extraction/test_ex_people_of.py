"""Plural people as a position's subject stand for the one organization named for them ("the Dockers' Union"
for "dockers") or named with them elsewhere ("the Red Hand militants"); stakeholders do not speak for a body."""
from __future__ import annotations


def _holders(ex, words):
    return {d.actor for d in ex.demands if words in d.text}


def test_thousands_of_members_named_in_the_union_name(extract):
    ex = extract("The Federation of Harbour Pilots said on Monday that talks with Portline had failed. Thousands of "
                 "pilots at operator Portline rejected a pay offer of 3 percent over two years.")
    assert _holders(ex, "pay offer") == {"Federation of Harbour Pilots"}


def test_plural_fighters_named_with_their_group_elsewhere(extract):
    ex = extract("Gunmen from the Red Hand Brigade seized a bus near Tobruk. Negotiators met the Red Hand Brigade "
                 "gunmen on Friday. The gunmen are demanding a ransom of $2 million for the passengers.")
    assert _holders(ex, "ransom") == {"Red Hand Brigade"}


def test_shareholders_do_not_speak_for_the_company(extract):
    ex = extract("Talks between Norvik Foods and Lantana Group stalled. Norvik Foods shareholders met on Monday. The "
                 "shareholders are demanding a higher price.")
    assert "Norvik Foods" not in _holders(ex, "higher price")
