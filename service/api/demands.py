"""Demands: the positions actors take (demand, proposal, rejection, red line, threat)."""
from __future__ import annotations

from flask import url_for

from ..store.demands import DEMANDS
from . import crud
from .blueprint import Blueprint
from .schemas import DemandCreateSchema, DemandPageSchema, DemandQuerySchema, DemandSchema, DemandUpdateSchema

blp = Blueprint("demands", __name__, url_prefix="/demands",
                description="What actors demand, propose, reject, hold as red lines or threaten.")


@blp.get("")
@blp.arguments(DemandQuerySchema, location="query")
@blp.response(200, DemandPageSchema)
def all(args):
    """List demands, filtered by actor, target, kind, topic, article or words."""
    return crud.list_page(DEMANDS, args)


@blp.get("/<id:demand_id>")
@blp.response(200, DemandSchema)
def get(demand_id):
    """Get one demand."""
    return crud.get_or_404(DEMANDS, demand_id)


@blp.post("")
@blp.arguments(DemandCreateSchema)
@blp.response(201, DemandSchema)
def new(data):
    """Add a position that extraction missed."""
    demand = crud.create(DEMANDS, data)
    return demand, 201, {"Location": url_for(".get", demand_id=demand["id"])}


@blp.patch("/<id:demand_id>")
@blp.arguments(DemandUpdateSchema)
@blp.response(200, DemandSchema)
def update(data, demand_id):
    """Correct a demand: its actor, target, kind, topic, text, evidence or offsets."""
    return crud.update(DEMANDS, demand_id, data)


@blp.delete("/<id:demand_id>")
@blp.response(204)
def delete(demand_id):
    """Delete a demand."""
    return crud.delete(DEMANDS, demand_id)
