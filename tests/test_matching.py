"""Detail matching, names and placeholders: the rules the checker's verdicts rest on."""

from __future__ import annotations

import pytest

from assistant.text.matching import (
    content_words,
    grounded_stems,
    has_phrase,
    mentions,
    stem,
    ungrounded,
)
from assistant.text.names import greeted_names, name_candidates, name_parts
from assistant.text.placeholders import placeholders
from assistant.text.words import normalise


@pytest.mark.parametrize(
    "words",
    [
        ("migrating", "migration", "migrate", "migrated"),
        ("pipelines", "pipeline"),
        ("scaling", "scale", "scaled", "scales"),
        ("processes", "process", "processing"),
        ("planning", "planned", "plan"),
        ("companies", "company"),
        ("Dagster's", "dagster"),
        ("two", "2"),
    ],
)
def test_inflections_share_one_stem(words):
    assert len({stem(w) for w in words}) == 1


@pytest.mark.parametrize(
    "detail, text",
    [
        ("migrating to Dagster", "I enjoyed hearing about your move to Dagster."),
        ("migrating to Dagster", "Our talk about the Dagster migration stayed with me."),
        ("Their on-call rotation", "how my ON-CALL rotation would work"),
        ("scaling the data pipelines", "ideas to scale their pipeline"),
        (
            "the 40% cost reduction from spot instances",
            "the 40% savings you found with spot instances",
        ),
        ("Priya's team is hiring two more engineers", "Priya's plan to hire 2 engineers"),
        ("We talked about testing strategy", "your testing strategies"),
        ("real-time fraud scoring", "your real time fraud-scoring work"),
    ],
)
def test_detail_is_mentioned_despite_inflection_perspective_and_rephrasing(detail, text):
    assert mentions(detail, text)


@pytest.mark.parametrize(
    "detail, text",
    [
        ("migrating to Dagster", "I enjoyed hearing about your migration plans."),  # no name
        ("the 40% cost reduction from spot instances", "the cost reduction from spot instances"),
        ("Priya's team is hiring two more engineers", "I hear the team is hiring."),
        ("scaling the data pipelines", "Thank you for the interview."),
        ("", "anything at all"),
        ("migrating to Dagster", ""),
    ],
)
def test_detail_is_not_mentioned_without_its_distinctive_words(detail, text):
    assert not mentions(detail, text)


def test_content_words_drop_stopwords_pronouns_and_generic_verbs():
    assert content_words("We talked about their migration to Dagster") == ("migration", "dagster")


@pytest.mark.parametrize(
    "text, found",
    [
        ("Dear [Interviewer's Name], the [Position] role", ["[Interviewer's Name]", "[Position]"]),
        ("Hi {name}, see {{company}}", ["{name}", "{{company}}"]),
        ("the <Position> role at <Company Name>", ["<Position>", "<Company Name>"]),
        ("call me on XXX-XXXX", ["XXX", "XXXX"]),
        ("start date TBD", ["TBD"]),
        ("Lorem ipsum dolor", ["Lorem ipsum"]),
        ("Signed: ____", ["____"]),
    ],
)
def test_placeholders_are_found(text, found):
    assert placeholders(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Thanks <3",
        "see [my portfolio](https://example.com)",
        "line one<br>line two",
        "Jordan Lee <jordan.lee@example.com>",
        "a [1] footnote, an x-ray, and 2 < 3 > 1",
        "Maxx and Rexx were there",
    ],
)
def test_ordinary_text_is_not_a_placeholder(text):
    assert placeholders(text) == []


def test_phrases_match_at_word_starts_only():
    text = normalise("I’m  Frustrated, and the Prudent choice")
    assert has_phrase(text, "frustrat")
    assert has_phrase(text, "i'm frustrated")
    assert not has_phrase(text, "rude")


def test_name_candidates_skip_sentence_starts_and_title_case_subjects():
    found = name_candidates(
        ["Thanks for the chat with Priya about Kubernetes and 3 clusters."],
        " Ms. Rivera,",
        "Thank You For The Interview 2",
    )
    assert found == ["Priya", "Kubernetes", "3", "Ms", "Rivera", "2"]


def test_ungrounded_lists_only_words_the_notes_do_not_vouch_for():
    known = grounded_stems(["Met Priya Shah about Dagster pipelines", "Ms"])
    assert ungrounded(["Priya", "Dagster's", "Kubernetes", "Ms", "2024"], known) == [
        "Kubernetes",
        "2024",
    ]


def test_greeted_names_ignore_titles_and_neutral_words():
    assert greeted_names(" Ms. Rivera,") == ["Rivera"]
    assert greeted_names(" Hiring Team,") == []
    assert greeted_names(" [Interviewer's Name],") == []


def test_name_parts_drop_honorifics_and_initials():
    assert name_parts("Dr. Ada K. Okafor") == {"ada", "okafor"}
