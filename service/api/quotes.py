"""Quotes: direct and reported speech, attributed to actors."""
from __future__ import annotations

from ..store.quotes import QUOTES
from .records import RecordSchemas, curated_blueprint
from .schemas import QuoteCreateSchema, QuotePageSchema, QuoteQuerySchema, QuoteSchema, QuoteUpdateSchema

blp = curated_blueprint(
    QUOTES,
    RecordSchemas(QuoteSchema, QuotePageSchema, QuoteQuerySchema, QuoteCreateSchema, QuoteUpdateSchema),
    description="What actors said, directly or as reported speech.",
    list_summary="List quotes, filtered by speaker, article, directness or words.",
    update_summary="Correct a quote: its text, speaker, cue, directness or offsets.",
)
