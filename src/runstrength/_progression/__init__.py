"""What comes after a logged session: load math, the progression policy and the next step.

Imports the layers below it (``_model``, ``_io``, ``_views``).

- ``loadmath``: 1RM formulas, the RTS chart, loads for reps and reserve, equipment steps.
- ``policy``: caps, steps, log outcomes and the wording of reasons that the next step and
  RS401–RS404 share.
- ``fit``: what the athlete may move into (level, kit, injuries, rested areas).
- ``ask``: one decision's inputs and the small steps decisions are made of.
- ``bodyload``: moves where the body is most of the load: a small step in the hand keeps
  the reps (2 fewer at most).
- ``loads``: loaded work: the next load from the load lifted, the reps and the effort.
- ``setbacks``: mild pain, failed sessions and long stalls.
- ``marks``: marks on a prescription's reason: a stand-in's opening, a trim's close.
- ``form``: form that breaks: lighter, steadier (a calf raise's wall form), then simpler,
  and the way back once it is clean.
- ``pattern``: form that breaks again on its second return: a lower-skill stand-in for
  four weeks.
- ``routes``: routes forward when the usual next step is closed (no load step, no time).
- ``neutral``: steps that add no time, for a session at its minutes.
- ``slowclean``: a slower tempo on a clean range that still fits, where none takes no
  longer.
- ``quota``: a session's changes: their order and time trims.
- ``stalls``: stalls that do not fit: heavier and shorter, a reset, then a swap.
- ``swaps``: a stalled lift swapped for a few weeks, and brought back.
- ``calfnotes``: the notes of an Achilles athlete's calf work (the pain rule every week).
- ``tendon``: an Achilles athlete's heavy slow calf block (rungs, load steps of 10 % or less).
- ``trial``: a return after sharp pain done gently: its reserve, tempo and reps.
- ``step``: ``progress`` (one exercise) and its decision table.
- ``standin``: the pattern groups a session covers, and stand-ins for stopped exercises.
- ``weeknotes``: a week's own notes told from the planner's, and running meanwhile.
- ``matching``: logs matched to prescriptions, and the week a red flag stops.
- ``effort``: one effort per prescription: reps in reserve or a body-weight form cue.
- ``week``: ``progress_week`` (a whole plan, kept sound).
"""
