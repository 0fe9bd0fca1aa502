#!/usr/bin/env python3
"""The C library's exp, which scikit-learn's loss functions call (`from libc.math cimport exp`), for ExpTest.

Run from anywhere:  python3 runtime/reference/make_exp_reference.py
Writes runtime/src/test/resources/reference/exp_libm.csv: x and math.exp(x) (CPython's math.exp is the C library's
exp), each as repr text, for arguments where the losses evaluate it: raw-prediction differences of a softmax
(x <= 0, mostly within [-40, 0]), the binomial loss' e^-z and e^z (|x| up to 40), and a few far ones and edges.
"""
import math
import random

from fixture_format import write


def arguments():
    rnd = random.Random(20261129)
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, math.log(2), -math.log(2), 37.0, -37.0, -700.0, -707.9, 700.0, 709.0]
    xs += [-rnd.expovariate(1.0) for _ in range(4000)]
    xs += [rnd.uniform(-40.0, 40.0) for _ in range(4000)]
    xs += [rnd.uniform(-1e-6, 1e-6) for _ in range(500)]
    xs += [rnd.uniform(-707.9, 709.7) for _ in range(1500)]
    return xs


def main():
    rows = [[repr(x), repr(math.exp(x))] for x in arguments()]
    write("exp_libm.csv", ["x", "exp"], rows)


if __name__ == "__main__":
    main()
