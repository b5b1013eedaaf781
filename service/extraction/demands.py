"""Demands (placeholder, filled in next)."""
from __future__ import annotations


class DemandFinder:
    def __init__(self, nlp):
        self.nlp = nlp

    def find(self, doc, actors, speakers, quotes, passages):
        return []
