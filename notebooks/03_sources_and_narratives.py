# %% [markdown]
# # 03 · Sources and narratives: who reports what, and how?
#
# **Question.** Which article mentions which event, what does each article's own timeline look like, how do the
# articles word the same event, and how far back in time does each article reach from its publication date?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"

# %%
import pandas as pd
import plotly.io as pio
from IPython.display import HTML, Markdown, display

from timeline.answers import sources_answer
from timeline.articles import load_articles
from timeline.events import read_events
from timeline.plot import coverage_heatmap, lane_colors, publication_lag_plot, source_timelines
from timeline.ranges import corpus_name
from timeline.report import article_table, coverage, event_summary, framings, publication_lag, quotes_in_context

pio.renderers.default = "plotly_mimetype"  # figures stored as JSON: small notebooks, no random ids
pd.set_option("display.max_colwidth", None)  # quotes are compared here: never cut them

articles = load_articles(SEEDS)
events = read_events(EVENTS, articles=articles)
colors = lane_colors(events)  # one colour per lane, as in every notebook's figures
corpus = corpus_name(SEEDS)
article_table(articles)

# %% [markdown]
# ## Coverage: which article quotes which event
# One row per event (its date in words, then its title), one column per article; the colour counts quotes.

# %%
coverage_heatmap(events, articles=articles, width=None,
                 title=f"{corpus}: which of the {len(articles)} articles quotes which event")

# %%
matrix = coverage(events, articles)
pd.DataFrame({"events quoted": (matrix > 0).sum(), "quotes": matrix.sum()})

# %% [markdown]
# ## The articles' timelines side by side
# A day is a dot, a month or a year a bar over its days; events of one article that would fall on the same spot
# (several events of one month, say) are stacked inside the article's band.

# %%
source_timelines(events, articles=articles, color_discrete_map=colors, width=None,
                 title="Each article's own timeline (colour: lane)")

# %% [markdown]
# ## One event, several framings
# The event quoted by the most articles: each article's words in full, then each quote highlighted in the
# paragraph it comes from.

# %%
summary = event_summary(events)
most_quoted = summary.sort_values(["sources", "quotes"], ascending=False, kind="mergesort").index[0]
print(most_quoted, "·", summary.at[most_quoted, "title"])
framings(events, most_quoted, articles).style.hide(axis="index").set_properties(
    subset=["quote"], **{"white-space": "normal", "min-width": "24em", "text-align": "left"}
).set_uuid("framings")

# %%
HTML(quotes_in_context(events, most_quoted, articles))

# %% [markdown]
# ## Publication date versus event date
# News sits close to its publication date; history reaches back decades. The lag is on a log scale.

# %%
publication_lag_plot(events, articles=articles, width=None,
                     title="How far back each article reaches: days from the event to publication")

# %%
publication_lag(events, articles).groupby("source")["lag_days"].describe()[["count", "min", "50%", "max"]]

# %% [markdown]
# ## Answer

# %%
Markdown(sources_answer(events, articles))
