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


def test_no_need_to_is_no_requirement(extract):
    ex = extract("“If the text gives us nothing, then we don't need to ratify it,” said Senator Mia Holt.")
    assert [d for d in ex.demands if d.kind == "demand"] == []


def test_a_reason_why_is_no_requirement(extract):
    ex = extract("“I see no reason why Chilean quotas should be cut,” Commissioner Jan Vos told reporters.")
    assert ex.demands == []


def test_what_a_speaker_cannot_see_is_no_position(extract):
    ex = extract("Party leader Tomas Berg stresses that he still can't see a majority for the reform.")
    assert ex.demands == []


def test_a_forecast_with_expect_is_no_demand(extract):
    ex = extract("Minister Ana Ruiz said Chile expected formal talks to begin next month.")
    assert ex.demands == []


def test_expecting_a_party_to_act_is_a_demand(extract):
    ex = extract("Minister Ana Ruiz said Chile expected Peru to withdraw its claim.")
    assert [(d.kind, d.target) for d in ex.demands] == [("demand", "Peru")]


def test_denying_a_wish_is_no_demand(extract):
    ex = extract("Caracas denies that it wants control of the mine, insisting it seeks only a fair royalty.")
    assert "control of the mine" not in [d.text for d in ex.demands]


def test_a_call_beside_a_denial_stands(extract):
    ex = extract("Ombudsman Ivan Petrov said Serbia was denying monitors access to the camps and called on "
                 "the United Nations to press Belgrade harder.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("demand", "Ivan Petrov")]
