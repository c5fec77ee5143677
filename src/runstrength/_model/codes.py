"""Every rule code, as data the values can check against without the rule engine.

The rules themselves (their titles, checks and scopes) live in ``runstrength._rules``;
a test keeps :data:`RULE_CODES` equal to the codes :func:`~runstrength.rules` lists.
"""

from __future__ import annotations

from typing import Final

__all__ = ["RULE_CODES"]

RULE_CODES: Final[tuple[str, ...]] = (
    "RS101",
    "RS102",
    "RS103",
    "RS104",
    "RS105",
    "RS106",
    "RS107",
    "RS200",
    "RS201",
    "RS202",
    "RS203",
    "RS204",
    "RS205",
    "RS206",
    "RS207",
    "RS301",
    "RS302",
    "RS303",
    "RS304",
    "RS305",
    "RS401",
    "RS402",
    "RS403",
    "RS404",
    "RS405",
    "RS406",
    "RS407",
    "RS408",
    "RS409",
    "RS410",
)
"""Every rule code, sorted: week (RS1xx), session (RS2xx), fit (RS3xx), progression and
block (RS4xx)."""
