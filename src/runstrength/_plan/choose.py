"""Choosing a session's exercises: who may do what, how well each fits, one family at a time."""

from __future__ import annotations

import functools

import attrs

from runstrength._model.athlete import Lift
from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose
from runstrength._model.exercise import Exercise
from runstrength._model.frozenmap import FrozenMap
from runstrength._model.plan import Prescription
from runstrength._model.reason import Reason
from runstrength._model.settings import DEFAULT_SETTINGS, dose_seconds
from runstrength._model.vocab import Equipment, Focus, Goal, Injury, Level, Muscle, Pattern
from runstrength._plan.families import Family, family
from runstrength._progression.ask import LATER_STEPS
from runstrength._rules.fit import LOAD_ITEMS, heavy_kinds, is_heavy_lift

__all__ = [
    "GOAL_IDS",
    "GOAL_PATTERNS",
    "Candidate",
    "Chooser",
    "Profile",
    "WeekState",
    "adductor_steadies",
    "candidates",
    "facts_of",
    "needs_load",
    "serves",
    "suits_light",
]

GOAL_IDS: dict[Goal, frozenset[str]] = {
    Goal.hills: frozenset({"step_up", "lateral_step_up"}),
    Goal.endurance: frozenset({"walking_lunge", "wall_sit", "step_up", "single_leg_calf_raise"}),
}
"""Exercises tied to a goal: the step-up, a climb's single-leg drive, for hills (003)."""

GOAL_PATTERNS: dict[Goal, frozenset[Pattern]] = {
    Goal.speed: frozenset({Pattern.plyometric}),
    Goal.resilience: frozenset({Pattern.calf, Pattern.hip_stability}),
}
"""Patterns tied to a goal: power work for speed, calf and hip work for resilience."""

STAPLES = frozenset(
    {
        "bodyweight_squat",
        "goblet_squat",
        "assisted_reverse_lunge",
        "reverse_lunge",
        "split_squat",
        "bulgarian_split_squat",
        "romanian_deadlift",
        "single_leg_romanian_deadlift",
        "kickstand_romanian_deadlift",
        "step_up",
        "glute_bridge",
        "single_leg_glute_bridge",
        "standing_calf_raise",
        "bent_knee_calf_raise",
        "lateral_band_walk",
        "side_lying_leg_raise",
        "copenhagen_plank",
        "short_lever_copenhagen_plank",
        "front_plank",
        "side_plank",
        "dead_bug",
        "pogo_hop",
    }
)
"""The exercises the articles' own sessions are built from (000's workouts; 003's sample,
beginner and intermediate sessions, its core and adductor work): preferred when they
fit, as a coach would."""

HEAVY_MAIN = frozenset({"back_squat", "front_squat", "leg_press", "romanian_deadlift"})
"""000's gym session: the heavy two-legged lifts an advanced athlete with gym kit builds on."""

LONG_LEVER = frozenset({"copenhagen_plank"})
"""Long-lever work that leaves new hands sore for days: never in a light session, where the
short-lever version does the job."""

LOW_POWER = frozenset({"pogo_hop", "squat_jump"})
"""Low-level power work: small hops and jumps that suit a runner's speed work (003)."""


def serves(ex: Exercise, goal: Goal) -> bool:
    """Whether the articles tie the exercise to ``goal`` (by id or by pattern)."""
    return ex.id in GOAL_IDS.get(goal, ()) or not ex.patterns.isdisjoint(
        GOAL_PATTERNS.get(goal, ())
    )


def needs_load(ex: Exercise) -> bool:
    """Whether the exercise cannot be done without a weight or a machine."""
    return any(group <= LOAD_ITEMS for group in ex.equipment)


def _eccentric(ex: Exercise, level: Level) -> bool:
    tempo = ex.dose_for(level).tempo
    return "eccentric" in ex.id or (tempo is not None and tempo.eccentric >= 3)


@attrs.frozen(cache_hash=True)
class Profile:
    """What about the athlete shapes the choice of exercises and their loads."""

    level: Level
    equipment: frozenset[Equipment]
    injuries: frozenset[Injury]
    goals: frozenset[Goal]
    lifts: FrozenMap[str, Lift] = attrs.field(factory=FrozenMap)


@attrs.define
class WeekState:
    """What the week holds so far, so later sessions vary and fill the gaps."""

    used: set[str] = attrs.Factory(set)
    families: set[Family] = attrs.Factory(set)
    trained: set[Muscle] = attrs.Factory(set)
    heavy: set[str] = attrs.Factory(set)
    strength_sets: int | None = None
    """The fewest sets of the week's strength sessions so far (a light session holds fewer)."""


@attrs.frozen
class Candidate:
    """An exercise with what the chooser needs about it, worked out once per athlete."""

    ex: Exercise
    base: float
    family: Family
    heavy: frozenset[str]
    seconds: float = 0.0  # one set's rough cost: short sessions favour quick work
    doses: dict[tuple[Level, Focus], Dose] | None = attrs.field(default=None, eq=False, repr=False)
    """The exercise's catalog doses at the documented settings, by level and focus, kept
    with the catalog's facts (see :func:`~runstrength._plan.kept.candidate_dose`)."""


class _Facts:
    """What the chooser needs about one exercise that no athlete changes."""

    __slots__ = (
        "doses",
        "ex",
        "family",
        "goals",
        "heavy",
        "heavy_lift",
        "levels",
        "loaded",
        "needs",
        "staple",
    )

    def __init__(self, ex: Exercise) -> None:
        self.ex = ex
        self.family = family(ex)
        self.heavy = frozenset(heavy_kinds([(None, ex)]))
        self.heavy_lift = is_heavy_lift(ex)
        self.loaded = needs_load(ex)
        self.staple = ex.id in STAPLES
        self.goals = frozenset(goal for goal in Goal if serves(ex, goal))
        self.levels: dict[Level, tuple[frozenset[str], float]] = {}  # see :meth:`at`
        self.doses: dict[tuple[Level, Focus], Dose] = {}  # see :class:`Candidate`
        # The need it fills, by family, role and level (see ``runstrength._plan.reasons``).
        self.needs: dict[tuple[Family, int, Level], Reason] = {}

    def at(self, level: Level) -> tuple[frozenset[str], float]:
        """The heavy kinds and one set's rough seconds of the catalog dose for ``level``.

        Worked out on first use, once per level (at most three).
        """
        found = self.levels.get(level)
        if found is None:
            dose = self.ex.dose_for(level)
            heavy = self.heavy
            if dose.load_kg:  # a catalog dose that names a load makes the lift a loaded one
                heavy = frozenset(heavy_kinds([(Prescription(self.ex.id, dose), self.ex)]))
            found = self.levels[level] = (heavy, _set_seconds(dose))
        return found


def _light(fact: _Facts, ex: Exercise, level: Level) -> bool:
    return not (
        fact.heavy_lift
        or fact.loaded
        or fact.family is Family.bilateral_squat
        or _eccentric(ex, level)
        or ex.id in LONG_LEVER
    )


def facts_of(catalog: Catalog, ex: Exercise) -> _Facts | None:
    """The facts of ``ex`` worked out once per catalog; ``None`` if not the catalog's own."""
    fact = _facts(catalog).get(ex.id)
    return fact if fact is not None and fact.ex is ex else None


def suits_light(catalog: Catalog, ex: Exercise, level: Level) -> bool:
    """Whether a light session may hold ``ex``.

    No heavy, loaded, two-legged squat, eccentric-emphasis or long-lever work.
    """
    return _light(_facts(catalog)[ex.id], ex, level)


class _CatalogFacts(dict[str, _Facts]):
    """Every exercise's facts by id, and the catalog's tables of :func:`_rows`."""

    __slots__ = ("rows",)

    def __init__(self, catalog: Catalog) -> None:
        super().__init__((ex.id, _Facts(ex)) for ex in catalog)
        self.rows: dict[tuple[Level, bool], tuple[_Row, ...]] = {}


@functools.lru_cache(maxsize=32)
def _facts(catalog: Catalog) -> _CatalogFacts:
    """Every exercise's athlete-independent facts, worked out once per catalog."""
    return _CatalogFacts(catalog)


def _set_seconds(dose: Dose) -> float:
    """One set's work and middle rest at the documented pace (a rough cost, for scoring)."""
    spent = dose_seconds(dose, DEFAULT_SETTINGS) - DEFAULT_SETTINGS.changeover_seconds
    return spent / dose.sets.lo


class _Row:
    """An exercise's part of :func:`candidates` that no athlete changes, at one level and focus."""

    __slots__ = ("ex", "fact", "heavy", "kit", "made", "main", "score", "seconds")

    def __init__(self, fact: _Facts, level: Level, strength: bool) -> None:
        ex = self.ex = fact.ex
        self.fact = fact
        gap = level.rank - LATER_STEPS.get(ex.id, ex.level).rank
        score = (2.0, 1.5, 0.0)[gap] if strength else (1.0, 2.0, 1.5)[gap]
        if fact.staple:
            score += 1.5
        if ex.plyometric and ex.id in LOW_POWER:
            score += 1.0
        if Pattern.single_leg in ex.patterns and fact.family is Family.single_leg_knee:
            score += 0.5 if Pattern.lunge in ex.patterns or ex.id == "step_up" else 0.0
        self.score = score  # halves and wholes only: sums are exact in any order
        self.main = strength and ex.id in HEAVY_MAIN
        self.heavy, self.seconds = fact.at(level)
        self.made: dict[float, Candidate] = {}  # by score: few, and values never change
        # The kit it needs: ``None`` for none, one group alone, or every group.
        groups = tuple(ex.equipment)
        self.kit: frozenset[Equipment] | tuple[frozenset[Equipment], ...] | None = (
            None if not groups else groups[0] if len(groups) == 1 else groups
        )

    def candidate(self, score: float) -> Candidate:
        """The exercise as a candidate with ``score`` (one value per score, shared)."""
        if score not in self.made:
            fact = self.fact
            self.made[score] = Candidate(
                self.ex, score, fact.family, self.heavy, self.seconds, doses=fact.doses
            )
        return self.made[score]


def _rows(catalog: Catalog, level: Level, strength: bool) -> tuple[_Row, ...]:
    """What a session of this level and focus may hold, in catalog order (a catalog fact)."""
    facts = _facts(catalog)
    found = facts.rows.get((level, strength))
    if found is None:
        found = facts.rows[level, strength] = tuple(
            _Row(fact, level, strength)
            for fact in facts.values()
            if fact.ex.suits(level)
            and level >= LATER_STEPS.get(fact.ex.id, fact.ex.level)
            and not (fact.ex.plyometric and level is Level.beginner)
            and (strength or _light(fact, fact.ex, level))
        )
    return found


@functools.lru_cache(maxsize=512)
def candidates(
    catalog: Catalog, profile: Profile, focus: Focus, jumps: bool
) -> tuple[Candidate, ...]:
    """Each allowed exercise with the part of its score that does not change in a week.

    Exercises the athlete may do: equipment, level, injuries and jumping (RS301–RS304). A
    light session holds no barbell, machine or weight-only lifts, no big two-legged squats
    and no eccentric-emphasis work: control, stability, soleus, adductor and core.
    """
    strength = focus is Focus.strength
    level, equipment, goals, lifts = profile.level, profile.equipment, profile.goals, profile.lifts
    heavy_kit = level is Level.advanced and (
        {Equipment.barbell, Equipment.squat_rack} <= equipment or Equipment.leg_press in equipment
    )
    # 003: beginners load hinges and squats with light dumbbells, not a barbell.
    reach = equipment - {Equipment.barbell} if level is Level.beginner else equipment
    loads = strength and level is not Level.beginner
    injuries = profile.injuries
    known = strength and len(lifts) > 0
    out = []
    for row in _rows(catalog, level, strength):
        ex = row.ex
        kit = row.kit  # as ``ex.available_with(reach)``, without a call for each exercise
        if (
            (ex.plyometric and not jumps)
            or (
                kit is not None
                and (
                    kit.isdisjoint(reach)
                    if isinstance(kit, frozenset)
                    else not all(not group.isdisjoint(reach) for group in kit)
                )
            )
            or (injuries and not ex.avoid_with.isdisjoint(injuries))
        ):
            continue
        score = row.score
        fact = row.fact
        if loads and (fact.loaded or not equipment.isdisjoint(ex.load_with)):
            score += 2.5 if fact.loaded else 2.0  # built to carry a load beats may carry one
        if row.main and heavy_kit:
            score += 4.0
        if fact.goals and goals:
            score += 3.0 * len(fact.goals & goals)
        if known and ex.id in lifts:
            score += 3.0  # a lift the athlete knows comes with its load
        made = row.made.get(score)  # as ``row.candidate(score)``, without the call when made
        out.append(row.candidate(score) if made is None else made)
    return tuple(out)


class Chooser:
    """Picks a session's exercises one family at a time, never one family twice."""

    def __init__(
        self,
        candidates: tuple[Candidate, ...],
        state: WeekState,
        budget: int | None,
        *,
        quick: float = 0.0,
    ) -> None:
        self.candidates = candidates
        by_family: dict[Family, list[Candidate]] = {}  # each family's, in catalog order
        for cand in candidates:
            group = by_family.get(cand.family)  # no empty list made for a family seen before
            if group is None:
                by_family[cand.family] = [cand]
            else:
                group.append(cand)
        self.by_family = by_family
        self.quick = quick
        self.state = state
        self.chosen: list[Candidate] = []
        self.ids: set[str] = set()
        self.families: set[Family] = set()
        self.budget = budget
        self.heavy: set[str] = set(state.heavy)
        self.doubled: dict[str, Family] = {}
        self._covered: frozenset[Pattern] = frozenset()

    @property
    def covered(self) -> frozenset[Pattern]:
        """Every pattern the chosen exercises cover (kept up to date by :meth:`add`)."""
        return self._covered

    def add(self, candidate: Candidate) -> None:
        """Take a candidate into the session."""
        self.chosen.append(candidate)
        self.ids.add(candidate.ex.id)
        self.families.add(candidate.family)
        self.heavy |= candidate.heavy
        self._covered |= candidate.ex.patterns

    def allowed(self, candidate: Candidate) -> bool:
        """Not chosen yet, its family not yet in the session, within a beginner's budget."""
        if candidate.ex.id in self.ids or candidate.family in self.families:
            return False
        return self.budget is None or len(self.heavy | candidate.heavy) <= self.budget

    def best(
        self,
        families: tuple[Family, ...],
        *,
        patterns: frozenset[Pattern] = frozenset(),
        prefer: frozenset[str] = frozenset(),
        vary: float = 4.0,
        dynamic: bool = False,
    ) -> Candidate | None:
        """The best allowed exercise of the first of ``families`` that has one.

        With ``patterns``, only exercises covering one of them; ``prefer`` adds to the
        score of the ids it names; an exercise the week already holds loses ``vary``;
        ``dynamic`` leaves out holds (isometric work).
        """
        # The loop of :meth:`allowed` and the tests inlined: this runs for every slot.
        ids, chosen_families, used = self.ids, self.families, self.state.used
        budget, heavy, quick = self.budget, self.heavy, self.quick
        for fam in families:
            if fam in chosen_families:
                continue  # no candidate of a family the session holds is allowed
            top: Candidate | None = None
            top_score = 0.0
            for cand in self.by_family.get(fam, ()):
                ex = cand.ex
                if ex.id in ids:
                    continue
                if budget is not None and len(heavy | cand.heavy) > budget:
                    continue
                if patterns and ex.patterns.isdisjoint(patterns):
                    continue
                if dynamic and Pattern.isometric in ex.patterns:
                    continue
                score = cand.base - (vary if ex.id in used else 0.0)
                if quick:
                    score -= quick * cand.seconds / 60
                if ex.id in prefer:
                    score += 3.0
                if top is None or score > top_score:
                    top, top_score = cand, score
            if top is not None:
                return top
        return None

    def cover(self, patterns: frozenset[Pattern]) -> Candidate | None:
        """Any allowed exercise covering one of ``patterns``, a family's second if need be."""
        options = [
            c
            for c in self.candidates
            if c.ex.id not in self.ids and not c.ex.patterns.isdisjoint(patterns)
        ]
        fresh = [c for c in options if c.family not in self.families]
        for group in (fresh, options):
            within = [
                c for c in group if self.budget is None or len(self.heavy | c.heavy) <= self.budget
            ]
            if within:
                pick = max(within, key=lambda c: c.base)  # first of equals: catalog order
                if pick.family in self.families:
                    self.doubled[pick.ex.id] = pick.family
                return pick
        return None


def adductor_steadies(chooser: Chooser, profile: Profile, light_in_week: bool) -> bool:
    """Whether a beginner's strength session fills its hip-stability slot with adductor work.

    The short-lever Copenhagen plank steadies the pelvis too: when the session also carries
    the week's adductor work (no light session, none earlier in the week), one exercise for
    both leaves the minutes to the main lift and the calves.
    """
    return (
        profile.level is Level.beginner
        and not light_in_week
        and Family.adductor not in chooser.state.families
    )
