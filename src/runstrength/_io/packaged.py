"""The exercise catalog that ships with the package, read and checked on first use."""

from __future__ import annotations

import functools
from typing import Any

from runstrength._model.catalog import Catalog
from runstrength._model.dose import Dose, Tempo
from runstrength._model.errors import InputError
from runstrength._model.exercise import Exercise

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

    text = resources.files("runstrength").joinpath("data/catalog.toml").read_text("utf-8")
    data = tomllib.loads(text)
    try:
        return _built(data)
    except (InputError, TypeError, KeyError, AttributeError):
        # The reader of documents lists every problem with its path.
        from runstrength._io.documents import from_dict  # noqa: PLC0415  # cattrs: on a problem only

        return from_dict(Catalog, data)


def _built(data: dict[str, Any]) -> Catalog:
    """The catalog built straight from its TOML tables, each value checked as it is built.

    What the reader of documents builds (a test compares the two) without building the
    JSON converter first: the packaged catalog is read in a few milliseconds.
    """
    return Catalog(
        tuple(
            Exercise(
                **{**item, "doses": {level: _dose(dose) for level, dose in item["doses"].items()}}
            )
            for item in data["exercises"]
        )
    )


def _dose(table: dict[str, Any]) -> Dose:
    tempo = table.get("tempo")
    return Dose(**{**table, "tempo": None if tempo is None else Tempo(**tempo)})
