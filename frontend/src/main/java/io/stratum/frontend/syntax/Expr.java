package io.stratum.frontend.syntax;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * An expression of the Python subset; the permitted records are the whole expression language, so a
 * {@code switch} over them is exhaustive. Components documented as optional are null when absent.
 */
public sealed interface Expr {

    /** Where the expression appears in the script. */
    SourcePos pos();

    /** A variable reference such as {@code skrub}. */
    record Name(String id, SourcePos pos) implements Expr {
        public Name {
            Objects.requireNonNull(id);
            Objects.requireNonNull(pos);
        }
    }

    /**
     * A literal: {@link Long} (or {@link BigInteger} when it does not fit a long), {@link Double},
     * {@link String} (escapes already applied), {@link Boolean}, {@link ByteString}, or null for {@code None}.
     */
    record Constant(Object value, SourcePos pos) implements Expr {
        public Constant {
            if (value != null && !(value instanceof Long || value instanceof BigInteger || value instanceof Double
                    || value instanceof String || value instanceof Boolean || value instanceof ByteString)) {
                throw new IllegalArgumentException("not a Python constant: " + value.getClass().getName());
            }
            Objects.requireNonNull(pos);
        }

        /** True for the literal {@code None}. */
        public boolean isNone() {
            return value == null;
        }
    }

    /** The value of a {@code b"..."} literal; each char holds one byte (0..255) so equality is by content. */
    record ByteString(String latin1) {
        public ByteString {
            for (int i = 0; i < latin1.length(); i++) {
                if (latin1.charAt(i) > 0xff) {
                    throw new IllegalArgumentException("byte out of range at " + i);
                }
            }
        }
    }

    /** An f-string: literal text and replacement fields in source order. */
    record FString(List<FStringPart> parts, SourcePos pos) implements Expr {
        public FString {
            parts = List.copyOf(parts);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code value.attr}; {@code attrPos} locates the attribute name alone, for errors about it. */
    record Attribute(Expr value, String attr, SourcePos pos, SourcePos attrPos) implements Expr {
        public Attribute {
            Objects.requireNonNull(value);
            Objects.requireNonNull(attr);
            Objects.requireNonNull(pos);
            Objects.requireNonNull(attrPos);
        }
    }

    /** {@code value[index]}; several comma-separated indices arrive as one {@link TupleExpr}. */
    record Subscript(Expr value, Expr index, SourcePos pos) implements Expr {
        public Subscript {
            Objects.requireNonNull(value);
            Objects.requireNonNull(index);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code lower:upper:step} inside a subscript; each bound is optional. */
    record Slice(Expr lower, Expr upper, Expr step, SourcePos pos) implements Expr {
        public Slice {
            Objects.requireNonNull(pos);
        }
    }

    /** {@code *value} as a call argument. */
    record Starred(Expr value, SourcePos pos) implements Expr {
        public Starred {
            Objects.requireNonNull(value);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code func(args..., keywords...)}; starred arguments are {@link Starred} in {@code args}. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, SourcePos pos) implements Expr {
        public Call {
            Objects.requireNonNull(func);
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
            Objects.requireNonNull(pos);
        }
    }

    /** A binary arithmetic or bitwise operation. */
    record BinOp(Expr left, Operator op, Expr right, SourcePos pos) implements Expr {
        public BinOp {
            Objects.requireNonNull(left);
            Objects.requireNonNull(op);
            Objects.requireNonNull(right);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code -x}, {@code +x}, {@code ~x} or {@code not x}. */
    record UnaryOp(UnaryOperator op, Expr operand, SourcePos pos) implements Expr {
        public UnaryOp {
            Objects.requireNonNull(op);
            Objects.requireNonNull(operand);
            Objects.requireNonNull(pos);
        }
    }

    /** A possibly chained comparison {@code left op1 c1 op2 c2 ...}. */
    record Compare(Expr left, List<CompareOperator> ops, List<Expr> comparators, SourcePos pos) implements Expr {
        public Compare {
            Objects.requireNonNull(left);
            ops = List.copyOf(ops);
            comparators = List.copyOf(comparators);
            if (ops.isEmpty() || ops.size() != comparators.size()) {
                throw new IllegalArgumentException("a comparison needs one operator per comparator");
            }
            Objects.requireNonNull(pos);
        }
    }

    /** {@code a and b and c} or {@code a or b}: one operator over two or more values. */
    record BoolOp(BoolOperator op, List<Expr> values, SourcePos pos) implements Expr {
        public BoolOp {
            Objects.requireNonNull(op);
            values = List.copyOf(values);
            if (values.size() < 2) {
                throw new IllegalArgumentException("a boolean operation needs two values");
            }
            Objects.requireNonNull(pos);
        }
    }

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, SourcePos pos) implements Expr {
        public IfExp {
            Objects.requireNonNull(test);
            Objects.requireNonNull(body);
            Objects.requireNonNull(orElse);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code [a, b]}. */
    record ListExpr(List<Expr> elements, SourcePos pos) implements Expr {
        public ListExpr {
            elements = List.copyOf(elements);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code (a, b)} or a bare {@code a, b}. */
    record TupleExpr(List<Expr> elements, SourcePos pos) implements Expr {
        public TupleExpr {
            elements = List.copyOf(elements);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code {k: v, **other}}. */
    record DictExpr(List<DictItem> items, SourcePos pos) implements Expr {
        public DictExpr {
            items = List.copyOf(items);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code {a, b}}. */
    record SetExpr(List<Expr> elements, SourcePos pos) implements Expr {
        public SetExpr {
            elements = List.copyOf(elements);
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("{} is a dict, not a set");
            }
            Objects.requireNonNull(pos);
        }
    }

    /** {@code [element for target in iter if cond ...]}. */
    record ListComp(Expr element, List<Comprehension> generators, SourcePos pos) implements Expr {
        public ListComp {
            Objects.requireNonNull(element);
            generators = List.copyOf(generators);
            if (generators.isEmpty()) {
                throw new IllegalArgumentException("a comprehension needs a 'for'");
            }
            Objects.requireNonNull(pos);
        }
    }

    /** {@code {key: value for target in iter if cond ...}}. */
    record DictComp(Expr key, Expr value, List<Comprehension> generators, SourcePos pos) implements Expr {
        public DictComp {
            Objects.requireNonNull(key);
            Objects.requireNonNull(value);
            generators = List.copyOf(generators);
            if (generators.isEmpty()) {
                throw new IllegalArgumentException("a comprehension needs a 'for'");
            }
            Objects.requireNonNull(pos);
        }
    }

    /** {@code lambda params: body}. */
    record Lambda(Parameters params, Expr body, SourcePos pos) implements Expr {
        public Lambda {
            Objects.requireNonNull(params);
            Objects.requireNonNull(body);
            Objects.requireNonNull(pos);
        }
    }
}
