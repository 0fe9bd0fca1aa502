package io.stratum.ir.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A constant a script can write: the Python literals DataOps scripts use, kept with Python's meaning. */
public sealed interface Const {

    /** Python's {@code repr()} of the value, used for labels and EXPLAIN. */
    String repr();

    /** A short name of the Python type, for error messages ("str", "float", ...). */
    String typeName();

    /** Python's {@code None}. */
    record NoneConst() implements Const {
        public static final NoneConst INSTANCE = new NoneConst();
        public String repr() { return "None"; }
        public String typeName() { return "NoneType"; }
    }

    /** Python's {@code True} and {@code False}. */
    record BoolConst(boolean value) implements Const {
        public String repr() { return value ? "True" : "False"; }
        public String typeName() { return "bool"; }
    }

    /** A Python {@code int} that fits 64 bits. */
    record IntConst(long value) implements Const {
        public String repr() { return Long.toString(value); }
        public String typeName() { return "int"; }
    }

    /** A Python {@code float}. */
    record FloatConst(double value) implements Const {
        public String repr() { return PyFormat.floatRepr(value); }
        public String typeName() { return "float"; }

        // Records compare doubles by bits already; this keeps -0.0 and 0.0 apart, as a fingerprint must.
    }

    /** A Python {@code str}. */
    record StrConst(String value) implements Const {
        public StrConst {
            Objects.requireNonNull(value, "value");
        }
        public String repr() { return PyFormat.strRepr(value); }
        public String typeName() { return "str"; }
    }

    /** A Python {@code list} (or tuple, when {@code tuple} is set) of constants. */
    record ListConst(List<Const> items, boolean tuple) implements Const {
        public ListConst {
            items = List.copyOf(items);
        }
        public ListConst(List<Const> items) {
            this(items, false);
        }
        public String repr() {
            List<String> parts = new ArrayList<>(items.size());
            for (Const c : items) {
                parts.add(c.repr());
            }
            if (tuple) {
                return "(" + String.join(", ", parts) + (items.size() == 1 ? ",)" : ")");
            }
            return "[" + String.join(", ", parts) + "]";
        }
        public String typeName() { return tuple ? "tuple" : "list"; }

        /** The items as strings, or null when any item is not a {@code str}. */
        public List<String> asStrings() {
            List<String> out = new ArrayList<>(items.size());
            for (Const c : items) {
                if (!(c instanceof StrConst s)) {
                    return null;
                }
                out.add(s.value());
            }
            return out;
        }
    }

    /** A Python {@code dict} of constants, in insertion order as Python keeps it. */
    record DictConst(List<Const> keys, List<Const> values) implements Const {
        public DictConst {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException("keys and values differ in length");
            }
        }

        /** This dict without the entry of the str key {@code key} (this dict when it has none). */
        public DictConst without(String key) {
            List<Const> k = new ArrayList<>();
            List<Const> v = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (!keys.get(i).equals(Const.of(key))) {
                    k.add(keys.get(i));
                    v.add(values.get(i));
                }
            }
            return k.size() == keys.size() ? this : new DictConst(k, v);
        }
        public String repr() {
            List<String> parts = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                parts.add(keys.get(i).repr() + ": " + values.get(i).repr());
            }
            return "{" + String.join(", ", parts) + "}";
        }
        public String typeName() { return "dict"; }
    }

    /**
     * A pandas {@code Timestamp} ({@code pd.Timestamp(...)}): whole {@code unit} ticks ({@code s}, {@code ms}, {@code us},
     * {@code ns}) since 1970-01-01, a UTC instant when {@code zone} names a time zone, a wall-clock time when it is null;
     * {@code text} is pandas' {@code str()} of it ({@code 2012-01-01 00:00:00}, {@code ...+01:00} when zoned).
     */
    record TimestampConst(long ticks, String unit, String zone, String text) implements Const {
        public TimestampConst {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(text, "text");
        }
        public String repr() {
            if (zone == null) {
                return "Timestamp('" + text + "')";
            }
            // pandas' repr writes the offset without its colon (+0100) and names the zone.
            String shown = text.length() > 6 && text.charAt(text.length() - 3) == ':'
                    ? text.substring(0, text.length() - 3) + text.substring(text.length() - 2) : text;
            return "Timestamp('" + shown + "', tz='" + zone + "')";
        }
        public String typeName() { return "Timestamp"; }
    }

    /**
     * A pandas {@code Timedelta} ({@code pd.Timedelta(...)}, {@code pd.to_timedelta} of one value): whole {@code unit}
     * ticks; {@code text} is pandas' {@code str()} of it ({@code 7 days 00:00:00}).
     */
    record TimedeltaConst(long ticks, String unit, String text) implements Const {
        public TimedeltaConst {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(text, "text");
        }
        public String repr() { return "Timedelta('" + text + "')"; }
        public String typeName() { return "Timedelta"; }
    }

    static Const of(String s) { return new StrConst(s); }
    static Const of(long v) { return new IntConst(v); }
    static Const of(double v) { return new FloatConst(v); }
    static Const of(boolean v) { return new BoolConst(v); }
    static Const none() { return NoneConst.INSTANCE; }

    static Const ofStrings(List<String> items) {
        List<Const> out = new ArrayList<>(items.size());
        for (String s : items) {
            out.add(new StrConst(s));
        }
        return new ListConst(out);
    }
}
