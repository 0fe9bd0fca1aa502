package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds generic {@code numpy.*} calls ({@code np.log(df["x"])}) to typed {@link Numeric} nodes. A numpy function
 * Stratum does not compile, or a call with other than one positional argument, is a {@link StratumError} at the
 * call's origin.
 */
public final class BindNumpyCalls implements Rule {
    private static final String PREFIX = "numpy.";

    @Override
    public String name() {
        return "bind_numpy_calls";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!(node instanceof Call call) || !call.function().startsWith(PREFIX)) {
            return RuleResult.unchanged();
        }
        String name = call.function().substring(PREFIX.length());
        NumericFunction function = NumericFunction.byNumpyName(name);
        if (function == null) {
            List<String> known = new ArrayList<>();
            for (NumericFunction f : NumericFunction.values()) {
                known.add(f.numpyName());
            }
            List<String> near = NearestNames.nearest(name, known, 3);
            throw new StratumError(call.origin(), "Stratum does not compile numpy." + name + "()",
                    near.isEmpty() ? "supported: np." + String.join(", np.", known)
                            : "did you mean np." + String.join(" or np.", near) + "?");
        }
        if (call.args().size() != 1 || call.args().getFirst().isKeyword()) {
            throw new StratumError(call.origin(), "np." + name + "() takes exactly one positional argument here",
                    "call it with the column only: np." + name + "(df[\"x\"])");
        }
        return RuleResult.rewrittenTo(new Numeric(function, call.args().getFirst().value(), call.origin()));
    }
}
