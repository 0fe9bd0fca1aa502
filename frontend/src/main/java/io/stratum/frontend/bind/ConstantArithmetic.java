package io.stratum.frontend.bind;

import io.stratum.frontend.api.PandasScalars;
import io.stratum.frontend.syntax.CompareOperator;
import io.stratum.frontend.syntax.Operator;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.frontend.syntax.UnaryOperator;
import io.stratum.ir.value.Const;

/** Python arithmetic and comparisons on constants, done while binding (for example {@code 2 ** 10}). */
final class ConstantArithmetic {
    private ConstantArithmetic() {
    }

    static Const binary(Operator op, Const left, Const right, ScriptBinder b, SourcePos pos) {
        if (PandasScalars.temporal(left) || PandasScalars.temporal(right)) {
            return switch (op) {
                case ADD, SUB, MUL, DIV, FLOOR_DIV, MOD -> b.api(pos, () -> PandasScalars.arithmetic(op.symbol(), left, right));
                default -> throw unsupported(op, left, right, b, pos);
            };
        }
        if (left instanceof Const.StrConst l && right instanceof Const.StrConst r && op == Operator.ADD) {
            return Const.of(l.value() + r.value());
        }
        if (left instanceof Const.StrConst l && right instanceof Const.IntConst r && op == Operator.MUL) {
            return Const.of(l.value().repeat((int) Math.max(0, r.value())));
        }
        Long li = integer(left);
        Long ri = integer(right);
        Double lf = number(left);
        Double rf = number(right);
        if (lf != null && rf != null && switch (op) {
            case ADD, SUB, MUL, DIV, POW -> true;
            default -> false;
        }) {
            try {
                return PythonArithmetic.apply(op.symbol(), li != null ? Const.of(li) : Const.of(lf),
                        ri != null ? Const.of(ri) : Const.of(rf));
            } catch (PythonArithmetic.Refused e) {
                throw b.error(pos, e.getMessage(), e.hint());
            }
        }
        if (li != null && ri != null) {
            long x = li;
            long y = ri;
            return switch (op) {
                case FLOOR_DIV -> Const.of(Math.floorDiv(x, nonZero(y, b, pos)));
                case MOD -> Const.of(Math.floorMod(x, nonZero(y, b, pos)));
                case BIT_AND -> Const.of(x & y);
                case BIT_OR -> Const.of(x | y);
                case BIT_XOR -> Const.of(x ^ y);
                case LEFT_SHIFT -> Const.of(x << y);
                case RIGHT_SHIFT -> Const.of(x >> y);
                case MAT_MUL -> throw unsupported(op, left, right, b, pos);
                default -> throw new IllegalStateException(op + " is Python's arithmetic"); // PythonArithmetic
            };
        }
        if (lf != null && rf != null) {
            double x = lf;
            double y = rf;
            return switch (op) {
                case FLOOR_DIV -> Const.of(Math.floor(divide(x, y, b, pos)));
                case MOD -> {
                    if (y == 0) {
                        throw b.error(pos, "float modulo by zero", null);
                    }
                    double m = x % y;
                    yield Const.of(m != 0 && (m < 0) != (y < 0) ? m + y : m);
                }
                default -> throw unsupported(op, left, right, b, pos);
            };
        }
        throw unsupported(op, left, right, b, pos);
    }

    static Const unary(UnaryOperator op, Const value, ScriptBinder b, SourcePos pos) {
        return switch (op) {
            case NOT -> Const.of(!b.truth(new PyValue.Constant(value), null));
            case NEG -> value instanceof Const.TimedeltaConst ? b.api(pos, () -> PandasScalars.negate(value))
                    : value instanceof Const.IntConst i ? Const.of(-i.value())
                    : value instanceof Const.FloatConst f ? Const.of(-f.value()) : badUnary(op, value, b, pos);
            case POS -> value instanceof Const.IntConst || value instanceof Const.FloatConst ? value : badUnary(op, value, b, pos);
            case INVERT -> value instanceof Const.IntConst i ? Const.of(~i.value()) : badUnary(op, value, b, pos);
        };
    }

    static boolean compare(CompareOperator op, Const left, Const right, ScriptBinder b, SourcePos pos) {
        if ((PandasScalars.temporal(left) || PandasScalars.temporal(right)) && op != CompareOperator.IN
                && op != CompareOperator.NOT_IN && op != CompareOperator.IS && op != CompareOperator.IS_NOT) {
            String symbol = op == CompareOperator.NOT_EQ ? "!=" : op.symbol();
            return ((Const.BoolConst) b.api(pos, () -> PandasScalars.compare(symbol, left, right))).value();
        }
        switch (op) {
            case EQ, IS -> {
                return equal(left, right);
            }
            case NOT_EQ, IS_NOT -> {
                return !equal(left, right);
            }
            case IN, NOT_IN -> {
                boolean found;
                if (right instanceof Const.ListConst l) {
                    found = false;
                    for (Const c : l.items()) {
                        found |= equal(c, left);
                    }
                } else if (right instanceof Const.StrConst s && left instanceof Const.StrConst sub) {
                    found = s.value().contains(sub.value());
                } else {
                    throw b.error(pos, "'in' needs a list or a str on the right", null);
                }
                return op == CompareOperator.IN ? found : !found;
            }
            default -> {
                int c;
                if (left instanceof Const.StrConst l && right instanceof Const.StrConst r) {
                    c = l.value().compareTo(r.value());
                } else if (number(left) != null && number(right) != null) {
                    c = Double.compare(number(left), number(right));
                } else {
                    throw b.error(pos, "'" + op.symbol() + "' is not supported between " + left.typeName() + " and " + right.typeName(), null);
                }
                return switch (op) {
                    case LT -> c < 0;
                    case LT_E -> c <= 0;
                    case GT -> c > 0;
                    default -> c >= 0;
                };
            }
        }
    }

    private static boolean equal(Const a, Const b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    private static Long integer(Const c) {
        return switch (c) {
            case Const.IntConst i -> i.value();
            case Const.BoolConst b -> b.value() ? 1L : 0L;
            default -> null;
        };
    }

    private static Double number(Const c) {
        return switch (c) {
            case Const.IntConst i -> (double) i.value();
            case Const.FloatConst f -> f.value();
            case Const.BoolConst b -> b.value() ? 1.0 : 0.0;
            default -> null;
        };
    }

    private static long nonZero(long y, ScriptBinder b, SourcePos pos) {
        if (y == 0) {
            throw b.error(pos, "integer division or modulo by zero", null);
        }
        return y;
    }

    private static double divide(double x, double y, ScriptBinder b, SourcePos pos) {
        if (y == 0) {
            throw b.error(pos, "division by zero", null);
        }
        return x / y;
    }

    private static RuntimeException unsupported(Operator op, Const l, Const r, ScriptBinder b, SourcePos pos) {
        return b.error(pos, "unsupported operand types for " + op.symbol() + ": " + l.typeName() + " and " + r.typeName(), null);
    }

    private static Const badUnary(UnaryOperator op, Const v, ScriptBinder b, SourcePos pos) {
        throw b.error(pos, "bad operand type for unary " + op.symbol() + ": " + v.typeName(), null);
    }
}
