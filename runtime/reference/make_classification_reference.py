#!/usr/bin/env python3
"""Reference outputs of scikit-learn for the classification-side kernels (issue 7).

Run from anywhere:  python3 runtime/reference/make_classification_reference.py
Needs numpy and scikit-learn (not skrub). Writes classification_*.csv fixtures under
runtime/src/test/resources/reference/ (floats by repr(), lists space-separated, matrices row-major), so the Java
tests never need Python. Inputs are drawn here from fixed seeds and written into the fixtures themselves.
"""
import csv
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression, RidgeClassifier
from sklearn.metrics import get_scorer
from sklearn.model_selection import StratifiedKFold

OUT = Path(__file__).resolve().parent.parent / "src" / "test" / "resources" / "reference"
warnings.filterwarnings("ignore")


def nums(a):
    return " ".join(repr(float(v)) for v in np.ravel(a))


def labels(a):
    return " ".join(str(v) for v in a)


def write(name, header, rows):
    with open(OUT / name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def datasets():
    """(case, X, y, label kind) with binary and multiclass targets of strings, ints and bools."""
    rng = np.random.RandomState(0)
    out = []
    X = rng.normal(size=(60, 3))
    z = X @ np.array([1.5, -2.0, 0.5]) + 0.3 + rng.normal(scale=1.0, size=60)
    out.append(("binary_int", X, (z > 0).astype(int), "int"))
    out.append(("binary_bool", X, z > 0.5, "bool"))
    X3 = rng.normal(size=(90, 4))
    scores = X3 @ rng.normal(size=(4, 3)) + rng.normal(scale=0.8, size=(90, 3))
    names = np.array(["rain", "fog", "sun"])
    out.append(("multi_str", X3, names[scores.argmax(axis=1)], "str"))
    # Unbalanced classes with int labels that are not 0..k-1, and a one-hot-like design.
    X4 = np.hstack([rng.normal(size=(80, 2)), (rng.rand(80, 2) > 0.5).astype(float)])
    y4 = np.where(X4[:, 0] + rng.normal(scale=0.7, size=80) > 0.6, 7, np.where(X4[:, 1] > 0.8, -1, 3))
    out.append(("multi_int", X4, y4, "int"))
    return out


def repeated_datasets():
    """One-hot designs of three categorical columns and a numeric one of few values: 300 rows but at most 120
    distinct ones, whose labels differ between the repeats of a row (the kernel sums the loss over distinct rows)."""
    rng = np.random.RandomState(3)
    out = []
    for case, classes in [("repeated_binary", ["no", "yes"]), ("repeated_multi", ["a", "b", "c"])]:
        cats = [rng.randint(0, m, size=300) for m in (3, 4, 2)]
        level = rng.randint(0, 5, size=300) * 0.5 - 1.0
        # The first level of each column dropped (as drop="first"): a full one-hot block is collinear with the
        # intercept, and at tol=1e-12 and C=20 so flat a loss lets rounding alone change the stopping iteration.
        X = np.hstack([np.eye(m)[c][:, 1:] for m, c in zip((3, 4, 2), cats)] + [level.reshape(-1, 1)])
        scores = X @ rng.normal(size=(X.shape[1], len(classes))) + rng.normal(scale=1.0, size=(300, len(classes)))
        out.append((case, X, np.array(classes)[scores.argmax(axis=1)], "str"))
    return out


def logistic():
    rows = []
    for case, X, y, kind in datasets() + repeated_datasets():
        settings = [("C=1", dict(C=1.0)), ("C=0.05", dict(C=0.05)), ("C=20", dict(C=20.0)),
                    ("no_intercept", dict(fit_intercept=False)), ("balanced", dict(class_weight="balanced"))]
        classes = np.unique(y)
        settings.append(("dict", dict(class_weight={classes[0]: 3.0, classes[-1]: 0.5})))
        for name, params in settings:
            cw = params.get("class_weight")
            cw_text = "None" if cw is None else cw if isinstance(cw, str) else " ".join(
                f"{k}:{float(v)!r}" for k, v in cw.items())
            for tol_kind, extra in [("converged", dict(tol=1e-12, max_iter=100000)), ("default", {})]:
                m = LogisticRegression(**params, **extra).fit(X, y)
                rows.append([case, name, tol_kind, kind, X.shape[1], nums(X), labels(y),
                             repr(float(params.get("C", 1.0))), params.get("fit_intercept", True), cw_text,
                             nums(m.coef_), nums(m.intercept_), nums(m.predict_proba(X)),
                             nums(m.decision_function(X)), labels(m.predict(X)), int(m.n_iter_[0])])
    write("classification_logistic.csv",
          ["case", "setting", "tol", "label_kind", "p", "x", "y", "C", "fit_intercept", "class_weight",
           "coef", "intercept", "proba", "decision", "predict", "n_iter"], rows)


def ridge_and_dummy():
    rows = []
    for case, X, y, kind in datasets():
        for alpha in [1.0, 0.01]:
            m = RidgeClassifier(alpha=alpha).fit(X, y)
            rows.append([case, "ridge", repr(alpha), kind, X.shape[1], nums(X), labels(y), nums(m.decision_function(X)),
                         "", labels(m.predict(X)), ""])
            # fit(X, y, sample_weight=w): Ridge on the +-1 columns with weighted centering and sqrt(w)-scaled rows;
            # a zero weight drops its row's influence.
            w = np.array([0.5 + (i % 4) * 0.75 for i in range(len(y))])
            w[2] = 0.0
            m = RidgeClassifier(alpha=alpha).fit(X, y, sample_weight=w)
            rows.append([case, "ridge_weighted", repr(alpha), kind, X.shape[1], nums(X), labels(y),
                         nums(m.decision_function(X)), "", labels(m.predict(X)), nums(w)])
        for strategy in ["prior", "most_frequent", "constant"]:
            constant = np.unique(y)[-1].item() if strategy == "constant" else None
            m = DummyClassifier(strategy=strategy, constant=constant).fit(X, y)
            rows.append([case, "dummy_" + strategy, "" if constant is None else str(constant), kind, X.shape[1],
                         nums(X), labels(y), "", nums(m.predict_proba(X)), labels(m.predict(X)), ""])
    write("classification_baselines.csv",
          ["case", "model", "param", "label_kind", "p", "x", "y", "decision", "proba", "predict", "weights"], rows)


def stratified():
    rng = np.random.RandomState(1)
    rows = []
    targets = [("balanced", np.array([0, 1] * 10)),
               ("blocks", np.array([2] * 7 + [0] * 5 + [1] * 11)),
               ("random3", rng.randint(0, 3, size=37)),
               ("rare", np.array([0] * 30 + [1] * 3 + [2] * 8)),
               ("strings_order", rng.randint(0, 4, size=50))]
    for name, y in targets:
        for k in [2, 3, 5]:
            for shuffle, seed in [(False, None), (True, 0), (True, 42)]:
                cv = StratifiedKFold(k, shuffle=shuffle, random_state=seed)
                for f, (train, test) in enumerate(cv.split(np.zeros(len(y)), y)):
                    rows.append([name, labels(y), k, shuffle, "" if seed is None else seed, f, labels(test)])
    write("classification_stratified.csv", ["case", "y", "n_splits", "shuffle", "seed", "fold", "test"], rows)


class Fixed:
    """An estimator answering with fixed outputs, so a scorer sees exactly the given labels or scores."""

    def __init__(self, classes, predict=None, proba=None, decision=None):
        self.classes_ = np.asarray(classes)
        self._predict, self._proba, self._decision = predict, proba, decision
        self._estimator_type = "classifier"

    def __sklearn_tags__(self):
        from sklearn.utils import Tags, ClassifierTags, TargetTags
        return Tags(estimator_type="classifier", target_tags=TargetTags(required=True),
                    classifier_tags=ClassifierTags())

    def fit(self, X, y):
        return self

    def predict(self, X):
        return self._predict

    def predict_proba(self, X):
        return self._proba

    def decision_function(self, X):
        if self._decision is None:
            raise AttributeError("no decision_function")
        return self._decision


def scorers():
    rng = np.random.RandomState(2)
    rows = []
    label_cases = [
        ("binary01", np.array([0, 1, 1, 0, 1, 1, 0, 0, 1, 1]), np.array([0, 1, 0, 0, 1, 1, 1, 0, 1, 0])),
        ("binary_bool", rng.rand(30) > 0.4, rng.rand(30) > 0.5),
        ("multi", rng.randint(0, 4, size=40), rng.randint(0, 4, size=40)),
        ("pred_extra_label", np.array([0, 0, 1, 1, 1]), np.array([0, 2, 1, 1, 0])),
        ("all_wrong_positive", np.array([0, 0, 0, 1]), np.array([0, 0, 0, 0])),
    ]
    for case, t, p in label_cases:
        classes = np.unique(np.concatenate([t, p]))
        for scoring in ["accuracy", "balanced_accuracy", "f1", "f1_macro", "precision", "recall"]:
            try:
                value = repr(float(get_scorer(scoring)(Fixed(classes, predict=p), np.zeros((len(t), 1)), t)))
            except ValueError as e:
                value = "error: " + str(e).split(".")[0]
            rows.append([case, scoring, labels(t), labels(p), "", "", value])
    # Ranking scorers: binary scores with ties, and multiclass probabilities.
    t = rng.randint(0, 2, size=40)
    decision = np.round(rng.normal(size=40) + t, 1)
    p1 = 1 / (1 + np.exp(-decision))
    proba = np.column_stack([1 - p1, p1])
    for scoring in ["roc_auc", "roc_auc_ovr", "neg_log_loss"]:
        est = Fixed([0, 1], proba=proba, decision=decision if scoring == "roc_auc" else None)
        value = repr(float(get_scorer(scoring)(est, np.zeros((40, 1)), t)))
        rows.append(["binary_ties", scoring, labels(t), "", nums(decision if scoring == "roc_auc" else proba),
                     2, value])
    t3 = rng.randint(0, 3, size=45)
    raw = rng.rand(45, 3) + np.eye(3)[t3] * 0.6
    raw[0] = [1.0, 0.0, 0.0]  # a zero probability: log_loss clips it to eps
    proba3 = raw / raw.sum(axis=1, keepdims=True)
    for scoring in ["roc_auc_ovr", "neg_log_loss"]:
        value = repr(float(get_scorer(scoring)(Fixed([0, 1, 2], proba=proba3), np.zeros((45, 1)), t3)))
        rows.append(["multi_proba", scoring, labels(t3), "", nums(proba3), 3, value])
    # Larger ranking cases, held to the last bit: many ties (rounded scores), none, and five classes.
    for case, n, decimals in [("binary_many_ties", 1000, 1), ("binary_distinct", 777, None)]:
        t = rng.randint(0, 2, size=n)
        decision = rng.normal(size=n) + 0.7 * t
        if decimals is not None:
            decision = np.round(decision, decimals)
        value = repr(float(get_scorer("roc_auc")(Fixed([0, 1], decision=decision), np.zeros((n, 1)), t)))
        rows.append([case, "roc_auc", labels(t), "", nums(decision), 2, value])
    t5 = rng.randint(0, 5, size=600)
    raw = np.round(rng.rand(600, 5) + np.eye(5)[t5] * 0.3, 2) + 0.01
    proba5 = raw / raw.sum(axis=1, keepdims=True)
    value = repr(float(get_scorer("roc_auc_ovr")(Fixed([0, 1, 2, 3, 4], proba=proba5), np.zeros((600, 1)), t5)))
    rows.append(["multi5_ties", "roc_auc_ovr", labels(t5), "", nums(proba5), 5, value])
    write("classification_scorers.csv", ["case", "scoring", "y_true", "y_pred", "scores", "columns", "value"], rows)


if __name__ == "__main__":
    logistic()
    ridge_and_dummy()
    stratified()
    scorers()
    print(f"wrote classification_*.csv to {OUT} with scikit-learn {sklearn.__version__}, numpy {np.__version__}")
