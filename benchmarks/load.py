"""A bounded load test: 20 concurrent sessions, each drafting and checking offline 10 times.

Each session runs the Draft page's code path behind Streamlit — parse the notes, draft, keep the
draft in a revise.History (which checks it) and score it again for the score card — in its own
thread, all started together. Reports p50/p95 latency per draft, errors (must be 0) and the
process's peak memory. `python benchmarks/load.py [--sessions 20] [--iterations 10] [--json]`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.samples import NOTES

TODAY = date(2026, 11, 27)
STAGES = ("thank_you", "status_check", "final")
DEADLINE_S = 180.0  # the whole test stops here, whatever happens


def memory_mb() -> dict[str, float]:
    """Current and peak resident memory of this process (Linux /proc), in MB."""
    found: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found = {"VmRSS": peak, "VmHWM": peak}
    return {
        "rss_mb": round(found.get("VmRSS", 0.0), 1),
        "peak_mb": round(found.get("VmHWM", 0.0), 1),
    }


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def page_draft(session: int, iteration: int, history: Any) -> Any:
    """One press of "Draft email" on the page, offline: what the page's code does, in order."""
    from assistant.checker.scoring import check
    from assistant.drafting.pipeline import DraftRequest, draft_email, read_notes
    from assistant.drafting.revisions import History

    text = NOTES[(session + iteration) % len(NOTES)]
    stage = STAGES[(session + iteration) % len(STAGES)]
    notes = read_notes(text, today=TODAY)
    draft = draft_email(DraftRequest(notes, stage, seed=iteration))
    if history is None:
        history = History.start(draft, notes)
    else:
        history.notes, history.stage = notes, draft.stage
        history.add(draft, "draft")
    report = check(history.current.draft, notes, stage)  # the score card
    if not (draft.body.strip() and 0 <= report.score <= 100):
        raise AssertionError(f"session {session}: a draft without a body or a score")
    return history


def run(sessions: int = 20, iterations: int = 10) -> dict[str, Any]:
    """Start every session at once; return latency percentiles, errors and memory."""
    page_draft(0, 0, None)  # warm-up: imports, rules and templates loaded once, as in a server
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start_line = threading.Barrier(sessions)
    stop_at = time.monotonic() + DEADLINE_S

    def session(n: int) -> None:
        history = None
        start_line.wait(timeout=60)
        for i in range(iterations):
            if time.monotonic() > stop_at:
                with lock:
                    errors.append(f"session {n}: stopped at the {DEADLINE_S:.0f} s deadline")
                return
            began = time.perf_counter()
            try:
                history = page_draft(n, i, history)
            except Exception as exc:  # noqa: BLE001 - counted, reported, never hidden
                with lock:
                    errors.append(f"session {n}, draft {i + 1}: {type(exc).__name__}: {exc}")
                continue
            with lock:
                latencies.append(time.perf_counter() - began)

    threads = [threading.Thread(target=session, args=(n,), daemon=True) for n in range(sessions)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, stop_at - time.monotonic()) + 5)
    wall = time.perf_counter() - began
    hung = sum(t.is_alive() for t in threads)
    if hung:
        errors.append(f"{hung} session(s) still running after the deadline")
    ms = [x * 1000 for x in latencies] or [float("nan")]
    return {
        "sessions": sessions,
        "iterations": iterations,
        "drafts": len(latencies),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "max_ms": round(max(ms), 1),
        "wall_s": round(wall, 2),
        "drafts_per_s": round(len(latencies) / wall, 1) if wall else 0.0,
        "errors": len(errors),
        "error_samples": errors[:5],
        **memory_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = run(args.sessions, args.iterations)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['sessions']} sessions × {result['iterations']} drafts: "
            f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, errors {result['errors']}, "
            f"peak RSS {result['peak_mb']} MB, {result['drafts_per_s']} drafts/s"
        )
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
