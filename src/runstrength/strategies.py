"""Hypothesis strategies for every runstrength value, to property-test code that uses them.

Needs the ``hypothesis`` extra (``pip install runstrength[hypothesis]``). Every strategy
generates only values the constructors accept, and by default reaches every kind of valid
value, within these bounds (kept so that failing examples stay readable and quick):

- text is 1-30 printable characters (letters, marks, digits, punctuation, symbols and
  spaces), not the 100/500/2000 characters the constructors allow, and no tabs, newlines or
  other white space;
- lists of texts (aliases, cues, reasons, shortfalls, steps) hold at most 3 items, an
  exercise at most 3 equipment groups, a week plan at most 8 sessions and 8 decisions, a
  week plan inside :func:`blocks` at most 3 sessions;
- exercise ids inside plans come from a catalog (see below), never unknown ids.

Use them like hypothesis' own strategies::

    from hypothesis import given
    import runstrength as rs
    from runstrength import strategies as rst

    @given(rst.athletes(level=rs.Level.beginner), rst.running_weeks(race=False))
    def test_my_planner(athlete, week): ...

Strategies that need exercise ids (:func:`prescriptions`, :func:`sessions`,
:func:`week_plans`, :func:`progressions`) draw them from the catalog passed as
``catalog=``, or from :func:`runstrength.default_catalog` (read on the first draw, not at
import). :func:`week_plans` builds *arbitrary* plans that may break any rule: feed them to
validators, not to code that expects a valid plan. :func:`valid_week_plans` builds plans
with :func:`runstrength.build_week`, which pass :func:`runstrength.validate` with no
errors: feed them to code that expects what the planner makes.

Options that fix part of a value (``athletes(sessions_per_week=...)``,
``valid_week_plans(athlete=...)``) take a value or a strategy, as hypothesis' own
``builds`` does.
"""

from __future__ import annotations

from runstrength._strategies.bytype import from_type
from runstrength._strategies.calendars import calendar_entries, calendar_reports
from runstrength._strategies.catalogs import catalogs, exercises
from runstrength._strategies.logs import (
    exclusions,
    exercise_logs,
    progressions,
    set_logs,
    week_records,
)
from runstrength._strategies.plans import (
    blocks,
    day_decisions,
    prescriptions,
    reports,
    routines,
    sessions,
    violations,
    week_plans,
)
from runstrength._strategies.reasons import reasons
from runstrength._strategies.valid import valid_week_plans
from runstrength._strategies.values import (
    athletes,
    block_settings,
    doses,
    equipment_sets,
    exercise_ids,
    int_ranges,
    levels,
    lifts,
    rule_settings,
    running_weeks,
    runs,
    tempos,
)

__all__ = [
    "athletes",
    "block_settings",
    "blocks",
    "calendar_entries",
    "calendar_reports",
    "catalogs",
    "day_decisions",
    "doses",
    "equipment_sets",
    "exclusions",
    "exercise_ids",
    "exercise_logs",
    "exercises",
    "from_type",
    "int_ranges",
    "levels",
    "lifts",
    "prescriptions",
    "progressions",
    "reasons",
    "reports",
    "routines",
    "rule_settings",
    "running_weeks",
    "runs",
    "sessions",
    "set_logs",
    "tempos",
    "valid_week_plans",
    "violations",
    "week_plans",
    "week_records",
]
