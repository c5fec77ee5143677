"""The ``runstrength`` command: plan, check and progress from the shell.

- ``parser``: the arguments of every subcommand and the exit statuses ``--help`` lists.
- ``inputs``: the documents and lists of documents file options name, ``-`` for standard
  input, every problem starting with its option and JSON path.
- ``commands``: ``plan``, ``block``, ``next``, ``progress`` and ``validate``.
- ``catalog``: ``exercises``, ``exercise`` and ``schema``.
- ``batch``: many weeks, JSON Lines in and out, as a stream.
- ``formats``: a week plan or block shown as text, Markdown, JSON, a calendar or FIT files.
- ``exports``: the options of the dated formats (``--at``, ``--stamp``, ``--out``, ...).
- ``runs``: the running weeks ``--runs`` reads from a running calendar, and its report.
- ``streams``: documents read within their size limit, whatever the file; output written
  in text the stream can encode, with every failure to write turned into an exit status.

:func:`main` is the one place a failure ends up: one line per problem on standard error
and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from runstrength._cli import batch, catalog, commands
from runstrength._cli.commands import ERRORS_FOUND
from runstrength._cli.inputs import EXAMPLE_ATHLETE, EXAMPLE_WEEK, next_monday
from runstrength._cli.parser import EXIT_STATUS, parser
from runstrength._cli.streams import Output, say, write
from runstrength._model.errors import InputError, MissingExtraError

__all__ = ["ERRORS_FOUND", "EXAMPLE_ATHLETE", "EXAMPLE_WEEK", "EXIT_STATUS", "main", "run"]

_next_monday = next_monday  # the default --start, under the name the calendar tests use

COMMANDS: dict[str, Callable[[argparse.Namespace], Output]] = {
    **commands.COMMANDS,
    **catalog.COMMANDS,
    **batch.COMMANDS,
}
"""Every subcommand, by name: a function from its arguments to its output."""


def run(args: argparse.Namespace) -> Output:
    """Run the subcommand ``args`` name; its output, not yet written.

    Raises:
        InputError: The arguments or the files they name cannot be used; every problem
            starts with the option or file it is about.
        MissingExtraError: The output needs an optional extra that is not installed.
    """
    return COMMANDS[args.command](args)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    r"""Run the command line and return its exit status.

    Exit statuses:

    - ``0``: done (``validate``: the plan breaks no rule of severity error).
    - ``1``: an optional extra is missing (the message says what to install), or the
      output could not be written. A closed pipe (``runstrength exercises | head``) ends
      the command quietly; any other failure, such as a full disk, says so in one line.
    - ``2``: bad input: the arguments, the files they name (unreadable, not UTF-8, longer
      than ``MAX_JSON_CHARS`` characters, or not a valid document), a bad line of a batch
      (the other lines are still planned), or a week the input cannot be planned for
      (``--start`` too close to the last date). Each problem is a line ``runstrength:
      <option or file>: <path>: <message>`` on standard error. argparse reports a
      malformed command line itself, by raising ``SystemExit(2)``.
    - ``3``: ``validate`` found a rule of severity error broken (:data:`ERRORS_FOUND`).

    Files are read as UTF-8, with or without a byte order mark; ``-`` reads standard
    input. Output a stream's encoding cannot represent (``×``, ``–`` and ``′`` on an ASCII
    terminal) is written with backslash escapes such as ``\xd7``, and JSON with ``\u``
    escapes, so it stays valid JSON. Calendars are written as UTF-8 bytes.

    Args:
        argv: The arguments after the command's name; ``sys.argv[1:]`` when ``None``.
        out: Where the output goes; standard output when ``None``.

    Raises:
        SystemExit: From argparse, for ``--help`` and ``--version`` (status 0) or a
            malformed command line (status 2). When ``--help`` or ``--version`` cannot
            be written, ``main`` returns 1 instead.
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
