package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.unary;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.UnaryOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifyRulesTest {
    private static final LogicalNode DATA = csv("employees.csv");

    @Test
    void emptyDropIsRemoved() {
        check(CoreRules.REMOVE_EMPTY_DROP, new Drop(new Drop(DATA, List.of(), AT), List.of("a"), AT), """
                Drop columns=['a']
                  Drop columns=[]
                    ReadCsv path='employees.csv'
                """, """
                Drop columns=['a']
                  ReadCsv path='employees.csv'
                """);
    }

    @Test
    void nonEmptyDropIsKept() {
        checkUnchanged(CoreRules.REMOVE_EMPTY_DROP, new Drop(DATA, List.of("a"), AT), """
                Drop columns=['a']
                  ReadCsv path='employees.csv'
                """);
    }

    @Test
    void disjointDropsMergeInOrder() {
        check(CoreRules.MERGE_DISJOINT_DROPS, new Drop(new Drop(DATA, List.of("a", "b"), AT), List.of("c"), AT), """
                Drop columns=['c']
                  Drop columns=['a', 'b']
                    ReadCsv path='employees.csv'
                """, """
                Drop columns=['a', 'b', 'c']
                  ReadCsv path='employees.csv'
                """);
    }

    @Test
    void overlappingDropsStayApartBecausePandasRaisesOnTheSecond() {
        checkUnchanged(CoreRules.MERGE_DISJOINT_DROPS, new Drop(new Drop(DATA, List.of("a"), AT), List.of("a"), AT), """
                Drop columns=['a']
                  Drop columns=['a']
                    ReadCsv path='employees.csv'
                """);
    }

    @Test
    void doubleNegationIsRemoved() {
        // Wrapped in mark_as_y: the driver rightly refuses to change the root's operator.
        check(CoreRules.ELIMINATE_DOUBLE_NEGATION, markY(unary(UnaryOperator.NEG, unary(UnaryOperator.NEG, col(DATA, "x")))), """
                MarkY
                  UnaryOp op='-'
                    UnaryOp op='-'
                      GetItem
                        of: ReadCsv path='employees.csv'
                        key: Value value='x'
                """, """
                MarkY
                  GetItem
                    of: ReadCsv path='employees.csv'
                    key: Value value='x'
                """);
    }

    @Test
    void singleNegationAndNegatedAbsAreKept() {
        checkUnchanged(CoreRules.ELIMINATE_DOUBLE_NEGATION, unary(UnaryOperator.NEG, unary(UnaryOperator.ABS, col(DATA, "x"))), """
                UnaryOp op='-'
                  UnaryOp op='abs'
                    GetItem
                      of: ReadCsv path='employees.csv'
                      key: Value value='x'
                """);
    }

    @Test
    void absOfAbsAndAbsOfNegationKeepOneAbs() {
        check(CoreRules.ELIMINATE_NESTED_ABS, unary(UnaryOperator.ABS, unary(UnaryOperator.NEG, col(DATA, "x"))), """
                UnaryOp op='abs'
                  UnaryOp op='-'
                    GetItem
                      of: ReadCsv path='employees.csv'
                      key: Value value='x'
                """, """
                UnaryOp op='abs'
                  GetItem
                    of: ReadCsv path='employees.csv'
                    key: Value value='x'
                """);
        check(CoreRules.ELIMINATE_NESTED_ABS, unary(UnaryOperator.ABS, unary(UnaryOperator.ABS, col(DATA, "x"))), """
                UnaryOp op='abs'
                  UnaryOp op='abs'
                    GetItem
                      of: ReadCsv path='employees.csv'
                      key: Value value='x'
                """, """
                UnaryOp op='abs'
                  GetItem
                    of: ReadCsv path='employees.csv'
                    key: Value value='x'
                """);
    }

    @Test
    void negationOfAbsIsNotNestedAbs() {
        checkUnchanged(CoreRules.ELIMINATE_NESTED_ABS, unary(UnaryOperator.NEG, unary(UnaryOperator.ABS, col(DATA, "x"))), """
                UnaryOp op='-'
                  UnaryOp op='abs'
                    GetItem
                      of: ReadCsv path='employees.csv'
                      key: Value value='x'
                """);
    }
}
