package io.stratum.frontend.syntax;

import static io.stratum.frontend.syntax.ParseAssertions.dump;
import static io.stratum.frontend.syntax.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatementTest {

    @Test
    void imports() {
        assertEquals("""
                import a.b
                import a.b as c, d
                from a.b import X, Y as Z
                from a import X, Y
                """, dump("""
                import a.b
                import a.b as c, d
                from a.b import X, Y as Z
                from a import (
                    X,
                    Y,
                )
                """));
        Stmt.Import imp = assertInstanceOf(Stmt.Import.class, parse("import a.b as c, d.e\n").body().getFirst());
        assertEquals(List.of("c", "d"), imp.names().stream().map(Alias::boundName).toList());
    }

    @Test
    void assignments() {
        assertEquals("""
                x = 1
                a = b = 1
                a, b = (b, a)
                (a, b), c = t
                df['x'] = (df['x'] * 2)
                model.alpha = 0.5
                [a, b] = pair
                """, dump("""
                x = 1
                a = b = 1
                a, b = b, a
                (a, b), c = t
                df["x"] = df["x"] * 2
                model.alpha = 0.5
                [a, b] = pair
                """));
    }

    @Test
    void augmentedAssignments() {
        assertEquals("""
                x += 1
                x -= 1
                x *= 2
                x /= 2
                x //= 2
                x %= 2
                x **= 2
                x @= m
                x &= 1
                x |= 1
                x ^= 1
                x <<= 1
                x >>= 1
                df['a'] += 1
                """, dump("""
                x += 1
                x -= 1
                x *= 2
                x /= 2
                x //= 2
                x %= 2
                x **= 2
                x @= m
                x &= 1
                x |= 1
                x ^= 1
                x <<= 1
                x >>= 1
                df["a"] += 1
                """));
    }

    @Test
    void functionDefinitionsWithEveryParameterKind() {
        assertEquals("""
                def f(a, b=1, *args, c=2, **kw):
                    return (a + b)
                def g():
                    pass
                def h(a, *, key=None):
                    return
                def one_liner(x):
                    return x
                """, dump("""
                def f(a, b=1, *args, c=2, **kw):
                    return a + b


                def g():
                    pass
                def h(a, *, key=None,):
                    return
                def one_liner(x): return x
                """));
        Stmt.FunctionDef f = assertInstanceOf(Stmt.FunctionDef.class, parse("def f(a, b=1, *args, c=2, **kw):\n    pass\n").body().getFirst());
        assertEquals(List.of("a", "b"), f.params().positional().stream().map(Parameter::name).toList());
        assertNull(f.params().positional().get(0).defaultValue());
        assertEquals("args", f.params().varArgs().name());
        assertEquals("c", f.params().keywordOnly().getFirst().name());
        assertEquals("kw", f.params().varKeywords().name());
    }

    @Test
    void docstrings() {
        Module module = parse("""
                \"""Module docs.\"""
                def f():
                    '''Function docs.

                    More.'''
                    return 1
                """);
        assertEquals("Module docs.", module.docstring());
        Stmt.FunctionDef f = assertInstanceOf(Stmt.FunctionDef.class, module.body().get(1));
        assertEquals("Function docs.\n\n    More.", f.docstring());
        assertNull(parse("x = 1\n").docstring());
    }

    @Test
    void ifElifElse() {
        assertEquals("""
                if (__name__ == '__main__'):
                    main()
                if a:
                    x = 1
                else:
                    if b:
                        x = 2
                    else:
                        if c:
                            pass
                        else:
                            x = 3
                """, dump("""
                if __name__ == "__main__":
                    main()
                if a:
                    x = 1
                elif b:
                    x = 2
                elif c: pass
                else:
                    x = 3
                """));
    }

    @Test
    void forLoopsWithTupleTargets() {
        assertEquals("""
                for x in xs:
                    print(x)
                for i, (a, b) in enumerate(pairs):
                    total += (a * b)
                for k, in items:
                    pass
                """, dump("""
                for x in xs:
                    print(x)
                for i, (a, b) in enumerate(pairs):
                    total += a * b
                for k, in items:
                    pass
                """));
    }

    @Test
    void nestedBlocksDedentSeveralLevelsAtOnce() {
        assertEquals("""
                def f():
                    for x in xs:
                        if x:
                            y = x
                    return y
                z = 1
                """, dump("""
                def f():
                    for x in xs:
                        if x:
                            y = x
                    return y
                z = 1"""));
    }

    @Test
    void blankLinesCommentsContinuationsAndSemicolons() {
        assertEquals("""
                x = (1 + 2)
                y = [1, 2, 3]
                z = 3
                a = 1
                b = 2
                def f():
                    return 1
                """, dump("""
                # leading comment

                x = 1 + \\
                    2   # trailing comment
                y = [1,
                  2,   # inside brackets indentation does not matter
                        3]
                   # a comment at another indentation
                z = 3
                a = 1; b = 2;
                def f():

                    # comment in a block

                    return 1
                """));
    }

    @Test
    void tabsAndWindowsLineEndings() {
        assertEquals("def f():\n    if x:\n        return 1\n    return 2\n",
                dump("def f():\r\n\tif x:\r\n\t\treturn 1\r\n\treturn 2\r\n"));
    }

    @Test
    void emptyScript() {
        assertEquals("", dump(""));
        assertEquals("", dump("\n\n# only a comment\n"));
    }
}
