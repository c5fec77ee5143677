"""How a value shows itself: ``str()`` and notebook HTML, drawn by ``runstrength._views``.

The views sit above the values (they use the packaged catalog for exercise names), so a
value cannot import them at its top. :class:`Shown` looks them up once, on first display,
through one deferred import of :func:`runstrength._views.show.show`.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Form", "HtmlShown", "Shown"]

Form = Literal["text", "html", "summary"]
"""Which view: ``text`` (``str()``), ``html`` (notebooks) or ``summary`` (a short ``repr()``)."""


def _show(value: object, form: Form) -> str:
    from runstrength._views.show import show  # noqa: PLC0415  # views sit above the values

    return show(value, form)


class HtmlShown:
    """A mixin giving a value its notebook HTML, ``_repr_html_()``, from ``runstrength._views``.

    For values whose ``str()`` stays their ``repr()`` (athletes, running weeks, logs): a
    notebook shows them as a table, and their text is unchanged. It has no fields and empty
    ``__slots__``, so frozen, slotted ``attrs`` classes can take it as a base.
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The value as HTML, for notebooks."""
        return _show(self, "html")


class Shown(HtmlShown):
    """A mixin giving a value its ``str()`` and ``_repr_html_()`` from ``runstrength._views``.

    It has no fields and empty ``__slots__``, so frozen, slotted ``attrs`` classes can take it
    as a base; it leaves ``repr()`` to them. A value too large for its field-by-field
    ``repr()`` defines ``__repr__`` as :meth:`_summary`.
    """

    __slots__ = ()

    def __str__(self) -> str:
        """The value as plain text."""
        return _show(self, "text")

    def _summary(self) -> str:
        """A one-line summary of the value."""
        return _show(self, "summary")
