"""A candidate's catalog dose, kept with the catalog's facts.

:func:`~runstrength._plan.dosing.dose_for` depends on the exercise, the level, the focus
and the settings alone, never on the athlete. At the documented settings, a candidate's
dose is kept in its exercise's facts (worked out once per catalog, see
:mod:`~runstrength._plan.choose`), so a new athlete reads the doses earlier athletes of
the same catalog were given instead of working them out again.
"""

from __future__ import annotations

from runstrength._model.dose import Dose
from runstrength._model.settings import DEFAULT_SETTINGS, RuleSettings
from runstrength._model.vocab import Focus, Level
from runstrength._plan.choose import Candidate
from runstrength._plan.dosing import dose_for

__all__ = ["candidate_dose"]


def candidate_dose(cand: Candidate, level: Level, focus: Focus, settings: RuleSettings) -> Dose:
    """``dose_for(cand.ex, level, focus, settings)``, kept with the catalog's facts.

    Only at the documented settings (at most six doses an exercise: three levels, two
    foci); any other settings go to :func:`~runstrength._plan.dosing.dose_for` itself.
    """
    doses = cand.doses
    if doses is None or settings is not DEFAULT_SETTINGS:
        return dose_for(cand.ex, level, focus, settings)
    found = doses.get((level, focus))
    if found is None:
        found = doses[level, focus] = dose_for(cand.ex, level, focus, settings)
    return found
