"""Every example in the README, in examples/ and on the docs site runs, and shows what it says.

Docs pages (``docs/**/*.md``) follow these conventions:

- ``python`` blocks run in order, one namespace per page, like the cells of a notebook,
  in a fresh temporary working directory (files a page writes land there).
- A ``text`` block right after a ``python`` (or shell) block is that block's output: the
  block must print exactly that (trailing spaces and blank lines at the end ignored).
- ``bash`` blocks: ``pip ...`` lines are skipped; ``runstrength ...`` lines run the
  command (``python -m runstrength``), with ``> FILE`` redirecting its output to a file.
- A block preceded by ``<!-- no-run -->`` (with an optional reason after a colon) is not
  run; the page says why in its text.
- A ``json`` block preceded by ``<!-- json: TypeName -->`` is a document of that type: it
  must load with ``from_json`` and be exactly what ``to_json(..., indent=2)`` writes.

A failure names the page and line of the block, e.g. ``docs/tutorial.md:42``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import re
import shlex
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

import pytest

import runstrength as rs

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(code, str(README), "exec"), {})  # our own README's examples
    assert capsys.readouterr().out


def test_readme_progression_example_prints_what_it_says() -> None:
    block = next(b for b in BLOCKS if "rs.progress(" in b)
    namespace: dict[str, object] = {}
    exec(compile(block, str(README), "exec"), namespace)
    step = namespace["step"]
    # 16 kg to 18 kg is +12 %, more than ACSM's 2-10 %: two reps over the top come first.
    assert str(step.change) == "reps"  # type: ignore[attr-defined]
    assert step.next.dose.load_kg == 16.0  # type: ignore[attr-defined]


EXAMPLES = sorted((README.parent / "examples").glob("*.py"))
EXAMPLE_ARGS = {"plan_at_scale": ["--athletes", "500", "--scheduler", "sync"]}
"""Options that keep an example small enough for the test suite (it shows the full size)."""


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_script_runs(script: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, str(script), str(out), *EXAMPLE_ARGS.get(script.stem, [])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Day" in done.stdout or "Week" in done.stdout


# --------------------------------------------------------------------------- docs pages

_FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)(?P<rest>.*)$")
_MARK = re.compile(r"^\s*<!--\s*(?P<kind>no-run|json)\s*(?::\s*(?P<arg>.*?))?\s*-->\s*$")
_SHELL = frozenset({"bash", "sh", "shell", "console"})


@dataclass(frozen=True)
class Block:
    """One fenced block of a docs page."""

    lang: str
    code: str
    line: int  # line number of the block's first code line in its page (1-based)
    mark: str | None = None  # "no-run" or "json", from the comment before the block
    mark_arg: str | None = None
    output: str | None = None  # the text block that follows it, if any


def page_blocks(page: Path) -> list[Block]:
    """Every fenced block of a page, each with the output block that follows it."""
    lines = page.read_text(encoding="utf-8").splitlines()
    raw: list[tuple[Block, int, int]] = []  # block, opening line index, closing line index
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        start, indent, fence = index, len(opening["indent"]), opening["fence"]
        previous = next((ln for ln in reversed(lines[:start]) if ln.strip()), "")
        mark = _MARK.match(previous)
        body: list[str] = []
        index += 1
        while index < len(lines) and not lines[index].strip().startswith(fence):
            body.append(lines[index][indent:] if lines[index].strip() else "")
            index += 1
        block = Block(
            lang=opening["lang"],
            code="\n".join(body) + "\n",
            line=start + 2,
            mark=mark["kind"] if mark else None,
            mark_arg=mark["arg"] if mark else None,
        )
        raw.append((block, start, index))
        index += 1
    blocks: list[Block] = []
    for number, (found, _, closing) in enumerate(raw):
        following = raw[number + 1] if number + 1 < len(raw) else None
        if (
            following is not None
            and following[0].lang == "text"
            and found.lang != "text"
            and not any(line.strip() for line in lines[closing + 1 : following[1]])
        ):
            found = dataclasses.replace(found, output=following[0].code)  # noqa: PLW2901
        blocks.append(found)
    return blocks


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.rstrip().splitlines())


PAGES = sorted(DOCS.rglob("*.md"))
PAGE_IDS = [str(p.relative_to(DOCS)) for p in PAGES]


def _where(page: Path, block: Block) -> str:
    return f"{page.relative_to(ROOT)}:{block.line}"


def _run_python(page: Path, block: Block, namespace: dict[str, object]) -> str:
    source = "\n" * (block.line - 1) + block.code  # tracebacks point at the page's lines
    code = compile(source, str(page.relative_to(ROOT)), "exec")
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(code, namespace)
    except Exception:
        shown = traceback.format_exc(limit=-6)
        pytest.fail(f"{_where(page, block)}: python block failed\n{shown}", pytrace=False)
    return out.getvalue()


def _run_shell(page: Path, block: Block, cwd: Path) -> str:
    printed: list[str] = []
    for raw in block.code.splitlines():
        line = raw.strip().removeprefix("$ ").strip()
        if not line or line.startswith("#"):
            continue
        words = shlex.split(line)
        if words[0] == "pip":
            continue  # installing is the reader's step, not the test suite's
        if words[0] != "runstrength":
            pytest.fail(f"{_where(page, block)}: cannot run {line!r} in the docs tests")
        target = None
        if ">" in words:
            at = words.index(">")
            words, target = words[:at], words[at + 1]
        done = subprocess.run(
            [sys.executable, "-m", "runstrength", *words[1:]],
            capture_output=True,
            text=True,
            check=False,
            cwd=cwd,
        )
        if done.returncode != 0:
            pytest.fail(
                f"{_where(page, block)}: {line!r} exited with {done.returncode}\n{done.stderr}",
                pytrace=False,
            )
        if target is None:
            printed.append(done.stdout)
        else:
            (cwd / target).write_text(done.stdout, encoding="utf-8")
    return "".join(printed)


def _check_json(page: Path, block: Block) -> None:
    name = block.mark_arg or ""
    cls = getattr(rs, name, None)
    if not isinstance(cls, type):
        pytest.fail(f"{_where(page, block)}: {name!r} is not a runstrength value type")
    try:
        value: object = rs.from_json(cls, block.code)
    except rs.InputError as exc:
        pytest.fail(f"{_where(page, block)}: the {name} document no longer loads\n{exc}")
    written = rs.to_json(value, indent=2)
    assert json.loads(written) == json.loads(block.code), (
        f"{_where(page, block)}: to_json now writes this {name} differently:\n{written}"
    )


def test_the_docs_have_pages() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_docs_page_examples_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in page_blocks(page):
        if block.mark == "no-run":
            continue
        if block.mark == "json":
            _check_json(page, block)
            continue
        if block.lang == "python":
            printed = _run_python(page, block, namespace)
        elif block.lang in _SHELL:
            printed = _run_shell(page, block, tmp_path)
        else:
            continue
        if block.output is not None and _normal(printed) != _normal(block.output):
            pytest.fail(
                f"{_where(page, block)}: printed output differs from the page\n"
                f"--- page\n{block.output}\n--- printed\n{printed}",
                pytrace=False,
            )


def test_output_blocks_follow_code() -> None:
    for page in PAGES:
        for block in page_blocks(page):
            if block.output is not None:
                assert block.lang == "python" or block.lang in _SHELL, _where(page, block)


def test_every_rule_is_explained_with_its_severity_and_source() -> None:
    text = (DOCS / "explanation" / "rules.md").read_text(encoding="utf-8")
    sections = dict(
        re.findall(
            r"^### (RS\d{3})\b.*?\n\n\*\*Severity:\*\* (.+?)$", text, re.MULTILINE | re.DOTALL
        )
    )
    missing = [r.code for r in rs.rules() if r.code not in sections]
    assert not missing, f"docs/explanation/rules.md has no section for {missing}"
    for rule in rs.rules():
        shown = f"{rule.severity} · **Source:** {rule.source}"
        assert sections[rule.code] == shown, f"{rule.code}: the page says {sections[rule.code]!r}"


def test_every_public_name_has_a_reference_entry() -> None:
    reference = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((DOCS / "reference").glob("*.md"))
    )
    documented = set(re.findall(r"^::: runstrength\.(\w+)\s*$", reference, re.MULTILINE))
    wanted = {*rs.__all__, "strategies", "plot", "dask"}
    missing = sorted(wanted - documented)
    assert not missing, f"no '::: runstrength.NAME' entry in docs/reference for {missing}"


def test_every_page_is_in_the_nav() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*([\w/.-]+\.md)\s*$", config, re.MULTILINE))
    # A page named _*.md is a part for another page to take in, not a page of its own.
    pages = {str(p.relative_to(DOCS)) for p in PAGES if not p.name.startswith("_")}
    assert pages <= listed, f"pages missing from the nav: {sorted(pages - listed)}"
    assert listed <= pages, f"nav entries without a page: {sorted(listed - pages)}"
