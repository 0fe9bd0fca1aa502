# Stratum's facade of pandas: read_csv returns a DataOp for the file; no data is read into Python.
import _stratum as _s


def read_csv(filepath_or_buffer, **kwargs):
    return _s.DataOp(_s.invoke("read_csv", filepath_or_buffer, kwargs))


def to_datetime(arg, *args, **kwargs):
    return _s.DataOp(_s.invoke("pandas_call", "to_datetime", [arg, *args], kwargs))


_s.add_catalog_classes(globals(), "pandas")


def __getattr__(attr):
    raise AttributeError("Stratum does not know 'pandas." + attr + "' yet; supported: read_csv, to_datetime")
