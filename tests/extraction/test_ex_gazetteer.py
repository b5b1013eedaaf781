"""The general gazetteers: states, capitals, seats of power, demonyms."""
from service.extraction import gazetteer as gz


def test_capitals_and_seats_map_to_states():
    assert gz.CAPITALS["kyiv"] == "Ukraine"
    assert gz.CAPITALS["washington"] == "United States"
    assert gz.SEATS["kremlin"] == "Russia"
    assert gz.SEATS["downing street"] == "United Kingdom"
    assert gz.ORG_SEATS["brussels"] == "European Union"


def test_demonyms_prefer_states_over_territories():
    assert gz.DEMONYMS["american"] == "United States"
    assert gz.DEMONYMS["british"] == "United Kingdom"
    assert gz.DEMONYM_PLURALS["russians"] == "Russia"
    assert gz.DEMONYM_PLURALS["americans"] == "United States"


def test_short_english_state_names():
    assert gz.STATE_NAMES["us"] == "United States"
    assert gz.STATE_NAMES["britain"] == "United Kingdom"
    assert gz.STATE_NAMES["russian federation"] == "Russia"
    assert gz.STATE_NAMES["kosovo"] == "Kosovo"
    assert "it" not in gz.STATE_NAMES  # two-letter ISO codes are not names


def test_fold_strips_accents_apostrophes_and_article():
    assert gz.fold("The Élysée") == "elysee"
    assert gz.fold("People’s") == "people's"


def test_religious_and_local_titles_are_titles():
    from service.extraction import gazetteer as gz
    assert {"archbishop", "rabbi", "alderman", "moderator"} <= gz.TITLE_WORDS
