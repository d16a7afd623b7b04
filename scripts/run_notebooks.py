"""Rebuild the notebooks from their py:percent pairs and store fresh outputs.

    .venv/bin/python scripts/run_notebooks.py [notebooks/NN_name.py ...]

For each paired script (default: every ``notebooks/[0-9]*.py``) the notebook is
regenerated with jupytext, given fixed cell ids, executed with nbclient in the notebooks folder (no
timing metadata, so the stored notebook only changes when results change) and
written next to it. Run it after editing a notebook's script, then commit both.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jupytext
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def run(script: Path) -> Path:
    nb = jupytext.read(script)
    for i, cell in enumerate(nb.cells):
        cell.id = f"{script.stem[:2]}-{i:02d}"  # fixed ids: a rebuild only changes the notebook when results change
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", record_timing=False, resources={"metadata": {"path": str(script.parent)}}
    )
    client.execute()
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    target = script.with_suffix(".ipynb")
    jupytext.write(nb, target, fmt="ipynb")
    # Re-write the script from the executed notebook so the pair's metadata agree.
    jupytext.write(nb, script, fmt="py:percent")
    return target


def main(argv: list[str]) -> int:
    scripts = [Path(a) for a in argv] or sorted((ROOT / "notebooks").glob("[0-9]*.py"))
    for script in scripts:
        out = run(script.resolve())
        size = out.stat().st_size
        print(f"{out.relative_to(ROOT)}: {size / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
