package io.stratum.runtime.io;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The readers of Parquet, Arrow IPC and JSON-records files behind one call, with their pandas options. */
public final class TableFiles {
    private TableFiles() {
    }

    /**
     * Reads {@code file} in {@code format}, keeping {@code columns} (the optimizer's pruned list: null for all, names
     * the file lacks ignored), in file order; {@code options} are the reader's keyword arguments other than the path:
     * {@code columns=} (every name must exist, as pandas checks), and for JSON {@code orient}, {@code convert_dates}
     * (a bool or a list of columns) and {@code keep_default_dates}.
     */
    public static Table read(MemoryContext ctx, FileFormat format, Path file, Const.DictConst options, List<String> columns) {
        boolean convertDates = true;
        List<String> dateColumns = List.of();
        boolean keepDefaultDates = true;
        String dateUnit = null;
        List<String> listed = null;
        for (int i = 0; i < options.keys().size(); i++) {
            String key = ((Const.StrConst) options.keys().get(i)).value();
            Const value = options.values().get(i);
            if (key.equals("columns") && value instanceof Const.ListConst l && l.asStrings() != null) {
                listed = l.asStrings();
            } else if (format == FileFormat.JSON && key.equals("convert_dates") && value instanceof Const.BoolConst b) {
                convertDates = b.value();
            } else if (format == FileFormat.JSON && key.equals("convert_dates") && value instanceof Const.ListConst l
                    && l.asStrings() != null) {
                dateColumns = l.asStrings();
            } else if (format == FileFormat.JSON && key.equals("keep_default_dates") && value instanceof Const.BoolConst b) {
                keepDefaultDates = b.value();
            } else if (format == FileFormat.JSON && key.equals("date_unit") && value instanceof Const.StrConst u) {
                dateUnit = u.value();
            } else if (format == FileFormat.JSON && key.equals("date_unit") && value instanceof Const.NoneConst) {
                continue;
            } else if (format == FileFormat.JSON && key.equals("orient") && value.equals(Const.of("records"))) {
                continue;
            } else {
                throw new DataException(format.pandasFunction() + "(" + key + "=" + value.repr() + ") is not supported");
            }
        }
        List<String> keep = columns;
        if (listed != null) {
            keep = new ArrayList<>();
            for (String c : listed) {
                if (columns == null || columns.contains(c)) {
                    keep.add(c);
                }
            }
        }
        Table t = switch (format) {
            case PARQUET -> ParquetReader.read(ctx, file, keep);
            case FEATHER -> ArrowIpcReader.read(ctx, file, keep);
            case JSON -> JsonRecordsReader.read(ctx, file, keep, new JsonDates(convertDates, dateColumns, keepDefaultDates,
                    dateUnit));
        };
        if (listed != null) {
            List<String> missing = new ArrayList<>();
            for (String c : keep) {
                if (!t.hasColumn(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new DataException(file + ": no column " + CsvReader.quoted(missing) + " in the file; it has "
                        + CsvReader.quoted(allColumns(ctx, format, file)) + ".");
            }
        }
        return t;
    }

    /** The file's column names, for the message about missing ones (read again: this is the error path only). */
    private static List<String> allColumns(MemoryContext ctx, FileFormat format, Path file) {
        if (format == FileFormat.PARQUET) {
            return ParquetReader.columnNames(file);
        }
        try (MemoryContext scratch = MemoryContext.open()) {
            Table all = format == FileFormat.FEATHER ? ArrowIpcReader.read(scratch, file, null)
                    : JsonRecordsReader.read(scratch, file, null, JsonDates.NONE);
            return all.columnNames();
        }
    }
}
