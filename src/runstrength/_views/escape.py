r"""Make text from values safe to put in a view, field by field.

Names, cues, reasons, steps and shortfalls are whatever a caller or a catalog file gives.
A view shows each of them as one field on one line, so that text can neither change the
view's layout nor reach past it:

- :func:`one_line` (plain text, calendars, and under HTML escaping): line breaks (and tabs)
  fold into one space, so a field cannot start a line of its own; every other C0 or C1
  control character (ESC, BEL, NUL, DEL, CSI, ...) becomes visible text such as ``\x1b``,
  so it cannot move a terminal's cursor or recolour it.
- :func:`markdown`: :func:`one_line`, then ``\``, the backtick, ``[``, ``]`` and ``|`` are
  backslash-escaped (no code span, link, image or extra table cell), ``&``, ``<`` and ``>``
  become entities (no raw HTML or quote), and a field that would open a block (``#``,
  ``-``, ``1.``, ...) has that character escaped.
- :func:`chart_label`: :func:`one_line`, with ``$`` escaped so that matplotlib does not
  read the text as mathtext (which fails to draw on an unbalanced formula).

Ordinary text (letters, digits, spaces and punctuation such as ``-``, ``(``, ``×``, ``–``,
``′``) comes out unchanged.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["chart_label", "markdown", "one_line"]

_BREAKS: Final = re.compile(r"[\t\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]+")
"""Line breaks as ``str.splitlines`` knows them, and tabs: folded into one space."""

_CONTROLS: Final = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
r"""The other C0 and C1 control characters, and DEL: shown as ``\xNN``."""

_MARKDOWN: Final = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)

_SPECIAL: Final = re.compile(r"[\\`\[\]|&<>]")
"""Any character :data:`_MARKDOWN` escapes (most text has none)."""

_BLOCK_START: Final = re.compile(r"([#+*=_~-])|[0-9]{1,9}([.)])")
"""What opens a heading, list, rule, setext underline or fence at a line's start (a quote's
``>`` and an HTML block's ``<`` are entities by then, and a backtick fence is escaped)."""


def _visible(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def one_line(text: object) -> str:
    r"""``text`` as one line of plain text, with no control character left in it.

    >>> one_line("Squat\n\x1b[31mred\x1b[0m")
    'Squat \\x1b[31mred\\x1b[0m'
    >>> one_line("Bulgarian split squat (rear foot on a bench) – 3 × 8′")
    'Bulgarian split squat (rear foot on a bench) – 3 × 8′'
    """
    shown = str(text)
    if shown.isprintable():  # the common case: nothing to fold or show
        return shown
    return _CONTROLS.sub(_visible, _BREAKS.sub(" ", shown))


def markdown(text: object) -> str:
    r"""``text`` as one Markdown field: shown as written, never as markup.

    >>> print(markdown("a | b\n# c <script>"))
    a \| b # c &lt;script&gt;
    >>> print(markdown("# not a heading"), markdown("1. not a list"))
    \# not a heading 1\. not a list
    >>> print(markdown("Single-leg RDL, 3 × 8–10 (each side)"))
    Single-leg RDL, 3 × 8–10 (each side)
    """
    shown = one_line(text)
    if _SPECIAL.search(shown):
        shown = shown.translate(_MARKDOWN)
    shown = shown.strip(" ")
    start = _BLOCK_START.match(shown)
    if start is None:
        return shown
    at = start.start(1) if start.group(1) is not None else start.start(2)
    return f"{shown[:at]}\\{shown[at:]}"


def chart_label(text: object) -> str:
    r"""``text`` as one line of a matplotlib label, drawn as written (no mathtext).

    >>> print(chart_label("Squat $\\frac{$ 5"))
    Squat \$\frac{\$ 5
    """
    return one_line(text).replace("$", r"\$")
