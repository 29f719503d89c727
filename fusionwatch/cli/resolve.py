"""Resolution commands: resolve, judge, review, overlaps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from fusionwatch.cli.core import _progress, _store
from fusionwatch.errors import StoreError


@click.command()
@click.option("--algorithm", default="fw-1", show_default=True)
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Link pairs scoring at least this (default: the algorithm's).")
@click.option("--full", is_flag=True, help="Rescore every pair, not only new records.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local",
              show_default=True, help="Score pairs in this process or on Apache Spark.")
@click.option("--spark-master", default=None, metavar="URL",
              help="Spark master for --engine spark (default: local[*]).")
@click.pass_context
def resolve(ctx: click.Context, algorithm: str, threshold: float | None, full: bool,
            engine: str, spark_master: str | None) -> None:
    """Resolve organizations across lists, languages and scripts into clusters."""
    from fusionwatch.resolve.engines import get_engine
    from fusionwatch.resolve.run import resolve as run_resolve

    if not ctx.obj["store"].exists():
        raise StoreError(f"{ctx.obj['store']}: no store here yet (run 'fusionwatch ingest' first)")
    scorer = get_engine(engine, spark_master)
    with _store(ctx, read_only=False) as store:
        report = run_resolve(store, algorithm=algorithm, threshold=threshold, full=full,
                             engine=scorer, progress=_progress(ctx, "scoring pairs"))
    click.echo(report.line())


@click.command()
@click.argument("left")
@click.argument("right")
@click.argument("judgement", type=click.Choice(["same", "different", "unsure", "retract"]))
@click.option("--why", default=None, help="The reason, kept with the judgement.")
@click.pass_context
def judge(ctx: click.Context, left: str, right: str, judgement: str, why: str | None) -> None:
    """Record that LEFT and RIGHT are the same organization, or different (reversible)."""
    from fusionwatch import settings
    from fusionwatch.resolve.judgements import Judgement, retract
    from fusionwatch.resolve.judgements import judge as run_judge
    from fusionwatch.resolve.run import cluster_members, recluster

    with _store(ctx, read_only=False) as store:
        if judgement == "retract":
            count = retract(store, left, right)
            click.echo(f"retracted {count} judgement(s) on {left} ~ {right}")
        else:
            edge = run_judge(store, left, right, Judgement(judgement), settings.user_name(), why)
            click.echo(f"{edge.left_id} ~ {edge.right_id}: {edge.judgement.value} "
                       f"by {edge.who} at {edge.made_at}")
        report = recluster(store)
        for entity_id in (left, right):
            members = cluster_members(store, entity_id)
            names = ", ".join(_caption(store, m) for m in members)
            click.echo(f"cluster of {entity_id}: {names}")
    click.echo(report.line())


def _caption(store: Any, entity_id: str) -> str:
    from fusionwatch.analyze.entity import describe

    info = describe(store, entity_id)
    return f"{info['caption']}  [{entity_id}; {', '.join(info['listed_in'] or ['-'])}]"


@click.command()
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="Pairs to walk through.")
@click.pass_context
def review(ctx: click.Context, limit: int) -> None:
    """Walk the most uncertain candidate pairs and judge them (s/d/u, n to skip, q to quit)."""
    from fusionwatch import settings
    from fusionwatch.resolve.judgements import Judgement
    from fusionwatch.resolve.judgements import judge as run_judge
    from fusionwatch.resolve.review import review_queue
    from fusionwatch.resolve.run import current_threshold, recluster

    answers = {"s": Judgement.SAME, "d": Judgement.DIFFERENT, "u": Judgement.UNSURE}
    judged = 0
    with _store(ctx, read_only=False) as store:
        queue = review_queue(store, current_threshold(store), limit)
        if not queue:
            click.echo("nothing to review (run 'fusionwatch resolve' first)")
            return
        for n, cand in enumerate(queue, 1):
            click.echo(f"\n[{n}/{len(queue)}] score {cand.score:.2f}")
            click.echo(f"  A: {_caption(store, cand.left_id)}")
            click.echo(f"  B: {_caption(store, cand.right_id)}")
            click.echo(f"  why: {cand.explanation}")
            answer = click.prompt("same / different / unsure / next / quit",
                                  type=click.Choice(["s", "d", "u", "n", "q"]), default="n")
            if answer == "q":
                break
            if answer in answers:
                why = click.prompt("why (optional)", default="", show_default=False)
                run_judge(store, cand.left_id, cand.right_id, answers[answer],
                          settings.user_name(), why or None)
                judged += 1
        if judged:
            click.echo(recluster(store).line())
    click.echo(f"{judged} judgement(s) recorded")


@click.command()
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="CSV file (default: stdout).")
@click.pass_context
def overlaps(ctx: click.Context, out: Path | None) -> None:
    """Organizations on more than one list, with the explanation of each merge."""
    import sys

    from fusionwatch.analyze.overlaps import find_overlaps, write_overlaps_csv

    with _store(ctx) as store:
        found = find_overlaps(store)
    if out is None:
        write_overlaps_csv(found, sys.stdout)
    else:
        with out.open("w", encoding="utf-8", newline="") as fh:
            write_overlaps_csv(found, fh)
        click.echo(f"{len(found)} organizations on more than one list -> {out}")


COMMANDS: list[click.Command] = [resolve, judge, review, overlaps]
