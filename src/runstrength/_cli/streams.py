"""The command's input and output: documents read within their limit, output written safely.

Reading never takes in more than a document may hold, whatever the file is (a regular
file, ``/dev/zero``, a pipe or standard input). Writing picks text the stream can encode
and turns every failure to write into an exit status instead of a traceback.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import IO

import attrs

from runstrength._io import documents
from runstrength._model.errors import InputError

__all__ = [
    "STDIN",
    "NotUtf8Error",
    "Output",
    "TooLongError",
    "read_document",
    "read_text",
    "say",
    "write",
]

STDIN = "-"
"""The file name that stands for standard input."""

CHUNK = 1 << 16
"""Bytes read at a time: memory stays bounded by the document limit plus one chunk."""


class TooLongError(ValueError):
    """The text runs past the limit; reading stopped there."""


class NotUtf8Error(ValueError):
    """The bytes are not UTF-8.

    Attributes:
        reason: What is wrong, as the UTF-8 codec says it.
        offset: Where the first bad byte is, counted from the start of the stream.
    """

    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(f"{reason} at byte {offset:,}")
        self.reason = reason
        self.offset = offset


def read_text(stream: IO[bytes], limit: int, *, chunk: int = CHUNK) -> str:
    """Read UTF-8 text, with or without a byte order mark, refusing more than ``limit`` chars.

    Reads ``chunk`` bytes at a time and stops as soon as the text passes ``limit``
    characters, so an endless source such as ``/dev/zero`` costs about ``limit`` characters
    of memory, never more.

    Raises:
        TooLongError: The text has more than ``limit`` characters.
        NotUtf8Error: The bytes are not UTF-8.
    """
    # Plain UTF-8, with the byte order mark dropped from the first text by hand: the
    # "utf-8-sig" decoder silently drops a lone first byte of a mark at the end of input.
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts: list[str] = []
    chars = 0
    consumed = 0
    first = True
    while True:
        data = stream.read(chunk) or b""
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            # exc.object ends with this chunk, so it starts this far into the stream
            start = consumed + len(data) - len(exc.object)
            raise NotUtf8Error(exc.reason, start + exc.start) from None
        consumed += len(data)
        if first and text:
            text, first = text.removeprefix("\ufeff"), False
        chars += len(text)
        if chars > limit:
            raise TooLongError(limit)
        parts.append(text)
        if not data:
            return "".join(parts)


def _open_and_read(path: str, limit: int) -> str:
    if path != STDIN:
        with open(path, "rb") as file:
            return read_text(file, limit)
    if sys.stdin is None:
        raise OSError("there is no standard input")
    source = sys.stdin
    binary: IO[bytes] | None = getattr(source, "buffer", None)
    if binary is not None:
        return read_text(binary, limit)
    text = source.read(limit + 1)  # a text stream without bytes beneath it
    if len(text) > limit:
        raise TooLongError(limit)
    return text.removeprefix("\ufeff")


def read_document(path: str, label: str) -> str:
    """The text of a JSON document named on the command line (``-`` for standard input).

    Args:
        path: The file to read, or ``-`` for standard input.
        label: The option that named the file, to begin each problem with (none for an
            argument that is not an option: the problem starts with ``path``).

    Raises:
        InputError: The file cannot be read, is not UTF-8, or is longer than
            :data:`runstrength._io.documents.MAX_JSON_CHARS` characters; one problem,
            starting with ``label`` and ``path``.
    """
    limit = documents.MAX_JSON_CHARS
    where = f"{label} {path}" if label else path
    try:
        return _open_and_read(path, limit)
    except TooLongError:
        problem = f"$: document is longer than the {limit:,} characters a document may hold"
    except NotUtf8Error as exc:
        problem = f"$: not UTF-8 text ({exc})"
    except (OSError, ValueError) as exc:  # ValueError: a path with a NUL character in it
        problem = f"cannot read ({exc.__class__.__name__}: {exc})"
    raise InputError(f"{where}: {problem}")


@attrs.frozen
class Output:
    r"""What a command prints: text, and how to write it where the text cannot go as it is.

    Attributes:
        text: The output, as printed on a UTF-8 stream.
        document: The data a JSON ``text`` was made from, to write again with ``\u``
            escapes on a stream that cannot encode ``text``; ``None`` for other output.
        calendar: ``text`` is an iCalendar file: written as UTF-8 bytes with its CRLF
            line ends kept, to the stream's bytes when it has them.
        lines: JSON Lines written one at a time as they are made, after ``text``, each
            with ``\u`` escapes on a stream that cannot encode it; ``None`` for none.
        status: The exit status once everything is written (a check that found errors,
            a batch with bad lines); ``None`` for 0.
    """

    text: str
    document: object = None
    calendar: bool = False
    lines: Iterable[str] | None = None
    status: Callable[[], int] | None = None


_LINE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}
"""Characters that end a line, each to its backslash escape: a problem stays on one line."""


def say(line: str) -> None:
    r"""Print one line on standard error after ``runstrength:``; a failure to do so is ignored.

    A line break inside ``line`` (in a file name, say) is written as its escape, ``\n``.
    """
    with contextlib.suppress(OSError, AttributeError, ValueError):  # no stderr, or a dead one
        print(f"runstrength: {line.translate(_LINE_BREAKS)}", file=sys.stderr, flush=True)


def _encodable(text: str, stream: IO[str]) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str):
        return True  # a stream of str, such as io.StringIO, takes any text
    try:
        text.encode(encoding, getattr(stream, "errors", None) or "strict")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _for_stream(output: Output, stream: IO[str]) -> str:
    r"""The text to write: as it is, with ``\u`` escapes for JSON, or with backslash escapes."""
    if _encodable(output.text, stream):
        return output.text
    if output.document is not None:
        escaped = json.dumps(output.document, indent=2, ensure_ascii=True) + "\n"
        if _encodable(escaped, stream):
            return escaped
    encoding = str(getattr(stream, "encoding", None))
    try:
        return output.text.encode(encoding, "backslashreplace").decode(encoding, "replace")
    except LookupError:  # an encoding Python does not know: the stream reports the rest
        return output.text


def _write(output: Output, stream: IO[str]) -> None:
    binary: IO[bytes] | None = getattr(stream, "buffer", None)
    if output.calendar and binary is not None:
        stream.flush()
        binary.write(output.text.encode("utf-8"))
        binary.flush()
        return
    stream.write(_for_stream(output, stream))
    stream.flush()
    for line in output.lines or ():
        if not _encodable(line, stream):
            line = json.dumps(json.loads(line), ensure_ascii=True) + "\n"  # noqa: PLW2901
        stream.write(line)
    stream.flush()


def _silence(stream: IO[str]) -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    if stream is not sys.stdout:
        return  # a caller's own stream: theirs to close
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, stream.fileno())
        finally:
            os.close(null)
    except (OSError, ValueError):
        pass


def write(output: Output, stream: IO[str] | None) -> int:
    """Write a command's output; the exit status: ``output.status``, or 1 the output failed.

    A closed pipe (``runstrength exercises | head``) ends the command quietly; any other
    failure to write, such as a full disk, is reported in one line on standard error. In
    both cases standard output is pointed at the null device, so Python's own flush at
    exit does not fail again with a traceback of its own.
    """
    if stream is None:
        say("cannot write output: there is no standard output")
        return 1
    try:
        _write(output, stream)
    except BrokenPipeError:
        _silence(stream)
        return 1
    except OSError as exc:
        _silence(stream)
        say(f"cannot write output ({exc.strerror or exc})")
        return 1
    return 0 if output.status is None else output.status()
