package io.stratum.frontend.cli;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.util.List;

/**
 * What Python prints for the plain values taken from a result whose index holds keys: {@code to_dict()} as Python's
 * repr of the dict pandas builds (keys and values as Python's own ints, floats, strs and bools, several levels as a
 * tuple; a frame's as a dict per column), and a one-level {@code .index} of text as pandas prints an Index.
 */
final class KeyedValues {
    private KeyedValues() {
    }

    /** Python's repr of {@code result.to_dict()}: {@code {key: value, ...}}, per value column for a frame. */
    static String dict(List<CopiedValue.CopiedColumn> keys, List<CopiedValue.CopiedColumn> values, boolean series,
                       boolean multi) {
        if (series) {
            return dict(keys, values.getFirst(), multi);
        }
        StringBuilder out = new StringBuilder("{");
        for (int j = 0; j < values.size(); j++) {
            out.append(j == 0 ? "" : ", ").append(PyFormat.strRepr(values.get(j).name())).append(": ")
                    .append(dict(keys, values.get(j), multi));
        }
        return out.append('}').toString();
    }

    private static String dict(List<CopiedValue.CopiedColumn> keys, CopiedValue.CopiedColumn value, boolean multi) {
        StringBuilder out = new StringBuilder("{");
        for (int r = 0; r < value.length(); r++) {
            out.append(r == 0 ? "" : ", ");
            if (!multi) {
                out.append(repr(keys.getFirst(), r));
            } else {
                // a MultiIndex's keys are tuples, of one item too: ('a',)
                out.append('(');
                for (int k = 0; k < keys.size(); k++) {
                    out.append(k == 0 ? "" : ", ").append(repr(keys.get(k), r));
                }
                out.append(keys.size() == 1 ? ",)" : ")");
            }
            out.append(": ").append(repr(value, r));
        }
        return out.append('}').toString();
    }

    /** Python's repr of the value pandas' {@code to_dict()} gives for row {@code r} of {@code c}. */
    private static String repr(CopiedValue.CopiedColumn c, int r) {
        return switch (c.type()) {
            case STRING, CATEGORY -> {
                String s = ((String[]) c.values())[r];
                yield s == null ? "nan" : PyFormat.strRepr(s);
            }
            case INT64 -> c.missing()[r] ? "nan" : Long.toString(((long[]) c.values())[r]);
            case FLOAT64 -> PyFormat.floatRepr(((double[]) c.values())[r]);
            case BOOL -> c.missing()[r] ? "nan" : ((boolean[]) c.values())[r] ? "True" : "False";
            default -> throw new StratumError(Origin.NONE, "printing to_dict() of " + c.dtypeName() + " values ('"
                    + c.name() + "') is not supported by Stratum", "print the result itself, or convert the column to"
                    + " text first with .astype(str)");
        };
    }

    /** pandas' {@code Index([...], dtype='str', name=...)} of one level of text keys. */
    static String index(CopiedValue.CopiedColumn keys, boolean named) {
        if (keys.type() != DataType.STRING && keys.type() != DataType.CATEGORY) {
            throw new StratumError(Origin.NONE, "printing the .index of " + keys.dtypeName() + " keys ('" + keys.name()
                    + "') is not supported by Stratum", "print the result itself, or reset_index() and print the column");
        }
        String[] v = (String[]) keys.values();
        List<String> names = new java.util.ArrayList<>();
        for (String s : v) {
            if (s == null) {
                throw new StratumError(Origin.NONE, "printing an .index with a missing key is not supported by Stratum",
                        "print the result itself");
            }
            names.add(s);
        }
        return PandasIndexText.of(names, named ? io.stratum.ir.logical.GroupBy.shownName(keys.name()) : null, keys.type() == DataType.CATEGORY);
    }
}
