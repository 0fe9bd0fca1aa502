# df.pipe(f, *args, **kwargs) on a DataOp: skrub calls pandas' pipe with the value, so f(df, *args, **kwargs); Stratum
# traces the script function over the DataOp.
import pandas as pd
import skrub


def add_features(df, factor, suffix="_x"):
    return df.assign(**{"wind" + suffix: df["wind"] * factor, "range": df["temp_max"] - df["temp_min"]})


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
out = data.pipe(add_features, 2.5, suffix="_scaled")
print(out[["wind", "wind_scaled", "range"]].skb.preview())
