"""Documents in and out: JSON with its limits, and the catalog that ships with the package.

Imports only ``runstrength._model``.

- ``documents``: ``to_json``/``from_json``, ``to_dict``/``from_dict``, the schema version,
  migrations, and the limits a document is read within.
- ``converter``: the cattrs converter, strict and with a path for every problem.
- ``scalars``: its hooks for whole numbers, numbers, text, booleans and names.
- ``params``: its hook for a reason's parameters (an object of scalars).
- ``quick``: the quick read and write of a reason, checked in one pass.
- ``typed_read``: a decoder per value type, made once, that reads parsed JSON first.
- ``typed_write``: an encoder per value type, made once, that writes compact JSON text.
- ``limits``: the budget of values and problems a document is read within.
- ``lines``: ``to_json_lines``/``from_json_lines``, one document a line.
- ``packaged``: ``default_catalog()``, read from ``data/catalog.toml`` on first use.
- ``running_calendar``: ``read_running_calendar()``, a running app's iCalendar export in.
- ``run_kinds``: the table reading an event as a kind of run or a strength session.
- ``run_lengths``: a run's minutes from its start and end, its text, or its distance at a pace.
- ``calendar_weeks``: the events read into weeks, busy days and a partial last week.
"""
