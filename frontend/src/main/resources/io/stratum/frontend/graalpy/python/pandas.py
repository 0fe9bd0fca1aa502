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


def DataFrame(data=None, *args, **kwargs):
    return _s.DataOp(_s.invoke("pandas_call", "DataFrame", [data, *args], kwargs))


_s.add_catalog_classes(globals(), "pandas")


def __getattr__(attr):
    raise AttributeError("Stratum does not know 'pandas." + attr + "' yet; supported: read_csv, read_parquet, read_feather, read_json, to_datetime, concat, DataFrame")
