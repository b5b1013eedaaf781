"""Every schema the API reads or writes; they also drive openapi.yaml."""
from __future__ import annotations

import re
from datetime import UTC

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from ..extraction.records import ACTOR_KINDS, DEMAND_KINDS, TOPICS
from ..ingest import MAX_BODY_CHARS
from ..store.actor_lists import COUNTERPART_ORDER, TIMELINE_ORDER
from .pagination import MAX_ID, PageQuerySchema, SortCursor

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class Text(fields.String):
    """A string without control characters (tabs and newlines allowed)."""

    def __init__(self, *, blank: bool = False, max_length: int | None = None, **kwargs):
        super().__init__(validate=validate.Length(max=max_length) if max_length else None, **kwargs)
        self.blank = blank

    def _deserialize(self, value, attr, data, **kwargs) -> str:
        text = super()._deserialize(value, attr, data, **kwargs)
        if CONTROL_CHARACTERS.search(text):
            raise ValidationError("Must not contain NUL or other control characters.")
        if not self.blank and not text.strip():
            raise ValidationError("Must not be empty or only whitespace.")
        return text


class Id(fields.Integer):
    """The id of a record: a positive 64-bit integer."""

    def __init__(self, **kwargs):
        super().__init__(strict=True, validate=validate.Range(1, MAX_ID), **kwargs)


class QueryId(fields.Integer):
    """An id given in a query string, where every value arrives as text."""

    def __init__(self, **kwargs):
        super().__init__(validate=validate.Range(1, MAX_ID), **kwargs)


class JsonBoolean(fields.Boolean):
    """A JSON true or false; no strings or numbers standing in for them."""

    def _deserialize(self, value, attr, data, **kwargs) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid")
        return value


class Timestamp(fields.AwareDateTime):
    """ISO 8601 date or date-time; without a zone it is taken as UTC."""

    def __init__(self, **kwargs):
        super().__init__(format="iso", default_timezone=UTC, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        moment = super()._deserialize(value, attr, data, **kwargs)
        try:
            return moment.astimezone(UTC)
        except OverflowError:
            raise ValidationError("Must fall within the years 1 to 9999 in UTC.") from None


class Offset(fields.Integer):
    """A character offset into the article body."""

    def __init__(self, **kwargs):
        super().__init__(strict=True, allow_none=True, validate=validate.Range(0, MAX_ID), **kwargs)


def page_schema(item: type[Schema]) -> type[Schema]:
    """The schema of a list of `item`: `{"items": [...], "next": URL or null}`."""
    name = item.__name__.removesuffix("Schema")
    return Schema.from_dict({
        "items": fields.List(fields.Nested(item)),
        "next": fields.String(allow_none=True, metadata={"description": "URL of the next page, if any."}),
    }, name=f"{name}PageSchema")


class StoredSchema(Schema):
    """What every stored record carries."""

    id = fields.Integer()
    edited = fields.Boolean(metadata={"description": "Whether an analyst made or edited it; "
                                                     "re-extraction keeps such records."})
    created_at = fields.String(metadata={"format": "date-time"})
    updated_at = fields.String(metadata={"format": "date-time"})


class ExtractedSchema(StoredSchema):
    """A record taken from an article, with its offsets in the body."""

    article = fields.Integer()
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    extractor = fields.String(allow_none=True, dump_only=True, metadata={
        "description": "The extractor that made the record, as `parley <version> (rules <hash>) / <spaCy model> "
                       "<model version>`; an edited record keeps it, one an analyst added has null. Read-only."})
    stale = fields.Boolean(dump_only=True, metadata={
        "description": "True for an edited record that no longer matches the article body: its `text` is not "
                       "within `body[start:end]` (not anywhere in the body, for a record without offsets), or "
                       "a demand's `evidence` is not in the body. Re-extraction keeps such records, flagged. "
                       "Machine-made records are never stale. Read-only."})


def snippet_field() -> fields.String:
    return fields.String(metadata={"description": "Only in a search (`q`): the passage that matches best, as "
                                                  "HTML: the text escaped, the matched words in `<mark>`."})


def search_field(where: str) -> Text:
    return Text(max_length=200, metadata={"description": (
        f"Full-text search of {where}: words (all must occur; English stems match, so `sanction` finds "
        "`sanctions`), or an SQLite FTS5 query (`\"exact phrase\"`, `talk*`, `OR`, `NOT`, `NEAR(a b, 5)`). "
        "Text that is not a valid query is searched as plain words. Results come best match first "
        "(bm25) unless `order=id`, each with a `snippet`.")})


def search_order_field() -> fields.String:
    return fields.String(load_default="relevance", validate=validate.OneOf(["relevance", "id"]), metadata={
        "description": "The order of a search (`q`): `relevance`, best match first, or `id`, the order of "
                       "lists without `q`; `id` is much faster for words that match many records. "
                       "Without `q`, lists are always in id order."})


class RefSchema(Schema):
    id = fields.Integer(required=True)
    name = fields.String(required=True)


# ---------------------------------------------------------------- articles
class ArticleCreateSchema(Schema):
    title = Text(required=True, max_length=1000)
    body = Text(required=True, max_length=MAX_BODY_CHARS)
    source = Text(allow_none=True, max_length=500)
    url = fields.Url(allow_none=True, validate=validate.Length(max=2000))
    published_at = Timestamp(allow_none=True)


class ArticleCountsSchema(Schema):
    actors = fields.Integer()
    quotes = fields.Integer()
    demands = fields.Integer()


class ArticleSchema(Schema):
    id = fields.Integer()
    title = fields.String()
    body = fields.String()
    source = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True, metadata={"format": "date-time"})
    content_hash = fields.String(metadata={"description": "SHA-256 of the body; the same body "
                                                         "posted again answers the stored article."})
    created_at = fields.String(metadata={"format": "date-time"})
    counts = fields.Nested(ArticleCountsSchema,
                           metadata={"description": "Records extracted from the article."})
    snippet = snippet_field()


class ArticleQuerySchema(PageQuerySchema):
    source = Text(max_length=200, metadata={"description": "Exact source."})
    published_from = Timestamp(metadata={"description": "Published at or after."})
    published_to = Timestamp(metadata={"description": "Published at or before."})
    q = search_field("the title (weighted 3) and body")
    order = search_order_field()


ArticlePageSchema = page_schema(ArticleSchema)


# ---------------------------------------------------------------- actors
class ActorUpdateSchema(Schema):
    name = Text(max_length=300)
    kind = fields.String(validate=validate.OneOf(ACTOR_KINDS))
    aliases = fields.List(Text(max_length=300), validate=validate.Length(max=200))
    role = Text(allow_none=True, max_length=300)
    affiliation = Id(allow_none=True, metadata={"description": "Id of the state or organization."})


class ActorCreateSchema(ActorUpdateSchema):
    name = Text(required=True, max_length=300)
    kind = fields.String(required=True, validate=validate.OneOf(ACTOR_KINDS))


class ActorMergeSchema(Schema):
    actor = Id(required=True, metadata={"description": "Id of the actor to fold into this one; "
                                                       "it is deleted."})


class ActorCountsSchema(Schema):
    articles = fields.Integer()
    quotes = fields.Integer()
    demands = fields.Integer()


class ActorSchema(StoredSchema):
    name = fields.String()
    kind = fields.String(validate=validate.OneOf(ACTOR_KINDS))
    aliases = fields.List(fields.String())
    role = fields.String(allow_none=True)
    affiliation = fields.Nested(RefSchema, allow_none=True)
    counts = fields.Nested(ActorCountsSchema)


class ActorQuerySchema(PageQuerySchema):
    kind = fields.String(validate=validate.OneOf(ACTOR_KINDS))
    q = Text(max_length=200, metadata={"description": "Prefix of the name or an alias."})


ActorPageSchema = page_schema(ActorSchema)


# ---------------------------------------------------------------- quotes
class QuoteUpdateSchema(Schema):
    text = Text(max_length=20_000)
    direct = JsonBoolean()
    cue = Text(allow_none=True, max_length=100)
    speaker = Id(allow_none=True, metadata={"description": "Id of the actor who said it."})
    start = Offset()
    end = Offset()


class QuoteCreateSchema(QuoteUpdateSchema):
    article = Id(required=True)
    text = Text(required=True, max_length=20_000)
    direct = JsonBoolean(required=True)


class QuoteSchema(ExtractedSchema):
    text = fields.String()
    direct = fields.Boolean()
    cue = fields.String(allow_none=True)
    speaker = fields.Nested(RefSchema, allow_none=True)
    snippet = snippet_field()


class QuoteQuerySchema(PageQuerySchema):
    speaker = QueryId()
    article = QueryId()
    direct = fields.Boolean()
    stale = fields.Boolean(metadata={"description": "Only stale quotes, or only the others."})
    q = search_field("the quote's text")
    order = search_order_field()


QuotePageSchema = page_schema(QuoteSchema)


# ---------------------------------------------------------------- demands
class DemandUpdateSchema(Schema):
    actor = Id(allow_none=True, metadata={"description": "Id of the actor holding the position."})
    target = Id(allow_none=True, metadata={"description": "Id of the actor it is addressed to."})
    kind = fields.String(validate=validate.OneOf(DEMAND_KINDS))
    text = Text(max_length=20_000)
    evidence = Text(allow_none=True, max_length=20_000)
    topic = fields.String(validate=validate.OneOf(TOPICS))
    start = Offset()
    end = Offset()


class DemandCreateSchema(DemandUpdateSchema):
    article = Id(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(DEMAND_KINDS))
    text = Text(required=True, max_length=20_000)
    topic = fields.String(load_default="other", validate=validate.OneOf(TOPICS))


class DemandSchema(ExtractedSchema):
    actor = fields.Nested(RefSchema, allow_none=True)
    target = fields.Nested(RefSchema, allow_none=True)
    kind = fields.String(validate=validate.OneOf(DEMAND_KINDS))
    text = fields.String()
    evidence = fields.String(allow_none=True)
    topic = fields.String(validate=validate.OneOf(TOPICS))
    snippet = snippet_field()


class DemandQuerySchema(PageQuerySchema):
    actor = QueryId()
    target = QueryId()
    article = QueryId()
    kind = fields.String(validate=validate.OneOf(DEMAND_KINDS))
    topic = fields.String(validate=validate.OneOf(TOPICS))
    stale = fields.Boolean(metadata={"description": "Only stale demands, or only the others."})
    q = search_field("the demand (weighted 2) and its evidence")
    order = search_order_field()


DemandPageSchema = page_schema(DemandSchema)


# ---------------------------------------------------------------- an actor across articles
RECORD_TYPES = ("quote", "demand")


class TimelineQuerySchema(PageQuerySchema):
    cursor = SortCursor(len(TIMELINE_ORDER))
    type = fields.String(validate=validate.OneOf(RECORD_TYPES),
                         metadata={"description": "Only quotes or only demands."})
    kind = fields.String(validate=validate.OneOf(DEMAND_KINDS), metadata={
        "description": "Only demands of this kind (quotes have none, so none are listed)."})
    topic = fields.String(validate=validate.OneOf(TOPICS), metadata={
        "description": "Only demands on this topic (quotes have none, so none are listed)."})
    published_from = Timestamp(data_key="from", metadata={
        "description": "Only records of articles published at or after this; undated articles are left out."})
    published_to = Timestamp(data_key="to", metadata={
        "description": "Only records of articles published at or before this; undated articles are left out."})

    @validates_schema
    def check_consistent(self, data, **_kwargs):
        if data.get("type") == "quote" and ("kind" in data or "topic" in data):
            raise ValidationError("kind and topic are fields of demands; they cannot select quotes.", "type")
        if data.get("published_from") and data.get("published_to") and data["published_from"] > data["published_to"]:
            raise ValidationError("Must not be before `from`.", "to")


class TimelineArticleSchema(Schema):
    id = fields.Integer()
    title = fields.String()
    source = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True, metadata={"format": "date-time"})


class TimelineItemSchema(QuoteSchema, DemandSchema):
    """A quote or a demand with the fields of its `type` (`direct`, `cue` and
    `speaker` for a quote; `actor`, `target`, `kind`, `evidence` and `topic`
    for a demand) and its article."""

    type = fields.String(validate=validate.OneOf(RECORD_TYPES))
    article = fields.Nested(TimelineArticleSchema)


TimelinePageSchema = page_schema(TimelineItemSchema)

DemandCountsSchema = Schema.from_dict({kind: fields.Integer() for kind in (*DEMAND_KINDS, "total")},
                                      name="DemandCountsSchema")


class CounterpartActorSchema(RefSchema):
    kind = fields.String(validate=validate.OneOf(ACTOR_KINDS))


class CounterpartSchema(Schema):
    actor = fields.Nested(CounterpartActorSchema)
    made = fields.Nested(DemandCountsSchema, metadata={
        "description": "Demands this actor holds that are addressed to the counterpart, by kind."})
    received = fields.Nested(DemandCountsSchema, metadata={
        "description": "Demands the counterpart holds that are addressed to this actor, by kind."})
    total = fields.Integer(metadata={"description": "made and received together; the list's order, largest first."})


CounterpartPageSchema = page_schema(CounterpartSchema)


class CounterpartQuerySchema(PageQuerySchema):
    cursor = SortCursor(len(COUNTERPART_ORDER))


class HealthSchema(Schema):
    status = fields.String()
