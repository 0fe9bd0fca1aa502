package io.stratum.ir.logical;

import io.stratum.ir.node.FileReadTerms;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * {@code pd.read_csv(path, ...)}: a CSV file read into a frame; {@code path} is absolute, {@code displayPath} as
 * written. {@code columns} keeps only those of the file's columns (in the file's order, as pandas' {@code usecols}
 * does; names the file lacks are ignored, so the step that reads them reports the missing column), or null for
 * all: the optimizer narrows it to the columns the plan reads ({@link ReadsColumns}). A script's own
 * {@code usecols=} stays among the {@code options}, checked strictly as pandas does.
 */
public record ReadCsv(String path, String displayPath, Const.DictConst options, List<String> columns, Origin origin)
        implements LogicalNode, ReadsColumns {

    public ReadCsv {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(options, "options");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    /** A read of every column. */
    public ReadCsv(String path, String displayPath, Const.DictConst options, Origin origin) {
        this(path, displayPath, options, null, origin);
    }

    @Override
    public ReadCsv withColumns(List<String> newColumns) {
        return new ReadCsv(path, displayPath, options, newColumns, origin);
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
        return "ReadCsv";
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
