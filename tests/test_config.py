"""Settings read from the environment."""
from __future__ import annotations

import os

import pytest

from service.config import Config, ConfigError


def test_one_worker_per_core_the_process_may_use(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 3, 5})
    assert Config.from_env({}).workers == 3


def test_a_set_worker_count_wins_over_the_cores():
    assert Config.from_env({"PARLEY_WORKERS": "4"}).workers == 4


def test_a_worker_count_that_is_no_positive_number_is_refused():
    for value in ("0", "two"):
        with pytest.raises(ConfigError, match="PARLEY_WORKERS"):
            Config.from_env({"PARLEY_WORKERS": value})
