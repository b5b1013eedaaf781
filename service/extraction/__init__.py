"""Extraction pipeline: article body -> actors, quotes and demands."""
from .nlp import DEFAULT_MODEL, ModelNotInstalledError, load_model
from .pipeline import Extractor, load_extractor
from .records import ACTOR_KINDS, DEMAND_KINDS, TOPICS, Actor, Demand, Extraction, Quote

__all__ = [
    "ACTOR_KINDS", "DEMAND_KINDS", "TOPICS", "DEFAULT_MODEL", "Actor", "Demand", "Extraction",
    "Extractor", "ModelNotInstalledError", "Quote", "load_extractor", "load_model",
]
