"""Every notebook runs in a real JupyterLab: no cell shows an error, every figure renders and fits.

At 1400×1000 with the file browser open, no figure is wider than its output area (each fills it), each has a
title, and no button (range presets, range selector) covers a legend entry.

A ``jupyter lab`` server is started on 127.0.0.1 with a token, in a temporary
copy of the project's notebooks, seeds and data (so autosave never touches the
committed notebooks). Headless Chromium opens each notebook, accepts the
kernel dialog if one appears, runs all cells from the Run menu and waits for
the kernel to go idle. The server is stopped by its own process id.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
TOKEN = "timeline-test-token"
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A real JupyterLab server over a copy of the notebooks; yields its base URL."""
    root = tmp_path_factory.mktemp("lab")
    for name in ("notebooks", "seeds", "data"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    (root / "build").mkdir()
    port = _free_port()
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(root / ".jupyter"),
        JUPYTER_RUNTIME_DIR=str(root / ".runtime"),
        JUPYTERLAB_WORKSPACES_DIR=str(root / ".workspaces"),
        JUPYTERLAB_SETTINGS_DIR=str(root / ".settings"),
    )
    # No update checks or news: this machine reaches no such server.
    settings = root / ".settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    log = open(root / "lab.log", "w")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "jupyterlab",
            "--no-browser", "--ip=127.0.0.1", f"--port={port}", f"--ServerApp.root_dir={root}",
            f"--IdentityProvider.token={TOKEN}", "--ServerApp.disable_check_xsrf=False",
            "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly", "--allow-root",
        ],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited: {(root / 'lab.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("jupyter lab did not start within 90 s")
            time.sleep(0.5)
        yield base, root
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def _expected_figures(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum(
        1
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        for out in cell.get("outputs", [])
        if "application/vnd.plotly.v1+json" in out.get("data", {})
    )


# For every figure: its width and its output area's, and the boxes of its legend and of its buttons.
_FIGURE_BOXES = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
    const area = plot.closest('.jp-OutputArea-output');  // the plot's own element is the output area
    const svg = plot.querySelector('.main-svg');
    const box = el => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    const title = plot.querySelector('.gtitle');
    return {
        title: title ? title.textContent : '',
        figure: svg.getBoundingClientRect().width,
        area: area.clientWidth,
        legend: [...plot.querySelectorAll('.legend .traces')].map(box),
        buttons: [...plot.querySelectorAll('.updatemenu-button, .rangeselector .button')].map(box),
    };
})"""


def _overlaps(a, b) -> bool:
    return a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1


def _assert_figures_fit(page) -> None:
    """No figure wider than its output area (it fills it), no button over a legend entry, a title on each."""
    figures = page.evaluate(_FIGURE_BOXES)
    assert figures
    for fig in figures:
        assert fig["figure"] <= fig["area"] + 1, f"figure {fig['title']!r}: {fig['figure']} px in a {fig['area']} px area"
        assert fig["figure"] >= 0.9 * fig["area"], f"figure {fig['title']!r} does not fill its output area"
        assert fig["title"].strip(), "every figure has a title"
        clashes = [(b, l) for b in fig["buttons"] for l in fig["legend"] if _overlaps(b, l)]
        assert not clashes, f"figure {fig['title']!r}: a button covers a legend entry {clashes[:1]}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_in_jupyterlab(lab, browser, notebook):
    base, root = lab
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        # A workspace of its own per notebook (reset), so no tab of an earlier test is restored.
        page.goto(
            f"{base}/lab/workspaces/{notebook.stem}/tree/notebooks/{notebook.name}?token={TOKEN}&reset",
            wait_until="domcontentloaded",
        )
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
        # A kernel-selection dialog may appear (first start, several kernels): accept the default.
        # Then wait for the kernel to be connected and idle before running anything.
        deadline = time.monotonic() + 90
        while True:
            dialog = page.locator(".jp-Dialog .jp-mod-accept")
            if dialog.count():
                dialog.first.click()
            if "Idle" in page.locator(".jp-StatusBar-Item, .jp-StatusBar-TextItem").all_inner_texts().__str__():
                break
            if time.monotonic() > deadline:
                pytest.fail("the notebook's kernel did not become idle within 90 s")
            time.sleep(0.5)
        # The file browser stays open (the left sidebar takes its room from the notebook).
        if not page.locator("#filebrowser").is_visible():
            page.locator(".jp-SideBar [data-id='filebrowser']").first.click()
        assert page.locator("#filebrowser").is_visible()
        page.locator(".jp-Notebook").first.click()
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        # Wait until no cell is queued or running ([*]) and some cell has run.
        page.wait_for_function(
            """() => {
                const prompts = [...document.querySelectorAll('.jp-Notebook .jp-InputArea-prompt')];
                const code = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
                return code.length > 0 && code.every(p => /\\[\\d+\\]/.test(p.textContent));
            }""",
            timeout=240_000,
            polling=500,
        )
        errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        error_texts = [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]
        assert not error_texts, error_texts[:1]
        expected = _expected_figures(notebook)
        if expected:
            page.wait_for_function(
                f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {expected}", timeout=60_000
            )
        rendered = page.locator(".js-plotly-plot").count()
        assert rendered >= expected
        if expected:
            _assert_figures_fit(page)
        # Screenshots go to the temporary lab folder, or to TIMELINE_SCREENSHOTS when set (to refresh docs/):
        # the test suite never writes into the project's own build/.
        shot = Path(os.environ.get("TIMELINE_SCREENSHOTS") or root / "screenshots")
        shot.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shot / f"jupyterlab-{notebook.stem}.png"))
        if os.environ.get("TIMELINE_SCREENSHOTS"):  # each figure as JupyterLab shows it, for review
            for i, plot in enumerate(page.locator(".js-plotly-plot").all()):
                plot.scroll_into_view_if_needed()
                plot.screenshot(path=str(shot / f"jupyterlab-{notebook.stem}-figure-{i + 1}.png"))
    finally:
        context.close()
