"""Evaluations page: run the offline suite, then compare variants (and runs) case by case."""

from __future__ import annotations

import streamlit as st

from assistant.core.errors import FollowUpError
from assistant.prompting.build import variants
from evals import views
from evals.paths import EvalPaths, list_runs
from evals.runner import EvalConfig, run_eval
from evals.summary import load_baseline

MAX_COLUMNS = 4

st.title("Evaluations")
st.caption(
    "Every case in evals/cases is drafted with each prompt variant and scored by the "
    "checker plus the case's own expectations. The offline model needs no key or network."
)

paths = EvalPaths.from_env()
runs = list_runs(paths.runs)

with st.expander("Run the offline suite", expanded=not runs):
    names = variants(paths.prompts)
    chosen = st.multiselect("Prompt variants", names, default=names, key="eval_variants")
    pattern = st.text_input("Cases (glob, comma-separated)", value="*", key="eval_cases")
    if st.button("Run offline suite", key="eval_run", type="primary", disabled=not chosen):
        bar = st.progress(0.0, text="Starting…")

        def show(done: int, total: int) -> None:
            bar.progress(done / total if total else 1.0, text=f"{done}/{total} cells")

        try:
            result = run_eval(
                EvalConfig(paths=paths, variants=tuple(chosen), cases=pattern), progress=show
            )
        except FollowUpError as exc:
            st.error(str(exc))
        else:
            st.session_state["eval_view_runs"] = [str(result.out)]
            st.success(
                f"Wrote {result.out.name}: exit code {result.exit_code} "
                f"({'all gates pass' if result.exit_code == 0 else 'see the gates below'})."
            )
            runs = list_runs(paths.runs)

if not runs:
    st.info("No runs yet: run the offline suite above, or `make eval` in a terminal.")
    st.stop()

labels = {str(r): r.name for r in runs}
if not [r for r in st.session_state.get("eval_view_runs", []) if r in labels]:
    st.session_state["eval_view_runs"] = [str(runs[0])]
picked = st.multiselect(
    "Runs to show (newest first)", list(labels), format_func=labels.get, key="eval_view_runs"
)
shown = [views.load_run(paths.runs / labels[p]) for p in picked]
if not shown:
    st.stop()

st.subheader("Summary")
st.dataframe(views.summary_rows(shown), hide_index=True, key="eval_summary")
for run in shown:
    for gate in run.summary.get("gates", []):
        if not gate["ok"]:
            st.warning(f"{run.name}: gate failed — {gate['gate']}: {gate['message']}")

st.subheader("Pass rate and mean score")
st.bar_chart(
    views.chart_data(shown),
    x="group",
    y=["pass rate %", "mean score"],
    stack=False,
    horizontal=True,
    x_label="0–100",
    y_label="",
)

st.subheader("Side by side")
only_failing = st.checkbox("Only cases that fail somewhere", value=False, key="eval_only_failing")
ids = views.case_ids(shown, only_failing)
if not ids:
    st.success("Every case passes in the runs shown.")
    st.stop()
case = st.selectbox("Case", ids, key="eval_case")
columns = views.side_by_side(shown, case, load_baseline(paths.baseline))
for start in range(0, len(columns), MAX_COLUMNS):
    row = columns[start : start + MAX_COLUMNS]
    for slot, col in zip(st.columns(max(len(row), 2)), row):
        with slot:
            st.markdown(f"**{col.title}**")
            if col.error:
                st.error(f"{col.status}: {col.error}")
                continue
            delta = f" ({col.delta:+d} vs baseline)" if col.delta else ""
            mark = "✓ passes" if col.status == "pass" else "✗ fails"
            st.markdown(f"{mark} · score **{col.score}**{delta}")
            st.code(col.email, language=None, wrap_lines=True)
            for line in col.failing:
                st.error(line)
            for line in col.warnings:
                st.warning(line)
            if col.missing_details:
                st.caption("Details not mentioned: " + "; ".join(col.missing_details))
