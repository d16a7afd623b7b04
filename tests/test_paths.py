"""Path checks: one line naming the path, made before any work, nothing left behind."""

from __future__ import annotations

import os
import pytest

from timeline.paths import PathProblem, check_input_file, check_output_file, check_output_folder


def test_input_file(tmp_path):
    f = tmp_path / "events.csv"
    f.write_text("x")
    assert check_input_file(f) == f
    with pytest.raises(PathProblem, match=r"no such file; run `timeline extract` first$"):
        check_input_file(tmp_path / "nope.csv", hint="run `timeline extract` first")
    with pytest.raises(PathProblem, match="is a folder, not a file"):
        check_input_file(tmp_path)


def test_output_file(tmp_path):
    assert check_output_file(tmp_path / "new" / "deeper" / "x.html", suffixes=[".html"])
    assert not (tmp_path / "new").exists()
    with pytest.raises(PathProblem, match="is a folder; give a file name"):
        check_output_file(tmp_path)
    with pytest.raises(PathProblem, match=r"--format png writes \.png files"):
        check_output_file(tmp_path / "x.svg", suffixes=[".png"], what="--format png")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PathProblem, match="is a file, not a folder"):
        check_output_file(blocker / "x.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_output_folder(tmp_path):
    assert check_output_folder(tmp_path / "ds") == tmp_path / "ds"
    (tmp_path / "f").write_text("x")
    with pytest.raises(PathProblem, match="is a file, not a folder"):
        check_output_folder(tmp_path / "f")


def test_read_only_folder_is_refused(tmp_path, monkeypatch):
    """A read-only folder: real permissions for a normal user; root overrides them, so there the refusal is simulated."""
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    if os.geteuid() == 0:
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("timeline.paths.tempfile.TemporaryFile", refuse)
    with pytest.raises(PathProblem) as info:
        check_output_file(ro / "x.html")
    assert str(info.value) == f"{ro / 'x.html'}: cannot write into {ro} (Permission denied)"
    assert list(ro.iterdir()) == []


def test_a_read_only_output_file_is_refused_before_any_work(tmp_path):
    """robust29: an existing output its owner made read-only (``chmod a-w``) was replaced, since a rename needs only
    the folder's permission (even for a normal user); it is refused in one line naming it, and left as it was."""
    kept = tmp_path / "candidates.csv"
    kept.write_text("old")
    kept.chmod(0o444)
    with pytest.raises(PathProblem) as info:
        check_output_file(kept, suffixes=[".csv"])
    assert str(info.value) == f"{kept}: is read-only; make it writable (chmod u+w) or give another output name"
    assert kept.read_text() == "old"
    kept.chmod(0o644)
    assert check_output_file(kept, suffixes=[".csv"]) == kept
