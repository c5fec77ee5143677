"""The tutorial notebook runs in a fresh kernel: values show as HTML and charts as pictures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import runstrength

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "tutorial.ipynb"
SRC = Path(runstrength.__file__).resolve().parent.parent

CHARTS = ("plot_weekly_sets(", "plot_exercise_series(")
"""A cell that calls one of these ends with a chart."""


def _last_line(source: str) -> str:
    return source.strip().splitlines()[-1]


def test_the_tutorial_notebook_is_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], cell.source
            assert cell.execution_count is None, cell.source


@pytest.mark.slow
def test_the_tutorial_notebook_shows_values_as_html_and_charts_as_pictures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The kernel is a fresh process with ipykernel's default set-up (no %matplotlib magic):
    # it imports this runstrength, whatever is installed.
    path = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    monkeypatch.setenv("PYTHONPATH", path)
    monkeypatch.delenv("MPLBACKEND", raising=False)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first cell that fails
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    charts = 0
    for cell in code:
        outputs = cell.outputs
        assert not [o for o in outputs if o.output_type == "error"], cell.source
        assert not [o for o in outputs if o.get("name") == "stderr"], cell.source
        results = [o for o in outputs if o.output_type == "execute_result"]
        assert len(results) == 1, f"cell ends without a value to show:\n{cell.source}"
        data = results[0]["data"]
        if any(call in _last_line(cell.source) for call in CHARTS):
            charts += 1
            assert "image/png" in data, f"chart shown as {sorted(data)}:\n{cell.source}"
        else:
            assert "text/html" in data, f"value shown as {sorted(data)}:\n{cell.source}"
            assert data["text/html"].startswith('<div class="runstrength">')
    assert charts == 2
