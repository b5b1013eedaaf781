"""Articles: posting one runs extraction and stores all its records."""
from __future__ import annotations

from flask import url_for

from .. import ingest
from ..store import stored_moments
from ..store.actors import ACTORS
from ..store.annotations import annotations
from ..store.articles import ARTICLES
from ..store.demands import DEMANDS
from ..store.quotes import QUOTES
from . import article_page, crud
from .blueprint import Blueprint
from .context import db, extractor
from .encoding import json_response
from .errors import PROBLEM_TYPE, ProblemSchema
from .records import add_sub_list
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


@blp.get("")
@blp.arguments(ArticleQuerySchema, location="query")
@blp.list_response(ArticlePageSchema)
def all(args):
    """List articles, filtered by source, publication dates or words."""
    return crud.list_page(ARTICLES, args)


@blp.post("")
@blp.arguments(ArticleCreateSchema)
@blp.response(201, ArticleSchema, description="Stored, with its extracted records")
@blp.alt_response(200, schema=ArticleSchema, description="An article with this body was stored already")
@blp.alt_response(413, schema=ProblemSchema, content_type=PROBLEM_TYPE, description="The body is over the size limit")
@blp.alt_response(503, schema=ProblemSchema, content_type=PROBLEM_TYPE,
                  description="Extraction ran past its time budget; try a shorter article or later")
def new(data):
    """Post an article: extracts its actors, quotes and demands and stores them."""
    result = ingest.ingest(db(), extractor(), stored_moments(data))
    location = url_for(".get", record_id=result.article_id)
    return ARTICLES.get(db(), result.article_id), 201 if result.created else 200, {"Location": location}


@blp.get("/<id:record_id>")
@blp.response(200, ArticleSchema)
@blp.alt_response(200, schema={"type": "string"}, content_type=article_page.HTML, success=True,
                  description="The article as JSON or, for `Accept: text/html`, as a page with its actors, "
                              "quotes and demands highlighted in the body, each linking to its record")
def get(record_id):
    """Get one article with the counts of its records, or its annotated page."""
    article = crud.get_or_404(ARTICLES, record_id)
    if article_page.wants_html():
        return article_page.render(article, annotations(db(), record_id))
    response = json_response(article)
    response.headers.add("Vary", "Accept")  # `response.vary` parses and re-dumps the header: 10 µs
    return response


@blp.delete("/<id:record_id>")
@blp.response(204)
def delete(record_id):
    """Delete an article with its quotes, demands and mentions."""
    return crud.delete(ARTICLES, record_id)


@blp.post("/<id:record_id>/extract")
@blp.response(200, ArticleSchema)
def extract(record_id):
    """Run extraction again; records an analyst made or edited are kept."""
    crud.require(ARTICLES, record_id)
    ingest.reextract(db(), extractor(), record_id)
    return ARTICLES.get(db(), record_id)


add_sub_list(blp, ARTICLES, ACTORS, ActorPageSchema, "article", "List the actors the article mentions.")
add_sub_list(blp, ARTICLES, QUOTES, QuotePageSchema, "article", "List the article's quotes.")
add_sub_list(blp, ARTICLES, DEMANDS, DemandPageSchema, "article", "List the article's demands.")
