# Values after numpy's log1p, expm1, log, exp, sin or cos, whose last digit depends on the machine numpy runs on, print
# as pandas prints frames (six digits) and rounded or formatted; counts and comparisons of them, and a learner fed them
# as features, print in full (the refusals of full-precision numbers: CsvWriteCliTest).
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor

df = pd.read_csv("examples/data/seattle-weather.csv")
df["log_temp"] = np.log1p(df["temp_max"] + 10)
df["s"] = np.sin(df["wind"])
print(df.head())
print(round(df["log_temp"].mean(), 4), f"{df['s'].std():.6f}", df["log_temp"].count(), (df["log_temp"] > 3).sum())
print(df["log_temp"].round(3).max(), f"{np.exp(df['temp_min']).min():.3e}")
print(df[["log_temp", "s"]].describe())

data = skrub.var("data", df)
X = data[["log_temp", "wind", "s"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(max_iter=skrub.choose_from([10, 20], name="it")),
                   y=data["temp_max"].skb.mark_as_y())
search = pred.skb.make_grid_search(cv=3, fitted=True)
print(search.results_)
print(search.best_score_)
