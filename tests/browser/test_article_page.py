"""The annotated article page in a real headless browser: Debian's chromium, driven by playwright.

Without chromium or playwright the tests skip, unless PARLEY_REQUIRE_BROWSER=1
(as in CI), where they fail instead. A screenshot of the page is kept in
PARLEY_ARTIFACTS (default tests/artifacts/).
"""
from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.reliability.conftest import Server, make_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SEED_ARTICLE = "/articles/1"
WATCH_POLICY = """window.__violations = [];
document.addEventListener("securitypolicyviolation",
    (event) => window.__violations.push(event.violatedDirective + " " + event.blockedURI));"""
HIGHLIGHT_TEXTS = """() => {
  const texts = {};
  for (const element of document.querySelectorAll(".article-body .hl[data-span]")) {
    const key = element.dataset.span;
    texts[key] = texts[key] || {text: "", href: element.getAttribute("href") || element.dataset.record};
    texts[key].text += element.textContent;
  }
  return Object.values(texts);
}"""


def _require_browser() -> None:
    missing = [what for what, there in (("chromium at /usr/bin/chromium", CHROMIUM.exists()),
                                        ("the playwright package", importlib.util.find_spec("playwright")))
               if not there]
    if missing:
        reason = "no " + " and no ".join(missing)
        if os.environ.get("PARLEY_REQUIRE_BROWSER") == "1":
            pytest.fail(f"PARLEY_REQUIRE_BROWSER=1 but there is {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """`parley serve` on a new database holding the seed article."""
    _require_browser()
    running = make_server(tmp_path_factory.mktemp("browser"), workers=1, PARLEY_SEEDS=str(ROOT / "seeds")).start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def loaded(server, browser):
    """The seed article's page, loaded, with every console error and policy violation it caused."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(WATCH_POLICY)
    response = page.goto(server.url + SEED_ARTICLE, wait_until="load")
    yield page, response, errors
    page.close()


def records(server: Server, resource: str) -> list[dict]:
    page = server.get(f"{SEED_ARTICLE}/{resource}?limit=500").json()
    assert page["next"] is None
    return page["items"]


def test_the_page_loads_clean_and_a_screenshot_is_kept(loaded):
    page, response, errors = loaded
    assert response.status == 200 and response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert errors == []
    assert page.evaluate("window.__violations") == []
    folder = Path(os.environ.get("PARLEY_ARTIFACTS", ROOT / "tests" / "artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    shot = folder / "article-page.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_the_stylesheet_applies_under_the_policy(loaded):
    page, _, _ = loaded
    colours = page.evaluate("""() => ["actor-state", "demand-red_line"].map((kind) =>
        getComputedStyle(document.querySelector(`.article-body .${kind}`)).backgroundColor)""")
    assert all(colour not in ("rgba(0, 0, 0, 0)", "transparent") for colour in colours)
    assert page.evaluate("getComputedStyle(document.querySelector('.article-body')).whiteSpace") == "pre-wrap"


def test_every_quote_and_demand_is_highlighted_on_its_words(server, loaded):
    page, _, _ = loaded
    body = server.get(SEED_ARTICLE).json()["body"]
    assert page.evaluate("document.querySelector('.article-body').textContent") == body
    shown = {}
    for highlight in page.evaluate(HIGHLIGHT_TEXTS):
        shown.setdefault(highlight["href"], []).append(highlight["text"])
    for resource in ("quotes", "demands"):
        found = records(server, resource)
        assert found
        for record in found:
            assert shown[f"/{resource}/{record['id']}"] == [body[record["start"]:record["end"]]]


def test_actor_highlights_show_a_name_of_their_actor(server, loaded):
    page, _, _ = loaded
    texts = {}
    for highlight in page.evaluate(HIGHLIGHT_TEXTS):
        texts.setdefault(highlight["href"], set()).add(highlight["text"])
    for actor in records(server, "actors"):
        assert texts.get(f"/actors/{actor['id']}"), actor["name"]
        assert texts[f"/actors/{actor['id']}"] <= {actor["name"], *actor["aliases"]}


def test_the_legend_shows_every_kind(loaded):
    page, _, _ = loaded
    legend = page.locator(".legend")
    assert legend.is_visible()
    kinds = legend.locator(".swatch").all_inner_texts()
    assert kinds == ["person", "state", "organization", "direct", "indirect",
                     "demand", "proposal", "rejection", "red line", "threat"]


def test_each_link_points_at_its_record_and_following_it_returns_the_record(server, browser, loaded):
    page, _, _ = loaded
    hrefs = page.eval_on_selector_all(".article-body a", "(links) => links.map((a) => a.getAttribute('href'))")
    quotes, demands = records(server, "quotes"), records(server, "demands")
    expected = {f"/quotes/{q['id']}" for q in quotes} | {f"/demands/{d['id']}" for d in demands}
    assert expected <= set(hrefs)
    assert all(requests.get(server.url + href, timeout=30).status_code == 200 for href in set(hrefs))
    visit = browser.new_page()
    visit.goto(server.url + SEED_ARTICLE)
    target = f"/demands/{demands[0]['id']}"
    with visit.expect_navigation():
        visit.click(f'.article-body a.ref[href="{target}"]')
    assert visit.url == server.url + target
    assert json.loads(visit.locator("body").inner_text())["id"] == demands[0]["id"]
    visit.close()
