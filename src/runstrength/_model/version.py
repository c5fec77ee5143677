"""The package's version, in the lowest layer so every layer can name it."""

from __future__ import annotations

__all__ = ["VERSION"]

VERSION = "0.1.0"
"""The release, as in ``pyproject.toml``; ``runstrength.__version__`` is this string."""
