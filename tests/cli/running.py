"""Running the command in process: its status and output, and its standard error's lines."""

from __future__ import annotations

import io

import pytest

from runstrength._cli import main


def run(args: list[str]) -> tuple[int, str]:
    """The exit status and standard output of ``runstrength ARGS``, run in this process."""
    out = io.StringIO()
    return main(args, out=out), out.getvalue()


def errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Standard error's lines so far, which never hold a traceback."""
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.splitlines()
