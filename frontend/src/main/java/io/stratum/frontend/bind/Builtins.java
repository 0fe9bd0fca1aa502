package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOpPrint;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Python builtins the subset supports, evaluated on symbolic values. */
final class Builtins {
    private Builtins() {
    }

    static PyValue call(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        return switch (name) {
            case "print" -> print(b, args, kwargs, pos);
            case "len" -> {
                PyValue v = one(b, name, args, kwargs, pos);
                yield switch (v) {
                    case PyValue.Sequence s -> constant(Const.of((long) s.items().size()));
                    case PyValue.Mapping m -> constant(Const.of((long) m.keys().size()));
                    case PyValue.Series ser -> constant(Const.of((long) ser.values().size()));
                    case PyValue.Op op -> FrameAttributes.len(b, op.op(), pos);
                    case PyValue.PredictionFrame f when f.view() == DataOpPrint.View.VALUE -> PredictionFrames.len(b, f, pos);
                    case PyValue.Predictions p -> b.api(pos, () -> {
                        throw io.stratum.frontend.api.LearnerPredictions.lenUnknown();
                    });
                    case PyValue.Evaluated e when e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE ->
                            FrameAttributes.len(b, e.evaluation().plan(), pos);
                    // len(cv["test_score"]), len(cv): the number of folds, the table's rows
                    case PyValue.CrossValidated c when c.view().reduction() == null
                            && c.view().form() != CvColumnView.Form.ILOC -> constant(Const.of(b.api(pos, c.cv()::folds)));
                    case PyValue.Constant c when c.value() instanceof Const.StrConst s -> constant(Const.of((long) s.value().codePointCount(0, s.value().length())));
                    default -> throw b.error(pos, "len() of " + PyValue.typeName(v) + " is not known while the plan is built", null);
                };
            }
            case "range" -> {
                noKeywords(b, name, kwargs, pos);
                long start = 0;
                long stop;
                long step = 1;
                if (args.size() == 1) {
                    stop = integer(b, args.get(0), pos);
                } else if (args.size() == 2 || args.size() == 3) {
                    start = integer(b, args.get(0), pos);
                    stop = integer(b, args.get(1), pos);
                    step = args.size() == 3 ? integer(b, args.get(2), pos) : 1;
                } else {
                    throw b.error(pos, "range() takes 1 to 3 arguments", null);
                }
                if (step == 0) {
                    throw b.error(pos, "range() step must not be zero", null);
                }
                List<PyValue> out = new ArrayList<>();
                for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
                    if (out.size() > 100_000) {
                        throw b.error(pos, "range() is too long to unroll while the plan is built", null);
                    }
                    out.add(constant(Const.of(i)));
                }
                yield new PyValue.Sequence(out, false);
            }
            case "enumerate" -> {
                long start = kwargs.containsKey("start") ? integer(b, kwargs.get("start"), pos) : 0;
                if (args.size() != 1 || kwargs.size() > (kwargs.containsKey("start") ? 1 : 0)) {
                    throw b.error(pos, "enumerate() takes one iterable and an optional start", null);
                }
                List<PyValue> out = new ArrayList<>();
                long i = start;
                for (PyValue item : b.iterate(args.get(0), pos)) {
                    out.add(new PyValue.Sequence(List.of(constant(Const.of(i++)), item), true));
                }
                yield new PyValue.Sequence(out, false);
            }
            case "zip" -> {
                noKeywords(b, name, kwargs, pos);
                List<List<PyValue>> lists = new ArrayList<>();
                int n = Integer.MAX_VALUE;
                for (PyValue a : args) {
                    List<PyValue> items = b.iterate(a, pos);
                    lists.add(items);
                    n = Math.min(n, items.size());
                }
                List<PyValue> out = new ArrayList<>();
                for (int i = 0; i < (lists.isEmpty() ? 0 : n); i++) {
                    List<PyValue> tuple = new ArrayList<>();
                    for (List<PyValue> l : lists) {
                        tuple.add(l.get(i));
                    }
                    out.add(new PyValue.Sequence(tuple, true));
                }
                yield new PyValue.Sequence(out, false);
            }
            case "abs" -> {
                PyValue v = one(b, name, args, kwargs, pos);
                if (v instanceof PyValue.Op op) {
                    yield new PyValue.Op(b.api(pos, () -> op.op().unary(UnaryOperator.ABS)));
                }
                if (v instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i) {
                    yield constant(Const.of(Math.abs(i.value())));
                }
                if (v instanceof PyValue.Constant c && c.value() instanceof Const.FloatConst f) {
                    yield constant(Const.of(Math.abs(f.value())));
                }
                throw b.error(pos, "bad operand type for abs(): " + PyValue.typeName(v), null);
            }
            case "round" -> round(b, args, kwargs, pos);
            case "format" -> {
                if (args.isEmpty() || args.size() > 2 || !kwargs.isEmpty()) {
                    throw b.error(pos, "format() takes a value and an optional format specification", null);
                }
                if (args.size() == 1) {
                    yield constant(Const.of(b.str(args.get(0), pos)));
                }
                if (!(args.get(1) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst spec)) {
                    throw b.error(pos, "format() argument 2 must be str, not " + PyValue.typeName(args.get(1)), null);
                }
                yield constant(Const.of(b.formatted(args.get(0), spec.value(), null, pos)));
            }
            case "min", "max", "sum" -> {
                if (args.size() == 1 && kwargs.isEmpty() && args.get(0) instanceof PyValue.CrossValidated cv
                        && cv.column() != null) {
                    // max(cv["test_score"]): Python's iteration of the column's numbers (its sum left to right)
                    if (cv.view().decimals() != null || cv.view().form() == CvColumnView.Form.ILOC) {
                        throw b.error(pos, "Stratum computes " + name + "() of a cross_validate column as it is",
                                "write " + name + "(cv['" + cv.column() + "'])");
                    }
                    yield new PyValue.DeferredNumber(DeferredValue.ofCrossValidation(cv.cv(), cv.column(),
                            name.equals("sum") ? "pysum" : name), !cv.view().array());
                }
                boolean sum = name.equals("sum");
                if (args.isEmpty() || sum && args.size() > 2) {
                    throw b.error(pos, name + "() takes " + (sum ? "an iterable and an optional start" : "an iterable or several numbers"), null);
                }
                List<PyValue> items = args.size() == 1 || sum ? b.iterate(args.get(0), pos) : args;
                if (!kwargs.isEmpty() || items.isEmpty() && !sum) {
                    throw b.error(pos, name + "() of an empty sequence or with keywords is not supported by Stratum", null);
                }
                Const acc = !sum ? null : args.size() == 2 && args.get(1) instanceof PyValue.Constant st ? st.value() : Const.of(0L);
                for (PyValue item : items) {
                    if (!(item instanceof PyValue.Constant c) || !(c.value() instanceof Const.IntConst
                            || c.value() instanceof Const.FloatConst || c.value() instanceof Const.BoolConst)) {
                        throw b.error(pos, name + "() of " + PyValue.typeName(item) + " is not known while the plan is built",
                                "Stratum computes min(), max() and sum() of numbers written in the script");
                    }
                    Const x = c.value() instanceof Const.BoolConst bo ? Const.of(bo.value() ? 1L : 0L) : c.value();
                    acc = acc == null ? x : name.equals("sum") ? add(acc, x)
                            : (number(x) > number(acc)) == name.equals("max") && number(x) != number(acc) ? x : acc;
                }
                yield constant(acc);
            }
            case "sorted" -> sorted(b, args, kwargs, pos);
            case "str" -> constant(Const.of(b.str(one(b, name, args, kwargs, pos), pos)));
            case "repr" -> constant(Const.of(b.repr(one(b, name, args, kwargs, pos), pos)));
            case "int", "float", "bool" -> convert(b, name, one(b, name, args, kwargs, pos), pos);
            case "list", "tuple" -> {
                if (args.isEmpty()) {
                    yield new PyValue.Sequence(List.of(), name.equals("tuple"));
                }
                yield new PyValue.Sequence(b.iterate(one(b, name, args, kwargs, pos), pos), name.equals("tuple"));
            }
            case "dict" -> {
                List<PyValue> keys = new ArrayList<>();
                List<PyValue> values = new ArrayList<>();
                if (args.size() == 1 && args.get(0) instanceof PyValue.Mapping m) {
                    keys.addAll(m.keys());
                    values.addAll(m.values());
                } else if (args.size() == 1) {
                    for (PyValue pair : b.iterate(args.get(0), pos)) {
                        List<PyValue> kv = b.iterate(pair, pos);
                        keys.add(kv.get(0));
                        values.add(kv.get(1));
                    }
                } else if (!args.isEmpty()) {
                    throw b.error(pos, "dict() takes at most one positional argument", null);
                }
                for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
                    keys.add(constant(Const.of(e.getKey())));
                    values.add(e.getValue());
                }
                yield new PyValue.Mapping(keys, values);
            }
            default -> throw b.error(pos, "the builtin " + name + "() is not supported by Stratum", null);
        };
    }

    /**
     * {@code sorted(iterable, *, key=None, reverse=False)} of numbers or of strings known while the plan is built
     * (column names, a list written in the script): Python's order (strings by code point), stable, equal items in
     * their order also when reversed.
     */
    private static PyValue sorted(ScriptBinder b, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        if (args.size() != 1) {
            throw b.error(pos, "sorted expected 1 argument, got " + args.size(), null);
        }
        boolean reverse = false;
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            PyValue v = e.getValue();
            if (e.getKey().equals("reverse") && v instanceof PyValue.Constant c && c.value() instanceof Const.BoolConst r) {
                reverse = r.value();
            } else if (e.getKey().equals("key") && v instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst) {
                continue;
            } else if (e.getKey().equals("key")) {
                throw b.error(pos, "sorted(key=...) is not supported by Stratum yet", "sort by the items themselves");
            } else {
                throw b.error(pos, "sorted() got an unexpected keyword argument '" + e.getKey() + "'", null);
            }
        }
        List<PyValue> items = new ArrayList<>(b.iterate(args.get(0), pos));
        boolean strings = !items.isEmpty() && items.get(0) instanceof PyValue.Constant first
                && first.value() instanceof Const.StrConst;
        for (PyValue item : items) {
            boolean ok = item instanceof PyValue.Constant c && (strings ? c.value() instanceof Const.StrConst
                    : c.value() instanceof Const.IntConst || c.value() instanceof Const.FloatConst
                    || c.value() instanceof Const.BoolConst);
            if (!ok) {
                throw b.error(pos, item instanceof PyValue.Constant c && !(c.value() instanceof Const.NoneConst)
                        ? "'<' not supported between instances of '" + PyValue.typeName(item) + "' and '"
                        + PyValue.typeName(items.get(0)) + "'" : "sorted() of " + PyValue.typeName(item)
                        + " is not known while the plan is built", "Stratum sorts numbers or strings known while the plan is built");
            }
        }
        java.util.Comparator<PyValue> order = strings
                ? (x, y) -> io.stratum.runtime.data.PythonOrder.compareStrings(((Const.StrConst) ((PyValue.Constant) x).value()).value(),
                        ((Const.StrConst) ((PyValue.Constant) y).value()).value())
                : (x, y) -> Double.compare(sortKey(((PyValue.Constant) x).value()), sortKey(((PyValue.Constant) y).value()));
        items.sort(reverse ? order.reversed() : order);
        return new PyValue.Sequence(items, false);
    }

    private static double sortKey(Const c) {
        return c instanceof Const.BoolConst bo ? (bo.value() ? 1 : 0) : number(c);
    }

    private static PyValue print(ScriptBinder b, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        String sep = " ";
        for (Map.Entry<String, PyValue> e : kwargs.entrySet()) {
            if (e.getKey().equals("sep") && e.getValue() instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s) {
                sep = s.value();
            } else if (!e.getKey().equals("end") && !e.getKey().equals("flush")) {
                throw b.error(pos, "print() got an unexpected keyword argument '" + e.getKey() + "'", null);
            }
        }
        StringBuilder text = new StringBuilder();
        // A print() whose values Stratum refuses prints nothing, the script's prints before it everything: the line's
        // actions are recorded once all of its values are bound.
        List<ScriptAction> line = new ArrayList<>();
        // A value known once the plan has run (a learner's score, its predictions, an evaluated frame) is printed on one line with the
        // text around it, as Python prints it.
        PyValue inline = null;
        DataOpPrint inlinePrint = null;
        String prefix = null;
        for (PyValue arg : args) {
            PyValue a = b.evaluatedFact(arg) != null ? b.evaluatedFact(arg) : arg;
            if (inline != null && (a instanceof PyValue.SearchAttribute t && t.attribute().endsWith("results_")
                    || a instanceof PyValue.SearchView || a instanceof PyValue.CrossValidated || a instanceof PyValue.SearchRow)) {
                throw b.error(pos, "Stratum prints a " + PyValue.typeName(inline) + " with text only",
                        "print the table in its own print()");
            }
            // best_score_ and best_params_ are written into the line (a token until the search has run); the tables
            // are printed as tables.
            if (a instanceof PyValue.SearchAttribute s && (s.attribute().equals("results_") || s.attribute().equals("detailed_results_"))) {
                line.add(new ScriptAction.ShowSearch(s.search(), s.attribute(), b.origin(pos), ResultsView.TABLE,
                        lead(text)));
                continue;
            }
            if (a instanceof PyValue.SearchView v) {
                line.add(new ScriptAction.ShowSearch(v.search(), v.attribute(), b.origin(pos), v.view(), lead(text)));
                continue;
            }
            if (a instanceof PyValue.SearchRow r) {
                line.add(new ScriptAction.ShowSearchRow(r.search(), r.attribute(), r.row(), b.origin(pos), lead(text)));
                continue;
            }
            if (a instanceof PyValue.CrossValidated c) {
                line.add(new ScriptAction.ShowCrossValidation(c.cv(), c.column(), c.view(), b.origin(pos), lead(text)));
                continue;
            }
            DataOpPrint dataOp = printed(b, a, pos);
            if (a instanceof PyValue.LearnerScore || a instanceof PyValue.Predictions || a instanceof PyValue.Evaluated
                    || a instanceof PyValue.PredictionFrame
                    || a instanceof PyValue.Report
                    || a instanceof PyValue.SplitTarget t && t.steps().isEmpty()
                    || dataOp != null && dataOp.preview() != null) {
                if (inline != null) {
                    // print(a, b) of two values computed by the plan: the first one's line goes on with the second
                    line.add(inlineAction(b, inline, inlinePrint, prefix, null, pos));
                    prefix = sep + text;
                } else {
                    prefix = text.toString();
                }
                inline = a;
                inlinePrint = dataOp;
                text.setLength(0);
            } else if (dataOp != null) {
                text.append(dataOp.text()).append(sep);
            } else {
                text.append(b.str(a, pos)).append(sep);
            }
        }
        if (inline != null) {
            String suffix = text.isEmpty() ? "" : sep + text.substring(0, text.length() - sep.length());
            line.add(inlineAction(b, inline, inlinePrint, prefix, suffix, pos));
        } else if (!text.isEmpty()) {
            line.add(new ScriptAction.PrintText(text.substring(0, text.length() - sep.length()), b.origin(pos)));
        }
        line.forEach(b::recordAction);
        return b.none();
    }

    /**
     * The text a table printed by the same {@code print()} starts its first line with ({@code print("Mean:", cv.mean())}
     * writes "Mean: fit_time ..."), with its separator; taken out of {@code text}.
     */
    private static String lead(StringBuilder text) {
        String lead = text.toString();
        text.setLength(0);
        return lead;
    }

    /**
     * The action printing {@code prefix}, the value computed by the plan, then {@code suffix} and the end of the line
     * (a null {@code suffix}: the line goes on with the next action, another value of the same print()).
     */
    private static ScriptAction inlineAction(ScriptBinder b, PyValue inline, DataOpPrint inlinePrint, String prefix,
                                             String suffix, SourcePos pos) {
        return switch (inline) {
            case PyValue.LearnerScore s -> new ScriptAction.ShowScore(s.search(), prefix, suffix, b.origin(pos));
            case PyValue.Predictions p -> new ScriptAction.ShowPredictions(p.predictions(), prefix, suffix, b.origin(pos));
            case PyValue.Report r -> new ScriptAction.ShowReport(r.report(), prefix, suffix, b.origin(pos));
            case PyValue.SplitTarget t -> new ScriptAction.ShowTestTarget(t.split(), prefix, suffix, b.origin(pos));
            case PyValue.PredictionFrame f -> new ScriptAction.ShowPredictionFrame(f.frame(), prefix, suffix, b.origin(pos),
                    f.view());
            case PyValue.Evaluated e -> new ScriptAction.ShowEvaluation(e.evaluation(), prefix, suffix, b.origin(pos),
                    e.view());
            default -> new ScriptAction.ShowEvaluation(inlinePrint.preview(), prefix + inlinePrint.text(), suffix,
                    b.origin(pos), inlinePrint.view());
        };
    }

    /**
     * What printing {@code v} shows when it is a DataOp, or a frame's columns, dtypes or shape ({@link DataOpPrint}):
     * skrub's repr of the step and its preview; null for any other value.
     */
    private static DataOpPrint printed(ScriptBinder b, PyValue v, SourcePos pos) {
        PyValue.PrintedFact fact = v instanceof PyValue.PrintedFact f ? f : b.factOrigin(v);
        if (fact != null && !(fact != v && !DataOpPrint.isSkrub(fact.op()))) {
            // (a pandas frame's known columns print as the plain value they are in Python)
            return b.api(pos, () -> DataOpPrint.ofFact(fact.op(), fact.attribute()));
        }
        return v instanceof PyValue.Op op ? b.api(pos, () -> DataOpPrint.of(op.op())) : null;
    }

    private static double number(Const c) {
        return c instanceof Const.IntConst i ? i.value() : ((Const.FloatConst) c).value();
    }

    private static Const add(Const a, Const b) {
        return a instanceof Const.IntConst x && b instanceof Const.IntConst y ? Const.of(x.value() + y.value())
                : Const.of(number(a) + number(b));
    }

    /**
     * Python's {@code round(x)} (an int, half to even) and {@code round(x, n)}; of a search's {@code best_score_}, a
     * number written into text once the search has run.
     */
    private static PyValue round(ScriptBinder b, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        PyValue ndigits = args.size() > 1 ? args.get(1) : kwargs.get("ndigits");
        if (args.isEmpty() || args.size() > 2 || kwargs.size() > (kwargs.containsKey("ndigits") ? 1 : 0)) {
            throw b.error(pos, "round() takes a number and an optional ndigits", null);
        }
        Integer digits = null;
        if (ndigits != null && !(ndigits instanceof PyValue.Constant n && n.value() instanceof Const.NoneConst)) {
            if (!(ndigits instanceof PyValue.Constant n && n.value() instanceof Const.IntConst i)) {
                throw b.error(pos, "TypeError: '" + PyValue.typeName(ndigits) + "' object cannot be interpreted as an integer", null);
            }
            digits = (int) i.value();
        }
        PyValue x = args.get(0);
        DeferredValue later = ScriptBinder.numberLater(x);
        if (later != null && later.round() == null) {
            DeferredValue numpy = digits == null || ScriptBinder.pythonFloat(x) ? null : numpyRound(later, digits);
            if (numpy != null) {
                return new PyValue.DeferredNumber(numpy, false);
            }
            return new PyValue.DeferredNumber(later.with(digits == null ? DeferredValue.ROUND_TO_INT : digits, null),
                    ScriptBinder.pythonFloat(x));
        }
        if (x instanceof PyValue.Op && digits != null) {
            // numpy's float64.__round__(n) is its round(n), computed when the plan runs
            return b.callValue(new PyValue.BoundMethod(x, "round"), List.of(constant(Const.of((long) digits))),
                    new java.util.LinkedHashMap<>(), pos);
        }
        if (x instanceof PyValue.Evaluated e && e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE && digits != null) {
            // round(X.skb.eval()["c"].mean(), 3): the same round(n) appended to the evaluated plan
            return b.callValue(b.attribute(x, "round", pos), List.of(constant(Const.of((long) digits))),
                    new java.util.LinkedHashMap<>(), pos);
        }
        if (x instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i) {
            return constant(digits == null || digits >= 0 ? i : Const.of((long) io.stratum.ir.value.PyFormatSpec.round(i.value(), digits)));
        }
        if (x instanceof PyValue.Constant c && c.value() instanceof Const.FloatConst f) {
            if (digits == null) {
                if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                    throw b.error(pos, "ValueError: cannot convert float " + io.stratum.ir.value.PyFormat.floatRepr(f.value())
                            + " to integer", null);
                }
                return constant(Const.of(new java.math.BigDecimal(f.value()).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact()));
            }
            return constant(Const.of(io.stratum.ir.value.PyFormatSpec.round(f.value(), digits)));
        }
        if (x instanceof PyValue.Op op && b.api(pos, () -> io.stratum.frontend.api.DataOpPrint.written(op.op(), false)) != null
                || x instanceof PyValue.Evaluated e && e.view() == io.stratum.frontend.api.DataOpPrint.View.VALUE) {
            return b.roundedToInt(x, pos);
        }
        throw b.error(pos, "type " + PyValue.typeName(x) + " doesn't define __round__ method",
                "Stratum rounds numbers written in the script and a search's best_score_");
    }

    /**
     * {@code round(x, digits)} or {@code x.round(digits)} of numpy's float64 known once the plan has run (a search's
     * best_score_, a reduction of a column or of predictions, arithmetic on them): numpy's round, which differs from
     * Python's in some halfway cases ({@code round(np.float64(2.675), 2)} is 2.68, Python's 2.67); null for a value
     * whose rounding stays Python's (a row label, a value pandas computes from the data) and for a results_ row's
     * value, whose type (float64, int64, text) is known once the search has run, when the run rounds it as numpy
     * rounds that type (RunCommand's rowText).
     */
    static DeferredValue numpyRound(DeferredValue later, int digits) {
        if (later.label() || later.row() != null || later.value() != null) {
            return null;
        }
        return later.then(DeferredArithmetic.numpyRound(digits));
    }

    private static PyValue convert(ScriptBinder b, String name, PyValue v, SourcePos pos) {
        if (!(v instanceof PyValue.Constant c)) {
            throw b.error(pos, name + "() of " + PyValue.typeName(v) + " is not known while the plan is built", null);
        }
        try {
            return constant(switch (name) {
                case "int" -> switch (c.value()) {
                    case Const.IntConst i -> i;
                    case Const.FloatConst f -> Const.of((long) f.value());
                    case Const.BoolConst bo -> Const.of(bo.value() ? 1L : 0L);
                    case Const.StrConst s -> Const.of(Long.parseLong(s.value().strip()));
                    default -> throw b.error(pos, "int() of " + c.value().typeName(), null);
                };
                case "float" -> switch (c.value()) {
                    case Const.IntConst i -> Const.of((double) i.value());
                    case Const.FloatConst f -> f;
                    case Const.BoolConst bo -> Const.of(bo.value() ? 1.0 : 0.0);
                    case Const.StrConst s -> Const.of(Double.parseDouble(s.value().strip()));
                    default -> throw b.error(pos, "float() of " + c.value().typeName(), null);
                };
                default -> Const.of(b.truth(v, null));
            });
        } catch (NumberFormatException e) {
            throw b.error(pos, "invalid literal for " + name + "(): " + c.value().repr(), null);
        }
    }

    private static PyValue one(ScriptBinder b, String name, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        noKeywords(b, name, kwargs, pos);
        if (args.size() != 1) {
            throw b.error(pos, name + "() takes exactly one argument (" + args.size() + " given)", null);
        }
        return args.get(0);
    }

    private static void noKeywords(ScriptBinder b, String name, Map<String, PyValue> kwargs, SourcePos pos) {
        if (!kwargs.isEmpty()) {
            throw b.error(pos, name + "() takes no keyword arguments", null);
        }
    }

    private static long integer(ScriptBinder b, PyValue v, SourcePos pos) {
        if (v instanceof PyValue.Constant c && c.value() instanceof Const.IntConst i) {
            return i.value();
        }
        throw b.error(pos, "an int is needed here, got " + PyValue.typeName(v), null);
    }

    private static PyValue constant(Const c) {
        return new PyValue.Constant(c);
    }
}
