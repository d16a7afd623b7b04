"""Screenshots of the exported pages (the HTML page, the TimelineJS viewer) with headless Chromium.

The same Chromium that :func:`timeline.export.write_image` hands to kaleido
(``$TIMELINE_CHROMIUM``, ``$BROWSER_PATH`` or Debian's ``/usr/bin/chromium``)
is run in its own ``--screenshot`` mode: no further Python package is needed
at run time (Playwright stays a test-only dependency). Chromium gets a
throw-away profile, no network (every host name resolves to nothing: the
pages are self-contained) and a virtual-time budget so the page's scripts
finish drawing before the picture is taken.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from .fileio import atomic_write_bytes

__all__ = ["CHROMIUM_ENV", "find_chromium", "screenshot"]

#: Environment variable naming the Chromium binary (shared with :mod:`timeline.export`).
CHROMIUM_ENV = "TIMELINE_CHROMIUM"


def find_chromium() -> str | None:
    """The Chromium binary to use: ``$TIMELINE_CHROMIUM``, ``$BROWSER_PATH`` or ``/usr/bin/chromium``.

    Returns
    -------
    str or None
        The first that exists, else None.
    """
    for candidate in (os.environ.get(CHROMIUM_ENV), os.environ.get("BROWSER_PATH"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def screenshot(
    page: str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    width: int = 1200,
    height: int = 800,
    wait_ms: int = 8000,
    timeout: float = 120.0,
) -> Path:
    """Take a PNG screenshot of a local HTML file as a browser window shows it.

    Parameters
    ----------
    page : path-like
        A self-contained HTML file (e.g. from :func:`timeline.export.export_events`).
    path : path-like
        The PNG to write (atomically).
    width, height : int
        The browser window in CSS pixels; the picture is the top of the page.
    wait_ms : int
        Virtual time the page's scripts get before the picture is taken
        (0: the picture is taken as soon as the page has loaded).
    timeout : float
        Seconds of real time before giving up.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    FileNotFoundError
        When ``page`` does not exist.
    RuntimeError
        When no Chromium is found, or Chromium fails or writes no picture
        (the message names the page and Chromium's last line).
    """
    source = Path(page).resolve()
    if not source.is_file():
        raise FileNotFoundError(f"{page}: no such page to screenshot")
    chromium = find_chromium()
    if chromium is None:
        raise RuntimeError(f"no Chromium for screenshots: install Debian's chromium or set ${CHROMIUM_ENV}")
    with tempfile.TemporaryDirectory(prefix="timeline-shot-") as tmp:
        shot = Path(tmp) / "shot.png"
        args = [
            chromium, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--mute-audio",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--force-device-scale-factor=1",
            f"--user-data-dir={Path(tmp) / 'profile'}", f"--window-size={int(width)},{int(height)}",
            f"--screenshot={shot}", source.as_uri(),
        ]
        if wait_ms > 0:  # (a zero budget makes Chromium wait for ever)
            args.insert(-2, f"--virtual-time-budget={int(wait_ms)}")
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.insert(2, "--no-sandbox")  # Chromium refuses to start its sandbox as root (containers)
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"{page}: Chromium took longer than {timeout:.0f} s for the screenshot") from None
        if done.returncode != 0 or not shot.is_file():
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise RuntimeError(f"{page}: Chromium made no screenshot (exit {done.returncode}): {last}")
        return atomic_write_bytes(path, shot.read_bytes())
