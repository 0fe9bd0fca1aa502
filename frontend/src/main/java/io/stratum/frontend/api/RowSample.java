package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.RowPositions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code df.sample(n=..., frac=..., random_state=seed)} of a frame or a column: the rows numpy's
 * {@code RandomState(seed)} picks for pandas ({@link RowPositions.PandasSample}, drawn from the row count when the plan
 * runs), with their labels; {@code ignore_index=True} renumbers them. A sample without a seed would differ from run to
 * run and from pandas, so {@code random_state} must be an int; {@code replace=True}, {@code weights} and another axis
 * are refused.
 */
final class RowSample {
    private static final List<String> PARAMETERS = List.of("n", "frac", "replace", "weights", "random_state", "axis",
            "ignore_index");

    private RowSample() {
    }

    static DataOp of(DataOp receiver, List<?> args, Map<String, ?> kwargs) {
        Map<String, Object> given = new LinkedHashMap<>();
        if (args.size() > PARAMETERS.size()) {
            throw error("sample() takes at most " + PARAMETERS.size() + " arguments, got " + args.size(), null);
        }
        for (int i = 0; i < args.size(); i++) {
            given.put(PARAMETERS.get(i), args.get(i));
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            if (!PARAMETERS.contains(e.getKey())) {
                throw error("sample() got an unexpected keyword argument '" + e.getKey() + "'",
                        "it takes " + String.join(", ", PARAMETERS));
            }
            if (given.put(e.getKey(), e.getValue()) != null) {
                throw error("sample() got multiple values for argument '" + e.getKey() + "'", null);
            }
        }
        Object n = given.getOrDefault("n", Const.none());
        Object frac = given.getOrDefault("frac", Const.none());
        if (isSet(given.get("replace")) && !Const.of(false).equals(given.get("replace"))) {
            throw error("sample(replace=" + describe(given.get("replace")) + ") is not supported by Stratum yet",
                    "sample without replacement (replace=False, the default)");
        }
        if (isSet(given.get("weights"))) {
            throw error("sample(weights=...) is not supported by Stratum yet", "sample with equal weights (leave weights out)");
        }
        Object axis = given.get("axis");
        if (isSet(axis) && !Const.of(0L).equals(axis) && !Const.of("index").equals(axis) && !Const.of("rows").equals(axis)) {
            throw error("sample(axis=" + describe(axis) + ") samples columns, which Stratum does not do", "sample rows (axis=0)");
        }
        Object seed = given.getOrDefault("random_state", Const.none());
        if (!(seed instanceof Const.IntConst s)) {
            throw error(seed instanceof Const.NoneConst ? "sample() without random_state picks other rows on every run"
                    : "sample(random_state=" + describe(seed) + "): Stratum takes an int seed",
                    "pass random_state=<an int>, e.g. random_state=0: Stratum then picks the rows pandas picks");
        }
        if (s.value() < 0 || s.value() > 0xFFFFFFFFL) {
            throw error("sample(random_state=" + s.value() + "): Seed must be between 0 and 2**32 - 1", null);
        }
        RowPositions positions;
        if (isSet(n) && isSet(frac)) {
            throw error("Please enter a value for `frac` OR `n`, not both", null);
        } else if (isSet(frac)) {
            double f = switch (frac) {
                case Const.FloatConst c -> c.value();
                case Const.IntConst c -> c.value();
                default -> throw error("sample(frac=" + describe(frac) + "): frac must be a number written in the script", null);
            };
            if (f > 1) {
                throw error("Replace has to be set to `True` when upsampling the population `frac` > 1.", null);
            }
            if (f < 0) {
                throw error("A negative number of rows requested. Please provide `frac` >= 0.", null);
            }
            positions = new RowPositions.PandasSample(null, f, s.value());
        } else {
            long rows = switch (n) {
                case Const.NoneConst none -> 1L;
                case Const.IntConst c -> c.value();
                case Const.FloatConst c when c.value() == Math.rint(c.value()) -> (long) c.value();
                case Const.FloatConst c -> throw error("Only integers accepted as `n` values", null);
                default -> throw error("sample(n=" + describe(n) + "): n must be an int written in the script",
                        "compute it outside the pipeline, or use frac=");
            };
            if (rows < 0) {
                throw error("A negative number of rows requested. Please provide `n` >= 0.", null);
            }
            positions = new RowPositions.PandasSample(rows, null, s.value());
        }
        DataOp out = WrittenAs.call(DataOp.of(new RowsByPosition(receiver.node(), positions, SourceScope.current())),
                receiver, "sample");
        Object ignoreIndex = given.getOrDefault("ignore_index", Const.of(false));
        if (Const.of(true).equals(ignoreIndex)) {
            out = WrittenAs.call(out.call("reset_index", List.of(), Map.of("drop", Const.of(true))), receiver, "sample");
        } else if (!Const.of(false).equals(ignoreIndex)) {
            throw error("sample(ignore_index=" + describe(ignoreIndex) + "): pass True or False", null);
        }
        return out;
    }

    private static boolean isSet(Object v) {
        return v != null && !(v instanceof Const.NoneConst);
    }

    private static String describe(Object v) {
        return v instanceof Const c ? c.repr() : "a DataOp";
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
