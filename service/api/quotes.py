"""Quotes: direct and reported speech, attributed to actors."""
from __future__ import annotations

from flask import url_for

from ..store.quotes import QUOTES
from . import crud
from .blueprint import Blueprint
from .schemas import QuoteCreateSchema, QuotePageSchema, QuoteQuerySchema, QuoteSchema, QuoteUpdateSchema

blp = Blueprint("quotes", __name__, url_prefix="/quotes",
                description="What actors said, directly or as reported speech.")


@blp.get("")
@blp.arguments(QuoteQuerySchema, location="query")
@blp.response(200, QuotePageSchema)
def all(args):
    """List quotes, filtered by speaker, article, directness or words."""
    return crud.list_page(QUOTES, args)


@blp.get("/<id:quote_id>")
@blp.response(200, QuoteSchema)
def get(quote_id):
    """Get one quote."""
    return crud.get_or_404(QUOTES, quote_id)


@blp.post("")
@blp.arguments(QuoteCreateSchema)
@blp.response(201, QuoteSchema)
def new(data):
    """Add a quote that extraction missed."""
    quote = crud.create(QUOTES, data)
    return quote, 201, {"Location": url_for(".get", quote_id=quote["id"])}


@blp.patch("/<id:quote_id>")
@blp.arguments(QuoteUpdateSchema)
@blp.response(200, QuoteSchema)
def update(data, quote_id):
    """Correct a quote: its text, speaker, cue, directness or offsets."""
    return crud.update(QUOTES, quote_id, data)


@blp.delete("/<id:quote_id>")
@blp.response(204)
def delete(quote_id):
    """Delete a quote."""
    return crud.delete(QUOTES, quote_id)
