package io.stratum.frontend.syntax;

import static io.stratum.frontend.syntax.ParseAssertions.expr;
import static io.stratum.frontend.syntax.ParseAssertions.exprDump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

    private static Object constant(String source) {
        return assertInstanceOf(Expr.Constant.class, expr(source)).value();
    }

    @Test
    void numbers() {
        assertEquals(42L, constant("42"));
        assertEquals(1_000_000L, constant("1_000_000"));
        assertEquals(255L, constant("0xff"));
        assertEquals(8L, constant("0o10"));
        assertEquals(5L, constant("0b101"));
        assertEquals(0L, constant("0"));
        assertEquals(new BigInteger("123456789012345678901234567890"), constant("123456789012345678901234567890"));
        assertEquals(Long.MAX_VALUE, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(1e-3, constant("1e-3"));
        assertEquals(0.5, constant(".5"));
        assertEquals(2.0, constant("2."));
        assertEquals(1000.5, constant("1_000.5"));
        assertEquals(1.5e10, constant("1.5E+10"));
    }

    @Test
    void booleansAndNone() {
        assertEquals(Boolean.TRUE, constant("True"));
        assertEquals(Boolean.FALSE, constant("False"));
        Expr.Constant none = assertInstanceOf(Expr.Constant.class, expr("None"));
        assertNull(none.value());
        assertEquals(true, none.isNone());
    }

    @Test
    void strings() {
        assertEquals("it's", constant("'it\\'s'"));
        assertEquals("say \"hi\"", constant("\"say \\\"hi\\\"\""));
        assertEquals("a\tb\nc\\d", constant("'a\\tb\\nc\\\\d'"));
        assertEquals("\u00e9A\u0001", constant("'\\u00e9\\x41\\1'"));
        assertEquals("\\d+\\n", constant("r'\\d+\\n'"));
        assertEquals("\\q", constant("'\\q'"));
        assertEquals("ab", constant("'a' \"b\""));
        assertEquals("line1\nline2 \"quoted\"", constant("\"\"\"line1\nline2 \"quoted\\\"\"\"\""));
        assertEquals("joined", constant("'join\\\ned'"));
        assertEquals("", constant("''"));
        assertEquals(new Expr.ByteString("ab\n"), constant("b'ab\\n'"));
        assertEquals(new Expr.ByteString("\\x"), constant("rb'\\x'"));
    }

    @Test
    void fStrings() {
        assertEquals("f'p{i}'", exprDump("f\"p{i}\""));
        assertEquals("f'{x!r:>{width}} and {{literal}} {(a + b):.2f}'",
                exprDump("f'{x!r:>{width}} and {{literal}} {a + b:.2f}'"));
        assertEquals("f\"{d['k']} is {(n != 0)}\"", exprDump("f\"{d['k']} is {n != 0}\""));
        assertEquals("f'a\\n{x}b{y}'", exprDump("'a\\n' f'{x}' 'b' F'{y}'"));
        assertEquals("f'\\\\d{x}'", exprDump("rf'\\d{x}'"));
        Expr.FString f = assertInstanceOf(Expr.FString.class, expr("f'a{b}c'"));
        assertEquals(List.of("Text", "Field", "Text"),
                f.parts().stream().map(p -> p.getClass().getSimpleName()).toList());
    }

    @Test
    void attributesSubscriptsAndSlices() {
        assertEquals("data.skb.mark_as_y()", exprDump("data.skb.mark_as_y()"));
        assertEquals("a[1:2]", exprDump("a[1:2]"));
        assertEquals("a[:, 0]", exprDump("a[:, 0]"));
        assertEquals("a[['x', 'y']]", exprDump("a[[\"x\",\"y\"]]"));
        assertEquals("a[::2]", exprDump("a[::2]"));
        assertEquals("a[1:]", exprDump("a[1:]"));
        assertEquals("a[:(-1)]", exprDump("a[:-1]"));
        assertEquals("a[1, 2]", exprDump("a[1, 2]"));
        assertEquals("a[1,]", exprDump("a[1,]"));
        Expr.Subscript s = assertInstanceOf(Expr.Subscript.class, expr("a[::3]"));
        Expr.Slice slice = assertInstanceOf(Expr.Slice.class, s.index());
        assertNull(slice.lower());
        assertNull(slice.upper());
        assertEquals(3L, assertInstanceOf(Expr.Constant.class, slice.step()).value());
    }

    @Test
    void callsWithEveryArgumentKind() {
        assertEquals("f(a, *args, b=1, **kw)", exprDump("f(a, *args, b=1, **kw)"));
        assertEquals("f()", exprDump("f()"));
        assertEquals("f(1, 2)", exprDump("f(1, 2,)"));
        assertEquals("make(cv=5, **{'n_jobs': 1})", exprDump("make(cv=5, **{\"n_jobs\": 1})"));
        Expr.Call call = assertInstanceOf(Expr.Call.class, expr("f(a, *rest, k=1, **opts)"));
        assertInstanceOf(Expr.Starred.class, call.args().get(1));
        assertEquals("k", call.keywords().get(0).name());
        assertEquals(true, call.keywords().get(1).isUnpacking());
    }

    @Test
    void collectionLiterals() {
        assertEquals("[]", exprDump("[]"));
        assertEquals("[1, 2]", exprDump("[1, 2,]"));
        assertEquals("()", exprDump("()"));
        assertEquals("(1,)", exprDump("(1,)"));
        assertEquals("(1, 2)", exprDump("1, 2"));
        assertEquals("1", exprDump("(1)"));
        assertEquals("{}", exprDump("{}"));
        assertEquals("{'a': 1, **rest}", exprDump("{'a': 1, **rest,}"));
        assertEquals("{1, 2}", exprDump("{1, 2}"));
        assertEquals("{1}", exprDump("{1,}"));
    }

    @Test
    void comprehensions() {
        assertEquals("[(x * 2) for x in xs if (x > 0) if x]", exprDump("[x * 2 for x in xs if x > 0 if x]"));
        assertEquals("[(a, b) for a in xs for b in ys]", exprDump("[(a, b) for a in xs for b in ys]"));
        assertEquals("{f'p{i}': m for i, m in enumerate(models)}", exprDump("{f'p{i}': m for i, m in enumerate(models)}"));
    }

    @Test
    void lambdas() {
        assertEquals("(lambda: 0)", exprDump("lambda: 0"));
        assertEquals("(lambda x, y=1: (x + y))", exprDump("lambda x, y=1: x + y"));
        assertEquals("f(key=(lambda c: c.lower()))", exprDump("f(key=lambda c: c.lower())"));
        assertEquals("(lambda x: (a if x else b))", exprDump("lambda x: a if x else b"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "-2**2 => (-(2 ** 2))",
            "2**-1 => (2 ** (-1))",
            "2**3**2 => (2 ** (3 ** 2))",
            "-x.y => (-x.y)",
            "a - b - c => ((a - b) - c)",
            "a + b * c => (a + (b * c))",
            "a * b // c % d @ e => ((((a * b) // c) % d) @ e)",
            "a / b * c => ((a / b) * c)",
            "(a + b) * c => ((a + b) * c)",
            "a | b ^ c & d => (a | (b ^ (c & d)))",
            "a & b << 1 + 2 => (a & (b << (1 + 2)))",
            "~a + b => ((~a) + b)",
            "a < b < c => (a < b < c)",
            "a == b != c => (a == b != c)",
            "x in xs => (x in xs)",
            "x not in xs => (x not in xs)",
            "x is None => (x is None)",
            "x is not None => (x is not None)",
            "a + 1 < b | c => ((a + 1) < (b | c))",
            "not a == b => (not (a == b))",
            "not not a => (not (not a))",
            "a and b or c and d => ((a and b) or (c and d))",
            "a or b or c => (a or b or c)",
            "not a and b => ((not a) and b)",
            "a if b else c if d else e => (a if b else (c if d else e))",
            "a or b if c else d => ((a or b) if c else d)",
            "-a ** -b => (-(a ** (-b)))",
            "+a - -b => ((+a) - (-b))",
            "f(x)[0].y ** 2 => (f(x)[0].y ** 2)",
    })
    void precedenceFollowsPython(String source, String expected) {
        assertEquals(expected, exprDump(source));
    }
}
