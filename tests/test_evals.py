"""Offline prompt evaluations: cases, runner, recordings, compare/rescore/bless, report, page."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fake_model import FakeModel

from assistant.core.stages import PROMPTS_DIR
from assistant.models import llm, registry
from evals.cases import CaseError, load_cases
from evals.cli import add_eval_parser  # noqa: F401 - the hook assistant.cli.main looks for
from evals.paths import EvalPaths
from evals.runner import EvalConfig, read_rows, rescore, run_eval
from evals.scoring import case_messages, prepare
from evals.summary import EXIT_GATE, EXIT_OK, EXIT_RECORDING, Outcome, bless

ROOT = Path(__file__).resolve().parent.parent
REAL_REPLY = (
    "Subject: Thank you – Backend Engineer interview\n\nDear Priya,\n\nThank you for "
    "taking the time to talk with me about idempotency keys and the payments API. I am "
    "even more excited about the Backend Engineer role at Stripe and about joining the "
    "team after our conversation.\n\nBest regards,\nSam Okoye\n"
)
CASES = {
    "stripe-thanks": """
stage: thank_you
today: 2026-11-26
timing: due
notes: |
  Interview with Priya Nair (Engineering Manager) at Stripe on Nov 26 for Backend Engineer.
  - talked about idempotency keys for the payments API
  - the team is migrating to Temporal workflows
  — Sam Okoye
must_mention: {of: [idempotency keys, Temporal workflows]}
must_not_contain: [ASAP]
greets: [Priya]
signs_as: Sam Okoye
""",
    "acme-status": """
stage: status_check
today: 2026-12-03
sent: [{stage: thank_you, date: 2026-11-26}]
notes: |
  Company: Acme Robotics
  Role: Firmware Engineer
  Interviewer: Lena Ortiz
  Date: Nov 26
  Topics: motor controller bring-up; CAN bus diagnostics
  Me: Ravi Kumar
signs_as: Ravi Kumar
""",
    "bank-final": """
stage: final
today: 2026-12-09
sent: [{stage: thank_you, date: 2026-11-18}, {stage: status_check, date: 2026-12-02}]
notes: |
  Company: Northbridge Bank
  Role: Risk Analyst
  Interviewer: Omar Haddad
  Date: Nov 17
  Topics: stress-testing models; migration from SAS to Python
  Me: Felix Wagner
greets: [Omar]
""",
}


@pytest.fixture
def paths(tmp_path: Path) -> EvalPaths:
    """Three small cases and empty recordings, runs and baseline, all in a temp dir."""
    cases = tmp_path / "cases"
    cases.mkdir()
    for name, text in CASES.items():
        (cases / f"{name}.yaml").write_text(text.lstrip(), encoding="utf-8")
    return EvalPaths(
        prompts=PROMPTS_DIR,
        cases=cases,
        recordings=tmp_path / "recordings",
        runs=tmp_path / "runs",
        baseline=tmp_path / "baseline.json",
    )


def copy_prompts(tmp_path: Path) -> Path:
    root = tmp_path / "prompts"
    shutil.copytree(PROMPTS_DIR, root)
    return root


def no_model_calls(fake: FakeModel) -> FakeModel:
    """The fake answers every model name (the offline drafter's and litellm's), so a test can
    end with `assert not fake.prompts`: no model was called."""
    return fake.stand_in_for(llm.DEFAULT_MODEL, registry.ANY)


def cli(*args: str) -> int:
    from assistant.cli.main import main

    return main(["eval", *args])


def path_args(paths: EvalPaths) -> list[str]:
    return [
        "--prompts-dir",
        str(paths.prompts),
        "--cases-dir",
        str(paths.cases),
        "--recordings-dir",
        str(paths.recordings),
        "--runs-dir",
        str(paths.runs),
        "--baseline-file",
        str(paths.baseline),
    ]


# ---------------------------------------------------------------- offline runs and outputs


def test_offline_smoke_run_writes_the_four_outputs(paths: EvalPaths, tmp_path: Path) -> None:
    result = run_eval(EvalConfig(paths=paths, out=tmp_path / "run"))
    assert {p.name for p in result.out.iterdir()} == {
        "results.jsonl",
        "summary.json",
        "report.md",
        "report.html",
    }
    rows = read_rows(result.out)
    assert len(rows) == len(CASES) * 2  # every variant by default: default and concise
    assert {r["variant"] for r in rows} == {"default", "concise"}
    assert all(r["status"] in ("pass", "fail") and isinstance(r["score"], int) for r in rows)
    summary = json.loads((result.out / "summary.json").read_text())
    assert [g["variant"] for g in summary["groups"]] == ["default", "concise"]
    assert "| stripe-thanks | thank_you |" in (result.out / "report.md").read_text()
    page = (result.out / "report.html").read_text()
    assert "<svg" in page and "Cases, side by side" in page
    # self-contained: nothing loaded from elsewhere (an SVG's xmlns is a name, not a fetch)
    assert not re.search(
        r"""(?:src|href|url)\s*[=(]\s*["']?\s*(?:https?:)?//""", page, re.IGNORECASE
    )
    assert "@import" not in page and "<script" not in page and "<link" not in page


def test_offline_run_never_imports_litellm(paths: EvalPaths, tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from evals.paths import EvalPaths;"
        "from evals.runner import EvalConfig, run_eval;"
        f"p = EvalPaths(cases=Path({str(paths.cases)!r}), runs=Path({str(tmp_path)!r}),"
        f" baseline=Path({str(paths.baseline)!r}));"
        "run_eval(EvalConfig(paths=p, variants=('default',)));"
        "print('litellm' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_notes_html_and_text_are_escaped_in_the_html_report(
    paths: EvalPaths, tmp_path: Path
) -> None:
    (paths.cases / "html.yaml").write_text(
        "stage: thank_you\ntoday: 2026-11-26\nnotes: |\n  <script>alert(1)</script> Interview "
        "with Ana Lima at Globo on Nov 26.\n  — Rui <b>Costa</b>\n",
        encoding="utf-8",
    )
    result = run_eval(
        EvalConfig(paths=paths, cases="html", variants=("default",), out=tmp_path / "run")
    )
    page = (result.out / "report.html").read_text()
    assert "<script" not in page and "<b>Costa" not in page


# ---------------------------------------------------------------- case validation


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "stage: thank_you\ntoday: 2026-11-26\nnotes: hi\nmust_mentoin: [x]\n",
            "unknown key 'must_mentoin'",
        ),
        ("stage: thank_you\nnotes: hi\n", "missing required key 'today'"),
        ("stage: second\ntoday: 2026-11-26\nnotes: hi\n", "'stage'"),
        ("stage: move_on\ntoday: 2026-11-26\nnotes: hi\n", "rejection_reply, not 'move_on'"),
        ("stage: rejection_reply\ntoday: 2026-11-26\nnotes: hi\noutcome: ghosted\n", "'outcome'"),
        (
            "stage: thank_you\ntoday: 2026-11-26\nnotes: hi\nmust_mention: {of: [a], at_least: 2}\n",
            "at_least is 2",
        ),
        (
            "stage: thank_you\ntoday: 2026-11-26\nnotes: hi\nsent: [{stage: thank_you, on: 2026-11-20}]\n",
            "missing required key 'sent.0.date'",
        ),
        ("stage: [unclosed\n", "not valid YAML"),
        ("- just a list\n", "a case file is a mapping"),
        ("id: other\nstage: thank_you\ntoday: 2026-11-26\nnotes: hi\n", "remove 'id'"),
    ],
)
def test_a_bad_case_file_is_an_error_naming_the_file(
    tmp_path: Path, text: str, expected: str
) -> None:
    (tmp_path / "good.yaml").write_text(CASES["stripe-thanks"].lstrip(), encoding="utf-8")
    (tmp_path / "broken-case.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CaseError) as info:
        load_cases(tmp_path)
    assert "broken-case.yaml" in str(info.value) and expected in str(info.value)
    assert "good.yaml" not in str(info.value)


def test_a_bad_case_file_exits_2(paths: EvalPaths, capsys: pytest.CaptureFixture[str]) -> None:
    (paths.cases / "typo.yaml").write_text(
        "stage: thank_you\ntoday: 2026-11-26\nnotes: x\ngreet: [Priya]\n", encoding="utf-8"
    )
    assert cli(*path_args(paths)) == 2
    assert "typo.yaml: unknown key 'greet'" in capsys.readouterr().err


def test_an_unknown_variant_exits_2(paths: EvalPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(*path_args(paths), "--variants", "default,nope") == 2
    assert "Unknown prompt variant(s) nope" in capsys.readouterr().err


def test_committed_cases_load_and_cover_stages_and_timings() -> None:
    cases = load_cases(ROOT / "evals" / "cases")
    assert len(cases) >= 40
    assert {c.stage for c in cases} == {"thank_you", "status_check", "final", "rejection_reply"}
    assert {c.timing for c in cases} >= {"early", "due", "late"}
    assert sum(c.must_mention is not None for c in cases) >= 30


def test_rejection_reply_cases_are_timed_from_the_outcome_they_give() -> None:
    from assistant.core.stages import load_rules

    cases = load_cases(ROOT / "evals" / "cases", "rejection-*")
    assert len(cases) == 3 and all(c.outcome == "rejected" for c in cases)
    timings = [prepare(c, load_rules(), ROOT / "evals" / "cases").timing for c in cases]
    assert timings == [c.timing for c in cases]


def test_messages_from_another_prompts_dir_match_the_products(tmp_path: Path) -> None:
    from assistant.core.stages import load_rules

    rules, copy = load_rules(), copy_prompts(tmp_path)
    for case in load_cases(ROOT / "evals" / "cases"):
        prep = prepare(case, rules, ROOT / "evals" / "cases")
        for variant in ("default", "concise"):
            assert case_messages(prep, variant, rules, copy) == case_messages(
                prep, variant, rules
            ), (case.id, variant)


# ---------------------------------------------------------------- record, replay, errors, stale


def record(
    paths: EvalPaths, tmp_path: Path, reply: object = REAL_REPLY, name: str = "record"
) -> object:
    return run_eval(
        EvalConfig(
            paths=paths,
            models=("gpt-4o-mini",),
            variants=("default",),
            mode="record",
            jobs=3,
            max_retries=0,
            out=tmp_path / name,
            completion_extra={"mock_response": reply},
        )
    )


def test_record_writes_recordings_and_replay_reads_them_without_litellm(
    paths: EvalPaths, tmp_path: Path, fake_model: FakeModel
) -> None:
    recorded = record(paths, tmp_path)
    files = sorted(paths.recordings.rglob("*.json"))
    assert [f.relative_to(paths.recordings).as_posix() for f in files] == [
        f"gpt-4o-mini/default/{c}.json" for c in sorted(CASES)
    ]
    text = files[-1].read_text()
    data = json.loads(text)
    assert text == json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert data["reply"] == REAL_REPLY and data["fingerprint"].startswith("sha256:")
    assert data["params"] == {"seed": 0, "temperature": 0.0} and data["usage"]["total_tokens"] > 0
    fake_model.stand_in_for("gpt-4o-mini")  # any call from here on is kept in its prompts
    replayed = run_eval(
        EvalConfig(
            paths=paths, models=("gpt-4o-mini",), variants=("default",), out=tmp_path / "replay"
        )
    )
    assert not fake_model.prompts, "replay called the model"
    assert [r["status"] for r in replayed.rows] == [r["status"] for r in recorded.rows]
    assert [r["score"] for r in replayed.rows] == [r["score"] for r in recorded.rows]
    assert replayed.exit_code != EXIT_RECORDING


def test_recordings_never_keep_a_key(paths: EvalPaths, tmp_path: Path) -> None:
    record(paths, tmp_path, REAL_REPLY + "\nsk-proj-abcdef1234567890abcdef\n")
    for f in paths.recordings.rglob("*.json"):
        assert "sk-proj" not in f.read_text() and "[redacted]" in f.read_text()


@pytest.mark.parametrize("failure", ["litellm.RateLimitError", Exception("provider exploded")])
def test_a_provider_error_is_an_error_cell_and_exit_3(
    paths: EvalPaths, tmp_path: Path, failure: object
) -> None:
    result = record(paths, tmp_path, failure)
    assert result.exit_code == EXIT_RECORDING
    assert {r["status"] for r in result.rows} == {"error"} and len(result.rows) == len(CASES)
    assert (result.out / "report.html").is_file() and not list(paths.recordings.rglob("*.json"))
    assert "💥" in (result.out / "report.md").read_text()


def test_a_missing_recording_is_reported_with_exit_3(
    paths: EvalPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        cli(*path_args(paths), "--models", "gpt-4o-mini", "--variants", "default", "--quiet") == 3
    )
    assert "3 missing" in capsys.readouterr().out


def test_editing_a_template_makes_recordings_stale_and_exit_3(
    paths: EvalPaths, tmp_path: Path
) -> None:
    paths = EvalPaths(**{**paths.__dict__, "prompts": copy_prompts(tmp_path)})
    record(paths, tmp_path)
    template = paths.prompts / "thank_you.md"
    template.write_text(template.read_text() + "\nMention the weather.\n")
    result = run_eval(
        EvalConfig(
            paths=paths, models=("gpt-4o-mini",), variants=("default",), out=tmp_path / "replay"
        )
    )
    assert result.exit_code == EXIT_RECORDING
    assert {r["case"]: r["status"] for r in result.rows} == {
        "stripe-thanks": "stale",
        "acme-status": "pass",
        "bank-final": "fail",
    } or {r["case"] for r in result.rows if r["status"] == "stale"} == {"stripe-thanks"}


# ---------------------------------------------------------------- rescore, compare, bless


def test_rescore_rechecks_stored_replies_without_calling_a_model(
    paths: EvalPaths, tmp_path: Path, fake_model: FakeModel
) -> None:
    run = run_eval(EvalConfig(paths=paths, variants=("default",), out=tmp_path / "run")).out
    rows = read_rows(run)
    i = next(n for n, r in enumerate(rows) if r["case"] == "stripe-thanks")
    rows[i]["reply"] = rows[i]["reply"].replace("Thank you", "Please respond ASAP. Thank you", 1)
    (run / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    no_model_calls(fake_model)
    result = rescore(run, paths)
    assert not fake_model.prompts, "rescore called a model"
    assert {"avoid", "case.must_not_contain"} <= set(result.rows[i]["failing"])
    assert [r["score"] for n, r in enumerate(result.rows) if n != i] == [
        r["score"] for n, r in enumerate(rows) if n != i
    ]
    assert read_rows(run)[i]["failing"] == result.rows[i]["failing"]


def test_bless_writes_the_baseline_and_the_same_run_then_passes(
    paths: EvalPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [*path_args(paths), "--quiet", "--min-pass-rate", "0"]
    cli(*args)
    assert cli("bless", "latest", *path_args(paths)) == EXIT_OK
    cells = json.loads(paths.baseline.read_text())["cells"]
    assert set(cells["offline"]) == {"default", "concise"}
    assert set(cells["offline"]["default"]) == set(CASES)
    assert cli(*args) == EXIT_OK
    assert cli("compare", "latest", *path_args(paths)) == EXIT_OK
    assert "0 regression(s)" in capsys.readouterr().out


def test_bless_refuses_a_run_with_unscored_cells(paths: EvalPaths) -> None:
    cli(*path_args(paths), "--models", "gpt-4o-mini", "--quiet")
    assert cli("bless", "latest", *path_args(paths)) == EXIT_RECORDING
    assert not paths.baseline.exists()


def test_a_worse_prompt_variant_regresses_and_compare_names_the_cases(
    paths: EvalPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = copy_prompts(tmp_path)
    paths = EvalPaths(**{**paths.__dict__, "prompts": prompts})
    variant = prompts / "variants" / "candidate"
    variant.mkdir(parents=True)
    shutil.copy(prompts / "_stage.md", variant / "_stage.md")
    config = EvalConfig(paths=paths, variants=("candidate",), out=tmp_path / "before")
    bless(run_eval(config).rows, paths.baseline)
    # The "improved" prompt forgets to pass the interview data: no details, no names.
    (variant / "_stage.md").write_text(
        'Write the {{ stage.label }}.\n<interview_data>\n{"task": "draft", "stage": '
        '{{ stage.id | tojson }}, "details": [], "interviewers": [], "candidate": '
        "{{ candidate | tojson }}}\n</interview_data>\n"
    )
    worse = run_eval(EvalConfig(paths=paths, variants=("candidate",), out=tmp_path / "after"))
    assert worse.exit_code == EXIT_GATE and worse.outcome.regressions
    capsys.readouterr()
    assert cli("compare", str(worse.out), str(paths.baseline), *path_args(paths)) == EXIT_GATE
    out = capsys.readouterr().out
    assert "✗ stripe-thanks" in out and "✗ bank-final" in out
    assert "details: pass → fail" in out and "case.greets: pass → fail" in out


def test_compare_against_another_run_with_lower_scores(
    paths: EvalPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = run_eval(EvalConfig(paths=paths, variants=("default",), out=tmp_path / "good")).out
    bad = tmp_path / "bad"
    shutil.copytree(good, bad)
    rows = read_rows(bad)
    rows[1].update(score=rows[1]["score"] - 20, passed=False, status="fail")
    (bad / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert cli("compare", str(bad), str(good), *path_args(paths)) == EXIT_GATE
    out = capsys.readouterr().out
    assert f"✗ {rows[1]['case']}" in out and "1 case(s)" in out


def test_exit_code_prefers_unscored_cells_over_failed_gates() -> None:
    gate = {"gate": "x", "ok": False, "message": ""}
    assert Outcome([], gates=[gate], problems={"stale": 1}).exit_code == EXIT_RECORDING
    assert Outcome([], gates=[gate], problems={"stale": 0}).exit_code == EXIT_GATE
    assert Outcome([], gates=[{**gate, "ok": True}]).exit_code == EXIT_OK


# ---------------------------------------------------------------- the Evaluations page


def test_evaluations_page_runs_the_offline_suite_and_shows_the_views(
    paths: EvalPaths, monkeypatch: pytest.MonkeyPatch, fake_model: FakeModel
) -> None:
    from streamlit.testing.v1 import AppTest

    for name in ("cases", "runs", "recordings", "baseline"):
        monkeypatch.setenv(f"FOLLOWUP_EVAL_{name.upper()}", str(getattr(paths, name)))
    fake_model.stand_in_for(registry.ANY)  # every model but the offline drafter
    at = AppTest.from_file(str(ROOT / "app_pages" / "evaluations.py"), default_timeout=60).run()
    assert not at.exception and "No runs yet" in at.info[0].value
    at.button(key="eval_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert "exit code" in at.success[0].value
    assert len(at.dataframe) == 1
    assert at.selectbox(key="eval_case").options == sorted(CASES, key=list(CASES).index) or set(
        at.selectbox(key="eval_case").options
    ) == set(CASES)
    at.selectbox(key="eval_case").set_value("stripe-thanks").run()
    shown = [m.value for m in at.markdown]
    assert "**offline · default**" in shown and "**offline · concise**" in shown
    assert any("Priya," in c.value for c in at.code)  # the drafted email is shown
    assert not fake_model.prompts, "the offline suite called another model"


def test_the_committed_offline_suite_passes_its_gates_against_the_committed_baseline(
    tmp_path: Path,
) -> None:
    """`followup eval` as `make bench` and a person run it: every committed case, the gates and no
    regression against evals/baseline.json (a drafter change that drops a case's topic fails)."""
    assert cli("--quiet", "--models", llm.DEFAULT_MODEL, "--out", str(tmp_path / "run")) == EXIT_OK
