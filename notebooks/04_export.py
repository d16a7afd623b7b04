# %% [markdown]
# # 04 · Export: how do I share this timeline?
#
# **Question.** Which files can an analyst hand on — a standalone HTML page with its sources panel, a
# TimelineJS timeline for newsroom publishing, a static PNG for reports, the events as CSV or JSON — and what do
# they look like?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"
BUILD = "../build"
TITLE = None  # None: the articles' folder name and the events' dates

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Image, display

from timeline.articles import load_articles
from timeline.events import read_events
from timeline.export import export_events
from timeline.ranges import corpus_name, default_title
from timeline.timelinejs import to_timelinejs

articles = load_articles(SEEDS)
events = read_events(EVENTS, articles=articles)
out = Path(BUILD)
title = TITLE or default_title(events, corpus_name(SEEDS))
title

# %% [markdown]
# ## Standalone HTML with a sources panel
# One self-contained file: it opens offline from `file://`, and the same inputs always give the same bytes.

# %%
html = export_events(events, out / "timeline.html", format="html", articles=articles, title=title)
print(html.name, f"{html.stat().st_size / 1e6:.1f} MB")

# %% [markdown]
# ## TimelineJS
# Knight Lab's JSON format: one slide per event, lanes as groups, quotes and citations in the slide text.

# %%
data = to_timelinejs(events, articles=articles, title=title)
slides = pd.DataFrame(
    [{"unique_id": e["unique_id"], "start": e["start_date"], "group": e.get("group", ""),
      "headline": e["text"]["headline"]} for e in data["events"]]
)
slides.head(10)

# %%
export_events(events, out / "timeline.timelinejs.json", format="timelinejs", articles=articles, title=title).name

# %%
export_events(events, out / "timelinejs.html", format="timelinejs", articles=articles, title=title).name

# %% [markdown]
# ## Static image for reports

# %%
png = export_events(events, out / "timeline.png", format="png", articles=articles, width=1400, title=title)
display(Image(filename=str(png), width=900))

# %% [markdown]
# ## The events themselves: CSV and JSON

# %%
for fmt in ("csv", "json"):
    path = export_events(events, out / f"events.{fmt}", format=fmt, articles=articles)
    print(path.name, path.stat().st_size, "bytes")
