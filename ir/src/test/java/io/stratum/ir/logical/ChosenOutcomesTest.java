package io.stratum.ir.logical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code search.best_learner_}'s plan: each choice resolved to the outcome the best candidate's label names. */
class ChosenOutcomesTest {
    private static Value value(Const c) {
        return new Value(c, Origin.NONE);
    }

    /** choose_from([1.0, 10.0], name="alpha") whose 10.0 outcome holds choose_from(["a", "b"], name="inner"). */
    private static Var plan() {
        Choice inner = new Choice("inner", List.of(Const.of("a"), Const.of("b")),
                List.of(value(Const.of("a")), value(Const.of("b"))), Origin.NONE);
        Choice alpha = new Choice("alpha", List.of(Const.of(1.0), Const.of(10.0)),
                List.of(value(Const.of(1.0)), new Var("nested", inner, Origin.NONE)), Origin.NONE);
        return new Var("x", alpha, Origin.NONE);
    }

    @Test
    void theLabelledOutcomeIsTakenAndNestedChoicesToo() {
        LogicalNode chosen = ChosenOutcomes.of(plan(), Map.of("alpha", Const.of(10.0), "inner", Const.of("b")));
        Var nested = (Var) ((Var) chosen).value();
        assertEquals(Const.of("b"), ((Value) nested.value()).value());
    }

    @Test
    void aChoiceTheCandidateDoesNotReachKeepsItsDefault() {
        LogicalNode chosen = ChosenOutcomes.of(plan(), Map.of("alpha", Const.of(10.0)));
        Var nested = (Var) ((Var) chosen).value();
        assertEquals(Const.of("a"), ((Value) nested.value()).value());
        LogicalNode first = ChosenOutcomes.of(plan(), Map.of("alpha", Const.of(1.0)));
        assertEquals(Const.of(1.0), ((Value) ((Var) first).value()).value());
    }

    @Test
    void aPlanWithoutChoicesIsReturnedAsItIs() {
        Var plain = new Var("x", value(Const.of(3L)), Origin.NONE);
        assertSame(plain, ChosenOutcomes.of(plain, Map.of("alpha", Const.of(1.0))));
    }

    @Test
    void aLabelThatIsNoOutcomeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ChosenOutcomes.of(plan(), Map.of("alpha", Const.of(5.0))));
    }
}
