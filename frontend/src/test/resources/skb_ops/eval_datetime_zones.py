# Datetimes of each unit and time zone as skrub evaluates and pandas prints them: the dtype names the unit (and zone),
# a column's fraction digits are its finest value's, .dt fields and tz_convert read the local time (daylight saving
# included), and skrub's DatetimeEncoder on a time-zone-aware column takes its fields in local time and total_seconds
# from the UTC instant.
import pandas as pd
import skrub

t = skrub.var("t", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_units.feather"))
z = skrub.var("z", pd.read_feather("frontend/src/test/resources/frame_ops_inputs/datetime_zones.feather"))
print(t.skb.eval())
print(t["ms"].skb.eval())
print(z[["k", "paris", "fixed"]].skb.eval())
print(z["utc"].dt.tz_convert("America/Sao_Paulo").skb.eval())
print(z["naive"].dt.tz_localize("Europe/Paris").dt.hour.skb.eval())
encoded = z[["k", "paris"]].skb.apply(skrub.DatetimeEncoder(add_weekday=True, resolution="second"), cols=["paris"])
print(encoded.skb.eval())
print(encoded[["paris_day", "paris_hour", "paris_minute"]].skb.eval())
print(t[["k", "ns"]].skb.apply(skrub.DatetimeEncoder(resolution="nanosecond"), cols=["ns"]).skb.eval())
