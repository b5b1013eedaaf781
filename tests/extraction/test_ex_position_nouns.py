"""Positions stated as nouns: whose they are (possessor, "from" phrase, state-name modifier) and when they count."""


def records(ex):
    return sorted((d.kind, d.actor, d.target) for d in ex.demands)


def test_an_answered_bid_from_a_party_is_its_proposal(extract):
    ex = extract("Iceland wants more mackerel. Norway rejected a new bid from Iceland for equal shares of the catch.")
    assert ("proposal", "Iceland", "Norway") in records(ex)


def test_a_state_name_modifier_owns_the_call(extract):
    ex = extract("The United States wants lower duties. Brazil dismissed U.S. calls for a joint tariff on steel.")
    demands = [d for d in ex.demands if d.kind == "demand" and d.actor == "United States"]
    assert "a joint tariff on steel" in [d.text for d in demands]


def test_a_bid_nobody_answers_is_an_effort_not_a_position(extract):
    ex = extract("Talks stalled over Kosovo's bid to join the council.")
    assert ex.demands == []


def test_a_pronoun_in_a_clause_of_a_named_subject_is_that_subject(extract):
    ex = extract("The senator's aide, Tom Reyes, said Democrats have made clear that they will not accept cuts "
                 "to pensions.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("red_line", "Democratic Party")]


def test_a_party_a_person_says_would_concede_offers_it(extract):
    ex = extract("Maria Olsen said Norway would lift the ban on salmon imports.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("proposal", "Norway")]


def test_would_support_in_the_holders_words_is_an_offer(extract):
    ex = extract("Chancellor Erik Lang told reporters he would support a balanced agreement.")
    found = [(d.kind, d.actor, d.text) for d in ex.demands]
    assert found == [("proposal", "Erik Lang", "support a balanced agreement")]


def test_there_is_a_need_for_x_in_someones_words_demands_x(extract):
    for body in ("Finance Minister Ana Duarte said there is an urgent need for a ceasefire in the north.",
                 "Finance Minister Ana Duarte said there is need to reopen the border crossings."):
        found = [(d.kind, d.actor) for d in extract(body).demands]
        assert found == [("demand", "Ana Duarte")], body


def test_no_need_states_no_demand(extract):
    assert extract("Finance Minister Ana Duarte said there was no need for new talks.").demands == []


def test_committed_to_an_act_is_a_red_line(extract):
    ex = extract("Bolivia said it remained committed to completing the pipeline to Chile.")
    found = [(d.kind, d.actor, d.text) for d in ex.demands]
    assert found == [("red_line", "Bolivia", "completing the pipeline to Chile")]


def test_not_committed_to_an_act_commits_to_nothing(extract):
    assert extract("Bolivia said it was not committed to completing the pipeline.").demands == []


def test_a_described_party_needing_x_demands_it(extract):
    ex = extract("The Transport Workers Union rejected the offer. The union needed firmer guarantees on rosters.")
    assert ("demand", "Transport Workers Union", "firmer guarantees on rosters") in \
        [(d.kind, d.actor, d.text) for d in ex.demands]


def test_fighting_a_measure_ahead_rejects_it(extract):
    for body, text in (("Ecuador will fight the proposed tariffs on bananas.", "the proposed tariffs on bananas"),
                       ("Chile will take legal action against the tribunal's ruling.", "the tribunal's ruling")):
        found = [(d.kind, d.text) for d in extract(body).demands]
        assert found == [("rejection", text)], body


def test_a_joint_subject_contests_once_per_member(extract):
    ex = extract("Peru and Chile will take legal action against the tribunal's ruling.")
    assert sorted((d.kind, d.actor) for d in ex.demands) == [("rejection", "Chile"), ("rejection", "Peru")]


def test_a_partys_resolve_to_act_is_its_offer(extract):
    ex = extract("The minister stressed Peru's determination to sign a fisheries pact with Chile.")
    assert ("proposal", "Peru", "sign a fisheries pact with Chile") in [(d.kind, d.actor, d.text) for d in ex.demands]


def test_an_owned_intent_as_predicate_is_an_offer(extract):
    ex = extract("“Our decision is to give up the missiles if Washington lifts the blockade,” envoy Lia Ruiz said.")
    found = [(d.kind, d.target) for d in ex.demands]
    assert found == [("proposal", "United States")]


def test_a_duty_to_act_in_someones_words_is_a_demand_on_the_subject(extract):
    ex = extract("Foreign Minister Ana Duarte said Chile has a duty to protect the fishing grounds.")
    assert [(d.kind, d.target, d.text) for d in ex.demands] == [("demand", "Chile", "protect the fishing grounds")]


def test_no_duty_is_no_demand(extract):
    ex = extract("Foreign Minister Ana Duarte said Chile has no obligation to protect the fishing grounds.")
    assert ex.demands == []


def test_an_answered_noun_without_terms_is_no_proposal(extract):
    ex = extract("The pilots' union rejected the government's latest pay offer.")
    assert "proposal" not in {d.kind for d in ex.demands}


def test_committed_to_an_outcome_is_no_commitment_to_act(extract):
    assert extract("Bolivia said it remained committed to a negotiated solution.").demands == []


def test_holding_out_for_x_demands_it(extract):
    found = [(d.kind, d.actor, d.text) for d in extract("Peru is holding out for a larger quota.").demands]
    assert found == [("demand", "Peru", "a larger quota")]


def test_being_against_an_abstraction_states_no_position(extract):
    assert extract("“We are against unfair trade,” Peru's trade minister said.").demands == []


def test_determined_to_act_is_a_red_line(extract):
    found = [(d.kind, d.actor, d.text) for d in extract("Peru is determined to recover the islands.").demands]
    assert found == [("red_line", "Peru", "recover the islands")]


def test_would_consider_x_if_y_is_an_offer_to_y(extract):
    ex = extract("Peru would consider lifting the sanctions if Chile released the fishermen.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("proposal", "Peru", "Chile")]


def test_warning_of_consequences_if_y_is_a_threat_against_y(extract):
    ex = extract("Peru warned of consequences if Chile did not release the fishermen.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("threat", "Peru", "Chile")]


def test_made_y_a_condition_with_two_objects_demands_y(extract):
    ex = extract("Peru made the release of the fishermen a condition for any talks.")
    assert [(d.kind, d.actor, d.text) for d in ex.demands] == [("demand", "Peru", "the release of the fishermen")]


def test_setting_out_terms_is_a_demand(extract):
    ex = extract("Peru set out its terms for a settlement: a joint commission and shared revenues.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("demand", "Peru")]
    assert "a joint commission and shared revenues" in ex.demands[0].text


def test_opposition_to_a_thing_is_a_rejection_and_the_opposition_is_a_party(extract):
    ex = extract("Senator Ann Kirby restated her opposition to the pipeline expansion.")
    assert [(d.kind, d.actor, d.text) for d in ex.demands] == \
        [("rejection", "Ann Kirby", "the pipeline expansion")]
    assert extract("The opposition walked out of the budget debate.").demands == []


def test_a_request_for_comment_states_no_position(extract):
    ex = extract("Westfield Power did not respond to a request for comment.")
    assert ex.demands == []


def test_pressuring_a_party_to_act_demands_the_act(extract):
    ex = extract("The European Union is pressuring Serbia to recognise the agreement.")
    assert ("demand", "European Union", "Serbia") in [(d.kind, d.actor, d.target) for d in ex.demands]
