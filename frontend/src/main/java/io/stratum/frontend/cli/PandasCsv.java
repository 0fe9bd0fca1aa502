package io.stratum.frontend.cli;

import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The text pandas' {@code to_csv} writes for a computed frame or column ({@link io.stratum.frontend.api.CsvWrite}):
 * Python's csv writer with minimal quoting (a field holding the separator, a quote, a line feed or a carriage return
 * is quoted, its quotes doubled; a row of one empty field is written {@code ""}), lines ending in {@code \n}; floats
 * as Python's repr, missing values as {@code na_rep}, booleans {@code True}/{@code False}, datetimes as pandas
 * formats the column (dates only when every value is at midnight), the row labels first unless {@code index=False}
 * (a grouped result's keys, named by their columns; a plain frame's labels under an empty name; a column's name, or
 * {@code 0} when it has none, heads its values).
 */
final class PandasCsv {
    private PandasCsv() {
    }

    /**
     * {@code value} as {@code to_csv} writes it; {@code keyLevels} of its first columns are a grouped result's keys
     * (its index, its levels named by their columns when {@code keysNamed}, else an unnamed index such as
     * {@code describe()}'s statistics), else 0 and the value's row labels are the index.
     */
    static String text(CopiedValue value, io.stratum.frontend.api.CsvWrite write, int keyLevels, boolean keysNamed) {
        if (value.scalar() != null) {
            throw new IllegalArgumentException("to_csv() of a number: only a frame or a column has it");
        }
        List<CopiedValue.CopiedColumn> all = value.columns();
        List<CopiedValue.CopiedColumn> keys = all.subList(0, keyLevels);
        List<CopiedValue.CopiedColumn> columns = all.subList(keyLevels, all.size());
        if (write.columns() != null) {
            List<CopiedValue.CopiedColumn> picked = new ArrayList<>();
            for (String name : write.columns()) {
                CopiedValue.CopiedColumn found = columns.stream().filter(c -> c.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("None of [Index(['" + name
                                + "'], dtype='str')] are in the [columns]"));
                picked.add(found);
            }
            columns = picked;
        }
        int rows = all.isEmpty() ? 0 : all.get(0).length();
        List<String[]> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (write.index()) {
            if (keyLevels > 0) {
                for (CopiedValue.CopiedColumn k : keys) {
                    cells.add(texts(k, write.naRep()));
                    names.add(keysNamed ? k.name() : "");
                }
            } else {
                String[] labels = new String[rows];
                for (int r = 0; r < rows; r++) {
                    labels[r] = value.labels() == null ? Integer.toString(r) : value.labels().get(r);
                }
                cells.add(labels);
                names.add("");
            }
        }
        for (CopiedValue.CopiedColumn c : columns) {
            cells.add(texts(c, write.naRep()));
            // an unnamed Series is written under pandas' default name 0
            names.add(!value.frame() && (value.unnamed() || value.perColumn()) ? "0" : c.name());
        }
        StringBuilder out = new StringBuilder();
        char sep = write.sep().charAt(0);
        if (write.header()) {
            line(out, names.toArray(String[]::new), sep);
        }
        String[] row = new String[cells.size()];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cells.size(); c++) {
                row[c] = cells.get(c)[r];
            }
            line(out, row, sep);
        }
        return out.toString();
    }

    /** One column's fields. */
    private static String[] texts(CopiedValue.CopiedColumn c, String naRep) {
        int n = c.length();
        String[] out = new String[n];
        boolean[] missing = c.missing();
        switch (c.type()) {
            case FLOAT64 -> {
                double[] v = (double[]) c.values();
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] || Double.isNaN(v[i]) ? naRep : io.stratum.ir.value.PyFormat.floatRepr(v[i]);
                }
            }
            case INT64 -> {
                long[] v = (long[]) c.values();
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? naRep : Long.toString(v[i]);
                }
            }
            case BOOL -> {
                boolean[] v = (boolean[]) c.values();
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? naRep : v[i] ? "True" : "False";
                }
            }
            case STRING, CATEGORY -> {
                String[] v = (String[]) c.values();
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null || missing[i] ? naRep : v[i];
                }
            }
            case DATETIME -> {
                String[] text = io.stratum.runtime.data.DatetimeText.of((long[]) c.values(), missing, c.unit(), c.zone());
                for (int i = 0; i < n; i++) {
                    out[i] = missing[i] ? naRep : text[i];
                }
            }
            case TIMEDELTA -> throw new IllegalArgumentException("the duration column '" + c.name() + "' is not"
                    + " supported by Stratum yet; write its length in a unit, e.g. df['d'].dt.total_seconds()");
        }
        return out;
    }

    /** One line as Python's csv writer writes it with minimal quoting. */
    private static void line(StringBuilder out, String[] fields, char sep) {
        if (fields.length == 1 && fields[0].isEmpty()) {
            // csv writes a lone empty field quoted, so that the line is not empty
            out.append("\"\"\n");
            return;
        }
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(sep);
            }
            String f = fields[i];
            if (f.indexOf(sep) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append('\n');
    }
}
