package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV file into a frame (types inferred as pandas does); {@code columns} keeps only those of the file's
 * columns, in the file's order (names the file lacks are ignored), or null for all of them.
 */
public record ScanCsv(String path, String displayPath, List<String> columns, Origin origin) implements PhysicalOp {

    public ScanCsv {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    /** A scan of every column. */
    public ScanCsv(String path, String displayPath, Origin origin) {
        this(path, displayPath, null, origin);
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
        t.identity("path", Const.of(path));
        t.display("path", Const.of(displayPath).repr());
        if (columns != null) {
            t.item("columns", columns);
        }
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
