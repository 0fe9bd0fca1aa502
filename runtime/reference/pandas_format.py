"""How the pandas reference scripts write a frame's values and dtypes: floats by repr(), missing values as <NA>,
pandas' dtype names (str for the string dtype). Shared by make_relational_reference.py and
make_category_reference.py, whose fixtures the Java tests parse back exactly."""
import math

import numpy as np
import pandas as pd

MISSING = "<NA>"


def fmt(v):
    if v is None or v is pd.NA or (isinstance(v, (float, np.floating)) and math.isnan(v)):
        return MISSING
    if isinstance(v, (bool, np.bool_)):
        return "True" if v else "False"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return repr(float(v))
    return str(v)


def dtype_name(d):
    return "str" if isinstance(d, pd.StringDtype) else str(d)
