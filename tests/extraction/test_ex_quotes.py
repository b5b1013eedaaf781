"""Direct quotes: speakers before/inside/after, joined parts, scare quotes, odd marks."""
import random

import pytest

from service.extraction.quotes import find_quote_parts, is_title


def direct(ex):
    return [(q.text, q.speaker, q.cue) for q in ex.quotes if q.direct]


def test_speaker_before_the_quote(extract):
    ex = extract('Foreign Minister Ana Ruiz said: "We will not give up an inch."')
    assert direct(ex) == [("We will not give up an inch.", "Ana Ruiz", "said")]


def test_speaker_after_the_quote_inverted(extract):
    ex = extract("“The border stays closed,” said Interior Minister Paulo Mendes.")
    assert direct(ex) == [("The border stays closed,", "Paulo Mendes", "said")]


def test_split_quote_is_joined_with_one_speaker(extract):
    ex = extract("“We are ready,” Prime Minister Ivo Petrak said, “to sign the deal tomorrow.”")
    (text, speaker, _), = direct(ex)
    assert speaker == "Ivo Petrak"
    assert "We are ready" in text and "to sign the deal tomorrow" in text


def test_quote_across_a_sentence_end_is_joined(extract):
    ex = extract("“We did our part,” Senator Mia Ross told reporters. “Now they must do theirs.”")
    (text, speaker, cue), = direct(ex)
    assert speaker == "Mia Ross" and cue == "told"
    assert text.startswith("We did our part") and "Now they must do theirs" in text


def test_offsets_span_all_parts(extract):
    body = "“We are ready,” Prime Minister Ivo Petrak said, “to sign the deal tomorrow.”"
    q, = [q for q in extract(body).quotes if q.direct]
    assert body[q.start:q.end].startswith("We are ready") and body[q.start:q.end].endswith("tomorrow.")


def test_quote_continued_in_the_next_paragraph(extract):
    body = ("“The union has waited long enough,” union leader Rosa Lind told a rally. “We want a fair deal.\n"
            "“And we will not go back without one.”")
    (text, speaker, _), = direct(extract(body))
    assert speaker == "Rosa Lind"
    assert "we will not go back without one" in text


def test_partial_quote_inside_reported_speech_is_both(extract):
    ex = extract("Negotiator Tomas Berg said “real progress” had been made.")
    assert ("real progress", "Tomas Berg", "said") in direct(ex)
    assert [(q.text, q.speaker) for q in ex.quotes if not q.direct] == [("real progress had been made", "Tomas Berg")]


def test_clause_that_is_only_the_quotation_is_one_direct_quote(extract):
    ex = extract("Chancellor Eva Lang told the radio that “the deal is dead”.")
    assert direct(ex) == [("the deal is dead", "Eva Lang", "told")]
    assert not [q for q in ex.quotes if not q.direct]


def test_scare_quotes_and_titles_are_not_quotes(extract):
    ex = extract("The accord, known as the “Lake Agreement”, created a “buffer zone” along the river. "
                 "The plan set up a body dubbed the “Council of Elders”.")
    assert direct(ex) == []


def test_quoted_term_someone_used_is_their_quote(extract):
    ex = extract("Governor Sam Okoye called the blockade “an act of war”.")
    assert direct(ex) == [("an act of war", "Sam Okoye", "called")]


def test_according_to(extract):
    ex = extract("The meeting was “tense but honest”, according to Foreign Minister Lea Varga.")
    assert direct(ex) == [("tense but honest", "Lea Varga", "according to")]
    assert not [q for q in ex.quotes if not q.direct]


def test_pronoun_speaker_resolves_to_the_last_person_subject(extract):
    ex = extract("President Omar Haddad met the envoy of Judge Tim Ross on Friday. "
                 "“We want peace,” he said.")
    assert direct(ex) == [("We want peace,", "Omar Haddad", "said")]


def test_unnamed_source_without_affiliation_gives_no_quote(extract):
    ex = extract("A diplomat briefed on the talks said the mood was “grim”.")
    assert ex.quotes == []


def test_unnamed_official_speaks_for_the_state(extract):
    ex = extract("Brazil hosted the talks. A Brazilian official said the offer was “serious”.")
    assert ("serious", "Brazil", "said") in direct(ex)


def test_british_single_quotes(extract):
    ex = extract("'We will keep talking,' said Foreign Secretary Jane Hall.")
    assert direct(ex) == [("We will keep talking,", "Jane Hall", "said")]


def test_apostrophes_are_not_quote_marks():
    assert find_quote_parts("Russia’s army and the workers' union met in Kyiv’s suburbs.") == []


@pytest.mark.parametrize("body", [
    "“Unclosed quote said the minister", "He said ”backwards“ marks", '"', "“”", "'", "‘’",
    'A "b" c "d', "“a ‘b’ c”", "\n“\n”\n", "x “y\n\nz” w", "”“”“", "She said \"'nested' words\" ok",
])
def test_odd_quote_marks_never_raise(extract, body):
    ex = extract(body)
    for q in ex.quotes:
        assert 0 <= q.start < q.end <= len(body)


def test_random_quote_soup_never_raises(extractor):
    rng = random.Random(7)
    alphabet = ["“", "”", '"', "'", "‘", "’", " ", "\n", "said", "Ana Ruiz", ".", ",", "We", "go"]
    for _ in range(20):
        body = "".join(rng.choice(alphabet) + " " for _ in range(rng.randint(1, 30)))
        ex = extractor.extract(body)
        assert all(0 <= q.start < q.end <= len(body) for q in ex.quotes)


def test_is_title():
    assert is_title("Board of Peace") and is_title("Hold the Line")
    assert not is_title("historic") and not is_title("We are ready.")


def test_two_quotes_with_two_attributions_stay_two(extract):
    ex = extract("“The offer is an insult,” union leader Rosa Lind said. “We will strike on Monday,” she insisted.")
    assert direct(ex) == [("The offer is an insult,", "Rosa Lind", "said"),
                          ("We will strike on Monday,", "Rosa Lind", "insisted")]


def test_pronoun_speaker_skips_subjects_inside_the_quotation(extract):
    ex = extract("“Some voters feel Omar Haddad will change everything,” Senator Mia Ross said. "
                 "“Things will explode,” she warned.")
    assert ("Things will explode,", "Mia Ross", "warned") in direct(ex)


def test_two_apostrophes_are_a_quotation_mark(extract):
    ex = extract("''It's preseason, for heaven's sake,'' Senator Mia Ross said. ''The race starts in May.''")
    (text, speaker, _), = direct(ex)
    assert speaker == "Mia Ross"
    assert text == "It's preseason, for heaven's sake, The race starts in May."


def test_quoted_sentence_with_its_attribution_parsed_apart(extract):
    ex = extract("“How many times do we have to see this?” Senator Mia Ross said. “It is unbearable.”")
    (text, speaker, cue), = direct(ex)
    assert (speaker, cue) == ("Mia Ross", "said")
    assert text == "How many times do we have to see this? It is unbearable."


def test_attribution_ending_in_a_colon(extract):
    ex = extract("Senator Mia Ross spoke in Ohio. She said: \"We have a situation in our inner cities.\"")
    assert direct(ex) == [("We have a situation in our inner cities.", "Mia Ross", "said")]


def test_single_quoted_passage_with_a_plural_possessive():
    text = "Rosa Lind called it 'the employers' court', a phrase she used again."
    assert [text[p.start:p.end] for p in find_quote_parts(text)] == ["the employers' court"]


def test_plural_possessive_does_not_swallow_the_next_quote():
    text = "'A deal for the workers' and 'fair pay' were her words."
    assert [text[p.start:p.end] for p in find_quote_parts(text)] == ["A deal for the workers", "fair pay"]


def test_colon_attribution_after_a_name_and_its_outlet(extract):
    ex = extract('Talks on the corridor resumed on Monday.\n'
                 'Anna Petrova, Caliber.Az: "The talks will resume next week."')
    assert direct(ex) == [("The talks will resume next week.", "Anna Petrova", None)]


def test_standalone_quoted_paragraph_continues_the_attributed_quote_before(extract):
    ex = extract("“We are ready,” union leader Rosa Lind said on Monday.\n"
                 "“We will not accept less than five percent.”\n\n"
                 "The employers have not commented.\n“Nothing is agreed.”")
    assert direct(ex) == [("We are ready, We will not accept less than five percent.", "Rosa Lind", "said")]


def test_a_person_read_as_a_second_subject_beside_their_company_speaks(extract):
    ex = extract("Talia Morven, executive chairman, Brightwave said, “While we respect the regulator’s process, "
                 "its decision has serious implications for consumers.”")
    assert [q.speaker for q in ex.quotes if q.direct] == ["Talia Morven"]


def test_a_surname_the_tagger_misses_is_still_the_person_named_before(extract):
    ex = extract("Iranian President Ebrahim Raisi met the emir on Wednesday.\nReuters reported last week that a deal "
                 "is taking shape.\n\"The United States must prove its will to lift major sanctions,\" Raisi said in "
                 "a joint news conference with Qatari Emir Sheikh Tamim bin Hamad al-Thani in Doha.")
    assert [q.speaker for q in ex.quotes if q.direct] == ["Ebrahim Raisi"]


def test_a_title_whose_object_is_the_name_speaks_through_that_person(extract):
    ex = extract("Brightwave rejected the offer on Monday.\n"
                 "\"We believe the proposal is too low,\" Brightwave Chairman of the Board"
                 " and Chief Executive Officer Talia Morven said.")
    assert [q.speaker for q in ex.quotes if q.direct] == ["Talia Morven"]


def test_quote_split_by_an_attribution_with_a_clause_of_its_own_is_one(extract):
    ex = extract('"We are ready to talk," Ana Ruiz said, in answer to a question about how the strike began. '
                 '"We want a fair offer."')
    assert [(q.text, q.speaker) for q in ex.quotes if q.direct] == [
        ("We are ready to talk, We want a fair offer.", "Ana Ruiz")]


def test_quote_split_by_a_future_attribution_is_one(extract):
    ex = extract('"The plant will stay open," Governor Tom Hale will say. "Nobody loses a job."')
    assert [q.text for q in ex.quotes if q.direct] == ["The plant will stay open, Nobody loses a job."]


def test_a_quoted_title_inside_the_attribution_stays_out_of_the_quote(extract):
    ex = extract('"We will publish the records," Ana Ruiz said during an interview on "Face the Nation" on Sunday. '
                 '"I am very healthy."')
    assert [q.text for q in ex.quotes if q.direct] == ["We will publish the records, I am very healthy."]


def test_a_quoted_paragraph_after_a_longer_attribution_continues_the_quote(extract):
    ex = extract('"The strike is over," union leader Rosa Lind told the regional radio station in a long interview.'
                 '\n\n"We start work on Monday."')
    assert [q.text for q in ex.quotes if q.direct] == ["The strike is over, We start work on Monday."]


def test_a_quoted_term_inside_the_attribution_does_not_join_the_quote_before(extract):
    ex = extract('Senator Ana Ruiz spoke. "We need change," she said, calling for "common-sense" rules.')
    assert [q.text for q in ex.quotes if q.direct] == ["We need change,", "common-sense"]


def test_quoted_paragraphs_continuing_each_other_join_the_attributed_quote_before(extract):
    ex = extract("“We are ready,” union leader Rosa Lind said on Monday.\n"
                 "“We will not accept less than five percent.\n"
                 "“Nothing is agreed until everything is agreed.”")
    assert direct(ex) == [("We are ready, We will not accept less than five percent. "
                           "Nothing is agreed until everything is agreed.", "Rosa Lind", "said")]


def test_a_quoted_question_attributed_with_asked(extract):
    ex = extract("Union leader Rosa Lind rejected the offer. “Why would our members accept less?” she asked.")
    assert direct(ex) == [("Why would our members accept less?", "Rosa Lind", "asked")]


def test_a_quoted_sentence_standing_alone_takes_the_speaker_of_the_reported_speech_before(extract):
    ex = extract("Fisheries minister Jon Berg signalled that a deal could still be reached. "
                 "“Sanctions will not help anyone.”\nThe talks resume in May.\n“Nobody is listening.”")
    assert direct(ex) == [("Sanctions will not help anyone.", "Jon Berg", "signalled")]


def test_according_to_a_document_before_a_quoted_clause(extract):
    ex = extract("The Industry Council published a report on Monday. "
                 "According to the report, “the strike has cost the economy billions”.")
    assert direct(ex) == [("the strike has cost the economy billions", "Industry Council", "according to")]


def test_added_with_an_object_and_a_clause_attributes_the_quoted_term(extract):
    ex = extract("Unison's head of local government Heather Wakefield added the union needed 'more certainty' "
                 "over the offer.")
    assert ("more certainty", "Heather Wakefield", "added") in direct(ex)


def test_quoted_as_saying_attributes_to_the_one_quoted(extract):
    ex = extract("Hamas rejected the plan. “The reports are exaggerated,” the newspaper quoted Hamas official "
                 "Basem Naim as saying.")
    assert direct(ex) == [("The reports are exaggerated,", "Basem Naim", "saying")]


def test_a_conjoined_cue_without_a_subject_gives_way_to_the_verb_above(extract):
    ex = extract("Tina Falk chairs the LGA board. The LGA's Falk last week said the rejection of a renewed pay offer "
                 "was 'enormously frustrating' and highlighted 'the failure of the union's leadership to approach "
                 "talks in a strategic way'.")
    assert {(t, s) for t, s, _ in direct(ex)} == {
        ("enormously frustrating", "Tina Falk"),
        ("the failure of the union's leadership to approach talks in a strategic way", "Tina Falk")}


def test_a_title_with_its_stop_inside_the_marks_is_no_quote(extract):
    ex = extract('"We lost the vote," said Nora Quist, who hosts the radio show "Morning Desk." She left early.')
    assert direct(ex) == [("We lost the vote,", "Nora Quist", "said")]


def test_an_inverted_attribution_between_two_parts_speaks_both(extract):
    ex = extract('"The danger," said Paul Brenner, a banker who is the head of the Varo Fund, '
                 '"is that we are going to lose the savers."')
    assert [(q.speaker, q.direct) for q in ex.quotes] == [("Paul Brenner", True)]


def test_a_quoted_sentence_after_a_person_acting_in_its_paragraph_is_theirs(extract):
    ex = extract("Premier Hana Kovac lashed out at the lenders on Tuesday. “Nobody can buy our votes with loans.”\n"
                 "The vote is due next week.")
    assert direct(ex) == [("Nobody can buy our votes with loans.", "Hana Kovac", "lashed")]


def test_a_quoted_paragraph_after_a_paragraph_of_action_takes_no_speaker(extract):
    ex = extract("Premier Hana Kovac visited the flooded towns on Tuesday.\n“Nobody can buy our votes with loans.”")
    assert direct(ex) == []


@pytest.mark.parametrize("body, speaker", [
    ("The Nordvik Shipping board rejected the offer because it “badly misjudges” the fleet.", "Nordvik Shipping"),
    ("Senator Lucia Ferro slammed the budget for “gutting” the school system.", "Lucia Ferro"),
    ("Premier Karl Aston fears the walkout could bring “months of chaos”.", "Karl Aston"),
])
def test_a_quoted_term_under_a_verb_of_stance_is_its_subjects(extract, body, speaker):
    """A reason clause, a verb of judging's "for" phrase, a verb of fearing's content: the subject's words."""
    (_, who, _), = direct(extract(body))
    assert who == speaker


@pytest.mark.parametrize("body", [
    "The Nordvik Shipping board tabled its offer ahead of a “final” deadline.",
    "Senator Lucia Ferro slammed the minister for his “ghost schools”.",  # the minister's term, not hers
])
def test_a_quoted_term_under_an_act_is_no_quote(extract, body):
    assert direct(extract(body)) == []


def test_a_participle_of_saying_before_the_second_part_keeps_two_quotes(extract):
    ex = extract("“We will not sign,” union leader Rosa Lind said, adding, “They know our terms.”")
    assert direct(ex) == [("We will not sign,", "Rosa Lind", "said"), ("They know our terms.", "Rosa Lind", "adding")]


def test_an_attribution_opening_a_new_sentence_introduces_only_the_next_quote(extract):
    ex = extract("Senator Mia Ross called the bill “a first step.” Union leader Rosa Lind says, “We want more.”")
    assert direct(ex) == [("a first step.", "Mia Ross", "called"), ("We want more.", "Rosa Lind", "says")]


def test_narration_ending_a_sentence_before_the_cue_keeps_two_quotes(extract):
    ex = extract("Senator Mia Ross called the bill “a first step” in a letter on Monday. "
                 "Later union leader Rosa Lind told reporters: “We want more.”")
    assert direct(ex) == [("a first step", "Mia Ross", "called"), ("We want more.", "Rosa Lind", "told")]


def test_a_participle_of_saying_right_before_the_quote_attributes_it(extract):
    ex = extract("Senator Mia Ross seemed ready to joke about the incident, telling the crowd, "
                 "“Some people get a little carried away.”")
    assert direct(ex) == [("Some people get a little carried away.", "Mia Ross", "telling")]


def test_a_participle_the_parser_hung_on_the_quote_speaks_for_the_clause_before_it(extract):
    ex = extract("Rosa Lind seemed to be ready to joke about the strike in Ohio, telling the crowd, "
                 "“Some people get a little carried away, have you noticed that?”")
    assert [(q.speaker, q.cue) for q in ex.quotes if q.direct] == [("Rosa Lind", "telling")]


def test_who_after_a_chain_of_descriptions_is_the_person_they_describe(extract):
    ex = extract("“We will not sign,” said Tomas Vela, a Texas media consultant and an influential Hispanic Republican "
                 "who said he would not vote for the deal.")
    reported = {(q.text, q.speaker) for q in ex.quotes if not q.direct}
    assert reported == {("he would not vote for the deal", "Tomas Vela")}


def test_a_name_the_parser_hung_before_a_subjectless_said_is_its_subject(extract):
    ex = extract("They rejected it and Rosa Mendes, executive director of the dockers union, said the talks had now "
                 "“totally collapsed.”")
    assert ("totally collapsed.", "Rosa Mendes", "said") in direct(ex)
    assert [(q.text, q.speaker) for q in ex.quotes if not q.direct] == [
        ("the talks had now totally collapsed", "Rosa Mendes")]


def test_the_subject_of_a_passive_quote_is_the_speaker(extract):
    ex = extract('“No ceasefire is possible until the rebels disarm,” Paulo Mendes was quoted as saying.')
    assert [(t, s) for t, s, _ in direct(ex)] == [("No ceasefire is possible until the rebels disarm,", "Paulo Mendes")]
    ex = extract('Paulo Mendes was quoted in a local newspaper saying, “We have always wanted a truce.”')
    assert [s for _, s, _ in direct(ex)] == ["Paulo Mendes"]
    ex = extract("Paulo Mendes was quoted as saying that the talks were over.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("the talks were over", "Paulo Mendes")]


def test_a_closing_mark_at_a_words_start_opens_a_quote():
    text = "The agency called it ”a stratagem.”\n”We will not sign,” the minister said, and left.”"
    assert [text[p.start:p.end] for p in find_quote_parts(text)] == ["a stratagem.", "We will not sign,"]


def test_a_quote_opened_by_a_closing_mark_is_direct_speech(extract):
    ex = extract("”Judging by first reports, the reply repeats the old stand,” Tass said.")
    assert [(t, s) for t, s, _ in direct(ex)] == [("Judging by first reports, the reply repeats the old stand,",
                                                  "Tass")]


def test_an_as_term_hung_on_the_object_is_the_subjects_words(extract):
    ex = extract("Moscow dismissed the latest proposal as “a propaganda stratagem” on Monday.")
    assert [(t, s) for t, s, _ in direct(ex)] == [("a propaganda stratagem", "Russia")]
