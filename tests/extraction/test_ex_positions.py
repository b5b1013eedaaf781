"""Positions stated without a demand verb, one test per construction (real-news style sentences)."""
import pytest


def records(ex):
    return sorted((d.kind, d.actor, d.target) for d in ex.demands)


def kinds(ex):
    return sorted((d.kind, d.actor) for d in ex.demands)


def only(ex, kind):
    found = [d for d in ex.demands if d.kind == kind]
    assert len(found) == 1, ex.demands
    return found[0]


# ---------------------------------------------------------------- negated possibility or legitimacy
def test_out_of_the_question_rejects_its_subject(extract):
    d = only(extract("Kyiv said a freeze along the current front line was out of the question."), "rejection")
    assert (d.actor, d.text) == ("Ukraine", "a freeze along the current front line")


def test_out_of_the_question_as_long_as_demands_the_condition_end(extract):
    ex = extract("The Kremlin said talks with Kyiv were out of the question as long as Ukrainian troops "
                 "remained in the Kursk region.")
    d = only(ex, "demand")
    assert (d.actor, d.target) == ("Russia", "Ukraine")
    assert d.text == "Ukrainian troops remained in the Kursk region"


def test_impossible_unless_is_a_demand_on_the_condition_subject(extract):
    ex = extract("Russian President Vladimir Putin said a ceasefire is impossible unless Ukraine agrees to "
                 "take irreversible steps.")
    assert records(ex) == [("demand", "Vladimir Putin", "Ukraine")]


def test_no_deal_possible_as_long_as(extract):
    ex = extract("As long as the blockade continues, no deal will be possible, Minera Andina said.")
    assert kinds(ex) == [("demand", "Minera Andina")]


def test_possible_only_if_lists_the_conditions(extract):
    ex = extract("A truce is possible only if Hamas releases all hostages, disarms and leaves Gaza, "
                 "Netanyahu said.")
    d = only(ex, "demand")
    assert (d.actor, d.target) == ("Netanyahu", "Hamas")
    assert d.text.startswith("Hamas releases all hostages") and d.text.endswith("leaves Gaza")


def test_negation_inside_an_if_clause_is_no_rejection(extract):
    ex = extract("Unite said that if a deal is not possible by Friday, its members will strike.")
    assert "rejection" not in {d.kind for d in ex.demands}


def test_a_journalists_assessment_is_no_position(extract):
    ex = extract("A deal between Serbia and Kosovo looked impossible after the talks in Brussels.")
    assert ex.demands == []


def test_no_intention_of_negotiating(extract):
    ex = extract("Hamas said it had no intention of negotiating while Israeli troops remained in Gaza.")
    d = only(ex, "rejection")
    assert (d.actor, d.text) == ("Hamas", "negotiating")


def test_no_authority_refuses_another_partys_act(extract):
    ex = extract("Serbia said the Kosovo Assembly has no authority to negotiate with the European Union "
                 "on the status of the north.")
    d = only(ex, "rejection")
    assert (d.actor, d.target) == ("Serbia", "Kosovo Assembly")
    assert d.text.startswith("negotiate with the European Union")


def test_no_right_of_ones_own_is_a_red_line(extract):
    found = records(extract("Serbia said it has no right to give up Kosovo."))
    assert [r[:2] for r in found] == [("red_line", "Serbia")]


# ---------------------------------------------------------------- conditions
def test_will_not_take_place_as_long_as(extract):
    ex = extract("Defence Secretary Gotabhaya Rajapaksa said that fresh negotiations would not take place as "
                 "long as the LTTE remained armed.")
    d = only(ex, "demand")
    assert (d.actor, d.target, d.text) == ("Gotabhaya Rajapaksa", "LTTE", "the LTTE remained armed")


def test_either_or_in_reported_speech_is_a_threat_on_the_either_clause(extract):
    ex = extract("Teamsters leader Sean O'Brien said either UPS withdraws the plan or the union will strike.")
    assert records(ex) == [("threat", "Sean O'Brien", "UPS")]


def test_if_clause_with_a_negated_consequence_is_the_speakers_threat(extract):
    ex = extract("\"If the United States rolls out tariffs, all the agreements reached in the negotiations "
                 "won't take effect,\" China's commerce ministry said.")
    assert records(ex) == [("threat", "China", "United States")]


def test_clause_initial_without_is_a_condition_of_a_threat(extract):
    ex = extract("Without a guarantee on pensions, the union's members would walk out on Monday, Unite "
                 "general secretary Sharon Graham said.")
    assert kinds(ex) == [("threat", "Sharon Graham")]


def test_could_act_if_the_other_side_strikes_is_a_threat(extract):
    ex = extract("Royal Mail said it could close two depots if the Communication Workers Union went on "
                 "strike again.")
    assert records(ex) == [("threat", "Royal Mail", "Communication Workers Union")]


# ---------------------------------------------------------------- noun phrases and passive holders
def test_offer_made_by_an_agent_is_its_proposal(extract):
    ex = extract("Pakistan's Interior Minister Rehman Malik has rejected the ceasefire offer made by the Taliban.")
    assert kinds(ex) == [("proposal", "Taliban"), ("rejection", "Rehman Malik")]
    assert only(ex, "rejection").target == "Taliban"


def test_rejected_by_an_agent(extract):
    ex = extract("The ceasefire proposed by Egypt was rejected by Israel.")
    assert records(ex) == [("proposal", "Egypt", "Israel"), ("rejection", "Israel", "Egypt")]


def test_possessor_demand_rejected_in_the_passive(extract):
    ex = extract("The Taliban's demand that Pakistan stop its involvement in the war was rejected by Islamabad.")
    assert records(ex) == [("demand", "Taliban", "Pakistan"), ("rejection", "Pakistan", "Taliban")]


def test_a_call_by_an_agent_for_something(extract):
    d = only(extract("The United Nations welcomed a call by Qatar for an immediate ceasefire in Sudan."), "demand")
    assert (d.actor, d.text) == ("Qatar", "an immediate ceasefire in Sudan")


def test_demonym_owner_of_a_proposal(extract):
    ex = extract("France has offered to pay for extra patrols. Britain rejected a French proposal to share "
                 "the cost of patrols in the Channel.")
    assert ("rejection", "United Kingdom", "France") in records(ex)
    assert any(d.kind == "proposal" and d.actor == "France" and d.text.startswith("share the cost")
               for d in ex.demands)


def test_any_offer_by_an_agent_states_no_proposal(extract):
    ex = extract("Unite said it would not consider any offer made by Royal Mail.")
    assert "proposal" not in {d.kind for d in ex.demands}


def test_pseudo_cleft_red_line(extract):
    ex = extract("\"What we cannot accept is a deal that leaves our farmers exposed,\" Irish Agriculture "
                 "Minister Mary Kelly said.")
    d = only(ex, "red_line")
    assert d.actor == "Mary Kelly" and d.text.startswith("a deal that leaves our farmers")


def test_pseudo_cleft_demand_of_a_named_subject(extract):
    ex = extract("\"What Hamas wants is a full withdrawal of Israeli troops,\" Hamas official Basem Naim said.")
    assert records(ex) == [("demand", "Hamas", None)]


def test_we_can_discuss_is_an_opening(extract):
    ex = extract("\"Tariffs on cars, on steel, on aluminium — all of that we can discuss,\" Canadian Trade "
                 "Minister Dominic LeBlanc said.")
    assert kinds(ex) == [("proposal", "Dominic LeBlanc")]


def test_then_we_can_talk_is_a_condition_not_an_offer(extract):
    ex = extract("\"Open the government first, and then we can talk about health care,\" Karoline Leavitt said.")
    assert "proposal" not in {d.kind for d in ex.demands}


def test_subjunctive_passive_after_insist(extract):
    ex = extract("Addis Ababa insisted that the status of the disputed area be settled by a referendum.")
    d = only(ex, "demand")
    assert (d.actor, d.text) == ("Ethiopia", "the status of the disputed area be settled by a referendum")


def test_not_up_for_sale(extract):
    ex = extract("Chief executive Kelly Ortberg said the Seattle plant was \"not up for sale\".")
    assert kinds(ex) == [("red_line", "Kelly Ortberg")]


# ---------------------------------------------------------------- collective holders
def test_members_of_several_bodies_give_one_record_each(extract):
    ex = extract("Members of Unite, GMB and Unison rejected the pay offer.")
    assert kinds(ex) == [("rejection", "GMB"), ("rejection", "Unison"), ("rejection", "Unite")]


@pytest.mark.parametrize("text", [
    "The Communication Workers Union and Unite represent postal workers. The two unions said they would "
    "strike on Monday if Royal Mail did not improve its offer.",
])
def test_the_party_a_condition_is_put_to_is_not_a_holder(extract, text):
    assert ("Royal Mail" not in {d.actor for d in extract(text).demands})


# ---------------------------------------------------------------- requirements, dispositions, votes, nominal positions
def test_necessary_in_someones_words_is_a_demand(extract):
    ex = extract("\"Guarantees are necessary before any agreement can be signed,\" Iranian President Ebrahim "
                 "Raisi said.")
    assert kinds(ex) == [("demand", "Ebrahim Raisi")]


def test_needed_as_a_journalists_statement_is_no_position(extract):
    assert extract("More funding is needed for the port, the report found.").demands == []


def test_no_choice_but_to_is_a_threat_of_the_body(extract):
    ex = extract("The Communication Workers Union said its members had no choice but to escalate industrial action.")
    d = only(ex, "threat")
    assert (d.actor, d.text) == ("Communication Workers Union", "escalate industrial action")


def test_conditional_on_is_the_owners_demand(extract):
    ex = extract("Royal Mail said on Monday that its offer had been conditional on the strike being called off.")
    d = only(ex, "demand")
    assert (d.actor, d.text) == ("Royal Mail", "the strike being called off")


def test_the_basis_for_dialogue_is_a_condition_on_the_clause_subject(extract):
    ex = extract("China's foreign ministry said the basis for dialogue is that India withdraws all troops from "
                 "the plateau.")
    assert records(ex) == [("demand", "China", "India")]


def test_readiness_to_is_a_proposal_and_refusal_to_a_rejection(extract):
    assert kinds(extract("Cyprus President Nikos Christodoulides expressed readiness to continue the dialogue.")) \
        == [("proposal", "Nikos Christodoulides")]
    assert kinds(extract("Hamas criticised Israel's refusal to withdraw from the corridor.")) \
        == [("rejection", "Israel")]


def test_presenting_a_plan_is_a_proposal(extract):
    ex = extract("Cyprus President Nikos Christodoulides presented a five-point proposal, including the "
                 "reopening of crossing points.")
    d = only(ex, "proposal")
    assert d.actor == "Nikos Christodoulides" and d.text.startswith("a five-point proposal")


def test_voting_against_and_voting_down_are_rejections(extract):
    assert kinds(extract("The Labor Party will vote against raising the pension age.")) == \
        [("rejection", "Labor Party")]
    ex = extract("Japan and South Korea voted down competing plans for a new fisheries regime.")
    assert kinds(ex) == [("rejection", "Japan"), ("rejection", "South Korea")]


def test_a_vote_against_under_a_condition_is_left_to_the_threat(extract):
    ex = extract("Brackwater Capital said it would vote against the deal if Corvane agreed to sell its unit.")
    assert "rejection" not in {d.kind for d in ex.demands}


def test_denying_the_possibility_of_a_deal_rejects_it(extract):
    d = only(extract("Japan denied the possibility of an early farm deal with the United States."), "rejection")
    assert (d.actor, d.text) == ("Japan", "an early farm deal with the United States")


def test_a_rejection_by_an_agent_as_a_noun(extract):
    ex = extract("The Local Government Association criticised the rejection of a 2.2% pay rise by Unison.")
    assert records(ex) == [("rejection", "Unison", "Local Government Association")]


def test_an_offer_from_a_party_is_its_offer(extract):
    ex = extract("Unison rejected a new pay offer from the Local Government Association aimed at ending the strike.")
    assert records(ex)[-1] == ("rejection", "Unison", "Local Government Association")


def test_a_bid_to_join_is_no_proposal(extract):
    ex = extract("Serbia, backed by Russia and China, has blocked Kosovo's bid to join the United Nations.")
    assert "proposal" not in {d.kind for d in ex.demands}


def test_stance_with_a_subjunctive_clause_is_a_demand(extract):
    ex = extract("He reiterated China's stance that Japan admit its mistakes and return to talks.")
    d = only(ex, "demand")
    assert (d.actor, d.target) == ("China", "Japan") and d.text.startswith("Japan admit its mistakes")


def test_unwilling_to_is_a_refusal(extract):
    # what the other side asks, refused: a rejection (gold in two real sets), not a red line
    ex = extract("Leaked drafts indicate the United States is unwilling to consider cuts to tariffs on "
                 "Australian beef.")
    assert kinds(ex) == [("rejection", "United States")]


def test_we_need_a_named_thing_is_a_demand(extract):
    ex = extract("\"We need a better pay increase,\" union secretary Carolyn Smith told Reuters.")
    assert kinds(ex) == [("demand", "Carolyn Smith")]


def test_readiness_inside_an_unless_clause_is_a_condition(extract):
    ex = extract("Iran's President Ebrahim Raisi said that talks in Vienna cannot succeed unless the United "
                 "States is prepared to lift major sanctions.")
    assert records(ex) == [("demand", "Ebrahim Raisi", "United States")]


def test_not_wanting_to_have_to_strike_is_no_demand(extract):
    ex = extract("\"Our members don't want to have to take industrial action,\" Unison official Carolyn Smith said.")
    assert ex.demands == []


def test_a_negated_relative_clause_describes_and_holds_nothing(extract):
    ex = extract("The California Nurses Association said Kaiser had proposed changes that will not address "
                 "the shortage of nurses.")
    assert "red_line" not in {d.kind for d in ex.demands}


def test_dismissing_claims_is_no_rejection(extract):
    ex = extract("Helen Clark dismissed the claims by Gerry Brownlee as bluster and bravado.")
    assert ex.demands == []


def test_suggesting_a_fact_is_no_proposal(extract):
    ex = extract("The letter from the National Party suggested National had the numbers to form a government.")
    assert "proposal" not in {d.kind for d in ex.demands}


def test_said_it_would_concede_is_an_offer(extract):
    ex = extract("The Revolutionary Armed Forces of Colombia said on Wednesday it would lay down its weapons "
                 "for an unlimited time to bolster peace talks.")
    d = only(ex, "proposal")
    assert d.actor == "Revolutionary Armed Forces of Colombia" and d.text.startswith("lay down its weapons")


def test_said_it_would_suspend_talks_is_no_offer(extract):
    ex = extract("Colombia said it would suspend peace talks with the National Liberation Army.")
    assert "proposal" not in {d.kind for d in ex.demands}


def test_there_was_no_consensus_is_a_fact(extract):
    ex = extract("Union officials from COSATU said there was no early consensus.")
    assert ex.demands == []


def test_not_good_enough_rejects_the_subject(extract):
    ex = extract("\"The offer is not good enough,\" Unison general secretary Dave Prentis said.")
    assert [(d.kind, d.actor, d.text) for d in ex.demands] == [("rejection", "Dave Prentis", "The offer")]


def test_would_not_be_a_reasonable_agreement(extract):
    ex = extract("House Speaker Nancy Pelosi told reporters a \"big\" down payment would not be "
                 "\"a reasonable agreement\".")
    assert kinds(ex) == [("rejection", "Nancy Pelosi")]


def test_insufficient_rejects_and_sufficient_does_not(extract):
    assert kinds(extract("Tufan Erhurman said the current level of trust was insufficient to justify an "
                         "enlarged meeting.")) == [("rejection", "Tufan Erhurman")]
    assert extract("Tufan Erhurman said the current level of trust was sufficient to justify an "
                   "enlarged meeting.").demands == []


def test_refusing_a_position_on_the_table_is_a_rejection(extract):
    ex = extract("President Juan Manuel Santos said he couldn't accept the rebels' demand that the truce be "
                 "verified by the International Red Cross.")
    assert "rejection" in {d.kind for d in ex.demands}
    assert "red_line" not in {d.kind for d in ex.demands}


def test_never_agreeing_to_any_deal_is_a_red_line(extract):
    ex = extract("Canada's trade minister Mary Ng said Canada will never agree to a deal that isn't good for "
                 "our farmers.")
    assert "red_line" in {d.kind for d in ex.demands}


def test_if_x_then_y_will_is_ys_threat_against_x(extract):
    ex = extract("If Iran does not resume cooperation, the United States will reimpose sanctions, Rubio said.")
    assert records(ex) == [("threat", "United States", "Iran")]


def test_an_affiliated_speakers_threat_stays_the_speakers(extract):
    ex = extract("US Secretary of State Marco Rubio said that if Iran does not resume cooperation, the United "
                 "States will reimpose sanctions.")
    assert records(ex) == [("threat", "Marco Rubio", "Iran")]


def test_agreeing_only_if_is_a_precondition(extract):
    ex = extract("Trade Minister Barnaby Joyce said Australia would only agree to a new trade deal with Japan "
                 "if it benefits farmers.")
    assert "demand" in {d.kind for d in ex.demands} and "proposal" not in {d.kind for d in ex.demands}


def test_a_deadline_for_a_party_to_act_is_a_demand_on_it(extract):
    ex = extract("Royal Mail set a deadline of Friday for the Communication Workers Union to accept its offer.")
    d = only(ex, "demand")
    assert (d.actor, d.target, d.text) == ("Royal Mail", "Communication Workers Union", "accept its offer")


def test_vowing_to_retaliate_is_a_threat(extract):
    ex = extract("China vowed to retaliate against the new tariffs imposed by the United States.")
    assert records(ex) == [("threat", "China", "United States")]
