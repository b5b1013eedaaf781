"""What the extraction pipeline hands to the rest of the service.

Names that refer to actors (``speaker``, ``actor``, ``target``,
``affiliation``) are canonical names of actors in the same ``Extraction``.
Offsets are character offsets into the article body.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_KINDS = ("person", "state", "organization")
DEMAND_KINDS = ("demand", "proposal", "rejection", "red_line", "threat")
TOPICS = (
    "territory", "sovereignty", "security", "ceasefire", "sanctions",
    "recognition", "humanitarian", "economy", "other",
)


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    direct: bool
    cue: str | None
    speaker: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Demand:
    actor: str
    target: str | None
    kind: str
    text: str
    evidence: str
    topic: str
    start: int
    end: int


@dataclass
class Extraction:
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    extractor: str | None = field(default=None, compare=False)
    """The version of the extractor that made it (``Extractor.version``); not
    part of what is extracted, so two equal extractions may differ in it."""
