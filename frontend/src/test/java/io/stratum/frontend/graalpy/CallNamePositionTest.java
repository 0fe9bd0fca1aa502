package io.stratum.frontend.graalpy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The called name of a call span, where the subset binder locates calls. */
class CallNamePositionTest {

    @Test
    void findsTheNameBeforeTheCallsOwnParenthesis() {
        String line = "data = skrub.var('data', pd.read_csv('a(b).csv'))";
        CallNamePosition at = new CallNamePosition("x = 1\n" + line + "\n");
        // pd.read_csv('a(b).csv') spans columns 26..48 (0-based end 49): the name is read_csv at column 29.
        assertArrayEquals(new int[] {2, 29}, at.locate(2, 26, 2, 49));
        // skrub.var(...): var at column 14.
        assertArrayEquals(new int[] {2, 14}, at.locate(2, 8, 2, line.length()));
    }

    @Test
    void aChainIsLocatedAtItsLastCallAndAMultiLineCallAtItsName() {
        CallNamePosition chain = new CallNamePosition("X = data.skb.apply(A()).skb.mark_as_X()\n");
        assertArrayEquals(new int[] {1, 29}, chain.locate(1, 5, 1, 39));
        CallNamePosition multi = new CallNamePosition("s = (pred.skb\n    .make_grid_search(\n        cv=3))\n");
        assertArrayEquals(new int[] {2, 6}, multi.locate(1, 6, 3, 13));
    }

    @Test
    void anAttributeIsLocatedAtItsName() {
        CallNamePosition at = new CallNamePosition("z = data.skb.aply(Ridge())\n");
        assertArrayEquals(new int[] {1, 14}, at.locate(1, 5, 1, 17));
    }

    @Test
    void whatIsNotACallKeepsItsStart() {
        CallNamePosition at = new CallNamePosition("y = data['x']\nz = (f)(1)\n");
        assertArrayEquals(new int[] {1, 5}, at.locate(1, 5, 1, 13));
        assertArrayEquals(new int[] {2, 5}, at.locate(2, 5, 2, 10));
    }

    /**
     * A binary operation ending in a call ({@code round(m) + round(m)}) or an attribute is located at its first
     * character, as Python's traceback and the subset binder locate it, not at the call's name.
     */
    @Test
    void anOperationEndingInACallKeepsItsStart() {
        CallNamePosition at = new CallNamePosition("print(round(m) + round(m))\nz = a - b.c\nw = not f.g()\n");
        assertArrayEquals(new int[] {1, 7}, at.locate(1, 7, 1, 25));
        assertArrayEquals(new int[] {2, 5}, at.locate(2, 5, 2, 11));
        assertArrayEquals(new int[] {3, 5}, at.locate(3, 5, 3, 13));
    }
}
