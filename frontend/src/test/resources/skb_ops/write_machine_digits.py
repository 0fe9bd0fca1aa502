# Values after numpy's log1p, expm1, log, exp, sin or cos, whose last digit depends on the machine numpy runs on, are
# written rounded (or not written): the frame's other columns, a selection or a drop without them, comparisons, and the
# predictions of a learner fed them as features are written in full (CsvWriteCliTest holds the refusals). The
# files but the predictions hold 30 rows each to keep written_files.csv small.
import numpy as np
import pandas as pd
import skrub
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.preprocessing import FunctionTransformer

df = pd.read_csv("examples/data/seattle-weather.csv")
df["log_temp"] = np.log1p(df["temp_max"] + 10)
df["back"] = np.expm1(df["log_temp"]).round(6)
df["r"] = df["log_temp"].round(4)
df[["date", "temp_max", "r", "back"]].head(30).to_csv("out/rounded.csv", index=False)
df.head(30).to_csv("out/columns.csv", columns=["date", "r"], index=False)
df.drop(columns=["log_temp"]).head(30).to_csv("out/dropped.csv", index=False)
df.assign(log_temp=df["log_temp"].round(3)).tail(30).to_csv("out/replaced.csv", index=False)
(df["log_temp"] > 3.1).head(30).to_csv("out/compared.csv")
# a frame's round(n) rounds its numeric columns and leaves the text, as pandas does
df.round(6).head(30).to_csv("out/frame_rounded.csv", index=False)

data = skrub.var("data", df)


@skrub.deferred
def features(frame):
    return frame.assign(c=np.cos(frame["wind"]), lw=np.log(frame["wind"] + 1))


X = features(data)[["log_temp", "wind", "c", "lw"]].skb.mark_as_X()
pred = X.skb.apply(HistGradientBoostingRegressor(max_iter=20), y=data["temp_max"].skb.mark_as_y())
pred.skb.eval().to_csv("out/predicted.csv", index=False)
X.skb.eval()[["wind"]].head(30).to_csv("out/wind.csv", index=False)
X.skb.apply(FunctionTransformer(np.log1p), cols=["wind"]).skb.eval().round(6).head(30).to_csv("out/transformed.csv", index=False)
