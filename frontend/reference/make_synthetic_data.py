"""Writes the small synthetic CSV the optimizer on/off property test builds random pipelines from.

Seeded, so rerunning it reproduces the committed file byte for byte:
    python3 frontend/reference/make_synthetic_data.py
"""
import pathlib

import numpy as np
import pandas as pd

rng = np.random.default_rng(20261126)
n = 90
city = rng.choice(["lyon", "nantes", "paris", "rennes"], size=n, p=[0.3, 0.2, 0.4, 0.1])
grade = rng.choice(["a", "b", "c"], size=n).astype(object)
grade[rng.choice(n, size=6, replace=False)] = None
frame = pd.DataFrame({
    "age": rng.integers(18, 70, size=n),
    "hours": np.round(rng.uniform(5, 60, size=n), 2),
    "rate": np.round(rng.normal(30, 8, size=n), 3),
    "city": city,
    "grade": grade,
    "senior": rng.random(n) < 0.3,
})
frame["income"] = np.round(
    frame["hours"] * frame["rate"] * 0.8 + 15 * frame["age"] + np.where(frame["city"] == "paris", 400, 0)
    + rng.normal(0, 120, size=n), 2)
out = pathlib.Path(__file__).resolve().parents[1] / "src/test/resources/data/synthetic.csv"
frame.to_csv(out, index=False)
print("wrote", out)
