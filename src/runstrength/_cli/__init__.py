"""The ``runstrength`` command: list the catalog and plan a week from the shell.

- ``commands``: the arguments and the two subcommands, ``plan`` and ``exercises``, each
  turning arguments into the output to print, or an ``InputError`` naming each problem.
- ``streams``: documents read within their size limit, whatever the file; output written
  in text the stream can encode, with every failure to write turned into an exit status.

:func:`main` is the one place a failure ends up: one line per problem on standard error
and an exit status, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from runstrength._cli.commands import EXAMPLE_ATHLETE, EXAMPLE_WEEK, parser, run
from runstrength._cli.commands import _next_monday as _next_monday
from runstrength._cli.streams import say, write
from runstrength._model.errors import InputError, MissingExtraError

__all__ = ["EXAMPLE_ATHLETE", "EXAMPLE_WEEK", "main"]


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    r"""Run the command line and return its exit status.

    Exit statuses:

    - ``0``: done.
    - ``1``: an optional extra is missing (the message says what to install), or the
      output could not be written. A closed pipe (``runstrength exercises | head``) ends
      the command quietly; any other failure, such as a full disk, says so in one line.
    - ``2``: bad input: the arguments, the files they name (unreadable, not UTF-8, longer
      than ``MAX_JSON_CHARS`` characters, or not a valid document), or a week the input
      cannot be planned for (``--start`` too close to the last date). Each problem is a
      line ``runstrength: <path>: <message>`` on standard error. argparse reports a
      malformed command line itself, by raising ``SystemExit(2)``.

    Files are read as UTF-8, with or without a byte order mark; ``-`` reads standard
    input. Output a stream's encoding cannot represent (``×``, ``–`` and ``′`` on an ASCII
    terminal) is written with backslash escapes such as ``\xd7``, and JSON with ``\u``
    escapes, so it stays valid JSON. Calendars are written as UTF-8 bytes.

    Args:
        argv: The arguments after the command's name; ``sys.argv[1:]`` when ``None``.
        out: Where the output goes; standard output when ``None``.

    Raises:
        SystemExit: From argparse, for ``--help`` (status 0) or a malformed command
            line (status 2). When ``--help`` cannot be written, ``main`` returns 1 instead.
    """
    stream = out if out is not None else sys.stdout
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:
        if exc.code == 1:  # the help could not be written
            return 1
        raise
    try:
        output = run(args)
    except MissingExtraError as exc:
        say(str(exc))
        return 1
    except InputError as exc:
        for problem in exc.problems:
            say(str(problem))
        return 2
    return write(output, stream)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
