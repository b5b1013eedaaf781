"""The README stays true: its test command is CI's, and every setting is documented."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from service.config import Config

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    command = next(line.strip() for line in README.splitlines() if line.strip().endswith("python -m pytest"))
    assert command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_environment_variable_is_in_the_configuration_table():
    source = (ROOT / "service" / "config.py").read_text(encoding="utf-8")
    variables = set(re.findall(r'"(PARLEY_[A-Z_]+)"', source))
    assert len(variables) == len(dataclasses.fields(Config))
    for variable in variables:
        assert f"| `{variable}` |" in README, variable
