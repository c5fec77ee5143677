"""After sharp pain: the graded test of a rested area, the referral, and the return.

- **Test** (:func:`test_for`): the exercise's easier variation when the athlete may do
  it, else the exercise itself; one or two easy sets at the bottom of the range, at
  bodyweight (the lightest load the kit makes when it cannot be done without one), in a
  pain-free range, stopping at any pain. It comes only once the pain has settled in daily
  life or a physiotherapist or doctor has cleared it.
- **Review** (:func:`review`): a pain-free test clears the exclusion. Mild pain keeps
  the exercise out; a second test in a row with mild pain, or sharp pain in a test, adds
  the advice to see a physiotherapist or doctor before testing again to the exclusion's
  reason, and the week's notes say so once. After that advice a pain-free test does not
  by itself bring the exercise back: the plan cannot tell whether the appointment
  happened, so the first such test is recorded in the reason (:data:`AWAITING`) and asks
  for the clearance, and only a second pain-free test, a week or more later, clears it;
  a reason that says :data:`CLEARED` clears it at the first. The return note then asks
  for the clearance (:data:`REFERRED_RETURN`).
- **Return** (:func:`comeback`): about half of the prescription the pain came in. A lift
  keeps its sets and range at about half the load lifted, rounded down for its kit (at
  least the lightest load it makes); work with no known load does half the sets (rounded
  up), or, with one set, the lower half of its range, at bodyweight with
  3-4 reps in reserve and a 3-s lowering. Its reason says it is a trial (:data:`TRIAL`):
  stop at any sharp pain, and go up only if pain-free in the session and the next
  morning. It goes first in its session (after any jumps), fresh, and builds back:
  the sets first, then the usual steps, and it goes first in its session's changes while
  it is below the dose it hurt at (:func:`below_pain`). Never more sets, amount or load
  than before the pain.
- **Notes**: one per exclusion a week (when it starts, a test's result, or a short
  reminder while it is carried); :mod:`~runstrength._progression.weeknotes` tells them
  from the planner's shortfalls so that a plan does not carry last week's notes, and
  says how to run meanwhile when the area is one that running loads.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

import attrs

from runstrength._model.clean import clean_cut
from runstrength._model.dose import IntRange
from runstrength._model.prescription import Prescription
from runstrength._model.reason import JOINED, Param, Reason, text_of, to_reason
from runstrength._model.reasons import joined_reasons, say
from runstrength._model.vocab import Pain
from runstrength._progression.fit import Fit, first_loadable, needs_load
from runstrength._progression.loadmath import round_load, step_up
from runstrength._progression.policy import base_load
from runstrength._progression.trial import RETURN_RIR, RETURN_TEMPO, trial_reps
from runstrength._views.wording import amount_text, kg, listing

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping, Sequence

    from runstrength._model.athlete import Athlete
    from runstrength._model.catalog import Catalog
    from runstrength._model.dose import Dose
    from runstrength._model.exclusion import Exclusion
    from runstrength._model.exercise import Exercise
    from runstrength._model.logs import ExerciseLog
    from runstrength._model.vocab import Equipment

__all__ = [
    "AWAITING",
    "CLEARED",
    "EARLY_TEST",
    "REFERRED_GATE",
    "REFERRED_RETURN",
    "RETURN_RULE",
    "TEST_RIR",
    "TEST_SETS",
    "TRIAL",
    "TRIAL_MARK",
    "TRIAL_RULE",
    "below_pain",
    "comeback",
    "done_before",
    "mild_in_a_row",
    "on_trial",
    "referred",
    "review",
    "start_note",
    "test_advice",
    "test_for",
    "tested",
]

TEST_SETS: Final = 2
"""Most sets a test of a rested area asks for (project convention, after source 003's
advice to start again gently and stop at any pain)."""

TEST_RIR: Final = IntRange(3, 4)
"""Reps in reserve a test's sets end with: easy sets, well short of effort."""

REFERRAL: Final = "see a physiotherapist or doctor before testing it again"
"""The words that mark an exclusion whose reason already refers the athlete on."""

EARLY_TEST: Final = (
    "You tested again before seeing a physio: book that appointment; no more tests until then."
)
"""What a test logged after the referral says (the referral asked for no test before it)."""

AWAITING: Final = "One pain-free test since that advice."
"""Added to a referred exclusion's reason by its first pain-free test (project convention)."""

CLEARED: Final = "cleared by a physiotherapist or doctor"
"""Words in a referred exclusion's reason (any case) that let a pain-free test clear it
at once: the athlete's own record that the appointment has cleared the exercise."""

REFERRED_RETURN: Final = (
    "Back only if a physiotherapist or doctor has cleared it; if not, keep it out and book "
    "that appointment."
)
"""The condition a return after the referral states."""

REFERRED_GATE: Final = (
    "Only if a physiotherapist or doctor has cleared it: if not, leave it out this week "
    "and book that appointment."
)
"""The condition on the plan line of an exercise back after the referral."""

RETURN_RULE: Final = (
    "Return only if a professional cleared it or daily life has been pain-free for two weeks."
)
"""The condition a return after sharp pain states (project convention, after 003)."""


def _load_item(exercise: Exercise, athlete: Athlete | None) -> Equipment | None:
    item = Fit(athlete).load_item(exercise)
    return item if item is not None else first_loadable(exercise.load_with)


def _level_dose(exercise: Exercise, athlete: Athlete | None) -> Dose:
    level = exercise.level if athlete is None else max(athlete.level, exercise.level)
    return exercise.doses[level] if level in exercise.doses else exercise.dose_for(exercise.level)


def test_for(exercise: Exercise, catalog: Catalog, athlete: Athlete | None) -> Prescription:
    """The graded test of an exercise that hurt: easy sets of it or its easier variation.

    At most :data:`TEST_SETS` sets at the bottom of the range, ending :data:`TEST_RIR` in
    reserve, at bodyweight, or the lightest load the kit makes when the exercise cannot
    be done without one.
    """
    easier = catalog.get(exercise.easier) if exercise.easier else None
    chosen = exercise
    if easier is not None and Fit(athlete).problem(easier, exercise) is None:
        chosen = easier
    dose = _level_dose(chosen, athlete)
    load = None
    if needs_load(chosen):
        item = _load_item(chosen, athlete)
        load = None if item is None else step_up(0.0, item)
    test = attrs.evolve(
        dose.with_amount(IntRange(dose.amount.lo)),
        sets=IntRange(1, min(TEST_SETS, dose.sets.hi)),
        rir=None if dose.rir is None else TEST_RIR,
        load_kg=load,
        tempo=None,
    )
    return Prescription(
        chosen.id,
        test,
        reason=say("progress.test", exercise=exercise.id, exercise_name=exercise.name),
        choose_load=load is None and needs_load(chosen),
    )


_PROPER: Final = frozenset({"Bulgarian", "Copenhagen", "Cossack", "Pallof", "Romanian"})
"""First words of exercise names that keep their capital inside a sentence."""


def _dose_words(test: Prescription, name: str) -> str:
    first = name.split(" ", 1)[0]
    if first not in _PROPER and name[:1].isupper() and name[1:2].islower():
        name = name[0].lower() + name[1:]  # "easy sets of bodyweight good morning"
    dose = test.dose
    if dose.load_kg is not None:
        load = f" at {kg(dose.load_kg)}"
    else:
        load = " at the lightest load" if test.choose_load else " at bodyweight"
    amount = amount_text(dose.amount.lo, dose.unit, per_side=dose.per_side)
    return f"{dose.sets} easy sets of {name}, {amount}{load}"


def test_advice(test: Prescription, name: str) -> Reason:
    """The sentence that tells an athlete how and when to test a rested area."""
    dose = test.dose
    return say(
        "progress.test_advice",
        test=_dose_words(test, name),
        exercise=test.exercise,
        sets=str(dose.sets),
        amount=dose.amount.lo,
        unit=dose.unit,
    )


def done_before(rx: Prescription, log: ExerciseLog) -> Prescription:
    """The prescription the pain came in, with the load lifted when the athlete chose it."""
    lifted = base_load(rx.dose, log)
    if rx.choose_load and lifted > 0:
        return attrs.evolve(rx, dose=attrs.evolve(rx.dose, load_kg=lifted), choose_load=False)
    return rx


def start_note(exclusion: Exclusion, names: Mapping[str, str]) -> Reason:
    """The note for the week an exclusion starts: what is out, and how to test it."""
    name = names.get(exclusion.exercise, exclusion.exercise)
    out = [names.get(r, r) for r in exclusion.removed] or [name]
    verb = "is" if len(out) == 1 else "are"
    areas = listing(exclusion.areas)
    if len(exclusion.areas) > 1:  # "the lower back and hamstring"
        first, _, last = areas.rpartition(", ")
        areas = f"{first} and {last}"
    lead = f"Resting the {areas} after" if exclusion.areas else "After"
    words = f"{listing(out)} {verb}"
    if len(f"{lead} sharp pain during {name}: {words} out of the plan.") > 200:
        words = f"{len(out)} exercises are"
    params: dict[str, Param] = {
        "exercise": exclusion.exercise,
        "exercise_name": name,
        "removed": ",".join(exclusion.removed or (exclusion.exercise,)),
        "out": words,
    }
    if exclusion.areas:
        rested = ",".join(exclusion.areas)
        said = say("progress.note.start.rested", **params, areas=rested, area_words=areas)
    else:
        said = say("progress.note.start", **params)
    if exclusion.test is None:
        return joined_reasons(said, say("progress.note.start.no_test"))
    test = exclusion.test
    test_name = names.get(test.exercise, test.exercise)
    how = say(
        "progress.note.start.test",
        test=_dose_words(test, test_name),
        test_exercise=test.exercise,
        sets=str(test.dose.sets),
        amount=test.dose.amount.lo,
        unit=test.dose.unit,
    )
    return joined_reasons(said, how)


def _rested(exclusion: Exclusion) -> str:
    """``the hamstring stays rested``, or ``it stays out`` when no area is named."""
    if not exclusion.areas:
        return "it stays out"
    verb = "stay" if len(exclusion.areas) > 1 else "stays"
    return f"the {listing(exclusion.areas)} {verb} rested"


def _worst(logs: Sequence[ExerciseLog]) -> Pain | None:
    """The worst pain of the tests logged; ``None`` when none was done (no sets, no pain)."""
    pains = [log.pain for log in logs if log.sets or log.pain is not Pain.none]
    if not pains:
        return None
    if Pain.sharp in pains:
        return Pain.sharp
    return Pain.mild if Pain.mild in pains else Pain.none


def tested(exclusion: Exclusion) -> frozenset[str]:
    """The exercises whose logs test an exclusion: its exercise and the test's."""
    extra = () if exclusion.test is None else (exclusion.test.exercise,)
    return frozenset((exclusion.exercise, *extra))


def mild_in_a_row(names: Collection[str | None], history: Sequence[ExerciseLog]) -> int:
    """Logs of ``names`` with mild pain at the end of ``history``, in a row.

    Logs of other exercises are passed over; any other pain, or none, ends the run.
    """
    count = 0
    for log in reversed(history):
        if log.exercise not in names:
            continue
        if log.pain is not Pain.mild:
            break
        count += 1
    return count


def review(
    carried: Sequence[Exclusion],
    tests: Sequence[ExerciseLog],
    history: Sequence[ExerciseLog],
    names: Mapping[str, str],
) -> tuple[list[Exclusion], dict[str, Exclusion], list[Reason]]:
    """Read this week's tests of the carried exclusions.

    Returns:
        The exclusions still in force (reasons updated for a referral), the cleared
        ones by exercise id, and one note per exclusion.
    """
    kept: list[Exclusion] = []
    cleared: dict[str, Exclusion] = {}
    notes: list[Reason] = []
    for exclusion in carried:
        mine = [t for t in tests if t.exercise in tested(exclusion)]
        name = names.get(exclusion.exercise, exclusion.exercise)
        pain = _worst(mine)
        sent = referred(exclusion)
        if pain is Pain.none and sent and not _may_clear(text_of(exclusion.reason)):
            awaiting = say("progress.awaiting")
            kept.append(attrs.evolve(exclusion, reason=_joined(exclusion.reason, awaiting)))
            notes.append(
                say("progress.note.test.awaiting", exercise=exclusion.exercise, exercise_name=name)
            )
            continue
        if pain is Pain.none:
            cleared[exclusion.exercise] = exclusion
            continue
        if pain is not None and sent:
            kept.append(attrs.evolve(exclusion, reason=_not_awaiting(exclusion.reason)))
            notes.append(say("progress.note.test.early"))
            continue
        if pain is not None and not sent:
            streak = mild_in_a_row(tested(exclusion), history) + 1  # the sharp pain ends it
            if pain is Pain.sharp or streak >= 2:
                what = "Sharp pain in the test" if pain is Pain.sharp else "Mild pain in two tests"
                keep = f"the {listing(exclusion.areas)} rested" if exclusion.areas else "it out"
                advice = say(
                    "progress.referral",
                    exercise=exclusion.exercise,
                    exercise_name=name,
                    pain=str(pain) if pain is Pain.sharp else "mild",
                    what=what,
                    in_a_row="" if pain is Pain.sharp else " in a row",
                    areas=",".join(exclusion.areas),
                    keep=keep,
                )
                kept.append(attrs.evolve(exclusion, reason=_joined(exclusion.reason, advice)))
                notes.append(advice)
                continue
            notes.append(
                say(
                    "progress.note.test.mild",
                    exercise=exclusion.exercise,
                    exercise_name=name,
                    areas=",".join(exclusion.areas),
                    stays_out=_stays_out(exclusion),
                )
            )
            kept.append(exclusion)
            continue
        kept.append(exclusion)
        notes.append(_reminder(exclusion, name))
    return kept, cleared, notes


def _may_clear(reason: str) -> bool:
    """Whether a pain-free test clears a referred exclusion: a second one, or one cleared."""
    return AWAITING in reason or CLEARED in reason.lower()


def referred(exclusion: Exclusion) -> bool:
    """Whether the exclusion's reason holds the advice to see a physiotherapist or doctor."""
    return REFERRAL in text_of(exclusion.reason)


def _reminder(exclusion: Exclusion, name: str) -> Reason:
    """The short note while an exclusion is carried."""
    rested = _rested(exclusion)
    params: dict[str, Param] = {
        "exercise": exclusion.exercise,
        "exercise_name": name,
        "areas": ",".join(exclusion.areas),
        "rested": f"{rested[:1].upper()}{rested[1:]}",
    }
    if exclusion.test is None:
        return say("progress.note.reminder.no_test", **params)
    if REFERRAL in text_of(exclusion.reason):
        return say("progress.note.reminder.referred", **params)
    return say("progress.note.reminder", **params, sets=str(exclusion.test.dose.sets))


def _stays_out(exclusion: Exclusion) -> str:
    rested = _rested(exclusion)
    return rested if not exclusion.areas else f"it stays out and {rested}"


def _joined(reason: Reason, advice: Reason) -> Reason:
    if len(reason.text) + 1 + len(advice.text) > 2000:
        return advice
    return joined_reasons(reason, advice)


def _not_awaiting(reason: Reason) -> Reason:
    """``reason`` without :data:`AWAITING`: a test with pain after the referral undoes it."""
    if reason.code == JOINED:
        parts = [p for p in reason.parts if p.code != "progress.awaiting"]
        return joined_reasons(*parts) if parts else reason
    again = reason.text.replace(f" {AWAITING}", "").replace(AWAITING, "")
    return to_reason(again) if again and again != reason.text else reason


def below_pain(dose: Dose, history: Sequence[ExerciseLog]) -> ExerciseLog | None:
    """The last log with sharp pain, while ``dose`` is still below it; else ``None``.

    Below it means fewer sets than that log held, or a lighter load than it lifted: the
    way back after the pain is still under way.

    >>> from runstrength import Dose, ExerciseLog, SetLog
    >>> dose = Dose(sets=1, reps=(8, 12), rest_seconds=90, load_kg=5)
    >>> hurt = ExerciseLog(exercise="x", sets=[SetLog(reps=12, load_kg=10)] * 2, pain="sharp")
    >>> below_pain(dose, [hurt]) is hurt, below_pain(dose, [])
    (True, None)
    >>> below_pain(attrs.evolve(dose, sets=IntRange(2), load_kg=10.0), [hurt]) is None
    True
    """
    hurt = next((h for h in reversed(history) if h.pain is Pain.sharp), None)
    if hurt is None or not hurt.sets:
        return None
    lifted = min((s.load_kg for s in hurt.sets if s.load_kg is not None), default=0.0)
    if dose.sets.hi < len(hurt.sets) or (dose.load_kg or 0.0) < lifted - 1e-9:
        return hurt
    return None


def _unknown_load(dose: Dose, exercise: Exercise, *, choose: bool) -> tuple[Dose, str]:
    """The return of work with no known load: half the sets, easy, slow, never the old dose.

    Half the sets (rounded up); one set already, the lower half of the range.
    At bodyweight (a load still to choose only when the exercise cannot go without one, at
    about half what was lifted), with :data:`RETURN_RIR` and a 3-s lowering for reps.
    """
    sets = max(1, math.ceil(dose.sets.hi / 2))
    what = ""
    if sets < dose.sets.hi:
        new = attrs.evolve(dose, sets=IntRange(min(dose.sets.lo, sets), sets))
        what = f"half the sets ({new.sets}, from {dose.sets})"
    else:
        amount = dose.amount
        top = max(amount.lo, (amount.lo + amount.hi) // 2)
        new = dose.with_amount(clean_cut(IntRange(amount.lo, top), dose.unit))
        what = f"the lower half of the range ({new.amount} {dose.unit}, from {amount})"
    if choose and needs_load(exercise):
        what += ", at a load about half what you lifted before"
    else:
        what += ", at bodyweight"
    if dose.unit == "reps" and dose.rir is not None:
        new = attrs.evolve(new, rir=RETURN_RIR)
        what += f", {RETURN_RIR.lo}-{RETURN_RIR.hi} reps in reserve"  # see restore
    slow = dose.tempo is not None and dose.tempo.eccentric >= RETURN_TEMPO.eccentric
    if dose.unit == "reps" and not exercise.plyometric and not slow:
        new = attrs.evolve(new, tempo=RETURN_TEMPO)
        what += f" and a {RETURN_TEMPO.eccentric}-s lowering"
    return new, what


def comeback(
    exclusion: Exclusion, exercise: Exercise, athlete: Athlete | None
) -> tuple[Prescription, str]:
    """The exercise's return after a clearing test, and what the return does.

    About half of the prescription the pain came in (``exclusion.before``, else the
    catalog's dose for the athlete): a lift at about half the load with the same sets;
    work with no known load (bodyweight, or a load never logged) at half the sets (at
    least 1), or the lower half of its range with one set, at bodyweight, with 3-4 reps
    in reserve and a 3-s lowering (:func:`_unknown_load`): never its full old dose.
    """
    before = exclusion.before
    if before is None or before.exercise != exercise.id:
        dose = _level_dose(exercise, athlete)
        before = Prescription(exercise.id, dose, choose_load=needs_load(exercise))
    dose = before.dose
    load = dose.load_kg or 0.0
    item = _load_item(exercise, athlete)
    choose = before.choose_load
    if load > 0 and item is not None:
        half = round_load(load / 2, item) or min(step_up(0.0, item), load)
        new, slow = trial_reps(attrs.evolve(dose, load_kg=half), exercise)
        choose = False
        what = f"about half the load ({kg(half)}, from {kg(load)}), same sets{slow}"
    else:
        new, what = _unknown_load(dose, exercise, choose=choose)
        choose = choose and needs_load(exercise)
    share = "load" if new.load_kg is not None else "dose"
    reason = say("progress.trial", share=share, what=what)
    if referred(exclusion):
        # The gate the referral set stands on the plan line itself, not only in a note.
        reason = joined_reasons(reason, say("progress.trial.gate"))
    back = Prescription(
        exercise.id,
        new,
        reason=reason if len(reason.text) <= 500 else say("progress.trial.short", share=share),
        choose_load=choose,
    )
    return back, what


TRIAL_MARK: Final = "Back after sharp pain"
"""The words every trial's reason begins with, the first week's and the rebuild's."""

TRIAL_RULE: Final = (
    "stop at any sharp pain; it goes up only if pain-free in the session and the next morning"
)
"""A trial's rule for stopping and for going on (project convention, after 003)."""

TRIAL: Final = f"{TRIAL_MARK} at about half the old {{half}}, a trial: {TRIAL_RULE}"
"""How the reason of an exercise back after sharp pain begins: a trial return, and its
rule (:data:`TRIAL_RULE`)."""


def on_trial(reason: str) -> bool:
    """Whether a prescription's reason marks its trial return after sharp pain."""
    return reason.startswith(TRIAL_MARK)
