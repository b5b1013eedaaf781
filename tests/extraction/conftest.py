"""Shared fixtures: the spaCy model is loaded once per test session."""
from __future__ import annotations

import pytest

from service.extraction import DEFAULT_MODEL, Extraction, Extractor, load_extractor


def _memoised(extractor: Extractor):
    """extract(text) -> Extraction, memoised so repeated sentences parse once."""
    cache: dict[str, Extraction] = {}

    def run(text: str) -> Extraction:
        if text not in cache:
            cache[text] = extractor.extract(text)
        return cache[text]
    return run


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return load_extractor(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def rules_extractor(extractor) -> Extractor:
    """The rule stages alone, without the position classifier: for tests of what a rule does not read."""
    return Extractor(extractor.nlp, position_weights=None)


@pytest.fixture(scope="session")
def extract(extractor):
    return _memoised(extractor)


@pytest.fixture(scope="session")
def rules_extract(rules_extractor):
    return _memoised(rules_extractor)
