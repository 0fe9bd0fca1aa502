package io.stratum.frontend.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import io.stratum.frontend.syntax.ScriptParser.*;

/**
 * Builds the syntax tree from ANTLR's parse tree and rejects, by name, the few constructs that the
 * grammar accepts only to report them well.
 */
final class SyntaxTreeBuilder {

    private final String fileName;
    private final StringLiterals strings;
    /** How many function bodies the statement being built is in: Python compiles no {@code return} outside one. */
    private int functionDepth;

    SyntaxTreeBuilder(String fileName, StringLiterals.FieldParser fieldParser) {
        this.fileName = fileName;
        this.strings = new StringLiterals(fileName, fieldParser);
    }

    Module module(ModuleContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StatementContext statement : ctx.statement()) {
            body.addAll(statement(statement));
        }
        return new Module(fileName, body);
    }

    Expr fieldExpression(FieldExpressionContext ctx) {
        return exprList(ctx.exprList());
    }

    // ---- statements ----------------------------------------------------------------------------

    private List<Stmt> statement(StatementContext ctx) {
        if (ctx.ifStatement() != null) {
            return List.of(ifStatement(ctx.ifStatement()));
        }
        if (ctx.forStatement() != null) {
            ForStatementContext f = ctx.forStatement();
            List<Stmt> body = block(f.block());
            return List.of(new Stmt.For(targetList(f.targetList()), exprList(f.exprList()), body,
                    SourcePos.span(SourcePos.of(f.start), body.getLast().pos())));
        }
        if (ctx.functionDef() != null) {
            FunctionDefContext f = ctx.functionDef();
            functionDepth++;
            List<Stmt> body = block(f.block());
            functionDepth--;
            Parameters params = f.parameterList() == null ? Parameters.NONE : parameters(f.parameterList());
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext d : f.decorator()) {
                decorators.add(test(d.test()));
            }
            return List.of(new Stmt.FunctionDef(f.NAME().getText(), params, body, decorators,
                    SourcePos.span(SourcePos.of(f.start), body.getLast().pos())));
        }
        return simpleStatements(ctx.simpleStatements());
    }

    private Stmt ifStatement(IfStatementContext ctx) {
        List<Stmt> orElse = ctx.elseClause() == null ? List.of() : block(ctx.elseClause().block());
        List<ElifClauseContext> elifs = ctx.elifClause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            ElifClauseContext elif = elifs.get(i);
            List<Stmt> body = block(elif.block());
            SourcePos end = orElse.isEmpty() ? body.getLast().pos() : orElse.getLast().pos();
            orElse = List.of(new Stmt.If(test(elif.test()), body, orElse, SourcePos.span(SourcePos.of(elif.start), end)));
        }
        List<Stmt> body = block(ctx.block());
        SourcePos end = orElse.isEmpty() ? body.getLast().pos() : orElse.getLast().pos();
        return new Stmt.If(test(ctx.test()), body, orElse, SourcePos.span(SourcePos.of(ctx.start), end));
    }

    private List<Stmt> block(BlockContext ctx) {
        if (ctx.simpleStatements() != null) {
            return simpleStatements(ctx.simpleStatements());
        }
        List<Stmt> body = new ArrayList<>();
        for (StatementContext statement : ctx.statement()) {
            body.addAll(statement(statement));
        }
        return body;
    }

    private List<Stmt> simpleStatements(SimpleStatementsContext ctx) {
        List<Stmt> statements = new ArrayList<>();
        for (SimpleStatementContext s : ctx.simpleStatement()) {
            statements.add(simpleStatement(s));
        }
        return statements;
    }

    private Stmt simpleStatement(SimpleStatementContext ctx) {
        SourcePos pos = pos(ctx);
        if (ctx.importStatement() != null) {
            List<Alias> names = new ArrayList<>();
            for (ImportedModuleContext m : ctx.importStatement().importedModule()) {
                names.add(new Alias(m.dottedName().getText(), m.NAME() == null ? null : m.NAME().getText(), pos(m)));
            }
            return new Stmt.Import(names, pos);
        }
        if (ctx.fromImportStatement() != null) {
            FromImportStatementContext from = ctx.fromImportStatement();
            List<Alias> names = new ArrayList<>();
            for (ImportedNameContext n : from.importedNames().importedName()) {
                names.add(new Alias(n.NAME(0).getText(), n.NAME().size() > 1 ? n.NAME(1).getText() : null, pos(n)));
            }
            return new Stmt.ImportFrom(from.dottedName().getText(), names, pos);
        }
        if (ctx.passStatement() != null) {
            return new Stmt.Pass(pos);
        }
        if (ctx.returnStatement() != null) {
            if (functionDepth == 0) {
                // a compile error in Python: the script prints nothing
                throw error(pos, "'return' outside function", null);
            }
            ExprListContext value = ctx.returnStatement().exprList();
            return new Stmt.Return(value == null ? null : exprList(value), pos);
        }
        ExpressionStatementContext e = ctx.expressionStatement();
        List<ExprListContext> lists = e.exprList();
        if (e.augmentedOperator() != null) {
            Expr target = exprList(lists.get(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw error(target.pos(), "cannot use augmented assignment on " + describe(target),
                        "the target of '" + e.augmentedOperator().getText() + "' must be a name, attribute or subscript");
            }
            return new Stmt.AugAssign(target, augmentedOperator(e.augmentedOperator()), exprList(lists.get(1)), pos);
        }
        if (lists.size() == 1) {
            return new Stmt.ExprStmt(exprList(lists.get(0)), pos);
        }
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < lists.size() - 1; i++) {
            Expr target = exprList(lists.get(i));
            checkTarget(target);
            targets.add(target);
        }
        return new Stmt.Assign(targets, exprList(lists.getLast()), pos);
    }

    private void checkTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> { }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            case Expr.TupleExpr t -> t.elements().forEach(this::checkTarget);
            case Expr.ListExpr l -> l.elements().forEach(this::checkTarget);
            default -> throw error(target.pos(), "cannot assign to " + describe(target),
                    target instanceof Expr.Compare ? "use '==' to compare, '=' to assign"
                            : "assign to a name, an attribute, a subscript or a tuple of them");
        }
    }

    private static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Call c -> "a function call";
            case Expr.Constant c -> "a literal";
            case Expr.FString f -> "an f-string";
            case Expr.BinOp b -> "an expression";
            case Expr.UnaryOp u -> "an expression";
            case Expr.Compare c -> "a comparison";
            case Expr.BoolOp b -> "a boolean expression";
            case Expr.IfExp i -> "a conditional expression";
            case Expr.Lambda l -> "a lambda";
            case Expr.DictExpr d -> "a dict literal";
            case Expr.SetExpr s -> "a set literal";
            case Expr.ListComp l -> "a list comprehension";
            case Expr.DictComp d -> "a dict comprehension";
            case Expr.TupleExpr t -> "a tuple";
            case Expr.ListExpr l -> "a list";
            case Expr.Name n -> "a name";
            case Expr.Attribute a -> "an attribute";
            case Expr.Subscript s -> "a subscript";
            case Expr.Slice s -> "a slice";
            case Expr.Starred s -> "a starred expression";
        };
    }

    private Parameters parameters(ParameterListContext ctx) {
        List<Parameter> positional = new ArrayList<>();
        List<Parameter> keywordOnly = new ArrayList<>();
        Parameter varArgs = null;
        Parameter varKeywords = null;
        boolean sawStar = false;
        boolean sawDefault = false;
        Set<String> names = new HashSet<>();
        for (ParameterContext p : ctx.parameter()) {
            if (varKeywords != null) {
                throw error(pos(p), "no parameter may follow '**" + varKeywords.name() + "'", null);
            }
            TerminalNode nameNode = switch (p) {
                case PlainParameterContext plain -> plain.NAME();
                case StarParameterContext star -> star.NAME();
                case DoubleStarParameterContext doubleStar -> doubleStar.NAME();
                default -> throw new IllegalStateException("unknown parameter form " + p.getClass());
            };
            if (nameNode != null && !names.add(nameNode.getText())) {
                throw error(SourcePos.of(nameNode.getSymbol()), "duplicate parameter '" + nameNode.getText() + "'", null);
            }
            switch (p) {
                case PlainParameterContext plain -> {
                    Expr defaultValue = plain.test() == null ? null : test(plain.test());
                    Parameter parameter = new Parameter(plain.NAME().getText(), defaultValue, pos(p));
                    if (sawStar) {
                        keywordOnly.add(parameter);
                    } else {
                        if (defaultValue == null && sawDefault) {
                            throw error(pos(p), "parameter without a default follows a parameter with a default",
                                    "give '" + parameter.name() + "' a default or move it before the defaulted parameters");
                        }
                        sawDefault |= defaultValue != null;
                        positional.add(parameter);
                    }
                }
                case StarParameterContext star -> {
                    if (sawStar) {
                        throw error(pos(p), "only one '*' parameter is allowed", null);
                    }
                    sawStar = true;
                    if (star.NAME() != null) {
                        varArgs = new Parameter(star.NAME().getText(), null, pos(p));
                    }
                }
                case DoubleStarParameterContext doubleStar ->
                        varKeywords = new Parameter(doubleStar.NAME().getText(), null, pos(p));
                default -> throw new IllegalStateException("unknown parameter form " + p.getClass());
            }
        }
        if (sawStar && varArgs == null && keywordOnly.isEmpty()) {
            throw error(pos(ctx), "a bare '*' must be followed by keyword-only parameters", null);
        }
        return new Parameters(positional, varArgs, keywordOnly, varKeywords);
    }

    // ---- expressions ---------------------------------------------------------------------------

    private Expr exprList(ExprListContext ctx) {
        List<StarredOrTestContext> items = ctx.starredOrTest();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            return unstarred(items.getFirst());
        }
        List<Expr> elements = new ArrayList<>();
        for (StarredOrTestContext item : items) {
            elements.add(unstarred(item));
        }
        return new Expr.TupleExpr(elements, pos(ctx));
    }

    /** Unpacking with '*' is only part of the subset in call arguments. */
    private Expr unstarred(StarredOrTestContext ctx) {
        if (ctx.STAR() != null) {
            throw error(SourcePos.of(ctx.STAR().getSymbol()),
                    SyntaxErrorListener.outsideSubset("unpacking with '*' outside call arguments is"), ScriptError.FULL_PYTHON_HINT);
        }
        return test(ctx.test());
    }

    private Expr targetList(TargetListContext ctx) {
        List<Expr> targets = new ArrayList<>();
        for (TargetContext t : ctx.target()) {
            if (t.STAR() != null) {
                throw error(SourcePos.of(t.STAR().getSymbol()),
                        SyntaxErrorListener.outsideSubset("starred loop targets are"), ScriptError.FULL_PYTHON_HINT);
            }
            Expr target = bitOr(t.bitOr());
            checkTarget(target);
            targets.add(target);
        }
        if (targets.size() == 1 && ctx.COMMA().isEmpty()) {
            return targets.getFirst();
        }
        return new Expr.TupleExpr(targets, pos(ctx));
    }

    private Expr test(TestContext ctx) {
        if (ctx.lambdaDef() != null) {
            LambdaDefContext l = ctx.lambdaDef();
            Parameters params = l.parameterList() == null ? Parameters.NONE : parameters(l.parameterList());
            return new Expr.Lambda(params, test(l.test()), pos(ctx));
        }
        Expr body = orTest(ctx.orTest(0));
        if (ctx.IF() == null) {
            return body;
        }
        return new Expr.IfExp(orTest(ctx.orTest(1)), body, test(ctx.test()), pos(ctx));
    }

    private Expr orTest(OrTestContext ctx) {
        if (ctx.andTest().size() == 1) {
            return andTest(ctx.andTest(0));
        }
        return new Expr.BoolOp(BoolOperator.OR, ctx.andTest().stream().map(this::andTest).toList(), pos(ctx));
    }

    private Expr andTest(AndTestContext ctx) {
        if (ctx.notTest().size() == 1) {
            return notTest(ctx.notTest(0));
        }
        return new Expr.BoolOp(BoolOperator.AND, ctx.notTest().stream().map(this::notTest).toList(), pos(ctx));
    }

    private Expr notTest(NotTestContext ctx) {
        if (ctx.NOT() != null) {
            return new Expr.UnaryOp(UnaryOperator.NOT, notTest(ctx.notTest()), pos(ctx));
        }
        return comparison(ctx.comparison());
    }

    private Expr comparison(ComparisonContext ctx) {
        Expr left = bitOr(ctx.bitOr(0));
        if (ctx.comparisonOperator().isEmpty()) {
            return left;
        }
        List<CompareOperator> ops = new ArrayList<>();
        for (ComparisonOperatorContext op : ctx.comparisonOperator()) {
            ops.add(switch (op.getText()) {
                case "<" -> CompareOperator.LT;
                case ">" -> CompareOperator.GT;
                case "==" -> CompareOperator.EQ;
                case ">=" -> CompareOperator.GT_E;
                case "<=" -> CompareOperator.LT_E;
                case "!=" -> CompareOperator.NOT_EQ;
                case "in" -> CompareOperator.IN;
                case "notin" -> CompareOperator.NOT_IN;
                case "is" -> CompareOperator.IS;
                case "isnot" -> CompareOperator.IS_NOT;
                default -> throw new IllegalStateException("unknown comparison " + op.getText());
            });
        }
        List<Expr> comparators = ctx.bitOr().subList(1, ctx.bitOr().size()).stream().map(this::bitOr).toList();
        return new Expr.Compare(left, ops, comparators, pos(ctx));
    }

    private Expr bitOr(BitOrContext ctx) {
        return leftFold(ctx);
    }

    /**
     * Folds {@code operand (op operand)*} left to right, so {@code a - b - c} is {@code (a - b) - c}. Each operation
     * spans its operands' text with their parentheses, as CPython's AST does: {@code (a - b) * c} starts at the
     * parenthesis, while the group {@code a - b} itself starts at {@code a}.
     */
    private Expr leftFold(ParserRuleContext ctx) {
        Expr result = operand(ctx.getChild(0));
        for (int i = 1; i < ctx.getChildCount(); i += 2) {
            Operator op = binaryOperator(((TerminalNode) ctx.getChild(i)).getSymbol().getType());
            Expr right = operand(ctx.getChild(i + 1));
            result = new Expr.BinOp(result, op, right,
                    SourcePos.span(ctx.start, ((ParserRuleContext) ctx.getChild(i + 1)).stop));
        }
        return result;
    }

    private Expr operand(ParseTree child) {
        return switch (child) {
            case BitXorContext c -> leftFold(c);
            case BitAndContext c -> leftFold(c);
            case ShiftContext c -> leftFold(c);
            case ArithContext c -> leftFold(c);
            case TermContext c -> leftFold(c);
            case FactorContext c -> factor(c);
            default -> throw new IllegalStateException("unexpected operand " + child.getClass());
        };
    }

    private static Operator binaryOperator(int tokenType) {
        return switch (tokenType) {
            case ScriptLexer.PIPE -> Operator.BIT_OR;
            case ScriptLexer.CARET -> Operator.BIT_XOR;
            case ScriptLexer.AMP -> Operator.BIT_AND;
            case ScriptLexer.LSHIFT -> Operator.LEFT_SHIFT;
            case ScriptLexer.RSHIFT -> Operator.RIGHT_SHIFT;
            case ScriptLexer.PLUS -> Operator.ADD;
            case ScriptLexer.MINUS -> Operator.SUB;
            case ScriptLexer.STAR -> Operator.MUL;
            case ScriptLexer.SLASH -> Operator.DIV;
            case ScriptLexer.DSLASH -> Operator.FLOOR_DIV;
            case ScriptLexer.PERCENT -> Operator.MOD;
            case ScriptLexer.AT -> Operator.MAT_MUL;
            default -> throw new IllegalStateException("not a binary operator: " + tokenType);
        };
    }

    private static Operator augmentedOperator(AugmentedOperatorContext ctx) {
        return switch (ctx.start.getType()) {
            case ScriptLexer.ADD_ASSIGN -> Operator.ADD;
            case ScriptLexer.SUB_ASSIGN -> Operator.SUB;
            case ScriptLexer.MUL_ASSIGN -> Operator.MUL;
            case ScriptLexer.DIV_ASSIGN -> Operator.DIV;
            case ScriptLexer.FDIV_ASSIGN -> Operator.FLOOR_DIV;
            case ScriptLexer.MOD_ASSIGN -> Operator.MOD;
            case ScriptLexer.POW_ASSIGN -> Operator.POW;
            case ScriptLexer.MAT_ASSIGN -> Operator.MAT_MUL;
            case ScriptLexer.AND_ASSIGN -> Operator.BIT_AND;
            case ScriptLexer.OR_ASSIGN -> Operator.BIT_OR;
            case ScriptLexer.XOR_ASSIGN -> Operator.BIT_XOR;
            case ScriptLexer.LSH_ASSIGN -> Operator.LEFT_SHIFT;
            case ScriptLexer.RSH_ASSIGN -> Operator.RIGHT_SHIFT;
            default -> throw new IllegalStateException("not an augmented assignment: " + ctx.getText());
        };
    }

    private Expr factor(FactorContext ctx) {
        if (ctx.power() != null) {
            return power(ctx.power());
        }
        UnaryOperator op = switch (ctx.start.getType()) {
            case ScriptLexer.MINUS -> UnaryOperator.NEG;
            case ScriptLexer.PLUS -> UnaryOperator.POS;
            default -> UnaryOperator.INVERT;
        };
        return new Expr.UnaryOp(op, factor(ctx.factor()), pos(ctx));
    }

    private Expr power(PowerContext ctx) {
        Expr base = primary(ctx.primary());
        if (ctx.factor() == null) {
            return base;
        }
        return new Expr.BinOp(base, Operator.POW, factor(ctx.factor()), pos(ctx));
    }

    /**
     * An atom and its trailers: each subscript, attribute and call spans from the atom's first token, so one on a
     * parenthesized expression ({@code (a - b)[:5]}) starts at the parenthesis, as in CPython's AST.
     */
    private Expr primary(PrimaryContext ctx) {
        Expr result = atom(ctx.atom());
        for (TrailerContext trailer : ctx.trailer()) {
            SourcePos pos = SourcePos.span(ctx.start, trailer.stop);
            result = switch (trailer) {
                case AttributeTrailerContext a ->
                        new Expr.Attribute(result, a.NAME().getText(), pos, SourcePos.of(a.NAME().getSymbol()));
                case SubscriptTrailerContext s -> new Expr.Subscript(result, subscriptList(s.subscriptList()), pos);
                case CallTrailerContext c -> call(result, c.argumentList(), pos);
                default -> throw new IllegalStateException("unknown trailer " + trailer.getClass());
            };
        }
        return result;
    }

    private Expr call(Expr func, ArgumentListContext ctx, SourcePos pos) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx != null) {
            boolean sawKeyword = false;
            boolean sawDoubleStar = false;
            Set<String> keywordNames = new HashSet<>();
            for (ArgumentContext argument : ctx.argument()) {
                switch (argument) {
                    case PositionalArgumentContext p -> {
                        if (p.comprehensionFor() != null) {
                            throw error(pos(p), SyntaxErrorListener.outsideSubset("generator expressions are"),
                                    "use a list comprehension [...] instead, or " + ScriptError.FULL_PYTHON_HINT);
                        }
                        if (sawKeyword || sawDoubleStar) {
                            throw error(pos(p), "positional argument follows keyword argument",
                                    "put positional arguments before keyword arguments");
                        }
                        args.add(test(p.test()));
                    }
                    case StarArgumentContext s -> {
                        if (sawDoubleStar) {
                            throw error(pos(s), "'*' unpacking follows '**' unpacking", "put '*args' before '**kwargs'");
                        }
                        args.add(new Expr.Starred(test(s.test()), pos(s)));
                    }
                    case KeywordArgumentContext k -> {
                        sawKeyword = true;
                        String name = k.NAME().getText();
                        if (!keywordNames.add(name)) {
                            throw error(pos(k), "keyword argument '" + name + "' repeated", null);
                        }
                        keywords.add(new Keyword(name, test(k.test()), pos(k)));
                    }
                    case DoubleStarArgumentContext d -> {
                        sawDoubleStar = true;
                        keywords.add(new Keyword(null, test(d.test()), pos(d)));
                    }
                    default -> throw new IllegalStateException("unknown argument " + argument.getClass());
                }
            }
        }
        return new Expr.Call(func, args, keywords, pos);
    }

    private Expr subscriptList(SubscriptListContext ctx) {
        List<Expr> indices = new ArrayList<>();
        for (SubscriptContext s : ctx.subscript()) {
            indices.add(subscript(s));
        }
        if (indices.size() == 1 && ctx.COMMA().isEmpty()) {
            return indices.getFirst();
        }
        return new Expr.TupleExpr(indices, pos(ctx));
    }

    private Expr subscript(SubscriptContext ctx) {
        if (ctx instanceof IndexSubscriptContext index) {
            return test(index.test());
        }
        // Walk the children because any of the three bounds may be missing.
        Expr[] bounds = new Expr[3];
        int slot = 0;
        for (ParseTree child : ((SliceSubscriptContext) ctx).children) {
            if (child instanceof TerminalNode) {
                slot++;
            } else {
                bounds[slot] = test((TestContext) child);
            }
        }
        return new Expr.Slice(bounds[0], bounds[1], bounds[2], pos(ctx));
    }

    private Expr atom(AtomContext ctx) {
        SourcePos pos = pos(ctx);
        return switch (ctx) {
            case NameAtomContext n -> new Expr.Name(n.getText(), pos);
            case IntegerAtomContext i -> new Expr.Constant(integer(i.getText()), pos);
            case FloatAtomContext f -> new Expr.Constant(Double.parseDouble(f.getText().replace("_", "")), pos);
            case ImaginaryAtomContext i ->
                    throw error(pos, SyntaxErrorListener.outsideSubset("complex numbers are"), ScriptError.FULL_PYTHON_HINT);
            case EllipsisAtomContext e ->
                    throw error(pos, SyntaxErrorListener.outsideSubset("'...' (Ellipsis) is"), ScriptError.FULL_PYTHON_HINT);
            case StringAtomContext s -> strings.decode(s.STRING().stream().map(TerminalNode::getSymbol).toList());
            case TrueAtomContext t -> new Expr.Constant(Boolean.TRUE, pos);
            case FalseAtomContext f -> new Expr.Constant(Boolean.FALSE, pos);
            case NoneAtomContext n -> new Expr.Constant(null, pos);
            case ParenAtomContext p -> parenthesized(p, pos);
            case ListAtomContext l -> list(l, pos);
            case BraceAtomContext b -> braces(b, pos);
            default -> throw new IllegalStateException("unknown atom " + ctx.getClass());
        };
    }

    private Object integer(String text) {
        String digits = text.replace("_", "");
        int radix = 10;
        if (digits.length() > 1 && digits.charAt(0) == '0' && Character.isLetter(digits.charAt(1))) {
            radix = switch (Character.toLowerCase(digits.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            digits = digits.substring(2);
        }
        BigInteger value = new BigInteger(digits, radix);
        return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
    }

    private Expr parenthesized(ParenAtomContext ctx, SourcePos pos) {
        if (ctx.elements() == null) {
            return new Expr.TupleExpr(List.of(), pos);
        }
        return switch (ctx.elements()) {
            case ComprehensionElementsContext c -> throw error(pos, SyntaxErrorListener.outsideSubset("generator expressions are"),
                    "use a list comprehension [...] instead, or " + ScriptError.FULL_PYTHON_HINT);
            case ListedElementsContext l -> {
                if (l.starredOrTest().size() == 1 && l.COMMA().isEmpty()) {
                    yield unstarred(l.starredOrTest(0)); // parentheses only group
                }
                yield new Expr.TupleExpr(l.starredOrTest().stream().map(this::unstarred).toList(), pos);
            }
            default -> throw new IllegalStateException("unknown elements " + ctx.elements().getClass());
        };
    }

    private Expr list(ListAtomContext ctx, SourcePos pos) {
        if (ctx.elements() == null) {
            return new Expr.ListExpr(List.of(), pos);
        }
        return switch (ctx.elements()) {
            case ComprehensionElementsContext c ->
                    new Expr.ListComp(unstarred(c.starredOrTest()), comprehension(c.comprehensionFor()), pos);
            case ListedElementsContext l -> new Expr.ListExpr(l.starredOrTest().stream().map(this::unstarred).toList(), pos);
            default -> throw new IllegalStateException("unknown elements " + ctx.elements().getClass());
        };
    }

    private Expr braces(BraceAtomContext ctx, SourcePos pos) {
        if (ctx.dictOrSetElements() == null) {
            return new Expr.DictExpr(List.of(), pos);
        }
        return switch (ctx.dictOrSetElements()) {
            case DictComprehensionElementsContext d -> {
                if (!(d.dictEntry() instanceof KeyValueEntryContext entry)) {
                    throw error(pos(d.dictEntry()), "'**' unpacking cannot be used in a dict comprehension", null);
                }
                yield new Expr.DictComp(test(entry.test(0)), test(entry.test(1)), comprehension(d.comprehensionFor()), pos);
            }
            case DictElementsContext d -> new Expr.DictExpr(d.dictEntry().stream().map(this::dictItem).toList(), pos);
            case SetComprehensionElementsContext s -> throw error(pos, SyntaxErrorListener.outsideSubset("set comprehensions are"),
                    ScriptError.FULL_PYTHON_HINT);
            case SetElementsContext s -> new Expr.SetExpr(s.starredOrTest().stream().map(this::unstarred).toList(), pos);
            default -> throw new IllegalStateException("unknown braces " + ctx.dictOrSetElements().getClass());
        };
    }

    private DictItem dictItem(DictEntryContext ctx) {
        return switch (ctx) {
            case KeyValueEntryContext kv -> new DictItem(test(kv.test(0)), test(kv.test(1)));
            case UnpackEntryContext u -> new DictItem(null, bitOr(u.bitOr()));
            default -> throw new IllegalStateException("unknown dict entry " + ctx.getClass());
        };
    }

    private List<Comprehension> comprehension(ComprehensionForContext first) {
        List<Comprehension> generators = new ArrayList<>();
        for (ComprehensionForContext f = first; f != null; f = f.comprehensionFor()) {
            List<Expr> conditions = f.comprehensionIf().stream().map(c -> orTest(c.orTest())).toList();
            Token end = f.comprehensionIf().isEmpty() ? f.orTest().stop : f.comprehensionIf().getLast().stop;
            generators.add(new Comprehension(targetList(f.targetList()), orTest(f.orTest()), conditions,
                    SourcePos.span(f.start, end)));
        }
        return generators;
    }

    private static SourcePos pos(ParserRuleContext ctx) {
        return SourcePos.span(ctx.start, ctx.stop);
    }

    private ScriptError error(SourcePos pos, String message, String hint) {
        return new ScriptError(fileName, pos, message, hint);
    }
}
