# Stratum's facade of pandas: the readers return a DataOp for the file; no data is read into Python.
import _stratum as _s

_DTYPE_NAMES = {str: "str", int: "int64", float: "float64", bool: "bool"}


def _constants(value):
    """Builtin types named in dtype= become their dtype names, as the subset frontend reads them."""
    if isinstance(value, type) and value in _DTYPE_NAMES:
        return _DTYPE_NAMES[value]
    if isinstance(value, dict):
        return {k: _constants(v) for k, v in value.items()}
    return value


def read_csv(filepath_or_buffer, **kwargs):
    return _s.DataOp(_s.invoke("read_csv", filepath_or_buffer, {k: _constants(v) for k, v in kwargs.items()}))


def read_parquet(path, **kwargs):
    return _s.DataOp(_s.invoke("read_parquet", path, kwargs))


def read_feather(path, **kwargs):
    return _s.DataOp(_s.invoke("read_feather", path, kwargs))


def read_json(path_or_buf, **kwargs):
    return _s.DataOp(_s.invoke("read_json", path_or_buf, kwargs))


def to_datetime(arg, *args, **kwargs):
    return _s.DataOp(_s.invoke("pandas_call", "to_datetime", [arg, *args], kwargs))


def concat(objs, *args, **kwargs):
    return _s.DataOp(_s.invoke("pandas_call", "concat", [list(objs), *args], kwargs))


def _holds_predictions(data):
    return isinstance(data, _s.Predictions) or isinstance(data, dict) and any(
        isinstance(v, _s.Predictions) for v in data.values())


def DataFrame(data=None, *args, **kwargs):
    if _holds_predictions(data):
        # a learner's predictions into a frame: assembled once the learner has predicted (api.PredictionFrame)
        if args or set(kwargs) - {"columns"}:
            raise TypeError("Stratum builds a frame of a learner's predictions from data and columns= only")
        columns = kwargs.get("columns")
        return _s.PredictionFrame(_s.invoke("prediction_frame", data, None if columns is None else list(columns)))
    return _s.DataOp(_s.invoke("pandas_call", "DataFrame", [data, *args], kwargs))


def Series(data=None, *args, name=None, **kwargs):
    if not isinstance(data, _s.Predictions) or args or kwargs:
        raise TypeError("pd.Series() is not supported by Stratum beyond a learner's predictions: pd.Series(preds,"
                        " name=\"pred\")")
    return _s.PredictionFrame(_s.invoke("prediction_series", data, name))


class _Scalar:
    """A pd.Timestamp or pd.Timedelta: a constant of the plan, with pandas' value, unit, text and arithmetic."""
    __slots__ = ("_stratum_const",)

    def __init__(self, const):
        object.__setattr__(self, "_stratum_const", const)

    def __repr__(self):
        return _s.invoke("scalar_text", self, True)

    def __str__(self):
        return _s.invoke("scalar_text", self, False)

    def __format__(self, spec):
        return format(str(self), spec)

    def __neg__(self):
        return _Scalar(_s.invoke("scalar_negate", self))

    def __hash__(self):
        return hash(repr(self))


def _scalar_result(value):
    return value if isinstance(value, (bool, int, float)) else _Scalar(value)


def _scalar_binary(symbol):
    def forward(self, other):
        if isinstance(other, _s.Handle):
            return NotImplemented
        return _scalar_result(_s.invoke("scalar_binary", symbol, self, other))

    def reverse(self, other):
        if isinstance(other, _s.Handle):
            return NotImplemented
        return _scalar_result(_s.invoke("scalar_binary", symbol, other, self))
    return forward, reverse


def _scalar_compare(symbol):
    def method(self, other):
        if isinstance(other, _s.Handle):
            return NotImplemented
        return _s.invoke("scalar_compare", symbol, self, other)
    return method


for _name, _symbol in {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%"}.items():
    _f, _r = _scalar_binary(_symbol)
    setattr(_Scalar, "__" + _name + "__", _f)
    setattr(_Scalar, "__r" + _name + "__", _r)
for _name, _symbol in {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}.items():
    setattr(_Scalar, "__" + _name + "__", _scalar_compare(_symbol))


def Timestamp(*args, **kwargs):
    return _Scalar(_s.invoke("pandas_scalar", "Timestamp", list(args), kwargs))


def Timedelta(*args, **kwargs):
    return _Scalar(_s.invoke("pandas_scalar", "Timedelta", list(args), kwargs))


def to_timedelta(*args, **kwargs):
    return _Scalar(_s.invoke("pandas_scalar", "to_timedelta", list(args), kwargs))


_s.add_catalog_classes(globals(), "pandas")


def __getattr__(attr):
    raise AttributeError("Stratum does not know 'pandas." + attr + "' yet; supported: read_csv, read_parquet, read_feather, read_json, to_datetime, concat, DataFrame, Series (of predictions), Timestamp, Timedelta, to_timedelta")
