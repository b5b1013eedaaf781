"""The Extractor interface the service calls."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from service.extraction import Extraction, ModelNotInstalledError, load_extractor, load_model
from service.extraction.nlp import DEFAULT_MODEL

BODY = ("Moscow demands Kyiv pull its troops back. “We will not retreat,” said President Ivan Koval. "
        "He said the army would hold its ground.")


def test_extract_returns_records_naming_actors_of_the_same_extraction(extractor):
    ex = extractor.extract(BODY, title="A title that is not parsed")
    assert isinstance(ex, Extraction)
    names = {a.name for a in ex.actors}
    assert {"Russia", "Ukraine", "Ivan Koval"} <= names
    for q in ex.quotes:
        assert q.speaker in names
    for d in ex.demands:
        assert d.actor in names and (d.target is None or d.target in names)
    for a in ex.actors:
        assert a.affiliation is None or a.affiliation in names


def test_extract_many_matches_extract(extractor):
    many = list(extractor.extract_many([BODY, "", "Nothing happened."], batch_size=2))
    assert len(many) == 3
    assert many[0] == extractor.extract(BODY)
    assert many[1] == Extraction()


def test_empty_and_whitespace_bodies(extractor):
    assert extractor.extract("") == Extraction()
    assert extractor.extract("  \n ") == Extraction()


def test_load_extractor_is_cached(extractor):
    assert load_extractor(DEFAULT_MODEL) is extractor
    assert load_model(DEFAULT_MODEL) is extractor.nlp


def test_missing_model_error_names_the_model():
    with pytest.raises(ModelNotInstalledError, match="no_such_model_xyz"):
        load_model("no_such_model_xyz")


def test_a_failing_rule_loses_one_sentence_not_the_article(rules_extractor, monkeypatch, caplog):
    from service.extraction import demands

    calls = {"n": 0}
    original = demands._Context.positions

    def flaky(self, sent):
        calls["n"] += 1
        if calls["n"] == 1:
            raise AttributeError("odd parse")
        return original(self, sent)

    monkeypatch.setattr(demands._Context, "positions", flaky)
    ex = rules_extractor.extract("Peru urged Chile to talk. Chile demands Peru pull back its troops.")
    assert [d.actor for d in ex.demands] == ["Chile"]
    assert "demand rules failed" in caplog.text


SAME_SURNAME = ("Former president Bill Clinton met union leaders in Ohio. His wife, Senator Hillary Clinton, "
                "urged the company to reopen talks. Clinton said the workers deserved a fair contract.")
EXTRACT_AND_PRINT = ("import sys; from service.extraction import load_extractor; "
                     "print(repr(load_extractor(sys.argv[1]).extract(sys.argv[2])))")


def test_the_same_article_gives_the_same_records_whatever_the_hash_seed():
    """Sets iterate in an order that changes with PYTHONHASHSEED: no choice may depend on it."""
    root = Path(__file__).resolve().parents[2]
    outputs = {subprocess.run([sys.executable, "-c", EXTRACT_AND_PRINT, DEFAULT_MODEL, SAME_SURNAME], cwd=root,
                              env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
                              check=True).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1
