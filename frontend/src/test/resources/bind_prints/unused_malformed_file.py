"""A read of a malformed file (a row with more fields than the header), whose frame nothing uses: pandas' parser error
at the read, as pandas reads the file there."""
import pandas as pd
import skrub

print("before the read")
data = skrub.var("data", pd.read_csv("frontend/src/test/resources/bind_prints/malformed.csv"))
print("after the read")
