#!/usr/bin/env python3
"""Reference runs of scipy's L-BFGS-B on unconstrained test functions (issue 7, the LogisticRegression solver).

Run from anywhere:  python3 runtime/reference/make_lbfgs_reference.py
Needs numpy and scipy (1.17). Writes optimize_lbfgs.csv: per case the function, its dimension, the options passed
to scipy.optimize.minimize(method="L-BFGS-B") (maxcor, gtol, ftol, maxiter, maxls), and what it answered: nit, nfev,
the minimizer and the minimum, and the first 60 function values it asked for (in order: the line searches' trial
points included). The functions are written with numpy in the plainest form, so that Java computes
them with the same operations: the extended Rosenbrock function (curved valleys: the line search brackets, bisects
and extrapolates), and a convex quadratic with condition number 1e4 (the relative-reduction stop).
"""
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import fmt, fmt_list, write  # noqa: E402


def rosenbrock(x):
    f = 0.0
    g = np.zeros_like(x)
    for i in range(len(x) - 1):
        a = x[i + 1] - x[i] * x[i]
        b = 1.0 - x[i]
        f += 100.0 * a * a + b * b
        g[i] += -400.0 * x[i] * a - 2.0 * b
        g[i + 1] += 200.0 * a
    return f, g


def quadratic(x):
    n = len(x)
    f = 0.0
    g = np.zeros_like(x)
    for i in range(n):
        scale = 10.0 ** (4.0 * i / (n - 1))
        d = x[i] - (i + 1.0)
        f += 0.5 * scale * d * d
        g[i] = scale * d
    return f, g


FUNCTIONS = {"rosenbrock": rosenbrock, "quadratic": quadratic}


def start(name, n):
    if name == "rosenbrock":
        return np.array([-1.2 if i % 2 == 0 else 1.0 for i in range(n)])
    return np.zeros(n)


CASES = [
    ("rosenbrock", 2, dict(maxcor=10, gtol=1e-5, ftol=64 * np.finfo(float).eps, maxiter=1000, maxls=50)),
    ("rosenbrock", 10, dict(maxcor=10, gtol=1e-4, ftol=64 * np.finfo(float).eps, maxiter=1000, maxls=50)),
    ("rosenbrock", 10, dict(maxcor=3, gtol=1e-8, ftol=64 * np.finfo(float).eps, maxiter=1000, maxls=50)),
    ("rosenbrock", 6, dict(maxcor=10, gtol=1e-10, ftol=64 * np.finfo(float).eps, maxiter=12, maxls=50)),
    ("quadratic", 8, dict(maxcor=10, gtol=1e-12, ftol=1e-9, maxiter=1000, maxls=50)),
    ("quadratic", 8, dict(maxcor=5, gtol=1e-3, ftol=64 * np.finfo(float).eps, maxiter=1000, maxls=20)),
]


def main():
    rows = []
    for name, n, options in CASES:
        values = []

        def traced(x, fn=FUNCTIONS[name]):
            f, g = fn(x)
            values.append(f)
            return f, g

        r = minimize(traced, start(name, n), jac=True, method="L-BFGS-B", options=options)
        rows.append([name, n, options["maxcor"], fmt(options["gtol"]), fmt(options["ftol"]), options["maxiter"],
                     options["maxls"], r.nit, r.nfev, fmt_list(r.x), fmt(float(r.fun)), fmt_list(values[:60])])
    write("optimize_lbfgs.csv", ["function", "n", "maxcor", "gtol", "ftol", "maxiter", "maxls", "nit", "nfev", "x",
                                 "fun", "first_values"], rows)


if __name__ == "__main__":
    main()
