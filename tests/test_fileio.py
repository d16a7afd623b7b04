"""Atomic writes: nothing half-written, no temporary file left behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

from timeline.fileio import atomic_write_bytes, atomic_write_text


def test_write_replaces_content(tmp_path):
    dest = tmp_path / "out.txt"
    atomic_write_text(dest, "old")
    atomic_write_text(dest, "new é")
    assert dest.read_text(encoding="utf-8") == "new é"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_failed_write_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    dest = tmp_path / "out.bin"
    atomic_write_bytes(dest, b"old")

    def boom(fd):
        raise OSError("disk full")

    monkeypatch.setattr("timeline.fileio.os.fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(dest, b"new")
    assert dest.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    import timeline.fileio as f
    real = f.os.fsync
    def fsync_then_signal(fd):
        real(fd)
        os.kill(os.getpid(), getattr(signal, sys.argv[2]))
    f.os.fsync = fsync_then_signal
    f.atomic_write_bytes(sys.argv[1], b"x" * 2_000_000)
    print("survived")
    """
)


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_signal_during_write_leaves_old_file_and_no_temp(tmp_path, sig):
    dest = tmp_path / "page.html"
    dest.write_bytes(b"old page")
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(dest), sig], capture_output=True, text=True)
    assert "survived" not in proc.stdout
    if sig == "SIGTERM":
        assert proc.returncode == -signal.SIGTERM
    else:
        assert "KeyboardInterrupt" in proc.stderr
    assert dest.read_bytes() == b"old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_sigterm_handler_is_restored(tmp_path):
    before = signal.getsignal(signal.SIGTERM)
    atomic_write_text(tmp_path / "a.txt", "a")
    assert signal.getsignal(signal.SIGTERM) == before


def test_a_write_keeps_the_old_files_permissions_and_refuses_a_read_only_one(tmp_path):
    """robust29: every write made the file 0o644 (a private 0o600 file became readable by all) and replaced a file
    made read-only."""
    import os

    private = tmp_path / "private.csv"
    private.write_text("old")
    private.chmod(0o600)
    atomic_write_text(private, "new")
    assert private.read_text() == "new" and private.stat().st_mode & 0o777 == 0o600
    assert atomic_write_text(tmp_path / "fresh.csv", "x").stat().st_mode & 0o777 == 0o644
    private.chmod(0o400)
    with pytest.raises(PermissionError, match="read-only file"):
        atomic_write_text(private, "newer")
    assert private.read_text() == "new" and sorted(os.listdir(tmp_path)) == ["fresh.csv", "private.csv"]
