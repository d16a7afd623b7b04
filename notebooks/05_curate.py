# %% [markdown]
# # 05 · Curate: from extracted candidates to the timeline an analyst stands behind
#
# **Question.** Which of the extracted candidates should make the curated timeline? The candidates are listed
# most confident first with their verbatim quotes; an analyst's decisions file (keep, drop, merge, retitle,
# redate, move lane, drop a quote — see the README, "Curation") is applied event by event, every quote is checked
# again against its article, and the curated timeline is previewed. What did the decisions change?

# %% tags=["parameters"]
SEEDS = "../seeds"
CANDIDATES = ""  # a candidates CSV from `timeline extract`; empty: extract from SEEDS now
DECISIONS = "../data/seed_decisions.csv"  # CSV or YAML; when missing, every candidate is kept
DEFAULT = "keep"  # what happens to events no decision names: keep or drop
BUILD = ""  # folder for curated.csv; empty: a temporary folder

# %%
import dataclasses
import tempfile
from pathlib import Path

import pandas as pd
import plotly.io as pio
from IPython.display import Markdown

from timeline.answers import curate_answer
from timeline.articles import load_articles
from timeline.curate import apply_decisions, candidate_table, read_decisions
from timeline.events import read_events, write_events
from timeline.extract import extract
from timeline.plot import lane_colors, timeline
from timeline.report import event_summary

pio.renderers.default = "plotly_mimetype"  # figures stored as JSON: small notebooks, no random ids
pd.set_option("display.max_colwidth", 90)

articles = load_articles(SEEDS)
candidates = read_events(CANDIDATES, articles=articles) if CANDIDATES else extract(articles)
scratch = None if BUILD else tempfile.TemporaryDirectory(prefix="timeline-curate-")  # removed with the kernel
out = Path(BUILD or scratch.name)
print(f"{candidates['event_id'].nunique()} candidate events, {len(candidates)} quotes, {len(articles)} articles")

# %% [markdown]
# ## Candidates, most confident first
# One row per quote. `confidence` is the event's (how the date was anchored and how precise it is, plus a bonus
# per extra article); `quote_key` is what a `drop-quote` decision names.

# %%
candidate_table(candidates)

# %% [markdown]
# ## The decisions
# A small file the analyst edits (`timeline curate CANDIDATES --template -o decisions.csv` writes one listing
# every event). Decisions refer to event ids, so they are applied again after a re-extraction; a decision whose
# event no longer exists is a warning, not an error.

# %%
if Path(DECISIONS).exists():
    decisions = read_decisions(DECISIONS)
else:
    decisions = []
    print(f"no decisions file at {DECISIONS}: every candidate is kept as it is")
table = pd.DataFrame([dataclasses.asdict(d) for d in decisions], columns=["row", "event_id", "action", "value"])
table.groupby("action").size().rename("decisions").to_frame() if len(table) else table

# %%
table

# %%
result = apply_decisions(candidates, decisions, articles=articles, default=DEFAULT)
print(result.summary())
for warning in result.warnings:
    print("warning:", warning)

# %% [markdown]
# ## The curated events
# Every quote is still the exact slice of its article; `write_events` validates once more and writes atomically.

# %%
curated = result.events
path = write_events(curated, out / "curated.csv", articles=articles)
print(f"wrote {path.name}: {curated['event_id'].nunique()} events, {len(curated)} quotes")
summary = event_summary(curated)
summary

# %% [markdown]
# ## Preview of the curated timeline

# %%
if len(curated):
    fig = timeline(curated, articles=articles, color_discrete_map=lane_colors(curated), width=None,
                   title=f"The curated timeline: {curated['event_id'].nunique()} events, {len(curated)} quotes")
else:
    fig = "no events kept: nothing to draw"
fig

# %% [markdown]
# ## Answer

# %%
Markdown(curate_answer(result, curated, default=DEFAULT))
