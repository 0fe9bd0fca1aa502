"""A conversion that fails on the values (found only when the plan runs), computed by a print after another print: the
error is at the conversion, and the print between them prints nothing, as in Python."""
import pandas as pd
import skrub

data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
print("first")
as_number = data["weather"].astype(float)
print("hello")
print(as_number.skb.eval().head(2))
