"""Strategies for reasons: free text, registered codes with their parameters, and joins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import strategies as st

from runstrength._model.reason import Reason, free_text
from runstrength._model.reasons import CODES, joined_reasons
from runstrength._strategies.base import TEXT

if TYPE_CHECKING:
    from hypothesis.strategies import DrawFn, SearchStrategy

__all__ = ["REASON", "REASONS", "reasons"]

_PARAM = st.one_of(
    TEXT,
    st.integers(min_value=-1000, max_value=1000),
    st.floats(min_value=-1000, max_value=1000, allow_nan=False),
    st.booleans(),
)


@st.composite
def _coded(draw: DrawFn) -> Reason:
    entry = CODES[draw(st.sampled_from(sorted(set(CODES) - {"joined"})))]
    params = {name: draw(_PARAM) for name in entry.params}
    return Reason(entry.code, params, draw(TEXT))


def reasons() -> SearchStrategy[Reason]:
    """Reasons: free text, a registered code with parameters, or two of them joined.

    The parameters and the text are arbitrary (a reason need not be one the library
    would write): feed them to code that reads or writes reasons.
    """
    one = TEXT.map(free_text) | _coded()
    two = st.tuples(one, one).map(lambda pair: joined_reasons(*pair))
    return st.one_of(one, two)


REASON = reasons()
REASONS = st.lists(REASON, max_size=3).map(tuple)
