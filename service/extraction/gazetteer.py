"""General word lists: states, capitals, seats of government, demonyms, titles, verb classes.

States, capitals and demonyms come from the ``countryinfo`` package, states' subdivisions from ``pycountry``;
the rest are short hand-written lists of general English (no article-specific names).
Everything here is an immutable constant built once at import time.
"""
from __future__ import annotations

import functools
import unicodedata
from types import MappingProxyType

import pycountry
from countryinfo.countryinfo import load_countries


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents, straighten apostrophes and drop a leading "the " (cached: the stages
    fold the same words over and over)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower().strip()
    return text[4:] if text.startswith("the ") else text


# States the package lacks or names differently from common English usage.
_EXTRA_STATES = {
    "Kosovo": {"capital": "Pristina", "demonym": "Kosovar", "alt": ["Kosova"]},
}
_NAME_FIXES = {"Democratic Republic of the Congo": "Democratic Republic of Congo",  # news style (Reuters, AP)
               "Republic of the Congo": "Republic of Congo", "Burma": "Myanmar", "Swaziland": "Eswatini",
               "Republic of Macedonia": "North Macedonia",
               "Palestine, State of": None, "Serbia and Montenegro": None, "Scotland": None, "Wales": None}
# Extra surface forms in everyday news English (short names, abbreviations, old spellings).
_EXTRA_ALIASES = {
    "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "the United States"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "United Arab Emirates": ["UAE", "U.A.E.", "the Emirates"],
    "Russia": ["Russian Federation"],
    "Ukraine": ["the Ukraine"],
    "China": ["PRC", "People's Republic of China", "mainland China"],
    "Czech Republic": ["Czechia"],
    "Turkey": ["Turkiye", "Türkiye"],
    "Ivory Coast": ["Côte d'Ivoire"],
    "Palestine": ["Palestinian Authority"],
    "South Korea": ["Korea"],
    "Netherlands": ["Holland", "the Netherlands"],
    "Democratic Republic of Congo": ["Democratic Republic of the Congo", "DRC", "DR Congo", "Congo-Kinshasa"],
    "Republic of Congo": ["Republic of the Congo", "Congo-Brazzaville"],
}
_EXTRA_CAPITALS = {"Washington": "United States", "Washington D.C.": "United States",
                   "Kiev": "Ukraine", "Bogota": "Colombia", "Tel Aviv": None}
_EXTRA_DEMONYMS = {
    "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "U.S.": "United States", "US": "United States",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Israeli": "Israel", "Qatari": "Qatar", "Omani": "Oman",
    "Iraqi": "Iraq", "Kuwaiti": "Kuwait", "Yemeni": "Yemen", "Afghan": "Afghanistan", "Pakistani": "Pakistan",
    "Kosovar": "Kosovo", "Serb": "Serbia", "Croat": "Croatia", "Dutch": "Netherlands", "Filipino": "Philippines",
    "Azerbaijani": "Azerbaijan", "Azeri": "Azerbaijan", "Emirates": "United Arab Emirates",
    "Palestinian": "Palestine", "Taiwanese": "Taiwan", "Congolese": None, "Korean": None, "Irish": "Ireland",
    "Welsh": None, "Scottish": None, "English": None, "Western": None, "European": None, "Arab": None,
}
_IRREGULAR_PLURALS = {"British": "Britons", "French": "French", "Chinese": "Chinese", "Swiss": "Swiss",
                      "Dutch": "Dutch", "Japanese": "Japanese", "Vietnamese": "Vietnamese", "Sudanese": "Sudanese"}


def _derived_demonyms(name: str) -> list[str]:
    """The regular adjectives of a one-word state name that the package may lack ("Argentine" and
    "Argentinian" beside its "Argentinean"), never taking one the package gives another state."""
    if " " in name:
        return []
    if name.endswith("s"):
        return [name[:-1]]  # "Philippine"
    if name.endswith("a"):
        return [name + "n", name[:-1] + "ian", name[:-1] + "e"]
    return [name + "ian", name + "ese"]


def _build_states():
    """(surface -> state, capital -> state, demonym -> state) from countryinfo plus fixes."""
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    # most populous first, so that a state wins a shared demonym over its territories
    data = sorted(load_countries()["countries"].values(), key=lambda d: -(d.get("population") or 0))
    rows = [(d["name"], d.get("capital"), d.get("demonym"), d.get("altSpellings") or []) for d in data]
    rows += [(n, e["capital"], e["demonym"], e["alt"]) for n, e in _EXTRA_STATES.items()]
    for name, capital, demonym, alts in rows:
        name = _NAME_FIXES.get(name, name)
        if not name:
            continue
        for alt in [name, *alts, *_EXTRA_ALIASES.get(name, [])]:
            # two/three-letter ISO codes are ambiguous in running text ("IT", "AT"); keep spelled names
            if alt and (len(alt) > 3 or alt in _EXTRA_ALIASES.get(name, [])):
                names.setdefault(fold(alt), name)
        for cap in ([capital] if isinstance(capital, str) else capital or []):
            capitals.setdefault(fold(cap), name)
        if isinstance(demonym, str):
            for dem in demonym.split(", "):
                demonyms.setdefault(fold(dem), name)
    for cap, st in _EXTRA_CAPITALS.items():
        if st:
            capitals[fold(cap)] = st
        else:
            capitals.pop(fold(cap), None)
    for name in sorted(set(names.values())):
        for dem in _derived_demonyms(name):
            demonyms.setdefault(fold(dem), name)
    for dem, st in _EXTRA_DEMONYMS.items():
        if st:
            demonyms[fold(dem)] = st
        else:
            demonyms.pop(fold(dem), None)
    return names, capitals, demonyms


_NAMES, _CAPITALS, _DEMONYMS = _build_states()
STATE_NAMES = MappingProxyType(_NAMES)          # folded surface -> canonical state name
CAPITALS = MappingProxyType(_CAPITALS)          # folded capital -> state
DEMONYMS = MappingProxyType(_DEMONYMS)          # folded demonym adjective -> state
# Names of the states' first-level subdivisions (ISO 3166-2: provinces, regions, counties), which NER often reads as
# persons or organizations; states and capitals keep their own tables
SUBDIVISIONS = frozenset(fold(s.name) for s in pycountry.subdivisions) - _NAMES.keys() - _CAPITALS.keys()
# ISO 4217 codes of the states' currencies ("DKK", "EUR"), which NER tags as organizations before an amount
CURRENCY_CODES = frozenset(c for d in load_countries()["countries"].values() for c in d.get("currencies") or ())


def _plural(dem: str) -> str:
    if dem in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[dem]
    if dem.endswith(("ese", "ss", "sh", "ch")):
        return dem
    return dem + "s"


DEMONYM_PLURALS = MappingProxyType({fold(_plural(d.title() if d.islower() else d)): s
                                    for d, s in _DEMONYMS.items() if len(d) > 2})

# Seats of power that stand for a government (metonyms) -> state.
SEATS = MappingProxyType({
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "state department": "United States", "congress": "United States", "capitol hill": "United States",
    "oval office": "United States",
    "downing street": "United Kingdom", "number 10": "United Kingdom", "whitehall": "United Kingdom",
    "elysee": "France", "elysee palace": "France", "quai d'orsay": "France",
    "zhongnanhai": "China", "blue house": "South Korea", "chancellery": None,
    "knesset": "Israel", "bundestag": "Germany", "duma": "Russia", "state duma": "Russia",
    "house": None, "senate": None,
    "itamaraty": "Brazil", "planalto": "Brazil", "planalto palace": "Brazil", "palacio do planalto": "Brazil",
    "casa rosada": "Argentina",
    "miraflores": "Venezuela", "miraflores palace": "Venezuela", "moncloa": "Spain", "la moncloa": "Spain",
    "farnesina": "Italy", "palazzo chigi": "Italy", "foggy bottom": "United States",
    "south block": "India", "kasumigaseki": "Japan",
    "bundeskanzleramt": "Germany", "hofburg": "Austria", "los pinos": "Mexico", "palacio nacional": "Mexico",
    "malacanang": "Philippines", "malacanang palace": "Philippines", "kantei": "Japan", "bankova": "Ukraine",
    "cheong wa dae": "South Korea", "rashtrapati bhavan": "India", "raisina hill": "India",
    "union buildings": "South Africa", "aso rock": "Nigeria", "bellevue palace": "Germany",
    "quirinale": "Italy", "rideau hall": "Canada", "parliament hill": "Canada",
    "ak saray": "Turkey", "ak orda": "Kazakhstan",
})
# Accented spellings of seats, matched as written (SEATS holds their folded keys)
SEAT_SPELLINGS = ("malacañang", "malacañang palace", "élysée", "élysée palace", "palácio do planalto")
# First words of regional blocs of states, never called "the union"/"the group" in a story about others.
REGION_ADJECTIVES = frozenset({"european", "african", "arab", "eurasian", "asian", "caribbean", "andean",
                               "nordic", "pacific", "gulf", "latin", "south", "north", "east", "west"})
# Last words of a body named after its organization ("African Union Commission").
ORG_BODY_WORDS = frozenset({"commission", "council", "secretariat", "assembly", "parliament", "summit",
                            "executive", "presidency", "court", "mission", "delegation", "board"})
# Last words of the names of seats of power ("Government House in Bangkok", "the Presidential Palace in Kabul").
SEAT_HEADS = frozenset({"house", "palace", "residence"})
# Legislatures named without their country: they belong to the article's state that has them.
LEGISLATURE_WORDS = frozenset({"senate", "house", "congress", "parliament", "house of representatives"})

# Seats of international organizations used as metonyms.
ORG_SEATS = MappingProxyType({"brussels": "European Union"})

# Bodies of organizations that fold into them; generic words resolved within the article.
ORG_BODIES = MappingProxyType({
    "european commission": "European Union", "commission": "European Union",
    "european council": "European Union", "council of the european union": "European Union",
    "eu commission": "European Union",
    "un security council": "United Nations", "u.n. security council": "United Nations",
    "security council": "United Nations", "un general assembly": "United Nations",
    "general assembly": "United Nations", "un secretariat": "United Nations",
    "european court of justice": "European Union", "court of justice of the european union": "European Union",
})
# Well-known abbreviations of international bodies (general knowledge, not article-specific).
ORG_ABBREVIATIONS = MappingProxyType({
    "eu": "European Union", "e.u.": "European Union", "un": "United Nations", "u.n.": "United Nations",
    "nato": "NATO", "imf": "International Monetary Fund", "who": None, "wto": "World Trade Organization",
    "iaea": "International Atomic Energy Agency", "opec": "OPEC", "asean": "ASEAN",
    "osce": "Organization for Security and Co-operation in Europe", "au": None,
    "icrc": "International Committee of the Red Cross", "wfp": "World Food Programme",
    "unicef": "UNICEF", "unhcr": "UNHCR", "ecowas": "ECOWAS",
})
ORG_CANONICAL = MappingProxyType({
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "north atlantic treaty organization": "NATO",
})

# Political parties referred to by their members' plural (general English usage).
PARTY_NAMES = MappingProxyType({
    "democrats": "Democratic Party", "democrat": "Democratic Party", "democratic": "Democratic Party",
    "republicans": "Republican Party", "republican": "Republican Party", "gop": "Republican Party",
    "tories": "Conservative Party", "tory": "Conservative Party", "conservatives": None,
    "labour": "Labour Party", "greens": "Green Party",
})

# Words that make an organization name a body of a state ("Ukraine's foreign ministry").
STATE_BODY_WORDS = frozenset("""
ministry ministries army military government administration cabinet parliament office presidency
forces navy police headquarters agency authority commission council department delegation
embassy mission court senate house congress legislature regime troops officials negotiators
intelligence service services committee guard spokesman spokesperson spokeswoman diplomats corps
secretariat
""".split())
# Words that make "<demonym> X Council/Committee" a non-governmental body, not a state's own.
CIVIL_SOCIETY_WORDS = frozenset("""
refugee refugees relief aid humanitarian rights charity charities fishermen fishermen's farmers workers
employers teachers doctors nurses pilots journalists students red cross crescent olympic medical
""".split())
GOVERNMENT_NOUNS = frozenset({"government", "administration", "army", "military", "cabinet", "regime",
                              "ministry", "authorities", "presidency", "junta"})

# Platforms and things NER tags as organizations that are never actors here.
NON_ACTOR_ORGS = frozenset({
    "x", "twitter", "telegram", "facebook", "instagram", "youtube", "whatsapp", "tiktok",
    "truth social", "signal", "zoom", "brexit", "covid", "covid-19",
    # acronyms of common terms NER tags as organizations
    "ai", "gdp", "ceo", "cfo", "vat", "gst", "lng", "ipo", "esg", "ppe", "gmo", "llm", "ev", "evs",
    "tv", "gp", "gps", "rn", "rns", "pac", "pacs", "super pac", "lgbt", "lgbtq", "vp", "c.e.o.", "dm",
})
NON_ACTOR_SUFFIXES = ("act", "agreement", "accord", "declaration", "treaty", "plan", "convention",
                      "conventions", "route", "protocol", "deal", "summit", "talks", "initiative",
                      "framework", "resolution", "day", "campaign", "policy",
                      "process", "corridor", "line", "formula", "doctrine", "project", "strategy", "time")

# Department words NER tags as organizations inside a person's title ("Treasury Secretary").
DEPARTMENT_WORDS = frozenset("""
labor labour treasury budget state supreme army defense defence commerce interior justice energy health
homeland foreign finance trade security navy air force education agriculture transport
""".split())
# Last words that make a name an organization even when NER calls it a person.
ORG_HEAD_WORDS = frozenset("""
advisory capital group partners systems automation holdings bank inc ltd corp corporation association
union federation forum council committee agency fund programme program institute party times daily post
company companies industries international foundation network media news alliance coalition front
movement army brigade forces league commission authority board e.v. gmbh ag plc llc
press review journal herald tribune gazette telegraph radio television wholesale airlines airways motors logistics
communications telecom electronics technologies pharmaceuticals ventures securities supermarkets foods brands
examiner
""".split())
# First words of organizations' names in other languages ("Banco Sabadell", "Parti Socialiste", "Agencia Brasil"),
# folded; a "person" NER found opening with one is an organization.
FOREIGN_ORG_WORDS = frozenset("""
banco banca banque grupo groupe gruppo partido parti partito partei agencia agence agenzia compania companhia
compagnie compagnia sociedad societe societa sindicato syndicat confederacion confederation confederazione
federacion federation federazione instituto institut istituto fundacion fondation fondazione asociacion associacao
union frente movimiento mouvement movimento empresa caja caisse cassa consejo conseil consiglio ministerio ministere
ministero universidad universite universita ecole escuela radio rassemblement
""".split())
# Nouns that make "of X" a place ("provinces of Arauca").
PLACE_NOUNS = frozenset("""
province provinces region regions city cities town towns village villages district districts area areas
crossing exclave enclave border outskirts state states port capital coast island islands valley
section sector
""".split())

# Honorifics dropped from person names ("Mr Streeting" is Wes Streeting).
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord",
                        "lady", "prof", "prof.", "professor", "rev", "rev.", "madam", "monsieur", "herr"})
# Last words of a government department's name ("Federal Health Ministry").
MINISTRY_HEADS = frozenset({"ministry", "department"})
# Heads of the names of public bodies named by their function ("Competition Bureau", "Ministry of Education").
PUBLIC_BODY_HEADS = frozenset({"authority", "commission", "bureau", "tribunal", "court", "agency", "department",
                               "ministry", "office", "administration", "inspectorate", "directorate"})
# Name patterns of government departments ("Department of Health", "Ministry of Defence").
MINISTRY_PREFIXES = ("ministry of ", "department of ", "office of the ", "secretariat of ")

# Titles and roles that precede or describe a person.
TITLE_WORDS = frozenset("""
president prime minister premier chancellor king queen prince emir sheikh sultan crown
secretary speaker senator representative rep. sen. gov. governor mayor leader chief head
spokesman spokeswoman spokesperson negotiator envoy ambassador diplomat commissioner adviser advisor
director chairman chairwoman chairperson chair ceo executive general commander colonel lieutenant major admiral
minister deputy vice foreign defence defense finance trade treasury interior state special senior
top national international supreme ayatollah justice judge attorney official analyst economist
president-elect representative lawmaker mp general-secretary secretary-general son-in-law
mediator arbitrator conciliator facilitator lawyer
pastor archbishop bishop rabbi imam cardinal reverend alderman councilman councilwoman councillor
assemblyman assemblywoman sheriff moderator congressman congresswoman
""".split())

# Verbs of saying that introduce reported speech (lemmas).
SPEECH_VERBS = frozenset("""
say tell warn insist stress reveal announce claim argue add note write report confirm explain
acknowledge admit assert contend emphasise emphasize reiterate state declare allege maintain
remark reply respond answer caution predict complain concede testify post tweet signal indicate
counter observe recall underline hint
""".split())
# More verbs that report what someone said, for quotes and reported speech: the news-relevant members of
# VerbNet's communication classes (say-37.7, complain-37.8, advise-37.9, lecture-37.11, manner_speaking-37.3,
# transfer_mesg-37.1) that take a content clause or a quotation. Verbs of wanting and deciding stay out.
REPORTING_VERBS = SPEECH_VERBS | frozenset("""
suggest underscore highlight recount interject implore exclaim mention disclose divulge proclaim affirm
reaffirm aver allege assure inform notify remind retort quip joke boast brag lament concur speculate
comment convey voice blurt confide confess shout yell scream whisper murmur mutter mumble lecture preach
stipulate echo
""".split())
# Verbs of saying only with their particle ("pointed out that", "spelled out").
SPEECH_PARTICLES = MappingProxyType({"point": "out", "spell": "out"})
# Nouns that frame a clause as someone's words ("In X's view, ...", "by her account, ...").
VIEW_NOUNS = frozenset({"view", "opinion", "account", "words", "estimation", "assessment", "telling"})
# Documents that speak for whoever issued them ("the statement added", "according to the report").
DOCUMENT_NOUNS = frozenset({"statement", "report", "letter", "filing", "complaint", "lawsuit", "communique",
                            "memo", "release", "declaration", "ruling", "motion", "petition", "study", "survey"})
# Verbs that quote a term someone used ("what it calls", "described them as", "accused X of").
TERM_VERBS = frozenset({"call", "describe", "term", "label", "consider", "brand", "dub", "accuse",
                        "characterise", "characterize", "urge", "pledge", "promise", "vow"})
# Verbs of judging someone for something (VerbNet's judgement-33): "slammed the bid for “grossly undervaluing”" gives
# the subject's words in its "for" phrase.
JUDGEMENT_VERBS = frozenset("""
criticise criticize slam blast condemn denounce blame fault attack praise hail commend applaud thank accuse chide
rebuke reproach scold lambast lambaste castigate censure decry deride ridicule mock berate assail
""".split())
# Verbs of thinking and feeling whose content clause is the subject's view ("fears the move could bring “chaos”").
ATTITUDE_VERBS = frozenset({"fear", "worry", "believe", "think", "hope", "expect", "feel", "doubt", "suspect"})
QUOTE_CUE_VERBS = REPORTING_VERBS | TERM_VERBS  # the broader set, for the quote and reported-speech stages

# Verb classes for positions (lemmas).
DEMAND_VERBS = frozenset("""
demand urge call insist press ask want seek require push expect need order request appeal lobby
pressure pressurise pressurize deserve
""".split())
PROPOSAL_VERBS = frozenset({"propose", "offer", "suggest", "float", "put", "table", "invite", "recommend"})
REJECTION_VERBS = frozenset({"reject", "refuse", "dismiss", "oppose", "rebuff", "decline", "deny",
                             "rule", "spurn", "veto", "block", "turn", "balk", "object", "shrug"})
# Phrasal verbs that need their particle to mean the position ("rule out", "turn down", "put forward").
PHRASAL_PARTICLES = MappingProxyType({"rule": "out", "turn": "down", "put": "forward", "shrug": "off"})
CONDITION_NOUNS = frozenset({"condition", "precondition", "prerequisite", "requirement"})
THREAT_VERBS = frozenset({"threaten"})
COMMIT_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
READY_ADJS = frozenset({"ready", "prepared", "willing", "open"})
UNWILLING_ADJS = frozenset({"unwilling", "reluctant", "unprepared", "loath"})
NEVER_VERBS = frozenset({"accept", "sign", "recognise", "recognize", "compromise", "give", "change",
                         "trade", "surrender", "cede", "agree", "negotiate", "allow", "tolerate",
                         "abandon", "drop", "stand", "back", "support", "withdraw", "hand", "budge"})

# Nouns that, with "the", describe one person the story has named ("the Ukrainian leader", "the senator").
PERSON_DESCRIPTION_NOUNS = frozenset("""
leader president premier chancellor king queen prince emir sultan senator congressman congresswoman lawmaker
governor mayor candidate nominee contender challenger incumbent frontrunner front-runner billionaire
businessman businesswoman actress actor singer star mogul tycoon chairman chairwoman founder veteran
prime minister secretary
""".split())
# Titles that make a person "the leader" of their state or organization.
LEADER_TITLES = frozenset({"leader", "president", "premier", "prime", "chancellor", "king", "queen", "emir",
                           "sultan", "chairman", "chairwoman", "chief", "head", "ayatollah", "ruler"})
# Abbreviated titles and the noun they stand for.
TITLE_ABBREVIATIONS = MappingProxyType({"sen.": "senator", "sen": "senator", "gov.": "governor",
                                        "rep.": "congressman", "pres.": "president", "pm": "minister"})

GENERIC_ORG_NOUNS = frozenset({"company", "union", "group", "movement", "rebels", "bloc", "organisation",
                               "organization", "firm", "party", "alliance", "federation", "association",
                               "agency", "body", "militia", "fund", "board", "guerrillas", "insurgents",
                               "coalition", "forum", "council", "carmaker", "automaker", "manufacturer",
                               "producer", "retailer", "lender", "bank", "insurer", "airline", "operator",
                               "employer", "network", "broadcaster", "newspaper", "regulator",
                               "watchdog", "guild", "syndicate", "cartel", "faction", "charity", "drugmaker",
                               "service", "lobby", "ngo", "charities", "insurers", "studio", "publisher",
                               "developer", "port", "airport", "exchange", "university", "hospital",
                               "utility", "outlet", "magazine", "club", "league"})
# Descriptions a story uses for an organization it has named, only as a speaker ("the software titan said",
# "the insurgency said", "the Palestinian leadership said"); not names of a kind of body, so not in the list above.
DESCRIPTION_ORG_NOUNS = frozenset({"giant", "titan", "behemoth", "conglomerate", "insurgency", "leadership"})
GENERIC_PERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "minister",
                                  "negotiator", "envoy", "diplomat", "president", "leader", "executive",
                                  "adviser", "advisor", "commander", "officer", "source", "aide",
                                  "representative", "chief", "secretary", "ambassador", "delegate", "mediator",
                                  "manager", "director", "chairman", "chairwoman", "boss"})
