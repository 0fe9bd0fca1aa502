"""A read of a file that does not exist, whose frame nothing uses: pandas' FileNotFoundError at the read."""
import pandas as pd
import skrub

print("before the read")
data = skrub.var("data", pd.read_csv("examples/data/no-such-weather.csv"))
print("after the read")
