package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code x.method(args...)}: a method call on a DataOp, before binding resolves it to an operator. */
public record CallMethod(LogicalNode receiver, String method, List<Arg> args, Origin origin, Written written)
        implements LogicalNode {

    /** A call as the script wrote it. ({@code written}: how a step the plan spells as this call was written, or null.) */
    public CallMethod(LogicalNode receiver, String method, List<Arg> args, Origin origin) {
        this(receiver, method, args, origin, null);
    }

    public CallMethod {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(method, "method");
        args = List.copyOf(args);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        List<LogicalNode> out = new ArrayList<>(args.size() + 1);
        out.add(receiver);
        for (Arg a : args) {
            out.add(a.value());
        }
        return out;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, args.size() + 1);
        List<Arg> newArgs = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            newArgs.add(new Arg(args.get(i).keyword(), in.get(i + 1)));
        }
        return new CallMethod(in.get(0), method, newArgs, origin, in.get(0) == receiver ? written : null);
    }

    @Override
    public String kind() {
        return "CallMethod";
    }

    @Override
    public void terms(Terms t) {
        t.item("method", method);
        t.item("args", Calls.keywordList(args));
    }

    @Override
    public List<String> inputRoles() {
        return Calls.roles("self", args);
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
