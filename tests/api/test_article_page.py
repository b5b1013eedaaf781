"""The annotated article page: GET /articles/{id} with Accept: text/html."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from service.api.article_page import MENTION, SPEECH, Fragment, Highlight, Marker, mention_spans, nest

HTML = {"Accept": "text/html"}
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
VOID = {"meta", "link", "br", "img", "input", "hr"}


class Highlights(HTMLParser):
    """Reads a page strictly: every end tag must close the innermost open
    element, and the text inside each `data-span` of the body is collected."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict]] = []
        self.texts: dict[str, str] = {}
        self.attrs: dict[str, list[dict]] = {}
        self.body_text = ""

    def in_body(self) -> bool:
        return any(attrs.get("class") == "article-body" for _, attrs in self.open)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in VOID:
            return
        assert not (tag == "a" and any(name == "a" for name, _ in self.open)), "a link inside a link"
        if self.in_body() and "data-span" in attrs:
            self.attrs.setdefault(attrs["data-span"], []).append({"tag": tag, **attrs})
        self.open.append((tag, attrs))

    def handle_endtag(self, tag):
        assert self.open and self.open[-1][0] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data):
        if not self.in_body():
            return
        self.body_text += data
        for _, attrs in self.open:
            if "data-span" in attrs:
                self.texts[attrs["data-span"]] = self.texts.get(attrs["data-span"], "") + data


def read(page: str) -> Highlights:
    parser = Highlights()
    parser.feed(page)
    parser.close()
    assert parser.open == []
    return parser


def spans_of(parser: Highlights, href: str) -> list[str]:
    """The text of each highlight of the record at `href`."""
    return [parser.texts[span] for span, elements in parser.attrs.items()
            if any(href in (e.get("href"), e.get("data-record")) for e in elements)]


def page_of(client, article_id: int, headers=HTML):
    response = client.get(f"/articles/{article_id}", headers=headers)
    assert response.status_code == 200 and response.mimetype == "text/html"
    return response


def test_a_browser_gets_the_page_under_a_strict_policy(client, article):
    response = page_of(client, article["id"], BROWSER)
    assert response.headers["Vary"] == "Accept"
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["style-src"] == "'self'"
    assert "script-src" not in policy and "unsafe" not in response.headers["Content-Security-Policy"]
    page = response.get_data(as_text=True)
    assert "http://" not in page and "https://" not in page
    assert "<script" not in page and " style=" not in page


@pytest.mark.parametrize("accept", [None, "*/*", "application/json", "application/json, text/html"])
def test_json_stays_the_default(client, article, accept):
    response = client.get(f"/articles/{article['id']}", headers={"Accept": accept} if accept else {})
    assert response.mimetype == "application/json" and response.get_json()["id"] == article["id"]
    assert response.headers["Vary"] == "Accept"


@pytest.mark.parametrize("accept", ["text/*", "TEXT/HTML", "application/json;q=0.5, text/html"])
def test_any_accept_that_prefers_html_gets_the_page(client, article, accept):
    page_of(client, article["id"], {"Accept": accept})


def test_an_unknown_article_is_a_problem_for_browsers_too(client):
    response = client.get("/articles/999", headers=HTML)
    assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_the_body_is_whole_and_every_record_sits_on_its_words(client, article, all_items):
    parser = read(page_of(client, article["id"]).get_data(as_text=True))
    assert parser.body_text == article["body"]
    for resource in ("quotes", "demands"):
        records = all_items(f"/articles/{article['id']}/{resource}")
        assert records
        for record in records:
            assert spans_of(parser, f"/{resource}/{record['id']}") == [article["body"][record["start"]:record["end"]]]


def test_actor_mentions_link_to_their_actor_by_a_name_it_has(client, article, all_items):
    parser = read(page_of(client, article["id"]).get_data(as_text=True))
    actors = all_items(f"/articles/{article['id']}/actors")
    assert actors
    for actor in actors:
        mentions = spans_of(parser, f"/actors/{actor['id']}")
        assert mentions and set(mentions) <= {actor["name"], *actor["aliases"]}, actor


def test_each_quote_and_demand_has_a_link_to_its_record(client, article, all_items):
    page = page_of(client, article["id"]).get_data(as_text=True)
    parser = read(page)
    for resource in ("quotes", "demands"):
        for record in all_items(f"/articles/{article['id']}/{resource}"):
            links = [e for elements in parser.attrs.values() for e in elements
                     if e["tag"] == "a" and e.get("href") == f"/{resource}/{record['id']}"]
            assert len(links) == 1
            assert client.get(links[0]["href"]).get_json()["id"] == record["id"]


def test_the_legend_names_every_kind(client, article):
    page = page_of(client, article["id"]).get_data(as_text=True)
    legend = page[page.index('class="legend"'):]
    for kind in ("person", "state", "organization", "direct", "indirect",
                 "demand", "proposal", "rejection", "red line", "threat"):
        assert f">{kind}</span>" in legend


def test_a_hostile_article_renders_inert(client, auth):
    body = "Russia said <script>alert(1)</script> and \"<img src=x onerror=alert(2)>\" & more."
    posted = client.post("/articles", json={"title": "<b>bold</b> title", "body": body,
                                            "url": "https://example.org/?a=1&b=\"2\""}, headers=auth)
    page = page_of(client, posted.get_json()["id"]).get_data(as_text=True)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;b&gt;bold&lt;/b&gt; title" in page and 'href="https://example.org/?a=1&amp;b=&#34;2&#34;"' in page
    assert read(page).body_text == body


def test_a_demand_across_a_quote_is_cut_into_properly_nested_pieces(client, auth, article):
    body = article["body"]
    words = body.index("substantive and productive")
    quote = client.post("/quotes", json={"article": article["id"], "text": body[words:words + 26],
                                         "direct": True, "start": words, "end": words + 26}, headers=auth)
    demand = client.post("/demands", json={"article": article["id"], "kind": "threat", "text": "crossing",
                                           "start": words + 12, "end": words + 60}, headers=auth)
    parser = read(page_of(client, article["id"]).get_data(as_text=True))
    assert spans_of(parser, f"/quotes/{quote.get_json()['id']}") == [body[words:words + 26]]
    pieces = [s for s, elements in parser.attrs.items()
              if any(e.get("data-record") == f"/demands/{demand.get_json()['id']}" for e in elements)]
    assert [e["tag"] for e in parser.attrs[pieces[0]]] == ["span", "span", "a"], "cut where the quote ends"
    assert parser.texts[pieces[0]] == body[words + 12:words + 60]


def speech(start: int, end: int, label: str) -> Highlight:
    return Highlight(start, end, SPEECH, "quote", "direct", f"/quotes/{label}", label, label)


def mention(start: int, end: int) -> Highlight:
    return Highlight(start, end, MENTION, "actor", "person", "/actors/1", "actor")


def shape(nodes: list) -> list:
    """A tree in brief: text, [label, children...] for a fragment, (label,) for a marker."""
    return [node if isinstance(node, str) else
            [node.highlight.label, *shape(node.children)] if isinstance(node, Fragment) else
            (node.highlight.label,) for node in nodes]


def test_crossing_highlights_nest_with_the_later_one_cut():
    assert shape(nest("abcdefgh", [speech(1, 5, "Q"), speech(3, 7, "D")])) == [
        "a", ["Q", "bc", ["D", "de"]], ("Q",), ["D", "fg"], ("D",), "h"]


def test_a_mention_sits_inside_the_quote_that_holds_it():
    nodes = nest("Putin said no", [mention(0, 5), speech(0, 13, "Q")])
    assert shape(nodes) == [["Q", [None, "Putin"], " said no"], ("Q",)]
    assert isinstance(nodes[1], Marker)


def test_a_highlight_in_another_gets_its_marker_inside_it():
    assert shape(nest("abcdef", [speech(0, 6, "Q"), speech(2, 4, "D")])) == [
        ["Q", "ab", ["D", "cd"], ("D",), "ef"], ("Q",)]


def names(*entries: tuple[str, int]) -> list[dict]:
    return [{"text": text, "id": actor, "name": text, "kind": "person"} for text, actor in entries]


def test_mentions_are_whole_case_sensitive_words_longest_first():
    body = "Donald Trump met Trumpf; trump said Trump."
    spans = mention_spans(body, names(("Trump", 1), ("Donald Trump", 2)))
    assert [(body[start:end], name["id"]) for start, end, name in spans] == [("Donald Trump", 2), ("Trump", 1)]


def test_the_docs_link_to_the_annotated_page(client):
    assert "(/articles/1)" in client.get("/openapi.json").get_json()["info"]["description"]
