"""The prints of a function called after a step that fails when the plan runs are not printed, though the function's
lines come before the step's: Python runs the statements in order, and the failing step stops it."""
import pandas as pd
import skrub


def report(frame):
    print("report:")
    print(frame.skb.eval().head(2))


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
report(data[["wind"]])
as_number = data["weather"].astype(float)
report(data[["temp_max"]])
print(as_number.skb.eval().tail(2))
