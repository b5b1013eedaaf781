"""Demands: the positions actors take (demand, proposal, rejection, red line, threat)."""
from __future__ import annotations

from ..store.demands import DEMANDS
from .records import RecordSchemas, curated_blueprint
from .schemas import DemandCreateSchema, DemandPageSchema, DemandQuerySchema, DemandSchema, DemandUpdateSchema

blp = curated_blueprint(
    DEMANDS,
    RecordSchemas(DemandSchema, DemandPageSchema, DemandQuerySchema, DemandCreateSchema, DemandUpdateSchema),
    description="What actors demand, propose, reject, hold as red lines or threaten.",
    list_summary="List demands, filtered by actor, target, kind, topic, article or words.",
    update_summary="Correct a demand: its actor, target, kind, topic, text, evidence or offsets.",
)
