# Film titles with the text vectorizers' vocabulary options in front of Ridge: only the most frequent words or
# character n-grams (max_features, at counts where no two terms of equal frequency straddle the cut on any fold), a
# fixed vocabulary (a list, and a dict in its own column order), and token patterns other than the default (one-letter
# words, words with apostrophes, capitalized words without lowercasing, a capturing group). Held to skrub's fold scores
# (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
y = data["imdb_rating"].skb.mark_as_y()
X = data[["title", "genre"]].skb.mark_as_X()
title = X["title"]

features = skrub.choose_from(
    {
        "top_words": title.skb.apply(TfidfVectorizer(max_features=skrub.choose_from([8, 12], name="max_features"))),
        "top_chars": title.skb.apply(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), max_features=54)),
        "fixed_list": title.skb.apply(CountVectorizer(vocabulary=["love", "war", "night", "man", "the", "of", "dead"])),
        "fixed_dict": title.skb.apply(TfidfVectorizer(vocabulary={"war": 2, "love": 0, "night": 1, "the": 3})),
        "one_letter_words": title.skb.apply(TfidfVectorizer(token_pattern=r"(?u)\b\w+\b")),
        "apostrophes": title.skb.apply(CountVectorizer(token_pattern=r"[\w']+", binary=True)),
        "capitalized": title.skb.apply(TfidfVectorizer(token_pattern=r"[A-Z][a-z]+", lowercase=False)),
        "before_a_space": title.skb.apply(TfidfVectorizer(token_pattern=r"(\w+)\s")),
    },
    name="features",
).as_data_op()
pred = features.skb.apply(Ridge(alpha=1.0), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
