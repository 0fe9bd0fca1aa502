package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code pd.read_csv(path, ...)}: a CSV file read into a frame; {@code path} is absolute, {@code displayPath} as written. */
public record ReadCsv(String path, String displayPath, Const.DictConst options, Origin origin) implements LogicalNode {

    public ReadCsv {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(origin, "origin");
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
        t.identity("path", Const.of(path));
        t.display("path", Const.of(displayPath).repr());
        if (!options.keys().isEmpty()) {
            t.item("options", options);
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
