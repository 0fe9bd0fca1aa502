# Snow days fall in a few winters, so two of eight unshuffled folds test rows without snow: scikit-learn's roc_auc is
# undefined there (NaN with a warning) and its log_loss raises (NaN by error_score=np.nan); accuracy stands.
import pandas as pd
import skrub
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
y = (data["weather"] == "snow").skb.mark_as_y()
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
pred = X.skb.apply(LogisticRegression(C=skrub.choose_from([0.1, 1.0], name="C")), y=y)

search = pred.skb.make_grid_search(cv=KFold(8), fitted=True, scoring=["roc_auc", "neg_log_loss", "accuracy"],
                                   refit="accuracy")
print(search.results_)
print(search.best_score_)
