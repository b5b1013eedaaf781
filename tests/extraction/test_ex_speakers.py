"""Speakers that are descriptions: the body a spokesperson serves, the person a description names."""


def speakers(ex):
    return [(q.text, q.speaker) for q in ex.quotes]


def test_spokesperson_for_a_described_company_speaks_for_it(extract):
    ex = extract("Tesla said on Monday it would appeal. A spokesperson for the company said the ruling was wrong. "
                 "The spokesperson added that Tesla would keep operating.")
    assert ("the ruling was wrong", "Tesla") in speakers(ex)
    assert ("Tesla would keep operating", "Tesla") in speakers(ex)


def test_the_demonym_leader_is_the_person_in_force_not_the_state(extract):
    ex = extract("Volodymyr Zelensky met European leaders in Paris on Monday. "
                 "The Ukrainian leader said Kyiv would never cede territory.")
    assert speakers(ex) == [("Kyiv would never cede territory", "Volodymyr Zelensky")]


def test_the_union_is_never_an_organization_named_as_another_body(extract):
    ex = extract("Members of the Oregon Nurses Association will strike at Riverside Hospital Health System. "
                 "The Riverside Hospital Health System said it had offered a raise. "
                 "The union contends that the hospital has ignored staffing.")
    assert ("the hospital has ignored staffing", "Oregon Nurses Association") in speakers(ex)


def test_a_spokesperson_named_in_the_next_sentence_is_that_person(extract):
    ex = extract("A Chinese Foreign Ministry spokesperson said on Friday that China wanted the ambassador to stop "
                 "commenting on the dispute. Spokeswoman Hua Chunying told a briefing that there was no dispute.")
    assert {s for _, s in speakers(ex)} == {"Hua Chunying"}


def test_a_next_sentence_person_who_is_no_spokesperson_does_not_take_the_quote(extract):
    ex = extract("A government spokesman said on Monday that France would not sign. "
                 "Prime Minister Michel Barnier said the deal was dead.")
    assert ("France would not sign", "France") in speakers(ex)


def test_dateline_outlet_is_not_the_speaker_of_one_of_the_unions(extract):
    ex = extract("MANILA (Reuters) - One of the Philippines' largest labour unions said on Wednesday it had rejected "
                 "a new pay offer from the government. Shortly after the Kilusang Mayo Uno, which has more than "
                 "100,000 members, made the announcement, the government said it would not raise the offer.")
    assert ("it had rejected a new pay offer from the government", "Kilusang Mayo Uno") in speakers(ex)


def test_a_noun_named_by_an_organization_compound_is_that_organization(extract):
    ex = extract("Israel rejected the mediators proposal for a 48-hour ceasefire in Gaza, the Al Arabiya TV channel "
                 "reported, citing sources.")
    assert speakers(ex) == [("Israel rejected the mediators proposal for a 48-hour ceasefire in Gaza", "Al Arabiya")]


def test_a_pronoun_skips_the_person_in_force_known_to_be_of_the_other_gender(extract):
    ex = extract("Union leader Ana Ruiz rejected the offer made by chief executive Tom Lee on Friday. "
                 "Lee said his offer was fair. “It is an insult,” she said. “It is fair,” he said.")
    assert [(t, s) for t, s in speakers(ex) if t.startswith("It is")] == [
        ("It is an insult,", "Ana Ruiz"), ("It is fair,", "Tom Lee")]


def test_an_honorific_gives_the_gender(extract):
    ex = extract("Tom Lee met union leader Ana Ruiz on Friday. Ms Ruiz said her members were angry. "
                 "Mr Lee said he had made a fair offer.\n“They have waited two years for this,” she said.")
    assert ("They have waited two years for this,", "Ana Ruiz") in speakers(ex)


def test_the_statement_speaks_for_the_issuer_a_statement_from_named(extract):
    ex = extract("According to a statement from the Teamsters, the company walked away from talks. "
                 "“UPS has chosen to walk away,” the statement said.")
    assert ("UPS has chosen to walk away,", "Teamsters") in speakers(ex)


def test_the_filing_is_the_last_document_and_speaks_for_its_issuer(extract):
    ex = extract("Boeing filed a lawsuit against the union on Monday. "
                 "“The strike is unlawful and must end,” the filing says.")
    assert speakers(ex) == [("The strike is unlawful and must end,", "Boeing")]


def test_a_bare_spokesperson_speaks_for_the_body_in_force(extract):
    ex = extract("Germany's foreign ministry summoned the ambassador. “We will not accept this,” a spokesperson said. "
                 "“It is a provocation,” they added.")
    assert speakers(ex) == [("We will not accept this,", "Germany"), ("It is a provocation,", "Germany")]


def test_a_described_leader_is_never_a_person_titled_by_another_state(extract):
    ex = extract("Brazilian President Lula da Silva met Argentine leader Javier Milei on Monday. "
                 "The Brazilian leader said the tariffs were unfair.")
    assert speakers(ex) == [("the tariffs were unfair", "Lula da Silva")]


def test_an_opening_description_is_the_person_the_story_names_later(extract):
    ex = extract("Spain's agriculture minister has said talks with Morocco remain open. "
                 "Speaking in Madrid, Spanish Agriculture Minister Luis Planas said: “We want a deal soon.”")
    assert ("talks with Morocco remain open", "Luis Planas") in speakers(ex)


def test_a_pronoun_after_a_quote_skips_the_subjects_inside_the_quote(extract):
    ex = extract("Union leader Mara Quist said the talks had stalled. “On Monday the minister demanded that "
                 "Pavel Dorn come in person,” she added.")
    assert [q.speaker for q in ex.quotes if q.direct] == ["Mara Quist"]


def test_rebels_opening_the_story_are_the_group_it_names_next(extract):
    ex = extract("BOGOTA, May 2 (AFP) -- Rebels in Colombia's southern region said Tuesday they are willing to sign "
                 "a truce. The National Liberation Army (ELN) has fought the state since 1964.")
    assert [q.speaker for q in ex.quotes] == ["National Liberation Army"]


def test_a_company_speaking_of_itself_by_name_is_that_company(extract):
    ex = extract("Regulators said concessions offered by Alstom to buy Siemens were insufficient. "
                 "“Siemens remains committed to our deal with Alstom,” the company said in a statement.")
    assert [q.speaker for q in ex.quotes if q.direct] == ["Siemens"]


def test_an_official_announcing_their_state_s_response_speaks_for_that_state(extract):
    ex = extract("Chile will respond strongly if Peru imposes new tariffs, a government official warned. "
                 "Peru has said the tariffs are needed.")
    assert ("Chile will respond strongly if Peru imposes new tariffs", "Chile") in speakers(ex)


def test_a_plural_description_is_not_the_last_person_of_its_kind(extract):
    ex = extract("Foreign Minister Ana Duarte of Portugal met Spanish officials in Madrid. The ministers said "
                 "talks on water rights would continue next month.")
    assert "Ana Duarte" not in [q.speaker for q in ex.quotes]


def test_the_union_is_the_one_association_named_in_the_story(extract):
    ex = extract("The union said the strike would go ahead on Friday.\n"
                 "The Ontario Pharmacists Association has called for talks with the chain.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("the strike would go ahead on Friday", "Ontario Pharmacists Association")]


def test_union_officials_speak_for_the_association_named_before(extract):
    ex = extract("Members of the Dakota Pilots Association met the carrier on Monday.\n"
                 "Union officials announced that they were ending the walkout.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("they were ending the walkout", "Dakota Pilots Association")]


def test_the_bloc_is_the_european_union_before_a_federation(extract):
    ex = extract("Norway and the European Union met in Oslo, the bloc warning that quotas could fall.\n"
                 "The Danish Anglers Federation said little.")
    assert ("quotas could fall", "European Union") in [(q.text, q.speaker) for q in ex.quotes]


def test_a_descriptive_noun_of_a_named_company_speaks_for_it(extract):
    ex = extract("Veltrix Systems raised its offer for Norrland Bank on Monday. "
                 "\"We remain committed to a friendly deal,\" the software giant said.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("We remain committed to a friendly deal,", "Veltrix Systems")]


def test_a_demonym_leadership_speaks_for_its_state(extract):
    ex = extract("Hungary and Romania met in Oradea on Monday. Earlier, the Hungarian leadership said it was wary of "
                 "the plan.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("it was wary of the plan", "Hungary")]


def test_the_report_is_the_outlet_that_reported(extract):
    ex = extract("Talks on the lake border resumed on Monday, the Baltic News Agency reported. "
                 "The report said Riga rejected Vilnius's map.")
    assert ("Riga rejected Vilnius's map", "Baltic News Agency") in [(q.text, q.speaker) for q in ex.quotes]


def test_a_title_conjoined_to_a_titled_name_is_one_person(extract):
    ex = extract("Talks between the Centre Party and Reform stalled. Reform whip and negotiator Mart Lepp told ERR "
                 "that additional expenditures cannot be made due to the country's budget deficit.")
    assert [q.speaker for q in ex.quotes] == ["Mart Lepp"]


def test_the_source_is_the_body_an_earlier_mention_named(extract):
    ex = extract("The Gulf Times reported, citing a Hamas source, that the talks had stalled. "
                 "\"The reports contain many exaggerations,\" the newspaper quoted the source as saying.")
    assert ("The reports contain many exaggerations,", "Hamas") in [(q.text, q.speaker) for q in ex.quotes]


def test_a_description_opening_the_story_is_the_person_the_next_sentence_names(extract):
    ex = extract("Peru's chief trade envoy said on Monday that his country would not lower its tariffs. "
                 "Deputy Trade Minister Ivo Petrak said the talks would resume in May.")
    assert {q.speaker for q in ex.quotes} == {"Ivo Petrak"}


def test_a_description_opening_the_story_is_the_person_later_titled_with_its_words(extract):
    ex = extract("Peru's outspoken labour minister has said that his government will not raise wages. Eurozone "
                 "leaders have put pressure on Chile. Labour Minister Ivo Petrak and Prime Minister Ana Ruiz will meet "
                 "them on Friday.")
    assert [q.speaker for q in ex.quotes] == ["Ivo Petrak"]


def test_an_unnamed_official_opening_the_story_still_speaks_for_the_state(extract):
    ex = extract("A Peruvian official said on Monday that the talks had failed. "
                 "Deputy Trade Minister Ivo Petrak said the talks would resume in May.")
    assert [(q.text, q.speaker) for q in ex.quotes][0] == ("the talks had failed", "Peru")


def test_unnamed_ministers_or_officials_speak_for_the_story_s_state(extract):
    ex = extract("Norway and Sweden resumed talks on fishing quotas in Oslo on Monday. Norway wants a larger share "
                 "of the catch. The Norwegian fleet depends on cod. Senior officials said Norway would not accept a "
                 "smaller quota.")
    assert speakers(ex) == [("Norway would not accept a smaller quota", "Norway")]
    ex = extract("Britain has offered dockers a 4% rise. Dock strikes next month must end if unions want new pay "
                 "talks, ministers warned on Friday.")
    assert ("Dock strikes next month must end", "United Kingdom") in speakers(ex)


def test_unnamed_diplomats_still_speak_for_nobody(extract):
    ex = extract("Norway and Sweden resumed talks on fishing quotas in Oslo on Monday. Diplomats said a deal was near.")
    assert speakers(ex) == []


def test_a_plural_description_listing_actors_speaks_for_each_of_them(extract):
    ex = extract("Negotiators from Norway, Chile and the African Union said they would not set a deadline.")
    assert sorted(speakers(ex)) == [("they would not set a deadline", s) for s in ("African Union", "Chile", "Norway")]
    ex = extract("Steel makers Tata Steel, ArcelorMittal and Nucor said they would cut output.")
    assert sorted(s for _, s in speakers(ex)) == ["ArcelorMittal", "Nucor", "Tata Steel"]
    ex = extract("Negotiators from Norway said they would not set a deadline.")
    assert speakers(ex) == [("they would not set a deadline", "Norway")]


def test_a_floating_each_is_no_subject_of_its_own(extract):
    ex = extract("The United Kingdom and Norway each claims the other takes a larger share of the catch.")
    assert sorted(s for _, s in speakers(ex)) == ["Norway", "United Kingdom"]


def test_each_side_is_the_pair_of_parties(extract):
    ex = extract("Norway and Chile have fished the stocks since 1990. The treaty lapsed in May. "
                 "Each side claims the other takes too much of the catch.")
    assert sorted(s for _, s in speakers(ex)) == ["Chile", "Norway"]
