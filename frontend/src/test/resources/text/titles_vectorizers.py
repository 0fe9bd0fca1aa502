# Film titles (examples/data/movie-titles.csv) as sparse matrices in front of Ridge: word TF-IDF keeping words seen in
# at least one title, two titles or 0.2% of them, character n-grams of two ranges, raw counts re-weighted by
# TfidfTransformer, and hashed words. Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
y = data["imdb_rating"].skb.mark_as_y()
X = data[["title", "genre"]].skb.mark_as_X()
title = X["title"]

features = skrub.choose_from(
    {
        "words": title.skb.apply(TfidfVectorizer(min_df=skrub.choose_from([1, 2, 0.002], name="min_df"))),
        "chars": title.skb.apply(
            TfidfVectorizer(analyzer="char_wb", ngram_range=skrub.choose_from([(2, 3), (3, 5)], name="ngram_range"))
        ),
        "counts": title.skb.apply(CountVectorizer(max_df=0.5)).skb.apply(TfidfTransformer(sublinear_tf=True)),
        "hashed": title.skb.apply(HashingVectorizer(n_features=2**12, alternate_sign=False)),
    },
    name="features",
).as_data_op()
pred = features.skb.apply(Ridge(alpha=skrub.choose_from([0.5, 5.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
