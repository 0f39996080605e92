"""CompareOptions: the user's switches apart from the tuned thresholds."""

import dataclasses
import json

from wirediff.core.options import CompareOptions


def test_user_fields_are_the_switches_and_all_of_them():
    fields = {f.name: f for f in dataclasses.fields(CompareOptions)}
    assert set(CompareOptions.USER_FIELDS) <= set(fields)
    switches = {name for name, f in fields.items() if isinstance(f.default, bool)}
    assert set(CompareOptions.USER_FIELDS) == switches - set(CompareOptions.ENGINE_SWITCHES)
    assert set(CompareOptions.ENGINE_SWITCHES) <= switches
    assert "USER_FIELDS" not in fields  # a class constant, not an option


def test_the_user_dict_holds_the_switches_only_and_round_trips():
    options = CompareOptions(ignore_case=True, fold_arabic_letters=False, group_max_units=2)
    stored = json.loads(json.dumps(options.to_user_dict()))
    assert stored == {
        "ignore_case": True,
        "ignore_punctuation": False,
        "fold_typography": True,
        "fold_arabic_letters": False,
        "fold_yo": True,
        "fold_eszett": True,
        "fold_han": True,
        "fold_lookalikes": True,
        "fold_whitespace": True,
        "ignore_paragraphs": False,
        "ignore_numbering": False,
        "ignore_fillers": False,
    }
    back = CompareOptions.from_user_dict(stored)
    assert (back.ignore_case, back.fold_arabic_letters) == (True, False)
    assert back.group_max_units == CompareOptions().group_max_units  # a threshold: not kept


def test_thresholds_in_older_settings_never_override_the_defaults():
    old = CompareOptions(ignore_punctuation=True, pair_min_weighted_dice=0.9).to_dict()
    read = CompareOptions.from_user_dict(old)
    assert read == CompareOptions(ignore_punctuation=True)


def test_damaged_or_unknown_values_are_ignored():
    data = {"ignore_case": "yes", "fold_typography": 0, "fold_whitespace": None, "shiny": True}
    assert CompareOptions.from_user_dict(data) == CompareOptions()
    assert CompareOptions.from_user_dict({}) == CompareOptions()


def test_switches_apply_over_a_given_base():
    base = CompareOptions(island_max_tokens=2)
    read = CompareOptions.from_user_dict({"ignore_case": True}, base)
    assert read == CompareOptions(island_max_tokens=2, ignore_case=True)
