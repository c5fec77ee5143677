"""The values: what a plan is made of, checked when built and frozen after.

The lowest layer: it imports nothing else of the package (a value's text and HTML views
are looked up in ``runstrength._views`` when first shown, through ``shown``).

- ``errors``: :class:`~runstrength.InputError` and the other exceptions.
- ``vocab``: the enums (levels, muscles, patterns, equipment, kits, run kinds, days).
- ``checks``: the construction checks every value's converters share.
- ``frozenmap``: an immutable, hashable mapping.
- ``copies``: a frozen value copied with changed fields the checks would pass, without
  building it again (the planner's hot paths).
- ``shown``: :class:`~runstrength._model.shown.Shown`, the mixin behind ``str()`` and
  ``_repr_html_()`` of sessions, week plans, blocks, exercises, catalogs, violations and
  reports; :class:`~runstrength._model.shown.HtmlShown`, ``_repr_html_()`` alone, for
  athletes, running weeks, logs, progressions, exclusions, week records and block settings.
- ``dose``: :class:`~runstrength.Dose`, :class:`~runstrength.IntRange`, :class:`~runstrength.Tempo`,
  and the words a dose's ``str()`` needs (re-exported by ``runstrength._views.wording``).
- ``clean``: clean dose numbers (6–8, 8–12, 12–15 reps; 5-s steps of seconds) and the clean
  amount a shortened range settles on.
- ``exercise``: :class:`~runstrength.Exercise`, one catalog entry.
- ``catalog``: :class:`~runstrength.Catalog`, a checked set of exercises.
- ``athlete``: :class:`~runstrength.Athlete`.
- ``week``: :class:`~runstrength.Run` and :class:`~runstrength.RunningWeek`.
- ``season``: :class:`~runstrength.WeekRecord`, one past week of a season.
- ``running``: a week's running minutes, the season's cut-back weeks and its goal race.
- ``prescription``: :class:`~runstrength.Prescription`, one exercise with its dose.
- ``exclusion``: :class:`~runstrength.Exclusion`, an area rested after sharp pain, its test
  and the prescription it returns from.
- ``plan``: routines, sessions, day decisions, violations, week plans.
- ``report``: :class:`~runstrength.Report`, the violations a check found, as one value.
- ``block``: :class:`~runstrength.Block` and :class:`~runstrength.BlockSettings`.
- ``logs``: what was done (:class:`~runstrength.SetLog`, :class:`~runstrength.ExerciseLog`)
  and what comes next (:class:`~runstrength.Progression`).
- ``reason``: :class:`~runstrength.Reason`, a code and its parameters beside the English.
- ``reasons``: every reason code with its English template (the tables by area in
  ``reasons_days`` and the others), ``say`` that builds a reason, and ``reason_text``.
- ``codes``: every rule code, as data (the rules themselves are in ``runstrength._rules``).
- ``settings``: :class:`~runstrength.RuleSettings`, the rules' thresholds.
- ``registry``: every public value type in one tuple.
- ``version``: the release, as ``runstrength.__version__`` shows it.
"""
