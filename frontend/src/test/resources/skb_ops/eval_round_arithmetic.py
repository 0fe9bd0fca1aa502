# Arithmetic on round(x) of a .skb.eval() value's reduction or of a number pandas computes: Python's int arithmetic
# (+, -, * and ** with an int stay an int; /, a float and a negative power give a float), written into text once the
# plan has run, the negation included.
import pandas as pd
import skrub

df = pd.read_csv("examples/data/seattle-weather.csv")
data = skrub.var("data", df)
m = data.skb.eval()["wind"].mean()
print(round(m) + 1)
print(round(m) * 0.5, round(m) / 2, 2 ** round(m), round(m) ** 2, 10 - round(m), round(m) ** -1)
print(f"{round(m) + 1:.2f}", [round(m) - 7], str(3 * round(m)), -round(m), -(round(m) + 0.25))
t = round(data.skb.eval()["temp_max"].max()) * 10 - 3
print(t, (round(df["wind"].median()) + 1) / 4, 1.5 - round(df["precipitation"].sum()))
