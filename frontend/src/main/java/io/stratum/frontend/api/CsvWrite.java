package io.stratum.frontend.api;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code df.to_csv(path, ...)} of a value pandas computes (a frame or a column read and transformed by the script): the
 * value to compute when the plan runs and the file to write it to as pandas writes it. The options are pandas' (and
 * their defaults): the separator, the text of missing values, the columns written, and whether the header and the
 * index are written. A skrub DataOp has no value until its pipeline runs and is refused.
 *
 * @param value   what is computed and written, or null when the caller gives the value (a search's results table)
 * @param path    the file, resolved against the script's working directory
 * @param sep     the field separator (one character)
 * @param naRep   the text of a missing value
 * @param columns the columns written, in this order, or null for all
 * @param header  whether the first line names the columns
 * @param index   whether the row labels (a grouped result's keys) are written first
 */
public record CsvWrite(Evaluation value, Path path, String sep, String naRep, List<String> columns, boolean header,
                       boolean index) {
    public CsvWrite {
        columns = columns == null ? null : List.copyOf(columns);
    }

    /**
     * {@code target.to_csv(path, sep=..., na_rep=..., columns=..., header=..., index=..., encoding=..., mode=...)} of a
     * frame or column pandas computes (a {@link DataOp}), of what a script evaluated ({@code X.skb.eval()}, an
     * {@link Evaluation}), or of a search's results table ({@code target} null: the caller gives the value once the
     * search has run); or an error saying why it cannot be written (a skrub DataOp, no path, a separator that is not
     * one character, an encoding other than UTF-8, appending).
     */
    public static CsvWrite of(Object target, Path workingDirectory, String path, String sep, String naRep,
                              List<String> columns, boolean header, boolean index, String encoding, String mode) {
        if (target instanceof DataOp op && DataOpPrint.isSkrub(op)) {
            throw DataOp.error("to_csv() of a skrub DataOp: it has no value until its pipeline runs",
                    "write what X.skb.eval() computes: X.skb.eval().to_csv(path, index=False)");
        }
        if (path == null) {
            throw DataOp.error("to_csv() without a path returns the CSV text in pandas; Stratum writes files only",
                    "give a file name: df.to_csv(\"out.csv\", index=False)");
        }
        if (sep.length() != 1) {
            throw DataOp.error("to_csv(): \"delimiter\" must be a 1-character string, got " + io.stratum.ir.value.PyFormat.strRepr(sep),
                    "use sep=\",\" or sep=\";\"");
        }
        if (encoding != null && !java.util.Set.of("utf-8", "utf8", "UTF-8").contains(encoding)) {
            throw DataOp.error("to_csv(): Stratum writes UTF-8 only, got encoding=" + io.stratum.ir.value.PyFormat.strRepr(encoding), null);
        }
        if (!mode.equals("w")) {
            throw DataOp.error("to_csv(): Stratum writes a new file (mode='w') only, got mode="
                    + io.stratum.ir.value.PyFormat.strRepr(mode), null);
        }
        Evaluation value = switch (target) {
            case null -> null;
            // assembled once the learner has predicted: the caller gives the value
            case PredictionFrame f -> null;
            case DataOp op -> Evaluation.of(op, null, ".to_csv");
            case Evaluation e -> e;
            default -> throw new IllegalArgumentException("not a value to write: " + target);
        };
        Path file = workingDirectory == null ? Path.of(path) : workingDirectory.resolve(path);
        return new CsvWrite(value, file, sep, naRep, columns, header, index);
    }
}
