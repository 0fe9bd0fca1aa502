# Word TF-IDF of film titles reduced by TruncatedSVD(algorithm="arpack"): the exact leading singular triplets (scipy's
# ARPACK converged to rounding at tol=0; Stratum converges its own iteration to the same triplets), then Ridge on the
# dense components. Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import Ridge

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
y = data["imdb_rating"].skb.mark_as_y()
X = data[["title"]].skb.mark_as_X()

tfidf = X["title"].skb.apply(TfidfVectorizer())
svd = TruncatedSVD(n_components=skrub.choose_from([3, 8], name="n_components"), algorithm="arpack")
pred = tfidf.skb.apply(svd).skb.apply(Ridge(alpha=1.0), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
