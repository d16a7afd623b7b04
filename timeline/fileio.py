"""Small file-system helpers shared by the package: atomic writes.

A write never leaves a half-written file: the content goes to a temporary
file in the destination folder, is flushed to disk, and then replaces the
destination in one ``os.replace`` call. If the write fails or is interrupted
(an exception, Ctrl-C, or ``SIGTERM`` while the temporary file exists), the
temporary file is removed and the old destination is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Iterator

__all__ = ["atomic_write_bytes", "atomic_write_text", "kept_mode", "read_only"]


def read_only(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is an existing file that is not to be written: no write permission for anyone, or none for
    this user. Replacing a file needs only its folder's permission, so an atomic write would pass over a file its
    owner made read-only (``chmod a-w``) to keep it, even as root; it is refused instead."""
    p = Path(path)
    try:
        return p.is_file() and (not p.stat().st_mode & 0o222 or not os.access(p, os.W_OK))
    except OSError:
        return False


def kept_mode(dest: Path) -> int:
    """The permissions a new ``dest`` gets: the old file's (a private ``0o600`` file stays private), else ``0o644``.

    Raises
    ------
    PermissionError
        When ``dest`` is read-only (:func:`read_only`).
    """
    if read_only(dest):
        raise PermissionError(errno.EACCES, "read-only file; make it writable (chmod u+w) to replace it", str(dest))
    try:
        return dest.stat().st_mode & 0o7777 if dest.is_file() else 0o644
    except OSError:
        return 0o644


def _unlink(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)


@contextlib.contextmanager
def _removed_on_sigterm(tmp: str) -> Iterator[None]:
    """Remove ``tmp`` if SIGTERM arrives while the block runs, then die as SIGTERM asks.

    Only the main thread can install signal handlers; elsewhere (and when
    SIGTERM is ignored) nothing is installed. A handler installed before is
    restored afterwards and, on SIGTERM, called after the clean-up.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.getsignal(signal.SIGTERM)
    if old == signal.SIG_IGN:
        yield
        return

    def on_term(signum: int, frame: object) -> None:
        _unlink(tmp)
        if callable(old):
            signal.signal(signal.SIGTERM, old)
            old(signum, frame)
            return
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    signal.signal(signal.SIGTERM, on_term)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old if old is not None else signal.SIG_DFL)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically.

    Parameters
    ----------
    path : path-like
        Destination file. Missing parent folders are created.
    data : bytes
        The complete content.

    Returns
    -------
    pathlib.Path
        The destination path.

    Raises
    ------
    PermissionError
        When ``path`` is a read-only file (see :func:`kept_mode`).

    Notes
    -----
    The new file keeps the old one's permissions (``0o644`` for a new file). No temporary file survives a failure, ``KeyboardInterrupt`` or ``SIGTERM``
    received during the write; the old destination stays intact.
    """
    dest = Path(path)
    mode = kept_mode(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with _removed_on_sigterm(tmp):
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, dest)
    except BaseException:
        _unlink(tmp)
        raise
    return dest


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (no newline translation).

    Parameters
    ----------
    path : path-like
        Destination file.
    text : str
        The complete content.
    encoding : str, default "utf-8"
        Text encoding.

    Returns
    -------
    pathlib.Path
        The destination path.
    """
    return atomic_write_bytes(path, text.encode(encoding))
