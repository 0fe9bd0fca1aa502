# astype("float32"): pandas prints the same digits for float32 values, and float32 as their dtype; Stratum holds the
# values rounded to float32 in float64 columns and takes the dtype from the plan.
import numpy as np
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
small = data[["precipitation", "wind", "temp_min"]].astype({"wind": "float32", "temp_min": np.float32})
print(small.dtypes)
print(small["wind"].head(4).skb.eval())
print(small.select_dtypes(include="float32").tail(3).skb.eval())
print((data["wind"] * 1.609).astype("float32").head(3).skb.eval())
