"""The service as a user starts it: `parley serve`, seeded, under gunicorn."""
from __future__ import annotations

import signal

from .conftest import ROOT


def test_served_api_is_seeded_takes_articles_and_stops_cleanly(serve):
    server = serve(PARLEY_SEEDS=str(ROOT / "seeds"))
    assert len(server.get("/articles").json()["items"]) == 1
    response = server.post("/articles", {
        "title": "Talks", "body": "“We are ready to sign,” said Foreign Minister Maria Lopez. Kyiv rejected the plan."})
    assert response.status_code == 201
    quotes = server.get(f"/articles/{response.json()['id']}/quotes").json()["items"]
    assert any(q["text"].startswith("We are ready to sign") and q["speaker"]["name"] == "Maria Lopez" for q in quotes)
    server.signal(signal.SIGTERM)
    assert server.process.returncode == 0
