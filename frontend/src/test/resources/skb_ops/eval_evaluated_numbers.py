# Numbers pandas reduces from a .skb.eval() value (mean, sum, min, max, std, var, median, count: numpy's scalars) round
# and format as Python does: round(x, n) is numpy's round, format specs and f-strings write them, str() and a list's
# repr give numpy's text; rounded or formatted they are written after np.log1p too. A reduction that is a Series
# (mode()) writes pandas' text.
import numpy as np
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))


@skrub.deferred
def features(frame):
    return frame.assign(l=np.log1p(frame["wind"]))


X = features(data)
print(round(X.skb.eval()["l"].mean(), 5))
print(f"{X.skb.eval()['l'].mean():.5f}")
print(round(X.skb.eval()["wind"].sum(), 2), round(X.skb.eval()["temp_max"].max(), 1))
m = X.skb.eval()["temp_min"].std()
print(round(m, 3), f"{m:.2f}", f"{m:8.3f}|", format(m, ".1e"), f"{m:+.4g}")
w = data.skb.eval()["wind"]
print(f"mean wind {w.mean():.3f}, max {w.max():.1f}, rows {w.count():d}", "sum=" + str(round(w.sum(), 1)))
print(f"m={w.mean()}", "s=" + str(w.median()), [w.min(), w.mean()], f"{w.mean()!r}")
print(round(data.skb.eval()["temp_max"].mean(), -1), round(X.skb.eval()["l"].var(), 4))
print([X.skb.eval()['wind'].max()], f"{X.skb.eval()['weather'].mode()}")
