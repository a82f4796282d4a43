"""Details from notes become grammatical phrases addressed to the interviewer."""

import pytest

from assistant.prompting.phrasing import (
    about,
    clean_detail,
    is_clause,
    role_phrase,
    salutation_name,
    to_second_person,
)


@pytest.mark.parametrize(
    "detail, expected",
    [
        (
            "talked about migrating their pipelines to Dagster",
            "our conversation about migrating your pipelines to Dagster",
        ),
        ("- the team is 12 people.", "learning that the team is 12 people"),
        ("both of us like rock climbing", "discovering our shared interest in rock climbing"),
        ("we both love jazz", "discovering our shared interest in jazz"),
        (
            "the team ships weekly and uses feature flags",
            "learning that the team ships weekly and uses feature flags",
        ),
        ("they're expanding into Brazil", "learning that you're expanding into Brazil"),
        ("his plans for the EMEA launch", "our conversation about your plans for the EMEA launch"),
        ("<b>Kafka</b> consumer lag", "our conversation about Kafka consumer lag"),
        (
            "how I would model churn for their app",
            "our conversation about how I would model churn for your app",
        ),
        ("why they're moving off Oracle", "our conversation about why you're moving off Oracle"),
        (
            "the healthcare M&A deals their group is working on",
            "our conversation about the healthcare M&A deals your group is working on",
        ),
        ("- [x] the new EU AML authority", "our conversation about the new EU AML authority"),
        ("12-hour night shifts", "our conversation about 12-hour night shifts"),
        ("1. Scaling the checkout API", "our conversation about scaling the checkout API"),
        (
            "how he played through my portfolio level",
            "our conversation about how you played through my portfolio level",
        ),
        (
            "Design a multi-tenant rate limiter",
            "our conversation about designing a multi-tenant rate limiter",
        ),
        (
            "how id handle the rush w only 2 baristas",
            "our conversation about how I'd handle the rush with only 2 baristas",
        ),
        ("her team's roadmap", "our conversation about your team's roadmap"),
        ("your team is growing fast", "learning that your team is growing fast"),
    ],
)
def test_about_reads_after_i_enjoyed(detail, expected):
    assert about(detail) == expected


def test_discussing_never_stacks_two_gerunds():
    assert about("migrating to Dagster", 1) == "talking about migrating to Dagster"


@pytest.mark.parametrize(
    "text, clause",
    [
        ("the team is 12 people", True),
        ("rate limiting", False),
        ("his plans for the EMEA launch", False),
        ("Dana loves Figma plugins", True),
    ],
)
def test_clause_or_topic(text, clause):
    assert is_clause(text) is clause


def test_long_details_are_cut_and_capitalised_openers_lowered():
    assert len(clean_detail(" ".join(["word"] * 30)).split()) == 14
    assert clean_detail("Migrating to Dagster.") == "migrating to Dagster"
    assert clean_detail("Kubernetes upgrade") == "Kubernetes upgrade"


def test_perspective_keeps_my_and_changes_their():
    assert to_second_person("their roadmap and my Spark work") == "your roadmap and my Spark work"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Dr. Amara Okafor", "Dr. Okafor"),
        ("José Álvarez", "José"),
        ("ms kim", "Ms. Kim"),
        ("Prof. Elena Rossi", "Prof. Rossi"),
        ("priya", "Priya"),
    ],
)
def test_salutation_name(name, expected):
    assert salutation_name(name) == expected


def test_role_phrase_does_not_double_role():
    assert role_phrase("Senior Data Engineer") == "the Senior Data Engineer role"
    assert role_phrase("Product Designer position") == "the Product Designer position"
    assert role_phrase(None) == "the role"
