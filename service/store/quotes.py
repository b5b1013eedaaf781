"""Quotes: who said what, in which article."""
from __future__ import annotations

from .resources import Resource, extracted_fields, ref
from .search import Search


def _shape(row: dict) -> dict:
    return {
        **extracted_fields(row),
        "text": row["text"],
        "direct": bool(row["direct"]),
        "cue": row["cue"],
        "speaker": ref(row["speaker_id"], row["speaker_name"]),
    }


QUOTES = Resource(
    table="quotes",
    alias="q",
    select="SELECT q.*, s.name AS speaker_name FROM quotes q LEFT JOIN actors s ON s.id = q.speaker_id",
    filters={
        "article": "q.article_id = ?",
        "stale": "q.stale = ?",
        "speaker": "q.speaker_id = ?",
        "direct": "q.direct = ?",
    },
    shape=_shape,
    references={"article_id": "articles", "speaker_id": "actors"},
    search=Search("quotes_fts", weights=(1.0,)),
)
