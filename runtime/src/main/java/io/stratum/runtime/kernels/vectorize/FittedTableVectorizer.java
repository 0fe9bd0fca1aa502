package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/** A fitted TableVectorizer: one {@link ColumnEncoder} per kept input column, in input order. */
public final class FittedTableVectorizer {
    private final List<String> inputColumns;
    private final List<ColumnEncoder> encoders;
    private final List<String> nullStrings;

    /** Each encoder's output names, made distinct as skrub's steps make them ({@link #skrubNames}). */
    private final List<List<String>> outputNames;

    FittedTableVectorizer(List<String> inputColumns, List<ColumnEncoder> encoders, List<String> nullStrings) {
        this.inputColumns = List.copyOf(inputColumns);
        this.encoders = List.copyOf(encoders);
        this.nullStrings = List.copyOf(nullStrings);
        this.outputNames = skrubNames(this.encoders);
    }

    /**
     * The output names skrub's TableVectorizer gives: it runs one ApplyToEachCol step per encoder group (numeric,
     * datetime, low cardinality, high cardinality, then the specific transformers), each replacing its columns by
     * their outputs in place, and an output name that another column of the frame at that step already has (an
     * input {@code d_year} beside the {@code d_year} a DatetimeEncoder makes of {@code d}) gets a {@code __skrub_...__}
     * tag ({@link SkrubColumnNames}).
     */
    private static List<List<String>> skrubNames(List<ColumnEncoder> encoders) {
        List<List<String>> slots = new ArrayList<>();
        for (ColumnEncoder e : encoders) {
            slots.add(List.of(e.decision().column()));
        }
        for (ColumnDecision.Kind step : List.of(ColumnDecision.Kind.NUMERIC, ColumnDecision.Kind.DATETIME,
                ColumnDecision.Kind.LOW_CARDINALITY, ColumnDecision.Kind.HIGH_CARDINALITY, ColumnDecision.Kind.SPECIFIC)) {
            java.util.Set<String> forbidden = new java.util.HashSet<>();
            for (List<String> names : slots) {
                forbidden.addAll(names);
            }
            for (int i = 0; i < encoders.size(); i++) {
                ColumnEncoder e = encoders.get(i);
                if (e.decision().kind() != step) {
                    continue;
                }
                java.util.Set<String> others = new java.util.HashSet<>(forbidden);
                others.remove(e.decision().column());
                List<String> picked = SkrubColumnNames.pick(e.featureNames(), others);
                slots.set(i, picked);
                forbidden.addAll(picked);
            }
        }
        return slots;
    }

    /** The per-column encoders (dropped columns have none). */
    public List<ColumnEncoder> encoders() {
        return encoders;
    }

    /** The decisions made at fit time, one per input column kept. */
    public List<ColumnDecision> decisions() {
        List<ColumnDecision> out = new ArrayList<>();
        for (ColumnEncoder e : encoders) {
            out.add(e.decision());
        }
        return out;
    }

    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (List<String> n : outputNames) {
            names.addAll(n);
        }
        return names;
    }

    public Table transform(MemoryContext memory, Table input) {
        for (String c : inputColumns) {
            if (!input.hasColumn(c)) {
                throw new DataException("TableVectorizer was fitted with column '" + c + "', which the input lacks"
                        + " (it has " + input.columnNames() + ")");
            }
        }
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < encoders.size(); i++) {
            ColumnEncoder e = encoders.get(i);
            Column raw = input.column(e.decision().column());
            Column cleaned = e instanceof ColumnEncoder.Specific ? raw
                    : Cleaning.durationToSeconds(memory, Cleaning.cleanNullStrings(memory, raw, nullStrings));
            List<Column> columns = e.transform(memory, cleaned);
            for (int k = 0; k < columns.size(); k++) {
                String name = outputNames.get(i).get(k);
                out.add(columns.get(k).name().equals(name) ? columns.get(k) : columns.get(k).rename(name));
            }
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }
}
