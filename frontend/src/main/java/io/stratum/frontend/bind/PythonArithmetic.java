package io.stratum.frontend.bind;

import io.stratum.ir.value.Const;

/**
 * Python's {@code +}, {@code -}, {@code *}, {@code /} and {@code **} of two numbers, ints as 64 bits: two ints give an
 * int except under {@code /} and a negative power, a float gives a float; Python's ZeroDivisionError texts, and a
 * refusal where Python's answer is beyond Stratum's numbers (an int past 64 bits, the complex power of a negative
 * number). One place for the numbers written in the script ({@link ConstantArithmetic}) and those known once the plan
 * has run ({@link DeferredArithmetic#applyPython}).
 */
final class PythonArithmetic {
    private PythonArithmetic() {
    }

    /** Python's error, or Stratum's refusal, with what to do instead (null: nothing to suggest). */
    static final class Refused extends RuntimeException {
        private final String hint;

        Refused(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        String hint() {
            return hint;
        }
    }

    /**
     * {@code left operator right}, each an int or a float.
     *
     * @throws Refused Python's ZeroDivisionError, or an answer Stratum does not compute
     */
    static Const apply(String operator, Const left, Const right) {
        if (left instanceof Const.IntConst l && right instanceof Const.IntConst r
                && !operator.equals("/") && !(operator.equals("**") && r.value() < 0)) {
            return ints(operator, l.value(), r.value());
        }
        double x = number(left);
        double y = number(right);
        if (operator.equals("/") && y == 0) {
            boolean ints = left instanceof Const.IntConst && right instanceof Const.IntConst;
            throw new Refused("ZeroDivisionError: " + (ints ? "" : "float ") + "division by zero", null);
        }
        if (operator.equals("**") && x == 0 && y < 0) {
            throw new Refused("ZeroDivisionError: 0.0 cannot be raised to a negative power", null);
        }
        if (operator.equals("**") && x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
            throw new Refused("Python's ** of a negative number to a fractional power is a complex number, which"
                    + " Stratum does not compute", null);
        }
        return Const.of(switch (operator) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            case "**" -> Math.pow(x, y);
            default -> throw new IllegalArgumentException("not one of + - * / **: " + operator);
        });
    }

    private static Const ints(String operator, long x, long y) {
        try {
            return Const.of(switch (operator) {
                case "+" -> Math.addExact(x, y);
                case "-" -> Math.subtractExact(x, y);
                case "*" -> Math.multiplyExact(x, y);
                case "**" -> power(x, y);
                default -> throw new IllegalArgumentException("not one of + - * **: " + operator);
            });
        } catch (ArithmeticException e) {
            throw new Refused("Python's int result of " + x + " " + operator + " " + y + " is beyond the 64 bits"
                    + " Stratum computes with", "compute it with a float: " + operator + " " + y + ".0");
        }
    }

    /**
     * {@code x ** y} for {@code y >= 0} by squaring; overflows as soon as a square does, since a square taken is
     * always multiplied into the result (1, 0 and -1 to a huge power cost a few steps, not {@code y}).
     */
    private static long power(long x, long y) {
        long result = 1;
        long base = x;
        for (long e = y; e > 0; ) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>>= 1;
            if (e > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    private static double number(Const c) {
        return switch (c) {
            case Const.IntConst i -> i.value();
            case Const.FloatConst f -> f.value();
            default -> throw new IllegalArgumentException("not a number: " + c);
        };
    }
}
