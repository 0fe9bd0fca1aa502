package io.stratum.frontend.syntax;

import static io.stratum.frontend.syntax.ParseAssertions.renderedError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SyntaxErrorTest {

    private static final String OUTSIDE = "hint: run the script with `--frontend graalpy`, which executes full Python\n";

    @Test
    void renderShowsHeaderLineCaretAndHint() {
        ScriptError error = new ScriptError("script.py", 2, 5, "something is wrong", "fix it");
        assertEquals("""
                script.py:2:5: error: something is wrong
                \tx = y
                \t   ^
                hint: fix it
                """, error.render("first\n\tx = y\nlast\n"));
        assertEquals("script.py:2:5: error: something is wrong", error.getMessage());
        assertEquals("something is wrong", error.problem());
        assertEquals(0, error.getStackTrace().length, "script errors carry no Java stack trace");
    }

    @Test
    void renderWithoutHint() {
        ScriptError error = new ScriptError("s.py", 1, 3, "bad", null);
        assertNull(error.hint());
        assertEquals("s.py:1:3: error: bad\nabc\n  ^\n", error.render("abc"));
    }

    @Test
    void unexpectedClosingBracket() {
        assertEquals("""
                script.py:1:12: error: unexpected ')'
                x = f(a, b))
                           ^
                hint: it has no matching opening bracket
                """, renderedError("x = f(a, b))\n"));
    }

    @Test
    void unclosedBracketPointsAtTheOpener() {
        assertEquals("""
                script.py:3:27: error: unclosed '[' opened at 3:27
                    X = data.drop(columns=[
                                          ^
                hint: the parser reached 'y' at 4:5 while this '[' is still open; add the matching ']'
                """, renderedError("""
                import skrub
                def main():
                    X = data.drop(columns=[
                    y = 1
                """));
        assertEquals("""
                script.py:1:6: error: unclosed '(' opened at 1:6
                x = f(a,
                     ^
                hint: the script ends while this '(' is still open; add the matching ')'
                """, renderedError("x = f(a,\n      b\n"));
    }

    @Test
    void mismatchedBrackets() {
        assertEquals("""
                script.py:1:10: error: closing ']' does not match '(' opened at 1:6
                x = f(a, ]
                         ^
                hint: close the '(' with ')' first
                """, renderedError("x = f(a, ]\n"));
    }

    @Test
    void missingExpressionAfterAssign() {
        assertEquals("""
                script.py:1:4: error: expected an expression after '='
                x =   # nothing here
                   ^
                """, renderedError("x =   # nothing here\ny = 2\n"));
        assertEquals("""
                script.py:1:8: error: expected an expression after '+'
                y = 1 +
                       ^
                """, renderedError("y = 1 +"));
        assertEquals("""
                script.py:1:10: error: expected an expression after '='
                f(a, key=)
                         ^
                """, renderedError("f(a, key=)\n"));
    }

    @Test
    void unexpectedIndent() {
        assertEquals("""
                script.py:2:5: error: unexpected indent
                    y = 2
                    ^
                hint: only the body of a def, if, elif, else or for is indented deeper than the line before it
                """, renderedError("x = 1\n    y = 2\n"));
        assertEquals("""
                script.py:1:3: error: unexpected indent
                  x = 1
                  ^
                hint: only the body of a def, if, elif, else or for is indented deeper than the line before it
                """, renderedError("  x = 1\n"));
    }

    @Test
    void unindentMustMatchAnOuterLevel() {
        assertEquals("""
                script.py:4:3: error: unindent does not match any outer indentation level
                  return y
                  ^
                hint: indent this line exactly as far as the block it belongs to
                """, renderedError("def f():\n    if x:\n        y = 1\n  return y\n"));
    }

    @Test
    void missingIndentedBlock() {
        assertEquals("""
                script.py:2:1: error: expected an indented block after 'def' on line 1
                return 1
                ^
                hint: indent the body of the block
                """, renderedError("def f():\nreturn 1\n"));
        assertEquals("""
                script.py:1:27: error: expected an indented block after 'if' on line 1
                if __name__ == "__main__":
                                          ^
                hint: indent the body of the block
                """, renderedError("if __name__ == \"__main__\":\n"));
    }

    @Test
    void missingColon() {
        assertEquals("""
                script.py:1:9: error: expected ':', found end of line
                def f(x)
                        ^
                """, renderedError("def f(x)\n    return x\n"));
        assertEquals("""
                script.py:1:7: error: expected 'in', found '='
                for x = 1:
                      ^
                """, renderedError("for x = 1:\n    pass\n"));
    }

    @Test
    void missingCommaGetsAHint() {
        assertEquals("""
                script.py:1:11: error: unexpected 'b'
                x = f(a=1 b=2)
                          ^
                hint: is a comma or an operator missing before it?
                """, renderedError("x = f(a=1 b=2)\n"));
    }

    @Test
    void importNeedsAName() {
        assertEquals("""
                script.py:1:7: error: expected a name after 'import'
                import
                      ^
                """, renderedError("import\n"));
    }

    @Test
    void unterminatedStringAndStrayCharacters() {
        assertEquals("""
                script.py:1:5: error: unterminated string literal
                x = "abc
                    ^
                hint: close the string with its opening quote on the same line, or use triple quotes
                """, renderedError("x = \"abc\ny = 1\n"));
        assertEquals("""
                script.py:1:7: error: unexpected character '$'
                x = 1 $ 2
                      ^
                """, renderedError("x = 1 $ 2\n"));
    }

    @Test
    void constructsOutsideTheSubsetSuggestGraalPy() {
        assertEquals("""
                script.py:1:1: error: class definitions are outside the Python subset Stratum parses
                class Model:
                ^
                """ + OUTSIDE, renderedError("class Model:\n    pass\n"));
        assertEquals("""
                script.py:2:5: error: 'while' loops are outside the Python subset Stratum parses
                    while True:
                    ^
                """ + OUTSIDE, renderedError("def f():\n    while True:\n        pass\n"));
        // Decorators parse (skrub.deferred is one); only a decorated class is outside the subset.
        assertEquals("""
                script.py:2:1: error: class definitions are outside the Python subset Stratum parses
                class Model:
                ^
                """ + OUTSIDE, renderedError("@dataclass\nclass Model:\n    pass\n"));
        assertEquals("""
                script.py:1:7: error: assignment expressions (':=') are outside the Python subset Stratum parses
                if (n := len(a)) > 10:
                      ^
                """ + OUTSIDE, renderedError("if (n := len(a)) > 10:\n    pass\n"));
        assertEquals("""
                script.py:1:7: error: generator expressions are outside the Python subset Stratum parses
                x = f(c for c in cols)
                      ^
                hint: use a list comprehension [...] instead, or run the script with `--frontend graalpy`, which executes full Python
                """, renderedError("x = f(c for c in cols)\n"));
        assertEquals("""
                script.py:1:2: error: type annotations are outside the Python subset Stratum parses
                x: int = 1
                 ^
                """ + OUTSIDE, renderedError("x: int = 1\n"));
        assertEquals("""
                script.py:1:1: error: unpacking with '*' outside call arguments is outside the Python subset Stratum parses
                *a, b = xs
                ^
                """ + OUTSIDE, renderedError("*a, b = xs\n"));
        for (String source : new String[] {"try:\n    pass\nexcept E:\n    pass\n", "with open(p) as f:\n    pass\n",
                "async def f():\n    pass\n", "def g():\n    yield 1\n", "global x\n", "del x\n", "assert x\n",
                "raise E\n", "for x in y:\n    break\n", "x = {c for c in y}\n", "x = 1j\n", "x = ...\n",
                "def f() -> int:\n    pass\n"}) {
            String rendered = renderedError(source);
            assertEquals(true, rendered.contains("outside the Python subset Stratum parses"), rendered);
            assertEquals(true, rendered.endsWith(OUTSIDE), rendered);
        }
    }

    @Test
    void moreConstructsNamedPrecisely() {
        assertEquals("""
                script.py:1:15: error: star imports ('from m import *') are outside the Python subset Stratum parses
                from a import *
                              ^
                hint: import the names you use explicitly, or run the script with `--frontend graalpy`, which executes full Python
                """, renderedError("from a import *\n"));
        assertEquals("""
                script.py:1:6: error: relative imports are outside the Python subset Stratum parses
                from . import x
                     ^
                """ + OUTSIDE, renderedError("from . import x\n"));
        assertEquals("""
                script.py:1:8: error: type annotations are outside the Python subset Stratum parses
                def f(x: int):
                       ^
                """ + OUTSIDE, renderedError("def f(x: int):\n    pass\n"));
        assertEquals("""
                script.py:3:1: error: 'else' does not continue an 'if' at this indentation
                else:
                ^
                hint: align it with its 'if'; note that 'else' after 'for' is outside the Python subset Stratum parses
                """, renderedError("for x in y:\n    pass\nelse:\n    pass\n"));
        assertEquals("""
                script.py:2:5: error: unterminated triple-quoted string literal
                x = \"""abc
                    ^
                hint: close the string with the same three quotes
                """, renderedError("y = 1\nx = \"\"\"abc\nmore\n"));
        assertEquals("""
                script.py:1:13: error: unexpected string 'b'
                x = {'a': 1 'b': 2}
                            ^
                hint: is a comma or an operator missing before it?
                """, renderedError("x = {'a': 1 'b': 2}\n"));
    }

    @Test
    void invalidTargetsAndParameters() {
        assertEquals("""
                script.py:1:1: error: cannot assign to a function call
                f(x) = 1
                ^
                hint: assign to a name, an attribute, a subscript or a tuple of them
                """, renderedError("f(x) = 1\n"));
        assertEquals("""
                script.py:1:12: error: parameter without a default follows a parameter with a default
                def f(a=1, b):
                           ^
                hint: give 'b' a default or move it before the defaulted parameters
                """, renderedError("def f(a=1, b):\n    pass\n"));
        assertEquals("""
                script.py:1:12: error: positional argument follows keyword argument
                f(alpha=1, x)
                           ^
                hint: put positional arguments before keyword arguments
                """, renderedError("f(alpha=1, x)\n"));
    }

    @Test
    void fStringErrorsPointIntoTheString() {
        assertEquals("""
                script.py:1:12: error: expected an expression after '+'
                x = f"a{b + }"
                           ^
                """, renderedError("x = f\"a{b + }\"\n"));
        assertEquals("""
                script.py:1:8: error: f-string: expecting '}'
                x = f"a{b"
                       ^
                hint: close the replacement field, or write '{{' for a literal brace
                """, renderedError("x = f\"a{b\"\n"));
    }

    @Test
    void errorsNeverLeakAntlrWording() {
        for (String source : new String[] {"x = (1 +\n", "f(,)\n", "x = = 1\n", "import a.\n", "from import x\n",
                "def (x):\n    pass\n", "x = [1 2]\n", "lambda\n", "if x:\n    pass\nelse\n"}) {
            ScriptError error = assertThrows(ScriptError.class, () -> ParseAssertions.parse(source), source);
            assertFalse(error.problem().contains("expecting"), error.problem());
            assertFalse(error.problem().contains("mismatched"), error.problem());
            assertFalse(error.problem().contains("<EOF>"), error.problem());
        }
    }
}
