# Whether a film is a drama, from its title: word and character TF-IDF (sparse) into LogisticRegression, scored by
# ROC AUC on stratified folds. Held to skrub's fold scores (frontend/reference/make_text_reference.py).
import pandas as pd
import skrub
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

data = skrub.var("data", pd.read_csv("examples/data/movie-titles.csv"))
data = data.dropna(subset=["genre"])
y = (data["genre"] == "Drama").skb.mark_as_y()
X = data[["title"]].skb.mark_as_X()

vectorizer = skrub.choose_from(
    {"words": TfidfVectorizer(), "chars": TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2)},
    name="vectorizer",
)
pred = X["title"].skb.apply(vectorizer).skb.apply(LogisticRegression(C=skrub.choose_from([1.0, 10.0], name="C")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring="roc_auc")
print(search.results_)
