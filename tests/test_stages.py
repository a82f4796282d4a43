import pytest

from assistant.core.errors import RulesError
from assistant.core.stages import STAGES_FILE, load_rules, normalise_stage, parse_rules


def test_stage_file_encodes_the_guides_targets():
    rules = load_rules()
    assert (rules.stage("thank_you").words_min, rules.stage("thank_you").words_max) == (50, 125)
    assert (rules.stage("status_check").words_min, rules.stage("status_check").words_max) == (
        40,
        100,
    )
    assert (rules.stage("final").words_min, rules.stage("final").words_max) == (40, 100)
    assert rules.schedule.thank_you_within_hours == 24
    assert not rules.stage("move_on").sendable
    avoid = {p for g in rules.avoid for p in g.phrases}
    assert {"just checking in", "touching base", "circling back", "asap"} <= avoid


def test_every_moves_example_sentence_does_the_move():
    for stage in load_rules().stages.values():
        for move in stage.moves:
            example = move.example.format(
                role_phrase="the Analyst role",
                at_company=" at Acme",
                team="Acme",
                with_team="at Acme",
            ).lower()
            assert any(cue in example for cue in move.cues), (stage.id, move.id)


@pytest.mark.parametrize(
    "change, message",
    [
        (("words = [50, 125]", "words = [125, 50]"), "should be \\[low, high\\]"),
        (("words = [50, 125]", "wrods = [50, 125]"), "unknown key\\(s\\) wrods"),
        (("[stages.final]", "[stages.finale]"), "unknown stage\\(s\\) finale"),
        (("min_details = 1", 'min_details = "one"'), "should be a whole number"),
        (("order = [", "order = [[["), "not valid TOML"),
    ],
)
def test_a_stage_file_with_a_typo_gives_a_clear_error(change, message):
    text = STAGES_FILE.read_text().replace(*change, 1)
    with pytest.raises(RulesError, match=message):
        parse_rules(text)


@pytest.mark.parametrize(
    "given, expected",
    [
        ("Thank-you", "thank_you"),
        ("status", "status_check"),
        ("final", "final"),
        ("Status Check", "status_check"),
    ],
)
def test_stage_names_are_forgiving(given, expected):
    assert normalise_stage(given) == expected


def test_unknown_stage_names_the_choices():
    with pytest.raises(RulesError, match="thank_you, status_check, final"):
        load_rules().stage("fourth")


def test_only_the_thank_you_is_addressed_to_everyone_by_default():
    stages = load_rules().stages
    assert [s for s in stages if stages[s].to_everyone] == ["thank_you"]
    text = STAGES_FILE.read_text().replace("to_everyone = true", "to_everyone = false")
    assert not parse_rules(text).stage("thank_you").to_everyone
