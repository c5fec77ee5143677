"""Composing a session: choose its exercises family by family, dose them, fit them to time.

A strength session is built on a main lift (a single-leg knee exercise for a beginner or
a short session, a two-legged squat otherwise, a heavy one for an advanced athlete with
gym kit; always a moving lift, never a hold such as a wall sit, whatever the goal), then
the patterns RS202 asks for, then the week's needs (bent-knee calf, adductor and core
work), then a goal's work (power for speed). A light session is control, stability,
soleus, adductor and core work, never a copy of the strength one.
"""

from __future__ import annotations

import attrs

from runstrength._model.catalog import Catalog
from runstrength._model.reason import Reason
from runstrength._model.reasons import say
from runstrength._model.settings import RuleSettings
from runstrength._model.vocab import (
    Equipment,
    Focus,
    Goal,
    Injury,
    Level,
    Muscle,
    Pattern,
    ordered,
)
from runstrength._plan.calves import (
    BLOCK_MINUTES,
    BLOCK_REASON,
    STRAIGHT_KNEE_REASON,
    block_said_as,
    calf_first,
    heavy_slow_pick,
    second_calf,
    straight_knee,
)
from runstrength._plan.choose import (
    GOAL_IDS,
    GOAL_PATTERNS,
    HEAVY_MAIN,
    LOW_POWER,
    Candidate,
    Chooser,
    Profile,
    WeekState,
    adductor_steadies,
    candidates,
)
from runstrength._plan.days import spares_key_run
from runstrength._plan.dosing import (
    HARD_SETS,
    LIGHT_MINUTES,
    LIGHT_SETS,
    PICK_FIELDS,
    SETS_CAP,
    Pick,
    Role,
    copied,
    fit_time,
    in_session_order,
    lighter_trim,
    minutes,
    slack_minutes,
)
from runstrength._plan.enforce import is_error
from runstrength._plan.families import Family
from runstrength._plan.kept import candidate_dose
from runstrength._plan.loads import is_loaded_work, working_load
from runstrength._plan.reasons import exercise_reason
from runstrength._plan.slots import EXTRAS, GYM_BRIDGE, HIP_SLOT, slot_families
from runstrength._progression.limits import tendon_tempo, tendon_work
from runstrength._progression.tendon import first_rung
from runstrength._rules.session import REQUIRED, muscles_trained

__all__ = ["compose"]

F = Family


@attrs.frozen
class Request:
    """What a session is for, beyond the athlete: its focus and the week around it."""

    focus: Focus
    jumps: bool
    minutes: int
    warm_up: float
    cool_down: float
    race_week: bool = False
    light_in_week: bool = False
    before_key_run: bool = False
    shared_week: bool = False


def _plan_choice(
    chooser: Chooser,
    profile: Profile,
    request: Request,
    settings: RuleSettings,
    *,
    compact: bool,
) -> tuple[list[tuple[Candidate, Role]], list[Reason]] | Reason:
    """The session's exercises with their roles, most needed first, and notes.

    ``compact`` builds a strength session on a lunge, which covers the squat-or-lunge and
    single-leg patterns at once, instead of a squat and a single-leg exercise.
    """
    chosen: list[tuple[Candidate, Role]] = []
    notes: list[Reason] = []
    strength = request.focus is Focus.strength
    beginner = profile.level is Level.beginner

    def take(
        families: tuple[Family, ...],
        role: Role,
        *,
        patterns: frozenset[Pattern] = frozenset(),
        prefer: frozenset[str] = frozenset(),
        vary: float = 4.0,
        dynamic: bool = False,
    ) -> Candidate | None:
        pick = chooser.best(families, patterns=patterns, prefer=prefer, vary=vary, dynamic=dynamic)
        if pick is not None:
            chooser.add(pick)
            chosen.append((pick, role))
        return pick

    lunge = frozenset({Pattern.lunge})
    if not strength:
        single = frozenset({Pattern.single_leg})
        take((F.single_leg_knee, F.hinge, F.bridge), Role.required, patterns=single, vary=10.0)
    elif beginner or compact:
        # A lunge covers the squat-or-lunge and single-leg patterns at once: short
        # sessions and beginners (both of the articles' beginner workouts) build on it.
        if profile.level is Level.advanced:
            take((F.hinge,), Role.main, prefer=HEAVY_MAIN)
        role = Role.required if chosen else Role.main
        climbed = _climb(chooser, chosen, profile, role)
        if not climbed and take((F.single_leg_knee,), role, patterns=lunge) is None:
            take((F.single_leg_knee,), role)
    else:
        # The main lift moves: heavy dynamic lifts improve running economy whatever the
        # goal (Blagrove 2018, Eihara 2022), so a hold never takes its place while a
        # squat or single-leg lift is in reach.
        main = (F.bilateral_squat, F.single_leg_knee)
        if take(main, Role.main, dynamic=True) is None:
            take((F.bilateral_squat,), Role.main)
    # An Achilles needs loaded soleus work: bent-knee calf work goes in the strength session,
    # on the seated calf machine when there is one (the heavy slow block's main lift).
    achilles = Injury.achilles in profile.injuries
    soleus_here = not strength or not request.light_in_week or achilles
    for name, group in REQUIRED[request.focus]:
        if not chooser.covered.isdisjoint(group):
            continue
        steady = name == HIP_SLOT and adductor_steadies(chooser, profile, request.light_in_week)
        families, prefer = slot_families(
            name, soleus_here, strength and achilles, steady, chooser.state.families, strength
        )
        vary = 4.0 if strength else 10.0
        if take(families, Role.required, patterns=group, prefer=prefer, vary=vary) is None:
            pick = chooser.cover(group)
            if pick is None:
                return say(
                    "shortfall.no_session.uncovered",
                    focus=request.focus.value,
                    group="/".join(sorted(p.value for p in group)),
                    group_words=name,
                )
            chooser.add(pick)
            chosen.append((pick, Role.required))
    # The week's needs: a light session carries them when the week has one.
    need = Role.extra if strength and request.light_in_week else Role.need
    for fam in (F.core, F.adductor):
        if fam not in chooser.families:
            # Once an earlier session of the week has it, more is welcome but may go for time.
            role = Role.extra if fam in chooser.state.families else need
            take((fam,), role, vary=10.0 if not strength else 4.0)
    if profile.goals and not beginner and Pattern.plyometric in _goal_patterns(profile):
        if request.jumps:
            take((F.power,), Role.need, prefer=LOW_POWER)
        if not any(c.family is F.power for c, _ in chosen):
            notes.append(_no_power_note(request))
    if strength:
        second_calf(
            take,
            chooser,
            profile,
            achilles=achilles,
            room=len(chosen) < settings.exercises_per_session.hi,
            light=request.light_in_week,
            shared=request.shared_week,
            minutes=request.minutes,
        )
    if is_error(settings, "RS206"):
        _reach_every_muscle(chooser, chosen, settings)
    return chosen, notes


def _climb(
    chooser: Chooser, chosen: list[tuple[Candidate, Role]], profile: Profile, role: Role
) -> bool:
    """For a hills goal, build on a step-up (a climb's single-leg drive) when in reach."""
    if Goal.hills not in profile.goals:
        return False
    climb = GOAL_IDS[Goal.hills]
    pick = chooser.best((F.single_leg_knee,), prefer=climb)
    if pick is None or pick.ex.id not in climb:
        return False
    chooser.add(pick)
    chosen.append((pick, role))
    return True


def _goal_patterns(profile: Profile) -> frozenset[Pattern]:
    return frozenset().union(*(GOAL_PATTERNS.get(g, frozenset()) for g in profile.goals))


def _no_power_note(request: Request) -> Reason:
    return say("session.no_jumps.reach" if request.jumps else "session.no_jumps.today")


def _reach_every_muscle(
    chooser: Chooser, chosen: list[tuple[Candidate, Role]], settings: RuleSettings
) -> None:
    """With RS206 an error, add work for every muscle the week would still lack."""
    for muscle in ordered(settings.muscles):
        trained: set[Muscle] = set(chooser.state.trained)
        for cand, _ in chosen:
            trained |= muscles_trained(cand.ex)
        if muscle in trained:
            continue
        options = [
            c
            for c in chooser.candidates
            if c.ex.id not in chooser.ids and muscle in muscles_trained(c.ex)
        ]
        if options:
            pick = max(options, key=lambda c: c.base)
            chooser.add(pick)
            chosen.append((pick, Role.required))


def _pick(
    cand: Candidate, role: Role, profile: Profile, request: Request, settings: RuleSettings
) -> Pick:
    dose = candidate_dose(cand, profile.level, request.focus, settings)
    block = straight = False
    achilles = Injury.achilles in profile.injuries  # the tendon's test only where it may hold
    if achilles and tendon_work(profile.injuries, cand.ex) and not request.before_key_run:
        # Achilles: slow calf raises from the first week (the day before a key run keeps
        # its legs fresh: no slow lowering there).
        dose = tendon_tempo(dose)
        block = heavy_slow_pick(cand, profile, request.focus)
        if block:
            dose = first_rung(dose, cand.ex, profile.level)
        elif request.focus is Focus.strength and cand.family is F.straight_knee_calf:
            dose, straight = straight_knee(dose), True
    top = cand.ex.dose_for(profile.level).sets
    if request.focus is Focus.light:
        # A light session stays at the low end of the range and never grows.
        cap = min(top.lo, LIGHT_SETS)
    else:
        cap = min(top.lo if request.race_week else top.hi, SETS_CAP[profile.level])
    main = role is Role.main and request.focus is Focus.strength
    floor = min(2, cap) if main and profile.level is not Level.beginner else 1
    if block:  # the Achilles' calf block keeps its sets where the minutes allow
        cap = dose.sets.lo
        floor = cap if request.minutes >= BLOCK_MINUTES else floor
    elif straight:
        cap = min(cap, dose.sets.lo)
    why = BLOCK_REASON if block else STRAIGHT_KNEE_REASON if straight else ""
    pick = Pick(cand.ex, dose, cand.family, role, cap=cap, floor=floor, reason=why)
    return pick.with_sets(cap) if dose.sets.lo > cap else pick  # dose.sets.lo: pick.sets


def _reserve(chooser: Chooser, profile: Profile, request: Request) -> list[Candidate]:
    """The extras a session may add when time allows, in the order they join (undosed).

    A gym with a hip-thrust or glute-drive machine adds its loaded bridge first.
    """
    reserve = []
    gym = Equipment.glute_drive_machine in profile.equipment
    for fam in EXTRAS[request.focus]:
        prefer = GYM_BRIDGE if gym and fam is F.bridge else frozenset()
        extra = chooser.best((fam,), prefer=prefer, vary=10.0)
        if extra is not None:
            chooser.add(extra)
            reserve.append(extra)
    return reserve


def _doubled(pick: Pick, chooser: Chooser) -> Pick:
    fam = chooser.doubled.get(pick.exercise.id)
    if fam is None:
        return pick
    why = say("exercise.second_of_family", family=fam.name, family_words=fam.value)
    return attrs.evolve(pick, reason=why)


def compose(
    catalog: Catalog,
    profile: Profile,
    state: WeekState,
    request: Request,
    *,
    settings: RuleSettings,
) -> tuple[list[Pick], list[Reason], float] | Reason:
    """Choose and dose a session's exercises, or say why none can be built.

    Returns the picks (in session order, each with its reason and load) with notes for
    the session's reasons and its estimated minutes with the warm-up and cool-down, or
    the shortfall saying which required pattern nothing in the athlete's reach covers
    (or, where the settings make RS203 an error, that no such session fits the athlete's
    time).
    """
    bounds = settings.exercises_per_session
    budget = settings.beginner_heavy_kinds if profile.level is Level.beginner else None
    pool = candidates(catalog, profile, request.focus, request.jumps)
    if request.before_key_run:
        pool = tuple(c for c in pool if spares_key_run(c.ex, profile.level))
    quick = 3.0 if request.minutes <= 20 else 1.5 if request.minutes <= 30 else 0.0
    compact = request.minutes < 45
    chooser = Chooser(pool, state, budget, quick=quick)
    choice = _plan_choice(chooser, profile, request, settings, compact=compact)
    if not compact and not isinstance(choice, Reason) and len(choice[0]) > bounds.hi:
        # Too many for one session: a lunge does the work of a squat and a split squat.
        chooser = Chooser(pool, state, budget, quick=quick)
        choice = _plan_choice(chooser, profile, request, settings, compact=True)
    if isinstance(choice, Reason):
        return choice
    chosen, notes = choice
    while len(chosen) > bounds.hi:
        last = max(range(len(chosen)), key=lambda i: (chosen[i][1], i))
        chosen.pop(last)
    picks = [_doubled(_pick(c, r, profile, request, settings), chooser) for c, r in chosen]
    extras = _reserve(chooser, profile, request)
    light = request.focus is Focus.light
    grow = not (request.race_week or light)
    # Only the extras the session may take are dosed: those that fill it to the fewest
    # exercises, and the rest only where time may add them (a session that grows).
    taken = extras if grow else extras[: max(0, bounds.lo - len(picks))]
    reserve = [_pick(c, Role.extra, profile, request, settings) for c in taken]
    while len(picks) < bounds.lo and reserve:
        picks.append(reserve.pop(0))
    if len(picks) not in bounds:
        return say(
            "shortfall.no_session.reach",
            focus=request.focus.value,
            exercises=str(bounds),
            least=bounds.lo,
            most=bounds.hi,
        )
    if light:
        # A light session takes 15–25 minutes and holds fewer sets than the strength one.
        spare = (min(request.minutes, LIGHT_MINUTES) - request.warm_up - request.cool_down) * 60
        hard = None if state.strength_sets is None else state.strength_sets - 1
    else:
        spare = (
            request.minutes + slack_minutes(profile.level) - request.warm_up - request.cool_down
        ) * 60
        hard = HARD_SETS[profile.level]
    picks, trim_notes = fit_time(
        picks,
        reserve,
        spare,
        settings=settings,
        grow=grow,
        most=bounds.hi,
        keep_needs=request.minutes >= 20,
        hard=hard,
    )
    ordered_picks = calf_first(in_session_order(picks), profile, request.focus)
    finished = [_finish(p, profile, request, settings, catalog) for p in ordered_picks]
    spent = minutes(finished, request.warm_up, settings, request.cool_down)
    if light and spent <= min(request.minutes, LIGHT_MINUTES) - 1:
        # Time was not what cut it: the week's strength session was.
        trim_notes = [lighter_trim(n) for n in trim_notes]
    total = sum(p.sets for p in finished)
    capped = all(p.sets >= p.cap for p in finished) or (hard is not None and total >= hard)
    if spent < 0.9 * request.minutes and (capped or light):
        trim_notes.append(
            say("session.spare_minutes", minutes=float(spent), session_minutes=request.minutes)
        )
    if is_error(settings, "RS203") and spent > request.minutes + 0.5:
        return say("shortfall.no_session.time", focus=request.focus.value, minutes=request.minutes)
    if not light:
        known = state.strength_sets
        state.strength_sets = total if known is None else min(known, total)
    _remember(state, finished, chooser)
    return finished, notes + trim_notes, spent


def _finish(
    pick: Pick, profile: Profile, request: Request, settings: RuleSettings, catalog: Catalog
) -> Pick:
    """The pick with its load (or the word to choose one) and its reason."""
    dose = pick.dose
    load_note = None
    choose = False
    if dose.load_kg is None and is_loaded_work(pick.exercise, dose, profile, request.focus):
        load, load_note = working_load(pick.exercise, dose, profile, settings)
        if load is None:
            choose = True
        else:
            dose = attrs.evolve(dose, load_kg=load)
    if pick.reason == BLOCK_REASON:
        # Time may have trimmed the block's sets: its reason says the sets it holds.
        pick = attrs.evolve(pick, reason=block_said_as(dose, pick.cap))
    reason = exercise_reason(pick, profile, catalog, load_note)
    # As attrs.evolve: a Pick's fields have no checks or converters to run again.
    return copied(pick, PICK_FIELDS, dose=dose, reason=reason, choose_load=choose)


def _remember(state: WeekState, picks: list[Pick], chooser: Chooser) -> None:
    state.used.update(p.exercise.id for p in picks)
    state.families.update(p.family for p in picks)
    for p in picks:
        state.trained.update(muscles_trained(p.exercise))
    kept = {p.exercise.id for p in picks}
    for cand in chooser.chosen:
        if cand.ex.id in kept:
            state.heavy.update(cand.heavy)
