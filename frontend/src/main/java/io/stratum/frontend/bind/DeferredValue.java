package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import java.util.List;

/**
 * A search's result written into text before the search has run: {@code print("best:", search.best_score_)},
 * {@code f"{search.best_score_:.3f}"}, {@code round(search.best_score_, 3)}, {@code cv["test_score"].mean()}. The text holds a token in its place
 * ({@link #token}), and {@code stratum run} writes the value there once the search has run, as Python's {@code str},
 * {@code round} and {@code format} would have written it.
 *
 * @param search    the search
 * @param attribute {@code best_score_}, {@code best_params_}, {@code results_} or {@code detailed_results_}; for a
 *                  cross_validate table ({@code cv} non-null), its column
 * @param round     {@code round(value, round)} first ({@link #ROUND_TO_INT} for {@code round(value)}), or null
 * @param spec      then {@code format(value, spec)}, or null for {@code str(value)}
 * @param cv        the cross_validate the value is of, or null for a search's attribute
 * @param reduction for {@code cv}, the pandas Series method that reduces the column to a number
 * @param repr      written as {@code repr()} writes it rather than {@code str()}
 * @param key       the {@code results_} column a reduction reads, or null
 * @param negated   the value is minus the search's: a loss metric ({@code mean_absolute_error(split["y_test"], p)})
 *                  is the negated score of its scorer ({@code neg_mean_absolute_error})
 * @param newData   for a score of a learner on new data ({@code learner.score(environment)}, a metric of its
 *                  predictions), that score (then {@code search} is null); else null
 * @param arithmetic the arithmetic the script wrote on the number ({@code mse ** 0.5}), in order, after the negation
 * @param row       for a value of a results_ row ({@code results_.iloc[0]["alpha"]}), the row ({@code key} names
 *                  the column); else null
 * @param value     for a value pandas computes from the data ({@code len(df)} after a filter, a column's
 *                  {@code mean()}) written into text ({@code f"{len(df)} rows"}, {@code print(df.shape)}), how it is
 *                  computed and printed (then {@code search} is null); else null
 * @param predicted for a number computed from a learner's predictions once predicted (numpy's reduction,
 *                  {@code preds.mean()}, which {@code reduction} names; a metric of transformed arrays), that number
 *                  (then {@code search} is null); else null
 * @param onRounded the arithmetic the script wrote on Python's int {@code round(value)} gave ({@code round(m) + 1}), in
 *                  order, as Python computes it on ints and floats ({@link #pythonArithmetic}); only for a value pandas
 *                  computes ({@code value}) rounded without digits and not formatted
 */
public record DeferredValue(DataOp search, String attribute, Integer round, String spec,
                            io.stratum.frontend.api.CrossValidation cv, String reduction, boolean repr, String key,
                            boolean negated, io.stratum.frontend.api.NewDataScore newData,
                            List<DeferredArithmetic> arithmetic, io.stratum.frontend.api.DataOpPrint value,
                            ResultsRow row, io.stratum.frontend.api.PredictedNumber predicted,
                            List<DeferredArithmetic> onRounded) {
    public DeferredValue {
        arithmetic = List.copyOf(arithmetic);
        onRounded = List.copyOf(onRounded);
        if (!onRounded.isEmpty() && (value == null || round == null || round != ROUND_TO_INT)) {
            throw new IllegalArgumentException("arithmetic after round() of a value pandas computes only");
        }
    }

    /** A value without arithmetic after rounding. */
    public DeferredValue(DataOp search, String attribute, Integer round, String spec,
                         io.stratum.frontend.api.CrossValidation cv, String reduction, boolean repr, String key,
                         boolean negated, io.stratum.frontend.api.NewDataScore newData,
                         List<DeferredArithmetic> arithmetic, io.stratum.frontend.api.DataOpPrint value,
                         ResultsRow row, io.stratum.frontend.api.PredictedNumber predicted) {
        this(search, attribute, round, spec, cv, reduction, repr, key, negated, newData, arithmetic, value, row, predicted,
                List.of());
    }

    public DeferredValue(DataOp search, String attribute, Integer round, String spec,
                         io.stratum.frontend.api.CrossValidation cv, String reduction, boolean repr, String key,
                         boolean negated) {
        this(search, attribute, round, spec, cv, reduction, repr, key, negated, null, List.of(), null, null, null);
    }

    /** {@code round(value)} without digits: Python's int. */
    public static final int ROUND_TO_INT = Integer.MIN_VALUE;

    /** The reductions of a cross_validate column that give a number ({@code cv["test_score"].mean()}). */
    public static final java.util.Set<String> REDUCTIONS = java.util.Set.of("mean", "std", "var", "min", "max", "median", "sum");

    /** A search's result. */
    public DeferredValue(DataOp search, String attribute, Integer round, String spec) {
        this(search, attribute, round, spec, null, null, false, null, false);
    }

    public DeferredValue(DataOp search, String attribute, Integer round, String spec,
                         io.stratum.frontend.api.CrossValidation cv, String reduction, boolean repr) {
        this(search, attribute, round, spec, cv, reduction, repr, null, false);
    }

    /** The reductions of a results_ column that give a row label ({@code idxmax()}, {@code idxmin()}): numpy's int64. */
    public static final java.util.Set<String> LABELS = java.util.Set.of("idxmax", "idxmin");

    /** Whether this value is a row label of a results_ column ({@link #LABELS}), which takes no arithmetic. */
    public boolean label() {
        return reduction != null && LABELS.contains(reduction);
    }

    /** {@code search.results_[column].reduction()} ({@link #REDUCTIONS}), as pandas reduces the column. */
    public static DeferredValue ofResultsColumn(DataOp search, String attribute, String column, String reduction) {
        return new DeferredValue(search, attribute, null, null, null, reduction, false, column, false);
    }

    /**
     * {@code results_.iloc[0]["column"]} and the like: the value of {@code column} in {@code row}, as pandas gives it
     * (numpy's float64 or int64, text, NaN for a missing outcome).
     */
    public static DeferredValue ofResultsRow(DataOp search, String attribute, ResultsRow row, String column) {
        return new DeferredValue(search, attribute, null, null, null, null, false, column, false, null, List.of(), null, row, null);
    }

    /** {@code reduction} (pandas' Series method, {@link #REDUCTIONS}) of cross_validate's {@code column}. */
    public static DeferredValue ofCrossValidation(io.stratum.frontend.api.CrossValidation cv, String column, String reduction) {
        return new DeferredValue(cv.search(), column, null, null, cv, reduction, false);
    }

    /** This value rounded ({@code round(value, digits)}) and formatted with {@code spec} (null: str). */
    public DeferredValue with(Integer digits, String format) {
        return new DeferredValue(search, attribute, digits, format, cv, reduction, repr, key, negated, newData, arithmetic,
                value, row, predicted, onRounded);
    }

    /**
     * This value as {@code repr()} writes it (inside a printed list or dict, {@code {x!r}}): a number pandas or
     * scikit-learn computed is numpy's {@code np.float64(...)}, except {@code round(x)}'s Python int.
     */
    public DeferredValue asRepr() {
        return new DeferredValue(search, attribute, round, spec, cv, reduction, true, key, negated, newData, arithmetic,
                value, row, predicted, onRounded);
    }

    /**
     * A learner's score on a split's test rows, known once its one-split search has run: that search's
     * {@code best_score_}, negated when {@code negate} (a metric where lower is better, computed by its scorer).
     */
    public static DeferredValue ofLearnerScore(DataOp search, boolean negate) {
        return new DeferredValue(search, "best_score_", null, null, null, null, false, null, negate);
    }

    /**
     * A learner's score on new data ({@code learner.score(environment)}, a metric of its predictions), known once the
     * learner has been fitted and has predicted; negated for a loss metric.
     */
    public static DeferredValue ofNewDataScore(io.stratum.frontend.api.NewDataScore score) {
        return new DeferredValue(null, "best_score_", null, null, null, null, false, null, score.negate(), score, List.of(), null, null, null);
    }

    /**
     * A value pandas computes from the data when the plan runs, written into text: {@code printed}'s preview, printed as
     * its view says ({@link io.stratum.frontend.api.DataOpPrint.View#REPR} for numpy's repr of a number).
     */
    public static DeferredValue ofValue(io.stratum.frontend.api.DataOpPrint printed) {
        return new DeferredValue(null, "value", null, null, null, null, false, null, false, null, List.of(), printed, null, null);
    }

    /**
     * A number computed from a learner's predictions once predicted: numpy's reduction ({@code preds.mean()}), or a
     * metric of transformed arrays (negated for a loss).
     */
    public static DeferredValue ofPredicted(io.stratum.frontend.api.PredictedNumber predicted) {
        return new DeferredValue(null, "predictions", null, null, null,
                predicted instanceof io.stratum.frontend.api.PredictionsReduction r ? r.reduction() : null, false, null,
                predicted instanceof io.stratum.frontend.api.ArrayMetric m && m.negate(), null, List.of(), null, null,
                predicted);
    }

    /**
     * The number (or text) Python's {@code str} wrote as {@code text}: an int, a float ({@code nan}, {@code inf}
     * included), {@code True}/{@code False} as Python's bool, else the text itself.
     */
    public static io.stratum.ir.value.Const parsed(String text) {
        switch (text) {
            case "nan" -> { return io.stratum.ir.value.Const.of(Double.NaN); }
            case "inf" -> { return io.stratum.ir.value.Const.of(Double.POSITIVE_INFINITY); }
            case "-inf" -> { return io.stratum.ir.value.Const.of(Double.NEGATIVE_INFINITY); }
            case "True" -> { return io.stratum.ir.value.Const.of(true); }
            case "False" -> { return io.stratum.ir.value.Const.of(false); }
            default -> { }
        }
        if (text.matches("-?[0-9]+")) {
            try {
                return io.stratum.ir.value.Const.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return io.stratum.ir.value.Const.of(text);
            }
        }
        if (text.matches("-?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return io.stratum.ir.value.Const.of(Double.parseDouble(text));
        }
        return io.stratum.ir.value.Const.of(text);
    }

    /**
     * {@code rounded}, Python's int, with {@link #onRounded} applied as Python computes them: an int with an int stays
     * an int under {@code +}, {@code -}, {@code *} and {@code **} (to a power of at least 0); {@code /}, a float operand
     * and a negative power give a float; Python's errors for a division by zero and for a result beyond 64 bits
     * (Python's int has no bound, Stratum's has).
     */
    public io.stratum.ir.value.Const pythonArithmetic(io.stratum.ir.value.Const rounded) {
        io.stratum.ir.value.Const x = rounded;
        for (DeferredArithmetic step : onRounded) {
            x = step.applyPython(x);
        }
        return x;
    }

    /**
     * Python's {@code round(x)} without ndigits of numpy's scalar {@code x} (what pandas' reductions give): an int, half
     * to even; Python's errors for NaN, an infinity, numpy's bool and text.
     */
    public static io.stratum.ir.value.Const roundedToInt(io.stratum.ir.value.Const x) {
        return switch (x) {
            case io.stratum.ir.value.Const.IntConst i -> i;
            case io.stratum.ir.value.Const.FloatConst f when Double.isNaN(f.value()) ->
                    throw new IllegalArgumentException("ValueError: cannot convert float NaN to integer");
            case io.stratum.ir.value.Const.FloatConst f when Double.isInfinite(f.value()) ->
                    throw new IllegalArgumentException("OverflowError: cannot convert float infinity to integer");
            case io.stratum.ir.value.Const.FloatConst f -> io.stratum.ir.value.Const.of(new java.math.BigDecimal(f.value())
                    .setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact());
            case io.stratum.ir.value.Const.BoolConst b ->
                    throw new IllegalArgumentException("TypeError: type numpy.bool doesn't define __round__ method");
            default -> throw new IllegalArgumentException("TypeError: type " + x.typeName()
                    + " doesn't define __round__ method");
        };
    }

    /** Whether this is Python's int {@code round(m)} gave of a value pandas computes, which takes {@link #onRounded}. */
    public boolean roundedValue() {
        return value != null && round != null && round == ROUND_TO_INT && spec == null;
    }

    /** Minus this value ({@code -cv["test_neg_mean_absolute_error"].mean()}), negated before it is rounded or formatted. */
    public DeferredValue negate() {
        if (roundedValue()) {
            return then(DeferredArithmetic.binary("*", -1.0, false, true)); // -round(m): Python's negation of the int
        }
        if (!arithmetic.isEmpty()) {
            return then(DeferredArithmetic.binary("*", -1.0, false, true));
        }
        return new DeferredValue(search, attribute, round, spec, cv, reduction, repr, key, !negated, newData, arithmetic, value, row, predicted);
    }

    /**
     * This value with {@code step} applied after the arithmetic already written; null once rounded or formatted,
     * except Python's arithmetic on the int {@code round()} gave of a value pandas computes ({@link #onRounded}).
     */
    public DeferredValue then(DeferredArithmetic step) {
        if (roundedValue() && step.function() == null && !step.rounds()) {
            List<DeferredArithmetic> steps = new java.util.ArrayList<>(onRounded);
            steps.add(step);
            return new DeferredValue(search, attribute, round, spec, cv, reduction, repr, key, negated, newData,
                    arithmetic, value, row, predicted, steps);
        }
        if (round != null || spec != null || label()) {
            return null;
        }
        List<DeferredArithmetic> steps = new java.util.ArrayList<>(arithmetic);
        steps.add(step);
        return new DeferredValue(search, attribute, round, spec, cv, reduction, repr, key, negated, newData, steps, value, row, predicted);
    }

    /** The number the script computed from {@code value} (the score, the reduction): negated, then its arithmetic. */
    public double apply(double value) {
        double x = negated ? -value : value;
        for (DeferredArithmetic step : arithmetic) {
            x = step.apply(x);
        }
        return x;
    }

    /** Whether the value is a number (best_score_, a cross_validate reduction), which round() and format specs take. */
    public boolean numeric() {
        return cv != null || attribute.equals("best_score_") || reduction != null || row != null || predicted != null;
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /** The token standing for the {@code index}-th value of a script's {@code deferred} list. */
    public static String token(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    /** The index of the value {@code token} (one token, nothing around it) stands for. */
    public static int index(String token) {
        if (token.length() < 3 || token.charAt(0) != OPEN || token.charAt(token.length() - 1) != CLOSE) {
            throw new IllegalArgumentException("not a token: " + token);
        }
        return Integer.parseInt(token.substring(1, token.length() - 1));
    }

    /** Whether {@code text} holds a token. */
    public static boolean hasToken(String text) {
        return text.indexOf(OPEN) >= 0;
    }

    /** {@code text} with each token replaced by {@code render} of its value. */
    public static String resolve(String text, List<DeferredValue> values, java.util.function.Function<DeferredValue, String> render) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf(OPEN, i);
            int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open).append(render.apply(values.get(Integer.parseInt(text.substring(open + 1, close)))));
            i = close + 1;
        }
        return out.toString();
    }
}
