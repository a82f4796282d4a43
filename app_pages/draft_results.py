"""The Draft page's outputs: draft button, the editable email, score card, revisions, exports."""

from __future__ import annotations

import streamlit as st

from app_pages.draft_state import mark_sent, push, settings
from assistant import exports
from assistant.html_view import (
    checks_html,
    details_html,
    diff_html,
    facts_html,
    markdown_text,
    text_html,
)
from assistant.stages import load_rules
from assistant.workspace import Workspace


def draft_button(ws: Workspace) -> None:
    """The Draft button (none at all when nothing more is to be sent); streams with a real model."""
    if ws.ended():
        undo = ("Clear the outcome on the Dashboard" if ws.outcome else
                "Untick a sent follow-up above")
        st.caption(f"Nothing more to send, so no Draft button. {undo} if that is not right.")
        return
    why = ws.blocked()
    clicked = st.button("Draft email", key="draft", type="primary", disabled=bool(why),
                        icon=":material/edit_note:")
    if why:
        st.caption(why)
    if not clicked:
        return
    if ws.streams:
        with st.container(border=True):
            st.caption(f"{markdown_text(ws.model)} is writing…")
            ws.stream_draft(settings(ws), lambda chunks: st.write_stream(chunks))
        st.rerun()
    with st.spinner("Drafting…"):
        ws.draft(settings(ws))


def _retry_offline(ws: Workspace) -> None:
    ws.retry_offline()


def problem(ws: Workspace) -> None:
    """A model error (scrubbed) with the way out; notes and drafts are untouched."""
    if ws.problem is None:
        return
    if not ws.problem.model_failed:
        st.warning(markdown_text(ws.problem.message))
        return
    st.error(markdown_text(ws.problem.message), icon=":material/error:")
    st.button("Draft offline instead", key="draft_offline", on_click=_retry_offline,
              args=(ws,), icon=":material/cloud_off:")
    if ws.problem.partial.strip():
        with st.expander("What the model wrote before it stopped"):
            st.text(ws.problem.partial)


def _on_edit(ws: Workspace) -> None:
    ws.revise("edit", None, st.session_state["draft_subject"], st.session_state["draft_body"])
    st.session_state["_shown"] = _marker(ws)


def _marker(ws: Workspace) -> tuple[int, int]:
    history = ws.history
    return (len(history.versions), history.index) if history else (0, -1)


def _revise(ws: Workspace, action: str) -> None:
    ws.revise(action, settings(ws))


def _restore(ws: Workspace, index: int) -> None:
    ws.revise("restore", None, index)


def email_section(ws: Workspace) -> None:
    if ws.history is None:
        return
    current = ws.history.current
    if st.session_state.get("_shown") != _marker(ws):  # a new version: show its text
        push("draft_subject", current.draft.subject)
        push("draft_body", current.draft.body)
        st.session_state["_shown"] = _marker(ws)
    st.subheader("4 · Your email")
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.text_input("Subject", key="draft_subject", on_change=_on_edit, args=(ws,),
                      max_chars=300)
        st.text_area("Body", key="draft_body", on_change=_on_edit, args=(ws,), height=360)
        if current.draft.incomplete:
            st.warning("The model stopped before finishing: check the end of the email.")
        by = markdown_text(current.draft.model)
        st.caption(f"Version {ws.history.index + 1} of {len(ws.history.versions)} · "
                   f"{current.action} · written by {by}. Edit freely: the score updates when "
                   "you click outside the box.")
        a, b, c = st.columns(3)
        a.button("Regenerate", key="regenerate", on_click=_revise, args=(ws, "regenerate"),
                 icon=":material/autorenew:", width="stretch", help="A fresh wording of the same email.")
        b.button("Tighten", key="tighten", on_click=_revise, args=(ws, "tighten"), icon=":material/content_cut:",
                 width="stretch", help="Shorter, keeping the details and required parts.")
        c.button("Fix issues", key="fix", on_click=_revise, args=(ws, "fix"), icon=":material/healing:",
                 width="stretch", help="Redraft until every check passes.")
        take_away(ws)
    with right:
        score_card(ws)


def score_card(ws: Workspace) -> None:
    report = ws.report()
    history = ws.history
    if report is None or history is None:
        return
    rule = load_rules().stage(history.stage)
    m = report.metrics
    with st.container(border=True, key="score_card"):
        st.markdown(f"**Score · {rule.label}**")
        top, verdict = st.columns([1, 1], vertical_alignment="center")
        previous = history.versions[history.index - 1].report.score if history.index else None
        top.metric("Score", f"{report.score}/100",
                   delta=None if previous is None else report.score - previous)
        if report.passed:
            verdict.badge("Ready to send", icon=":material/check_circle:", color="green")
        else:
            verdict.badge(f"{len(report.failing())} to fix", icon=":material/cancel:", color="red")
        st.html(facts_html(m, rule.words_min, rule.words_max))
        st.html(details_html(m.get("details_mentioned", []), m.get("details_missing", [])))
        st.html(checks_html(report))


def _mark_sent(ws: Workspace) -> None:
    if ws.history is not None:
        mark_sent(ws, ws.history.current.draft.stage, ws.today)


def take_away(ws: Workspace) -> None:
    draft = ws.history.current.draft if ws.history else None
    if draft is None:
        return
    subject, body = draft.subject, draft.body
    company = ws.notes().company
    st.markdown("**Take it away** — copy with the icon at the top right of the box.")
    st.code(exports.to_txt(subject, body), language=None, wrap_lines=True, height=150)
    link = exports.mailto_link(subject, body)
    row = st.columns(2)
    row[0].download_button("Download .txt", exports.to_txt(subject, body).encode("utf-8"),
                           file_name=exports.file_name(draft.stage, company, "txt"),
                           mime="text/plain", key="download_txt", icon=":material/description:",
                           on_click="ignore", width="stretch")
    row[1].download_button("Download .eml", exports.to_eml(subject, body),
                           file_name=exports.file_name(draft.stage, company, "eml"),
                           mime="message/rfc822", key="download_eml", icon=":material/mail:",
                           on_click="ignore", width="stretch")
    row[0].link_button("Open in mail app", link.url, key="mailto", icon=":material/send:",
                       width="stretch")
    row[1].button("Mark as sent today", key="mark_sent", on_click=_mark_sent, args=(ws,),
                  icon=":material/mark_email_read:", width="stretch",
                  help="Records it, so the next follow-up is suggested on time.")
    if link.truncated:
        st.caption("The mail link carries a shortened body (mail apps limit link length): "
                   "paste the full text from the box above.")


def history_section(ws: Workspace) -> None:
    history = ws.history
    if history is None:
        return
    st.subheader(f"History · {len(history.versions)} version"
                 f"{'' if len(history.versions) == 1 else 's'}")
    for i in range(len(history.versions) - 1, -1, -1):
        v = history.versions[i]
        mark = "passes" if v.report.passed else "fails"
        now = " · showing" if i == history.index else ""
        with st.expander(f"v{i + 1} · {v.action} · {v.report.score}/100, {mark} · {v.words} words"
                         f"{now}", expanded=i == history.index, key=f"version_{i}"):
            st.html(diff_html(v.diff) if v.diff else text_html(v.draft.text))
            st.button("Restore this version", key=f"restore_{i}", on_click=_restore,
                      args=(ws, i), disabled=i == history.index, icon=":material/undo:")
