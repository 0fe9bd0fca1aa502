# sklearn.metrics in Stratum's GraalPy facade: make_scorer(metric, ...) of a metric with a scikit-learn named scorer is
# that scorer's name (frontend.api.MetricScorers, as the subset binder reads it); calling a metric on values is refused.
import _stratum as _s


class _Metric:
    __slots__ = ("__name__",)

    def __init__(self, name):
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        _s.invoke("metric_called", self.__name__)

    def __repr__(self):
        return "<function " + self.__name__ + ">"


for _name in _s.bridge.metricNames().split(","):
    globals()[_name] = _Metric(_name)
del _name


def make_scorer(score_func, *, response_method=None, greater_is_better=True, **kwargs):
    if not isinstance(score_func, _Metric):
        raise TypeError("make_scorer() takes a metric of sklearn.metrics, got " + type(score_func).__name__)
    return str(_s.invoke("make_scorer", score_func.__name__, bool(greater_is_better), response_method, kwargs))
