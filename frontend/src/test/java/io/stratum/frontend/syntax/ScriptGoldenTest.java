package io.stratum.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parses whole scripts under {@code src/test/resources/syntax} and compares their dump with the
 * {@code .dump} file next to them; run with {@code -Dgolden.update=true} to rewrite the dumps.
 */
class ScriptGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"ridge_grid_search"})
    void scriptParsesToItsGoldenDump(String name) throws IOException {
        String source = resource(name + ".py");
        Module module = PythonSubsetParser.parse(source, name + ".py");
        String actual = SyntaxDump.of(module);
        if (Boolean.getBoolean("golden.update")) {
            Path golden = Path.of(System.getProperty("stratum.repo.root", "."), "frontend/src/test/resources/syntax", name + ".dump");
            Files.writeString(golden, actual);
            return;
        }
        assertEquals(resource(name + ".dump"), actual);
        // The dump is Python again: parsing it must give the same dump back.
        assertEquals(actual, SyntaxDump.of(PythonSubsetParser.parse(actual, name + ".dump")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ridge_grid_search"})
    void scriptStructure(String name) throws IOException {
        Module module = PythonSubsetParser.parse(resource(name + ".py"), name + ".py");
        assertEquals("Ridge grid search on employee salaries.", module.docstring());
        assertEquals(8, module.body().size());
        Stmt.If guard = assertInstanceOf(Stmt.If.class, module.body().getLast());
        assertEquals(26, guard.pos().line());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ScriptGoldenTest.class.getResourceAsStream("/syntax/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource syntax/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
