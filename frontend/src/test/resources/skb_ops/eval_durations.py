# Durations and date constants through skrub's encoders: the TableVectorizer turns a duration into float32 seconds
# (its DurationToFloat, after DropUninformative), the Cleaner keeps it; pd.Timestamp/pd.Timedelta constants make the
# durations and filter the rows, as agents write date features.
import pandas as pd
import skrub

t = skrub.var("t", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_units.feather"))
f = t.assign(gap=t["us"] - t["s"], since=t["ms"] - pd.Timestamp("2020-01-01"), same=t["s"] - t["s"],
             wait=(t["ns"] - t["us"]) * 2)
print(f[["k", "gap", "since", "wait"]].skb.eval())
print(f[["k", "gap", "since", "same", "wait"]].skb.apply(skrub.TableVectorizer()).skb.eval())
print(f[["k", "gap", "since", "same"]].skb.apply(skrub.Cleaner()).skb.eval())
print(f[f["since"] > pd.Timedelta(days=250)][["k", "since"]].skb.apply(skrub.TableVectorizer()).skb.eval())
