package io.stratum.frontend.syntax;

import java.util.List;

/**
 * The parameter list of a function or lambda: {@code positional, *varArgs, keywordOnly, **varKeywords};
 * {@code varArgs} and {@code varKeywords} are optional.
 */
public record Parameters(List<Parameter> positional, Parameter varArgs, List<Parameter> keywordOnly,
                         Parameter varKeywords) {

    /** No parameters at all. */
    public static final Parameters NONE = new Parameters(List.of(), null, List.of(), null);

    public Parameters {
        positional = List.copyOf(positional);
        keywordOnly = List.copyOf(keywordOnly);
    }
}
