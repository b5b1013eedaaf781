"""Demands: the five kinds, several per sentence, positions inside quotes, conditions."""
from service.extraction import DEMAND_KINDS, TOPICS


def positions(ex):
    return [(d.kind, d.actor, d.text) for d in ex.demands]


def kinds(ex):
    return sorted((d.kind, d.actor) for d in ex.demands)


def test_demand_with_target_and_content(extract):
    ex = extract("Moscow demands Kyiv pull its troops from the border region.")
    d, = ex.demands
    assert (d.kind, d.actor, d.target) == ("demand", "Russia", "Ukraine")
    assert d.text.startswith("pull its troops")
    assert d.topic == "territory"


def test_rejection_and_proposal_in_one_sentence(extract):
    ex = extract("Kyiv has rejected a pull-back, proposing that the conflict be frozen along the front line.")
    assert kinds(ex) == [("proposal", "Ukraine"), ("rejection", "Ukraine")]


def test_red_line_in_reported_speech(extract):
    ex = extract("President Ana Ruiz stressed that Chile would never recognise the breakaway region.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("red_line", "Chile")] or \
        [(d.kind, d.actor) for d in ex.demands] == [("red_line", "Ana Ruiz")]


def test_threat_with_condition(extract):
    ex = extract("Paris has threatened to block the package if its fishing fleet loses access.")
    d, = ex.demands
    assert (d.kind, d.actor) == ("threat", "France")
    assert "block the package" in d.text


def test_conditional_consequence_in_a_warning(extract):
    ex = extract("Foreign Minister Jean Roux warned that France would reimpose sanctions unless Iran "
                 "restored cooperation.")
    assert ("threat", "Jean Roux") in kinds(ex) or ("threat", "France") in kinds(ex)


def test_position_inside_a_quote_belongs_to_the_speaker(extract):
    ex = extract("“The occupiers must leave our land,” said General Omar Said.")
    assert ("demand", "Omar Said") in kinds(ex)


def test_refusal_until_a_condition_is_a_demand(extract):
    ex = extract("Chile said it would not sign the treaty until Peru withdrew its claims.")
    d, = ex.demands
    assert (d.kind, d.actor, d.target) == ("demand", "Chile", "Peru")


def test_readiness_is_a_proposal(extract):
    ex = extract("The Rebel Front said it was ready to release all captives in exchange for a truce.")
    assert ("proposal", "Rebel Front") in kinds(ex)


def test_ultimatum(extract):
    ex = extract("Colombia's government gave the Rebel Front 30 days to free the hostages.")
    d, = ex.demands
    assert (d.kind, d.actor) == ("demand", "Colombia") and "free the hostages" in d.text


def test_call_on_someone_to_act(extract):
    ex = extract("Norway urged both sides to keep talking. The African Union has called for an immediate ceasefire.")
    assert kinds(ex) == [("demand", "African Union"), ("demand", "Norway")]


def test_say_is_not_a_demand_and_hopes_are_not_positions(extract):
    ex = extract("Chile said the talks were useful. Peru hopes for a deal by spring.")
    assert ex.demands == []


def test_wish_of_a_non_actor_is_not_a_position(extract):
    ex = extract("“Both sides want to avoid escalation,” said Treasury Secretary Ben Cole.")
    assert ex.demands == []


def test_joint_position_with_commitment_verbs(extract):
    ex = extract("Armenia vowed to keep talking.")
    assert kinds(ex) == [("proposal", "Armenia")]


def test_fields_are_valid_and_offsets_slice_the_text(extract):
    body = ("Moscow demands Kyiv pull its troops back. Kyiv has rejected a pull-back. "
            "“We will never give up our land,” said President Ivan Koval.")
    ex = extract(body)
    assert ex.demands
    for d in ex.demands:
        assert d.kind in DEMAND_KINDS and d.topic in TOPICS
        assert body[d.start:d.end] == d.text
        assert d.text in body and d.evidence in body
