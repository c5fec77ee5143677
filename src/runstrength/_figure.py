"""The figure :mod:`runstrength.plot` draws on: a matplotlib figure a notebook shows.

Matplotlib's notebook display hooks are installed when ``matplotlib.pyplot`` is imported
under the notebook's backend; a figure built without ``pyplot`` (as the plot module does,
to keep no global state) would show as ``<Figure size ... with 2 Axes>`` in a fresh
notebook. :class:`ChartFigure` renders itself to PNG through ``_repr_png_``, the standard
rich-display method IPython looks for, so it shows as a picture with or without pyplot.
Where pyplot has installed its own hook for figures, that hook takes precedence and the
picture is shown once.

This module imports matplotlib at its top: only the drawing functions import it.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure

__all__ = ["ChartFigure"]


class ChartFigure(Figure):
    """A :class:`matplotlib.figure.Figure` that shows itself as a PNG in notebooks."""

    def _repr_png_(self) -> bytes:
        """The figure as PNG bytes, trimmed to what is drawn, for notebooks."""
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", bbox_inches="tight")
        return buffer.getvalue()
