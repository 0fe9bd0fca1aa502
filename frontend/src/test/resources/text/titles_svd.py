# Character n-gram TF-IDF of film titles reduced by TruncatedSVD (scikit-learn's randomized SVD, random_state=0; the
# default n_iter and power iteration normalizer, and QR with fewer oversamples), then Ridge on the dense components.
# Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
y = data["imdb_rating"].skb.mark_as_y()
X = data[["title"]].skb.mark_as_X()

tfidf = X["title"].skb.apply(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)))
svd = skrub.choose_from(
    {
        "k20": TruncatedSVD(n_components=20, random_state=0),
        "k40_qr": TruncatedSVD(n_components=40, random_state=3, power_iteration_normalizer="QR", n_oversamples=5),
    },
    name="svd",
)
pred = tfidf.skb.apply(svd).skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
