package io.stratum.ir.logical;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/** The shared encoding of generic call arguments for EXPLAIN and fingerprints. */
final class Calls {
    private Calls() {
    }

    /** Keyword names of the arguments, None for positional ones, so the argument layout is part of identity. */
    static Const keywordList(List<Arg> args) {
        List<Const> out = new ArrayList<>(args.size());
        for (Arg a : args) {
            out.add(a.isKeyword() ? Const.of(a.keyword()) : Const.none());
        }
        return new Const.ListConst(out);
    }

    static List<String> roles(String first, List<Arg> args) {
        List<String> out = new ArrayList<>(args.size() + 1);
        if (first != null) {
            out.add(first);
        }
        for (int i = 0; i < args.size(); i++) {
            Arg a = args.get(i);
            out.add(a.isKeyword() ? a.keyword() : "arg" + i);
        }
        return out;
    }
}
