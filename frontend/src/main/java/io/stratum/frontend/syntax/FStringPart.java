package io.stratum.frontend.syntax;

import java.util.List;
import java.util.Objects;

/** A piece of an f-string: literal text or a replacement field. */
public sealed interface FStringPart {

    /** Where the piece appears in the script. */
    SourcePos pos();

    /** Literal text, with escapes and doubled braces already applied. */
    record Text(String value, SourcePos pos) implements FStringPart {
        public Text {
            Objects.requireNonNull(value);
            Objects.requireNonNull(pos);
        }
    }

    /**
     * {@code {value!conversion:formatSpec}}; {@code conversion} is "r", "s", "a" or null, and
     * {@code formatSpec} is empty when there is none.
     */
    record Field(Expr value, String conversion, List<FStringPart> formatSpec, SourcePos pos) implements FStringPart {
        public Field {
            Objects.requireNonNull(value);
            formatSpec = List.copyOf(formatSpec);
            Objects.requireNonNull(pos);
        }
    }
}
