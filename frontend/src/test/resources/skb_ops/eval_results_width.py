# A results table whose lines are exactly 80 characters wide: pandas cuts middle columns of a frame as wide as the
# display (its "+ 1" rule), not only of a wider one; a narrower view of it prints whole.
import pandas as pd
import skrub
from sklearn.neighbors import KNeighborsClassifier

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data[["precipitation", "temp_max", "temp_min", "wind"]].skb.mark_as_X()
y = data["weather"].skb.mark_as_y()
pred = X.skb.apply(KNeighborsClassifier(n_neighbors=skrub.choose_from([15, 40], name="k_nb")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True, scoring=["accuracy", "balanced_accuracy", "neg_log_loss"],
                                   refit="neg_log_loss")
print(search.results_)
print(search.results_.round(3))
print(search.results_[["k_nb", "mean_test_accuracy"]])
