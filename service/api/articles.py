"""Articles: posting one runs extraction and stores all its records."""
from __future__ import annotations

from flask import url_for

from .. import ingest
from ..store import timestamp
from ..store.actors import ACTORS
from ..store.articles import ARTICLES
from ..store.demands import DEMANDS
from ..store.quotes import QUOTES
from . import crud
from .blueprint import Blueprint
from .context import db, extractor
from .pagination import PageQuerySchema
from .schemas import (
    ActorPageSchema,
    ArticleCreateSchema,
    ArticlePageSchema,
    ArticleQuerySchema,
    ArticleSchema,
    DemandPageSchema,
    QuotePageSchema,
)

blp = Blueprint("articles", __name__, url_prefix="/articles",
                description="News articles and what was extracted from them.")


def _stored_form(data: dict) -> dict:
    return {k: timestamp(v) if k.startswith("published") and v is not None else v for k, v in data.items()}


@blp.get("")
@blp.arguments(ArticleQuerySchema, location="query")
@blp.response(200, ArticlePageSchema)
def all(args):
    """List articles, filtered by source, publication dates or words."""
    return crud.list_page(ARTICLES, _stored_form(args))


@blp.post("")
@blp.arguments(ArticleCreateSchema)
@blp.response(201, ArticleSchema, description="Stored, with its extracted records")
@blp.alt_response(200, schema=ArticleSchema, description="An article with this body was stored already")
def new(data):
    """Post an article: extracts its actors, quotes and demands and stores them."""
    result = ingest.ingest(db(), extractor(), _stored_form(data))
    location = url_for(".get", article_id=result.article_id)
    return ARTICLES.get(db(), result.article_id), 201 if result.created else 200, {"Location": location}


@blp.get("/<id:article_id>")
@blp.response(200, ArticleSchema)
def get(article_id):
    """Get one article with the counts of its records."""
    return crud.get_or_404(ARTICLES, article_id)


@blp.delete("/<id:article_id>")
@blp.response(204)
def delete(article_id):
    """Delete an article with its quotes, demands and mentions."""
    return crud.delete(ARTICLES, article_id)


@blp.post("/<id:article_id>/extract")
@blp.response(200, ArticleSchema)
def extract(article_id):
    """Run extraction again; records an analyst made or edited are kept."""
    crud.require(ARTICLES, article_id)
    ingest.reextract(db(), extractor(), article_id)
    return ARTICLES.get(db(), article_id)


@blp.get("/<id:article_id>/actors")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, ActorPageSchema)
def actors(args, article_id):
    """List the actors the article mentions."""
    crud.require(ARTICLES, article_id)
    return crud.list_page(ACTORS, args, article=article_id)


@blp.get("/<id:article_id>/quotes")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, QuotePageSchema)
def quotes(args, article_id):
    """List the article's quotes."""
    crud.require(ARTICLES, article_id)
    return crud.list_page(QUOTES, args, article=article_id)


@blp.get("/<id:article_id>/demands")
@blp.arguments(PageQuerySchema, location="query")
@blp.response(200, DemandPageSchema)
def demands(args, article_id):
    """List the article's demands."""
    crud.require(ARTICLES, article_id)
    return crud.list_page(DEMANDS, args, article=article_id)
