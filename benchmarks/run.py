"""`make bench`: how fast Follow-up is, in figures — median and p95 over repeated runs.

Writes benchmarks/results.json and prints a table. Entries: notes parse; the checker on a
150-word email (target < 5 ms median); offline draft + check (target < 20 ms); cold start of the
library plus a first offline draft in a fresh process (litellm must not be imported); the app's
cold start to its first rendered page; the full offline eval suite; RSS after 50 and 100 drafts
(no growth); and the load test (benchmarks/load.py). Exits 1 when a target or an assertion fails.

`python benchmarks/run.py [--quick] [--only NAME,…] [--out FILE]`
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.load import memory_mb, percentile
from benchmarks.samples import EMAIL_150, LABELLED, NOTES

RESULTS = ROOT / "benchmarks" / "results.json"
TODAY = date(2026, 11, 27)
STAGES = ("thank_you", "status_check", "final")
CHROMIUM = "/usr/bin/chromium"
QUIET_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_TELEMETRY": "False",
    "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def stats(samples_s: list[float], unit: str = "ms") -> dict[str, Any]:
    """Median, p95, min and max of timings given in seconds, in the unit asked for."""
    scale = 1000.0 if unit == "ms" else 1.0
    values = [s * scale for s in samples_s]
    return {
        "unit": unit,
        "runs": len(values),
        "median": round(statistics.median(values), 3),
        "p95": round(percentile(values, 95), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def repeat(work: Callable[[int], object], runs: int, warmup: int) -> list[float]:
    """Time `work(i)` `runs` times after `warmup` untimed calls."""
    for i in range(warmup):
        work(i)
    samples = []
    for i in range(runs):
        began = time.perf_counter()
        work(i)
        samples.append(time.perf_counter() - began)
    return samples


def entry(
    name: str,
    what: str,
    result: dict[str, Any],
    target: float | None = None,
    ok: bool | None = None,
    note: str = "",
    **extra: Any,
) -> dict[str, Any]:
    if ok is None:
        ok = True if target is None else result["median"] < target
    return {"name": name, "what": what, **result, "target": target, "ok": ok, "note": note, **extra}


def skipped(name: str, what: str, note: str) -> dict[str, Any]:
    return {"name": name, "what": what, "skipped": True, "ok": None, "note": note}


def env() -> dict[str, str]:
    return {
        **os.environ,
        **QUIET_ENV,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }


# ---------------------------------------------------------------- in-process timings


def bench_notes_parse(quick: bool) -> dict[str, Any]:
    from assistant.notes.parse import parse_notes

    samples = repeat(
        lambda i: parse_notes(NOTES[i % len(NOTES)], today=TODAY), 100 if quick else 300, 20
    )
    return entry(
        "notes_parse", "assistant.notes.parse.parse_notes, 3 note shapes in turn", stats(samples)
    )


def bench_checker(quick: bool) -> dict[str, Any]:
    from assistant.checker.scoring import check
    from assistant.core.domain import Draft
    from assistant.drafting.pipeline import read_notes
    from assistant.text.email_parts import parse_email

    subject, body = parse_email(EMAIL_150)
    draft, notes = Draft(subject, body, "thank_you"), read_notes(LABELLED, today=TODAY)
    words = check(draft, notes, "thank_you").metrics["words"]
    samples = repeat(lambda i: check(draft, notes, "thank_you"), 100 if quick else 500, 30)
    return entry(
        "checker_150_words",
        f"assistant.checker.scoring.check on a {words}-word email, warm",
        stats(samples),
        target=5.0,
    )


def bench_checker_vs_bare(quick: bool) -> dict[str, Any]:
    """The whole checker against the two library calls it cannot do without (VADER's polarity and
    textstat's Flesch–Kincaid grade) on the same 150-word email, timed in turns in one run."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from assistant.checker.scoring import check
    from assistant.core.domain import Draft
    from assistant.drafting.pipeline import read_notes
    from assistant.text.adapters import textstat_offline
    from assistant.text.email_parts import parse_email

    subject, body = parse_email(EMAIL_150)
    draft, notes = Draft(subject, body, "thank_you"), read_notes(LABELLED, today=TODAY)
    vader = SentimentIntensityAnalyzer()
    check(draft, notes, "thank_you")

    # As when someone types: each check sees the email with one sentence changed (a new number),
    # so nothing is served whole from a cache; both sides get the same text.
    texts = [
        body.replace("Best regards", f"I can start within {k % 9 + 2} weeks.\n\nBest regards")
        for k in range(50)
    ]

    textstat = textstat_offline()  # the public textstat API, its dictionary served offline

    def bare(i: int) -> None:
        vader.polarity_scores(texts[i % 50])
        textstat.flesch_kincaid_grade(texts[i % 50])

    def ours_once(i: int) -> None:
        check(Draft(subject, texts[i % 50], "thank_you"), notes, "thank_you")

    runs = 100 if quick else 400
    ours: list[float] = []
    theirs: list[float] = []
    for i in range(runs):  # interleaved, so both see the same machine
        ours += repeat(lambda k: ours_once(i), 1, 0)
        theirs += repeat(lambda k: bare(i), 1, 0)
    a, b = stats(ours), stats(theirs)
    ratio = a["median"] / b["median"] if b["median"] else float("inf")
    return entry(
        "checker_vs_bare_libraries",
        "checker.check ÷ (VADER polarity + textstat FK grade) on the same email, medians in one run",
        {**a, "median": round(ratio, 2), "p95": round(ratio, 2), "unit": "×"},
        target=1.5,
        note=f"checker {a['median']:.2f} ms, bare calls {b['median']:.2f} ms",
    )


def bench_offline_draft(quick: bool) -> dict[str, Any]:
    from assistant.checker.scoring import check
    from assistant.drafting.pipeline import DraftRequest, draft_email, read_notes

    parsed = [read_notes(text, today=TODAY) for text in NOTES]

    def work(i: int) -> None:
        notes, stage = parsed[i % len(parsed)], STAGES[i % len(STAGES)]
        draft = draft_email(DraftRequest(notes, stage, seed=i % 7))
        check(draft, notes, stage)

    samples = repeat(work, 100 if quick else 300, 20)
    return entry(
        "offline_draft_check",
        "drafting.draft_email (offline) + checker.check, warm",
        stats(samples),
        target=20.0,
    )


# ---------------------------------------------------------------- fresh processes

COLD = """
import json, sys, time
began = time.perf_counter()
import assistant.drafting.pipeline, assistant.checker.scoring
imported = time.perf_counter()
from datetime import date
notes = assistant.drafting.pipeline.read_notes(sys.argv[1], today=date(2026, 11, 27))
draft = assistant.drafting.pipeline.draft_email(assistant.drafting.pipeline.DraftRequest(notes, "thank_you"))
report = assistant.checker.scoring.check(draft, notes, "thank_you")
done = time.perf_counter()
print(json.dumps({"import_s": imported - began, "first_draft_s": done - imported,
                  "total_s": done - began, "score": report.score,
                  "litellm": any(m == "litellm" or m.startswith("litellm.") for m in sys.modules)}))
"""


def bench_cold_start(quick: bool) -> dict[str, Any]:
    rows, walls = [], []
    for _ in range(3 if quick else 7):
        began = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD, LABELLED],
            capture_output=True,
            text=True,
            env=env(),
            cwd=ROOT,
            timeout=120,
            check=True,
        )
        walls.append(time.perf_counter() - began)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    litellm = any(r["litellm"] for r in rows)
    result = stats([r["total_s"] for r in rows])
    return entry(
        "cold_start_first_draft",
        "fresh process: import assistant.drafting.pipeline, assistant.checker.scoring + first offline "
        "draft and check (interpreter start excluded; see wall_ms)",
        result,
        ok=not litellm,
        note="litellm imported on the offline path!"
        if litellm
        else "litellm not imported on the offline path",
        litellm_imported=litellm,
        import_ms=stats([r["import_s"] for r in rows]),
        first_draft_ms=stats([r["first_draft_s"] for r in rows]),
        wall_ms=stats(walls),
    )


RSS = """
import json, sys
from datetime import date
from benchmarks.load import memory_mb, page_draft
points = {}
history = None
for i in range(1, 101):
    history = page_draft(i % 20, i, None if i % 10 == 1 else history)
    if i in (1, 50, 100):
        points[i] = memory_mb()
print(json.dumps(points))
"""
RSS_GROWTH_LIMIT_MB = 2.0


def bench_rss(quick: bool) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", RSS],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    points = json.loads(out.stdout.strip().splitlines()[-1])
    at1, at50, at100 = points["1"], points["50"], points["100"]
    growth = round(at100["rss_mb"] - at50["rss_mb"], 1)
    return {
        "name": "rss_100_drafts",
        "what": "RSS of a fresh process drafting + checking offline "
        "100 times (the page's code path; a new history every 10 drafts)",
        "unit": "MB",
        "rss_after_1_mb": at1["rss_mb"],
        "rss_after_50_mb": at50["rss_mb"],
        "rss_after_100_mb": at100["rss_mb"],
        "growth_50_to_100_mb": growth,
        "peak_mb": at100["peak_mb"],
        "target": RSS_GROWTH_LIMIT_MB,
        "ok": growth <= RSS_GROWTH_LIMIT_MB,
        "note": f"growth from draft 50 to 100 must stay ≤ {RSS_GROWTH_LIMIT_MB} MB",
    }


def bench_load(quick: bool) -> dict[str, Any]:
    args = ["--sessions", "20", "--iterations", "5" if quick else "10", "--json"]
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "load.py"), *args],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=300,
        check=False,
    )  # a non-zero exit (errors > 0) is reported, not raised
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "name": "load_20_sessions",
        "what": f"{result['sessions']} concurrent sessions "
        f"(threads) × {result['iterations']} offline drafts + checks, page code path",
        "unit": "ms",
        "median": result["p50_ms"],
        "p95": result["p95_ms"],
        **result,
        "target": None,
        "ok": result["errors"] == 0,
        "note": "errors must be 0",
    }


def bench_eval(quick: bool) -> dict[str, Any]:
    what = "`followup eval` over every case, variant and the offline model (replay)"
    try:
        import evals.cli  # noqa: F401
    except ImportError:
        return skipped("eval_suite", what, "evals.cli is not there yet")
    followup = Path(sys.executable).with_name("followup")
    command = [str(followup)] if followup.exists() else [sys.executable, "-m", "assistant.cli.main"]
    samples, code = [], 0
    for _ in range(1 if quick else 3):
        with tempfile.TemporaryDirectory() as out:
            began = time.perf_counter()
            run = subprocess.run(
                [*command, "eval", "--quiet", "--out", out],
                capture_output=True,
                text=True,
                env=env(),
                cwd=ROOT,
                timeout=600,
                check=False,
            )
            samples.append(time.perf_counter() - began)
            code = max(code, run.returncode)
    return entry(
        "eval_suite",
        what,
        stats(samples, "s"),
        ok=code == 0,
        note="exit 0: every gate passes" if code == 0 else f"followup eval exit {code}",
    )


# ---------------------------------------------------------------- the app


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as reply:
            return reply.status == 200 and reply.read().strip() == b"ok"
    except OSError:
        return False


BARE_PAGE = 'import streamlit as st\nst.text_area("Notes", key="notes")\n'


def _app_once(
    browser: Any, script: str = "streamlit_app.py", ready: str = "Draft email"
) -> dict[str, float]:
    """Start the server; time to healthy, then to the page's script having run and rendered."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    began = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            script,
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not _healthy(url):
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}")
            if time.perf_counter() - began > 90:
                raise RuntimeError("streamlit was not healthy within 90 s")
            time.sleep(0.05)
        health = time.perf_counter() - began
        page = browser.new_page()
        try:
            page.goto(url)
            if ready:
                page.get_by_role("button", name=ready).wait_for(timeout=90_000)
            else:
                page.get_by_role("textbox").first.wait_for(timeout=90_000)
            page.wait_for_selector(
                '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000
            )
            rendered = time.perf_counter() - began
        finally:
            page.close()
        return {"health_s": health, "rendered_s": rendered}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


PAGE_IMPORTS = """
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("streamlit_app.py", default_timeout=60).run()
assert not at.exception, at.exception
print(any(m == "litellm" or m.startswith("litellm.") for m in sys.modules))
"""


def bench_app(quick: bool) -> dict[str, Any]:
    what = (
        "`streamlit run streamlit_app.py` (headless, 127.0.0.1) to /_stcore/health ok, then "
        "to the Draft page rendered in chromium with its script run once"
    )
    if not (ROOT / "streamlit_app.py").exists():
        return skipped("app_cold_start", what, "streamlit_app.py does not exist yet")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return skipped("app_cold_start", what, "playwright is not installed")
    if not Path(CHROMIUM).exists():
        return skipped("app_cold_start", what, f"{CHROMIUM} not found (make browser)")
    # As `make run` does first: our bytecode compiled (this sandbox sets PYTHONDONTWRITEBYTECODE,
    # so without it every start would compile ~150 modules a normal install has cached).
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "assistant", "app_pages", "streamlit_app.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    runs, bare = [], []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        bare_script = Path(tmp) / "bare.py"
        bare_script.write_text(BARE_PAGE, encoding="utf-8")
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        try:
            for _ in range(2 if quick else 3):  # side by side, alternating, in one run
                runs.append(_app_once(browser))
                bare.append(_app_once(browser, str(bare_script), ready=""))
            clicks = _clicks(browser)
        finally:
            browser.close()
    check = subprocess.run(
        [sys.executable, "-c", PAGE_IMPORTS],
        capture_output=True,
        text=True,
        env=env(),
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    litellm = check.stdout.strip().endswith("True")
    page_note = (
        "the page's first run does not import litellm"
        if check.returncode == 0 and not litellm
        else "the page's first run imports litellm!"
        if litellm
        else f"AppTest check failed: {check.stderr.strip()[-200:]}"
    )
    app_median = statistics.median(r["rendered_s"] for r in runs)
    bare_median = statistics.median(r["rendered_s"] for r in bare)
    ratio = round(app_median / bare_median, 2)
    slowest_click = max(c["median"] for c in clicks.values())
    ok = not litellm and ratio <= COLD_START_RATIO and slowest_click <= CLICK_TARGET_S
    return entry(
        "app_cold_start",
        what,
        stats([r["rendered_s"] for r in runs], "s"),
        ok=ok,
        note=f"{ratio}× a bare one-text-area page (target ≤ {COLD_START_RATIO}×); "
        f"slowest offline click {slowest_click:.2f} s (≤ {CLICK_TARGET_S} s); {page_note}",
        health=stats([r["health_s"] for r in runs], "s"),
        litellm_imported=litellm,
        bare_page=stats([r["rendered_s"] for r in bare], "s"),
        ratio_to_bare=ratio,
        clicks=clicks,
    )


COLD_START_RATIO = 1.3
CLICK_TARGET_S = 1.0
CLICK_NOTES = """Interview with Priya Raman (Engineering Manager) at Northwind Labs on Nov 26
Role: Senior Backend Engineer
Me: Sam Carter
- talked about migrating their billing service from Rails to Go
- the team ships weekly behind feature flags"""


def _settled(page: Any) -> None:
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000
    )


def _clicks(browser: Any, runs: int = 3) -> dict[str, Any]:
    """Offline, each click until its result is on the page (the server is started once)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "streamlit_app.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=ROOT,
            env={**env(), "FOLLOWUP_DB": str(Path(tmp) / "bench.db")},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            while not _healthy(url):
                time.sleep(0.05)
            times: dict[str, list[float]] = {}

            def timed(name: str, act: Callable[[], None], done: Callable[[], None]) -> None:
                began = time.perf_counter()
                act()
                done()
                times.setdefault(name, []).append(time.perf_counter() - began)

            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1366, "height": 768})
                try:
                    page.goto(url)
                    page.get_by_role("button", name="Draft email").wait_for(timeout=90_000)
                    notes = page.get_by_label("Paste what you remember")
                    notes.fill(CLICK_NOTES)
                    timed(
                        "read notes",
                        lambda: notes.press("Control+Enter"),
                        lambda: (
                            page.wait_for_function(
                                "() => [...document.querySelectorAll('input')]"
                                ".some(i => i.value === 'Northwind Labs')"
                            ),
                            _settled(page),
                        ),
                    )
                    timed(
                        "draft",
                        lambda: page.get_by_role("button", name="Draft email").click(),
                        lambda: (page.get_by_label("Subject").wait_for(), _settled(page)),
                    )
                    for name in ("Regenerate", "Tighten", "Fix issues"):
                        timed(
                            name.lower(),
                            lambda n=name: page.get_by_role("button", name=n).click(),
                            lambda: (page.wait_for_timeout(50), _settled(page)),
                        )
                finally:
                    page.close()
            return {name: stats(values, "s") for name, values in times.items()}
        finally:
            proc.terminate()
            proc.wait(timeout=15)


BENCHES: dict[str, Callable[[bool], dict[str, Any]]] = {
    "notes_parse": bench_notes_parse,
    "checker_150_words": bench_checker,
    "checker_vs_bare_libraries": bench_checker_vs_bare,
    "offline_draft_check": bench_offline_draft,
    "cold_start_first_draft": bench_cold_start,
    "app_cold_start": bench_app,
    "eval_suite": bench_eval,
    "rss_100_drafts": bench_rss,
    "load_20_sessions": bench_load,
}


# ---------------------------------------------------------------- report


def _figure(row: dict[str, Any]) -> tuple[str, str, str]:
    unit = row.get("unit", "")
    if row.get("skipped") or row.get("failed"):
        return "—", "—", "—"
    if row["name"] == "rss_100_drafts":
        return (
            f"{row['rss_after_50_mb']} → {row['rss_after_100_mb']} MB",
            f"peak {row['peak_mb']} MB",
            f"growth ≤ {row['target']} MB",
        )
    target = f"< {row['target']:g} {unit}" if row.get("target") is not None else ""
    return f"{row['median']:g} {unit}", f"{row['p95']:g} {unit}", target


def table(rows: list[dict[str, Any]]) -> str:
    header = ("benchmark", "median", "p95", "target", "ok", "note")
    lines = [header]
    for row in rows:
        median, p95, target = _figure(row)
        ok = "skip" if row.get("skipped") else "yes" if row["ok"] else "NO"
        note = row.get("note", "")
        if row["name"] == "load_20_sessions":
            note = (
                f"{row['drafts']} drafts, errors {row['errors']}, peak RSS {row['peak_mb']} "
                f"MB, {row['drafts_per_s']} drafts/s"
            )
        if row["name"] == "app_cold_start" and not row.get("skipped") and "health" in row:
            note = (
                f"healthy after {row['health']['median']:g} s; bare page "
                f"{row['bare_page']['median']:g} s; {note}"
            )
        lines.append((row["name"], median, p95, target, ok, note))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header) - 1)]
    out = []
    for n, line in enumerate(lines):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(line, widths)) + "  " + line[-1])
        if n == 0:
            out.append("  ".join("-" * w for w in widths) + "  " + "-" * 4)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (a smoke test)")
    parser.add_argument("--only", help=f"comma-separated, of: {', '.join(BENCHES)}")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file (JSON)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in (args.only or ",".join(BENCHES)).split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    os.environ.update(QUIET_ENV)
    rows = []
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            rows.append(BENCHES[name](args.quick))
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            rows.append(
                {
                    "name": name,
                    "what": "",
                    "ok": False,
                    "failed": True,
                    "note": f"failed: {type(exc).__name__}: {str(exc)[:200]}",
                }
            )
    result = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": "make bench" + (" (--quick)" if args.quick else ""),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "benchmarks": rows,
        "bench_process": memory_mb(),
    }
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(rows))
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"\nWritten to {shown}")
    return 0 if all(row["ok"] is not False for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
