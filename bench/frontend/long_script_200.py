"""A long DataOps script (200 lines) for the parse + bind benchmark: feature steps written out one by one,
helper functions traced at each call, loops unrolled, choices nested in choices, as a person or an agent writes
them when a pipeline grows. Binding reads no data; FrontendBenchmark measures turning this text into a plan."""
import numpy as np
import pandas as pd
import skrub
import skrub.selectors as s
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import ElasticNet, Lasso, Ridge
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, RobustScaler, StandardScaler


def ratio(frame, num, den, name):
    """num / (|den| + 1), a guarded ratio."""
    return frame.assign(**{name: frame[num] / (frame[den].abs() + 1)})


def interactions(frame, columns):
    for i, a in enumerate(columns):
        for b in columns[i + 1:]:
            frame = frame.assign(**{f"{a}_x_{b}": frame[a] * frame[b]})
    return frame


@skrub.deferred
def powers(frame, column, degrees=(2, 3)):
    return frame.assign(**{f"{column}_p{d}": frame[column] ** d for d in degrees})


data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
data = data[data["wind"] >= 0]
y = data["temp_max"].skb.mark_as_y()
X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()

X = X.assign(f0=X["precipitation"] * 1 - X["temp_min"] / 2)
X = X.assign(f1=np.log1p(X["temp_min"].abs()) + 1.5)
X = ratio(X, "wind", "precipitation", "r2")
X = X.assign(f3=(X["precipitation"] > 3).astype(int) * X["temp_min"])
X = X.assign(f4=X["temp_min"].clip(0, 9).round(2))
X = X.assign(f5=np.sqrt(X["wind"].abs() + 2) - np.exp(-X["precipitation"].abs()))
X = X.assign(f6=-X["precipitation"] + 2 ** 2 * X["temp_min"] % 4)
X = X.assign(f7=X["temp_min"] * 3 - X["wind"] / 3)
X = X.assign(f8=np.log1p(X["wind"].abs()) + 8.5)
X = ratio(X, "precipitation", "temp_min", "r9")
X = X.assign(f10=(X["temp_min"] > 2).astype(int) * X["wind"])
X = X.assign(f11=X["wind"].clip(1, 7).round(2))
X = X.assign(f12=np.sqrt(X["precipitation"].abs() + 0) - np.exp(-X["temp_min"].abs()))
X = X.assign(f13=-X["temp_min"] + 2 ** 1 * X["wind"] % 6)
X = X.assign(f14=X["wind"] * 5 - X["precipitation"] / 4)
X = X.assign(f15=np.log1p(X["precipitation"].abs()) + 15.5)
X = ratio(X, "temp_min", "wind", "r16")
X = X.assign(f17=(X["wind"] > 1).astype(int) * X["precipitation"])
X = X.assign(f18=X["precipitation"].clip(0, 5).round(2))
X = X.assign(f19=np.sqrt(X["temp_min"].abs() + 1) - np.exp(-X["wind"].abs()))
X = X.assign(f20=-X["wind"] + 2 ** 0 * X["precipitation"] % 3)
X = X.assign(f21=X["precipitation"] * 2 - X["temp_min"] / 2)
X = X.assign(f22=np.log1p(X["temp_min"].abs()) + 22.5)
X = ratio(X, "wind", "precipitation", "r23")
X = X.assign(f24=(X["precipitation"] > 0).astype(int) * X["temp_min"])
X = X.assign(f25=X["temp_min"].clip(1, 12).round(2))
X = X.assign(f26=np.sqrt(X["wind"].abs() + 2) - np.exp(-X["precipitation"].abs()))
X = X.assign(f27=-X["precipitation"] + 2 ** 3 * X["temp_min"] % 5)
X = X.assign(f28=X["temp_min"] * 4 - X["wind"] / 3)
X = X.assign(f29=np.log1p(X["wind"].abs()) + 29.5)
X = ratio(X, "precipitation", "temp_min", "r30")
X = X.assign(f31=(X["temp_min"] > 3).astype(int) * X["wind"])
X = X.assign(f32=X["wind"].clip(0, 10).round(2))
X = X.assign(f33=np.sqrt(X["precipitation"].abs() + 0) - np.exp(-X["temp_min"].abs()))
X = X.assign(f34=-X["temp_min"] + 2 ** 2 * X["wind"] % 7)
X = X.assign(f35=X["wind"] * 1 - X["precipitation"] / 4)
X = X.assign(f36=np.log1p(X["precipitation"].abs()) + 36.5)
X = ratio(X, "temp_min", "wind", "r37")
X = X.assign(f38=(X["wind"] > 2).astype(int) * X["precipitation"])
X = X.assign(f39=X["precipitation"].clip(1, 8).round(2))
X = X.assign(f40=np.sqrt(X["temp_min"].abs() + 1) - np.exp(-X["wind"].abs()))
X = X.assign(f41=-X["wind"] + 2 ** 1 * X["precipitation"] % 4)
X = X.assign(f42=X["precipitation"] * 3 - X["temp_min"] / 2)
X = X.assign(f43=np.log1p(X["temp_min"].abs()) + 43.5)
X = ratio(X, "wind", "precipitation", "r44")
X = X.assign(f45=(X["precipitation"] > 1).astype(int) * X["temp_min"])
X = X.assign(f46=X["temp_min"].clip(0, 6).round(2))
X = X.assign(f47=np.sqrt(X["wind"].abs() + 2) - np.exp(-X["precipitation"].abs()))
X = X.assign(f48=-X["precipitation"] + 2 ** 0 * X["temp_min"] % 6)
X = X.assign(f49=X["temp_min"] * 5 - X["wind"] / 3)
X = X.assign(f50=np.log1p(X["wind"].abs()) + 50.5)
X = ratio(X, "precipitation", "temp_min", "r51")
X = X.assign(f52=(X["temp_min"] > 0).astype(int) * X["wind"])
X = X.assign(f53=X["wind"].clip(1, 13).round(2))
X = X.assign(f54=np.sqrt(X["precipitation"].abs() + 0) - np.exp(-X["temp_min"].abs()))
X = X.assign(f55=-X["temp_min"] + 2 ** 3 * X["wind"] % 3)
X = X.assign(f56=X["wind"] * 2 - X["precipitation"] / 4)
X = X.assign(f57=np.log1p(X["precipitation"].abs()) + 57.5)
X = ratio(X, "temp_min", "wind", "r58")
X = X.assign(f59=(X["wind"] > 3).astype(int) * X["precipitation"])
X = X.assign(f60=X["precipitation"].clip(0, 11).round(2))
X = X.assign(f61=np.sqrt(X["temp_min"].abs() + 1) - np.exp(-X["wind"].abs()))
X = X.assign(f62=-X["wind"] + 2 ** 2 * X["precipitation"] % 5)
X = X.assign(f63=X["precipitation"] * 4 - X["temp_min"] / 2)
X = X.assign(f64=np.log1p(X["temp_min"].abs()) + 64.5)
X = ratio(X, "wind", "precipitation", "r65")
X = X.assign(f66=(X["precipitation"] > 2).astype(int) * X["temp_min"])
X = X.assign(f67=X["temp_min"].clip(1, 9).round(2))
X = X.assign(f68=np.sqrt(X["wind"].abs() + 2) - np.exp(-X["precipitation"].abs()))
X = X.assign(f69=-X["precipitation"] + 2 ** 1 * X["temp_min"] % 7)
X = X.assign(f70=X["temp_min"] * 1 - X["wind"] / 3)
X = X.assign(f71=np.log1p(X["wind"].abs()) + 71.5)
X = ratio(X, "precipitation", "temp_min", "r72")
X = X.assign(f73=(X["temp_min"] > 1).astype(int) * X["wind"])
X = X.assign(f74=X["wind"].clip(0, 7).round(2))
X = X.assign(f75=np.sqrt(X["precipitation"].abs() + 0) - np.exp(-X["temp_min"].abs()))
X = X.assign(f76=-X["temp_min"] + 2 ** 0 * X["wind"] % 4)
X = X.assign(f77=X["wind"] * 3 - X["precipitation"] / 4)
X = X.assign(f78=np.log1p(X["precipitation"].abs()) + 78.5)
X = ratio(X, "temp_min", "wind", "r79")
X = X.assign(f80=(X["wind"] > 0).astype(int) * X["precipitation"])
X = X.assign(f81=X["precipitation"].clip(1, 5).round(2))
X = X.assign(f82=np.sqrt(X["temp_min"].abs() + 1) - np.exp(-X["wind"].abs()))
X = X.assign(f83=-X["wind"] + 2 ** 3 * X["precipitation"] % 6)
X = X.assign(f84=X["precipitation"] * 5 - X["temp_min"] / 2)
X = X.assign(f85=np.log1p(X["temp_min"].abs()) + 85.5)
X = ratio(X, "wind", "precipitation", "r86")
X = X.assign(f87=(X["precipitation"] > 3).astype(int) * X["temp_min"])
X = X.assign(f88=X["temp_min"].clip(0, 12).round(2))
X = X.assign(f89=np.sqrt(X["wind"].abs() + 2) - np.exp(-X["precipitation"].abs()))
X = X.assign(f90=-X["precipitation"] + 2 ** 2 * X["temp_min"] % 3)
X = X.assign(f91=X["temp_min"] * 2 - X["wind"] / 3)
X = X.assign(f92=np.log1p(X["wind"].abs()) + 92.5)
X = ratio(X, "precipitation", "temp_min", "r93")
X = X.assign(f94=(X["temp_min"] > 2).astype(int) * X["wind"])
X = X.assign(f95=X["wind"].clip(1, 10).round(2))
X = X.assign(f96=np.sqrt(X["precipitation"].abs() + 0) - np.exp(-X["temp_min"].abs()))
X = X.assign(f97=-X["temp_min"] + 2 ** 1 * X["wind"] % 5)
X = X.assign(f98=X["wind"] * 4 - X["precipitation"] / 4)
X = X.assign(f99=np.log1p(X["precipitation"].abs()) + 99.5)
X = ratio(X, "temp_min", "wind", "r100")
X = X.assign(f101=(X["wind"] > 1).astype(int) * X["precipitation"])
X = X.assign(f102=X["precipitation"].clip(0, 8).round(2))
X = X.assign(f103=np.sqrt(X["temp_min"].abs() + 1) - np.exp(-X["wind"].abs()))
X = X.assign(f104=-X["wind"] + 2 ** 0 * X["precipitation"] % 7)
X = X.assign(f105=X["precipitation"] * 1 - X["temp_min"] / 2)
X = X.assign(f106=np.log1p(X["temp_min"].abs()) + 106.5)
X = ratio(X, "wind", "precipitation", "r107")
X = X.assign(f108=(X["precipitation"] > 0).astype(int) * X["temp_min"])
X = X.assign(f109=X["temp_min"].clip(1, 6).round(2))
X = X.assign(f110=np.sqrt(X["wind"].abs() + 2) - np.exp(-X["precipitation"].abs()))
X = X.assign(f111=-X["precipitation"] + 2 ** 3 * X["temp_min"] % 4)
X = X.assign(f112=X["temp_min"] * 3 - X["wind"] / 3)
X = X.assign(f113=np.log1p(X["wind"].abs()) + 113.5)
X = ratio(X, "precipitation", "temp_min", "r114")
X = X.assign(f115=(X["temp_min"] > 3).astype(int) * X["wind"])
X = X.assign(g1000=(X["temp_min"] - X["precipitation"]) * 7 + abs(X["precipitation"]))
X = X.assign(g1001=(X["wind"] - X["temp_min"]) * 1 + abs(X["temp_min"]))
X = X.assign(g1002=(X["precipitation"] - X["wind"]) * 2 + abs(X["wind"]))
X = X.assign(g1003=(X["temp_min"] - X["precipitation"]) * 3 + abs(X["precipitation"]))
X = X.assign(g1004=(X["wind"] - X["temp_min"]) * 4 + abs(X["temp_min"]))
X = X.assign(g1005=(X["precipitation"] - X["wind"]) * 5 + abs(X["wind"]))
X = X.assign(g1006=(X["temp_min"] - X["precipitation"]) * 6 + abs(X["precipitation"]))
X = X.assign(g1007=(X["wind"] - X["temp_min"]) * 7 + abs(X["temp_min"]))
X = X.assign(g1008=(X["precipitation"] - X["wind"]) * 1 + abs(X["wind"]))
X = X.assign(g1009=(X["temp_min"] - X["precipitation"]) * 2 + abs(X["precipitation"]))
X = X.assign(g1010=(X["wind"] - X["temp_min"]) * 3 + abs(X["temp_min"]))
X = X.assign(g1011=(X["precipitation"] - X["wind"]) * 4 + abs(X["wind"]))
X = X.assign(g1012=(X["temp_min"] - X["precipitation"]) * 5 + abs(X["precipitation"]))
X = X.assign(g1013=(X["wind"] - X["temp_min"]) * 6 + abs(X["temp_min"]))
X = X.assign(g1014=(X["precipitation"] - X["wind"]) * 7 + abs(X["wind"]))
X = X.assign(g1015=(X["temp_min"] - X["precipitation"]) * 1 + abs(X["precipitation"]))
X = X.assign(g1016=(X["wind"] - X["temp_min"]) * 2 + abs(X["temp_min"]))
X = X.assign(g1017=(X["precipitation"] - X["wind"]) * 3 + abs(X["wind"]))
X = X.assign(g1018=(X["temp_min"] - X["precipitation"]) * 4 + abs(X["precipitation"]))
X = X.assign(g1019=(X["wind"] - X["temp_min"]) * 5 + abs(X["temp_min"]))
X = X.assign(g1020=(X["precipitation"] - X["wind"]) * 6 + abs(X["wind"]))
X = X.assign(g1021=(X["temp_min"] - X["precipitation"]) * 7 + abs(X["precipitation"]))
X = X.assign(g1022=(X["wind"] - X["temp_min"]) * 1 + abs(X["temp_min"]))
X = interactions(X, ["precipitation", "temp_min", "wind"])
X = powers(X, "wind")
X = X.skb.apply_func(lambda frame: frame.assign(calm=frame["wind"] < 2.5))
X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])

scalers = {
    "standard": StandardScaler(),
    "minmax": MinMaxScaler(),
    "robust": RobustScaler(),
}
scaler = skrub.choose_from(scalers, name="scaler")
X = X.skb.apply(scaler, cols=s.numeric() - s.glob("weather_*"))

family = skrub.choose_from(["ridge", "lasso", "elastic", "dummy"], name="family")
alpha = skrub.choose_float(0.01, 100.0, log=True, n_steps=5, name="alpha")
models = {
    "ridge": Ridge(alpha=alpha),
    "lasso": Lasso(alpha=family.match({"lasso": 0.1}, default=1.0)),
    "elastic": ElasticNet(alpha=0.5, l1_ratio=skrub.choose_float(0.1, 0.9, n_steps=3, name="l1_ratio")),
    "dummy": DummyRegressor(),
}
model = family.match(models)
pred = X.skb.apply(model, y=y)

if __name__ == "__main__":
    search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
    print(search.results_)
