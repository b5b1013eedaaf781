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


def test_only_if_condition_is_a_demand(extract):
    ex = extract("Senator Maya Holt said her party would back the budget only with a guarantee for nurses.")
    d, = ex.demands
    assert d.kind == "demand" and "guarantee for nurses" in d.text


def test_rejection_phrases(extract):
    ex = extract("The Fishermen's Guild said the quota offer did not go far enough.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("rejection", "Fishermen's Guild")]
    ex = extract("“But the answer on night flights is no,” said airport union chief Dan Moss.")
    assert [(d.kind, d.text) for d in ex.demands] == [("rejection", "night flights")]


def test_if_they_want_x_there_will_be_no_deal_rejects_x(extract):
    ex = extract("“If the Americans are looking for a full dismantling, there will be no agreement,” "
                 "Foreign Minister Reza Amini said.")
    kinds = [(d.kind, d.actor) for d in ex.demands]
    assert kinds == [("rejection", "Reza Amini")]
    assert "dismantling" in ex.demands[0].text


def test_there_will_be_no_is_a_red_line(extract):
    ex = extract("“There will be no truce with the militia,” General Hamid Osman said.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("red_line", "Hamid Osman")]


def test_rejection_in_a_relative_clause(extract):
    ex = extract("Envoy Paul Reed said Peru must cut its tariffs, a demand Lima has repeatedly rejected.")
    assert ("rejection", "Peru") in [(d.kind, d.actor) for d in ex.demands]


def test_urged_hung_on_the_content_clause_keeps_the_reporting_subject(extract):
    ex = extract("Senate Majority Leader John Ames said the Senate would vote again on Thursday "
                 "and urged five more senators to back the bill.")
    assert ("demand", "John Ames") in [(d.kind, d.actor) for d in ex.demands]


def test_asking_for_something_to_happen(extract):
    ex = extract("London has asked for British firms to be allowed to bid for the contracts.")
    d, = ex.demands
    assert (d.kind, d.actor) == ("demand", "United Kingdom") and "bid for the contracts" in d.text


def test_two_positions_of_one_actor_in_one_sentence(extract):
    ex = extract("Washington, which has pressed Chile to open its market, has also urged Peru to cut tariffs.")
    assert sorted(d.target for d in ex.demands) == ["Chile", "Peru"]


def test_warning_with_could_and_a_condition_is_a_threat(extract):
    ex = extract("Stellar Motors said talks had stalled. The carmaker warned that it could move production "
                 "abroad if the strike dragged on.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("threat", "Stellar Motors")]


def test_joint_position_gives_one_record_per_member(extract):
    ex = extract("In a joint statement, France and Spain called on the Commission to stand firm.")
    assert sorted((d.kind, d.actor) for d in ex.demands) == [("demand", "France"), ("demand", "Spain")]
    assert all(d.target == "European Union" and d.text == "stand firm" for d in ex.demands)


def test_own_delegation_in_reported_speech_is_the_speakers_side(extract):
    ex = extract("Chief negotiator Pablo Ortiz told a radio station that the delegation was ready to return "
                 "to the table tomorrow.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("proposal", "Pablo Ortiz")]


def test_rule_without_out_is_no_rejection_and_never_raises(extract):
    assert extract("The court will rule on the appeal next week.").demands == []
    ex = extract("Chile has ruled out any new tax.")
    assert [d.kind for d in ex.demands] == ["rejection"]


def test_phrasal_and_condition_verbs(extract):
    assert [d.kind for d in extract("Chile turned down the offer of a loan.").demands] == ["rejection"]
    assert [d.kind for d in extract("Peru put forward a plan for joint patrols.").demands] == ["proposal"]
    assert extract("Peru put the plan on the table.").demands == [] or \
        all(d.kind != "proposal" for d in extract("Peru put the plan on the table.").demands)
    ex = extract("Israel has made the return of the remains a condition for any further step.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("demand", "Israel")]
    assert "return of the remains" in ex.demands[0].text


def test_refusing_in_advance_any_proposal_is_a_red_line(extract):
    for body in ["A spokeswoman for Sakura Mobile said it would oppose any remedy that banned the payments.",
                 "Greece said it would reject any arrangement that kept foreign troops on the island.",
                 "Denmark said it will veto any budget that cuts farm subsidies."]:
        kinds = [d.kind for d in extract(body).demands]
        assert kinds == ["red_line"], (body, kinds)
    assert [d.kind for d in extract("Greece rejected the arrangement on Monday.").demands] == ["rejection"]


def test_possessive_offer_of_something_is_a_proposal(extract):
    for body, holder, words in [
        ("Greek President Nikos Stavros said he had come with an open hand and repeated his offer of a rotating "
         "presidency.", "Nikos Stavros", "a rotating presidency"),
        ("Kenya's foreign minister Ruth Ochieng renewed her offer of talks with the rebels.", "Ruth Ochieng",
         "talks with the rebels"),
        ("Ukraine welcomed Turkey's offer of mediation.", "Turkey", "mediation"),
    ]:
        got = [(d.actor, d.kind, d.text) for d in extract(body).demands]
        assert got == [(holder, "proposal", words)], (body, got)


def test_what_the_speakers_side_would_accept_is_a_proposal(extract):
    for body, holder, words in [
        ("Pakistan's negotiator Shahida Nawaz said Islamabad would accept technical adjustments to the treaty.",
         "Shahida Nawaz", "accept technical adjustments to the treaty"),
        ("Russia said it would accept a ceasefire along the current front line.", "Russia",
         "accept a ceasefire along the current front line"),
    ]:
        got = [(d.actor, d.kind, d.text) for d in extract(body).demands]
        assert got == [(holder, "proposal", words)], (body, got)
    assert extract("Russia said Ukraine would accept the deal soon.").demands == []
    assert [d.kind for d in extract("Kenya said it would not accept the deal.").demands] == ["red_line"]


def test_acceptance_only_on_a_condition_is_no_offer(extract):
    body = "Russia said it would accept a ceasefire only with a guarantee that NATO would not expand."
    assert not any(d.text.startswith("accept a ceasefire") for d in extract(body).demands)


def test_a_joint_pledge_of_two_sides_is_addressed_to_each_other(extract):
    ex = extract("Armenia and Azerbaijan met in Geneva, with Russia mediating. "
                 "Both sides pledged to exchange prisoners.")
    assert sorted((d.actor, d.target) for d in ex.demands) == [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")]


def test_first_person_act_on_a_condition_in_a_quote_is_a_threat(extract, rules_extract):
    for body, holder in [
        ('"We have put money on the table," Tomas Berg said in an interview. "If the regulator insists on rules '
         'written for Europe, we will let a court decide."', "Tomas Berg"),
        ('"The army has shown restraint," General Min Aung said in a statement. "If the rebels do not leave the '
         'town, we will take it back."', "Min Aung"),
    ]:
        assert [(d.actor, d.kind) for d in extract(body).demands] == [(holder, "threat")], body
    body = '"We want peace," Ruth Ochieng said. "If Somalia withdraws its troops, we will sign the deal."'
    assert "threat" not in [d.kind for d in rules_extract(body).demands]


def test_the_members_of_a_body_are_the_target_of_a_demand_on_them(extract):
    ex = extract("“The members of the Workers Front must end their blockade,” Labour Minister Ana Ruiz said.")
    assert [(d.kind, d.target) for d in ex.demands] == [("demand", "Workers Front")]
