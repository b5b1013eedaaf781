"""Actors: persons clustered, states absorbing metonyms and bodies, places that only locate."""


def actors(ex):
    return {a.name: a for a in ex.actors}


def test_person_fullest_name_and_surname_alias(extract):
    ex = extract("Finance Minister Carla Mendoza arrived on Monday. Mendoza said the talks were useful.")
    got = actors(ex)
    assert "Carla Mendoza" in got and got["Carla Mendoza"].kind == "person"
    assert "Mendoza" not in got


def test_spelling_variants_are_one_person(extract):
    ex = extract("President Viktor Horobenko met envoys on Monday. Horobenkko later said he was hopeful.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Viktor Horobenko"]


def test_capital_and_seat_metonyms_fold_into_states(extract):
    ex = extract("Moscow demands a pause in the fighting. The Kremlin said on Friday that talks would go on. "
                 "Kyiv has rejected the idea.")
    got = actors(ex)
    assert set(got) == {"Russia", "Ukraine"}
    assert got["Russia"].kind == "state"
    assert {"Moscow", "Kremlin"} <= set(got["Russia"].aliases)


def test_state_bodies_fold_into_the_state(extract):
    ex = extract("France's foreign ministry said on Monday that the plan was premature.")
    assert [a.name for a in ex.actors] == ["France"]


def test_places_that_only_locate_are_not_actors(extract):
    ex = extract("Negotiators from Chile and Peru met in Geneva on Tuesday. The talks in Stockholm ended early.")
    got = actors(ex)
    assert {"Chile", "Peru"} <= set(got)
    assert "Sweden" not in got and "Switzerland" not in got


def test_demonym_alone_is_no_actor_but_agentive_plural_is_the_state(extract):
    assert not extract("Dozens of Ukrainian troops were wounded.").actors
    ex = extract("The Russians and the Americans want a quick deal.")
    assert {"Russia", "United States"} <= set(actors(ex))


def test_abbreviation_joins_its_full_name(extract):
    ex = extract("The Northern Dockworkers Alliance rejected the offer. The NDA said it would strike.")
    got = actors(ex)
    assert "Northern Dockworkers Alliance" in got and "NDA" not in got
    assert "NDA" in got["Northern Dockworkers Alliance"].aliases


def test_organization_bodies_fold_into_it(extract):
    ex = extract("The European Commission proposed new rules, and the EU said it would vote next week.")
    assert [a.name for a in ex.actors if a.kind == "organization"] == ["European Union"]


def test_platforms_are_not_actors(extract):
    ex = extract("Governor Ana Ruiz wrote on Telegram that the road was closed.")
    assert "Telegram" not in actors(ex)


def test_party_members_plural_is_the_party(extract):
    ex = extract("Republicans said they would not back the bill, and Democrats refused to negotiate.")
    got = actors(ex)
    assert got["Republican Party"].kind == "organization"
    assert "Democratic Party" in got


def test_role_and_affiliation_from_title(extract):
    ex = extract("Norwegian Foreign Minister Lars Dahl said Norway would host the next round.")
    person = actors(ex)["Lars Dahl"]
    assert person.affiliation == "Norway"
    assert person.role and "Minister" in person.role


def test_first_name_alone_refers_to_the_only_person_with_it(extract):
    ex = extract("Prime Minister Abiy Tesfaye met the envoy. Abiy later rejected the plan.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Abiy Tesfaye"]


def test_alias_given_with_known_as(extract):
    ex = extract("The militia is led by Mohamed Idris Farah, widely known as Kolonel. Kolonel said the group "
                 "would fight on.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Mohamed Idris Farah"]


def test_party_adjective_alone_is_not_a_party(extract):
    ex = extract("Iran's Republican Guard said the strait would stay open.")
    assert "Republican Party" not in actors(ex)


def test_honorific_is_not_part_of_the_name(extract):
    ex = extract("Health Secretary Wes Moreton rejected the claim. 'The door remains open,' Mr Moreton told the BBC.")
    assert [a.name for a in ex.actors if a.kind == "person"] == ["Wes Moreton"]


def test_government_department_folds_into_the_state(extract):
    ex = extract("Talks with the Ministry of Labour broke down. Downing Street said it regretted the strike.")
    got = actors(ex)
    assert "Ministry of Labour" not in got and "Ministry of Labour" in got["United Kingdom"].aliases


def test_union_noun_before_an_untagged_name_makes_it_an_organization(extract):
    ex = extract("Union FNV Havens said the employers had walked away from the table.")
    assert [(a.name, a.kind) for a in ex.actors] == [("FNV Havens", "organization")]
    assert [(q.speaker, q.cue) for q in ex.quotes] == [("FNV Havens", "said")]


def test_inner_punctuation_stays_in_a_name(extract):
    ex = extract("Anna Petrova of Caliber.Az met the AFC/M23 delegation in Doha.")
    names = {a.name for a in ex.actors}
    assert "Caliber.Az" in names and "AFC/M23" in names and "Caliber" not in names


def test_a_name_never_absorbs_the_next_names_title(extract):
    ex = extract("Senator Kelly Ayotte met voters. Kelly AyotteRep. Ann Kuster said the bill was dead.")
    ayotte, = [a for a in ex.actors if a.name == "Kelly Ayotte"]
    assert ayotte.aliases == ()


def test_the_tail_of_a_treatys_long_name_is_no_actor(extract):
    ex = extract("The Treaty on the Non-Proliferation of Nuclear Weapons was discussed in Vienna.")
    assert ex.actors == []


def test_a_dateline_place_before_the_outlet_is_no_actor(extract):
    for text in ("OSLO (Reuters) - The Nordvik union said on Monday it would strike.",
                 "OSLO, May 4. /Reuters/. The Nordvik union said on Monday it would strike."):
        got = actors(extract(text))
        assert "Norway" not in got and "OSLO" not in got


def test_people_counted_by_nationality_make_no_state(extract):
    got = actors(extract("The rebels freed three Malaysians and two Germans on Friday, negotiator Ana Ruiz said."))
    assert "Malaysia" not in got and "Germany" not in got
    assert "Ana Ruiz" in got


def test_hyphenated_modifiers_are_no_actors(extract):
    got = actors(extract("Officials said a post-Brexit trade deal and a US-Iranian pact were close."))
    assert not [n for n in got if "-" in n]


def test_titles_and_bodies_named_by_common_words_are_no_actors(extract):
    got = actors(extract("The union rejected the offer from the State Government. The Finance Minister, Tom Hale, "
                         "says the Government values its workers. The Board said nothing."))
    assert "Tom Hale" in got
    assert not {"Government", "State Government", "Finance Minister", "Board"} & set(got)


def test_a_qualified_party_plural_is_not_the_bare_party(extract):
    got = actors(extract("The Social Democrats walked out of the coalition talks on Tuesday."))
    assert "Democratic Party" not in got


def test_a_name_does_not_end_in_function_words(extract):
    got = actors(extract("Dunne said his party would not be talking with National on the same basis."))
    assert not [n for n in got if n.endswith((" on", " the"))]


def test_an_acronym_opening_a_party_name_is_that_party(extract):
    got = actors(extract("NZ First leader Winston Peters met Labour on Monday. NZ First will decide this week, "
                         "NZ sources said, and Peters said NZ First was ready."))
    assert "NZ" not in got


def test_a_capital_apposed_to_the_word_capital_only_locates(extract):
    got = actors(extract("Peace talks between the government and the rebels have resumed in the Ethiopian "
                         "capital Addis Ababa."))
    assert "Ethiopia" not in got


def test_names_coordinated_with_or_modifying_a_place_noun_are_places(extract):
    got = actors(extract("He said a truce tops the agenda of the talks on the North Kordofan and Blue Nile region. "
                         "Troops crossed the already delimited Ladakh section of the border."))
    assert not {"North Kordofan", "Ladakh"} & set(got)


def test_honorific_and_surname_read_as_an_organization_is_the_person(extract):
    ex = extract("Canada's trade minister Mary Ng said talks had paused. A spokesman for Ms Ng said Ottawa "
                 "would walk away. Ms Ng's office declined to comment.")
    assert [a.name for a in ex.actors if "Ng" in a.name] == ["Mary Ng"]


def test_short_forms_of_an_organization_join_it(extract):
    ex = extract("The California Nurses Association/National Nurses United said the Washington Hospital "
                 "Healthcare System refused to bargain. CNA/NNU said Washington Hospital must pay more. "
                 "The SPLA-North rebels met the envoy, and the SPLA-N said it wanted peace.")
    names = [a.name for a in ex.actors]
    assert "CNA/NNU" not in names and "Washington Hospital" not in names and "SPLA-N" not in names


def test_a_body_named_with_its_organizations_abbreviation_folds_into_it(extract):
    ex = extract("The EU said on Monday it would act. Ministers met at the EU Agriculture and Fisheries Council "
                 "meeting in Brussels.")
    assert [a.name for a in ex.actors if a.kind == "organization"] == ["European Union"]


def test_region_adjectives_name_nobody(extract):
    got = actors(extract("The dispute has deepened tensions between the two Asian Pacific neighbours."))
    assert "Asian Pacific" not in got


def test_common_term_acronyms_are_no_actors(extract):
    got = actors(extract("The party will vote against the GP co-payment, the senator told ABC TV on Friday. "
                         "Each RN on the ward earns less than a GP."))
    assert not {"GP", "RN", "TV"} & set(got)


def test_an_outlet_keeps_its_arabic_article(extract):
    got = actors(extract("Israel rejected the proposal for a truce in Gaza, the Al Arabiya TV channel reported, "
                         "citing sources."))
    assert "Al Arabiya" in got and "Arabiya" not in got


def test_credit_lines_name_no_actors(extract):
    ex = extract("By Jane Roe and Bob Smith\nThe union said on Wednesday it had rejected the offer from Acme Corp.\n"
                 "Photo: Jim Bo/Reuters\nNolan McCaskill contributed to this report.\n"
                 "(Reporting by Ana Lee; Editing by Tom Hay)")
    assert set(actors(ex)) == {"Acme Corp."}


def test_a_sentence_opening_with_by_is_no_byline(extract):
    ex = extract("By the time Carla Mendoza arrived, the talks had ended.")
    assert "Carla Mendoza" in actors(ex)


def test_the_agency_of_a_dateline_is_an_actor(extract):
    got = actors(extract("TUNIS, August 14. /TASS/. Israel rejected the proposal, the minister said."))
    assert got["TASS"].kind == "organization" and "Tunisia" not in got


def test_an_owner_and_a_name_after_its_possessive_are_two_names(extract):
    got = actors(extract('Marco Rubio spoke on Monday. "It is not what I want," Rubio said to Fox News’ Megyn Kelly.'))
    assert got["Megyn Kelly"].kind == "person" and got["Fox News"].kind == "organization"


def test_a_description_after_a_possessive_is_no_part_of_the_name(extract):
    got = actors(extract("Donald Trump spoke. Rubio said his critique of Trump’s Middle Eastern policy was polite."))
    assert not any("Middle" in n for n in got)


def test_names_with_an_inner_possessive_stay_whole(extract):
    assert "King's Fund" in actors(extract("The King's Fund said waiting times had grown."))


def test_a_city_read_as_a_person_is_no_actor(extract):
    assert not actors(extract("Thousands of people lined the streets of Ho Chi Minh City for a second day."))


def test_common_words_opening_a_sentence_are_no_names(extract):
    got = actors(extract("Realistically, the talks will fail. Without Bloomberg the race is open, Carla Mendoza said."))
    assert set(got) == {"Bloomberg", "Carla Mendoza"}


def test_headline_words_are_cut_from_a_name(extract):
    got = actors(extract("Mendoza Says She Never Signed the Deal\nCarla Mendoza said on Monday she never signed "
                         "the deal. She says the deal was never put to her."))
    assert set(got) == {"Carla Mendoza"}


def test_a_party_named_by_a_common_word_mid_sentence_is_kept(extract):
    got = actors(extract("Labor will fight the budget. Bill Shorten said Labor would pass the supply bills."))
    assert "Labor" in got


def test_a_lower_case_entity_is_no_name_unless_a_body(extract):
    got = actors(extract("Germany's pilots went on strike. A spokesman for the transport ministry urged restraint. "
                         "The price rose by 300 birr."))
    assert set(got) == {"Germany"} and "transport ministry" in got["Germany"].aliases


def test_a_state_name_ending_a_longer_place_name_is_not_the_state(extract):
    got = actors(extract("New Jersey Gov. Chris Christie said he would run. "
                         "Officials in New Mexico said Mexico had refused."))
    assert set(got) == {"Chris Christie", "Mexico"}


def test_list_numbers_and_links_are_cut_from_person_names(extract):
    assert {a.name for a in extract("Polls show Ted Cruz 1 and John Kasich 2 behind.").actors} \
        == {"Ted Cruz", "John Kasich"}
    assert "Joseph P. Kahn" in actors(extract("Reporting by Joseph P. Kahn: http://bit.ly/1ICP930 said the mayor."))


def test_a_follow_line_is_a_credit(extract):
    assert not actors(extract("The union rejected the offer.\nFollow Ian Hanchett on Twitter @IanHanchett"))


def test_a_building_is_a_place_not_an_actor(extract):
    got = actors(extract("Donald Trump spoke at Trump Tower on Monday. The Empire State Building was lit."))
    assert set(got) == {"Donald Trump"}


def test_a_people_named_without_the_is_a_language(extract):
    got = actors(extract("Thomas Perez speaks Spanish fluently, the Justice Department said. "
                         "The United States agreed."))
    assert "Spain" not in got and "Justice Department" in got["United States"].aliases
    assert "France" in actors(extract("The French said on Monday that they would not sign."))


def test_campaign_acronyms_are_no_actors(extract):
    got = actors(extract("Donald Trump said the super PAC spent money in the LGBT community."))
    assert set(got) == {"Donald Trump"}


def test_an_organization_reading_with_a_persons_surname_is_a_person(extractor):
    from spacy.tokens import Span

    from service.extraction.actors import person_or_org
    doc = extractor.nlp("Tony Marsh spoke. John Marsh agreed.")
    ents = person_or_org([Span(doc, 0, 2, label="ORG"), Span(doc, 4, 6, label="PERSON")])
    assert [e.label_ for e in ents] == ["PERSON", "PERSON"]


def test_a_states_officials_named_by_its_demonym_make_it_an_actor(extract):
    got = actors(extract("Libyan mediators blamed the army for the breakdown. "
                         "Japanese Ambassador Kenji Hiramatsu said the talks should go on."))
    assert {"Libya", "Japan"} <= set(got) and got["Kenji Hiramatsu"].affiliation == "Japan"


def test_an_incidental_demonym_official_makes_no_actor(extract):
    got = actors(extract('"We will not yield," said Cedric Tavita, the Samoan diplomat who chairs the group.'))
    assert "Samoa" not in got


def test_members_in_an_organization_are_not_at_a_place(extract):
    got = actors(extract("Millions of town hall staff in Unison, Unite and GMB are poised to strike."))
    assert {"Unite", "GMB"} <= set(got)


def test_a_name_coordinated_with_an_organization_is_one(extract):
    got = actors(extract("This decision will entrench the enormous power of Telstra and Optus."))
    assert got["Telstra"].kind == "organization" and got["Optus"].kind == "organization"


def test_a_party_named_by_its_own_name_as_an_agent(extract):
    got = actors(extract("She said Labour was continuing to negotiate with the Greens."))
    assert {"Labour Party", "Green Party"} <= set(got)
    assert not actors(extract("Labour costs rose. The Republican Guard attacked. The Republican said no."))


def test_a_bare_senate_belongs_to_a_state_named_only_as_a_place(extract):
    got = actors(extract("A split Senate has voted down competing plans to end the shutdown in the United States."))
    assert "Senate" in got["United States"].aliases


def test_names_of_deals_and_benefits_are_no_actors(extract):
    assert not actors(extract("The Trans Pacific Partnership, a major free trade deal between twelve countries, "
                              "is in the final stages."))
    assert set(actors(extract("Young people must wait for the Newstart allowance, Acme Corp said."))) == {"Acme Corp"}


def labels_chosen(extractor, text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """The labels `person_or_org` gives the entities `spans` (token start, end, label) of `text`."""
    from spacy.tokens import Span

    from service.extraction.actors import person_or_org
    doc = extractor.nlp(text)
    return [e.label_ for e in person_or_org([Span(doc, start, end, label=label) for start, end, label in spans])]


def test_a_person_reading_opening_with_an_organization_is_the_organization(extractor):
    assert labels_chosen(extractor, "Corvane Hutchins will sue. Corvane said so. Choi Min-jae met Choi.",
                         [(0, 2, "PERSON"), (5, 6, "ORG"), (9, 13, "PERSON"), (14, 15, "ORG")]) \
        == ["ORG", "ORG", "PERSON", "ORG"]


def test_adjacent_person_pieces_are_one_name(extractor):
    from spacy.tokens import Span

    from service.extraction.actors import merge_adjacent_pieces
    doc = extractor.nlp("Vice Minister Kim Kye Gwan said no.")
    merged = merge_adjacent_pieces(doc, [Span(doc, 2, 4, label="PERSON"), Span(doc, 4, 5, label="PERSON")])
    assert [e.text for e in merged] == ["Kim Kye Gwan"]


def test_a_dateline_after_a_headline_is_no_part_of_a_name(extract):
    got = actors(extract("Talks Resume\nBERLIN - Carla Mendoza said on Monday that Germany was wrong."))
    assert got["Carla Mendoza"].kind == "person" and not any("BERLIN" in n for n in got)


def test_religious_and_local_titles_are_no_part_of_a_name(extract):
    assert set(actors(extract("Archbishop Aris Shirvanian said the church would not yield."))) == {"Aris Shirvanian"}


def test_an_organization_reading_named_later_by_its_last_word_is_a_person(extractor):
    assert labels_chosen(extractor, "Amanda Renteria spoke. Renteria agreed. Acme Holdings and Acme met.",
                         [(0, 2, "ORG"), (4, 5, "ORG"), (7, 9, "ORG"), (10, 11, "ORG")]) \
        == ["PERSON", "ORG", "ORG", "ORG"]


def test_a_brand_with_an_inner_possessive_stays_whole(extract):
    assert "Dick" not in actors(extract("Shoppers lined up outside Dick’s Sporting Goods on Friday, Acme Corp said."))


def test_a_headline_leftover_the_story_never_names_is_no_actor(extract):
    got = actors(extract("Donald Trump Ties Hillary Clinton In New Poll\nA new poll shows that Donald Trump and "
                         "Hillary Clinton are tied, the pollster said."))
    assert set(got) == {"Donald Trump", "Hillary Clinton"}


def test_a_titled_name_read_as_a_work_of_art_is_a_person(extract):
    ex = extract("“We will not yield,” Presidential Spokesman Ramon Galvez said in a radio interview.")
    assert ("Ramon Galvez", "person") in [(a.name, a.kind) for a in ex.actors]
    assert [q.speaker for q in ex.quotes] == ["Ramon Galvez"]


def test_a_name_apposed_after_a_comma_to_a_party_head_stays_a_person(extract):
    ex = extract("The head of the Green Party, Mira Novak, says she will invite all parties to talks.")
    assert ("Mira Novak", "person") in [(a.name, a.kind) for a in ex.actors]


def test_an_organization_of_a_named_state_is_one_name(extract):
    ex = extract("The Socialist Party of Portugal said it would reject the budget.")
    assert "Socialist Party of Portugal" in [a.name for a in ex.actors]


def test_a_lone_name_with_shares_and_stores_is_a_company(extract):
    ex = extract("Ridgeway said on Monday that its bid for Halden Foods had been rejected. Ridgeway shares fell "
                 "4 percent.")
    assert ("Ridgeway", "organization") in [(a.name, a.kind) for a in ex.actors]


def test_an_acronym_of_a_state_body_joins_the_state(extract):
    ex = extract("The bid was rejected by the U.S. Federal Maritime Commission on Monday. The FMC said the deal "
                 "would curb competition.")
    assert "FMC" not in [a.name for a in ex.actors]
    assert [q.speaker for q in ex.quotes] == ["United States"]


def test_an_accented_seat_of_government_speaks_for_its_state(extract):
    ex = extract("Malacañang said on Saturday that the rebels should return to the talks.")
    assert [q.speaker for q in ex.quotes] == ["Philippines"]


def test_a_place_or_people_hyphened_before_a_participle_only_describes(extract):
    assert "Netherlands" not in actors(extract("In the Dutch-speaking north, the Liberal party wants a new vote."))
    assert not extract("The senator met his Mexico-born mother on Sunday.").actors


def test_a_capital_listed_with_provinces_or_counties_is_a_place(extract):
    assert not extract("The counties hit by the strike include Kampala, Gulu, Jinja and Mbale.").actors


def test_a_mixed_case_dateline_only_locates_the_story(extract):
    assert not extract("Bogota — Farm workers in the provinces of Huila, Tolima and Cauca began a strike.").actors
    assert not extract("Cairo -- The talks resumed on Monday.").actors


def test_a_court_named_by_common_words_is_its_states_body(extract):
    ex = extract("Chile's government said on Monday it would appeal. The Constitutional Court ruled against the plan.")
    assert [a.name for a in ex.actors] == ["Chile"]
    ex = extract("Chile said it would cooperate with the UN Human Rights Court on the case.")
    assert "Chile" in actors(ex) and "UN Human Rights Court" not in actors(ex)["Chile"].aliases


def test_a_folded_bodys_head_word_alone_is_its_state(extract):
    ex = extract("Chile's government said on Monday it would appeal. The Supreme Court ruled against the plan. "
                 "The Court said the law was void.")
    assert [a.name for a in ex.actors] == ["Chile"]
