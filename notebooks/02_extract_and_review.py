# %% [markdown]
# # 02 · Extract and review: does the tagger find the articles' dates and events?
#
# **Question.** Run the temporal tagger and the event extractor over the articles: which time expressions does
# it find and how does it resolve them, which curated events does it propose (found / missed / new), and — when
# the corpus has a hand annotation of its time expressions — how accurate is it?

# %% tags=["parameters"]
SEEDS = "../seeds"
EVENTS = "../data/events.csv"  # curated events to compare with; None: every candidate is new
ANNOTATIONS = None  # hand annotation of the time expressions; None: timex.csv next to the articles, if any
LANES = None  # lanes file; None: lanes.toml next to the articles, if any, else lanes derived from the corpus

# %%
import pandas as pd
from IPython.display import HTML, Markdown, display

from timeline.answers import extract_answer
from timeline.articles import load_articles
from timeline.dates import find_dates
from timeline.evaluation import read_annotations, score, tag_articles
from timeline.events import read_events
from timeline.extract import extract, review
from timeline.lanes import lanes_for
from timeline.report import annotations_for, article_table, highlight_mentions

pd.set_option("display.max_colwidth", 90)
articles = load_articles(SEEDS)
curated = read_events(EVENTS, articles=articles) if EVENTS else None
article_table(articles)

# %% [markdown]
# ## Time expressions, highlighted in their sentences
# Each expression found in the story (boilerplate skipped) is marked; its TimeML value follows it. Relative
# expressions ("last week", "on Monday") are resolved against the article's publication date.

# %%
first = articles[0]
mentions = find_dates(first.text, relative_to=first.published, skip=first.boilerplate)
body_start, body_end = first.body[0][0], first.body[-1][1]
display(HTML(highlight_mentions(first.text, mentions, start=body_start, end=min(body_end, body_start + 2500))))

# %%
tagged = tag_articles(articles)
tagged.groupby(["source", "type"]).size().unstack(fill_value=0)

# %% [markdown]
# ## Candidates against the curated events

# %%
candidates = extract(articles, lanes=lanes_for(SEEDS, LANES))
result = review(candidates, curated)
print(result.summary())
candidates.drop_duplicates("event_id")["lane"].value_counts()

# %%
result.found

# %%
result.missed

# %%
result.new

# %% [markdown]
# ## Accuracy against a hand annotation of the time expressions
# Only when the corpus has one: `ANNOTATIONS`, or `timex.csv` next to the articles. TempEval-3 rules: spans match
# when they overlap (relaxed) or are identical (strict); value accuracy is the share of matches with the right
# TimeML value. The TimeBank/AQUAINT figures are in `docs/benchmarks.md`.

# %%
annotations = annotations_for(SEEDS, ANNOTATIONS)
scores = None
if annotations is not None:
    scores, comparison = score(read_annotations(annotations), tagged)
    display(scores.as_series().round(1).to_frame(annotations.name))
    display(comparison[comparison["outcome"] != "correct"])
else:
    print("no annotation file for this corpus: accuracy not measured (set ANNOTATIONS to score one)")

# %% [markdown]
# ## Answer

# %%
Markdown(extract_answer(tagged, result, scores=scores, annotation=annotations.name if annotations else None))
