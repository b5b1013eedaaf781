"""Actors fold across articles by name, alias and spelling variant, and no further."""
from __future__ import annotations

import pytest

from service.extraction.records import Actor
from service.store import actors, connect, migrate, write
from service.store.names import name_key, same_person


@pytest.fixture
def db(tmp_path):
    database = connect(str(tmp_path / "t.db"))
    migrate(database)
    return database


def resolve(db, *found: Actor) -> dict[str, int]:
    with write(db):
        return actors.resolve(db, found)


@pytest.mark.parametrize("a, b", [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Abbas Araghchi", "Abbas Araqchi"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Donald Trump", "Trump"),
    ("Donald Trump", "D. Trump"),
    ("José Mujica", "Jose Mujica"),
])
def test_spelling_variants_are_one_person(a, b):
    assert same_person(name_key(a), name_key(b))


@pytest.mark.parametrize("a, b", [
    ("Joe Biden", "Hunter Biden"),
    ("Vladimir Putin", "Vladimir Pushkin"),
    ("Mark Rutte", "Mark Carney"),
])
def test_different_people_stay_apart(a, b):
    assert not same_person(name_key(a), name_key(b))


def test_variant_spelling_across_articles_folds_into_one_actor(db):
    first = resolve(db, Actor("Volodymyr Zelensky", "person", ("Zelensky",)))
    second = resolve(db, Actor("Volodymyr Zelenskyy", "person", ("Zelenskyy",)))
    assert first["Volodymyr Zelensky"] == second["Volodymyr Zelenskyy"]
    names = {n for (n,) in db.execute("SELECT name FROM actor_names")}
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskyy"} <= names


def test_namesakes_are_different_actors(db):
    ids = resolve(db, Actor("Joe Biden", "person"), Actor("Hunter Biden", "person"))
    assert ids["Joe Biden"] != ids["Hunter Biden"]


def test_surname_then_full_name_upgrades_the_canonical_name(db):
    first = resolve(db, Actor("Putin", "person"))
    second = resolve(db, Actor("Vladimir Putin", "person", ("Putin",), role="President"))
    assert first["Putin"] == second["Vladimir Putin"]
    assert db.execute("SELECT name, role FROM actors").fetchall() == [("Vladimir Putin", "President")]


def test_states_match_by_alias_and_kind_only(db):
    first = resolve(db, Actor("Russia", "state", ("Moscow", "the Kremlin")))
    second = resolve(db, Actor("Kremlin", "state", ("Kremlin",)))
    assert first["Russia"] == second["Kremlin"]
    org = resolve(db, Actor("Moscow", "organization"))
    assert org["Moscow"] != first["Russia"]


def test_affiliation_is_set_from_the_extraction(db):
    ids = resolve(db, Actor("Ukraine", "state"), Actor("Rustem Umerov", "person", affiliation="Ukraine"))
    assert db.execute("SELECT affiliation_id FROM actors WHERE id = ?",
                      [ids["Rustem Umerov"]]).fetchone()[0] == ids["Ukraine"]


def test_analyst_edits_are_not_overwritten_by_later_articles(db):
    ids = resolve(db, Actor("Steve Witkoff", "person", role="envoy"))
    with write(db):
        actors.edit(db, ids["Steve Witkoff"], {"name": "Steven Witkoff", "role": "special envoy"})
    resolve(db, Actor("Steve Witkoff", "person", role="negotiator"))
    assert db.execute("SELECT name, role, edited FROM actors").fetchall() == [("Steven Witkoff", "special envoy", 1)]
