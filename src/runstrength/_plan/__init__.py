"""The planner: days, sessions, weeks, blocks, and many athletes at once.

Imports every layer below it; nothing below imports it.

- ``days``: which days take a session, and of which focus, around the runs.
- ``compose``: the exercises and doses of one session.
- ``week``: ``build_week``, a week from days and sessions.
- ``block``: ``build_block``, weeks in sequence with phases, deloads and a taper.
- ``many``: ``build_weeks`` and the streams behind ``runstrength.dask``.
"""
