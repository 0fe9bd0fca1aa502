# Reductions of datetime and duration columns as pandas computes them (exact min/max/sum, float mean/median/std over
# the ticks truncated back to ticks; NaT skipped), and a reduced value used in column arithmetic: the days since the
# first date and a "recent" flag are the date features agents write.
import pandas as pd
import skrub

t = skrub.var("t", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_units.feather"))
z = skrub.var("z", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather"))
gap = (t["ns"] - t["us"]).where(t["k"] != 2)
print(t["ms"].min().skb.eval())
print(t["ns"].max().skb.eval())
print(t["us"].mean().skb.eval())
print(t["s"].median().skb.eval())
print(z["paris"].max().skb.eval())
print(gap.mean().skb.eval())
print(gap.std().skb.eval())
print(gap.sum().skb.eval())
print(gap.median().skb.eval())
print(gap.min().skb.eval())
first = t["us"].min()
print(t[["k"]].assign(days=(t["us"] - first).dt.days, recent=t["us"] > t["us"].max() - pd.Timedelta(days=30)).skb.eval())
