"""The `detente` command line: each command a few lines over the library.

Heavy libraries (spaCy, trafilatura) are imported inside the commands that need them, so
`detente --help` stays instant.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from detente import config
from detente.cli_args import check_range, day_callback, require_existing_store
from detente.errors import DetenteError

F = TypeVar("F", bound=Callable[..., Any])

db_option = click.option(
    "--db", default=lambda: config.get("db"), show_default="detente.db",
    help="Store: a SQLite file path, sqlite:///PATH, or postgresql://USER@HOST/DB. "
         "Also set by DETENTE_DB.")


def _allowed_hosts(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """Check `--allow-private HOST[:PORT]` entries now, so a typo is a usage error, not a refusal later."""
    from detente.ingest.fetch import parse_allowed

    try:
        parse_allowed(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    return value


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Check a YYYY-MM-DD option now, so a bad day is one sentence naming it, not a wrong result."""
    from detente.nlp.dates import given_day

    if value is None:
        return None
    try:
        return given_day(value).isoformat()
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def allow_private_option(help: str) -> Callable[[F], F]:
    return click.option("--allow-private", "allow_private", multiple=True, metavar="HOST[:PORT]",
                        callback=_allowed_hosts, help=help)


def friendly_errors(func: F) -> F:
    """Turn detente's errors into one-line messages (exit 1); --traceback shows ours in full."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DetenteError as err:
            if click.get_current_context().find_root().params.get("traceback"):
                raise
            raise click.ClickException(str(err)) from err
        except OSError as err:  # a path the user gave cannot be read or written
            if click.get_current_context().find_root().params.get("traceback"):
                raise
            where = f"{err.filename}: " if err.filename else ""
            raise click.ClickException(f"{where}{err.strerror or err}") from err

    return wrapper  # type: ignore[return-value]


def _open(db: str):  # type: ignore[no-untyped-def]
    from detente.store import open_store

    return open_store(db)


def workers_option(func: F) -> F:
    """`--workers N`: parse and extract in N worker processes (default: the `workers` setting)."""
    return click.option(
        "--workers", type=click.IntRange(min=0), default=lambda: int(config.get("workers")),
        show_default="one per core", metavar="N",
        help="Worker processes that parse and extract (0: one per core; 1: no worker processes).")(func)


def _read(db: str):  # type: ignore[no-untyped-def]
    """Open a store that must exist already (read commands never create one)."""
    require_existing_store(db)
    return _open(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="detente")
@click.option("--traceback", is_flag=True, help="Show the full traceback of an unexpected error.")
def cli(traceback: bool) -> None:
    """detente: follow a war's diplomacy from the news.

    Ingest articles (files, directories, URLs, feeds, JSONL, WARC), extract events, talks,
    positions, claims and quotes with the sentence behind each, and export or browse them.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--no-extract", is_flag=True, help="Store articles only; run `detente extract` later.")
@allow_private_option("Allow fetching from this loopback or private host (name, IP or network, optional "
                      "port; repeat or comma-separate for more). Other private addresses stay refused.")
@click.option("--published", metavar="YYYY-MM-DD", callback=_day,
              help="Publication day for articles whose input does not give one (relative dates such "
                   "as 'on Monday' are read against it).")
@click.option("--outlet", metavar="NAME", help="Outlet for articles whose input does not name one.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@workers_option
@friendly_errors
def ingest(inputs: tuple[str, ...], db: str, no_extract: bool, allow_private: tuple[str, ...],
           published: str | None, outlet: str | None, quiet: bool, workers: int) -> None:
    """Ingest INPUTS (files, directories, http(s) URLs, RSS/Atom feeds) into the store.

    Plain-text scrapes, HTML pages, JSONL (one article a line: url, title, text, published,
    outlet) and WARC files are recognised by their extension or content. The same input ingested
    twice adds nothing; a bad input is reported by name and the rest of the batch goes on.
    """
    from detente.ingest.runner import IngestOptions
    from detente.ingest.runner import ingest as run_ingest

    options = IngestOptions(extract=not no_extract, allow_private=allow_private,
                            progress=not quiet and sys.stderr.isatty(), published=published,
                            outlet=(outlet or "").strip() or None, workers=workers)
    if options.extract:
        check_classifier_setting()
    with _open(db) as store:
        counts = run_ingest(list(inputs), store, options)
    click.echo(counts.summary())
    if counts.failed:
        sys.exit(1)
    if counts.rejected and not counts.new and not counts.duplicate:
        click.echo("error: every input was rejected; nothing was stored.", err=True)
        sys.exit(1)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object a line: id, file, article, title, outlet, author, published, url, text.")
@friendly_errors
def articles(db: str, as_json: bool) -> None:
    """List the stored articles."""
    with _read(db) as store:
        for article in store.iter_articles():
            if as_json:
                click.echo(json.dumps(article.summary(), ensure_ascii=False))
            else:
                click.echo(f"{article.id[:12]}  {article.published or '????-??-??'}  "
                           f"{(article.outlet or '-')[:20]:20}  {article.title or '(untitled)'}")


@cli.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The article and its records as one JSON object.")
@friendly_errors
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article (by id or id prefix) with the records extracted from it."""
    with _read(db) as store:
        article = store.get_article(article_id)
        if article is None:
            raise click.ClickException(f"No article with id {article_id!r}; `detente articles` lists them.")
        records = [r.to_contract(article) for r in store.article_records(article.id)]
    if as_json:
        click.echo(json.dumps({**article.summary(), "records": records}, ensure_ascii=False, indent=2))
        return
    click.echo(f"{article.title or '(untitled)'}\n{article.outlet or ''} {article.author or ''} "
               f"{article.published or ''}\n{article.file} #{article.index}  id {article.id}\n")
    click.echo(article.text)
    click.echo(f"\n{len(records)} records")
    for rec in records:
        click.echo(f"- {rec['kind']:8} {_record_line(rec)}")


def _record_line(rec: dict[str, Any]) -> str:
    skip = {"kind", "id", "source", "evidence", "date_precision"}
    brief = {k: v for k, v in rec.items() if k not in skip and v not in (None, [], False)}
    return json.dumps(brief, ensure_ascii=False)[:200]


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True,
              help="jsonl follows the export contract (all kinds in one stream); csv and parquet are one "
                   "flat table per kind, a column per field (nested fields spread into parent_child ones).")
@click.option("--kind", type=click.Choice(["event", "talks", "position", "claim", "quote"]),
              help="Only records of this kind. Without it, csv and parquet need --output FOLDER and write "
                   "one file per kind there (event.csv, talks.csv ...).")
@click.option("--from", "since", metavar="YYYY-MM-DD", callback=day_callback,
              help="Only records dated on or after this day (the article's date when the record has none).")
@click.option("--to", "until", metavar="YYYY-MM-DD", callback=day_callback,
              help="Only records dated on or before this day.")
@click.option("--outlet",
              help="Only records from articles of this outlet (exact name, see `detente articles`).")
@click.option("--output", "-o", default="-", metavar="PATH",
              help="Write to this file (or, for csv/parquet without --kind, this folder) instead of "
                   "standard output. Parquet always needs it.")
@click.option("--merged", is_flag=True,
              help="Also write `fact` records that merge reports of the same thing from several sources "
                   "(jsonl, without filters). Unfiltered jsonl, with or without it, gives undated events "
                   "and talks the day their story gives (date_basis \"story\").")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@friendly_errors
def export(db: str, fmt: str, kind: str | None, since: str | None, until: str | None, outlet: str | None,
           output: str, merged: bool, quiet: bool) -> None:
    """Export the extracted records with their source and evidence sentence, filtered if asked."""
    from detente.export import selection

    check_range(since, until)
    filtered = bool(since or until or outlet)
    if merged and (fmt != "jsonl" or filtered):
        raise click.UsageError("--merged facts are written in the jsonl format only, without "
                               "--from/--to/--outlet.")
    per_kind = fmt != "jsonl" and kind is None
    if (per_kind or fmt == "parquet") and output == "-":
        raise click.UsageError(_table_output_hint(fmt, per_kind))
    kinds = [kind] if kind else ["event", "talks", "position", "claim", "quote"]
    browses = [selection(k, since=since, until=until, outlet=outlet) for k in kinds]
    from tqdm import tqdm

    with _read(db) as store:
        total = sum(store.browse_records(b, limit=1)[0] for b in browses)  # type: ignore[attr-defined]
        with tqdm(total=total, unit=" record", desc="export", file=sys.stderr, dynamic_ncols=True,
                  disable=quiet or not sys.stderr.isatty()) as bar:
            if fmt == "jsonl":
                count = _export_jsonl(store, output, browses, filtered, kind, merged, bar.update)
            else:
                count = _export_tables(store, fmt, output, browses, per_kind, bar.update)
    click.echo(f"{count} records exported", err=True)


def _table_output_hint(fmt: str, per_kind: bool) -> str:
    if fmt == "parquet":
        return f"--format parquet needs --output {'FOLDER' if per_kind else 'FILE'}."
    return ("--format csv without --kind writes one file per kind: give --output FOLDER, or add --kind KIND "
            "for one table on standard output.")


def _export_jsonl(store: Any, output: str, browses: list[Any], filtered: bool, kind: str | None,
                  merged: bool, progress: Callable[[int], object]) -> int:
    """The contract stream; unfiltered it keeps article order (as before), filtered it goes by date."""
    from detente.export import (
        contract_records,
        story_dates,
        story_view,
        write_facts,
        write_jsonl,
        write_jsonl_selected,
        write_records,
    )

    with click.open_file(output, "w", encoding="utf-8") as out:
        if merged:  # records dated from their story (date_basis "story"), then the merged facts
            view = story_view(store)    # one story pass gives both the records' days and the facts
            records = contract_records(store, kind, lent=story_dates(store, view))
            count = write_records(records, out, kind)
            progress(count)
            return count + write_facts(view.facts, out)
        return (write_jsonl_selected(store, out, browses, progress) if filtered
                else write_jsonl(store, out, kind, progress))


def _export_tables(store: Any, fmt: str, output: str, browses: list[Any], per_kind: bool,
                   progress: Callable[[int], object]) -> int:
    """Flat CSV or Parquet: one table, or one file per kind in the folder `output`."""
    from detente.export import write_flat_csv, write_parquet

    if per_kind:
        if Path(output).exists() and not Path(output).is_dir():
            raise click.UsageError(f"--output {output} is a file: without --kind, {fmt} is written as one "
                                   "file per kind into a folder (give a folder, or add --kind KIND).")
        Path(output).mkdir(parents=True, exist_ok=True)
    count = 0
    for browse in browses:
        target = str(Path(output) / f"{browse.kind}.{fmt}") if per_kind else output
        if fmt == "parquet":
            count += write_parquet(store, target, browse, progress)
        else:
            with click.open_file(target, "w", encoding="utf-8", lazy=False) as out:
                count += write_flat_csv(store, out, browse, progress)
        if per_kind:
            click.echo(f"wrote {target}", err=True)
    return count


@cli.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@workers_option
@friendly_errors
def extract(db: str, quiet: bool, workers: int) -> None:
    """Run the language core and extractors again over every stored article (after an upgrade)."""
    from tqdm import tqdm

    from detente.ingest.parallel import extract_stored

    check_classifier_setting()
    with _read(db) as store:
        articles_ = list(store.iter_articles())
        total = 0
        with extract_stored(articles_, workers, int(config.get("batch_size"))) as done:
            for article, records in tqdm(done, total=len(articles_), unit=" article", file=sys.stderr,
                                         disable=quiet or not sys.stderr.isatty()):
                if records is not None:   # a failed article keeps the records it had
                    total += store.replace_records(article.id, records)
    click.echo(f"{len(articles_)} articles, {total} records extracted")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="The counts as one JSON object.")
@friendly_errors
def stats(db: str, as_json: bool) -> None:
    """Count what the store holds: articles and records of each kind."""
    from detente.models import RECORD_KINDS

    with _read(db) as store:
        counts = {"articles": store.count_articles()}
        counts.update({kind: store.count_records(kind) for kind in RECORD_KINDS})
    if as_json:
        click.echo(json.dumps(counts))
        return
    click.echo("  ".join(f"{name}: {value}" for name, value in counts.items()))


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="The rounds as a JSON list.")
@friendly_errors
def talks(db: str, as_json: bool) -> None:
    """List talks (held, proposed, postponed, cancelled, denied) in date order, with outcomes."""
    from detente.stories.build import build_view
    from detente.views.talks import build_calendar, render_calendar

    with _read(db) as store:
        view = build_view(store)
    rows = build_calendar(view.records, view.facts)
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else render_calendar(rows))


@cli.command()
@db_option
@click.option("--party", help="Only this party (ISO3 code such as UKR, or a name).")
@click.option("--issue", help="Only this issue id (see ../shared/contract/issues.json), e.g. ceasefire.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", callback=day_callback,
              help="Positions as they stood on this date; undated positions are left out, and counted.")
@click.option("--json", "as_json", is_flag=True, help="The matrix as JSON with every cell's history.")
@friendly_errors
def positions(db: str, party: str | None, issue: str | None, as_of: str | None, as_json: bool) -> None:
    """The positions matrix: each party's latest stance on each issue, with changes and conflicts."""
    from detente.export import contract_records
    from detente.views.positions import build_matrix, render_matrix

    with _read(db) as store:
        matrix = build_matrix(contract_records(store, "position"), party=party, issue=issue, as_of=as_of)
    click.echo(json.dumps(matrix, ensure_ascii=False, indent=2) if as_json else render_matrix(matrix))


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Stories and facts as one JSON object.")
@friendly_errors
def stories(db: str, as_json: bool) -> None:
    """Group articles from different outlets into stories, and show where their sources disagree."""
    from detente.stories.build import build_stories

    with _read(db) as store:
        view = build_stories(store)
    if as_json:
        click.echo(json.dumps({"stories": [s.__dict__ for s in view.stories], "facts": view.facts},
                              ensure_ascii=False, indent=2))
        return
    facts_by_story: dict[str, list[dict[str, Any]]] = {}
    for fact in view.facts:
        facts_by_story.setdefault(fact["story"], []).append(fact)
    for story in view.stories:
        titles = [view.titles[a] or "(untitled)" for a in story.articles]
        click.echo(f"story {story.id[:8]}  {len(story.articles)} article(s)")
        for title in titles:
            click.echo(f"    {title}")
        for fact in facts_by_story.get(story.id, []):
            mark = "agree   " if fact["agree"] else "DISAGREE"
            shown = "; ".join(_fact_value(v) for v in fact["values"])
            if fact.get("within_qualifiers"):
                shown += "  (the values differ only within their qualifiers)"
            click.echo(f"  {mark} {fact['about']:8} {fact['label']}: {shown}")


def _fact_value(value: dict[str, Any]) -> str:
    v = value["value"]
    if value.get("shown"):
        text = value["shown"]
    elif isinstance(v, dict):
        qualifier = v.get("qualifier")
        text = f"{qualifier} {v['value']:g}" if qualifier else f"{v['value']:g}"
    else:
        text = "not given" if v is None else str(v)
    who = ", ".join(value.get("claimants") or value.get("outlets") or [])
    return f"{text} ({who})" if who else text


@cli.command()
@db_option
@click.option("--from", "since", metavar="YYYY-MM-DD", callback=day_callback,
              help="First day of the timeline.")
@click.option("--to", "until", metavar="YYYY-MM-DD", callback=day_callback,
              help="Last day of the timeline.")
@click.option("--json", "as_json", is_flag=True,
              help="The timeline as a JSON list; undated entries come last, with date null.")
@friendly_errors
def timeline(db: str, since: str | None, until: str | None, as_json: bool) -> None:
    """Events and talks in date order, merged across sources, each with its number of sources.

    Events and talks that no source dates are listed after them under "undated", with their count
    (with --from/--to, those reported in the period and those from undated articles)."""
    from detente.stories.build import build_view
    from detente.stories.timeline import build_timeline, undated_entries

    check_range(since, until)
    with _read(db) as store:
        view = build_view(store)
    entries = build_timeline(view.records, view.facts, since, until)
    undated = undated_entries(view.records, view.facts, since, until)
    if as_json:
        click.echo(json.dumps(entries + undated, ensure_ascii=False, indent=2))
        return
    for e in entries:
        click.echo(f"{e['date']:10}  {_timeline_line(e)}")
    if undated:
        click.echo(f"undated ({len(undated)})")
        for e in undated:
            click.echo(f"  {'reported ' + e['reported'] if e['reported'] else 'unknown day':19}  "
                       f"{_timeline_line(e)}")


def _timeline_line(e: dict[str, Any]) -> str:
    flag = "" if e["agree"] else "  (sources disagree)"
    return f"{e['kind']:6} {e['label']}  [{e['sources']} source{'s' if e['sources'] != 1 else ''}]{flag}"


@cli.command()
@db_option
@click.option("--from", "since", metavar="YYYY-MM-DD", callback=day_callback,
              help="First day of the period (default: all).")
@click.option("--to", "until", metavar="YYYY-MM-DD", callback=day_callback,
              help="Last day of the period (default: all).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "pdf"]), default="md", show_default=True,
              help="Markdown, a self-contained HTML page, or PDF.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file (required for pdf); default standard output.")
@friendly_errors
def digest(db: str, since: str | None, until: str | None, fmt: str, output: str | None) -> None:
    """A briefing of the period: talks, changes of position, major events and disagreements, cited."""
    from detente.reports.digest import build_digest, render_digest
    from detente.stories.build import build_view

    if fmt == "pdf" and not output:
        raise click.UsageError("--format pdf needs --output FILE.")
    check_range(since, until)
    with _read(db) as store:
        content = build_digest(build_view(store), since, until)
    rendered = render_digest(content, fmt)
    if output:
        if isinstance(rendered, bytes):
            Path(output).write_bytes(rendered)
        else:
            Path(output).write_text(rendered, encoding="utf-8")
        click.echo(f"digest written to {output}", err=True)
    else:
        click.echo(rendered)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--token", default=lambda: config.get("api_token") or None, show_default="DETENTE_API_TOKEN",
              help="Token that POST /api/ingest requires; without one, ingest over the API is off.")
@click.option("--read-requires-token", is_flag=True, default=lambda: config.get("read_requires_token"),
              help="Require the token for reading the API and pages too.")
@allow_private_option("Let API ingest fetch from this loopback or private HOST[:PORT] (repeatable).")
@click.option("--workers", type=click.IntRange(1, 64), default=lambda: _cores(),
              show_default="the machine's cores",
              help="Server processes answering requests side by side (each keeps its own copy of the "
                   "derived views; one of them at a time builds a new one).")
@friendly_errors
def serve(db: str, host: str, port: int, token: str | None, read_requires_token: bool,
          allow_private: tuple[str, ...], workers: int) -> None:
    """Serve the JSON API (/api, spec at /docs) and the web pages over the store.

    With several --workers, the processes share one port and one store (SQLite in WAL mode lets
    them all read while ingest writes). On an address other than loopback, detente warns that the
    server is exposed and requires a token of at least 16 characters for ingest; see
    docs/security.md before exposing it.
    """
    import uvicorn

    from detente.api.memory import limit_arenas
    from detente.api.settings import APP_FACTORY, SETTINGS_ENV, ApiSettings

    _check_exposure(host, token, read_requires_token)
    require_existing_store(db)
    limit_arenas()  # before uvicorn starts a thread or a worker process (detente/api/memory.py)
    folders = tuple(f for f in config.get("api_ingest_folders").split(os.pathsep) if f)
    settings = ApiSettings(db=db, token=token, read_requires_token=read_requires_token,
                           allow_private=allow_private, ingest_folders=folders, build_views_apart=True,
                           share_answers=workers > 1)
    plural = "es" if workers > 1 else ""
    click.echo(f"detente serving {db} on http://{host}:{port}/ with {workers} process{plural} "
               "(API spec at /docs)", err=True)
    if workers == 1:
        from detente.api.app import create_app

        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
        return
    # Each worker process builds its app from the settings in its environment; this process only
    # supervises them, so it never imports the app.
    os.environ[SETTINGS_ENV] = settings.to_json()
    uvicorn.run(APP_FACTORY, factory=True, workers=workers, host=host, port=port, log_level="warning")


def _cores() -> int:
    """The cores this process may run on (a container's share, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


MIN_EXPOSED_TOKEN = 16


def _check_exposure(host: str, token: str | None, read_requires_token: bool) -> None:
    """Warn when serving beyond this machine; refuse a guessable token there."""
    import ipaddress

    try:
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        loopback = host.lower() == "localhost"
    if loopback:
        return
    click.echo(f"warning: serving on {host}, not loopback: anyone who can reach this port can read "
               f"the store{'' if read_requires_token else ' (add --read-requires-token to stop that)'}. "
               "Put it behind TLS; see docs/security.md.", err=True)
    if token is None:
        click.echo("warning: no --token, so ingest over the API stays off.", err=True)
    elif len(token) < MIN_EXPOSED_TOKEN:
        raise click.UsageError(f"On a non-loopback address the token must be at least {MIN_EXPOSED_TOKEN} "
                               "characters (e.g. from `python -c 'import secrets; print(secrets."
                               "token_urlsafe())'`).")


@cli.command()
def settings() -> None:
    """List the settings, their defaults and the environment variables that change them."""
    for setting in config.SETTINGS:
        click.echo(f"DETENTE_{setting.name.upper():28} {setting.default!s:14} {setting.help}")


def check_classifier_setting() -> None:
    """A learned_model setting naming no model is one error line before work starts (issue 10)."""
    from detente.learn.model import check_setting

    check_setting()


def _add_spark() -> None:
    """`detente spark run|load` (docs/spark.md); its module imports only click."""
    from detente.spark.cli import spark

    cli.add_command(spark)


_add_spark()


def main() -> None:
    cli(prog_name="detente")


if __name__ == "__main__":
    main()
