# describe() of frames with datetime and duration columns, as agents print them to look at the data: pandas' rows
# for them (count, mean, min, the quartiles, max, then std for the numbers and durations beside them), Timestamps and
# Timedeltas as pandas prints them, datetimes with a time zone left out of a frame's describe.
import pandas as pd
import skrub

f = skrub.var("flights", pd.read_csv("runtime/src/test/resources/reference/inputs/flights_sample.csv", parse_dates=["date"]))
print(f.describe().skb.eval())
print(f[["date"]].describe().skb.eval())
z = skrub.var("z", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather"))
print(z.describe().skb.eval())
p = skrub.var("p", pd.read_parquet("frontend/src/test/resources/frame_ops_inputs/datetime_units.parquet"))
print(p.describe().skb.eval())
t = skrub.var("t", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_units.feather"))
print(t.assign(gap=t["us"] - t["s"], wait=(t["ns"] - t["us"]) * 2)[["k", "gap", "wait", "ms"]].describe().skb.eval())
