package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code module.function(args...)} with DataOp arguments, by qualified name, before binding. */
public record Call(String function, List<Arg> args, Origin origin) implements LogicalNode {

    public Call {
        Objects.requireNonNull(function, "function");
        args = List.copyOf(args);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        List<LogicalNode> out = new ArrayList<>(args.size());
        for (Arg a : args) {
            out.add(a.value());
        }
        return out;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, args.size());
        List<Arg> newArgs = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            newArgs.add(new Arg(args.get(i).keyword(), in.get(i)));
        }
        return new Call(function, newArgs, origin);
    }

    @Override
    public String kind() {
        return "Call";
    }

    @Override
    public void terms(Terms t) {
        t.item("function", function);
        t.item("args", Calls.keywordList(args));
    }

    @Override
    public List<String> inputRoles() {
        return Calls.roles(null, args);
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
