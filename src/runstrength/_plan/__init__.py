"""The planner: days, sessions, weeks, blocks, and many athletes at once.

Imports every layer below it; nothing below imports it.

- ``daysearch``: the best combination of days and foci from the days' scores alone.
- ``days``: which days take a session, and of which focus, around the runs.
- ``families``: the movement family each exercise counts in, for variety.
- ``choose``: who may do which exercise, and picking a session's exercises one by one.
- ``dosing``: each exercise's dose, the order in a session, and fitting it to time and
  to the level's caps (a light session stays light).
- ``loads``: a load in kg from a lift the athlete reports, or a load to choose by effort.
- ``calves``: which calf families a strength session holds, a beginner's squat and bridge
  before a second calf move, and an Achilles athlete's calf block.
- ``slots``: the families that fill a session's required patterns (the week's calf
  families alternating) and the extras time allows.
- ``reasons``: why each exercise is in the session: the need, the goal, the injury avoided.
- ``kept``: a candidate's catalog dose, kept with the catalog's facts.
- ``compose``: one session from choosing, dosing, loads and reasons.
- ``enforce``: a plan kept to the caller's error rules (severities included).
- ``shortfalls``: what a week could not hold (too few days, no strength day) and what to move.
- ``week``: ``build_week``, a week from days and sessions.
- ``cueing``: a week's body-weight cues (``form_cued_week``) worked out once a session's
  prescriptions, a session no cue changes kept as it is.
- ``calendar``: each week's phase from the running alone (general, strength, power or
  maintenance, deloads, taper, race, recovery) and its days of light work only.
- ``history``: the past weeks a week reads: the last week that held each session,
  progressed from its logs, and the last training week's sets.
- ``weekfacts``: what each past week tells the weeks after it (reasons given, tops
  reached, landings, loads lifted, mild pain), worked out once a week and folded.
- ``missed``: work that was not logged (a week off, a missed session) goes back to the
  last dose done before the week after reads it: never a step the athlete did not take.
- ``shaping``: the numbers of a phase's doses (main lifts, heavy loads, the jump), a gym
  runner's band walk, the forecast's logs.
- ``settle``: a lifter's first week, which settles in below the heavier weeks.
- ``cuts``: one change an exercise, sets taken off to a number of hard sets, a session
  trimmed to the minutes, the weekly rise cap.
- ``stronger``: a season that moves on: effort targets for loads chosen by feel, the main
  lift's extra set, harder variations, barbell steps, the light day's lunge.
- ``power``: the power phase's jump: which, how much, on which day, room for it.
- ``lighter``: what lighter weeks share: a week kept whole as exercises go, the main
  lift's floor, sets restored where the week fell too low.
- ``deload``: a deload's sets: about 40 % fewer a session, sets first, then one exercise;
  a week of one-set sessions loses accessories until it holds at most 75 % of the week
  before's hard sets.
- ``taper``: a taper's sets: 41–60 % fewer, the sessions and the muscles kept where the
  week can.
- ``core``: the short core set a taper or race week keeps when it has none: the core move
  of the recent weeks, or a short plank in place of a loaded one in a light session.
- ``timeoff``: the weeks back after time off: fewer sets, easier effort, their note, then
  the usual effort again.
- ``raceweek``: race and recovery weeks: one short set of a lunge or jump, no jumps.
- ``climb``: loads that climb: the strength phase's reps fall only with a load rise, a
  load held at the top rises, and an exercise back after mild pain says so.
- ``shaper``: the ``Shaper``: each session's doses shaped to the week's phase (the main
  lifts, harder variations, sets back after lighter weeks, a lighter load after weeks
  off, the power phase's jump).
- ``phasing``: a week's hard sets held to its phase: cut for a break, capped in training.
- ``coded``: a reworked reason keeps its codes: the parts it still says, joined to what
  it adds.
- ``current``: reasons about this week: one carried from an earlier week gives way to the
  exercise's base reason.
- ``draft``: one week being drafted: each session progressed, shaped and held to one
  change an exercise, then kept to time with its reasons.
- ``season``: ``next_week`` and ``season_phases``: each week's place in the season and the
  week run through draft, volume cap, weeks back after time off and learning weeks.
- ``said``: a week's sentence true to the built week: a deload's and a taper's hard sets
  before and after, a strength week's extra set and rising loads only where it holds them.
- ``block``: ``build_block``, ``next_week`` folded over the weeks: the season's forecast.
- ``aroundcal``: a block around a running calendar: each week's place closes the days
  48 hours from the calendar's strength sessions and the days with a third run, and
  counts its sessions toward the week's.
- ``many``: ``build_weeks`` and the streams behind ``runstrength.dask``.
"""
