"""`agent-assist report`: the Reports page's figures as text, JSON, CSV or a PNG chart.

    agent-assist report --profile DIR [--from YYYY-MM-DD [--to YYYY-MM-DD] | --days N]
                        [--json | --csv CHART [--out FILE] | --png CHART --out FILE]

Without a period: the last 30 days. Charts: volume, first-response, sla, waiting, agents.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from agent_assist.cli.common import UserError, add_profile_option, open_profile, print_json

CHARTS = ("volume", "first-response", "sla", "waiting", "agents")
DEFAULT_DAYS = 30


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="response-time and volume report for a period")
    add_profile_option(p)
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day (included)")
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD",
                   help="last day (included; default: today)")
    p.add_argument("--days", type=int, metavar="N", help=f"the last N days, today included "
                   f"(default: {DEFAULT_DAYS})")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print every figure as JSON")
    out.add_argument("--csv", metavar="CHART",
                     help=f"one chart's data as CSV ({', '.join(CHARTS)})")
    out.add_argument("--png", metavar="CHART", help="one chart as a PNG picture (needs --out)")
    p.add_argument("--out", type=Path, metavar="FILE", help="where --csv or --png writes")
    p.add_argument("--lang", choices=("en", "fr", "ar"), help="language of the PNG's labels")
    p.set_defaults(handler=cmd_report)


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"{option} '{text}' is not a date; write it like 2026-10-22.") from exc


def _chart(name: str) -> Any:
    from agent_assist.services.reports import Chart

    if name not in CHARTS:
        raise UserError(f"'{name}' is not a chart; choose one of {', '.join(CHARTS)}.")
    return Chart(name)


def _check_output(args: argparse.Namespace) -> None:
    if args.out is not None and not (args.csv or args.png):
        raise UserError("--out goes with --csv or --png.")
    if args.lang and not args.png:
        raise UserError("--lang goes with --png (the picture's labels).")
    if args.png and args.out is None:
        raise UserError("--png needs --out FILE.png.")
    if args.out is not None and not args.out.parent.exists():
        raise UserError(f"The folder {args.out.parent} does not exist.")
    if args.png and args.out.suffix.lower() != ".png":
        raise UserError(f"The picture must be a .png file, not {args.out.name}.")


def _period(args: argparse.Namespace, today: date) -> Any:
    """The period asked for, with ``today`` the shop's local date."""
    from agent_assist.core.reports import ReportError, ReportPeriod

    if args.days is not None and (args.first or args.last):
        raise UserError("Use either --days or --from/--to, not both.")
    if args.last and not args.first:
        raise UserError("--to needs --from.")
    if args.days is not None and args.days < 1:
        raise UserError("--days must be a positive number of days.")
    try:
        if args.first:
            last = _day(args.last, "--to") if args.last else today
            return ReportPeriod.between(_day(args.first, "--from"), last)
        return ReportPeriod.last_days(args.days or DEFAULT_DAYS, today)
    except ReportError as exc:
        raise UserError(str(exc)) from exc


def cmd_report(args: argparse.Namespace) -> int:
    from agent_assist.services.reports import load_report, shop_today
    from agent_assist.storage.repositories import Repos

    _check_output(args)
    chart = _chart(args.csv or args.png) if (args.csv or args.png) else None
    _period(args, date.today())  # bad dates fail before the profile is even opened
    profile = open_profile(args, create=False)
    try:
        repos = Repos.of(profile.pool.get())
        now = time.time()
        report = load_report(repos, _period(args, shop_today(repos, now)), now)
    finally:
        profile.close()
    return _output(args, report, chart)


def _output(args: argparse.Namespace, report: Any, chart: Any) -> int:
    from agent_assist.services.reports import (
        ReportExportError,
        chart_table,
        report_json,
        table_csv,
        write_csv,
    )

    try:
        if args.json:
            print_json(report_json(report))
        elif args.csv and args.out is None:
            sys.stdout.write(table_csv(*chart_table(report, chart)))
        elif args.csv:
            write_csv(args.out, report, chart)
            print(f"Saved {args.out}")
        elif args.png:
            _png(report, chart, args.out, args.lang)
            print(f"Saved {args.out}")
        else:
            _print_text(report)
    except ReportExportError as exc:
        raise UserError(str(exc)) from exc
    return 0


def _png(report: Any, chart: Any, out: Path, lang: str | None) -> None:
    # Qt only for this form, imported late: the other forms run without a display.
    from agent_assist.app import ensure_app
    from agent_assist.ui.reports.render import save_chart_png

    ensure_app(lang, offscreen=True)
    save_chart_png(report, chart, out)


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.0f} min"


def _print_text(report: Any) -> None:
    percent = report.overall_sla_met_percent
    print(f"Report {report.period.start} – {report.period.last_day} "
          f"({report.timezone}, per {report.granularity.value})")
    print(f"  customer messages: {report.total_incoming} "
          f"(automated mail left out: {sum(report.automated)})")
    print(f"  first response: median {_minutes(report.overall_first_median)}, "
          f"p90 {_minutes(report.overall_first_p90)} (business hours)")
    print(f"  within target: {'—' if percent is None else f'{percent} %'} "
          f"of {sum(report.responses)} responses")
    print(f"  waiting now: {report.waiting_now if report.waiting_now is not None else '—'}")
    print(f"  {'from':<10}  {'messages':>8}  {'median':>8}  {'p90':>8}  {'target':>7}  "
          f"{'waiting':>7}")
    for i, bucket in enumerate(report.buckets):
        met = report.sla_met_percent[i]
        waiting = report.waiting[i]
        print(f"  {bucket.first_day.isoformat():<10}  {report.incoming[i]:>8}  "
              f"{_minutes(report.first_response_median[i]):>8}  "
              f"{_minutes(report.first_response_p90[i]):>8}  "
              f"{'—' if met is None else f'{met:.0f} %':>7}  "
              f"{'—' if waiting is None else waiting:>7}")
    for agent in report.agents:
        name = agent.name or ("outside the app" if agent.agent_id is None
                              else f"agent {agent.agent_id}")
        print(f"  {name}: {agent.replies} replies, {agent.conversations} conversations, "
              f"median first response {_minutes(agent.first_response_median)}")
