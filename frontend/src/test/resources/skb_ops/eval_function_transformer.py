# FunctionTransformer of script functions, as skrub applies it (ApplyToSubFrame): the function's output after the
# columns it left untouched, kw_args passed to it, all columns without cols=; a name the untouched columns already
# have is not used here (skrub tags it with random digits).
import numpy as np
import pandas as pd
import skrub
from sklearn.preprocessing import FunctionTransformer


def wind_chill(df, scale=1.0):
    return df.assign(chill=df["temp_min"] - scale * df["wind"], calm=(df["wind"] < 2.5) * 1.0)


def log_rain(df):
    return np.log1p(df)


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
X = data.drop(columns=["temp_max", "date"])
X = X.skb.apply(FunctionTransformer(wind_chill, kw_args={"scale": 0.5}), cols=["temp_min", "wind"])
print(X.skb.eval())
X = X.skb.apply(FunctionTransformer(log_rain), cols=["precipitation"])
print(X.skb.eval())
print(X.skb.apply(FunctionTransformer(lambda df: df[["chill", "calm"]] * 2)).skb.eval())
windy = data[data["wind"] > 7]
print(windy.skb.apply(FunctionTransformer(lambda df: df.assign(w=df["wind"].round())), cols=["wind"]).skb.eval())
