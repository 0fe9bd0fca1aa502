package io.stratum.ir.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.ir.value.ColumnSelector.ColumnKind;
import io.stratum.ir.value.ColumnSelector.Combined;
import io.stratum.ir.value.ColumnSelector.Operator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * skrub's selectors resolved against a frame's names and kinds: a lone {@code cols(...)} keeps its order and
 * requires its names; every other selector keeps the frame's order; {@code glob} is Python's {@code fnmatchcase}
 * (held to the fixture {@code ir/reference/make_glob_reference.py} wrote); the constant encoding round-trips.
 */
class ColumnSelectorTest {
    private static final List<String> NAMES = List.of("height_mm", "kind", "ID", "width_mm", "flag");
    private static final List<ColumnKind> KINDS = List.of(ColumnKind.FLOAT, ColumnKind.STRING, ColumnKind.INTEGER,
            ColumnKind.FLOAT, ColumnKind.BOOL);

    private static final ColumnSelector ALL = new ColumnSelector.All();
    private static final ColumnSelector NUMERIC = new ColumnSelector.Numeric();
    private static final ColumnSelector STRING = new ColumnSelector.StringType();

    private static ColumnSelector cols(String... names) {
        return new ColumnSelector.Cols(List.of(names));
    }

    private static ColumnSelector glob(String pattern) {
        return new ColumnSelector.Glob(pattern);
    }

    private static List<String> resolve(ColumnSelector s) {
        return s.resolve(NAMES, KINDS);
    }

    @Test
    void loneColsKeepsItsOrderAndRequiresEveryName() {
        assertEquals(List.of("ID", "height_mm"), resolve(cols("ID", "height_mm")));
        assertNull(resolve(cols("ID", "depth_mm")));
    }

    @Test
    void combinedSelectorsUseMembershipInFrameOrder() {
        assertEquals(List.of("height_mm", "ID"), resolve(new Combined(Operator.AND, ALL, cols("ID", "height_mm", "depth_mm"))));
        assertEquals(List.of("height_mm", "ID", "width_mm"), resolve(NUMERIC));
        assertEquals(List.of("kind"), resolve(STRING));
        assertEquals(List.of("height_mm", "kind", "ID", "width_mm"), resolve(new Combined(Operator.OR, NUMERIC, STRING)));
        assertEquals(List.of("height_mm", "width_mm"), resolve(new Combined(Operator.SUB, NUMERIC, cols("ID"))));
        assertEquals(List.of("kind", "ID", "flag"), resolve(new ColumnSelector.Inverted(glob("*_mm"))));
        assertEquals(List.of("height_mm", "kind"), resolve(new Combined(Operator.XOR, glob("[hkw]*"), glob("w*"))));
        assertEquals(List.of(), resolve(new Combined(Operator.AND, STRING, NUMERIC)));
    }

    @Test
    void reprIsSkrubs() {
        assertEquals("((numeric() - cols('ID', \"it's\")) | (~glob('*_mm')))",
                new Combined(Operator.OR, new Combined(Operator.SUB, NUMERIC, cols("ID", "it's")),
                        new ColumnSelector.Inverted(glob("*_mm"))).repr());
        assertEquals("all()", ALL.repr());
        assertEquals("(string() & all())", new Combined(Operator.AND, STRING, ALL).repr());
        assertEquals("(string() ^ all())", new Combined(Operator.XOR, STRING, ALL).repr());
    }

    @Test
    void constantEncodingRoundTripsAndIsNeverAListOfNames() {
        List<ColumnSelector> all = List.of(ALL, NUMERIC, STRING, cols("a", "b"), glob("x*"),
                new ColumnSelector.Inverted(new Combined(Operator.XOR, cols(), glob("?"))),
                new Combined(Operator.OR, NUMERIC, new Combined(Operator.AND, STRING, new Combined(Operator.SUB, ALL, cols("z")))));
        for (ColumnSelector s : all) {
            Const c = s.toConst();
            assertEquals(s, ColumnSelector.fromConst(c));
            assertNull(((Const.ListConst) c).asStrings(), s.repr());
        }
        assertNotEquals(cols("a").toConst(), glob("a").toConst());
        assertNull(ColumnSelector.fromConst(Const.ofStrings(List.of("skrub.selectors", "numeric"))));
        assertNull(ColumnSelector.fromConst(Const.of("numeric")));
    }

    /** The fixture frame's columns (make_selector_reference.py) and the kind Stratum gives each one's dtype. */
    private static final List<String> FRAME = List.of("n_int", "n_float", "n_float32", "name", "kind_cat", "flag", "when",
            "when_utc", "lag", "int_2");
    private static final List<ColumnKind> FRAME_KINDS = List.of(ColumnKind.INTEGER, ColumnKind.FLOAT, ColumnKind.FLOAT,
            ColumnKind.STRING, ColumnKind.CATEGORY, ColumnKind.BOOL, ColumnKind.DATETIME, ColumnKind.DATETIME,
            ColumnKind.OTHER, ColumnKind.INTEGER);

    @Test
    void typeAndRegexSelectorsPickWhatSkrubPicks() throws IOException {
        ColumnSelector date = new ColumnSelector.AnyDate();
        ColumnSelector integer = new ColumnSelector.IntegerType();
        ColumnSelector floats = new ColumnSelector.FloatType();
        List<ColumnSelector> selectors = List.of(NUMERIC, integer, floats, STRING, new ColumnSelector.Categorical(),
                new ColumnSelector.BooleanType(), date, new Combined(Operator.OR, date, new ColumnSelector.BooleanType()),
                new Combined(Operator.SUB, NUMERIC, integer), new ColumnSelector.Inverted(date), regex("n_"), regex("int"),
                regex("n_\\w+t$"), regex(".*_2"), regex("when|lag"),
                new Combined(Operator.OR, STRING, new ColumnSelector.Categorical()),
                new Combined(Operator.AND, regex("n_"), floats));
        List<String> lines;
        try (InputStream in = ColumnSelectorTest.class.getResourceAsStream("/reference/selector_expansions.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals("selector,selected", lines.get(0));
        assertEquals(selectors.size(), lines.size() - 1);
        for (int i = 0; i < selectors.size(); i++) {
            String line = lines.get(i + 1);
            int comma = line.lastIndexOf(',');
            String repr = line.substring(0, comma).replace("\"\"", "\"");
            if (repr.startsWith("\"")) {
                repr = repr.substring(1, repr.length() - 1);
            }
            ColumnSelector s = selectors.get(i);
            assertEquals(repr, s.repr());
            String selected = line.substring(comma + 1);
            assertEquals(selected.isEmpty() ? List.of() : List.of(selected.split(" ")), s.resolve(FRAME, FRAME_KINDS), repr);
            assertEquals(s, ColumnSelector.fromConst(s.toConst()), repr);
        }
    }

    private static ColumnSelector regex(String pattern) {
        return new ColumnSelector.Regex(pattern);
    }

    @Test
    void globIsPythonsFnmatchcase() throws IOException {
        List<String> lines;
        try (InputStream in = ColumnSelectorTest.class.getResourceAsStream("/reference/glob_matches.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals("pattern,name,matches", lines.get(0));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(Boolean.parseBoolean(f[2]), ColumnSelector.Glob.matches(f[0], f[1]),
                    () -> "fnmatchcase(" + f[1] + ", " + f[0] + ") regex " + ColumnSelector.Glob.regex(f[0]));
            checked++;
        }
        assertEquals(525, checked);
    }
}
