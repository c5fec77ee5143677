"""Twelve weeks of logs for a runner, fed through ``progress_week``: the persona harness.

A persona is an athlete, a running week and a way of logging each prescription (a
``Logger``). :func:`simulate` builds the first week with ``build_week``, then each week
logs every prescription and asks ``progress_week`` for the next, recording each week's
plan, logs and steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import runstrength as rs
from runstrength._progression.fit import needs_load

Logger = Callable[[int, rs.Prescription], rs.ExerciseLog]
"""How a persona logs one prescription in week ``n`` (1 for the first)."""

CHOSEN_KG = 10.0
"""The load a persona picks for a lift whose prescription leaves the load to them."""

CHOSEN_ANKLE_KG = 2.0
"""The load a persona straps on for ankle-weight work (a common light pair)."""

CHOSEN_CALF_MACHINE_KG = 50.0
"""The load a persona sets on a seated calf machine for about 15 reps (a runner's soleus)."""


@dataclass
class Week:
    """One simulated week: its plan, what was logged, and the steps decided from it."""

    number: int
    plan: rs.WeekPlan
    logs: list[rs.ExerciseLog]
    steps: tuple[rs.Progression, ...] = ()

    def decisions(self) -> list[tuple[rs.Session, rs.Prescription, rs.Progression]]:
        """Each prescription with its session and the step decided from it, in plan order."""
        lines = [(s, rx) for s in self.plan.sessions for rx in s.exercises]
        return [(s, rx, step) for (s, rx), step in zip(lines, self.steps, strict=True)]


@dataclass
class Run:
    """A persona's weeks, and the plan that follows the last one."""

    athlete: rs.Athlete
    week: rs.RunningWeek
    weeks: list[Week] = field(default_factory=list)
    after: rs.WeekPlan | None = None

    def plans(self) -> list[rs.WeekPlan]:
        """Every plan, week 1 to the one after the last week."""
        return [w.plan for w in self.weeks] + ([self.after] if self.after else [])


def load_of(rx: rs.Prescription) -> float | None:
    """The load a persona lifts for a prescription: the prescribed one, or its own pick."""
    if rx.dose.load_kg is not None:
        return rx.dose.load_kg
    exercise = rs.default_catalog().get(rx.exercise)
    if rx.choose_load or (exercise is not None and needs_load(exercise)):
        if exercise is not None and rs.Equipment.ankle_weights in exercise.load_with:
            return CHOSEN_ANKLE_KG
        if exercise is not None and rs.Equipment.seated_calf_machine in exercise.load_with:
            return CHOSEN_CALF_MACHINE_KG
        return CHOSEN_KG
    return None


def sets_of(rx: rs.Prescription, amount: int, *, rir: int | None = None) -> list[rs.SetLog]:
    """Every prescribed set (the top of the set range) at ``amount`` of its unit."""
    effort = rir if rir is not None else (None if rx.dose.rir is None else rx.dose.rir.lo + 1)
    count = rx.dose.sets.hi
    return [
        rs.SetLog(load_kg=load_of(rx), rir=effort, **{rx.dose.unit: amount}) for _ in range(count)
    ]


def on_target(_: int, rx: rs.Prescription) -> rs.ExerciseLog:
    """Every set at the top of the range with the target reps in reserve."""
    return rs.ExerciseLog(exercise=rx.exercise, sets=sets_of(rx, rx.dose.amount.hi))


def simulate(athlete: rs.Athlete, week: rs.RunningWeek, logger: Logger, *, weeks: int = 12) -> Run:
    """Run ``weeks`` weeks of a persona from ``build_week``'s first plan."""
    run = Run(athlete, week)
    plan = rs.build_week(athlete, week)
    history: list[rs.ExerciseLog] = []
    for number in range(1, weeks + 1):
        logs = [logger(number, rx) for s in plan.sessions for rx in s.exercises]
        logs += [logger(number, _test(e)) for e in plan.exclusions]
        new, steps = rs.progress_week(plan, logs, athlete=athlete, history=history)
        run.weeks.append(Week(number, plan, logs, steps))
        history += logs
        plan = new
    run.after = plan
    return run


def _test(exclusion: rs.Exclusion) -> rs.Prescription:
    """The test of an excluded exercise: the exclusion's graded test, else its catalog dose."""
    if exclusion.test is not None:
        return exclusion.test
    exercise = rs.default_catalog()[exclusion.exercise]
    return rs.Prescription(exercise.id, exercise.dose_for(exercise.level))


def describe(run: Run, title: str) -> str:
    """The persona's weeks as text: each week's prescriptions, logs and reasons."""
    lines = [f"=== {title} ===", _athlete(run.athlete), ""]
    for week in run.weeks:
        lines.append(f"--- Week {week.number} ---")
        for exclusion in week.plan.exclusions:
            areas = ", ".join(str(a) for a in exclusion.areas)
            lines.append(f"  Resting: {areas} (after {exclusion.exercise})")
        for session in week.plan.sessions:
            lines.append(f"  {session.day.title} ({session.focus}):")
            lines.extend(
                f"    {rx.exercise}: {rx.dose}" + (" [choose load]" if rx.choose_load else "")
                for rx in session.exercises
            )
        lines.append("  Logged:")
        lines.extend(_log(log) for log in week.logs)
        lines.append("  Next:")
        lines.extend(f"    [{s.change}] {s.next.exercise}: {s.reason}" for s in week.steps)
        after = run.after if week.number == len(run.weeks) else run.weeks[week.number].plan
        if after is not None:
            lines.extend(f"  Note: {note}" for note in after.shortfalls)
        lines.append("")
    return "\n".join(lines)


def _log(log: rs.ExerciseLog) -> str:
    sets = ", ".join(_set(s) for s in log.sets) or "no sets"
    extra = "" if log.pain is rs.Pain.none else f", pain {log.pain}"
    extra += "" if log.form_ok else ", form broke"
    return f"    {log.exercise}: {sets}{extra}"


def _athlete(athlete: rs.Athlete) -> str:
    injuries = ", ".join(str(i) for i in sorted(athlete.injuries)) or "none"
    kit = ", ".join(str(e) for e in sorted(athlete.equipment))
    return (
        f"Athlete: {athlete.level}, {athlete.session_minutes} min sessions, injuries: "
        f"{injuries}, kit: {kit}"
    )


def _set(s: rs.SetLog) -> str:
    amount = s.reps if s.reps is not None else (s.seconds if s.seconds is not None else s.steps)
    text = str(amount)
    if s.load_kg:
        text += f" @ {s.load_kg:g} kg"
    if s.rir is not None:
        text += f" ({s.rir} RIR)"
    return text


def holds_in_a_row(run: Run) -> list[tuple[int, str, str, int, rs.Progression]]:
    """Every hold that follows three or more in a row of the same exercise in its session.

    Each is (week, day, exercise, holds so far, step); the same exercise in another
    session of the week has its own count.
    """
    streak: dict[tuple[str, str], int] = {}
    out: list[tuple[int, str, str, int, rs.Progression]] = []
    for week in run.weeks:
        for session, rx, step in week.decisions():
            key = (str(session.day), rx.exercise)
            held = step.change is rs.Change.none
            streak[key] = streak.get(key, 0) + 1 if held else 0
            if streak[key] > 3:
                out.append((week.number, key[0], key[1], streak[key], step))
    return out
