# %% [markdown]
# # 01 · Explore: what happened, when, and who says so?
#
# **Question.** What dated events do the curated articles report, how are they spread over time and over the
# lanes, and what exactly do the sources say about the busiest stretch of time?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"
KEYWORD = None  # for the text-search example; None: the name quoted in most events
CLOSE_START = None  # the stretch to look at closely (date values); None: the busiest stretch of the events
CLOSE_END = None

# %%
import pandas as pd
import plotly.io as pio
from IPython.display import HTML, Markdown, display

from timeline import filters as F
from timeline.answers import explore_answer
from timeline.articles import load_articles
from timeline.events import read_events
from timeline.plot import lane_colors, timeline
from timeline.ranges import close_look, corpus_name
from timeline.report import article_table, event_summary, frequent_names, quotes_in_context

pio.renderers.default = "plotly_mimetype"  # figures stored as JSON: small notebooks, no random ids
pd.set_option("display.max_colwidth", 80)

articles = load_articles(SEEDS)
events = read_events(EVENTS, articles=articles)
colors = lane_colors(events)  # one colour per lane, used by every figure below
corpus = corpus_name(SEEDS)
article_table(articles)

# %% [markdown]
# ## Summary
# One row per event: the date at the precision the text supports, the lane, and how many quotes and distinct
# articles back it.

# %%
summary = event_summary(events)
summary

# %%
summary.groupby(["lane", "precision"]).size().unstack(fill_value=0)

# %% [markdown]
# ## The full interactive timeline
# Years and months are drawn as spans, days as points. Long empty stretches of time are collapsed (the breaks are
# marked), so distant background and the busiest weeks are both readable; hover a mark for every quote and its
# article. The buttons above the plot zoom to ranges computed from the events: all, the busiest stretch and the
# latest one. The figure fills the width of the output area.

# %%
timeline(events, articles=articles, color_discrete_map=colors, width=None,
         title=f"{corpus}: {summary['lane'].nunique()} lanes, {len(summary)} events")

# %% [markdown]
# ## Filtering: by lane, by source, by keyword
# `filters.select` combines the filters the HTML page offers (search text, lanes, sources, a time window); each
# filtered frame is drawn again with the same lane colours. The keyword example searches for the name quoted in
# most events (unless `KEYWORD` is set).

# %%
busiest_lane = summary["lane"].value_counts().index[0]
in_lane = F.select(events, lanes=[busiest_lane])
timeline(in_lane, articles=articles, color_discrete_map=colors, width=None,
         title=f"Lane “{busiest_lane}”: {in_lane['event_id'].nunique()} events")

# %%
source = articles[1]
quoted = F.select(events, sources=[source.id])
timeline(quoted, articles=articles, color_discrete_map=colors, width=None,
         title=f"What “{source.title}” quotes: {quoted['event_id'].nunique()} events")

# %%
names = frequent_names(events)
keyword = KEYWORD or names.index[0]
found = F.select(events, text=keyword)
print("names quoted in most events:", ", ".join(names.index), "· searching for", repr(keyword))
timeline(found, articles=articles, color_discrete_map=colors, width=None,
         title=f"Events mentioning “{keyword}”: {found['event_id'].nunique()}")

# %%
event_summary(found)

# %% [markdown]
# ## A close look at the busiest stretch
# The shortest stretch of time where the events are densest (or the one set with `CLOSE_START`/`CLOSE_END`).
# Only events wholly inside the stretch are kept (a year-long event would stretch the window beyond it); the axis
# is a real date axis.

# %%
close = close_look(events, CLOSE_START, CLOSE_END)
recent = F.select(events, start=close.start, end=close.end, how="within")
timeline(recent, articles=articles, axis="linear", presets=None, color_discrete_map=colors, width=None,
         title=f"{close.label}: {recent['event_id'].nunique()} events")

# %%
recent[["date", "date_text", "title", "source", "quote"]]

# %% [markdown]
# ## One quote in its article
# The best attested event of the stretch, each quote in the paragraph it comes from.

# %%
if len(recent):
    top = event_summary(recent).sort_values(["sources", "quotes"], ascending=False, kind="mergesort").index[0]
    display(HTML(quotes_in_context(recent, top, articles)))

# %% [markdown]
# ## Answer

# %%
Markdown(explore_answer(events, close=close, close_events=recent, names=names))
