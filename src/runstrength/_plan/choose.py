"""Choosing a session's exercises: who may do what, how well each fits, one pick at a time."""

from __future__ import annotations

import functools

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.exercise import Exercise
from runstrength._model.plan import Prescription
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import Equipment, Focus, Goal, Injury, Level, Muscle, Pattern, ordered
from runstrength._plan.families import family, group_of
from runstrength._rules.fit import heavy_kinds, is_heavy_lift, is_loaded
from runstrength._rules.session import REQUIRED

__all__ = ["Candidate", "Chooser", "Profile", "WeekState", "candidates", "pool"]

GOAL_IDS: dict[Goal, frozenset[str]] = {
    Goal.hills: frozenset(
        {"step_up", "lateral_step_up", "bulgarian_split_squat", "split_squat", "walking_lunge"}
    ),
    Goal.endurance: frozenset({"walking_lunge", "wall_sit", "step_up", "single_leg_calf_raise"}),
}
"""Exercises the articles tie to a goal: step-ups and split squats for hills (003)."""

STAPLES = frozenset(
    {
        "bodyweight_squat",
        "goblet_squat",
        "assisted_reverse_lunge",
        "reverse_lunge",
        "bulgarian_split_squat",
        "romanian_deadlift",
        "single_leg_romanian_deadlift",
        "step_up",
        "glute_bridge",
        "single_leg_glute_bridge",
        "standing_calf_raise",
        "bent_knee_calf_raise",
        "lateral_band_walk",
        "wall_sit",
        "pogo_hop",
    }
)
"""The exercises the articles' own sessions are built from (000's workouts; 003's sample,
beginner and intermediate sessions): preferred when they fit, as a coach would."""

GOAL_PATTERNS: dict[Goal, frozenset[Pattern]] = {
    Goal.speed: frozenset({Pattern.plyometric}),
    Goal.resilience: frozenset({Pattern.calf, Pattern.hip_stability}),
}
"""Patterns tied to a goal: power work for speed, calf and hip work for resilience."""

# Main lifts first, so the big movement of the session is a real squat or lunge and hinge.
_SLOT_ORDER = {
    Focus.strength: (0, 1, 2, 3, 4),
    Focus.light: (0, 1, 2),
}


@attrs.frozen(cache_hash=True)
class Profile:
    """What about the athlete shapes the choice of exercises."""

    level: Level
    equipment: frozenset[Equipment]
    injuries: frozenset[Injury]
    goals: frozenset[Goal]


@attrs.define
class WeekState:
    """What the week holds so far, so later sessions vary and fill the gaps."""

    used: set[str] = attrs.Factory(set)
    trained: set[Muscle] = attrs.Factory(set)
    heavy: set[str] = attrs.Factory(set)


@functools.lru_cache(maxsize=256)
def pool(catalog: Catalog, profile: Profile) -> tuple[Exercise, ...]:
    """Exercises the athlete may do: equipment, level, injuries and jumping (RS301–RS304)."""
    equipment = profile.equipment
    if profile.level is Level.beginner:
        # 003: beginners load hinges and squats with light dumbbells, not a barbell.
        equipment = equipment - {Equipment.barbell}
    return tuple(
        ex
        for ex in catalog
        if ex.suits(profile.level)
        and ex.available_with(equipment)
        and ex.avoid_with.isdisjoint(profile.injuries)
        and not (ex.plyometric and profile.level is Level.beginner)
    )


@attrs.frozen
class Candidate:
    """An exercise with what the chooser needs about it, worked out once per athlete."""

    ex: Exercise
    base: float
    group: str
    heavy: frozenset[str]


class _Facts:
    """What the chooser needs about one exercise that no athlete changes."""

    __slots__ = ("ex", "family", "goals", "group", "heavy", "heavy_lift", "loaded", "staple")

    def __init__(self, ex: Exercise) -> None:
        self.ex = ex
        self.family = family(ex)
        self.group = group_of(ex)
        self.heavy = frozenset(heavy_kinds([(None, ex)]))
        self.heavy_lift = is_heavy_lift(ex)
        self.loaded = is_loaded(None, ex)
        self.staple = ex.id in STAPLES
        self.goals = frozenset(
            goal
            for goal in Goal
            if ex.id in GOAL_IDS.get(goal, ())
            or not ex.patterns.isdisjoint(GOAL_PATTERNS.get(goal, ()))
        )


@functools.lru_cache(maxsize=32)
def _facts(catalog: Catalog) -> dict[str, _Facts]:
    """Every exercise's athlete-independent facts, worked out once per catalog."""
    return {ex.id: _Facts(ex) for ex in catalog}


@functools.lru_cache(maxsize=512)
def candidates(
    catalog: Catalog, profile: Profile, focus: Focus, jumps: bool
) -> tuple[Candidate, ...]:
    """Each allowed exercise with the part of its score that does not change in a week."""
    facts = _facts(catalog)
    strength = focus is Focus.strength
    beginner = profile.level is Level.beginner
    fast = Goal.speed in profile.goals
    out = []
    for ex in pool(catalog, profile):
        fact = facts[ex.id]
        if not strength and fact.heavy_lift:
            continue  # light work stays light: no barbells or machines
        if ex.plyometric and not jumps:
            continue
        gap = profile.level.rank - ex.level.rank
        score = (2.0, 1.5, 0.0)[gap] if strength else (1.0, 2.0, 1.5)[gap]
        if fact.staple:
            score += 1.5
        if not strength and fact.family in (Pattern.squat, Pattern.lunge):
            score -= 2.0  # light days are for control and stability, not big lifts (003)
        if not strength and fact.family in (Pattern.hip_extension, Pattern.hip_stability):
            score += 1.0
        loadable = fact.loaded or not profile.equipment.isdisjoint(ex.load_with)
        if strength and not beginner and loadable:
            score += 2.0
        if ex.plyometric:
            if strength:
                score += 3.0 if fast else -3.0
            else:
                score += 1.0 if fast and ex.level <= Level.intermediate else -1.0
        score += 3.0 * len(fact.goals & profile.goals)
        heavy = fact.heavy
        dose = ex.dose_for(profile.level)
        if dose.load_kg:  # a catalog dose that names a load makes the lift a loaded one
            heavy = frozenset(heavy_kinds([(Prescription(ex.id, dose), ex)]))
        out.append(Candidate(ex, score, fact.group, heavy))
    return tuple(out)


class Chooser:
    """Picks a session's exercises one at a time, scoring each against what is chosen."""

    def __init__(
        self,
        candidates: tuple[Candidate, ...],
        focus: Focus,
        state: WeekState,
        settings: RuleSettings,
        level: Level,
    ) -> None:
        self.candidates = candidates
        self.required = REQUIRED[focus]
        self.state = state
        self.settings = settings
        self.chosen: list[Exercise] = []
        self.ids: set[str] = set()
        self.has_jump = False
        self.groups: dict[str, int] = {}
        self.budget = settings.beginner_heavy_kinds if level is Level.beginner else None
        self.heavy: set[str] = set(state.heavy)
        self.heavy_of: dict[str, frozenset[str]] = {}
        self.covered: frozenset[Pattern] = frozenset()
        self.trained: frozenset[Muscle] = frozenset()

    def add(self, candidate: Candidate) -> None:
        """Take a candidate into the session."""
        ex = candidate.ex
        self.chosen.append(ex)
        self.ids.add(ex.id)
        self.has_jump = self.has_jump or ex.plyometric
        self.groups[candidate.group] = self.groups.get(candidate.group, 0) + 1
        self.heavy |= candidate.heavy
        self.heavy_of[ex.id] = candidate.heavy
        self.covered |= ex.patterns
        self.trained |= ex.muscles

    def gaps(self) -> frozenset[Muscle]:
        """Muscles the week must train that neither the week nor this session has yet."""
        return self.settings.muscles - self.state.trained - self.trained

    def allowed(self, candidate: Candidate) -> bool:
        """Not chosen yet, one jump a session at most, within a beginner's heavy budget."""
        ex = candidate.ex
        if ex.id in self.ids or (ex.plyometric and self.has_jump):
            return False
        return self.budget is None or len(self.heavy | candidate.heavy) <= self.budget

    def best(
        self,
        group: frozenset[Pattern] | None = None,
        want: frozenset[Muscle] = frozenset(),
        *,
        bilateral: bool = False,
        any_role: bool = False,
    ) -> Candidate | None:
        """The best allowed exercise with a pattern in ``group`` and a muscle in ``want``.

        A wanted muscle must be a primary one, or with ``any_role`` a secondary one too.
        """
        open_slots = [g for _, g in self.required if self.covered.isdisjoint(g)]
        gaps = self.gaps()
        used = self.state.used
        top: tuple[float, Candidate] | None = None
        for cand in self.candidates:
            ex = cand.ex
            if group is not None and (ex.patterns.isdisjoint(group) or ex.plyometric):
                continue  # jumps are power extras, never the main lift of a slot
            if want and want.isdisjoint(ex.muscles if any_role else ex.primary):
                continue
            if not self.allowed(cand):
                continue
            score = cand.base - (4.0 if ex.id in used else 0.0)
            for slot in open_slots:
                if not ex.patterns.isdisjoint(slot):
                    score += 0.75
            score += 0.75 * len(gaps & ex.primary) + 0.25 * len(gaps & ex.secondary)
            score -= 2.5 * self.groups.get(cand.group, 0)
            if bilateral and Pattern.single_leg not in ex.patterns:
                score += 2.0
            if top is None or score > top[0]:
                top = (score, cand)
        return None if top is None else top[1]

    def fill_slots(self, focus: Focus) -> str | None:
        """Cover every required pattern; say which one cannot be covered, if any."""
        for index in _SLOT_ORDER[focus]:
            name, group = self.required[index]
            if not self.covered.isdisjoint(group):
                continue
            main_lift = Pattern.squat in group or Pattern.hinge in group
            pick = self.best(group, bilateral=focus is Focus.strength and main_lift)
            if pick is None:
                return f"nothing the athlete can do covers {name} for a {focus} session"
            self.add(pick)
        return None

    def fill_gaps(self, target: int, *, any_role: bool = False) -> None:
        """Add work for muscles the week still lacks (often the soleus or adductors).

        With ``any_role``, work that trains a lacking muscle as a secondary one counts.
        """
        for muscle in ordered(self.gaps()):
            if len(self.chosen) >= target:
                return
            if muscle in self.gaps():
                pick = self.best(want=frozenset({muscle}), any_role=any_role)
                if pick is not None:
                    self.add(pick)

    def fill_goals(self, goals: frozenset[Goal], target: int, notes: list[tuple[str, str]]) -> None:
        """Add the best exercise for each goal the session does not serve yet.

        Notes are kept with the exercise they speak of, so a note can go if time trimming
        later leaves its exercise out.
        """
        for goal in ordered(goals):
            if len(self.chosen) >= target:
                return
            ids = GOAL_IDS.get(goal, frozenset())
            patterns = GOAL_PATTERNS.get(goal, frozenset())

            def serves(
                ex: Exercise, ids: frozenset[str] = ids, pats: frozenset[Pattern] = patterns
            ) -> bool:
                return ex.id in ids or not ex.patterns.isdisjoint(pats)

            serving = [e for e in self.chosen if serves(e)]
            if serving:
                notes.append((serving[0].id, f"{serving[0].name} serves the {goal} goal."))
                continue
            options = [c for c in self.candidates if serves(c.ex) and self.allowed(c)]
            if options:
                pick = max(options, key=lambda c: c.base)  # first of equals: catalog order
                self.add(pick)
                notes.append((pick.ex.id, f"{pick.ex.name} serves the {goal} goal."))

    def fill_to(self, target: int) -> None:
        """Add the best remaining exercises up to ``target``."""
        while len(self.chosen) < target:
            pick = self.best()
            if pick is None:
                return
            self.add(pick)
