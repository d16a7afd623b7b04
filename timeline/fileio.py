"""Small file-system helpers shared by the package: atomic writes.

A write never leaves a half-written file: the content goes to a temporary
file in the destination folder, is flushed to disk, and then replaces the
destination in one ``os.replace`` call. If the write fails or is interrupted
(an exception, Ctrl-C, or ``SIGTERM`` while the temporary file exists), the
temporary file is removed and the old destination is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from pathlib import Path
from typing import Iterator

__all__ = ["atomic_write_bytes", "atomic_write_text"]


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

    Notes
    -----
    No temporary file survives a failure, ``KeyboardInterrupt`` or ``SIGTERM``
    received during the write; the old destination stays intact.
    """
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with _removed_on_sigterm(tmp):
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
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
