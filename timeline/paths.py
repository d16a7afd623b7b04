"""Checks on the files a command reads and writes, made before any work starts.

Every check raises :class:`PathProblem` with one line that names the path and
says what is wrong; the CLI prints it as ``error: …`` and exits 1. Writability
is probed by creating (and at once removing) a temporary file in the target
folder, which answers right for read-only mounts, ACLs and the root user alike.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable

from .fileio import read_only

__all__ = ["PathProblem", "check_input_file", "check_output_file", "check_output_folder"]


class PathProblem(ValueError):
    """A path that cannot be used as asked; the message is one line naming it."""


def check_input_file(path: str | os.PathLike[str], *, hint: str = "") -> Path:
    """Check that ``path`` is an existing, readable file.

    Parameters
    ----------
    path : path-like
        The file to read.
    hint : str, optional
        Added to the "no such file" message (e.g. "run `timeline extract` first").

    Returns
    -------
    pathlib.Path

    Raises
    ------
    PathProblem
        Missing, a folder, or not readable.
    """
    p = Path(path)
    if not p.exists():
        raise PathProblem(f"{p}: no such file" + (f"; {hint}" if hint else ""))
    if p.is_dir():
        raise PathProblem(f"{p}: is a folder, not a file")
    try:
        with open(p, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise PathProblem(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return p


def _nearest_folder(p: Path) -> Path:
    parent = p.parent if str(p.parent) else Path(".")
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def _probe_writable(folder: Path, shown: Path) -> None:
    if not folder.is_dir():
        raise PathProblem(f"{shown}: {folder} is a file, not a folder")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise PathProblem(f"{shown}: cannot write into {folder} ({exc.strerror or exc})") from None


def check_output_file(path: str | os.PathLike[str], *, suffixes: Iterable[str] = (), what: str = "") -> Path:
    """Check that a file can be written at ``path`` (its folder may not exist yet).

    Parameters
    ----------
    path : path-like
        The file to write.
    suffixes : iterable of str, optional
        Accepted suffixes (``".png"``); another suffix is refused.
    what : str, optional
        What is written, for the suffix message (``"--format png"``).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    PathProblem
        An existing folder, a suffix that does not match, a read-only file
        (:func:`timeline.fileio.read_only`), or a folder that cannot be written.
    """
    p = Path(path)
    if p.is_dir():
        raise PathProblem(f"{p}: is a folder; give a file name inside it")
    allowed = [s.lower() for s in suffixes]
    if allowed and not any(p.name.lower().endswith(s) for s in allowed):
        raise PathProblem(f"{p}: {what or 'this output'} writes {' or '.join(allowed)} files; use a matching name")
    if read_only(p):
        raise PathProblem(f"{p}: is read-only; make it writable (chmod u+w) or give another output name")
    _probe_writable(_nearest_folder(p), p)
    return p


def check_output_folder(path: str | os.PathLike[str]) -> Path:
    """Check that a folder can be created or written at ``path``.

    Parameters
    ----------
    path : path-like
        The folder to write into.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    PathProblem
        An existing file, or a folder that cannot be written.
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise PathProblem(f"{p}: is a file, not a folder")
    _probe_writable(p if p.exists() else _nearest_folder(p), p)
    return p
