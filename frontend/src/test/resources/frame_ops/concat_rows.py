import pandas as pd
left = pd.read_csv("runtime/src/test/resources/reference/inputs/merge_left.csv")
right = pd.read_csv("runtime/src/test/resources/reference/inputs/merge_right.csv")
groups = pd.read_csv("runtime/src/test/resources/reference/inputs/groups_nulls.csv")
flights = pd.read_csv("runtime/src/test/resources/reference/inputs/flights_sample.csv")
out = pd.concat([left, right])
