"""The rule engine: rules as data with pure checks, and the functions that run them.

Imports the layers below it (``_model``, ``_io``, ``_views``, ``_progression``).

- ``rulebook``: :class:`~runstrength.Rule`, what a check sees (``Context``) and reports
  (``Finding``).
- ``week``: RS101–RS107, where sessions sit around runs.
- ``session``: RS200–RS207, what a session holds.
- ``fit``: RS301–RS305, whether an exercise and its dose fit the athlete.
- ``progression``: RS401–RS404, one progression step.
- ``block``: RS405–RS406, a multi-week block, and what its checks see (``BlockContext``).
- ``season``: RS407–RS410, a season's taper, volume growth, deloads and race recovery.
- ``validate``: ``rules``, ``validate``, ``validate_progression``, ``validate_block``.

Each family module ends with ``RULES``, the tuple of its rules; ``validate`` gathers the
families' tuples by name, so no rule is added by importing a module.
"""
