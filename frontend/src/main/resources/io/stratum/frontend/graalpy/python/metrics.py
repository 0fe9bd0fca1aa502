# sklearn.metrics in Stratum's GraalPy facade: make_scorer(metric, ...) of a metric with a scikit-learn named scorer is
# that scorer's name (frontend.api.MetricScorers, as the subset binder reads it); a metric of split["y_test"] and a
# learner's predictions on split["test"] is the learner's score with that scorer; on other values it is refused.
import _stratum as _s


class _Metric:
    __slots__ = ("__name__",)

    def __init__(self, name):
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        # metric(split["y_test"], learner.predict(split["test"])): the learner's score with the metric's scorer
        rest = dict(kwargs)
        y_true = args[0] if len(args) > 0 else rest.pop("y_true", None)
        y_pred = args[1] if len(args) > 1 else rest.pop("y_pred", None)
        if len(args) <= 2 and isinstance(y_true, _s.SplitTarget) and isinstance(y_pred, _s.Predictions):
            search = _s.invoke("metric_of_predictions", self.__name__, y_true._split, y_pred.predictions, rest,
                               y_true._steps)
            return _s.LearnerScore(search, _s.bridge.metricNegates(self.__name__))
        # metric(new_df["y"], learner.predict({...})): a learner fitted on data, scored on other data
        if len(args) <= 2 and isinstance(y_true, _s.DataOp) and isinstance(y_pred, _s.Predictions):
            score = _s.invoke("metric_of_new_data", self.__name__, y_true, y_pred.predictions, rest)
            return _s.LearnerScore(score, _s.bridge.metricNegates(self.__name__))
        _s.invoke("metric_called", self.__name__)

    def __repr__(self):
        return "<function " + self.__name__ + ">"


def _report(function):
    # classification_report / confusion_matrix of a learner's predictions: printed once computed (the subset binder's
    # report)
    def report(*args, **kwargs):
        rest = dict(kwargs)
        y_true = args[0] if len(args) > 0 else rest.pop("y_true", None)
        y_pred = args[1] if len(args) > 1 else rest.pop("y_pred", None)
        if isinstance(y_true, _s.SplitTarget) and y_true._steps:
            _s.invoke("report_of_transformed_target", function, y_true._steps[0])
        if len(args) <= 2 and isinstance(y_pred, _s.Predictions) and isinstance(y_true, (_s.SplitTarget, _s.DataOp)):
            truth = y_true._split if isinstance(y_true, _s.SplitTarget) else y_true
            return _s.Report(_s.invoke("prediction_report", function, truth, y_pred.predictions, rest))
        _s.invoke("report_called", function)

    report.__name__ = function
    return report


classification_report = _report("classification_report")
confusion_matrix = _report("confusion_matrix")

for _name in _s.bridge.metricNames().split(","):
    globals()[_name] = _Metric(_name)
del _name


def make_scorer(score_func, *, response_method=None, greater_is_better=True, **kwargs):
    if not isinstance(score_func, _Metric):
        raise TypeError("make_scorer() takes a metric of sklearn.metrics, got " + type(score_func).__name__)
    return str(_s.invoke("make_scorer", score_func.__name__, bool(greater_is_better), response_method, kwargs))
