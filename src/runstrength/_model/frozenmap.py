"""An immutable, hashable mapping for mapping-valued fields of frozen values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar, final, overload

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

__all__ = ["FrozenMap"]


@final
class FrozenMap(Mapping[K, V]):
    """A read-only mapping that keeps insertion order and can be hashed.

    >>> m = FrozenMap({"a": 1})
    >>> m["a"], len(m), hash(m) == hash(FrozenMap({"a": 1}))
    (1, 1, True)
    """

    __slots__ = ("_data", "_hash")

    _data: dict[K, V]
    _hash: int | None

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        object.__setattr__(self, "_data", dict(items))
        object.__setattr__(self, "_hash", None)

    @classmethod
    def holding(cls, data: dict[K, V]) -> FrozenMap[K, V]:
        """A map of ``data`` itself, not a copy: only for a dict nothing else holds or changes.

        >>> FrozenMap.holding({"a": 1}) == FrozenMap({"a": 1})
        True
        """
        new = object.__new__(cls)
        object.__setattr__(new, "_data", data)
        object.__setattr__(new, "_hash", None)
        return new

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data  # the Mapping default raises and catches a KeyError

    @overload
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | T, /) -> V | T: ...
    def get(self, key: K, default: object = None, /) -> object:
        """The value for ``key``, or ``default`` (the dict's own, without a KeyError)."""
        return self._data.get(key, default)

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        cached = self._hash
        if cached is None:
            cached = hash(frozenset(self._data.items()))
            object.__setattr__(self, "_hash", cached)
        return cached

    def __eq__(self, other: object) -> bool:
        if type(other) is FrozenMap:  # the common case: the dicts compared, not copied
            return self._data == other._data
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[dict[K, V]]]:
        return (FrozenMap, (self._data,))
