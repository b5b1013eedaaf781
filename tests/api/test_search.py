"""Full-text search: q= ranks by bm25, highlights a snippet, pages by keyset,
and no text a user can type makes it fail."""
from __future__ import annotations

import pytest

QUOTES = {
    "three": "ceasefire ceasefire ceasefire",
    "short": "a ceasefire now",
    "long": "the statement covered prisoners, grain, energy, the border and in the end a ceasefire too",
    "none": "no agreement was reached on prisoners",
    "markup": "talks <b>resume</b> & a ceasefire holds",
}


@pytest.fixture
def article_id(client, auth) -> int:
    response = client.post("/articles", headers=auth, json={"title": "Notes", "body": "The delegations met."})
    return response.get_json()["id"]


@pytest.fixture
def quote_ids(client, auth, article_id) -> dict[str, int]:
    return {name: client.post("/quotes", headers=auth, json={"article": article_id, "text": text, "direct": True})
            .get_json()["id"] for name, text in QUOTES.items()}


def found(client, resource: str, q: str, **params) -> list[dict]:
    response = client.get(f"/{resource}", query_string={"q": q, "limit": 500, **params})
    assert response.status_code == 200, response.get_json()
    return response.get_json()["items"]


def test_quotes_rank_by_bm25_best_first(client, quote_ids):
    ids = [item["id"] for item in found(client, "quotes", "ceasefire")]
    by_name = {v: k for k, v in quote_ids.items()}
    assert [by_name[i] for i in ids] == ["three", "short", "markup", "long"]


def test_all_words_must_match_and_stems_match(client, quote_ids):
    assert [q["id"] for q in found(client, "quotes", "ceasefire holds")] == [quote_ids["markup"]]
    assert {q["id"] for q in found(client, "quotes", "CEASEFIRES")} == set(quote_ids.values()) - {quote_ids["none"]}


def test_fts_syntax_is_honoured(client, quote_ids):
    assert [q["id"] for q in found(client, "quotes", '"a ceasefire now"')] == [quote_ids["short"]]
    assert {q["id"] for q in found(client, "quotes", "agree* OR resum*")} == {quote_ids["none"], quote_ids["markup"]}
    assert [q["id"] for q in found(client, "quotes", "NEAR(statement ceasefire, 20)")] == [quote_ids["long"]]
    assert [q["id"] for q in found(client, "quotes", "prisoners NOT ceasefire")] == [quote_ids["none"]]


def test_invalid_syntax_is_searched_as_plain_words(client, quote_ids):
    assert [q["id"] for q in found(client, "quotes", 'holds "')] == [quote_ids["markup"]]
    assert [q["id"] for q in found(client, "quotes", "title:holds (")] == []
    assert [q["id"] for q in found(client, "quotes", "holds & ceasefire (")] == [quote_ids["markup"]]


def test_snippets_highlight_matches_as_escaped_html_and_only_in_a_search(client, quote_ids):
    [item] = found(client, "quotes", "holds")
    assert item["snippet"] == "talks &lt;b&gt;resume&lt;/b&gt; &amp; a ceasefire <mark>holds</mark>"
    assert item["text"] == QUOTES["markup"]
    assert all("snippet" not in q for q in client.get("/quotes").get_json()["items"])
    assert "snippet" not in client.get(f"/quotes/{quote_ids['markup']}").get_json()


def test_search_pages_walk_the_ranking_once(client, quote_ids, all_items):
    ranked = [q["id"] for q in found(client, "quotes", "ceasefire")]
    assert [q["id"] for q in all_items("/quotes?q=ceasefire&limit=1")] == ranked
    page = client.get("/quotes?q=ceasefire&limit=1").get_json()
    cursor = page["next"].split("cursor=")[1].split("&")[0]
    assert client.get(f"/quotes?cursor={cursor}").status_code == 422
    plain_cursor = client.get("/quotes?limit=1").get_json()["next"].split("cursor=")[1]
    assert client.get(f"/quotes?q=ceasefire&cursor={plain_cursor}").status_code == 422


@pytest.mark.parametrize("resource", ["quotes", "articles", "demands"])
def test_order_id_gives_the_matches_in_id_order_and_rejects_other_orders(client, quote_ids, resource):
    if resource == "quotes":
        assert [q["id"] for q in found(client, "quotes", "ceasefire", order="id")] == sorted(
            quote_ids[name] for name in ("three", "short", "long", "markup"))
    answer = client.get(f"/{resource}", query_string={"q": "ceasefire", "order": "date"})
    assert answer.status_code == 422
    assert "order" in answer.get_json()["errors"]


def test_id_ordered_search_pages_walk_once_and_keep_their_order(client, quote_ids, all_items):
    in_id_order = [q["id"] for q in found(client, "quotes", "ceasefire", order="id")]
    assert [q["id"] for q in all_items("/quotes?q=ceasefire&order=id&limit=1")] == in_id_order
    assert in_id_order and all("<mark>" in q["snippet"] for q in found(client, "quotes", "ceasefire", order="id"))
    assert [q["id"] for q in found(client, "quotes", 'holds "', order="id")] == [quote_ids["markup"]]
    cursor = client.get("/quotes?q=ceasefire&order=id&limit=1").get_json()["next"].split("cursor=")[1].split("&")[0]
    assert client.get(f"/quotes?q=ceasefire&cursor={cursor}").status_code == 422
    ranked_cursor = client.get("/quotes?q=ceasefire&limit=1").get_json()["next"].split("cursor=")[1].split("&")[0]
    assert client.get(f"/quotes?q=ceasefire&order=id&cursor={ranked_cursor}").status_code == 422


def test_filters_combine_with_a_search(client, auth, quote_ids, article_id):
    other = client.post("/articles", headers=auth, json={"title": "Other", "body": "Nothing new."}).get_json()["id"]
    client.post("/quotes", headers=auth, json={"article": other, "text": "ceasefire elsewhere", "direct": False})
    assert {q["article"] for q in found(client, "quotes", "ceasefire", article=other)} == {other}
    assert {q["article"] for q in found(client, "quotes", "ceasefire", article=other, order="id")} == {other}
    assert len(found(client, "quotes", "ceasefire", direct="true")) == 4


def test_articles_rank_a_title_match_above_a_body_match(client, auth):
    body_hit = client.post("/articles", headers=auth, json={
        "title": "Weekly notes", "body": "Officials talked about the ceasefire and the harbour."}).get_json()["id"]
    title_hit = client.post("/articles", headers=auth, json={
        "title": "Ceasefire notes", "body": "Officials talked about the weather and the harbour."}).get_json()["id"]
    assert [a["id"] for a in found(client, "articles", "ceasefire")] == [title_hit, body_hit]
    assert [a["id"] for a in found(client, "articles", "title:ceasefire")] == [title_hit]
    assert "<mark>" in found(client, "articles", "harbour")[0]["snippet"]


def test_demands_search_text_and_evidence(client, auth, article_id):
    def add(text, evidence):
        return client.post("/demands", headers=auth, json={
            "article": article_id, "kind": "demand", "text": text, "evidence": evidence}).get_json()["id"]
    in_text = add("withdraw the troops", "They said so.")
    in_evidence = add("open the border", "They want the troops to withdraw first.")
    assert [d["id"] for d in found(client, "demands", "troops")] == [in_text, in_evidence]


HOSTILE = ['"', '""', '"""', "'", "*", "**", "*a", "a*b", "NEAR", "NEAR(", "NEAR(a b, x)", "NEAR(a, -1)",
           "OR", "AND", "NOT", "a OR", "OR a", "a AND NOT", "(", ")", "(a", "a)", "((((((((((a", ")(",
           "title:", "title:x", "body:x", "text:x", "evidence:x", "nosuchcolumn:x", "{title body}: x", "-title:x",
           ":", "a:b:c", "^", "^a", "a^", "^^a", "-a", "+a", "a + b", "\\", "%", "_", ";", "--", "{", "}",
           "[a]", "a,b", "🤝", "🇺🇦", "é", "ＡＢＣ", "\u200b", "\u202e", "\ufeff", "ß", "İ", "null", "NULL",
           "' OR 1=1 --", '"; DROP TABLE quotes; --', "x" * 200, "(" * 200, "a " * 99, '"' * 199,
           "NEAR(" * 60, "a OR " * 40, "中文 OR", "\"unterminated phrase", "rank:1", "rowid:1", "*:*"]


@pytest.mark.parametrize("resource", ["articles", "quotes", "demands", "actors"])
def test_hostile_search_text_never_fails(client, quote_ids, resource):
    for q in HOSTILE:
        response = client.get(f"/{resource}", query_string={"q": q})
        assert response.status_code == 200 or (
            400 <= response.status_code < 500 and response.mimetype == "application/problem+json"), (q, response.data)
        if response.status_code == 200:
            for url in filter(None, [response.get_json()["next"]]):
                assert client.get(url).status_code == 200

