"""Exports of the timeline: standalone HTML."""

from __future__ import annotations

import os
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from .fileio import atomic_write_text

__all__ = ["write_html"]


def write_html(events, path: str | os.PathLike[str], *, articles=None, figure: go.Figure | None = None) -> Path:
    """Write the timeline of an events frame to one self-contained HTML file, atomically.

    Parameters
    ----------
    events : pandas.DataFrame
    path : path-like
    articles : sequence of Article, optional
    figure : plotly.graph_objects.Figure, optional

    Returns
    -------
    pathlib.Path
    """
    from .plot import timeline

    fig = figure if figure is not None else timeline(events)
    html = pio.to_html(fig, include_plotlyjs=True, full_html=True, div_id="timeline")
    return atomic_write_text(path, html)
