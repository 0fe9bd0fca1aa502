package io.stratum.frontend.syntax;

import static io.stratum.frontend.syntax.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class PositionTest {

    private static final String SCRIPT = """
            import skrub
            def main():
                data = skrub.var("data", 1)
                X = data.drop(columns=[
                    "a"])
                label = f"p{i + 1}"
                doc = \"""two
            lines\"""
            """;

    @Test
    void statementsSpanTheirText() {
        Module module = parse(SCRIPT);
        assertEquals("1:1-1:13", module.body().get(0).pos().toString());
        Stmt.FunctionDef main = assertInstanceOf(Stmt.FunctionDef.class, module.body().get(1));
        assertEquals("2:1-8:9", main.pos().toString());
        assertEquals("3:5-3:32", main.body().get(0).pos().toString());
        assertEquals("4:5-5:14", main.body().get(1).pos().toString());
    }

    @Test
    void expressionsUseEditorColumns() {
        Stmt.FunctionDef main = assertInstanceOf(Stmt.FunctionDef.class, parse(SCRIPT).body().get(1));
        Stmt.Assign drop = assertInstanceOf(Stmt.Assign.class, main.body().get(1));
        assertEquals("4:5-4:6", drop.targets().getFirst().pos().toString());
        Expr.Call call = assertInstanceOf(Expr.Call.class, drop.value());
        assertEquals("4:9-5:14", call.pos().toString());
        Expr.Attribute method = assertInstanceOf(Expr.Attribute.class, call.func());
        assertEquals("4:9-4:18", method.pos().toString());
        assertEquals("4:14-4:18", method.attrPos().toString());
        Keyword columns = call.keywords().getFirst();
        assertEquals("4:19-5:13", columns.pos().toString());
        Expr.ListExpr list = assertInstanceOf(Expr.ListExpr.class, columns.value());
        assertEquals("5:9-5:12", list.elements().getFirst().pos().toString());
    }

    @Test
    void anOperationOnAParenthesizedExpressionStartsAtTheParenthesisAsInCPythonsAst() {
        // CPython: (a - b)[:5] and (a - b).c, (f)(1) and (a - b) * c start at the parenthesis (col_offset 4 of
        // "x = "), the group a - b itself at a; GraalPy reports errors there, and so must the subset
        Module module = parse("x = (a - b)[:5]\nx = (a - b).c\nx = (f)(1)\nx = (a - b) * c\nx = c * (a - b)\nx = (a)\n");
        Expr.Subscript subscript = assertInstanceOf(Expr.Subscript.class, value(module, 0));
        assertEquals("1:5-1:16", subscript.pos().toString());
        assertEquals("1:6-1:11", subscript.value().pos().toString());
        assertEquals("2:5-2:14", value(module, 1).pos().toString());
        assertEquals("3:5-3:11", value(module, 2).pos().toString());
        Expr.BinOp product = assertInstanceOf(Expr.BinOp.class, value(module, 3));
        assertEquals("4:5-4:16", product.pos().toString());
        assertEquals("4:6-4:11", product.left().pos().toString());
        assertEquals("5:5-5:16", value(module, 4).pos().toString());
        assertEquals("6:6-6:7", value(module, 5).pos().toString());
    }

    private static Expr value(Module module, int statement) {
        return assertInstanceOf(Stmt.Assign.class, module.body().get(statement)).value();
    }

    @Test
    void fStringFieldsKeepTheirPositionInTheScript() {
        Stmt.FunctionDef main = assertInstanceOf(Stmt.FunctionDef.class, parse(SCRIPT).body().get(1));
        Stmt.Assign label = assertInstanceOf(Stmt.Assign.class, main.body().get(2));
        Expr.FString f = assertInstanceOf(Expr.FString.class, label.value());
        assertEquals("6:13-6:24", f.pos().toString());
        FStringPart.Field field = assertInstanceOf(FStringPart.Field.class, f.parts().get(1));
        assertEquals("6:16-6:23", field.pos().toString());
        Expr.BinOp sum = assertInstanceOf(Expr.BinOp.class, field.value());
        assertEquals("6:17-6:22", sum.pos().toString());
        assertEquals("6:21-6:22", sum.right().pos().toString());
    }

    @Test
    void fStringFieldsOnLaterLinesOfATripleQuotedString() {
        Stmt.ExprStmt stmt = assertInstanceOf(Stmt.ExprStmt.class, parse("x = 1\nf'''a\n  {y}'''\n").body().get(1));
        Expr.FString f = assertInstanceOf(Expr.FString.class, stmt.value());
        FStringPart.Field field = assertInstanceOf(FStringPart.Field.class, f.parts().get(1));
        assertEquals("3:4-3:5", field.value().pos().toString());
    }

    @Test
    void multiLineStringsEndOnTheirLastLine() {
        Stmt.FunctionDef main = assertInstanceOf(Stmt.FunctionDef.class, parse(SCRIPT).body().get(1));
        Stmt.Assign doc = assertInstanceOf(Stmt.Assign.class, main.body().get(3));
        assertEquals("7:11-8:9", doc.value().pos().toString());
    }
}
