"""Hostile and broken requests against the running service: a quick 4xx problem, and nothing changes."""
from __future__ import annotations

import base64
import json
import socket
import time
from contextlib import closing

import pytest
import requests

from service.api.pagination import encode_cursor
from service.store.resources import Position

from .conftest import AUTH, connect, load

PROBLEM = "application/problem+json"
LEAKS = ("Traceback", "File \"", "sqlite", "SELECT ", "INSERT ", "/work/", "site-packages", "reliability-token")
JSON_HEADERS = {**AUTH, "Content-Type": "application/json"}
BIG = 2**64


def cursor(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.fixture(scope="module")
def records(live) -> dict:
    """Ids of an article, one of its quotes and two actors on the live server."""
    article = live.post("/articles", load.article(1, "hostile-")).json()
    quote = live.get(f"/articles/{article['id']}/quotes").json()["items"][0]
    actors = live.get(f"/articles/{article['id']}/actors").json()["items"]
    return {"article": article["id"], "quote": quote["id"], "actor": actors[0]["id"]}


@pytest.fixture(scope="module")
def data_version(live):
    """A reader of `PRAGMA data_version`: it changes whenever another connection commits."""
    with closing(connect(live.db_path)) as conn:
        yield lambda: conn.execute("PRAGMA data_version").fetchone()[0]


def body(**fields) -> dict:
    return {"json": {"title": "A title", "body": "Kyiv said no.", **fields}}


def raw(data: bytes | str, content_type: str = "application/json") -> dict:
    return {"data": data, "headers": {**AUTH, "Content-Type": content_type}}


ARTICLE_WRONG_TYPES = [("title", 1), ("title", None), ("body", []), ("body", {"a": 1}), ("source", {}),
                       ("source", 3), ("url", 5), ("url", "not a url"), ("published_at", True),
                       ("published_at", 20240101)]
QUOTE_WRONG_TYPES = [("article", "1"), ("article", 1.5), ("article", True), ("text", 3), ("direct", "true"),
                     ("direct", 1), ("cue", []), ("speaker", "x"), ("start", "1"), ("end", 1.5)]
DEMAND_WRONG_TYPES = [("article", None), ("kind", 1), ("kind", "wish"), ("topic", []), ("actor", True),
                      ("target", "2"), ("text", {}), ("evidence", 5)]
ACTOR_WRONG_TYPES = [("name", []), ("kind", 0), ("kind", "alien"), ("aliases", "one"), ("aliases", [1]),
                     ("role", 1), ("affiliation", "2")]

CASES = [
    # bodies that are not JSON objects
    ("malformed JSON", "POST", "/articles", raw('{"title": "x", "body": '), 400),
    ("JSON array", "POST", "/articles", raw("[1, 2]"), 422),
    ("JSON string", "POST", "/articles", raw('"title"'), 422),
    ("JSON null", "POST", "/articles", raw("null"), 422),
    ("JSON number", "POST", "/articles", raw("42"), 422),
    ("empty JSON body", "POST", "/articles", raw(""), 422),
    ("PATCH without a body", "PATCH", "/quotes/{quote}", {}, 422),
    ("merge without a body", "POST", "/actors/{actor}/merge", {}, 422),
    ("text/plain", "POST", "/articles", raw(json.dumps(body()["json"]), "text/plain"), 415),
    ("form", "POST", "/articles", {"data": {"title": "x", "body": "y"}, "headers": AUTH}, 415),
    ("invalid UTF-8", "POST", "/articles", raw(b'{"title": "\xff\xfe", "body": "x\xc3"}'), 400),
    ("raw NUL in a string", "POST", "/articles", raw(b'{"title": "a\x00b", "body": "x"}'), 400),
    ("escaped NUL", "POST", "/articles", body(title="a\u0000b"), 422),
    ("bell", "POST", "/articles", body(body="ring \u0007 ring"), 422),
    ("escape", "POST", "/articles", body(body="\u001b[31mred"), 422),
    ("C1 control", "POST", "/articles", body(title="x\u0085y\u009b"), 422),
    ("empty title", "POST", "/articles", body(title=""), 422),
    ("whitespace body", "POST", "/articles", body(body="  \n\t  "), 422),
    ("missing body", "POST", "/articles", {"json": {"title": "x"}}, 422),
    ("2 MB single line", "POST", "/articles", body(body="word " * 400_000), 413),
    ("unknown field", "POST", "/articles", body(extra=1), 422),
    ("id given", "POST", "/articles", body(id=5), 422),
    ("date out of range", "POST", "/articles", body(published_at="2024-13-45"), 422),
    ("date in words", "POST", "/articles", body(published_at="yesterday"), 422),
    ("empty date", "POST", "/articles", body(published_at=""), 422),
    ("year 0", "POST", "/articles", body(published_at="0000-01-01"), 422),
    *[(f"article {f}={v!r}", "POST", "/articles", body(**{f: v}), 422) for f, v in ARTICLE_WRONG_TYPES],
    *[(f"quote {f}={v!r}", "POST", "/quotes", {"json": {"article": 1, "text": "t", "direct": True, f: v}}, 422)
      for f, v in QUOTE_WRONG_TYPES],
    *[(f"demand {f}={v!r}", "POST", "/demands", {"json": {"article": 1, "kind": "demand", "text": "t", f: v}},
       422) for f, v in DEMAND_WRONG_TYPES],
    *[(f"actor {f}={v!r}", "POST", "/actors", {"json": {"name": "N", "kind": "state", f: v}}, 422)
      for f, v in ACTOR_WRONG_TYPES],
    ("quote article overflows 64 bits", "POST", "/quotes", {"json": {"article": BIG, "text": "t", "direct": True}},
     422),
    ("quote for a missing article", "POST", "/quotes", {"json": {"article": 2**62, "text": "t", "direct": True}},
     422),
    ("merge id overflows", "POST", "/actors/{actor}/merge", {"json": {"actor": BIG}}, 422),
    ("merge into itself", "POST", "/actors/{actor}/merge", {"json": {"actor": "{actor}"}}, 422),
    ("quote pointed at a missing actor", "PATCH", "/quotes/{quote}", {"json": {"speaker": 2**62}}, 422),
    ("quote pointed at a huge actor", "PATCH", "/quotes/{quote}", {"json": {"speaker": BIG}}, 422),
    ("quote span outside the body", "PATCH", "/quotes/{quote}", {"json": {"start": 5, "end": 10**9}}, 422),
    ("actor affiliated with itself", "PATCH", "/actors/{actor}", {"json": {"affiliation": "{actor}"}}, 422),
    # query strings
    *[(f"limit={v}", "GET", f"/{r}?limit={v}", {}, 422) for r in ("articles", "actors", "quotes", "demands")
      for v in ("0", "-1", "501", str(BIG), "1e3", "abc", "")],
    *[(f"cursor {name}", "GET", f"/articles?cursor={value}", {}, 422) for name, value in (
        ("not base64", "!!!"), ("random", "abc"), ("negative", cursor("after:-1")),
        ("other prefix", cursor("before:5")), ("overflow", cursor(f"after:{BIG}")),
        ("forged", cursor("after:123456")), ("truncated", encode_cursor(Position(123456))[:-2]),
        ("edited", cursor(base64.urlsafe_b64decode(encode_cursor(Position(123456)) + "==").decode().replace("1", "2"))),
        ("empty", ""))],
    ("date filter in words", "GET", "/articles?published_from=yesterday", {}, 422),
    ("date filter out of range", "GET", "/articles?published_to=2024-02-30", {}, 422),
    ("unknown filter", "GET", "/articles?colour=red", {}, 422),
    ("id filter not a number", "GET", "/quotes?speaker=abc", {}, 422),
    ("id filter overflows", "GET", f"/quotes?article={BIG}", {}, 422),
    ("id filter zero", "GET", "/demands?actor=0", {}, 422),
    ("kind filter unknown", "GET", "/actors?kind=alien'--", {}, 422),
    ("NUL in a filter", "GET", "/articles?q=a%00b", {}, 422),
    ("filter too long", "GET", "/quotes?q=" + "x" * 201, {}, 422),
    # paths and methods
    ("id not a number", "GET", "/articles/abc", {}, 404),
    ("id zero", "GET", "/articles/0", {}, 404),
    ("id negative", "GET", "/quotes/-1", {}, 404),
    ("id overflows 64 bits", "GET", f"/actors/{BIG}", {}, 404),
    ("id far past 64 bits", "DELETE", "/demands/" + "9" * 40, {}, 404),
    ("missing record", "GET", f"/articles/{2**63 - 1}", {}, 404),
    ("unknown route", "GET", "/wp-admin.php", {}, 404),
    ("path traversal", "GET", "/docs/swagger-ui/..%2f..%2fservice%2fconfig.py", {}, 404),
    ("PUT on a list", "PUT", "/articles", {}, 405),
    ("DELETE on a list", "DELETE", "/quotes", {}, 405),
    ("PATCH an article", "PATCH", "/articles/{article}", {"json": {"title": "x"}}, 405),
]


def _fill(value, records: dict):
    """Put the live records' ids into a case's URL or JSON."""
    if isinstance(value, str):
        filled = value.format(**records)
        return int(filled) if value.startswith("{") and filled.isdigit() else filled
    if isinstance(value, dict):
        return {k: _fill(v, records) for k, v in value.items()}
    return value


@pytest.mark.parametrize(("method", "path", "kwargs", "status"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_hostile_request_is_a_quick_problem_that_changes_nothing(live, records, data_version, method, path,
                                                                 kwargs, status):
    kwargs = {"headers": AUTH, **kwargs}
    if "json" in kwargs:
        kwargs["json"] = _fill(kwargs["json"], records)
    before = data_version()
    started = time.monotonic()
    response = requests.request(method, live.url + _fill(path, records), timeout=10, **kwargs)
    assert time.monotonic() - started < 1
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == PROBLEM
    problem = response.json()
    assert problem["status"] == status and problem["detail"].strip() and problem["title"]
    assert not any(leak in response.text for leak in LEAKS)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert data_version() == before


def _raw_exchange(port: int, head: bytes, body: bytes) -> bytes:
    """Send a request by hand and read what comes back within a second."""
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(head + body)
        return sock.recv(65536)


def test_a_huge_content_length_is_refused_before_the_body_is_read(live, data_version):
    before = data_version()
    head = (f"POST /articles HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH['Authorization']}\r\n"
            "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n").encode()
    started = time.monotonic()
    reply = _raw_exchange(live.port, head, b'{"title": "x", "body": "')
    assert time.monotonic() - started < 1
    assert reply.startswith(b"HTTP/1.1 413 ") and PROBLEM.encode() in reply
    assert data_version() == before


def test_a_chunked_body_over_the_limit_is_413(live, data_version):
    before = data_version()

    def chunks():
        yield b'{"title": "x", "body": "'
        for _ in range(40):
            yield b"y" * 50_000
        yield b'"}'
    response = requests.post(f"{live.url}/articles", data=chunks(), headers=JSON_HEADERS, timeout=10)
    assert response.status_code == 413 and response.headers["Content-Type"] == PROBLEM
    assert data_version() == before


def test_an_empty_patch_changes_nothing(live, records, data_version):
    before, quote = data_version(), live.get(f"/quotes/{records['quote']}").json()
    response = requests.patch(f"{live.url}/quotes/{records['quote']}", json={}, headers=AUTH, timeout=10)
    assert response.status_code == 200 and response.json() == quote and not quote["edited"]
    assert data_version() == before


def test_sql_characters_in_filters_are_only_text(live, records):
    marked = live.post("/articles", {"title": "Quotes ' and 100% _sure_ -- ; drop",
                                     "body": "It's 100% agreed; O'Brien -- said _nothing_."}).json()
    for q in ("'", "%", "_", "--", ";", "' OR 1=1 --", "\"; DROP TABLE articles; --", "%' --"):
        for resource in ("articles", "actors", "quotes", "demands"):
            response = live.get(f"/{resource}", params={"q": q, "limit": 500})
            assert response.status_code == 200, (resource, q, response.text)
        assert live.get("/articles", params={"q": q, "limit": 500}).json()["items"] == [], q
    for words in ("drop", "100% agreed", "O'Brien --"):
        assert [a["id"] for a in live.get("/articles", params={"q": words}).json()["items"]] == [marked["id"]]
    assert live.get("/articles", params={"source": "x' OR '1'='1"}).json()["items"] == []
    assert live.get(f"/articles/{records['article']}").status_code == 200


TEXTS = [
    "Café, naïve, Zürich, São Paulo, Łódź",
    "Президент Украины заявил: «Мы не отдадим Донбасс»",
    "قال المتحدث باسم الوزارة إن المفاوضات مستمرة",
    "\u200fמשא ומתן\u200e mixed \u202bembedded\u202c direction",
    "Emoji 🇺🇦🤝🇷🇺 👩🏽‍⚖️ family 👨‍👩‍👧",
    "Combining e\u0301 vs é, a\u0308, Z\u0335\u0321a\u0336l\u0334g\u0337o",
    "Line\u2028separator, non\u00a0breaking, zero\u200bwidth, BOM\ufeffinside",
    "CJK 和平谈判 and math 𝔸𝕓𝕔 and tab\tand newline\r\nend",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_valid_unicode_round_trips_exactly(live, text):
    sent = {"title": text.splitlines()[0], "body": f"{text}\nUkraine said it would talk.", "source": text[:40]}
    response = live.post("/articles", sent)
    assert response.status_code == 201, response.text
    stored = live.get(f"/articles/{response.json()['id']}").json()
    assert {k: stored[k] for k in sent} == sent
    assert stored["body"].encode("utf-8") == sent["body"].encode("utf-8")
    found = live.get("/articles", params={"q": text.split()[1], "limit": 500}).json()["items"]
    assert response.json()["id"] in {a["id"] for a in found}


def test_the_longest_valid_query_reaches_the_service(live):
    emoji = "🤝" * 200
    params = {"q": emoji, "source": emoji, "published_from": "2024-01-01T00:00:00+00:00", "limit": 500}
    assert live.get("/articles", params=params).status_code == 200
