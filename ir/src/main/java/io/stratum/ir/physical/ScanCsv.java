package io.stratum.ir.physical;

import io.stratum.ir.node.FileReadTerms;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV file into a frame (types inferred as pandas does) with the reading {@code options} pandas'
 * {@code read_csv} took; only {@code columns} are parsed when set (null: all), in file order, names the file lacks
 * ignored.
 */
public record ScanCsv(String path, String displayPath, Const.DictConst options, List<String> columns, Origin origin)
        implements PhysicalOp {

    public ScanCsv {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(options, "options");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    /** A scan of {@code columns} (null: all) with pandas' default options. */
    public ScanCsv(String path, String displayPath, List<String> columns, Origin origin) {
        this(path, displayPath, new Const.DictConst(List.of(), List.of()), columns, origin);
    }

    /** A scan of every column with pandas' default options. */
    public ScanCsv(String path, String displayPath, Origin origin) {
        this(path, displayPath, new Const.DictConst(List.of(), List.of()), null, origin);
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of();
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 0);
        return this;
    }

    @Override
    public String kind() {
        return "ScanCsv";
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
