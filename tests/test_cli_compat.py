"""The whole `followup` command line as a script sees it, one row per invocation.

Written against the argparse CLI and kept unchanged through the port to click: every command and
subcommand, every option, --help, bad options, missing and bad values, with the exit code, the key
words on stdout and stderr, and the files written. Usage errors exit 2 and --help exits 0 by
raising SystemExit (as argparse does); everything else is returned by `main(argv)`.

Usage and help texts differ between argparse and click in wording and layout, so only their
essentials are pinned: "usage", the command, each option name, the offending word or value. The
program's own messages ("followup: …") are pinned word for word where they matter.
"""

from __future__ import annotations

import io
import json
import os
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from assistant.cli.main import main

LABELLED = (
    "Interviewer: Priya Nair (Head of Payments)\nCompany: Stripe\nRole: Backend Engineer\n"
    "Date: 2026-11-26\nMe: Sam Okoye\n- talked about rate limiting and idempotency keys\n"
    "- she asked about my Kafka work at Shopify\n"
)
PANEL = (
    "Interview at Lumen Analytics for Senior Data Engineer, Nov 20\n"
    "Panel: Priya Raman (Head of Data), Tom Okafor (Staff Engineer)\n"
    "- Priya talked about migrating the warehouse to Snowflake next quarter\n"
    "- Tom asked about my experience with Airflow and dbt testing\n-- Jordan Lee\n"
)
GOOD_EMAIL = (
    "Subject: Follow-Up on Backend Engineer Application\n\nDear Priya,\n\nI hope this message "
    "finds you well. I wanted to follow up on my application for the Backend Engineer role. I "
    "remain very interested in the opportunity to contribute to Stripe and am keen to learn "
    "about the next steps in the hiring process. Thank you for considering my application.\n\n"
    "Sincerely,\nSam Okoye\n"
)
BAD_EMAIL = "Subject: hi\n\nJust checking in ASAP, I'm frustrated nobody replied.\n"
EVAL_CASE = """stage: thank_you
today: 2026-11-26
timing: due
notes: |
  Interview with Priya Nair (Engineering Manager) at Stripe on Nov 26 for Backend Engineer.
  - talked about idempotency keys for the payments API
  - the team is migrating to Temporal workflows
  — Sam Okoye
must_mention: {of: [idempotency keys, Temporal workflows]}
greets: [Priya]
signs_as: Sam Okoye
"""
FILES = {
    "notes.txt": LABELLED,
    "anon.txt": LABELLED.replace("Me: Sam Okoye\n", ""),
    "panel.txt": PANEL,
    "good.txt": GOOD_EMAIL,
    "bad.txt": BAD_EMAIL,
    "empty.txt": "   \n",
    "junk.json": "not json",
    "cases/stripe-thanks.yaml": EVAL_CASE,
}
T = "--today 2026-11-27"
TRACK_T = "--today 2026-11-21"  # the day after the panel interview
EVAL_PATHS = (
    "--cases-dir {dir}/cases --recordings-dir {dir}/rec --runs-dir {dir}/runs "
    "--baseline-file {dir}/baseline.json"
)
TRACKED = (f"track add --notes {{dir}}/panel.txt {TRACK_T}",)  # interview #1
EVAL_RUN = (f"eval {EVAL_PATHS} --quiet --out {{dir}}/runs/r1",)
BLESSED = (*EVAL_RUN, f"eval bless r1 {EVAL_PATHS}")

HELP, USAGE, RAN = "help", "usage", "ran"


@dataclass(frozen=True)
class Row:
    argv: str  # shlex-split after {dir} is filled in
    kind: str  # HELP: SystemExit(0); USAGE: SystemExit(2); RAN: main() returned `code`
    code: int = 0
    out: tuple[str, ...] = ()  # each must be in stdout
    err: tuple[str, ...] = ()  # each must be in stderr; with none, stderr must be empty
    setup: tuple[str, ...] = ()  # invocations run first, each must exit 0
    stdin: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    files: tuple[tuple[str, str], ...] = ()  # (path, text it must contain) written by the run
    absent: tuple[str, ...] = ()  # paths the run must not create
    json_out: bool = False  # stdout must be one JSON document


def helps(argv: str, *out: str) -> Row:
    """`--help`: exit 0 by SystemExit, the usage on stdout with these words (any case)."""
    return Row(argv, HELP, 0, out)


def usage(argv: str, *err: str, setup: tuple[str, ...] = ()) -> Row:
    """A usage error: exit 2 by SystemExit, nothing on stdout, the usage and these on stderr."""
    return Row(argv, USAGE, 2, (), err, setup)


def ran(argv: str, code: int = 0, *, out: tuple[str, ...] = (), **kw: object) -> Row:
    return Row(argv, RAN, code, out, **kw)  # type: ignore[arg-type]


def bad(argv: str, message: str, *, setup: tuple[str, ...] = (), **kw: object) -> Row:
    """Bad input found by the command: exactly one 'followup: …' line on stderr, exit 2."""
    return Row(argv, RAN, 2, (), (f"followup: {message}",), setup, **kw)  # type: ignore[arg-type]


MODEL_OPTS = ("--model", "--api-base", "--temperature", "--timeout", "--seed", "--variant")
NOTES_OPTS = ("--interviewer", "--company", "--role", "--candidate", "--name", "--details")
EVAL_COMMON = (
    "--prompts-dir",
    "--cases-dir",
    "--recordings-dir",
    "--runs-dir",
    "--baseline-file",
    "--min-pass-rate",
    "--min-checker-pass-rate",
    "--min-mean-score",
    "--tolerance",
)
COMMANDS = {
    "draft": "draft a follow-up email from interview notes",
    "prompt": "print the messages a model would be sent (nothing is sent)",
    "profile": "show or save your name and signature for sign-offs",
    "due": "which follow-up is due, and when",
    "check": "score an email (file or -) against the stage's rules",
    "track": "keep track of interviews, follow-ups sent and outcomes",
    "eval": "evaluate prompt variants × models × cases",
}
TRACK_COMMANDS = {
    "add": "track an interview (from notes and/or fields)",
    "list": "every interview with its next follow-up",
    "due": "the follow-ups to send today (exit 1 when none)",
    "sent": "mark a follow-up as sent",
    "outcome": "record what happened; stops reminders",
    "export": "everything (or some interviews) as one JSON file",
    "import": "add the interviews from an export file",
    "ics": "reminders for the follow-ups ahead, as an .ics calendar",
    "delete": "delete an interview with all its drafts",
    "draft": "draft the follow-up due for a tracked interview and keep it",
}
EVAL_COMMANDS = {
    "compare": "list regressions of RUN against the baseline (or another run)",
    "rescore": "re-run the checker over RUN's stored replies, no model calls",
    "bless": "make RUN the baseline (evals/baseline.json)",
    "reader": "the notes reader and the offline drafts, against blind labelled notes",
    "calibrate": "the checker against careful readers: real published emails",
}

HELP_ROWS = [
    helps("--help", "followup", "the library from a shell", *COMMANDS, *COMMANDS.values()),
    helps("-h", "followup", *COMMANDS),
    helps(
        "draft --help",
        "followup draft",
        "--notes",
        "--stage",
        *MODEL_OPTS,
        "--fix",
        "--tighten",
        *NOTES_OPTS,
        "--sent",
        "--today",
        "--json",
        "notes file, or - for stdin",
        "thank_you | status_check | final | rejection_reply | auto",
        "offline (default) or any litellm model name",
        "revise until the checks pass",
        "a follow-up already sent, e.g. thank_you:2026-11-20 (repeatable)",
        "else $FOLLOWUP_NAME, else the saved profile",
    ),
    helps("draft -h", "followup draft", "--notes"),
    helps(
        "prompt --help",
        "followup prompt",
        "--notes",
        "--stage",
        "--seed",
        "--variant",
        *NOTES_OPTS,
        "--sent",
        "--today",
        "--json",
    ),
    helps(
        "profile --help",
        "followup profile",
        "--name",
        "--signature",
        "--create",
        "--today",
        "--json",
        r"lines under your name (use \n between lines)",
        "create the tracker file if missing",
    ),
    helps(
        "due --help",
        "followup due",
        "--notes",
        "--interview-date",
        "--decision-date",
        *NOTES_OPTS,
        "--sent",
        "--today",
        "--json",
        "the date they said they would decide, YYYY-MM-DD",
    ),
    helps(
        "check --help",
        "followup check",
        "draft",
        "--stage",
        "--notes",
        "--details",
        "--today",
        "--json",
        "email file ('Subject: …' line, blank line, body), or -",
        "the details it must mention, separated by ';'",
    ),
    helps("track --help", "followup track", *TRACK_COMMANDS, *TRACK_COMMANDS.values()),
    helps(
        "track add --help",
        "followup track add",
        "--notes",
        "--company",
        "--role",
        "--interviewer",
        "--candidate",
        "--interview-date",
        "--decision-date",
        "--create",
        "--today",
        "--json",
        "create the database's folder if it does not exist (FOLLOWUP_DB)",
    ),
    helps(
        "track list --help",
        "followup track list",
        "--all",
        "--create",
        "--today",
        "--json",
        "include archived",
    ),
    helps("track due --help", "followup track due", "--create", "--today", "--json"),
    helps(
        "track sent --help",
        "followup track sent",
        "id",
        "stage",
        "--on",
        "--email",
        "--recipient",
        "--create",
        "--today",
        "--json",
        "the day it was sent, YYYY-MM-DD (default: today)",
        "interview id (see `track list`)",
    ),
    helps(
        "track outcome --help",
        "followup track outcome",
        "--on",
        "--create",
        "--today",
        "--json",
        "replied | rejected | offer | withdrawn | none",
    ),
    helps(
        "track export --help",
        "followup track export",
        "ids",
        "--out",
        "--raw",
        "--create",
        "interview ids (default: all)",
        "file to write (default: stdout)",
    ),
    helps(
        "track import --help",
        "followup track import",
        "--replace",
        "--create",
        "--json",
        "a file written by `track export`, or -",
        "overwrite interviews already here",
    ),
    helps(
        "track ics --help",
        "followup track ics",
        "--out",
        "--create",
        "--today",
        "one interview (default: all)",
    ),
    helps("track delete --help", "followup track delete", "--yes", "--create", "--json"),
    helps(
        "track draft --help",
        "followup track draft",
        "--stage",
        "--panel",
        *MODEL_OPTS,
        "--create",
        "--today",
        "--json",
        "one thank-you per interviewer",
    ),
    helps(
        "eval --help",
        "followup eval",
        *EVAL_COMMANDS,
        *EVAL_COMMANDS.values(),
        "--variants",
        "--models",
        "--cases",
        "--mode",
        "replay",
        "record",
        "live",
        "--jobs",
        "--timeout",
        "--out",
        "--quiet",
        *EVAL_COMMON,
        "the eval harness from a shell",
        "Exit codes: 0 every gate passes",
    ),
    helps("eval compare --help", "followup eval compare", "RUN", "baseline", *EVAL_COMMON),
    helps("eval rescore --help", "followup eval rescore", "RUN", *EVAL_COMMON),
    helps("eval bless --help", "followup eval bless", "RUN", "--replace", *EVAL_COMMON),
    helps("eval reader --help", "followup eval reader", "--set", "dev", "holdout", "--json"),
    helps("eval calibrate --help", "followup eval calibrate", "--json"),
    # --help wins over anything else on the line, even a missing required option
    helps("draft --stage nope --help", "followup draft"),
    helps("track sent --help", "followup track sent"),
]

USAGE_ROWS = [
    usage("", "followup"),
    usage("bogus", "'bogus'"),
    usage("--bogus", "followup"),
    usage("draft --notes {dir}/notes.txt --bogus", "--bogus"),
    usage("track", "followup track"),
    usage("track bogus", "'bogus'"),
    usage("eval bogus", "'bogus'"),
    # required options and arguments
    usage("draft", "--notes"),
    usage("prompt", "--notes"),
    usage("check {dir}/good.txt --notes {dir}/notes.txt", "--stage"),
    usage("check {dir}/good.txt --stage final", "--notes"),
    usage("check --stage final --notes {dir}/notes.txt", "followup check"),
    usage("track sent", "followup track sent"),
    usage("track sent 1", "followup track sent"),
    usage("track outcome 1", "followup track outcome"),
    usage("track import", "followup track import"),
    usage("track delete", "followup track delete"),
    usage("track draft", "followup track draft"),
    usage("eval compare", "RUN"),
    usage("eval rescore", "RUN"),
    usage("eval bless", "RUN"),
    # an option without its value, at the end or before another option
    usage("draft --notes", "--notes"),
    usage("draft --notes {dir}/notes.txt --today --json", "--today"),
    usage("due --sent", "--sent"),
    usage("track list --today", "--today"),
    usage("eval --models", "--models"),
    # values of the wrong type
    usage("draft --notes {dir}/notes.txt --seed 1.5", "--seed", "'1.5'"),
    usage("draft --notes {dir}/notes.txt --temperature warm", "--temperature", "'warm'"),
    usage("draft --notes {dir}/notes.txt --timeout soon", "--timeout", "'soon'"),
    usage("prompt --notes {dir}/notes.txt --seed x", "--seed", "'x'"),
    usage("track sent one thank_you", "'one'"),
    usage("track outcome x offer", "'x'"),
    usage("track export 1 two", "'two'"),
    usage("track ics x", "'x'"),
    usage("track delete x --yes", "'x'"),
    usage("track draft x", "'x'"),
    usage("track draft 1 --temperature hot", "--temperature", "'hot'"),
    usage("eval --jobs many", "--jobs", "'many'"),
    usage("eval --timeout x", "--timeout", "'x'"),
    usage("eval --mode fast", "--mode", "'fast'", "replay", "record", "live"),
    usage("eval --min-pass-rate high", "--min-pass-rate", "'high'"),
    usage("eval compare r1 --tolerance 0.5", "--tolerance", "'0.5'"),
    usage("eval reader --set prod", "--set", "'prod'", "dev", "holdout"),
    # options a command does not have, flags given a value, extra arguments
    usage("track export --json", "--json"),
    usage("track export --today", "--today"),
    usage("track import {dir}/junk.json --today 2026-11-27", "--today"),
    usage("track delete 1 --today 2026-11-27", "--today"),
    usage("check {dir}/good.txt --stage final --notes {dir}/notes.txt --sent x", "--sent"),
    usage("profile --notes x", "--notes"),
    usage("profile --json=1", "--json"),
    usage("draft --notes {dir}/notes.txt --fix=yes", "--fix"),
    usage("due extra", "extra"),
    usage("track list extra", "extra"),
    usage("track sent 1 thank_you extra", "extra"),
    usage("eval compare r1 --models offline", "--models"),
    usage("eval compare r1 base extra", "extra"),
    usage("eval reader --cases-dir x", "--cases-dir"),
    usage("eval calibrate --set dev", "--set"),
    usage("eval bless r1 extra", "extra"),
    # argparse's prefixes of long options: a unique one works (see RUN_ROWS), an ambiguous one
    usage("draft --notes {dir}/notes.txt --t 2026-11-27", "--t", "ambiguous"),
    usage("due --interview 2026-11-26", "--interview", "ambiguous"),
]

RUN_ROWS = [
    # draft
    ran(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T}",
        out=("Subject: Thank you", "Priya,", "Sam Okoye"),
    ),
    ran(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T} --json",
        out=('"stage": "thank_you"', '"model": "offline"', '"report"', '"notes"'),
        json_out=True,
    ),
    ran(
        f"draft --notes - --stage thank_you {T}",
        out=("Subject: Thank you", "Priya,"),
        stdin=LABELLED,
    ),
    ran(f"draft --notes {{dir}}/notes.txt {T} --json", out=('"stage": "thank_you"',)),
    ran(
        "draft --notes {dir}/notes.txt --today 2026-12-05 --sent thank_you:2026-11-26 --json",
        out=('"stage": "status_check"',),
    ),
    ran(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T} --interviewer 'Ann Lee' "
        "--company Acme --role Chef --name 'Al Bo' --seed 3 --variant concise "
        "--temperature 0.2 --timeout 5 --model offline",
        out=("Ann", "Acme", "Chef", "Al Bo"),
    ),
    ran(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T} --candidate 'Cam Doe'",
        out=("Cam Doe",),
    ),
    ran(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T} --details 'Kafka' --json",
        out=('"Kafka"',),
    ),
    ran(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T} --fix --tighten --json",
        out=('"passed": true',),
    ),
    ran(f"draft --notes={{dir}}/notes.txt --stage=final {T}", out=("Subject:",)),
    ran("draft --notes {dir}/notes.txt --stag thank_you --tod 2026-11-27", out=("Subject:",)),
    ran(f"draft --stage thank_you {T} --notes {{dir}}/notes.txt", out=("Subject:",)),
    bad(
        "draft --notes {dir}/missing.txt --stage thank_you",
        "Cannot read {dir}/missing.txt: No such file or directory.",
    ),
    bad("draft --notes {dir}/empty.txt --stage thank_you", "Your notes are empty"),
    bad("draft --notes {dir}/notes.txt --stage fourth", "Unknown stage 'fourth'"),
    bad("draft --notes {dir}/notes.txt --stage move_on", "No email"),
    bad(
        "draft --notes {dir}/notes.txt --today yesterday",
        "--today must be a date like 2026-11-27, not 'yesterday'.",
    ),
    bad(
        "draft --notes {dir}/notes.txt --today 0999-01-01",
        "--today must be a date between 1900 and 2999, not '0999-01-01'.",
    ),
    bad(
        "draft --notes {dir}/notes.txt --today 2026-11-30 --sent thank_you:2026-11-26", "Too early"
    ),
    bad(
        f"draft --notes {{dir}}/notes.txt {T} --sent thank_you",
        "--sent 'thank_you' must be a date like 2026-11-27, not ''.",
    ),
    bad(
        f"draft --notes {{dir}}/notes.txt {T} --sent :2026-11-26",
        "--sent takes STAGE:DATE, e.g. thank_you:2026-11-20, not ':2026-11-26'.",
    ),
    Row(
        f"draft --notes {{dir}}/notes.txt --stage thank_you {T} --model openai/nothing "
        "--api-base http://127.0.0.1:9/v1 --timeout 2",
        RAN,
        3,
        err=("followup: ", "offline"),
    ),
    # prompt
    ran(
        f"prompt --notes {{dir}}/notes.txt --stage thank_you {T}",
        out=("--- system ---", "--- user ---", "Priya"),
    ),
    ran(
        f"prompt --notes {{dir}}/notes.txt --stage status_check {T} --json --seed 2 "
        "--variant concise --interviewer Bo --company Acme --role Chef --candidate Al "
        "--details 'soup; knives'",
        out=('"role": "system"', '"role": "user"', "Acme", "soup"),
        json_out=True,
    ),
    ran(
        "prompt --notes {dir}/anon.txt --today 2026-12-05 --sent thank_you:2026-11-26 "
        "--name 'Al Bo'",
        out=("Al Bo",),
    ),
    bad("prompt --notes {dir}/notes.txt --stage fourth", "Unknown stage 'fourth'"),
    # profile
    ran("profile", out=("Name: (not set)",)),
    ran("profile --json", out=('"name": ""', '"signature": ""'), json_out=True),
    ran(
        "profile --name 'Sam Okoye' --signature 'Engineer' --today 2026-11-27",
        out=("Name: Sam Okoye", "      Engineer"),
        files=(("{db}", ""),),
    ),
    ran(
        "profile --name 'Sam Okoye' --create",
        out=("Name: Sam Okoye",),
        env={"FOLLOWUP_DB": "{dir}/new/f.db"},
        files=(("{dir}/new/f.db", ""),),
    ),
    bad(
        "profile --name 'Sam Okoye'",
        "The folder {dir}/new does not exist",
        env={"FOLLOWUP_DB": "{dir}/new/f.db"},
        absent=("{dir}/new",),
    ),
    # the sign-off name: --name, else FOLLOWUP_NAME, else the saved profile
    ran(f"draft --notes {{dir}}/anon.txt --stage thank_you {T}", out=("[Your Name]",)),
    ran(
        f"draft --notes {{dir}}/anon.txt --stage thank_you {T}",
        out=("Sam Okoye",),
        setup=("profile --name 'Sam Okoye'",),
    ),
    ran(
        f"draft --notes {{dir}}/anon.txt --stage thank_you {T}",
        out=("Env Name",),
        env={"FOLLOWUP_NAME": "Env Name"},
        setup=("profile --name 'Sam Okoye'",),
    ),
    ran(
        f"draft --notes {{dir}}/anon.txt --stage thank_you {T} --name 'Al Bo'",
        out=("Al Bo",),
        env={"FOLLOWUP_NAME": "Env Name"},
    ),
    # due
    ran(f"due {T}", out=("Thank-you note due", "within 24 hours")),
    ran(
        f"due --interview-date 2026-11-18 {T} --sent thank_you:2026-11-18 --json",
        out=('"action": "send"', '"stage": "status_check"'),
        json_out=True,
    ),
    ran(
        f"due --interview-date 2026-11-25 {T} --sent thank_you:2026-11-25",
        1,
        out=("Too early: wait until Dec 2",),
    ),
    ran(f"due --notes {{dir}}/notes.txt {T} --json", out=('"stage": "thank_you"',)),
    ran(f"due --notes - {T}", out=("Thank-you note due",), stdin=LABELLED),
    ran(
        f"due --interview-date 2026-11-26 --decision-date 2026-12-01 {T} --company X "
        "--role Y --interviewer Z --candidate W --name V --details U",
        out=("Thank-you note due",),
    ),
    bad("due --sent thank_you", "--sent 'thank_you' must be a date"),
    bad(
        f"due --interview-date 1800-01-01 {T}",
        "--interview-date must be a date within 30 years before and 5 years after today "
        "(1996-11-27 to 2031-11-27), not '1800-01-01'.",
    ),
    bad(f"due --decision-date soon {T}", "--decision-date must be a date like 2026-11-27"),
    # check
    ran(
        "check {dir}/good.txt --stage status_check --notes {dir}/notes.txt",
        out=("Score ", "— passed", "✓"),
    ),
    ran(
        "check {dir}/good.txt --stage status_check --notes {dir}/notes.txt --json",
        out=('"passed": true', '"metrics"'),
        json_out=True,
    ),
    ran(
        "check {dir}/bad.txt --stage status_check --notes {dir}/notes.txt",
        1,
        out=("not passed", "✗", "just checking in"),
    ),
    ran(
        f"check - --stage status_check --notes {{dir}}/notes.txt {T}",
        out=("passed",),
        stdin=GOOD_EMAIL,
    ),
    ran(
        "check {dir}/good.txt --stage thank_you --notes {dir}/notes.txt "
        "--details 'rate limiting; Kafka' --json",
        1,
        out=('"details_missing": [\n      "rate limiting",\n      "Kafka"\n    ]',),
    ),
    bad(
        "check {dir}/empty.txt --stage final --notes {dir}/notes.txt",
        "The email to check is empty.",
    ),
    bad(
        "check {dir}/bad.txt --stage nope --notes {dir}/notes.txt",
        "Unknown stage 'nope': choose one of thank_you, status_check, final, rejection_reply.",
    ),
    bad("check {dir}/missing.txt --stage final --notes {dir}/notes.txt", "Cannot read"),
    bad("check {dir}/good.txt --stage final --notes {dir}/missing.txt", "Cannot read"),
    # track add, list, due
    ran(
        f"track add --notes {{dir}}/panel.txt {TRACK_T}",
        out=("Added #1  Senior Data Engineer at Lumen Analytics",),
    ),
    ran(
        f"track add --company Acme --role Analyst --interviewer 'Ana Ruiz, Bo Li' "
        f"--candidate Al --interview-date 2026-11-20 --decision-date 2026-12-01 {TRACK_T} --json",
        out=('"interviewers": [', '"Ana Ruiz"', '"interview_date": "2026-11-20"'),
        json_out=True,
    ),
    ran(f"track add --notes - {TRACK_T}", out=("Added #1",), stdin=PANEL),
    ran(
        "track add --company Acme --create",
        out=("Added #1",),
        env={"FOLLOWUP_DB": "{dir}/new/f.db"},
        files=(("{dir}/new/f.db", ""),),
    ),
    bad(
        "track add --company Acme",
        "The folder {dir}/new does not exist",
        env={"FOLLOWUP_DB": "{dir}/new/f.db"},
        absent=("{dir}/new",),
    ),
    bad("track add", "Give --notes FILE (or -), or at least --company or --role."),
    bad("track add --notes {dir}/missing.txt", "Cannot read"),
    bad("track add --company Acme --interview-date 26/11", "--interview-date must be a date"),
    ran("track list", out=("No interviews tracked yet: `followup track add --notes FILE`.",)),
    ran(
        f"track list {TRACK_T}",
        out=("#1  Senior Data Engineer at Lumen Analytics (2026-11-20)", "[overdue]"),
        setup=TRACKED,
    ),
    ran(f"track list {TRACK_T} --json", out=('"id": 1',), setup=TRACKED, json_out=True),
    ran(
        f"track list --all {TRACK_T}",
        out=("[offer]",),
        setup=(*TRACKED, f"track outcome 1 offer {TRACK_T}"),
    ),
    ran(
        f"track list {TRACK_T}",
        out=("No interviews tracked yet",),
        setup=(*TRACKED, f"track outcome 1 offer {TRACK_T}"),
    ),
    ran(f"track due {TRACK_T}", out=("#1  ",), setup=TRACKED),
    ran(f"track due {TRACK_T} --json", out=('"next_stage": "thank_you"',), setup=TRACKED),
    ran(
        f"track due {TRACK_T}",
        1,
        out=("Nothing to send today.",),
        setup=(*TRACKED, f"track sent 1 thank_you {TRACK_T}"),
    ),
    ran(f"track due {TRACK_T} --json", 1, out=("[]",)),
    # track sent, outcome
    ran(
        f"track sent 1 thank-you --on 2026-11-20 --email {{dir}}/good.txt --recipient 'Priya "
        f"Raman' {TRACK_T} --json",
        out=('"sent": [', '"stage": "thank_you"', '"sent_on": "2026-11-20"'),
        setup=TRACKED,
        json_out=True,
    ),
    ran(f"track sent 1 thank_you {TRACK_T}", out=("Marked as sent: #1",), setup=TRACKED),
    ran(
        f"track sent 1 thank_you --email - {TRACK_T}", setup=TRACKED, stdin=GOOD_EMAIL, out=("#1",)
    ),
    bad("track sent 99 thank_you", "No interview #99: `followup track list` shows the ids."),
    bad("track sent 1 fourth", "Unknown stage 'fourth'", setup=TRACKED),
    bad("track sent 1 final --on 27/11/2026", "--on must be a date", setup=TRACKED),
    bad("track sent 1 final --email {dir}/missing.txt", "Cannot read", setup=TRACKED),
    ran(
        f"track outcome 1 rejected --on 2026-11-21 {TRACK_T} --json",
        out=('"outcome": "rejected"', '"next_stage": "rejection_reply"'),
        setup=TRACKED,
    ),
    ran(f"track outcome 1 offer {TRACK_T}", out=("Updated #1", "[offer]"), setup=TRACKED),
    ran(f"track outcome 1 none {TRACK_T} --json", out=('"outcome": null',), setup=TRACKED),
    bad("track outcome 1 ghosted", "Unknown outcome 'ghosted'", setup=TRACKED),
    bad("track outcome 1 offer --on never", "--on must be a date", setup=TRACKED),
    bad("track outcome 7 offer", "No interview #7"),
    # track export, import
    ran("track export", out=('"interviews": [', "Lumen Analytics"), setup=TRACKED, json_out=True),
    ran(
        "track export 1 --out {dir}/export.json",
        setup=TRACKED,
        files=(("{dir}/export.json", "Lumen Analytics"),),
    ),
    ran("track export --out -", out=("Lumen Analytics",), setup=TRACKED),
    ran("track export --raw 1", out=("Lumen Analytics",), setup=TRACKED),
    bad("track export 42", "No interview #42"),
    bad("track export --out {dir}/no/such/x.json", "Cannot write {dir}/no/such/x.json"),
    ran(
        "track import {dir}/export.json",
        out=("Imported 1 interview(s)",),
        setup=(*TRACKED, "track export --out {dir}/export.json", "track delete 1 --yes"),
    ),
    ran(
        "track import {dir}/export.json --json",
        out=('"added": 0', '"skipped": 1'),
        setup=(*TRACKED, "track export --out {dir}/export.json"),
        json_out=True,
    ),
    ran(
        "track import {dir}/export.json --replace --json",
        out=('"replaced": 1',),
        setup=(*TRACKED, "track export --out {dir}/export.json"),
    ),
    bad("track import {dir}/junk.json", "{dir}/junk.json is not JSON"),
    bad("track import -", "stdin is not JSON", stdin="nope"),
    # track ics
    ran(f"track ics {TRACK_T}", out=("BEGIN:VCALENDAR", "END:VCALENDAR"), setup=TRACKED),
    ran(
        f"track ics 1 --out {{dir}}/f.ics {TRACK_T}",
        setup=TRACKED,
        files=(("{dir}/f.ics", "BEGIN:VCALENDAR"),),
    ),
    bad("track ics 99", "No interview #99"),
    # track delete
    bad(
        "track delete 1",
        "This deletes interview #1 Senior Data Engineer at Lumen Analytics with 0 draft(s) and "
        "0 sent follow-up(s); add --yes to confirm.",
        setup=TRACKED,
    ),
    ran("track delete 1 --yes", out=("Deleted interview #1",), setup=TRACKED),
    ran(
        "track delete 1 --yes --json",
        out=('"deleted": 1', '"drafts": 0', '"sent": 0'),
        setup=TRACKED,
        json_out=True,
    ),
    bad("track delete 5 --yes", "No interview #5"),
    # track draft
    ran(
        f"track draft 1 {TRACK_T}",
        out=("Subject: Thank you",),
        err=("Kept as version 1 of interview #1: score ",),
        setup=TRACKED,
    ),
    ran(
        f"track draft 1 --stage status_check --seed 2 --variant concise --model offline "
        f"--temperature 0.3 --timeout 9 {TRACK_T} --json",
        out=('"interview_id": 1', '"version_id": 1', '"stage": "status_check"'),
        setup=TRACKED,
        json_out=True,
    ),
    ran(
        f"track draft 1 --panel {TRACK_T}",
        out=("— To Priya Raman (score ", "— To Tom Okafor (score "),
        setup=TRACKED,
    ),
    ran(
        f"track draft 1 --panel {TRACK_T} --json",
        out=('"recipient": "Priya Raman"', '"near_copies": []'),
        setup=TRACKED,
    ),
    bad(
        f"track draft 1 {TRACK_T}",
        "Too early: wait until",
        setup=(*TRACKED, f"track sent 1 thank_you {TRACK_T}"),
    ),
    bad(
        "track draft 1 --panel --stage thank_you",
        "--panel needs two or more interviewers",
        setup=("track add --company Acme --interviewer 'Ana Ruiz'",),
    ),
    bad("track draft 9", "No interview #9"),
    # eval (reader and calibrate are stubbed below: the wiring is what is tested here)
    ran(
        f"eval {EVAL_PATHS} --quiet --out {{dir}}/runs/r1",
        out=("| offline | default |", "✓ pass rate", "Report: "),
        files=(("{dir}/runs/r1/report.html", "<"), ("{dir}/runs/r1/summary.json", "{")),
    ),
    ran(
        f"eval --cases stripe-* --variants default --models offline --mode replay --jobs 1 "
        f"--timeout 5 {EVAL_PATHS} --quiet --min-pass-rate 0.5 --min-checker-pass-rate 0.5 "
        "--min-mean-score 50 --tolerance 3",
        out=("| offline | default |",),
        absent=("{dir}/runs/r1",),
    ),
    ran(f"eval {EVAL_PATHS} --quiet --min-mean-score 101", 1, out=("✗ mean score",)),
    bad(f"eval {EVAL_PATHS} --variants default,nope", "Unknown prompt variant(s) nope"),
    bad(
        f"eval --prompts-dir {{dir}}/nothing {EVAL_PATHS}",
        "Cannot read the stage rules at {dir}/nothing/stages.toml: No such file or directory.",
    ),
    ran(
        f"eval bless r1 {EVAL_PATHS}",
        out=("Baseline {dir}/baseline.json now holds 2 cells from {dir}/runs/r1.",),
        setup=EVAL_RUN,
        files=(("{dir}/baseline.json", "stripe-thanks"),),
    ),
    ran(f"eval bless latest --replace {EVAL_PATHS}", out=("now holds 2 cells",), setup=EVAL_RUN),
    ran(
        "eval --baseline-file {dir}/baseline.json bless r1 --cases-dir {dir}/cases "
        "--runs-dir {dir}/runs",
        out=("Baseline {dir}/baseline.json",),
        setup=EVAL_RUN,
    ),
    ran(
        f"eval compare latest {EVAL_PATHS}",
        out=("0 regression(s) in 0 case(s); 0 improvement(s) against {dir}/baseline.json.",),
        setup=BLESSED,
    ),
    ran(
        "eval compare r1 {dir}/runs/r1 --runs-dir {dir}/runs --tolerance 0",
        out=("0 regression(s)",),
        setup=EVAL_RUN,
    ),
    ran(
        "eval --runs-dir {dir}/runs --baseline-file {dir}/nowhere.json compare r1 "
        "--baseline-file {dir}/baseline.json",
        out=("against {dir}/baseline.json",),
        setup=BLESSED,
    ),
    bad(
        f"eval compare r1 {EVAL_PATHS}",
        "No baseline at {dir}/baseline.json: bless a run first (followup eval bless RUN).",
        setup=EVAL_RUN,
    ),
    bad(f"eval compare nope {EVAL_PATHS}", "No run at 'nope'"),
    ran(
        f"eval rescore r1 {EVAL_PATHS}",
        out=("Rescored 2 cells without calling a model; 0 scores changed.", "Report: "),
        setup=EVAL_RUN,
    ),
    bad(f"eval rescore nope {EVAL_PATHS}", "No run at 'nope'"),
    ran("eval reader", out=("READER reader",)),
    ran("eval reader --set holdout", out=("READER holdout",)),
    ran("eval reader --set dev --json", out=('"folder": "reader"',), json_out=True),
    ran("eval --models x reader", out=("READER reader",)),
    ran("eval calibrate", out=("CALIBRATION",)),
    ran("eval calibrate --json", out=('"calibration": true',), json_out=True),
]

ROWS = HELP_ROWS + USAGE_ROWS + RUN_ROWS


@pytest.fixture
def files(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def quick_evals(monkeypatch: pytest.MonkeyPatch) -> None:
    """`eval reader` and `eval calibrate` read hundreds of files; here they report their input."""
    from evals import calibration_eval, reader_eval

    monkeypatch.setattr(reader_eval, "report", lambda folder: {"folder": Path(folder).name})
    monkeypatch.setattr(reader_eval, "format_report", lambda data: f"READER {data['folder']}")
    monkeypatch.setattr(calibration_eval, "report", lambda: {"calibration": True})
    monkeypatch.setattr(calibration_eval, "format_report", lambda data: "CALIBRATION")


def invoke(argv: list[str]) -> tuple[str, int]:
    """(how, code): 'raised' for SystemExit, as argparse does for --help and usage errors."""
    try:
        return "returned", main(argv)
    except SystemExit as stop:
        return "raised", int(stop.code or 0)


def flat(text: str) -> str:
    return " ".join(text.split())


def fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.kind}:{r.argv[:70]}")
@pytest.mark.usefixtures("quick_evals")
def test_cli_row(
    row: Row, files: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    values = {"dir": str(files), "db": os.environ["FOLLOWUP_DB"]}

    def put(text: str) -> str:
        return fill(text, values)

    for key, value in row.env.items():
        monkeypatch.setenv(key, put(value))
    monkeypatch.setenv("COLUMNS", "80")
    for step in row.setup:
        how, code = invoke(shlex.split(put(step)))
        _, err = capsys.readouterr()
        assert (how, code) == ("returned", 0), (step, err)

    if row.stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(row.stdin.encode())))
    how, code = invoke(shlex.split(put(row.argv)))
    out, err = capsys.readouterr()
    shown = f"\n--- stdout ---\n{out}\n--- stderr ---\n{err}"

    assert "Traceback" not in out + err, shown
    if row.kind == HELP:
        assert (how, code) == ("raised", 0), shown
        assert "usage" in out.lower() and not err, shown
        for text in row.out:
            assert flat(put(text)).lower() in flat(out).lower(), (text, shown)
        return
    if row.kind == USAGE:
        assert (how, code) == ("raised", 2), shown
        assert not out and "usage" in err.lower(), shown
        for text in row.err:
            assert put(text) in err, (text, shown)
        return
    assert (how, code) == ("returned", row.code), shown
    for text in row.out:
        assert put(text) in out, (text, shown)
    for text in row.err:
        assert put(text) in err, (text, shown)
    if not row.err:
        assert not err, shown
    if row.code in (2, 3):  # the command's own error: one line, nothing on stdout
        assert not out and err.startswith("followup: ") and err.count("\n") == 1, shown
    if row.json_out:
        json.loads(out)
    for path, text in row.files:
        written = Path(put(path))
        assert written.is_file(), (path, shown)
        assert put(text) in written.read_text(encoding="utf-8", errors="replace"), path
    for path in row.absent:
        assert not Path(put(path)).exists(), (path, shown)


def test_every_command_and_subcommand_has_rows() -> None:
    """The table covers every command and every subcommand of `track` and `eval`."""
    first = {shlex.split(r.argv)[0] for r in ROWS if r.argv and not r.argv.startswith("-")}
    assert set(COMMANDS) <= first
    for group, names in (("track", TRACK_COMMANDS), ("eval", EVAL_COMMANDS)):
        seen = {
            shlex.split(r.argv)[1]
            for r in ROWS
            if r.argv.startswith(group + " ") and len(shlex.split(r.argv)) > 1
        }
        for name in names:
            assert name in seen, (group, name)
            assert any(r.argv.startswith(f"{group} {name}") and r.kind == RAN for r in ROWS)
