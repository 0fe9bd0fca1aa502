package io.stratum.ir.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A skrub selector ({@code skrub.selectors}): a rule that picks columns of a frame by name or type, resolved
 * against the actual columns when the plan runs. Plans carry it as a tagged constant ({@link #toConst()}), so it
 * takes part in fingerprints and EXPLAIN like any other attribute.
 */
public sealed interface ColumnSelector {

    /** The tag that marks a constant as an encoded selector. */
    String TAG = "skrub.selectors";

    /** {@code s.all()}. */
    record All() implements ColumnSelector {
    }

    /** {@code s.cols("a", "b")}: on its own, exactly these columns in this order; combined, membership. */
    record Cols(List<String> names) implements ColumnSelector {
        public Cols {
            names = List.copyOf(names);
        }
    }

    /** {@code s.glob("pat*")}: names matching a shell-style pattern (as Python's {@code fnmatchcase}). */
    record Glob(String pattern) implements ColumnSelector {
        public Glob {
            Objects.requireNonNull(pattern, "pattern");
        }

        /** Python's {@code fnmatch.fnmatchcase(name, pattern)}: {@code *}, {@code ?}, {@code [seq]}, {@code [!seq]}. */
        static boolean matches(String pattern, String name) {
            return java.util.regex.Pattern.compile(regex(pattern), java.util.regex.Pattern.DOTALL).matcher(name).matches();
        }

        static String regex(String pattern) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            int n = pattern.length();
            while (i < n) {
                char c = pattern.charAt(i++);
                switch (c) {
                    case '*' -> out.append(".*");
                    case '?' -> out.append('.');
                    case '[' -> {
                        int j = i;
                        if (j < n && pattern.charAt(j) == '!') {
                            j++;
                        }
                        if (j < n && pattern.charAt(j) == ']') {
                            j++;
                        }
                        while (j < n && pattern.charAt(j) != ']') {
                            j++;
                        }
                        if (j >= n) {
                            // An unclosed bracket is a literal '[', as fnmatch treats it.
                            out.append("\\[");
                        } else {
                            String set = pattern.substring(i, j);
                            i = j + 1;
                            StringBuilder cls = new StringBuilder("[");
                            int k = 0;
                            if (set.startsWith("!")) {
                                cls.append('^');
                                k = 1;
                            }
                            for (; k < set.length(); k++) {
                                char sc = set.charAt(k);
                                // Inside a class only these are special to Java's regex; '-' keeps its range meaning.
                                if (sc == '\\' || sc == '[' || sc == ']' || sc == '&' || (sc == '^' && cls.length() == 1)) {
                                    cls.append('\\');
                                }
                                cls.append(sc);
                            }
                            out.append(cls).append(']');
                        }
                    }
                    default -> out.append(java.util.regex.Pattern.quote(String.valueOf(c)));
                }
            }
            return out.toString();
        }
    }

    /** {@code s.numeric()}: integer and floating-point columns; booleans are not numeric here, as in skrub. */
    record Numeric() implements ColumnSelector {
    }

    /** {@code s.string()}: string columns. */
    record StringType() implements ColumnSelector {
    }

    /** {@code s.integer()}: integer columns (pandas' {@code is_integer_dtype}: not booleans). */
    record IntegerType() implements ColumnSelector {
    }

    /** {@code s.float()}: floating-point columns. */
    record FloatType() implements ColumnSelector {
    }

    /** {@code s.any_date()}: datetime columns, with or without a time zone. */
    record AnyDate() implements ColumnSelector {
    }

    /** {@code s.categorical()}: pandas' category columns (not strings). */
    record Categorical() implements ColumnSelector {
    }

    /** {@code s.boolean()}: bool columns. */
    record BooleanType() implements ColumnSelector {
    }

    /**
     * {@code s.regex(pattern)}: names that the pattern matches at their start (Python's {@code re.match}, skrub's
     * rule); the pattern is Java's regex syntax, which agrees with Python's on the patterns names are matched with.
     */
    record Regex(String pattern) implements ColumnSelector {
        public Regex {
            Objects.requireNonNull(pattern, "pattern");
        }

        static boolean matches(String pattern, String name) {
            return java.util.regex.Pattern.compile(pattern).matcher(name).lookingAt();
        }
    }

    /** The operators {@code | & - ^} between selectors. */
    enum Operator {
        OR("|"), AND("&"), SUB("-"), XOR("^");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** {@code left <op> right}. */
    record Combined(Operator op, ColumnSelector left, ColumnSelector right) implements ColumnSelector {
        public Combined {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** {@code ~inner}: every column {@code inner} does not match. */
    record Inverted(ColumnSelector inner) implements ColumnSelector {
        public Inverted {
            Objects.requireNonNull(inner, "inner");
        }
    }

    /** What a selector needs to know about a frame's columns: the kind of each column's dtype. */
    enum ColumnKind {
        INTEGER, FLOAT, STRING, DATETIME, CATEGORY, BOOL, OTHER;

        /** skrub's {@code is_numeric}: integers and floats, not booleans. */
        public boolean numeric() {
            return this == INTEGER || this == FLOAT;
        }
    }

    /** skrub's repr of the selector, e.g. {@code (numeric() - cols('id'))}. */
    default String repr() {
        return switch (this) {
            case All a -> "all()";
            case Cols c -> {
                List<String> parts = new ArrayList<>();
                for (String n : c.names()) {
                    parts.add(PyFormat.strRepr(n));
                }
                yield "cols(" + String.join(", ", parts) + ")";
            }
            case Glob g -> "glob(" + PyFormat.strRepr(g.pattern()) + ")";
            case Numeric n -> "numeric()";
            case StringType s -> "string()";
            case IntegerType i -> "integer()";
            case FloatType f -> "float()";
            case AnyDate d -> "any_date()";
            case Categorical c -> "categorical()";
            case BooleanType b -> "boolean()";
            case Regex r -> "regex(" + PyFormat.strRepr(r.pattern()) + ")";
            case Combined c -> "(" + c.left().repr() + " " + c.op().symbol() + " " + c.right().repr() + ")";
            case Inverted i -> "(~" + i.inner().repr() + ")";
        };
    }

    /**
     * The names of the selected columns, given the frame's names and kinds. A {@link Cols} selector on its own
     * keeps its order and requires every name; anything else keeps the frame's order. Returns null when a
     * required name is missing (the caller reports it, with the frame's columns).
     */
    default List<String> resolve(List<String> names, List<ColumnKind> kinds) {
        if (this instanceof Cols c) {
            return names.containsAll(c.names()) ? c.names() : null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (matches(names.get(i), kinds.get(i))) {
                out.add(names.get(i));
            }
        }
        return out;
    }

    /** Whether the column {@code name} of kind {@code kind} is selected (membership semantics). */
    default boolean matches(String name, ColumnKind kind) {
        return switch (this) {
            case All a -> true;
            case Cols c -> c.names().contains(name);
            case Glob g -> Glob.matches(g.pattern(), name);
            case Numeric n -> kind.numeric();
            case StringType s -> kind == ColumnKind.STRING;
            case IntegerType i -> kind == ColumnKind.INTEGER;
            case FloatType f -> kind == ColumnKind.FLOAT;
            case AnyDate d -> kind == ColumnKind.DATETIME;
            case Categorical c -> kind == ColumnKind.CATEGORY;
            case BooleanType b -> kind == ColumnKind.BOOL;
            case Regex r -> Regex.matches(r.pattern(), name);
            case Combined c -> switch (c.op()) {
                case OR -> c.left().matches(name, kind) || c.right().matches(name, kind);
                case AND -> c.left().matches(name, kind) && c.right().matches(name, kind);
                case SUB -> c.left().matches(name, kind) && !c.right().matches(name, kind);
                case XOR -> c.left().matches(name, kind) ^ c.right().matches(name, kind);
            };
            case Inverted i -> !i.inner().matches(name, kind);
        };
    }

    /** The selector as a tagged tuple constant, for plan attributes. */
    default Const toConst() {
        List<Const> items = new ArrayList<>();
        // A leading None keeps the encoding from ever reading as a list of column names.
        items.add(Const.none());
        items.add(Const.of(TAG));
        switch (this) {
            case All a -> items.add(Const.of("all"));
            case Cols c -> {
                items.add(Const.of("cols"));
                items.add(Const.ofStrings(c.names()));
            }
            case Glob g -> {
                items.add(Const.of("glob"));
                items.add(Const.of(g.pattern()));
            }
            case Numeric n -> items.add(Const.of("numeric"));
            case StringType s -> items.add(Const.of("string"));
            case IntegerType i -> items.add(Const.of("integer"));
            case FloatType f -> items.add(Const.of("float"));
            case AnyDate d -> items.add(Const.of("any_date"));
            case Categorical c -> items.add(Const.of("categorical"));
            case BooleanType b -> items.add(Const.of("boolean"));
            case Regex r -> {
                items.add(Const.of("regex"));
                items.add(Const.of(r.pattern()));
            }
            case Combined c -> {
                items.add(Const.of(c.op().name().toLowerCase(java.util.Locale.ROOT)));
                items.add(c.left().toConst());
                items.add(c.right().toConst());
            }
            case Inverted i -> {
                items.add(Const.of("inv"));
                items.add(i.inner().toConst());
            }
        }
        return new Const.ListConst(items, true);
    }

    /** The selector a constant encodes ({@link #toConst()}), or null when it encodes none. */
    static ColumnSelector fromConst(Const c) {
        if (!(c instanceof Const.ListConst l) || !l.tuple() || l.items().size() < 3
                || !(l.items().get(0) instanceof Const.NoneConst) || !Const.of(TAG).equals(l.items().get(1))
                || !(l.items().get(2) instanceof Const.StrConst kind)) {
            return null;
        }
        List<Const> args = l.items().subList(3, l.items().size());
        return switch (kind.value()) {
            case "all" -> args.isEmpty() ? new All() : null;
            case "numeric" -> args.isEmpty() ? new Numeric() : null;
            case "string" -> args.isEmpty() ? new StringType() : null;
            case "integer" -> args.isEmpty() ? new IntegerType() : null;
            case "float" -> args.isEmpty() ? new FloatType() : null;
            case "any_date" -> args.isEmpty() ? new AnyDate() : null;
            case "categorical" -> args.isEmpty() ? new Categorical() : null;
            case "boolean" -> args.isEmpty() ? new BooleanType() : null;
            case "regex" -> args.size() == 1 && args.get(0) instanceof Const.StrConst p ? new Regex(p.value()) : null;
            case "cols" -> args.size() == 1 && args.get(0) instanceof Const.ListConst names && names.asStrings() != null
                    ? new Cols(names.asStrings()) : null;
            case "glob" -> args.size() == 1 && args.get(0) instanceof Const.StrConst p ? new Glob(p.value()) : null;
            case "inv" -> {
                ColumnSelector inner = args.size() == 1 ? fromConst(args.get(0)) : null;
                yield inner == null ? null : new Inverted(inner);
            }
            case "or", "and", "sub", "xor" -> {
                ColumnSelector left = args.size() == 2 ? fromConst(args.get(0)) : null;
                ColumnSelector right = args.size() == 2 ? fromConst(args.get(1)) : null;
                yield left == null || right == null ? null
                        : new Combined(Operator.valueOf(kind.value().toUpperCase(java.util.Locale.ROOT)), left, right);
            }
            default -> null;
        };
    }
}
