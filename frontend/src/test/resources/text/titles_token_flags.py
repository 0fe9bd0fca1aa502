# Film titles tokenized by token patterns with Python's inline flags: case-insensitive letters without lowercasing,
# a scoped flag, ASCII word characters, a verbose pattern with a comment, and the first word of a title; into Lasso.
# Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import Lasso

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
y = data["imdb_rating"].skb.mark_as_y()
X = data[["title"]].skb.mark_as_X()
title = X["title"]

features = skrub.choose_from(
    {
        "ignore_case": title.skb.apply(CountVectorizer(token_pattern=r"(?i)[a-z]{4,}", lowercase=False)),
        "capital_then_any": title.skb.apply(TfidfVectorizer(token_pattern=r"[A-Z](?i:[a-z]+)", lowercase=False)),
        "ascii_words": title.skb.apply(TfidfVectorizer(token_pattern=r"(?a)\b\w\w+\b")),
        "verbose": title.skb.apply(TfidfVectorizer(token_pattern=r"(?x) \b \w \w+ \b  # the default, spelled out")),
        "first_word": title.skb.apply(CountVectorizer(token_pattern=r"(?m)^\w+")),
    },
    name="features",
).as_data_op()
pred = features.skb.apply(Lasso(alpha=0.001), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
