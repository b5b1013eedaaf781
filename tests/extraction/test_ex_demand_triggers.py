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


def test_no_need_to_is_no_requirement(rules_extract):
    ex = rules_extract("“If the text gives us nothing, then we don't need to ratify it,” said Senator Mia Holt.")
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


def test_objecting_to_a_suggestion_rejects_it(extract):
    ex = extract("Two Peruvian ministers said they objected to Chile’s suggestion that Peru cede the islets.")
    assert ("rejection", "Peru") in [(d.kind, d.actor) for d in ex.demands]
    assert ("proposal", "Chile") in [(d.kind, d.actor) for d in ex.demands]


def test_shrugging_off_calls_rejects_them(extract):
    ex = extract("Talks collapsed, with Caracas shrugging off calls by its neighbours to free the detainees.")
    assert ("rejection", "Venezuela") in [(d.kind, d.actor) for d in ex.demands]


def test_an_invitation_and_a_recommendation_are_proposals(extract):
    ex = extract("Health Secretary Tom Reed has invited the nurses' union back to the negotiating table. "
                 "He also recommended a 4 per cent pay rise for next year.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("proposal", "Tom Reed"), ("proposal", "Tom Reed")]


def test_no_longer_accept_refuses_the_other_party_s_plan(extract):
    ex = extract("“Brazil has shown it is a biased broker and we will no longer accept any plan from it,” "
                 "President Luis Moreno said.")
    assert [(d.kind, d.target) for d in ex.demands] == [("rejection", "Brazil")]


def test_calling_a_measure_unacceptable_rejects_it(extract):
    ex = extract("Mexico has called the new quotas “unacceptable.”")
    assert [(d.kind, d.actor, d.text) for d in ex.demands] == [("rejection", "Mexico", "the new quotas")]


def test_could_not_until_is_a_condition(extract):
    ex = extract("Chancellor Eva Lind said she could not recommend coalition talks with the Greens until they "
                 "accepted the budget rules.")
    assert [d.kind for d in ex.demands] == ["demand"]


def test_a_party_said_to_have_offered_holds_the_offer(extract):
    ex = extract("Vantor Group is said to have offered $45 per share for Kellex Systems last month.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("proposal", "Vantor Group")]


def test_the_two_companies_seek_relief_together(extract):
    ex = extract("Norvale Energy agreed in May to buy Quilton Power. The two companies will be seeking "
                 "an order from the federal court that the merger should be permitted.")
    assert sorted(d.actor for d in ex.demands if d.kind == "demand") == ["Norvale Energy", "Quilton Power"]


def test_a_possessive_gerund_holds_the_demand(extract):
    ex = extract("Peru and Chile met in Lima. A row has erupted over Peru's pushing for Chile to relax its ban "
                 "on grapes.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("demand", "Peru", "Chile")]


def test_lawmakers_from_both_sides_float_a_plan_together(extract):
    ex = extract("Republicans and Democrats blamed each other for the deadlock. Lawmakers from both sides floated a "
                 "plan to reopen the port for three weeks.")
    assert sorted(d.actor for d in ex.demands if d.kind == "proposal") == ["Democratic Party", "Republican Party"]


def test_a_party_after_of_owns_the_offer(extract):
    ex = extract("President Ruiz said he was wary of the offer of the Moro Front to help the army clear the town.")
    assert positions(ex) == [("proposal", "Moro Front", "help the army clear the town")]


def test_demands_for_a_clause(extract):
    ex = extract("Envoys struggled with Pyongyang's demands for what it should receive if it disarms.")
    assert positions(ex) == [("demand", "North Korea", "what it should receive if it disarms")]


def test_measures_held_in_reserve_are_threats(extract):
    for body, actor in (("“Mexico will take appropriate, retaliatory measures to defend our farmers,” Economy "
                         "Minister Luis Vega said.", "Mexico"),
                        ("The Green Party vowed to use every parliamentary tactic available to delay the bill.",
                         "Green Party"),
                        ("Peru said it was prepared to take all necessary measures to protect its fishermen.", "Peru")):
        assert [(d.kind, d.actor) for d in extract(body).demands] == [("threat", actor)], body


def test_steps_to_improve_are_no_threat(extract):
    assert extract("Peru will take steps to improve its schools.").demands == []


def test_seeing_no_possibility_of_x_rejects_x(extract):
    ex = extract("The Workers Party sees no possibility of cooperation with the Greens.")
    assert positions(ex) == [("rejection", "Workers Party", "cooperation with the Greens")]


def test_walking_out_of_talks_rejects_them(extract):
    assert positions(extract("The United Workers Union walked out of the talks on Monday.")) == \
        [("rejection", "United Workers Union", "the talks")]


def test_a_threat_to_end_talks_is_no_rejection_yet(extract):
    ex = extract("Bogota gave the rebels 30 days to free the hostages, warning that it would otherwise end the talks.")
    assert "rejection" not in [d.kind for d in ex.demands]


def test_not_backing_down_is_a_red_line(extract):
    ex = extract("“No, we’re not backing down,” Chancellor Eva Lind told reporters.")
    assert positions(ex) == [("red_line", "Eva Lind", "we’re not backing down")] or \
        [d.kind for d in ex.demands] == ["red_line"]


def test_would_like_is_a_wish_held(extract):
    ex = extract("Party leader Karl Berg would also like an agreement that protects pensions.")
    assert positions(ex) == [("demand", "Karl Berg", "an agreement that protects pensions")]


def test_a_verdict_with_a_clause_subject_is_no_red_line(extract):
    ex = extract("“Imposing new tariffs will not contribute to a lasting solution,” Minister Ola Berg said.")
    assert ex.demands == []


def test_another_party_s_abstention_reported_is_no_position(extract):
    ex = extract("Egypt's foreign ministry said Prime Minister Ehud Barak would not attend the summit.")
    assert ex.demands == []


def test_another_party_s_refusal_reported_is_its_position(extract):
    ex = extract("Egypt's foreign ministry said Prime Minister Ehud Barak would not sign the accord.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("red_line", "Ehud Barak")]


def test_as_long_as_x_no_deal_demands_that_x_end(extract):
    for body in ("Chile and Peru met in Lima. “As long as Peruvian troops remain in the valley, there will be no "
                 "deal,” Chilean Foreign Minister Ana Ruiz said.",
                 "Chile and Peru met in Lima. Chilean Foreign Minister Ana Ruiz said that as long as Peruvian "
                 "troops remained in the valley, no agreement would be signed."):
        ex = extract(body)
        assert [(d.kind, d.target) for d in ex.demands] == [("demand", "Peru")], body
        assert ex.demands[0].text.startswith("Peruvian troops remain")


def test_directives_name_their_addressee(extract):
    for body, text in (("Chile and Peru met in Lima. Chile told Peru to withdraw its troops.", "withdraw its troops"),
                       ("Chile and Peru met in Lima. Chile warned Peru against any attempt to annex the islands.",
                        "any attempt to annex the islands"),
                       ("Chile and Peru met in Lima. Chile asked Peru for an explanation.", "an explanation")):
        assert [(d.kind, d.actor, d.target, d.text) for d in extract(body).demands] == \
            [("demand", "Chile", "Peru", text)], body


def test_a_threat_with_its_means(extract):
    ex = extract("Chile and Peru met in Lima. Chile threatened Peru with sanctions.")
    assert [(d.kind, d.target, d.text) for d in ex.demands] == [("threat", "Peru", "sanctions")]


def test_conditioning_a_deal_on_x_demands_x(extract):
    ex = extract("Chile and Peru met in Lima. Chile has conditioned any deal on the release of the fishermen.")
    assert positions(ex) == [("demand", "Chile", "the release of the fishermen")]
    assert extract("The merger could be blocked or conditioned on large divestitures.").demands == []


def test_a_harmless_act_promised_on_a_condition_is_an_offer(extract):
    ex = extract("Acme Corp made a bid for Zenith Inc in May. Acme Corp said it would raise its bid if Zenith Inc "
                 "opened its books.")
    assert [(d.kind, d.actor) for d in ex.demands if "raise" in d.text] == [("proposal", "Acme Corp")]


def test_can_only_go_ahead_if_is_a_condition(extract):
    ex = extract("The Competition Commission said the merger could only go ahead if Acme Corp sold its retail arm.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("demand", "Competition Commission", "Acme Corp")]


def test_blocking_a_deal_rejects_it_blocking_a_road_does_not(extract):
    assert [d.kind for d in extract("The Competition Commission has blocked the merger.").demands] == ["rejection"]
    assert extract("Protesters from the Farmers Union blocked the road to the port.").demands == []


def test_threatening_to_block_is_one_threat(extract):
    ex = extract("Paris has threatened to block the package if its fleet loses access.")
    assert [d.kind for d in ex.demands] == ["threat"]


def test_appealing_a_ruling_rejects_it(extract):
    ex = extract("Acme Corp said it would appeal the decision of the Competition Commission.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("rejection", "Acme Corp")]


def test_a_party_s_key_demand_is_x(extract):
    ex = extract("The Green Party's key demand is a carbon tax.")
    assert positions(ex) == [("demand", "Green Party", "a carbon tax")]


def test_an_offer_inside_an_unless_clause_is_no_offer(extract):
    ex = extract("“We are prepared to strike unless Mercy Health comes back and offers us a fair contract,” "
                 "union president Jane Cole said.")
    assert "proposal" not in [d.kind for d in ex.demands if d.actor == "Mercy Health"]


def test_refusing_the_other_side_s_demand_is_a_rejection(extract):
    ex = extract("President Ana Ruiz said she couldn’t accept the rebels’ demand that the truce be verified by "
                 "foreign monitors, saying this would have to wait until a peace deal was reached.")
    assert "red_line" not in [d.kind for d in ex.demands]
    assert "rejection" in [d.kind for d in ex.demands]


def test_what_we_must_do_ourselves(extract):
    for body, kind in (("“We are not in a trade war, so we need to enter negotiations,” Minister Ana Ruiz said.",
                        "proposal"),
                       ("“We need to bring every tool we have to the table,” union leader Jane Cole said.", "threat"),
                       ("“We should impose tariffs on their steel,” Minister Ana Ruiz said.", "threat"),
                       ("“We need to apply various measures to help people,” Minister Ana Ruiz said.", "demand")):
        assert [d.kind for d in extract(body).demands] == [kind], body


def test_measures_against_a_party_and_a_vow_to_fight_are_threats(extract):
    for body in ("The Commission said it was ready to initiate trade measures against Norway over its catches.",
                 "Foreign Minister Ana Ruiz vowed to fight fire with fire if Washington went ahead with its tariffs."):
        assert [d.kind for d in extract(body).demands] == ["threat"], body


def test_a_seat_of_power_or_a_party_adjective_owns_a_position_noun(extract):
    ex = extract("The European Union and Norway met on Monday, with Oslo rejecting Brussels’ demand for a "
                 "ten-year deal.")
    assert ("demand", "European Union", "a ten-year deal") in positions(ex)
    ex = extract("Republicans and Democrats met again. The Democrats rejected a Republican offer of a vote on "
                 "the subsidies.")
    assert ("proposal", "Republican Party", "a vote on the subsidies") in positions(ex)


def test_made_y_a_condition_read_as_one_clause(extract):
    ex = extract("The remains are still held in the enclave, and Israel has made their return a condition for "
                 "any further step.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("demand", "Israel")]


def test_holding_out_until_the_other_side_acts_is_a_demand(extract):
    ex = extract("The Dockers Union and the Port Employers Council met on Monday. The Dockers Union said its members "
                 "would stay out until the Port Employers Council came back with a real offer.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == \
        [("demand", "Dockers Union", "Port Employers Council")]
    assert ex.demands[0].text.startswith("the Port Employers Council came back")


def test_a_consequence_lasting_until_the_other_side_acts_stays_a_threat(extract):
    ex = extract("Russia and Ukraine met in Istanbul. The Kremlin said fighting would persist until Kyiv made the "
                 "appropriate decisions.")
    assert [d.kind for d in ex.demands] == ["threat"]


def test_an_open_door_offers_talks(extract):
    for body in ("Chile and Peru met in Lima. Chile left the door open to further talks.",
                 "Chile and Peru met in Lima. “The window for negotiation is clearly open,” Foreign Minister "
                 "Ana Ruiz said."):
        assert [d.kind for d in extract(body).demands] == ["proposal"], body
    assert extract("Chile and Peru met in Lima. “Our door remains open,” Ana Ruiz said.").demands == []


def test_what_an_offer_lays_out(extract):
    for body in ("Chile and Peru met in Lima. Chile's proposal would see the islands placed under joint rule.",
                 "Chile and Peru met in Lima. Under Chile's plan, the islands would be placed under joint rule."):
        assert [(d.kind, d.actor) for d in extract(body).demands] == [("proposal", "Chile")], body
    assert extract("Chile and Peru met in Lima. Peru said Chile's proposal does not provide enough "
                   "value.").demands == []


def test_balking_at_a_proposal_rejects_it(extract):
    ex = extract("Chile and Peru met in Lima. Peru balked at the proposal.")
    assert positions(ex) == [("rejection", "Peru", "the proposal")]


def test_options_kept_open_are_threats(extract):
    for body, text in (("Chile and Peru met in Lima. Chile did not rule out military action.", "military action"),
                       ("Chile and Peru met in Lima. Chile refused to rule out sanctions against Peru.",
                        "sanctions against Peru"),
                       ("Chile and Peru met in Lima. Asked about sanctions, spokeswoman Ana Ruiz said nothing had "
                        "been ruled out.", "nothing had been ruled out"),
                       ("Chile and Peru met in Lima. “All options remain on the table,” President Ana Ruiz said.",
                        "All options remain on the table")):
        assert [(d.kind, d.text) for d in extract(body).demands] == [("threat", text)], body


def test_ruling_out_stays_a_rejection(extract):
    ex = extract("Chile and Peru met in Lima. Chile ruled out sanctions.")
    assert positions(ex) == [("rejection", "Chile", "sanctions")]


def test_a_firm_response_or_a_lawsuit_announced_is_a_threat(extract):
    for body in ("Chile and Peru met in Lima. Chile said it would respond firmly to any provocation.",
                 "Chile and Peru met in Lima. Chile said it would take Peru to the International Court of Justice."):
        assert [d.kind for d in extract(body).demands] == ["threat"], body
    assert extract("Chile and Peru met in Lima. Chile said it would respond to the letter next week.").demands == []


def test_a_position_asked_about_is_not_taken(extract):
    ex = extract("Chile and Peru met in Lima. “Do you think Chile would like to annex the islands?” the host asked "
                 "Minister Ana Ruiz.")
    assert ex.demands == []


def test_an_invitation_to_something_else_than_talks_offers_nothing(extract):
    ex = extract("Senator Tom Reed has invited Professor Ana Ruiz to testify before the committee.")
    assert ex.demands == []


def test_a_wish_inside_a_description_is_none(extract):
    ex = extract("Tom Reed has finally found a rival he would like to enter the race: Ana Ruiz.")
    assert ex.demands == []


def test_telling_a_reporter_a_participle_orders_nothing(extract):
    ex = extract("“This is a political thing,” Tom Reed told Bloomberg News in October, “keeping rates at this level.”")
    assert ex.demands == []


def test_what_a_speaker_refused_to_say_is_no_position(rules_extract):
    ex = rules_extract("Tom Reed was jeered after he refused to say that Chile should give up the islands.")
    assert ex.demands == []


def test_a_modal_perfect_is_a_verdict_on_the_past(extract):
    for body in ("Belgium should possibly have acted sooner, Minister Ralf Jäger said.",
                 "“I certainly could have answered the question better,” Senator Maggie Hassan said."):
        assert extract(body).demands == [], body


def test_an_inability_of_the_speaker_is_no_position(extract):
    assert extract("“I can't go back to Cuba,” Mayor Tomás Regalado said.").demands == []
    ex = extract("“We cannot keep sitting at a table in Caracas while families wait,” said negotiator Vera Grabe.")
    assert [d.kind for d in ex.demands] == ["red_line"]


def test_words_withheld_and_certainty_are_no_positions(extract):
    for body in ("The Development Bank will not yet say whether it can meet the deadline.",
                 "Senator Kelly Ayotte would not identify any single issue that could sway her.",
                 "“There is no question that we are getting special scrutiny,” Ben Carson said."):
        assert extract(body).demands == [], body


def test_not_just_is_no_negation(extract):
    ex = extract("Senator Tom Reed is promising not just lower taxes but free tuition.")
    assert "red_line" not in [d.kind for d in ex.demands]


def test_calling_elections_and_seeking_to_are_no_demands(extract, rules_extract):
    assert extract("Kyiv called snap parliamentary elections for October.").demands == []
    assert rules_extract("Kyiv is seeking to shore up support among its allies.").demands == []
    assert [d.text for d in extract("Kyiv is seeking the return of all prisoners.").demands] == \
        ["the return of all prisoners"]


def test_announced_words_questions_and_forecasts_are_no_positions(extract):
    for body in ("“I want to tell you, that was a mean banker,” Betsy Sharp said.",
                 "“What I want you all to know is how kind he is,” Tom Reed said.",
                 "Bill Maher also suggested American politicians don't fully understand the region.",
                 "The Reed Organization did not respond to questions about how much leave it offers employees.",
                 "Governor John Kasich predicted that Republicans will take every state if Ana Ruiz wins."):
        assert extract(body).demands == [], body
    assert [d.kind for d in extract("“We want to see a ceasefire now,” President Ana Ruiz said.").demands] == \
        ["demand"]


def test_the_words_of_refused_calls_and_invitations(extract):
    ex = extract("Caracas shrugged off calls by its neighbours to free the detainees.")
    assert positions(ex) == [("rejection", "Venezuela", "calls by its neighbours to free the detainees")]
    ex = extract("The Royal College of Nursing and the government held talks. Health Secretary Tom Reed has invited "
                 "the nurses' union back to the negotiating table - but only if they halt walkouts.")
    assert [(d.kind, d.text) for d in ex.demands] == [("proposal", "back to the negotiating table"),
                                                      ("demand", "they halt walkouts")]


def test_a_refused_position_is_named_by_its_noun(extract):
    ex = extract("Chile and Peru met in Lima. The government would not agree to Peru's request to split the bill.")
    assert [(d.kind, d.text) for d in ex.demands if d.kind == "rejection"] == \
        [("rejection", "Peru's request to split the bill")]


def test_not_wanting_something_done_is_a_demand(extract):
    ex = extract("“We do not want any harm done to him,” rebel leader Ali Musa said.")
    assert positions(ex) == [("demand", "Ali Musa", "any harm done to him")]
    assert extract("“We don't want to strike,” union leader Jane Cole said.").demands == []


def test_refusing_to_back_down_is_a_red_line(extract):
    ex = extract("Hanoi and Manila held talks on the reef. Hanoi refused to back down on its claims to the reef.")
    assert [(d.kind, d.actor) for d in ex.demands] == [("red_line", "Vietnam")]


def test_no_deal_if_the_other_side_does_not_act_is_a_threat(extract):
    ex = extract("Israel and Hamas resumed talks in Cairo. Hamas said that if Israel did not withdraw, there would "
                 "be no deal.")
    assert [(d.kind, d.actor, d.target) for d in ex.demands] == [("threat", "Hamas", "Israel")]


def test_a_plan_includes_or_calls_for_its_terms(extract):
    for body in ("Egypt and Qatar mediated the talks. Egypt's proposal includes a six-week truce.",
                 "Egypt and Qatar mediated the talks. The Egyptian proposal, which Hamas accepted, calls for a "
                 "six-week truce."):
        assert [(d.kind, d.actor) for d in extract(body).demands] == [("proposal", "Egypt")], body
    assert extract("Egypt and Qatar mediated the talks. Egypt's proposal does not include a truce.").demands == []


def test_not_wanting_a_thing_is_no_demand(extract):
    assert extract("“I don't want Jeb's endorsement,” Donald Trump said.").demands == []


def test_an_offer_and_its_rejection_in_a_relative_clause(extract):
    ex = extract("Peru and Chile met in Lima. Chile tabled a 3 per cent offer, which Peru rejected as an insult.")
    assert sorted((d.kind, d.actor, d.text) for d in ex.demands) == [("proposal", "Chile", "a 3 per cent offer"),
                                                                     ("rejection", "Peru", "a 3 per cent offer")]


def test_nothing_less_than_x_demands_x(extract):
    for body in ("The Teachers Union rejected the offer. Its leader Mary Kelly said the Teachers Union would accept "
                 "nothing less than 10 per cent.",
                 "The Teachers Union will settle for nothing short of a 10 per cent rise."):
        ex = extract(body)
        assert [(d.kind, d.actor) for d in ex.demands if d.kind != "rejection"] == [("demand", "Teachers Union")]
        assert "10 per cent" in [d for d in ex.demands if d.kind == "demand"][0].text


def test_what_a_party_cannot_afford_is_a_red_line(extract):
    ex = extract("“We cannot afford a rise above 3 per cent,” Chile's Finance Minister Ana Ruiz said.")
    assert [d.kind for d in ex.demands] == ["red_line"]


def test_asking_for_talks_offers_talks(extract):
    for body in ("Chile and Peru met in Lima. Chile called for a formal conference on the border dispute.",
                 "Chile and Peru met in Lima. Chile asked for a meeting next week to discuss the border."):
        assert [d.kind for d in extract(body).demands] == ["proposal"], body
    assert [d.kind for d in extract("Chile and Peru met in Lima. Chile called for a ceasefire.").demands] == ["demand"]
