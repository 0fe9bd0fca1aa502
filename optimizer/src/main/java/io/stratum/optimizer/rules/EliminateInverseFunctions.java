package io.stratum.optimizer.rules;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleResult;
import java.util.Objects;

/**
 * Removes a numpy function applied to its inverse: {@code exp(log x)}, {@code log(exp x)}, {@code expm1(log1p x)}
 * and {@code log1p(expm1 x)} become {@code x}.
 *
 * <p>None of the four is exact in floating point, so the rule is not in the standard simplify batch and fires only
 * under {@link Config#UP_TO_ROUNDING}, which a caller must choose. What differs, for float64 {@code x}:
 * <ul>
 *   <li>{@code exp(log x)}: for x &lt; 0 numpy gives NaN, the rewrite x; for x &gt; 0 the error of log grows with
 *       |log x|, so exp(log 1e300) is hundreds of ulps from 1e300.</li>
 *   <li>{@code log(exp x)}: exp overflows for x &gt; 709.78 (result inf) and underflows to 0 for x &lt; -745
 *       (result -inf); for |x| &lt; 2^-53 exp(x) rounds to 1 and the result is 0, not x.</li>
 *   <li>{@code expm1(log1p x)}: NaN for x &lt; -1 in numpy; rounding elsewhere.</li>
 *   <li>{@code log1p(expm1 x)}: expm1 overflows for x &gt; 709.78; rounding elsewhere.</li>
 * </ul>
 * Range metadata (x &gt; 0, |x| bounded) would remove the domain differences but not the rounding, so even then
 * the rule changes values and stays opt-in.
 */
public final class EliminateInverseFunctions implements Rule {
    private final Config config;

    public EliminateInverseFunctions(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Whether the rule may change values: {@code EXACT_ONLY} (the default) never rewrites, since no pair is exact;
     * {@code UP_TO_ROUNDING} rewrites every pair, accepting the differences listed on the rule.
     */
    public record Config(boolean acceptRoundingAndDomainChanges) {
        public static final Config DEFAULT = new Config(false);
        public static final Config UP_TO_ROUNDING = new Config(true);
    }

    @Override
    public String name() {
        return "eliminate_inverse_functions";
    }

    @Override
    public RuleResult apply(LogicalNode node, RuleContext ctx) {
        if (!config.acceptRoundingAndDomainChanges()
                || !(node instanceof Numeric outer) || !(outer.operand() instanceof Numeric inner)) {
            return RuleResult.unchanged();
        }
        return inverseOf(outer.function()) == inner.function()
                ? RuleResult.rewrittenTo(inner.operand()) : RuleResult.unchanged();
    }

    private static NumericFunction inverseOf(NumericFunction f) {
        return switch (f) {
            case EXP -> NumericFunction.LOG;
            case LOG -> NumericFunction.EXP;
            case EXPM1 -> NumericFunction.LOG1P;
            case LOG1P -> NumericFunction.EXPM1;
            case SQRT, SQUARE, ABS, FABS, SIN, COS -> null;
        };
    }
}
