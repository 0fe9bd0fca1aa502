# Film ratings from titles: word and character TF-IDF (sparse) into Lasso and ElasticNet, which scikit-learn fits by its
# sparse coordinate descent (X centered implicitly), with positive coefficients and random coordinate order among the
# candidates. Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import ElasticNet, Lasso

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
y = data["imdb_rating"].skb.mark_as_y()
X = data[["title"]].skb.mark_as_X()

vectorizer = skrub.choose_from(
    {"words": TfidfVectorizer(min_df=2), "chars": TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), min_df=3)},
    name="vectorizer",
)
learner = skrub.choose_from(
    {
        "lasso": Lasso(alpha=skrub.choose_from([0.0005, 0.002], name="alpha")),
        "lasso_positive": Lasso(alpha=0.0005, positive=True),
        "enet_random": ElasticNet(alpha=0.002, l1_ratio=0.5, selection="random", random_state=0),
    },
    name="learner",
)
pred = X["title"].skb.apply(vectorizer).skb.apply(learner, y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="r2")
print(search.results_)
