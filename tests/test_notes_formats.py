"""Kinds of mistakes a blind reader found in drafts of notes nobody here wrote (issue 11), each
pinned on made-up notes of the same kind: a heading's employer, a name typed with a nickname or
a retired rank, a tag or a shift pattern read as a person, a family-name-first doctor."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checker.scoring import check
from assistant.core.domain import Draft, Interviewer, Notes
from assistant.drafter.timeline import decision
from assistant.notes.employer_check import implausible_employer
from assistant.notes.greetings import greet_name
from assistant.notes.parse import parse_notes
from assistant.notes.text_prep import tidy_names

TODAY = date(2026, 12, 1)


def _notes(text: str) -> Notes:
    return parse_notes(text, TODAY)


@pytest.mark.parametrize(
    ("text", "company", "role"),
    [
        ("Helper intvw - Okoye Plumbing - Tue 7am @ the shop (behind the depot)\n- pipe sizing\n",
         "Okoye Plumbing", "Helper"),
        ("St. Agnes' Lutheran - Office Manager\nmet in the fellowship hall\n- budgets\n",
         "St. Agnes' Lutheran", "Office Manager"),
        ("== Shift Lead, nights - Harbor 5PL, Dock D ==\nThu 10pm\n- pick rates\n",
         "Harbor 5PL", "Shift Lead"),
        ("Interview today for Youth Outreach Coordinator at Eastgate Community Center. Went well.\n",
         "Eastgate Community Center", "Youth Outreach Coordinator"),
    ],
)  # fmt: skip
def test_the_employer_and_role_in_a_heading_or_a_sentence(
    text: str, company: str, role: str
) -> None:
    notes = _notes(text)
    assert (notes.company, notes.role) == (company, role)


@pytest.mark.parametrize(
    ("company", "role", "why"),
    [
        ("Cashier", "Cashier", "the job"),
        ("WHO", None, "a section heading"),
        ("Walter", None, "a person's name"),
        ("The Shop", None, "a place"),
        ("Dispatch Office", None, "a room or a department"),
        ("Aldous", None, "a person's name"),  # "Fr. Aldous, my old supervisor"
        ("Eastbrook", None, "a street or a branch"),  # "22 Eastbrook Street"
        ("BRT deck crew", None, "a phrase, not a name"),
    ],
)
def test_an_employer_a_careful_reader_would_call_wrong_is_dropped(
    company: str, role: str | None, why: str
) -> None:
    notes = (
        "Got there early and a docent named Walter gave me a tour. Walter said it's busy. "
        "I mentioned Fr. Aldous, my old supervisor. Clinic at 22 Eastbrook Street."
    )
    assert (implausible_employer(company, role, notes) or "").startswith(why)


@pytest.mark.parametrize(
    "company", ["Delgado Electric", "NorthPoint 3PL", "Panificio Ferrante", "The Alcove", "N26"]
)
def test_a_real_employer_is_kept(company: str) -> None:  # "N26": a bank, though it reads as a code
    assert implausible_employer(company, "Apprentice") is None


def test_a_nickname_in_quotes_and_a_retired_rank_are_read_as_names() -> None:
    assert tidy_names('Sgt. (ret.) Amos Keller and Theodora "Teddy" Vance-Ortiz') == (
        "Sgt. Amos Keller and Theodora Vance-Ortiz (goes by Teddy)"
    )
    notes = _notes(
        "Vance & Keller LLP - Legal Assistant\n"
        '- Theodora "Teddy" Vance-Ortiz - office manager, she decides\n'
        "- asked about e-filing deadlines\n"
    )
    lead = notes.interviewers[0]
    assert (lead.name, lead.greet) == ("Theodora Vance-Ortiz", "Teddy")


def test_a_tag_a_shift_pattern_and_a_former_boss_are_no_interviewers() -> None:
    notes = _notes(
        "Corbin Bakery - Night Baker\n"
        "- Hilde Brandt - head baker, decides\n"
        "- NTS - don't mention the other bakery\n"
        "- Wed-Sun - 10pm to 6am\n"
        "- Rudi (old lead) told me to apply\n"
        "- talked about the sourdough schedule\n"
    )
    assert [p.greet for p in notes.interviewers] == ["Hilde"]


def test_a_title_and_an_initial_is_the_same_person() -> None:
    notes = _notes(
        "Fenwick Vets - Veterinary Nurse\n"
        "- Dr. Imelda Okafor - clinical director, decides\n"
        "- Dr. O asked about anaesthetic monitoring\n"
    )
    assert [p.greet for p in notes.interviewers] == ["Dr. Okafor"]


def test_a_family_name_first_person_is_greeted_by_the_family_name_or_in_full() -> None:
    assert greet_name("Dr. Tran Van Minh", None) == "Dr. Tran"
    assert greet_name("Choi Min-seo", None) == "Choi Min-seo"
    assert greet_name("Dr. Amara Okafor", None) == "Dr. Okafor"


def test_a_day_without_a_month_is_said_without_one() -> None:
    said = decision(
        {"decision_timeline": "on the 18th", "decision_date": "2026-12-18",
         "interview_date": "2026-12-01"}
    )  # fmt: skip
    assert said == " I understand you expected to be in touch by the 18th."
    assert decision({"decision_timeline": "decision on the 18th", "decision_date": "2026-12-18",
                     "interview_date": "2026-12-01"}) == (
        " I understand a decision was expected by the 18th."
    )  # fmt: skip
    assert decision({"decision_timeline": "benefits after 90 days; call by next friday"}) == (
        " I understand you expected to be in touch by the following Friday."
    )


NOTES = Notes(
    text="Kestrel Marine — Deckhand\n- Anders Holm, bosun, decides",
    interviewers=(Interviewer("Anders Holm", "bosun", "Anders", "lead"),),
    company="Kestrel Marine",
    role="Deckhand",
)
BODY = (
    "Dear Anders,\n\nThank you for your time and for the chance to interview for the Deckhand role "
    "at Kestrel Marine. I particularly enjoyed talking about your winter haul-out plans.\n\n"
    "The interview left me even more enthusiastic about joining Kestrel Marine.\n\n"
    "Best regards,\nJo Park"
)


def _status(draft: Draft) -> dict[str, str]:
    return {c.id: c.status for c in check(draft, NOTES, draft.stage).checks}


def test_a_sign_off_for_friends_a_bare_hi_subject_and_desperation_fail() -> None:
    assert _status(Draft("Thank you – Deckhand interview", BODY, "thank_you"))["signoff"] == "pass"
    loving = BODY.replace("Best regards,", "Love,")
    assert (
        _status(Draft("Thank you – Deckhand interview", loving, "thank_you"))["signoff"] == "fail"
    )
    assert _status(Draft("hi", BODY, "thank_you"))["subject"] == "fail"
    needy = BODY.replace(
        "I particularly enjoyed", "If I don't get this job, I don't know what I'll do. I enjoyed"
    )
    assert _status(Draft("Thank you – Deckhand interview", needy, "thank_you"))["avoid"] == "fail"


def test_a_business_is_no_person_and_a_canon_is_greeted_as_one() -> None:
    notes = _notes(
        "Greyfriars Hospice - Chaplain\n"
        "- Canon Ruth Abernethy - lead chaplain, she decides\n"
        "- Dr. Omar Haddou - medical director, left early\n"
        "- Osteria Vecchia sends us soup on Fridays\n"
        "- talked about the bereavement groups\n"
    )
    greets = [p.greet for p in notes.interviewers]
    assert greets[0] == "Canon Abernethy" and "Osteria" not in greets
    assert notes.role == "Chaplain"  # not the medical director's title


def test_trailing_note_words_after_an_employer_name_are_cut() -> None:
    from assistant.notes.employer_check import trim_employer

    assert trim_employer("Capitol Toyota svc dept") == "Capitol Toyota"
    assert trim_employer("FreshWay grocery") == "FreshWay grocery"  # an organisation word


def test_a_retired_rank_from_the_rank_list_is_read_and_greeted_in_full() -> None:
    from assistant.notes.greetings import rank_title

    assert tidy_names("Col. (ret.) Amos Keller") == "Col. Amos Keller"
    assert rank_title("Amos Keller", "Col, transport supervisor") == "Colonel Keller"
