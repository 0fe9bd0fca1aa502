package io.stratum.ir.value;

import java.util.List;

/**
 * pandas' dtype for a column written as a list of Python constants in {@code pd.DataFrame({...})}: whole numbers give
 * int64; numbers with a float, {@code None} or NaN give float64 (missing as NaN); booleans give bool; strings, with or
 * without {@code None}, give str (pandas 3's default string dtype). Everything else would be pandas' {@code object}
 * dtype, which Stratum does not have: {@link #dtype} names the reason instead.
 */
public final class LiteralColumns {
    private LiteralColumns() {
    }

    /** The dtype of {@code values} ("int64", "float64", "bool" or "str"), or null; see {@link #problem}. */
    public static String dtype(List<Const> values) {
        boolean ints = false;
        boolean floats = false;
        boolean bools = false;
        boolean strs = false;
        boolean missing = false;
        for (Const c : values) {
            switch (c) {
                case Const.IntConst i -> ints = true;
                case Const.FloatConst f -> floats = true;
                case Const.BoolConst b -> bools = true;
                case Const.StrConst s -> strs = true;
                case Const.NoneConst n -> missing = true;
                default -> {
                    return null;
                }
            }
        }
        if (strs) {
            return ints || floats || bools ? null : "str";
        }
        if (bools) {
            return ints || floats || missing ? null : "bool";
        }
        if (floats || (ints && missing)) {
            return "float64";
        }
        return ints ? "int64" : null;
    }

    /** Why {@code values} has no Stratum dtype, for an error message; null when {@link #dtype} gives one. */
    public static String problem(List<Const> values) {
        if (dtype(values) != null) {
            return null;
        }
        if (values.isEmpty()) {
            return "it is empty (pandas would make it an object column)";
        }
        if (values.stream().allMatch(v -> v instanceof Const.NoneConst)) {
            return "it holds only None (pandas would make it an object column)";
        }
        for (Const c : values) {
            if (!(c instanceof Const.IntConst || c instanceof Const.FloatConst || c instanceof Const.BoolConst
                    || c instanceof Const.StrConst || c instanceof Const.NoneConst)) {
                return "it holds " + c.repr() + ", which is not a number, a bool, a str or None";
            }
        }
        return "it mixes kinds of values (pandas would make it an object column); write one kind per column";
    }
}
