"""The exercise catalog that ships with the package, read and checked on first use."""

from __future__ import annotations

import functools

from runstrength._model.catalog import Catalog

__all__ = ["default_catalog"]


@functools.cache
def default_catalog() -> Catalog:
    """The packaged exercise catalog, read and checked on first use, then cached.

    >>> cat = default_catalog()
    >>> "goblet_squat" in cat and len(cat) >= 46
    True
    """
    # Read on first use, not at import: tomllib and importlib.resources cost ~12 ms to load.
    import tomllib  # noqa: PLC0415  # on first use: with resources, ~12 ms to load
    from importlib import resources  # noqa: PLC0415  # on first use, as above

    from runstrength._io.documents import from_dict  # noqa: PLC0415  # cattrs loads on first read

    text = resources.files("runstrength").joinpath("data/catalog.toml").read_text("utf-8")
    return from_dict(Catalog, tomllib.loads(text))
