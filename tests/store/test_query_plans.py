"""Every filter of every list is served by an index, first page and later
pages alike: no list filtered by anything walks a whole big table."""
from __future__ import annotations

import re

import pytest

from service.api.exports import EXPORTABLE
from service.store import connect, migrate
from service.store.resources import Position

SAMPLES = {"source": "AP", "published_from": "2025-06-01", "published_to": "2025-06-30", "q": "ceasefire",
           "article": 5, "speaker": 3, "direct": 1, "actor": 3, "target": 3, "topic": "security", "kind": "state",
           "stale": 1}
INDEXED_SCANS = re.compile(r"SCAN (\w+_fts VIRTUAL TABLE|ranked|hits|\(subquery-\d+\))")
"""Scans that are fine: of a full-text index, or of the few rows a subquery already picked."""
CASES = [(name, filter_name) for name, exportable in EXPORTABLE.items()
         for filter_name in {*exportable.resource.filters, *(["q"] if exportable.resource.search else [])}]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    database = connect(str(tmp_path_factory.mktemp("plans") / "plans.db"))
    migrate(database)
    yield database
    database.conn.close()


def full_scans(db, sql: str, params: list) -> list[str]:
    steps = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    return [step for step in steps if step.startswith("SCAN ") and not INDEXED_SCANS.match(step)]


@pytest.mark.parametrize(("name", "filter_name"), sorted(CASES))
@pytest.mark.parametrize("page", ["first", "later"])
def test_each_filter_uses_an_index(db, name, filter_name, page):
    resource = EXPORTABLE[name].resource
    searching = filter_name == "q" and resource.search is not None
    after = Position(1000, -1.5 if searching else None) if page == "later" else None
    sql, params = resource.statement({filter_name: SAMPLES[filter_name]}, after, 50)
    assert full_scans(db, sql, params) == [], sql


def test_the_check_sees_a_full_scan(db):
    assert full_scans(db, "SELECT * FROM quotes q WHERE q.cue = ? ORDER BY q.id", ["said"]) == ["SCAN q"]


@pytest.mark.parametrize("holder", ["actor", "target"])
def test_a_party_and_a_kind_use_the_pair_index(db, holder):
    sql, params = EXPORTABLE["demands"].resource.statement({holder: 3, "kind": "threat"}, None, 50)
    plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert f"USING INDEX demands_{holder}_kind" in plan and "TEMP B-TREE" not in plan, plan


SEARCH_CASES = [(name, filter_name) for name, filter_name in CASES
                if EXPORTABLE[name].resource.search is not None and filter_name != "q"]


@pytest.mark.parametrize(("name", "filter_name"), sorted(SEARCH_CASES))
@pytest.mark.parametrize("page", ["first", "later"])
def test_an_id_ordered_search_reads_the_index_in_order_with_each_filter(db, name, filter_name, page):
    after = Position(1000, None) if page == "later" else None
    filters = {"q": "ceasefire", "order": "id", filter_name: SAMPLES[filter_name]}
    sql, params = EXPORTABLE[name].resource.statement(filters, after, 50)
    plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    assert full_scans(db, sql, params) == [] and "TEMP B-TREE" not in plan, plan
