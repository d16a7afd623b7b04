# %% [markdown]
# # 04 · Export: how do I share this timeline?
#
# **Question.** Which files can an analyst hand on — a standalone HTML page with its sources panel, a
# TimelineJS timeline for newsroom publishing, a static PNG for reports, the events as CSV or JSON — and what do
# they look like?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"
OUT = None  # folder for the exported files; None: a temporary folder (e.g. papermill -p OUT ../build/export)
TITLE = None  # None: the articles' folder name and the events' dates

# %%
import tempfile
from pathlib import Path

import pandas as pd
from IPython.display import Image, Markdown, display

from timeline.answers import export_answer
from timeline.articles import load_articles
from timeline.events import read_events
from timeline.export import export_events
from timeline.ranges import corpus_name, default_title
from timeline.screenshot import screenshot
from timeline.timelinejs import to_timelinejs

articles = load_articles(SEEDS)
events = read_events(EVENTS, articles=articles)
scratch = None if OUT else tempfile.TemporaryDirectory(prefix="timeline-export-")  # removed with the kernel
out = Path(OUT or scratch.name)
out.mkdir(parents=True, exist_ok=True)
files = {}  # what each file is for -> the file
title = TITLE or default_title(events, corpus_name(SEEDS))
title

# %% [markdown]
# ## Standalone HTML with a sources panel
# One self-contained file: it opens offline from `file://`, and the same inputs always give the same bytes. Below,
# the top of the page as Chromium shows it in a 1200 × 800 window.

# %%
files["HTML page with sources panel"] = html = export_events(
    events, out / "timeline.html", format="html", articles=articles, title=title
)
print(html.name, f"{html.stat().st_size / 1e6:.1f} MB")
display(Image(filename=str(screenshot(html, out / "preview-page.png", width=960, height=600)), width=900))

# %% [markdown]
# ## TimelineJS
# Knight Lab's JSON format: one slide per event, lanes as groups, quotes and citations in the slide text. The
# viewer page inlines TimelineJS, so it opens offline too.

# %%
data = to_timelinejs(events, articles=articles, title=title)
slides = pd.DataFrame(
    [{"unique_id": e["unique_id"], "start": e["start_date"], "group": e.get("group", ""),
      "headline": e["text"]["headline"]} for e in data["events"]]
)
slides.head(10)

# %%
files["TimelineJS data"] = export_events(
    events, out / "timeline.timelinejs.json", format="timelinejs", articles=articles, title=title
)
files["TimelineJS viewer"] = viewer = export_events(
    events, out / "timelinejs.html", format="timelinejs", articles=articles, title=title
)
display(Image(filename=str(screenshot(viewer, out / "preview-timelinejs.png", width=960, height=600)), width=900))

# %% [markdown]
# ## Static image for reports

# %%
files["static image"] = png = export_events(
    events, out / "timeline.png", format="png", articles=articles, width=1400, title=title
)
display(Image(filename=str(png), width=900))

# %% [markdown]
# ## The events themselves: CSV and JSON

# %%
for fmt in ("csv", "json"):
    files[f"events as {fmt.upper()}"] = export_events(events, out / f"events.{fmt}", format=fmt, articles=articles)

# %% [markdown]
# ## Answer

# %%
Markdown(export_answer(files, events))
