"""Shared fixtures: the spaCy model is loaded once per test session."""
from __future__ import annotations

import pytest

from service.extraction import DEFAULT_MODEL, Extraction, Extractor, load_extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return load_extractor(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text) -> Extraction, memoised so repeated sentences parse once."""
    cache: dict[str, Extraction] = {}

    def run(text: str) -> Extraction:
        if text not in cache:
            cache[text] = extractor.extract(text)
        return cache[text]
    return run
