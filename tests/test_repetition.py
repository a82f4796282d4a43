"""No repeating yourself: follow-ups against what was sent, and panel thank-yous against each other."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from assistant.checker.repetition import OVERLAP_WARN, compare, near_copies, repetition_check
from assistant.checker.scoring import check
from assistant.core.domain import Draft, Interviewer, Notes
from assistant.drafting.panel import compare_panel, details_by_person, draft_panel, notes_for_each
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.notes.parse import parse_notes

NOTES = Notes(
    text="Interviewer: Sam Rivera, Head of Data at Northwind. Role: Data Engineer.",
    interviewers=(Interviewer("Sam Rivera", "Head of Data"),),
    company="Northwind",
    role="Data Engineer",
    candidate="Jordan Lee",
    details=("migrating to Dagster",),
)

STATUS_SENT = """Dear Sam,

I wanted to follow up on my interview for the Data Engineer role at Northwind. I enjoyed our \
conversation about migrating to Dagster, and I remain very interested in the role. Is there any \
update on the next steps in the hiring process? Thank you again for your time.

Best regards,
Jordan Lee"""

FINAL_COPIED = Draft(
    "Following up – Data Engineer application",
    """Dear Sam,

I wanted to follow up on my interview for the Data Engineer role at Northwind. I enjoyed our \
conversation about migrating to Dagster, and I remain very interested in the role. I understand \
that these decisions take time. Thank you again for your time and consideration.

Best regards,
Jordan Lee""",
    "final",
)

FINAL_FRESH = Draft(
    "Following up – Data Engineer application",
    """Dear Sam,

I am reaching out once more about my application for the Data Engineer role at Northwind. I \
understand that you may be considering other candidates and that these decisions take time. \
The work on Dagster still stands out to me. I would be grateful for any update you can share. \
Thank you again for your time and consideration.

Best regards,
Jordan Lee""",
    "final",
)

PANEL_NOTES = """Interview at Lumen Analytics for Senior Data Engineer, Nov 25
Panel: Priya Raman (Head of Data), Tom Okafor (Staff Engineer), Dr. Lena Fischer
Priya:
- migrating the warehouse to Snowflake next quarter
- hiring two more analysts
Tom (Staff Engineer):
- my experience with Airflow and dbt testing
- their on-call rotation
Dr. Fischer asked how I would model churn for the subscription product.
We all discussed the team offsite in Lisbon.
-- Jordan Lee"""


def test_a_final_that_repeats_the_status_check_warns_and_names_the_sentence():
    report = check(FINAL_COPIED, NOTES, "final", previous=[STATUS_SENT])
    rep = next(c for c in report.checks if c.id == "repetition")
    # it makes the status check's point (Dagster) again: a careful reader would not send it
    assert rep.status == "fail" and "migrating to Dagster" in rep.message
    assert "“I wanted to follow up on my interview for the Data Engineer" in rep.message
    assert "another point" in rep.fix
    assert not report.passed


def test_a_final_that_only_shares_wording_with_the_status_check_warns():
    body = FINAL_COPIED.body.replace(
        "I enjoyed our conversation about migrating to Dagster, and I", "I"
    )
    report = check(
        Draft(FINAL_COPIED.subject, body, "final"), NOTES, "final", previous=[STATUS_SENT]
    )
    rep = next(c for c in report.checks if c.id == "repetition")
    assert rep.status != "fail"  # shared wording, no point made twice: not a failure


def test_a_final_that_says_something_new_passes_the_repetition_check():
    rep = next(
        c
        for c in check(FINAL_FRESH, NOTES, "final", previous=[STATUS_SENT]).checks
        if c.id == "repetition"
    )
    assert rep.status == "pass" and "overlap" in rep.message


def test_without_previous_emails_the_report_is_exactly_as_before():
    plain = check(FINAL_COPIED, NOTES, "final")
    assert "repetition" not in [c.id for c in plain.checks]
    assert check(FINAL_COPIED, NOTES, "final", previous=["", "  "]) == plain
    assert check(FINAL_COPIED, NOTES, "final", None, None) == plain  # old positional call


def test_the_repetition_warning_costs_score_but_a_pass_does_not():
    plain = check(FINAL_FRESH, NOTES, "final").score
    assert check(FINAL_FRESH, NOTES, "final", previous=[STATUS_SENT]).score >= plain
    copied = check(FINAL_COPIED, NOTES, "final")
    assert check(FINAL_COPIED, NOTES, "final", previous=[STATUS_SENT]).score < copied.score


def test_greetings_sign_offs_and_subject_lines_are_not_counted_as_repetition():
    a = "Subject: Thank you for everything\n\nDear Sam,\n\nWe spoke about boats.\n\nBest regards,\nJordan Lee"
    b = "Dear Sam,\n\nYour roadmap for the data platform sounds great.\n\nBest regards,\nJordan Lee"
    assert compare(b, [a]).share == 0.0
    assert repetition_check(b, [a]).status == "pass"


def test_a_verbatim_copy_is_total_overlap():
    found = compare(STATUS_SENT, [STATUS_SENT])
    assert found.share == 1.0 and found.heavy and len(found.repeated) == 4


def _eval_notes() -> list[Notes]:
    cases = sorted((Path(__file__).resolve().parent.parent / "evals" / "cases").glob("*.yaml"))
    out = []
    for path in cases[::5]:
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.append(parse_notes(case["notes"], date.fromisoformat(str(case["today"]))))
    return out


@pytest.mark.parametrize(
    "earlier, later",
    [("thank_you", "status_check"), ("status_check", "final"), ("final", "rejection_reply")],
)
def test_our_own_drafts_of_successive_stages_do_not_trip_the_warning(earlier, later):
    for notes in _eval_notes():
        for seed in range(2):
            sent = draft_email(DraftRequest(notes, earlier, seed=seed)).body
            new = draft_email(DraftRequest(notes, later, seed=seed)).body
            assert compare(new, [sent]).share < OVERLAP_WARN, (notes.company, seed)


def test_details_tied_to_a_person_by_name_or_by_heading():
    notes = parse_notes(PANEL_NOTES, date(2026, 11, 27))
    own = details_by_person(notes)
    assert own["Priya Raman"] == (
        "migrating the warehouse to Snowflake next quarter",
        "hiring two more analysts",
    )
    assert own["Tom Okafor"] == (
        "my experience with Airflow and dbt testing",
        "their on-call rotation",
    )
    assert own["Dr. Lena Fischer"] == ("how I would model churn for the subscription product",)
    shared = [n.details[-1] for n in notes_for_each(notes)]
    assert shared == ["the team offsite in Lisbon"] * 3  # "we all" names no one: everyone's


def test_a_sentence_naming_two_people_is_shared_and_lowercase_notes_work():
    notes = Notes(
        text="met priya and tom.\npriya explained the quarterly planning process\n"
        "tom walked me through the billing service rewrite",
        interviewers=(Interviewer("Priya"), Interviewer("Tom")),
        details=("the quarterly planning process",),
    )
    own = details_by_person(notes)
    assert own == {
        "Priya": ("the quarterly planning process",),
        "Tom": ("the billing service rewrite",),
    }


def test_a_surname_two_panelists_share_ties_nothing():
    notes = Notes(
        text="- Chen asked about caching\n- Ana Chen showed me the roadmap for search",
        interviewers=(Interviewer("Ana Chen"), Interviewer("Bo Chen")),
        details=("caching", "the roadmap for search"),
    )
    assert details_by_person(notes) == {"Ana Chen": ("the roadmap for search",), "Bo Chen": ()}


def test_each_panelist_gets_their_own_thank_you_with_their_own_details():
    notes = parse_notes(PANEL_NOTES, date(2026, 11, 27))
    panel = draft_panel(notes)
    assert [d.interviewer.name for d in panel.drafts] == [
        "Priya Raman",
        "Tom Okafor",
        "Dr. Lena Fischer",
    ]
    priya, tom, lena = (d.draft.body for d in panel.drafts)
    assert priya.startswith(("Dear Priya,", "Hello Priya,")) and "Tom" not in priya
    assert tom.startswith(("Dear Tom,", "Hello Tom,")) and "Priya" not in tom
    assert "Dr. Fischer" in lena.splitlines()[0]
    assert "Snowflake" in priya and "Snowflake" not in tom
    assert "Airflow" in tom and "Airflow" not in priya
    assert all(d.report.passed for d in panel.drafts), [d.report.failing() for d in panel.drafts]
    assert panel.near_copies == () and panel.warnings() == []


def test_one_note_copied_to_every_panelist_is_flagged():
    notes = parse_notes(PANEL_NOTES, date(2026, 11, 27))
    first = draft_panel(notes).drafts[0].draft
    copied = Draft(first.subject, first.body.replace("Priya", "Tom"), "thank_you")
    [pair] = compare_panel([first, copied])
    assert (pair.first, pair.second, pair.share) == (0, 1, 1.0)
    assert pair.repeated  # names the shared sentences


def test_near_copies_are_only_pairs_over_the_threshold():
    a = "Dear A,\n\nThank you for the talk about the search roadmap and ranking.\n\nBest,\nJ"
    b = "Dear B,\n\nThank you for the talk about the search roadmap and ranking.\n\nBest,\nJ"
    c = "Dear C,\n\nI enjoyed hearing how your team runs incident reviews every week.\n\nBest,\nJ"
    assert [(n.first, n.second) for n in near_copies([a, b, c])] == [(0, 1)]


def test_a_point_from_the_notes_made_again_fails() -> None:
    from assistant.checker.repetition import repetition_check

    sent = (
        "Dear Carol,\n\nThank you for meeting me. I particularly enjoyed talking about the "
        "three-way match.\n\nBest regards,\nJo"
    )
    again = (
        "Dear Carol,\n\nThank you for letting me know. I particularly enjoyed talking about the "
        "three-way match.\n\nPlease keep me in mind for future roles.\n\nBest regards,\nJo"
    )
    fresh = again.replace("the three-way match", "the new supplier portal")
    topics = ("the three-way match", "the new supplier portal")
    assert repetition_check(again, [sent], topics).status == "fail"
    assert repetition_check(fresh, [sent], topics).status == "pass"
