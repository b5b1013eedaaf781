"""The press reporting a story takes no position in it: a "they" or "the union" that resolution sends to the
outlet gives no record, while an outlet that speaks in its own sentence ("said in an editorial") still holds one."""
from __future__ import annotations


def test_a_they_misresolved_to_the_reporting_outlet_holds_nothing(extract):
    ex = extract("Dockworkers at the port walked out on Monday, the Harbor Gazette reported. They also want a six "
                 "percent raise from the Port Authority.")
    assert not [d for d in ex.demands if d.actor == "Harbor Gazette"]


def test_a_described_union_misresolved_to_the_outlet_holds_nothing(extract):
    ex = extract("Dockworkers at the port walked out on Monday, the Harbor Gazette reported. The union said they "
                 "will strike again unless the port operator raises pay.")
    assert not [d for d in ex.demands if d.actor == "Harbor Gazette"]


def test_an_outlet_speaking_in_its_own_sentence_keeps_its_position(extract):
    ex = extract("Dockworkers at the port walked out on Monday, the Harbor Gazette reported. The Harbor Gazette said "
                 "in an editorial that the Port Authority must raise pay.")
    assert [d for d in ex.demands if d.actor == "Harbor Gazette" and "raise pay" in d.text]
