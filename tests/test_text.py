"""assistant/text: the one owner of words, sentences, list items, email parts, placeholders, cues,
readability and tone; and the pins on the dependencies it leans on (VADER, textstat)."""

from __future__ import annotations

import pytest

from assistant.text import adapters, metrics, sentences, tone
from assistant.text.email_parts import split_email
from assistant.text.matching import has_cue
from assistant.text.placeholders import fill_placeholders, placeholders
from assistant.text.words import fold, quote, words

# --- the dependency pins: an upgrade that changes these must fail here, loudly --------------------

VADER_SENTENCES = [
    "Thank you so much for the interview!",
    "I was not happy with the delay, but the team was great.",
    "It was kind of a long day, but I really enjoyed it :)",
    "The outage was NOT fun at all.",
    "I am extremely grateful and very excited 😀 about the role!!",
    "Without a doubt the best conversation I have had, never boring.",
    "I hardly slept, but it was worth it; kinda amazing, sort of.",
    "Good good good but bad bad",
]


@pytest.mark.parametrize("sentence", VADER_SENTENCES)
def test_adapter_valences_reproduce_vaders_own_polarity_scores(sentence):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    ours = adapters.compound(analyzer, adapters.valences(analyzer, sentence), sentence)
    assert round(ours, 4) == analyzer.polarity_scores(sentence)["compound"], (
        f"vaderSentiment no longer scores as {adapters.VADER_VERSION} did: "
        "re-check assistant/text/adapters.py against its polarity_scores"
    )


def test_vader_is_the_pinned_release():
    from importlib.metadata import version

    assert version("vaderSentiment") == adapters.VADER_VERSION


@pytest.mark.parametrize(
    ("word", "count"),
    [("interview", 3), ("today", 2), ("jordan", 2), ("data", 2), ("dagster", 2), ("the", 1)],
)
def test_syllables_from_textstat_offline_are_pinned(word, count):
    assert metrics.syllables(word) == count


def test_textstat_is_the_pinned_release_and_counts_words_as_the_thresholds_assume():
    from importlib.metadata import version

    assert version("textstat") == adapters.TEXTSTAT_VERSION
    # contractions are one word, hyphenated words one, punctuation and quotes none
    ts = adapters.textstat_offline()
    assert ts.lexicon_count("Don't stop — it's decision-making 'quoted' (ok).") == 6


def test_readability_of_a_known_email():
    units = ["Dear Sam,", "Thank you for the interview today.", "Best, Jordan"]
    assert metrics.readability(units) == (2.2, 85.0)
    assert metrics.readability([]) == (0.0, 0.0)


# --- words, sentences, list items, parts ------------------------------------------------------


def test_words_keep_hyphens_and_apostrophes_inside():
    assert words("Don't re-check the on-call rota.") == [
        "Don't",
        "re-check",
        "the",
        "on-call",
        "rota",
    ]
    assert fold("José's  Café!") == "jose s cafe"
    assert quote("one two three four", 2) == "“one two…”"


def test_email_sentences_end_at_list_items_paragraphs_and_stops():
    lines = [
        "Thanks for today. We covered:",
        "- the Dagster move",
        "- on-call",
        "",
        "Dr. Lee said hi.",
    ]
    assert sentences.sentences(lines) == [
        "Thanks for today.",
        "We covered:",
        "the Dagster move",
        "on-call",
        "Dr. Lee said hi.",
    ]


def test_notes_sentences_split_at_semicolons_not_after_titles_or_initials():
    assert sentences.line_sentences("Met Dr. Smith at St. Mary's; J. P. Morgan. Then lunch.") == [
        "Met Dr. Smith at St. Mary's",
        "J. P. Morgan.",
        "Then lunch.",
    ]


def test_talking_points_split_only_before_a_capital_and_at_separators():
    assert sentences.point_phrases(
        "Dagster, e.g. the move. Then on-call | hiring • Q3; budget"
    ) == [
        "Dagster, e.g. the move.",
        "Then on-call",
        "hiring",
        "Q3",
        "budget",
    ]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- Priya", "Priya"),
        ("  * [x] asked about on-call", "asked about on-call"),
        ("1. Sarah Chen", "Sarah Chen"),
        ("2) Tom", "Tom"),
        ("• ► nested", "nested"),
        ("## Notes", "Notes"),
        ("1.5x faster builds", "1.5x faster builds"),
        ("+ Sarah", "Sarah"),
        ("+44 7700 900123", "+44 7700 900123"),
        ("plain line", "plain line"),
    ],
)
def test_one_bullet_rule_for_notes(line, text):
    assert sentences.strip_bullets(line) == text


def test_an_email_list_item_needs_a_space_after_its_mark():
    assert sentences.LIST_ITEM.match("- item") and sentences.LIST_ITEM.match("2. item")
    assert not sentences.LIST_ITEM.match("-5 % churn") and not sentences.LIST_ITEM.match("1.5x")


def test_email_parts():
    parts = split_email("Hi Sam, thanks for today.\n\nMore here.\n\nBest,\nJordan")
    assert parts.greeting == "Hi Sam,"
    assert parts.prose == ("thanks for today.", "", "More here.", "")
    assert (parts.signoff, parts.name_lines) == ("Best,", ("Jordan",))


# --- placeholders and cues: the checker's and the fixer's one reading --------------------------


def test_placeholders_the_checker_and_the_fixer_share():
    text = "At [Company] as <Position>; start TBD, budget XX, sign ___, lorem ipsum, {name}, [1]."
    assert placeholders(text) == [
        "[Company]",
        "<Position>",
        "TBD",
        "XX",
        "___",
        "lorem ipsum",
        "{name}",
    ]
    assert fill_placeholders(text, {"company": "Acme", "name": ""}).startswith("At Acme as")
    assert "{name}" in fill_placeholders(text, {"name": ""})


def test_cues_match_at_a_word_start_not_inside_a_word():
    assert has_cue("Thanks so much for your time", ("thank",))
    assert has_cue("I’m grateful", ("i'm grateful",))
    assert not has_cue("I found it unthankful", ("thank",))


def test_tone_thresholds_are_vaders_documented_ones():
    assert (tone.POSITIVE_MIN, tone.NEGATIVE_MAX) == (0.05, -0.05)
    assert tone.sentiments(["Thank you, I enjoyed it."])[0] > tone.POSITIVE_MIN
