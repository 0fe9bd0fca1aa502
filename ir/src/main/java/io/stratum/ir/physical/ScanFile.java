package io.stratum.ir.physical;

import io.stratum.ir.node.FileReadTerms;
import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import java.util.List;
import java.util.Objects;

/**
 * Reads a Parquet, Arrow IPC (Feather) or JSON-records file into a frame with pandas' dtypes; only {@code columns}
 * are decoded when set (null: all), in file order.
 */
public record ScanFile(FileFormat format, String path, String displayPath, Const.DictConst options, List<String> columns,
                       Origin origin) implements PhysicalOp {

    public ScanFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(options, "options");
        columns = columns == null ? null : List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
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
        return "Scan" + format.label();
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
