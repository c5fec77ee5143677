"""Plans, views, documents and CLI output stay byte-identical unless changed on purpose."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

from runstrength._cli import main
from tests.snapshot.cases import CLI_ARGS, outputs, progress_outputs

SNAPSHOT = Path(__file__).with_name("outputs.json.gz")


def _current() -> dict[str, str]:
    current = {**outputs(), **progress_outputs()}
    for i, args in enumerate(CLI_ARGS):
        stream = io.StringIO()
        status = main(args, out=stream)
        current[f"cli{i:02d}"] = f"{' '.join(args)}\nstatus {status}\n{stream.getvalue()}"
    return current


def test_outputs_match_the_snapshot() -> None:
    current = _current()
    if os.environ.get("RUNSTRENGTH_UPDATE_SNAPSHOT") == "1":
        text = json.dumps(current, indent=0, sort_keys=True, ensure_ascii=False)
        SNAPSHOT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    kept: dict[str, str] = json.loads(gzip.decompress(SNAPSHOT.read_bytes()))
    assert sorted(current) == sorted(kept)
    changed = [key for key in sorted(kept) if current[key] != kept[key]]
    assert not changed, f"{len(changed)} outputs changed, first: {changed[:10]}"
