"""The `parley` command: serve, ingest, reextract, export, backup, openapi, healthcheck.

The app and the extraction pipeline (which loads spaCy) are imported by the
commands that use them, so that `parley healthcheck`, which a container runs
every few seconds, starts in a fraction of a second.
"""
from __future__ import annotations

import dataclasses
import os
import sqlite3
import sys
import urllib.error
import urllib.request
from contextlib import closing
from datetime import datetime
from pathlib import Path

import click
from tqdm import tqdm

from .config import Config, ConfigError, available_cores
from .store import connect, migrate

KEEP_ALIVE_SECONDS = 5  # a client's next request on the same connection skips TCP set-up
GUNICORN_TIMEOUT_SECONDS = 120  # at least 4 extraction budgets: a budget ends a request long before this
REQUEST_LINE_BYTES = 8190  # gunicorn's most; the longest valid query (filters of 200 emoji) takes ~5 KB


def _config() -> Config:
    try:
        return Config.from_env()
    except ConfigError as error:
        raise click.UsageError(str(error)) from None


@click.group()
def main() -> None:
    """Parley: news about negotiations, as actors, quotes and demands."""


@main.command()
@click.option("--host", help="Address to bind [env PARLEY_HOST, default 127.0.0.1].")
@click.option("--port", type=click.IntRange(1, 65535), help="Port [env PARLEY_PORT, default 8000].")
@click.option("--workers", type=click.IntRange(1, 64),
              help="Worker processes [env PARLEY_WORKERS, default: one per core it may use].")
@click.option("--threads", type=click.IntRange(1, 64), help="Threads per worker [env PARLEY_THREADS, default 2].")
def serve(host: str | None, port: int | None, workers: int | None, threads: int | None) -> None:
    """Prepare the database, then run the API under gunicorn.

    gunicorn replaces this process, so signals reach it directly; extra
    gunicorn settings can be given in GUNICORN_CMD_ARGS.
    """
    from .ingest import prepare_database

    config = _config()
    seeded = prepare_database(config)
    click.echo(f"database {config.db_path} ready ({seeded} seed articles loaded)", err=True)
    if not config.api_tokens:
        click.echo("warning: PARLEY_API_TOKEN is not set, so every write will be refused", err=True)
    bind = f"{host or config.host}:{port or config.port}"
    timeout = max(GUNICORN_TIMEOUT_SECONDS, 4 * config.extraction_budget_seconds)
    argv = [sys.executable, "-m", "gunicorn", "--bind", bind, "--workers", str(workers or config.workers),
            "--worker-class", "gthread", "--threads", str(threads or config.threads),
            "--keep-alive", str(KEEP_ALIVE_SECONDS), "--timeout", str(timeout),
            "--limit-request-line", str(REQUEST_LINE_BYTES), "--no-control-socket", "service.app:served_app()"]
    os.execv(sys.executable, argv)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 512),
              help="Articles per batch through the model.")
@click.option("--processes", type=click.IntRange(1, 64),
              help="Extraction processes; one process writes [default: all cores].")
def ingest_command(paths: tuple[Path, ...], batch_size: int, processes: int | None) -> None:
    """Extract and store the .json and .txt articles in PATHS (files or folders).

    Articles already stored are skipped, so an interrupted run resumes when run again.
    """
    from . import ingest

    config = _config()
    files = ingest.article_files(paths)
    try:
        items = [ingest.read_article_file(path) for path in files]
    except (ValueError, UnicodeDecodeError) as error:
        raise click.ClickException(str(error)) from None
    created = 0
    with ingest.extraction(config.spacy_model, processes or available_cores()) as extractor:
        db = connect(config.db_path, config.busy_timeout_ms)  # after the extraction workers are forked
        with closing(db.conn), tqdm(total=len(items), unit="article", disable=None) as bar:
            migrate(db)
            for result in ingest.ingest_many(db, extractor, items, batch_size=batch_size):
                created += result.created
                bar.update()
    click.echo(f"{created} stored, {len(items) - created} already there")


def _filter_options(words: list[str]) -> dict[str, str]:
    """`--name value` and `--name=value` pairs, as a query string would give them."""
    options, words = {}, list(words)
    while words:
        word = words.pop(0)
        if not word.startswith("--") or word == "--":
            raise click.UsageError(f"expected a filter such as --speaker 6, not {word!r}")
        name, equals, value = word[2:].partition("=")
        if not equals:
            if not words:
                raise click.UsageError(f"--{name} needs a value")
            value = words.pop(0)
        options[name] = value
    return options


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("resource")
@click.option("--format", "file_format", type=click.Choice(["csv", "ndjson"]), default="csv", show_default=True)
@click.option("--output", "-o", type=click.File("wb", lazy=True), default="-", help="Write here, not to stdout.")
@click.pass_context
def export(ctx: click.Context, resource: str, file_format: str, output) -> None:
    """Write every RESOURCE record (articles, actors, quotes or demands) that the
    filters select, as the API's export does: filters are the list's query
    parameters as options, e.g. `parley export quotes --speaker 6 --q ceasefire`."""
    from marshmallow import ValidationError

    from .api import exports

    if resource not in exports.EXPORTABLE:
        raise click.BadParameter(f"choose one of {', '.join(exports.EXPORTABLE)}", param_hint="RESOURCE")
    exportable = exports.EXPORTABLE[resource]
    options = _filter_options(ctx.args)
    if set(options) & set(exports.PAGE_ARGUMENTS):
        raise click.UsageError("an export is the whole list: --cursor and --limit do not apply")
    try:
        args = exportable.query().load(options)
    except ValidationError as error:
        raise click.UsageError(f"invalid filters: {error.messages}") from None
    config = _config()
    db = connect(config.db_path, config.busy_timeout_ms)
    with closing(db.conn), output:
        migrate(db)
        items = tqdm(exportable.resource.iterate(db, exports.store_filters(args)), unit=" records",
                     file=sys.stderr, disable=None)
        for chunk in exports.encode(items, exports.FORMATS[file_format], exportable.record):
            output.write(chunk)


@main.command()
@click.option("--all", "every", is_flag=True, help="Every stored article.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
              help="Articles published on or after this date (undated ones are left out).")
@click.option("--article", "article_ids", multiple=True, type=click.IntRange(1), help="This article; repeatable.")
@click.option("--force", is_flag=True, help="Also articles the current extractor already ran over.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 512),
              help="Articles per batch through the model.")
def reextract(every: bool, since: datetime | None, article_ids: tuple[int, ...], force: bool,
              batch_size: int) -> None:
    """Run extraction again over stored articles, keeping analysts' records.

    Machine-made records are replaced; records an analyst added or edited stay,
    flagged stale when they no longer match the body. Articles the current
    extractor already ran over are skipped, so an interrupted run resumes when run again.
    """
    from . import ingest
    from .extraction import load_extractor
    from .store import articles, timestamp

    if sum((every, since is not None, bool(article_ids))) != 1:
        raise click.UsageError("choose the articles with exactly one of --all, --since or --article")
    config = _config()
    db = connect(config.db_path, config.busy_timeout_ms)
    with closing(db.conn):
        migrate(db)
        versions = articles.extracted_by(db, timestamp(since) if since else None, article_ids)
        unknown = sorted(set(article_ids) - versions.keys())
        if unknown:
            raise click.ClickException(f"there is no article with id {', '.join(map(str, unknown))}")
        extractor = load_extractor(config.spacy_model)
        ids = [i for i, version in versions.items() if force or version != extractor.version]
        with tqdm(total=len(ids), unit="article", disable=None) as bar:
            for _ in ingest.reextract_many(db, extractor, ids, batch_size=batch_size):
                bar.update()
        stale = articles.count_stale(db)
    click.echo(f"{len(ids)} re-extracted, {len(versions) - len(ids)} already current "
               f"({extractor.version}); {stale} edited records are stale")


@main.command()
@click.argument("destination", type=click.Path(dir_okay=False, path_type=Path))
def backup(destination: Path) -> None:
    """Write a consistent copy of the database to DESTINATION, even while it takes writes."""
    config = _config()
    if destination.exists():
        raise click.ClickException(f"{destination} exists; choose a new file")
    if not Path(config.db_path).is_file():
        raise click.ClickException(f"there is no database at {config.db_path}; set PARLEY_DB")
    try:
        with closing(sqlite3.connect(config.db_path, timeout=config.busy_timeout_ms / 1000)) as source, \
                closing(sqlite3.connect(destination)) as target:
            source.backup(target)
    except sqlite3.Error as error:
        raise click.ClickException(f"the backup failed: {error}") from None
    click.echo(f"backed up {config.db_path} to {destination}")


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not to stdout.")
def openapi(output: Path | None) -> None:
    """Print the OpenAPI document generated from the routes and schemas."""
    from .app import create_app

    app = create_app(dataclasses.replace(_config(), db_path=":memory:"))
    text = app.extensions["parley.api"].spec.to_yaml()
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command()
@click.option("--url", help="Health URL [default http://127.0.0.1:$PARLEY_PORT/healthz].")
def healthcheck(url: str | None) -> None:
    """Exit 0 when the running service answers /healthz with 200 (for container health checks)."""
    url = url or f"http://127.0.0.1:{_config().port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            healthy = response.status == 200
    except (urllib.error.URLError, OSError):
        healthy = False
    sys.exit(0 if healthy else 1)
