"""Screenshots of exported pages with the project's headless Chromium (no Playwright at run time)."""

from __future__ import annotations

import pytest

from timeline import screenshot as S


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.browser
def test_screenshot_of_a_page_after_its_script_ran(tmp_path):
    page = tmp_path / "p.html"
    # the script draws after a delay: the virtual-time budget lets it finish before the picture
    page.write_text(
        "<!doctype html><body style='margin:0;background:#fff'><div id=d></div><script>"
        "setTimeout(() => { const d = document.getElementById('d');"
        "d.style.cssText = 'width:100vw;height:100vh;background:rgb(255,0,0)'; }, 1000);</script></body>",
        encoding="utf-8",
    )
    out = S.screenshot(page, tmp_path / "shot.png", width=320, height=200, wait_ms=3000)
    data = out.read_bytes()
    assert _png_size(data) == (320, 200)
    blank = S.screenshot(tmp_path / "p.html", tmp_path / "early.png", width=320, height=200, wait_ms=0)
    assert blank.read_bytes() != data  # without the budget the red box is not drawn yet
    assert sorted(p.name for p in tmp_path.iterdir()) == ["early.png", "p.html", "shot.png"]  # nothing left behind


def test_screenshot_errors_are_one_clear_line(tmp_path, monkeypatch):
    with pytest.raises(FileNotFoundError, match="no such page"):
        S.screenshot(tmp_path / "missing.html", tmp_path / "x.png")
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    monkeypatch.setattr(S, "find_chromium", lambda: None)
    with pytest.raises(RuntimeError, match="no Chromium"):
        S.screenshot(page, tmp_path / "x.png")
    monkeypatch.setattr(S, "find_chromium", lambda: "/bin/false")
    with pytest.raises(RuntimeError, match="made no screenshot"):
        S.screenshot(page, tmp_path / "x.png")
    assert not (tmp_path / "x.png").exists()


def test_find_chromium_prefers_the_environment(tmp_path, monkeypatch):
    fake = tmp_path / "chromium"
    fake.write_text("")
    monkeypatch.setenv(S.CHROMIUM_ENV, str(fake))
    assert S.find_chromium() == str(fake)
