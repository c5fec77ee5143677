"""The files the command reads: UTF-8 with or without a BOM, never more than a document holds."""

from __future__ import annotations

import codecs
import io
import os
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from runstrength._cli.streams import CHUNK, NotUtf8Error, TooLongError, read_text
from runstrength._io.documents import MAX_JSON_CHARS
from tests.cli.running import errors as _errors
from tests.cli.running import run as _run

ATHLETE = '{"level": "beginner", "equipment": "none"}'
WEEK = '{"tue": "easy", "thu": "tempo", "sun": "long"}'
BOM = codecs.BOM_UTF8
TOO_LONG = f"$: document is longer than the {MAX_JSON_CHARS:,} characters a document may hold"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    plain_athlete, plain_week = tmp_path / "athlete.json", tmp_path / "week.json"
    plain_athlete.write_text(ATHLETE, encoding="utf-8")
    plain_week.write_text(WEEK, encoding="utf-8")
    bom_athlete, bom_week = tmp_path / "bom-athlete.json", tmp_path / "bom-week.json"
    bom_athlete.write_bytes(BOM + ATHLETE.encode())
    bom_week.write_bytes(BOM + WEEK.encode())
    for style in ("text", "json"):
        plain = ["--athlete", str(plain_athlete), "--week", str(plain_week)]
        marked = ["--athlete", str(bom_athlete), "--week", str(bom_week)]
        code, text = _run(["plan", *marked, "--format", style])
        assert code == 0
        assert text == _run(["plan", *plain, "--format", style])[1]


def test_a_bom_alone_is_an_empty_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(BOM)
    assert _run(["plan", "--athlete", str(path)]) == (2, "")
    [line] = _errors(capsys)
    assert line.startswith(f"runstrength: --athlete {path}: $: not valid JSON")


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "athlete.json"
    path.write_text(ATHLETE + " " * (MAX_JSON_CHARS - len(ATHLETE)), encoding="utf-8")
    assert path.stat().st_size == MAX_JSON_CHARS
    assert _run(["plan", "--athlete", str(path)])[0] == 0


def test_a_file_one_past_the_limit_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "athlete.json"
    path.write_text(ATHLETE + " " * (MAX_JSON_CHARS + 1 - len(ATHLETE)), encoding="utf-8")
    assert _run(["plan", "--athlete", str(path)]) == (2, "")
    assert _errors(capsys) == [f"runstrength: --athlete {path}: {TOO_LONG}"]


def test_a_200_mb_file_is_refused_in_bounded_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(200_000_000)  # sparse: costs no disk
    tracemalloc.start()
    try:
        code, out = _run(["plan", "--week", str(path)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (code, out) == (2, "")
    assert _errors(capsys) == [f"runstrength: --week {path}: {TOO_LONG}"]
    assert peak < 4 * MAX_JSON_CHARS  # the whole file took 431 MB


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_an_endless_fifo_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "athlete.fifo"
    os.mkfifo(fifo)
    written: list[int] = []

    def feed() -> None:
        block = b" " * CHUNK
        try:
            with fifo.open("wb") as pipe:
                while sum(written) <= 4 * MAX_JSON_CHARS:  # stops once the reader has gone
                    written.append(pipe.write(block))
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert _run(["plan", "--athlete", str(fifo)]) == (2, "")
    writer.join(timeout=30)
    assert not writer.is_alive()
    assert sum(written) < 2 * MAX_JSON_CHARS
    assert _errors(capsys) == [f"runstrength: --athlete {fifo}: {TOO_LONG}"]


def test_invalid_utf8_is_refused_with_its_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "athlete.json"
    path.write_bytes(BOM + b'{"level": "beg\xffinner"}')
    assert _run(["plan", "--athlete", str(path)]) == (2, "")
    assert _errors(capsys) == [
        f"runstrength: --athlete {path}: $: not UTF-8 text (invalid start byte at byte 17)"
    ]


def test_a_path_with_a_nul_character_cannot_be_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["plan", "--week", "week\0.json"]) == (2, "")
    [line] = _errors(capsys)
    assert line.startswith("runstrength: --week week\0.json: cannot read (ValueError")


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "athlete.json"
    path.write_text(ATHLETE, encoding="utf-8")
    expected = _run(["plan", "--athlete", str(path)])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BOM + ATHLETE.encode())))
    assert _run(["plan", "--athlete", "-"]) == expected
    monkeypatch.setattr(sys, "stdin", io.StringIO("\ufeff" + ATHLETE))  # text, no bytes beneath
    assert _run(["plan", "--athlete", "-"]) == expected


def test_standard_input_is_read_for_one_file_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ATHLETE))
    assert _run(["plan", "--athlete", "-", "--week", "-"]) == (2, "")
    assert _errors(capsys) == [
        "runstrength: --week -: standard input is read for --athlete already; "
        "only one file of a call may be -"
    ]


def test_endless_standard_input_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(" " * (MAX_JSON_CHARS + 1)))
    assert _run(["plan", "--week", "-"]) == (2, "")
    assert _errors(capsys) == [f"runstrength: --week -: {TOO_LONG}"]
    monkeypatch.setattr(sys, "stdin", None)
    assert _run(["plan", "--week", "-"]) == (2, "")
    [line] = _errors(capsys)
    assert line.startswith("runstrength: --week -: cannot read")


@given(text=st.text(), limit=st.integers(0, 40), chunk=st.integers(1, 9), bom=st.booleans())
def test_read_text_reads_utf8_in_any_chunks_up_to_the_limit(
    text: str, limit: int, chunk: int, bom: bool
) -> None:
    data = (BOM if bom else b"") + text.encode("utf-8", "surrogatepass")
    try:
        expected = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # a lone surrogate: no valid UTF-8
        with pytest.raises(NotUtf8Error):
            read_text(io.BytesIO(data), 10**6, chunk=chunk)
        return
    if len(expected) > limit:
        with pytest.raises(TooLongError):
            read_text(io.BytesIO(data), limit, chunk=chunk)
    else:
        assert read_text(io.BytesIO(data), limit, chunk=chunk) == expected


@given(data=st.binary(max_size=40), chunk=st.integers(1, 9))
def test_read_text_finds_the_first_bad_byte_in_any_chunks(data: bytes, chunk: int) -> None:
    body = data.removeprefix(BOM)
    try:
        expected = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset, reason = len(data) - len(body) + exc.start, exc.reason
    else:
        assert read_text(io.BytesIO(data), 10**6, chunk=chunk) == expected
        return
    with pytest.raises(NotUtf8Error) as caught:
        read_text(io.BytesIO(data), 10**6, chunk=chunk)
    assert (caught.value.offset, caught.value.reason) == (offset, reason)
