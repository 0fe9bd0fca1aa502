# pandas operations on results_ agents write: sort_values(by, ascending) (rows keep their labels; equal float keys
# are not sorted here: pandas orders them by x86-simd-sort, Stratum stably), some columns [[...]], and both with head,
# tail, round and .columns.
import pandas as pd
import skrub
from sklearn.linear_model import Ridge

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
y = data["temp_max"].skb.mark_as_y()
pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.001, 1000.0, log=True, n_steps=4, name="alpha"),
                         fit_intercept=skrub.choose_bool(name="icpt")), y=y)
search = pred.skb.make_grid_search(cv=3, fitted=True)
print(search.results_.sort_values("mean_test_score").head(3))
print(search.results_.sort_values("mean_test_score", ascending=False))
print(search.results_[["alpha", "mean_test_score"]].round(3))
print(search.results_.sort_values("icpt")[["icpt", "mean_test_score"]].tail(2))
print(search.detailed_results_[["alpha", "icpt", "std_test_score", "mean_test_score"]].round(4))
print(search.results_[["mean_test_score", "alpha"]].columns.tolist())
