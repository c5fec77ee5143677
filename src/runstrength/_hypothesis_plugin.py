"""Hypothesis plugin: ``st.from_type`` knows every runstrength value type.

Hypothesis calls :func:`_hypothesis_setup_hook` through its ``hypothesis`` entry point
when it is imported, so ``st.from_type(rs.Athlete)`` and ``st.builds`` with annotated
runstrength fields draw valid values with no set-up. The strategies themselves live in
:mod:`runstrength.strategies`, which is imported only when a strategy is first drawn.
"""

from __future__ import annotations

from typing import Any


def _strategy_for(thing: type[Any]) -> Any:
    from runstrength import strategies  # noqa: PLC0415  # deferred: hypothesis is still importing

    return strategies.from_type(thing)


def _hypothesis_setup_hook() -> None:
    """Register a strategy for each public value type with ``st.register_type_strategy``."""
    from hypothesis import strategies as st  # noqa: PLC0415  # only when hypothesis asks

    import runstrength  # noqa: PLC0415  # hypothesis calls this while the package loads

    for name in runstrength.VALUE_TYPES:
        st.register_type_strategy(getattr(runstrength, name), _strategy_for)
