"""Interactive Plotly timelines of the events frame."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .events import EventSchema as E

__all__ = ["timeline"]


def timeline(events: pd.DataFrame, *, lane: str = E.lane, title: str | None = None) -> go.Figure:
    """One mark per event, lanes on the y axis.

    Parameters
    ----------
    events : pandas.DataFrame
        An events frame.
    lane : str
        Column giving the lane.
    title : str, optional
        Figure title.

    Returns
    -------
    plotly.graph_objects.Figure
    """
    first = events.drop_duplicates(E.event_id)
    fig = go.Figure(
        go.Scatter(
            x=first[E.start],
            y=first[lane],
            mode="markers",
            text=first[E.title],
            customdata=first[E.event_id],
            hovertemplate="%{text}<extra></extra>",
            name="events",
        )
    )
    fig.update_layout(title=title)
    return fig
