"""The strategies behind :mod:`runstrength.strategies`, by kind of value.

A public module on top of every layer: it may import any of them. The public module
re-exports what users call; these modules hold the implementations.

- ``base``: units, bounds, texts, ids and the small strategies every other one uses.
- ``values``: levels, kit, ids, athletes, runs, running weeks, ranges, doses, settings.
- ``catalogs``: exercises and catalogs whose easier/harder links resolve.
- ``reasons``: reasons: free text, registered codes and reasons joined.
- ``plans``: prescriptions, routines, sessions, decisions, week plans, violations, reports,
  blocks.
- ``logs``: logged sets, exercise logs and progression decisions.
- ``bytype``: ``from_type``, the default strategy of each value type.
"""
