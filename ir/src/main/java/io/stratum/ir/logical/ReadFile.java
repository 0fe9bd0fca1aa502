package io.stratum.ir.logical;

import io.stratum.ir.node.FileReadTerms;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import java.util.List;
import java.util.Objects;

/**
 * {@code pd.read_parquet}, {@code pd.read_feather} or {@code pd.read_json}: a file read into a frame. {@code path}
 * is absolute, {@code displayPath} as written; {@code columns} (null for all) keeps only those of the file's
 * columns, in file order, names the file lacks ignored: the optimizer narrows it to what the plan needs
 * ({@link ReadsColumns}). A script's own {@code columns=} stays among the {@code options}, checked strictly.
 */
public record ReadFile(FileFormat format, String path, String displayPath, Const.DictConst options, List<String> columns,
                       Origin origin) implements LogicalNode, ReadsColumns {

    public ReadFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(options, "options");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public ReadFile withColumns(List<String> newColumns) {
        return new ReadFile(format, path, displayPath, options, newColumns, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of();
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 0);
        return this;
    }

    @Override
    public String kind() {
        return "Read" + format.label();
    }

    @Override
    public void terms(Terms t) {
        FileReadTerms.write(t, path, displayPath, options, columns);
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
