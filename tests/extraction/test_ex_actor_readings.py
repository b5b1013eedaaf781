"""Actors from NER readings real news often gets wrong: each test sets the entities NER might give a sentence
and checks the actors read from them."""


def found(extractor, text: str, ents: list[tuple[str, str]]) -> dict[str, str]:
    """The actors (name -> kind) found in `text` when NER reads the entities `ents` (surface text, label)."""
    doc = extractor.nlp(text)
    spans, start = [], 0
    for surface, label in ents:
        at = doc.text.index(surface, start)
        spans.append(doc.char_span(at, at + len(surface), label=label))
        start = at + len(surface)
    doc.ents = spans
    return {a.name: a.kind for a in extractor.actor_finder.find(doc).records()}


def test_a_name_next_to_a_persons_role_is_a_person_whatever_ner_says(extractor):
    assert found(extractor, "“No,” Kwame Ofori Mensah, a senior Ghanaian negotiator, said.",
                 [("Kwame Ofori Mensah", "ORG")]) == {"Kwame Ofori Mensah": "person"}
    assert found(extractor, "The council's chairperson Lindiwe Mokoena said the staff deserve more.",
                 [("Lindiwe Mokoena", "ORG")]) == {"Lindiwe Mokoena": "person"}
    assert found(extractor, "Lindiwe Mokoena chairman of the council said the staff deserve more.",
                 [("Lindiwe Mokoena", "ORG")]) == {"Lindiwe Mokoena": "person"}
    assert found(extractor, "The rebels were represented by Idris Omar Bashir, a member of their ruling body, he "
                            "added.", [("Idris Omar Bashir", "ORG")]) == {"Idris Omar Bashir": "person"}


def test_adjacent_person_pieces_join_into_one_name(extractor):
    assert found(extractor, "The ministry was represented by Hamid Yusuf Idris Osman, who met the envoy.",
                 [("Hamid Yusuf", "PERSON"), ("Idris Osman", "PERSON")]) == {"Hamid Yusuf Idris Osman": "person"}


def test_a_name_coordinated_inside_a_possessive_stays_whole(extractor):
    text = "Nurses at Maple and Children's Hospital voted. Partners and Maple and Children's Hospital must pay."
    got = found(extractor, text, [("Maple and Children's Hospital", "ORG"), ("Partners", "ORG"), ("Maple", "PERSON"),
                                  ("Children's Hospital", "ORG")])
    assert got == {"Maple and Children's Hospital": "organization", "Partners": "organization"}
    got = found(extractor, "Dana Holt, head of Maple and Children's Health Care, said so.",
                [("Dana Holt", "PERSON"), ("Maple and Children's Health Care", "ORG")])
    assert got == {"Dana Holt": "person", "Maple and Children's Health Care": "organization"}


def test_the_portfolio_of_a_title_is_no_part_of_the_name_after_it(extractor):
    got = found(extractor, "“It will hurt shoppers,” Commissioner of Markets Danielle Fortin said. Fortin left.",
                [("Markets Danielle Fortin", "ORG"), ("Fortin", "ORG")])
    assert got == {"Danielle Fortin": "person"}


def test_a_generational_suffix_is_not_the_surname(extractor):
    got = found(extractor, "Labor Secretary Ramon Cruz III met the rebels. Cruz said the talks would resume.",
                [("Ramon Cruz III", "PERSON"), ("Cruz", "ORG")])
    assert got == {"Ramon Cruz III": "person"}


def test_a_public_body_named_by_its_function_is_its_state(extract):
    got = {a.name: a for a in extract("Argentina's competition regulator objected. The Competition Tribunal said the "
                                      "deal would hurt buyers.").actors}
    assert set(got) == {"Argentina"} and "Competition Tribunal" in got["Argentina"].aliases
    got = {a.name: a for a in extract("In Japan, the Fair Trade Commission cleared the deal.").actors}
    assert set(got) == {"Japan"}
    got = {a.name: a.kind for a in extract("The Fair Pricing Authority said the merger would raise prices. The FPA "
                                           "gave the firms five days.").actors}
    assert got == {"Fair Pricing Authority": "state"}
    got = {a.name: a.aliases for a in extract("Canada will review the deal. The Fair Pricing Authority said "
                                              "on Monday that the merger would raise prices.").actors}
    assert set(got) == {"Canada"} and "Fair Pricing Authority" in got["Canada"]
    got = {a.name: a.aliases for a in extract("Canada will review the deal, and Canada may block it, Peru said. The "
                                              "Fair Pricing Authority said on Monday that the merger would raise "
                                              "prices.").actors}
    assert set(got) == {"Canada", "Peru"} and "Fair Pricing Authority" in got["Canada"]


def test_words_of_a_title_before_a_name_are_no_part_of_an_organization(extractor):
    got = found(extractor, "Veridian Party House leader Tom Brandt said the bill would pass.",
                [("Veridian Party House", "ORG"), ("Tom Brandt", "PERSON")])
    assert got == {"Veridian Party": "organization", "Tom Brandt": "person"}
    got = found(extractor, "Later, European Fisheries Commissioner Ilse Marten said the quota would stay.",
                [("European Fisheries", "ORG"), ("Ilse Marten", "PERSON")])
    assert got == {"Ilse Marten": "person"}


def test_a_name_the_article_frames_as_a_place_is_no_actor_in_any_mention(extractor):
    got = found(extractor, "The talks were held in the town of Makori. On Monday the envoy left Makori, Acme said.",
                [("Makori", "ORG"), ("Makori", "ORG"), ("Acme", "ORG")])
    assert got == {"Acme": "organization"}
    got = found(extractor, "Lake Cities nurses voted to strike, Acme said.", [("Lake Cities", "ORG"), ("Acme", "ORG")])
    assert got == {"Acme": "organization"}


def test_acronyms_and_dated_names_of_agreements_and_laws_are_no_actors(extract):
    got = {a.name for a in extract("Talks on the Andean Fisheries Agreement (AFA) resumed, Peru said. The AFA "
                                   "expires in May, and the Coastal Voter Access Act of 2004 lapses.").actors}
    assert got == {"Peru"}


def test_a_name_ending_in_a_business_or_media_word_is_an_organization(extractor):
    assert found(extractor, "The tariffs will stay, Hakata Press reported.", [("Hakata Press", "PERSON")]) \
        == {"Hakata Press": "organization"}
    assert found(extractor, "Rivals such as Brenton Wholesale cut prices.", [("Brenton Wholesale", "PERSON")]) \
        == {"Brenton Wholesale": "organization"}


def test_two_organizations_joined_by_and_stay_two(extractor):
    got = found(extractor, "Rivals like Brantmart and Quillo were winning customers.",
                [("Brantmart", "ORG"), ("Quillo", "ORG")])
    assert got == {"Brantmart": "organization", "Quillo": "organization"}
    got = found(extractor, "The Coastal Pilots and Harbour Workers Union said it would strike on Monday.",
                [("The Coastal Pilots", "ORG"), ("Harbour Workers Union", "ORG")])
    assert got == {"Coastal Pilots and Harbour Workers Union": "organization"}
    got = found(extractor, "Unions including the Federation of Dock Pilots and the ADF-CIU backed her.",
                [("the Federation of Dock Pilots", "ORG"), ("the ADF-CIU", "ORG")])
    assert got == {"Federation of Dock Pilots": "organization", "ADF-CIU": "organization"}


def test_a_lone_name_listed_with_organizations_or_named_by_its_possessive_is_a_company(extractor):
    got = found(extractor, "Its customers include grocers such as Brantmart, Hollings and Quillo.",
                [("Brantmart", "ORG"), ("Hollings", "PERSON"), ("Quillo", "ORG")])
    assert got == {"Brantmart": "organization", "Hollings": "organization", "Quillo": "organization"}
    got = found(extractor, "A hospital spokeswoman told Halloran's that talks would go on.", [("Halloran", "PERSON")])
    assert got == {"Halloran": "organization"}
    got = found(extractor, "Tom Hollings met Brantmart and Quillo. Hollings said so.",
                [("Tom Hollings", "PERSON"), ("Brantmart", "ORG"), ("Quillo", "ORG"), ("Hollings", "PERSON")])
    assert got["Tom Hollings"] == "person"


def test_an_acronym_joins_the_name_it_opens_or_whose_initials_end_it(extract):
    got = {a.name: a.aliases for a in extract("BRV Logistics bid for Hallam. Hallam said BRV offered too "
                                              "little, and BRV said it would raise the offer.").actors}
    assert "BRV" not in got
    got = {a.name for a in extract("The NHL Referees Association rejected the offer. NHL commissioner Ron Hale "
                                   "said the league would not improve it.").actors}
    assert {"NHL Referees Association", "NHL"} <= got
    got = {a.name: a.aliases for a in extract("The Dock Workers Union rejected the offer. The WDWU said it would "
                                              "strike, and the WDWU later met the port.").actors}
    assert set(got) == {"Dock Workers Union"} and "WDWU" in got["Dock Workers Union"]


def test_two_actors_names_joined_by_a_hyphen_are_no_third_actor(extractor):
    got = found(extractor, "Brantmart bid for Quillo Foods. The Brantmart-Quillo Foods merger was blocked.",
                [("Brantmart", "ORG"), ("Quillo Foods", "ORG"), ("Brantmart-Quillo Foods", "ORG")])
    assert got == {"Brantmart": "organization", "Quillo Foods": "organization"}


def test_a_person_name_run_into_the_state_after_it_loses_the_state(extractor):
    got = found(extractor, "She met trade minister Liu Jianhong. She told Liu Peru was ready to talk.",
                [("Liu Jianhong", "PERSON"), ("Liu Peru", "PERSON")])
    assert got == {"Liu Jianhong": "person"}
    got = found(extractor, "Sheriff Tom Jordan said the road was closed.", [("Tom Jordan", "PERSON")])
    assert got == {"Tom Jordan": "person"}


def test_a_currency_code_before_an_amount_is_no_organization(extract):
    got = {a.name for a in extract("Brantmart sold shares at SEK 140 each, raising SEK 3 billion, Brantmart said.")
           .actors}
    assert got == {"Brantmart"}


def test_a_common_noun_opening_a_sentence_with_of_is_no_part_of_the_name_after_it(extractor):
    got = found(extractor, "Suppliers of Brantmart include small farms. Brantmart said suppliers were paid.",
                [("Suppliers of Brantmart", "ORG"), ("Brantmart", "ORG")])
    assert got == {"Brantmart": "organization"}


def test_an_adjective_of_titles_alone_makes_no_titled_person(extractor):
    got = found(extractor, "Aid will be checked by International Relief Watch, officials said.",
                [("International Relief Watch", "ORG")])
    assert got == {"International Relief Watch": "organization"}


def test_dotted_state_names_are_found_as_written(extract):
    got = {a.name: a.aliases for a in extract("Israel rejected the U.S. proposals on Monday.").actors}
    assert "U.S." in got.get("United States", ())


def test_a_states_body_or_titled_official_named_by_demonym_makes_the_state_an_actor(extract):
    got = {a.name: a for a in extract("The rebels accused the Peruvian military of breaking the truce.").actors}
    assert "Peru" in got
    got = {a.name: a for a in extract("Raisi spoke with Omani Sultan Sheikh Haitham bin Tariq in Muscat.").actors}
    assert "Oman" in got


def test_democrats_after_another_partys_acronym_are_that_party(extract):
    got = {a.name for a in extract("Cerar will invite all parties except the SDP Democrats, the SMC said.").actors}
    assert "Democratic Party" not in got


def test_a_name_in_a_list_of_things_is_a_programme_not_an_organization(extractor):
    got = found(extractor, "The bill touches on border security, Jobseeker Support, immigration and pensions, "
                           "Acme said.", [("Jobseeker Support", "ORG"), ("Acme", "ORG")])
    assert got == {"Acme": "organization"}
    got = found(extractor, "The group includes two teachers unions and the Harlow Institute, Acme said.",
                [("the Harlow Institute", "ORG"), ("Acme", "ORG")])
    assert got == {"Harlow Institute": "organization", "Acme": "organization"}


def test_the_oval_office_is_a_seat_of_the_us_government(extract):
    got = {a.name for a in extract("Prime Minister Ilse Marten spoke after an Oval Office meeting with the "
                                   "president.").actors}
    assert "Oval Office" not in got


def test_a_word_in_capitals_for_emphasis_is_no_organization(extractor):
    got = found(extractor, "DOCTOR walkouts must end, ministers said, as doctors met Acme.",
                [("DOCTOR", "ORG"), ("Acme", "ORG")])
    assert got == {"Acme": "organization"}


def test_the_outlet_a_source_line_cites_is_an_actor(extract):
    got = {a.name: a.aliases for a in extract("Brantmart agreed to buy Quillo, Reuters reported.\nSource: "
                                              "Reuters.com").actors}
    assert "Reuters" in got and "Reuters.com" in got["Reuters"] and "Reuters.com" not in got


def test_a_list_the_parser_read_as_an_apposition_still_names_actors(extract):
    got = {a.name for a in extract("Two fleets took most of the quota, leaving little for Peru, the Bahamas "
                                   "and Chile, she said.").actors}
    assert "Chile" in got


def test_partners_and_states_in_an_organization_are_not_at_a_place(extract):
    got = {a.name for a in extract("Chile is negotiating with partners in the Pacific Fisheries Organization to "
                                   "change the quotas.").actors}
    assert "Pacific Fisheries Organization" in got


def test_a_party_adjective_coordinated_with_a_named_party_names_its_party(extract):
    got = {a.name for a in extract("Democrats blocked the bill. The Senate voted down competing Democratic and "
                                   "Republican plans on Thursday.").actors}
    assert {"Democratic Party", "Republican Party"} <= got


def test_a_newspaper_ner_read_as_a_person_is_an_organization(extractor):
    got = found(extractor, "Both parties can rely on 57 votes, Tom Brandt told the Tribune on Sunday.",
                [("Tom Brandt", "PERSON"), ("Tribune", "PERSON")])
    assert got == {"Tom Brandt": "person", "Tribune on Sunday": "organization"}
    got = found(extractor, "Tom Brandt told the Herald that both parties can rely on 57 votes.",
                [("Tom Brandt", "PERSON"), ("Herald", "PERSON")])
    assert got == {"Tom Brandt": "person", "Herald": "organization"}


def test_a_companys_board_named_after_it_is_the_company(extract):
    got = {a.name: a.aliases for a in extract("Zentiva made a bid for Brentis. Brentis said the Zentiva Board had "
                                              "a poor record.").actors}
    assert "Zentiva Board" in got["Zentiva"] and "Zentiva Board" not in got


def test_a_surname_after_a_title_with_its_post_and_a_given_name_is_a_person(extractor):
    got = found(extractor, "Chilean Ambassador to Peru Rafael Olmos said the dispute should be settled in court.",
                [("Chilean", "NORP"), ("Peru", "GPE"), ("Olmos", "ORG")])
    assert got.get("Rafael Olmos") == "person" and "Olmos" not in got


def test_a_name_headed_by_a_document_or_a_route_before_its_preposition_is_no_actor(extractor):
    got = found(extractor, "The corridor will be branded the Harlow Route for Regional Trade and Growth, Acme said.",
                [("the Harlow Route for Regional Trade and Growth", "ORG"), ("Acme", "ORG")])
    assert got == {"Acme": "organization"}


def test_a_bracketed_acronym_keeps_an_inner_possessive_of_its_name(extract):
    got = {a.name for a in extract("Talks between the government and the rebel People’s Liberation Front (PLF) "
                                   "resumed.").actors}
    assert "People’s Liberation Front" in got


def test_a_portfolio_word_read_as_an_organization_joins_its_ministry(extract):
    got = {a.name: a.aliases for a in extract("Farmers rejected Home Minister Ravi Menon's offer. Invoking the "
                                              "Home Ministry is a threat, the union said.").actors}
    assert "Home" not in got


def test_a_peoples_adjective_and_an_organizations_name_after_the_are_one_name(extractor):
    got = found(extractor, "Two unions - the Canadian and International Dockers Association and the Pilots Guild - "
                           "failed to settle.", [("Canadian", "NORP"), ("International Dockers Association", "ORG"),
                                                 ("the Pilots Guild", "ORG")])
    assert got == {"Canadian and International Dockers Association": "organization", "Pilots Guild": "organization"}
    got = found(extractor, "Two unions - the Canadian and International Dockers Association and the Canadian Pilots "
                           "Guild - failed to settle.", [("Canadian", "NORP"),
                                                         ("International Dockers Association", "ORG"),
                                                         ("the Canadian Pilots Guild", "ORG")])
    assert "Canadian and International Dockers Association" in got


def test_a_name_opening_with_a_foreign_organization_word_is_an_organization(extractor):
    got = found(extractor, "Banco Ribera said the offer was too low, Partido Verde said.",
                [("Banco Ribera", "PERSON"), ("Partido Verde", "PERSON")])
    assert got == {"Banco Ribera": "organization", "Partido Verde": "organization"}


def test_spelling_variants_and_bodies_of_organizations_and_seats_fold(extract):
    got = {a.name: a.aliases for a in extract("Workers struck against an offer by the Pacific Ports Association. "
                                              "The bank said the Pacific Ports’ Association had been told.").actors}
    assert set(got) == {"Pacific Ports Association"}
    got = {a.name: a.aliases for a in extract("Zentiva rejected the bid. Last month Zentiva’s Council approved the "
                                              "sale of a subsidiary.").actors}
    assert set(got) == {"Zentiva"}
    got = {a.name: a.aliases for a in extract("The Knesset Finance Committee rejected the budget on Monday.").actors}
    assert set(got) == {"Israel"}


def test_a_bank_named_after_its_generic_word_is_one_organization(extractor):
    got = found(extractor, "Rival Banco Ribera rejected the bid. Ribera shares fell, and Ribera said it would fight.",
                [("Banco Ribera", "ORG"), ("Ribera", "ORG"), ("Ribera", "ORG")])
    assert got == {"Banco Ribera": "organization"}


def test_a_party_word_before_a_ministers_title_is_a_portfolio(extract):
    got = {a.name for a in extract("Labour Minister Ana Ruiz said the bid would destroy many jobs.").actors}
    assert "Labour Party" not in got


def test_a_capital_one_leaves_for_is_a_destination(extract):
    got = {a.name for a in extract("Rahman, who is due to leave for Muscat today for talks with the IMF, said fuel "
                                   "subsidies would stay.").actors}
    assert "Oman" not in got


def test_a_name_ending_a_longer_one_after_its_of_is_that_organization(extract):
    got = {a.name: a.aliases for a in extract("Gunmen holding three Green Crescent workers denied the report. The "
                                              "hostages work for the Federation of the Green Crescent.").actors}
    assert set(got) == {"Federation of the Green Crescent"}


def test_a_name_modifying_members_of_an_armed_group_names_the_group(extractor):
    got = found(extractor, "Abu Hamra gunmen holding three aid workers denied the reports on Thursday.",
                [("Abu Hamra", "PERSON")])
    assert got == {"Abu Hamra": "organization"}


def test_a_state_qualifying_a_business_gives_its_nationality_not_an_actor(extract):
    got = {a.name for a in extract("Glenmore Foods rejected a bid from US packaging giant Corvex Holdings. The US "
                                   "firm said it would not raise its offer for the Glenmore shares.").actors}
    assert "United States" not in got and {"Glenmore Foods", "Corvex Holdings"} <= got
    got = {a.name for a in extract("The US Navy said the US government would send a second carrier.").actors}
    assert "United States" in got


def test_one_organization_named_in_two_forms_is_one_actor(extractor):
    got = found(extractor, "The Dock Workers Union called a strike. The Union of Dock Workers said talks had failed.",
                [("Dock Workers Union", "ORG"), ("Union of Dock Workers", "ORG")])
    assert got == {"Dock Workers Union": "organization"}
    got = found(extractor, "The Harbour City Herald reported the deal. The Herald said the mayor had agreed.",
                [("Harbour City Herald", "ORG"), ("Herald", "ORG")])
    assert got == {"Harbour City Herald": "organization"}


def test_a_name_right_after_a_noun_for_a_kind_of_body_names_that_body(extractor):
    got = found(extractor, "The group sold half the shares of subsidiary Verdano Gas last month.",
                [("Verdano Gas", "PERSON")])
    assert got == {"Verdano Gas": "organization"}
    got = found(extractor, "A statement from the state news agency, Tamra, fell short of acceptance.",
                [("Tamra", "PERSON")])
    assert got == {"Tamra": "organization"}


def test_a_known_bodys_abbreviation_inside_a_things_name_still_names_the_body(extract):
    got = {a.name for a in extract("Under the UN Convention on Fishing Rights, coastal states may close their "
                                   "waters, the mayor of Portwell said.").actors}
    assert "United Nations" in got


def test_an_untagged_name_apposed_to_a_noun_for_a_kind_of_body_names_it(extractor):
    got = found(extractor, "The rebel commander told the television network TVK-Norte that the talks were over.", [])
    assert got == {"TVK-Norte": "organization"}


def test_a_surname_ner_left_out_ends_the_persons_name(extractor):
    got = found(extractor, "Board chairman Miguel Ortega Lluch described the bid as hostile on Friday.",
                [("Miguel Ortega", "PERSON")])
    assert got == {"Miguel Ortega Lluch": "person"}
    got = found(extractor, "Labour Minister Rodrigo Almeida dos Reis rejected the offer on Monday.",
                [("Rodrigo Almeida", "PERSON"), ("Reis", "PERSON")])
    assert got == {"Rodrigo Almeida dos Reis": "person"}


def test_an_english_word_after_a_name_joins_it_only_when_the_pair_recurs(extractor):
    got = found(extractor, "The poll was run by Karen Holt Research on Monday.", [("Karen Holt", "PERSON")])
    assert "Karen Holt Research" not in got
    got = found(extractor, "Chairman Carlos Ruiz Vila spoke on Monday. Ruiz Vila said the bid was fair.",
                [("Carlos Ruiz", "PERSON")])
    assert got == {"Carlos Ruiz Vila": "person"}


def test_a_word_continuing_a_name_is_no_organization_of_its_own(extractor):
    got = found(extractor, "Talks stalled, said Ana Ruiz, a spokeswoman for International Association of Welders "
                           "and Pipe Fitters District 14, which represents 900 staff.",
                [("Ana Ruiz", "PERSON"), ("International Association of Welders and Pipe Fitters", "ORG")])
    assert got == {"Ana Ruiz": "person", "International Association of Welders and Pipe Fitters": "organization"}
    got = found(extractor, "The unit was sold to Hakone Steel and Power Nordic for $2 billion.",
                [("Hakone Steel", "ORG")])
    assert "Power" not in got


def test_a_word_found_again_only_inside_another_name_does_not_split_a_name(extractor):
    text = "The rebels - the Alliance for Justice and Renewal (AJR) and the Front for Renewal in Kivu (FRK) - left."
    got = found(extractor, text, [("the Alliance for Justice and Renewal", "ORG"), ("the Front for Renewal in", "ORG"),
                                  ("Kivu", "GPE")])
    assert "Renewal" not in got and "Alliance for Justice and Renewal" in got


def test_a_states_province_or_county_is_a_place_whatever_ner_says(extractor):
    got = found(extractor, "The strike hit hospitals in several counties, including Nakuru, Kericho and Bomet.",
                [("Nakuru", "GPE"), ("Kericho", "PERSON"), ("Bomet", "ORG")])
    assert got == {}
    got = found(extractor, "Envoy Maria Kerry met the rebels. Kerry said the talks would go on.",
                [("Maria Kerry", "PERSON"), ("Kerry", "PERSON")])
    assert got == {"Maria Kerry": "person"}


def test_a_possessive_name_takes_no_surname_after_it(extractor):
    got = found(extractor, "He toured Rosa Vidal's Quexo plant on Monday.", [("Rosa Vidal's", "PERSON")])
    assert "Rosa Vidal's Quexo" not in got and "Rosa Vidal" in got


def test_lower_case_words_opening_an_organizations_name_are_no_part_of_it(extractor):
    got = found(extractor, "The Labour Party met on Monday, and the earlier Labour Party plan was dropped.",
                [("The Labour Party", "ORG"), ("earlier Labour Party", "ORG")])
    assert got == {"Labour Party": "organization"}
    got = found(extractor, "A white nationalist group said it would march.", [("white nationalist group", "ORG")])
    assert got == {}


def test_a_name_read_as_a_place_after_a_preposition_of_place_is_a_place_everywhere(extractor):
    text = "Troops were stationed in Varosha for years. Varosha was retaken in a swift offensive."
    got = found(extractor, text, [("Varosha", "GPE"), ("Varosha", "ORG")])
    assert got == {}


def test_a_given_name_read_as_an_organization_is_the_person_it_names(extractor):
    got = found(extractor, "Senator Lena Marquez spoke on Monday. Marquez said she would vote no. Supporters of Lena "
                           "rallied outside.", [("Lena Marquez", "PERSON"), ("Marquez", "PERSON"), ("Lena", "ORG")])
    assert got == {"Lena Marquez": "person"}


def test_an_outlet_read_as_a_place_in_an_articles_source_stays_an_actor(extractor):
    text = "The county is a bellwether, according to an article in Axiora. As Axiora reported, the vote is close."
    got = found(extractor, text, [("Axiora", "GPE"), ("Axiora", "ORG")])
    assert got == {"Axiora": "organization"}


def test_proper_nouns_after_a_title_are_a_person_ner_missed(extractor):
    text = "Army chief General Tomas Ruvalcaba urged the council to refuse. Ruvalcaba said it would never pay."
    assert found(extractor, text, [("Army", "ORG")]).get("Tomas Ruvalcaba") == "person"
    assert "General Motors" not in found(extractor, "General Motors said it would pay more.", [])
    headline = "Union Hits Back After Major Legal Action\nThe union said the claim was baseless."
    assert "Legal Action" not in found(extractor, headline, [])


def test_a_name_after_a_title_for_a_place_is_the_titles_holder_not_the_place(extractor):
    text = "“That is our condition,” said the union's leader for the northern district, Mark Tobin."
    assert found(extractor, text, [("Mark Tobin", "PERSON")]) == {"Mark Tobin": "person"}
    text = "Troops entered the district, Kandoma Hills, on Monday, and the army said it would stay."
    assert "Kandoma Hills" not in found(extractor, text, [("Kandoma Hills", "PERSON")])
