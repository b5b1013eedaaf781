"""Reported speech: verb of saying + content clause, with an actor as speaker."""


def reported(ex):
    return [(q.text, q.speaker, q.cue) for q in ex.quotes if not q.direct]


def test_say_with_that_clause(extract):
    ex = extract("Defence Minister Karl Holm said that the troops would stay until spring.")
    assert reported(ex) == [("the troops would stay until spring", "Karl Holm", "said")]


def test_two_clauses_under_one_verb_are_two_quotes(extract):
    ex = extract("Envoy Maria Costa said the ceasefire was holding and that aid convoys would resume on Monday.")
    got = {t for t, _, _ in reported(ex)}
    assert got == {"the ceasefire was holding", "aid convoys would resume on Monday"}


def test_metonym_and_pronoun_speakers(extract):
    ex = extract("Kyiv has warned that the strikes will continue. It insists the grid must be protected.")
    assert [(t, s) for t, s, _ in reported(ex)] == [
        ("the strikes will continue", "Ukraine"), ("the grid must be protected", "Ukraine")]


def test_verbs_of_wanting_and_deciding_are_not_reported_speech(extract):
    ex = extract("Moscow demands Kyiv pull back its troops. Kyiv has rejected a pull-back, "
                 "proposing that the front be frozen.")
    assert reported(ex) == []


def test_infinitive_after_claimed(extract):
    ex = extract("The army of Ruritania is fighting on. Russia claimed to have taken the town of Lyman.")
    assert ("to have taken the town of Lyman", "Russia", "claimed") in reported(ex) or \
        ("have taken the town of Lyman", "Russia", "claimed") in reported(ex)


def test_facts_by_the_journalist_are_not_quotes(extract):
    ex = extract("Russia occupies around a fifth of Ukraine. Aid workers said cholera was spreading.")
    assert reported(ex) == []


def test_outlet_cited_as_source_is_reported_speech(extract):
    ex = extract("Reuters reported that the delegation had left Cairo.")
    assert reported(ex) == [("the delegation had left Cairo", "Reuters", "reported")]


def test_trailing_attribution(extract):
    ex = extract("The exchange brought home 200 soldiers, Ukraine's defence ministry said.")
    assert [(t, s) for t, s, _ in reported(ex)] == [("The exchange brought home 200 soldiers", "Ukraine")]


def test_offsets_slice_the_clause(extract):
    body = "Defence Minister Karl Holm said that the troops would stay until spring."
    q, = extract(body).quotes
    assert body[q.start:q.end] == "the troops would stay until spring"


def test_conjoined_reporting_verb_is_not_part_of_the_clause(extract):
    ex = extract("Stellar Motors said that it had offered a raise and described the demands as excessive.")
    assert [t for t, _, _ in reported(ex)] == ["it had offered a raise"]


def test_a_ruling_that_is_reported_speech_of_the_court(extract):
    for body, court, words in [
        ("The Permanent Court of Arbitration ruled last year that India must let the rivers flow.",
         "Permanent Court of Arbitration", "India must let the rivers flow"),
        ("The International Court of Justice found that Serbia had failed to prevent the killings.",
         "International Court of Justice", "Serbia had failed to prevent the killings"),
        ("The World Trade Organization ruled in 2019 that the subsidies were illegal.",
         "World Trade Organization", "the subsidies were illegal"),
    ]:
        assert [(q.speaker, q.text) for q in extract(body).quotes] == [(court, words)], body
    assert extract("Kenya ruled out talks with the rebels. Kenya decided that the border would close.").quotes == []


def test_the_audience_of_tell_with_a_participle_is_no_content(extract):
    ex = extract('"We are not against the future," union negotiator Niels Verhoeven told strikers gathered outside '
                 'the port on Tuesday.')
    assert [q.direct for q in ex.quotes] == [True]
    ex = extract("Foreign Minister Ana Ruiz told reporters gathered in Lima that the talks had failed.")
    assert [q.text for q in ex.quotes] == ["the talks had failed"]


def test_broader_verbs_of_saying(extract):
    ex = extract("The Pacific Maritime Association suggested that the talks had hit a new snag. "
                 "Union leader Rosa Lind underlined that job security was the key issue. "
                 "Mediator Ana Ruiz pointed out that the contract expired in July.")
    assert reported(ex) == [("the talks had hit a new snag", "Pacific Maritime Association", "suggested"),
                            ("job security was the key issue", "Rosa Lind", "underlined"),
                            ("the contract expired in July", "Ana Ruiz", "pointed")]


def test_participle_of_saying_after_another_act(extract):
    ex = extract("Senator Mia Ross met the mediators on Monday, affirming that the union would not back down.")
    assert reported(ex) == [("the union would not back down", "Mia Ross", "affirming")]


def test_a_cited_outlet_is_a_speaker_also_when_ner_takes_it_for_a_place(extract):
    ex = extract("A deal on port automation is within reach, reports Bloomberg.")
    assert reported(ex) == [("A deal on port automation is within reach", "Bloomberg", "reports")]
    assert [(a.name, a.kind) for a in ex.actors] == [("Bloomberg", "organization")]


def test_a_description_of_a_named_person_is_that_person(extract):
    ex = extract("President Volodymyr Zelensky met Donald Trump in Paris. "
                 "The Ukrainian leader said the plan was unfair.")
    assert reported(ex) == [("the plan was unfair", "Volodymyr Zelensky", "said")]


def test_a_description_after_a_person_subject_is_that_person(extract):
    ex = extract("Sen. Bernie Sanders spoke to voters in Iowa on Friday. "
                 "The Vermont senator said the system was rigged.")
    assert reported(ex) == [("the system was rigged", "Bernie Sanders", "said")]


def test_parenthetical_attribution_inside_the_clause(extract):
    ex = extract("Climate change, President Omar Haddad often says, is the greatest threat facing the region.")
    assert [(s, c) for _, s, c in reported(ex)] == [("Omar Haddad", "says")]
    assert reported(ex)[0][0].endswith("is the greatest threat facing the region")


def test_verb_of_saying_tagged_as_a_noun(extract):
    ex = extract("Donald Trump spoke in Ohio. But Trump claims that he should be the exception.")
    assert reported(ex) == [("he should be the exception", "Donald Trump", "claims")]


def test_in_someones_view_frames_their_words(extract):
    ex = extract("Union leader Rosa Lind spoke on Monday. In Lind's view, the employers have moved too slowly.")
    assert reported(ex) == [("the employers have moved too slowly", "Rosa Lind", "view")]


def test_a_statement_by_an_actor_speaks_for_it(extract):
    ex = extract("A statement by the International Longshore and Warehouse Union said the offer was unacceptable.")
    assert reported(ex) == [("the offer was unacceptable", "International Longshore and Warehouse Union", "said")]


def test_the_statement_is_the_one_its_issuer_made_before(extract):
    ex = extract("The Pacific Maritime Association said in a statement that talks would resume. "
                 "The statement added that a mediator had been appointed.")
    assert ("a mediator had been appointed", "Pacific Maritime Association", "added") in reported(ex)


def test_the_port_is_the_port_organization_named_before(extract):
    ex = extract("The Port of Rotterdam Authority has closed two berths. The port said the strike would cost millions.")
    assert reported(ex) == [("the strike would cost millions", "Port of Rotterdam Authority", "said")]


def test_spokesperson_for_an_organization_not_the_state_in_its_description(extract):
    ex = extract("A spokesperson for DP World, which operates terminals in Egypt, said the company would keep the "
                 "port open. The spokesperson said talks would resume.")
    assert [(s, c) for _, s, c in reported(ex)] == [("DP World", "said"), ("DP World", "said")]


def test_a_title_subject_speaks_through_the_person_in_apposition(extract):
    ex = extract("The Federal Fisheries Minister, Brendan Kolley, says he will only sign a new deal with Norway "
                 "if it helps local fleets.")
    assert {s for _, s, _ in reported(ex)} == {"Brendan Kolley"}


def test_an_envoy_named_after_the_organization_speaks_for_herself(extract):
    ex = extract("The talks on the border ended on Tuesday without a deal, United Nations (UN) envoy "
                 "Clara Ventosa said.")
    assert {s for _, s, _ in reported(ex)} == {"Clara Ventosa"}


def test_a_generic_subject_speaks_for_the_organization_in_apposition(extract):
    ex = extract("The Teachers Federation of Arland (TFA) and the Nurses Guild of Arland (NGA) met on Monday. "
                 "The country's biggest union for state workers, the nurses' group NGA, has also indicated "
                 "its members have rejected the offer.")
    assert ("its members have rejected the offer", "Nurses Guild of Arland", "indicated") in reported(ex)


def test_the_spokeswoman_of_a_state_minister_speaks_for_the_state(extract):
    ex = extract("Norway's fisheries minister, Ingrid Dahl, met the envoy on Monday. A spokeswoman for Norway's "
                 "fisheries minister, Ingrid Dahl, said she was disappointed that the talks had collapsed.")
    assert {s for _, s, _ in reported(ex)} == {"Norway"}


def test_she_is_the_main_clause_subject_not_that_of_a_clause_before_it(extract):
    ex = extract("While Mr Halvorsen claims Ingrid Solberg has failed to seal a deal, Ms Solberg dismissed his claims "
                 "yesterday.\nShe said that the talks were continuing in good faith.")
    assert reported(ex) == [("the talks were continuing in good faith", "Ingrid Solberg", "said")]


def test_speaker_of_a_cue_inside_a_prepositional_phrase(extract):
    ex = extract("Senator Lena Ford was firm in saying that the bill would pass.")
    assert reported(ex) == [("the bill would pass", "Lena Ford", "saying")]


def test_speaker_of_a_cue_after_an_adjective(extract):
    ex = extract("Senator Lena Ford was quick to point out that the bill had passed.")
    assert [(t, s) for t, s, _ in reported(ex)] == [("the bill had passed", "Lena Ford")]


def test_the_issuer_of_a_statement_saying_is_the_speaker(extract):
    ex = extract("Senator Lena Ford issued a statement saying the bill would pass.")
    assert [(t, s) for t, s, _ in reported(ex)] == [("the bill would pass", "Lena Ford")]


def test_a_trailing_relative_clause_is_the_writers_aside(extract):
    ex = extract("Senator Lena Ford said she would back the bill, which would fund new schools in the north.")
    assert [t for t, _, _ in reported(ex)] == ["she would back the bill"]


def test_a_trailing_concession_is_the_writers_aside(extract):
    ex = extract("Senator Lena Ford said she hoped the bill would pass, even though most of her allies opposed it.")
    assert [t for t, _, _ in reported(ex)] == ["she hoped the bill would pass"]


def test_a_denial_with_a_that_clause_is_reported_speech(extract):
    ex = extract("Senator Lena Ford denied that she had met the lobbyists.")
    assert reported(ex) == [("she had met the lobbyists", "Lena Ford", "denied")]


def test_a_denial_of_a_thing_is_no_reported_speech(extract):
    ex = extract("Senator Lena Ford denied the claims.")
    assert reported(ex) == []


def test_a_gerund_after_a_verb_of_saying_is_its_content(extract):
    ex = extract("Senator Lena Ford admitted taking money from the lobbyists.")
    assert [(t, s) for t, s, _ in reported(ex)] == [("taking money from the lobbyists", "Lena Ford")]


def test_the_object_of_a_control_verb_is_the_speaker_of_its_infinitive(extract):
    ex = extract("Senator Ana Ruiz questioned chief executive Tom Lee on Tuesday. "
                 "She forced Lee to admit that no executive had been fired.")
    assert reported(ex) == [("no executive had been fired", "Tom Lee", "admit")]


def test_told_a_briefing_that_gives_the_clause_hung_on_the_audience(extract):
    ex = extract("Spokeswoman Hua Chunying told a routine press briefing that there is no territorial dispute.")
    assert reported(ex) == [("there is no territorial dispute", "Hua Chunying", "told")]


def test_an_infinitive_of_saying_does_not_attribute_the_clause_above_it(extract):
    ex = extract("Finance Minister Simon Hale met the union. "
                 "He says the government expects the union to respond professionally.")
    assert {(t, s) for t, s, _ in reported(ex)} == {
        ("the government expects the union to respond professionally", "Simon Hale")}


def test_a_speaker_making_or_being_clear_reports_the_clause(extract):
    ex = extract("Prime Minister Ana Ruiz was clear that her party would lead the finance ministry. "
                 "Labour Minister Tomas Berg made it clear that talks would resume. It was clear that Ruiz would win.")
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Ana Ruiz", "her party would lead the finance ministry"), ("Tomas Berg", "talks would resume")]


def test_parenthetical_attribution_keeps_the_fronted_clause(extract):
    ex = extract("Karin Voss chairs the board. After the regulator blocked the sale in May, Voss said, "
                 "most buyers lost interest in the mill.")
    assert reported(ex) == [("After the regulator blocked the sale in May most buyers lost interest in the mill",
                             "Karin Voss", "said")]


def test_parenthetical_attribution_inside_a_clause_of_telling(extract):
    ex = extract("Lena Brandt is a welder. Instead, she said, her foreman told her the plant would close.")
    assert reported(ex) == [("Instead her foreman told her the plant would close", "Lena Brandt", "said")]


def test_a_cleft_that_clause_is_no_aside(extract):
    ex = extract("Minister Ana Ruiz said it is the buyer, not the seller, that is delaying the deal.")
    assert reported(ex) == [("it is the buyer, not the seller, that is delaying the deal", "Ana Ruiz", "said")]


def test_a_conjoined_participle_of_saying_is_a_quote_of_its_own(extract):
    ex = extract("Senator Nina Park pushed back Thursday, saying that the bill had the correct components but was "
                 "waylaid by mistrust - and arguing that she and Ortiz shared views.")
    assert reported(ex) == [("the bill had the correct components but was waylaid by mistrust", "Nina Park",
                             "saying"), ("she and Ortiz shared views", "Nina Park", "arguing")]


def test_a_verb_of_saying_hung_on_an_adjective_of_the_clause_is_not_said(extract):
    ex = extract("Tina Falk chairs the LGA board. The LGA's Falk last week said the rejection of a renewed pay offer "
                 "was 'enormously frustrating' and highlighted 'the failure of the union's leadership to approach "
                 "talks in a strategic way'.")
    assert reported(ex) == [("the rejection of a renewed pay offer was enormously frustrating", "Tina Falk", "said")]


def test_an_inverted_attribution_conjoined_after_the_clause_reports_it(extract):
    ex = extract("The rebels refused a demand by President Omar Bashir that all prisoners be freed at once. Instead, "
                 "they insisted that the prisoners be released in two groups to reduce the risk of an ambush, said "
                 "mediator and former Kenyan Ambassador Peter Otieno.")
    assert reported(ex) == [("Instead, they insisted that the prisoners be released in two groups to reduce the risk "
                             "of an ambush", "Peter Otieno", "said")]


def test_a_but_clause_with_a_modal_of_its_own_is_reported_too(extract):
    ex = extract('Sen. Dana Whitfield (D-Ore.) said the House could pass "a dozen other riders," but the Senate would '
                 'reject every one until the House passed a clean bill.')
    assert [t for t, _, _ in reported(ex)] == ["the House could pass a dozen other riders",
                                               "the Senate would reject every one until the House passed a clean bill"]


def test_an_attribution_ending_in_a_colon_reports_the_clause_after_it(extract):
    ex = extract("Talks resumed on Monday. Union leader Maria Costa was clear: the strike will go on.")
    assert reported(ex) == [("the strike will go on", "Maria Costa", "was")]


def test_a_participle_of_saying_deep_in_a_reported_clause_is_a_quote_of_its_own(extract):
    ex = extract("President Omar Haddad said he couldn’t accept the militias’ demand that the truce be verified by "
                 "several Gulf states and the International Red Cross, saying this would have to wait until a deal to "
                 "end hostilities was reached.")
    assert [(s, c) for _, s, c in reported(ex)] == [("Omar Haddad", "said"), ("Omar Haddad", "saying")]
    assert reported(ex)[1][0] == "this would have to wait until a deal to end hostilities was reached"


def test_echoing_with_a_but_there_must_clause_reports_it(extract):
    ex = extract("Lina Moreau echoed the mayor’s view, saying the strikers' offer was a “gesture of goodwill” "
                 "but there must be real changes “beyond slogans and promises.”")
    assert ("there must be real changes beyond slogans and promises", "Lina Moreau", "echoed") in reported(ex)
    assert ("beyond slogans and promises.", "Lina Moreau") in [(q.text, q.speaker) for q in ex.quotes if q.direct]


def test_a_participle_on_a_reported_verb_of_saying_speaks_for_that_verbs_subject(extract):
    ex = extract("Union President Rosa Lind met the minister on Monday. We are told the president replied to the "
                 "minister a short while ago saying the notice is too short.")
    assert reported(ex) == [("the notice is too short", "Rosa Lind", "saying")]


def test_a_that_clause_with_a_modal_read_as_a_relative_on_the_audience(extract):
    ex = extract("Western sources said the Chinese have informed US businessmen that China will cut back on US "
                 "imports if the restrictions go ahead.")
    assert reported(ex) == [("China will cut back on US imports if the restrictions go ahead", "China", "informed")]


def test_an_as_attribution_before_the_clause_reports_it(extract):
    ex = extract("As Reuters reported on Monday, the union rejected the offer.")
    assert [(q.text, q.speaker, q.cue) for q in ex.quotes] == [("the union rejected the offer", "Reuters", "reported")]


def test_an_as_attribution_after_the_clause_reports_it(extract):
    ex = extract("The talks collapsed on Friday, as Senator Mia Ross noted in a letter.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("The talks collapsed on Friday", "Mia Ross")]


def test_an_as_clause_of_time_or_with_a_content_of_its_own_reports_nothing_around_it(extract):
    ex = extract("Wages rose as the union demanded more money. As Rosa Lind commented on the plan, the crowd grew.")
    assert not [q for q in ex.quotes if not q.direct]


def test_a_threat_or_pledge_with_a_finite_clause_is_reported_speech(extract):
    ex = extract("Teachers union leader Ana Ruiz threatened that if the council cuts the school budget, the union will "
                 "strike. Foreign Minister Ivo Petrak pledged that Croatia would cut its tariffs by half.")
    assert [(q.text, q.speaker, q.cue) for q in ex.quotes if not q.direct] == [
        ("if the council cuts the school budget, the union will strike", "Ana Ruiz", "threatened"),
        ("Croatia would cut its tariffs by half", "Ivo Petrak", "pledged")]


def test_a_pledge_to_act_is_no_reported_speech(extract):
    ex = extract("Foreign Minister Ivo Petrak vowed to cut tariffs by half.")
    assert not [q for q in ex.quotes if not q.direct]


def test_a_participle_of_saying_hung_on_a_subjectless_verb_is_the_sentence_subject_s(extract):
    ex = extract("Chile wants the maritime ruling to be reviewed as it awarded the port of Arica to Peru, arguing it "
                 "unfairly splits towns between the two countries.")
    assert reported(ex) == [("it unfairly splits towns between the two countries", "Chile", "arguing")]


def test_the_narrator_s_note_on_what_the_words_referred_to_is_left_out(extract):
    ex = extract("Mayor Ana Ruiz said she has other ways of funding the bridge, an apparent reference to her claim "
                 "that she could raise taxes. Senator Ivo Petrak said the government accepted the draft plan without "
                 "any conditions, in apparent reference to changes proposed by the unions to the mediators.")
    assert reported(ex) == [("she has other ways of funding the bridge", "Ana Ruiz", "said"),
                            ("the government accepted the draft plan without any conditions", "Ivo Petrak", "said")]


def test_a_denied_verb_of_saying_whose_content_is_a_question_reports_nothing(extract):
    ex = extract("Foreign Minister Ivo Petrak met his Croatian counterpart on Monday. He did not say where the next "
                 "round of talks would take place. Union leader Ana Ruiz didn't say which of the demands could be "
                 "dropped and the mediators' claims could not be checked.")
    assert reported(ex) == []


def test_a_clause_whose_subject_is_a_relative_pronoun_is_no_clause_of_its_own(extract):
    ex = extract("The Acme board of directors on Monday rejected the takeover offer, saying the 9-billion-dollar bid "
                 "is too low and not what's best for shareholders of the veteran retailer. Mayor Ana Ruiz said the "
                 "city was committed to the harbour and to its 9,000 residents, 80% of which voted to keep it open.")
    assert reported(ex) == [
        ("the 9-billion-dollar bid is too low and not what's best for shareholders of the veteran retailer", "Acme",
         "saying"),
        ("the city was committed to the harbour and to its 9,000 residents", "Ana Ruiz", "said")]
