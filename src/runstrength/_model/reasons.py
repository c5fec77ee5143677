"""Every reason code, with its English template and what each parameter means.

One registry (:data:`CODES`) of every code the library writes, built once from the
areas' tables (``reasons_days`` and the others beside this module), and :func:`say`, the
builder every site uses: ``say("hold.time", exercise="wall_sit", exercise_name="Wall sit",
seconds=45)`` is the reason whose text is the template filled in. :func:`reason_text`
renders a reason with other templates, falling back to English, so a translation is a
dict of templates.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import final

import attrs

from runstrength._model.frozenmap import FrozenMap
from runstrength._model.reason import FREE_TEXT, JOINED, Param, Reason, parts_of
from runstrength._model.reasons_bodyweight_race import BODYWEIGHT_RACE_CODES
from runstrength._model.reasons_calendar import CALENDAR_CODES
from runstrength._model.reasons_calendar_block import CALENDAR_BLOCK_CODES
from runstrength._model.reasons_calf_ladders import CALF_LADDER_CODES
from runstrength._model.reasons_calf_stand_ins import CALF_STAND_IN_CODES
from runstrength._model.reasons_caps import CAPS_CODES
from runstrength._model.reasons_clean_ranges import CLEAN_RANGE_CODES
from runstrength._model.reasons_coach import COACH_CODES
from runstrength._model.reasons_days import DAY_CODES
from runstrength._model.reasons_doses import DOSE_CODES
from runstrength._model.reasons_dumbbell_steps import DUMBBELL_STEP_CODES
from runstrength._model.reasons_effort_cue import EFFORT_CUE_CODES
from runstrength._model.reasons_exercises import EXERCISE_CODES
from runstrength._model.reasons_harder_forms import HARDER_FORM_CODES
from runstrength._model.reasons_heavy import HEAVY_CODES
from runstrength._model.reasons_ladders import LADDER_CODES
from runstrength._model.reasons_makeup import MAKEUP_CODES
from runstrength._model.reasons_pace import PACE_CODES
from runstrength._model.reasons_plan_notes import PLAN_NOTE_CODES
from runstrength._model.reasons_progress import PROGRESS_CODES
from runstrength._model.reasons_progress_notes import PROGRESS_NOTE_CODES
from runstrength._model.reasons_race_loads import RACE_LOAD_CODES
from runstrength._model.reasons_rests import RESTS_CODES
from runstrength._model.reasons_said_changes import SAID_CHANGE_CODES
from runstrength._model.reasons_season import SEASON_CODES
from runstrength._model.reasons_sessions import SESSION_CODES
from runstrength._model.reasons_steps import STEP_CODES
from runstrength._model.reasons_taper_holds import TAPER_HOLD_CODES
from runstrength._model.reasons_tendon_block import TENDON_BLOCK_CODES
from runstrength._model.reasons_true_claims import TRUE_CLAIM_CODES
from runstrength._model.reasons_truecues import TRUECUES_CODES
from runstrength._model.reasons_watch_loads import WATCH_LOAD_CODES
from runstrength._model.reasons_weeks import WEEK_CODES

__all__ = ["CODES", "ReasonCode", "joined_reasons", "reason_codes", "reason_text", "say"]

Entry = tuple[str, Mapping[str, str]]
"""One code's English template and what each of its parameters means."""

_GENERAL: dict[str, Entry] = {
    FREE_TEXT: ("{text}", {}),
    JOINED: ("{parts}", {}),
}
"""Free text (its ``text`` is all it says, translated by nobody), and a reason made of
others (its ``parts``, each rendered, joined by a space): no parameters, and templates
that only say where the text comes from."""


@final
@attrs.frozen
class ReasonCode:
    """One reason code: its English template and what each parameter means.

    Args:
        code: The code, e.g. ``day.after_easy_run``.
        template: The English, with ``{name}`` where a parameter goes (a format
            specification such as ``{load_kg:g}`` may follow the name).
        params: Each parameter's name and meaning, in sorted order: the template shows
            some of them; the others are the machine values beside the display words
            (an exercise's id beside its name) for apps to translate from.
    """

    code: str
    template: str
    params: FrozenMap[str, str]

    @property
    def placeholders(self) -> frozenset[str]:
        """The names the template shows."""
        return _placeholders(self.template)


def _placeholders(template: str) -> frozenset[str]:
    return frozenset(
        name.split(".")[0].split("[")[0]
        for _, name, _, _ in string.Formatter().parse(template)
        if name
    )


def _build() -> dict[str, ReasonCode]:
    out: dict[str, ReasonCode] = {}
    tables = (
        _GENERAL,
        DAY_CODES,
        SESSION_CODES,
        EXERCISE_CODES,
        WEEK_CODES,
        PLAN_NOTE_CODES,
        SEASON_CODES,
        DOSE_CODES,
        COACH_CODES,
        PROGRESS_CODES,
        CALENDAR_CODES,
        PROGRESS_NOTE_CODES,
        CALENDAR_BLOCK_CODES,
        HEAVY_CODES,
        LADDER_CODES,
        BODYWEIGHT_RACE_CODES,
        EFFORT_CUE_CODES,
        RACE_LOAD_CODES,
        MAKEUP_CODES,
        TRUECUES_CODES,
        PACE_CODES,
        TAPER_HOLD_CODES,
        STEP_CODES,
        CAPS_CODES,
        WATCH_LOAD_CODES,
        RESTS_CODES,
        DUMBBELL_STEP_CODES,
        CALF_STAND_IN_CODES,
        HARDER_FORM_CODES,
        CALF_LADDER_CODES,
        CLEAN_RANGE_CODES,
        SAID_CHANGE_CODES,
        TENDON_BLOCK_CODES,
        TRUE_CLAIM_CODES,
    )
    for table in tables:
        for code, (template, params) in table.items():
            if code in out:
                raise ValueError(f"reason code {code!r} registered twice")
            entry = ReasonCode(code, template, FrozenMap(sorted(params.items())))
            shown = entry.placeholders
            if not shown <= params.keys() and code not in _GENERAL:
                raise ValueError(f"{code}: {sorted(shown - params.keys())} have no meaning")
            out[code] = entry
    return dict(sorted(out.items()))


CODES: Mapping[str, ReasonCode] = FrozenMap(_build())
"""Every reason code the library writes, in sorted order."""

_NAMES: dict[str, frozenset[str]] = {code: frozenset(e.params) for code, e in CODES.items()}
_TEMPLATES: dict[str, str] = {code: e.template for code, e in CODES.items()}
_ORDER: dict[str, tuple[str, ...]] = {code: tuple(sorted(e.params)) for code, e in CODES.items()}
"""Each code's parameter names in sorted order: the order a reason holds them in."""
_NO_PARAMS: FrozenMap[str, Param] = FrozenMap()
_PLAIN: dict[str, Reason] = {}
"""The reason of each code :func:`say` was asked for without parameters (at most one a
code): a reason is an immutable value, so one serves every plan."""


def say(code: str, /, **params: Param) -> Reason:
    """The reason of ``code`` with ``params``: its text is the English template filled in.

    >>> say("day.off").text
    "Not one of the athlete's training days."

    Raises:
        KeyError: ``code`` is not registered, or ``params`` are not the code's.
    """
    names = _NAMES[code]
    if params.keys() != names:
        raise KeyError(f"{code}: parameters {sorted(params)} are not {sorted(names)}")
    if not params:  # one value for each code said without parameters, made on first use
        found = _PLAIN.get(code)
        if found is None:
            found = _PLAIN[code] = _made(code, _NO_PARAMS, _TEMPLATES[code].format_map(params))
        return found
    # As _made, without the call: this runs for most reasons of every plan. The parameters
    # are held in sorted order, in a dict that nothing else holds: the call's own when
    # given in that order (a dict of keyword arguments is made afresh for each call).
    order = _ORDER[code]
    held = params if tuple(params) == order else {name: params[name] for name in order}
    reason = object.__new__(Reason)
    set_field = object.__setattr__
    set_field(reason, "code", code)
    set_field(reason, "params", FrozenMap.holding(held))
    set_field(reason, "text", _TEMPLATES[code].format_map(params))
    set_field(reason, "parts", ())
    return reason


def _made(
    code: str, params: FrozenMap[str, Param], text: str, parts: tuple[Reason, ...] = ()
) -> Reason:
    """A reason of a registered code, built without the checks a caller's value needs."""
    reason = object.__new__(Reason)
    set_field = object.__setattr__  # each field set in turn: this runs for every reason
    set_field(reason, "code", code)
    set_field(reason, "params", params)
    set_field(reason, "text", text)
    set_field(reason, "parts", parts)
    return reason


def joined_reasons(first: Reason, *more: Reason | None) -> Reason:
    """The reasons given (``None`` skipped) as one: ``first`` alone, else of the code ``joined``.

    A joined reason's parts are flattened, so joining joined reasons gives one level.
    """
    parts: list[Reason] = []
    for reason in (first, *more):
        if reason is None:
            continue
        parts.extend(parts_of(reason))
    if len(parts) == 1:
        return parts[0]
    text = " ".join(p.text for p in parts)
    return _made(JOINED, _NO_PARAMS, text, tuple(parts))  # one empty map serves every join


def reason_codes() -> Mapping[str, ReasonCode]:
    """Every reason code the library writes, with its English template and parameters.

    A translation is a dict of templates by code, in the same ``{name}`` form (see
    :func:`reason_text`).

    >>> reason_codes()["day.off"].template
    "Not one of the athlete's training days."
    """
    return CODES


def reason_text(reason: Reason, templates: Mapping[str, str] | None = None) -> str:
    """``reason`` in words: with ``templates`` (by code) where they have its code, else English.

    A ``joined`` reason is its parts, each rendered, joined by a space; free text (the
    code ``text``) is always its own text.

    >>> reason_text(say("day.off"), {"day.off": "Pas un jour d'entraînement."})
    "Pas un jour d'entraînement."
    """
    if reason.code == JOINED:
        return " ".join(reason_text(part, templates) for part in reason.parts)
    if reason.code == FREE_TEXT:
        return reason.text
    template = None if templates is None else templates.get(reason.code)
    if template is None:
        return reason.text
    return template.format_map(reason.params)
