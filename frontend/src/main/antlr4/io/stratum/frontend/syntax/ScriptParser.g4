// Parse tree of the Python subset that Stratum parses. Rules stay close to LL(1) at statement level
// so a syntax error is reported at the token where the script stops making sense. A few rules accept
// slightly more than the subset (generator expressions, set comprehensions, starred targets) so the
// tree builder can reject them by name instead of the parser reporting an unexpected token.
parser grammar ScriptParser;

options { tokenVocab = ScriptLexer; }

module : ( NEWLINE | statement )* EOF;

// Entry point for the expression inside an f-string replacement field.
fieldExpression : exprList EOF;

statement
    : ifStatement
    | forStatement
    | functionDef
    | simpleStatements
    ;

simpleStatements : simpleStatement ( SEMI simpleStatement )* SEMI? NEWLINE;

simpleStatement
    : importStatement
    | fromImportStatement
    | passStatement
    | returnStatement
    | expressionStatement
    ;

importStatement     : IMPORT importedModule ( COMMA importedModule )*;
importedModule      : dottedName ( AS NAME )?;
fromImportStatement : FROM dottedName IMPORT ( importedNames | LPAREN importedNames COMMA? RPAREN );
importedNames       : importedName ( COMMA importedName )*;
importedName        : NAME ( AS NAME )?;
dottedName          : NAME ( DOT NAME )*;

passStatement   : PASS;
returnStatement : RETURN exprList?;

// Assignment, augmented assignment and bare expressions share a prefix; the builder tells them apart.
expressionStatement
    : exprList ( augmentedOperator exprList | ( ASSIGN exprList )* )
    ;

augmentedOperator
    : ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | FDIV_ASSIGN | MOD_ASSIGN | POW_ASSIGN
    | MAT_ASSIGN | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | LSH_ASSIGN | RSH_ASSIGN
    ;

ifStatement : IF test COLON block elifClause* elseClause?;
elifClause  : ELIF test COLON block;
elseClause  : ELSE COLON block;

forStatement : FOR targetList IN exprList COLON block;

// Decorators such as @skrub.deferred; any expression, as Python 3.9 allows.
functionDef : decorator* DEF NAME LPAREN parameterList? RPAREN COLON block;
decorator   : AT test NEWLINE;

parameterList : parameter ( COMMA parameter )* COMMA?;
parameter
    : NAME ( ASSIGN test )?   # plainParameter
    | STAR NAME?              # starParameter
    | POWER NAME              # doubleStarParameter
    ;

block
    : simpleStatements
    | NEWLINE INDENT statement+ DEDENT
    ;

// Targets of `for` stop below comparisons, otherwise `in` would be read as an operator.
targetList : target ( COMMA target )* COMMA?;
target     : STAR? bitOr;

exprList     : starredOrTest ( COMMA starredOrTest )* COMMA?;
starredOrTest : STAR? test;

test
    : orTest ( IF orTest ELSE test )?
    | lambdaDef
    ;

lambdaDef : LAMBDA parameterList? COLON test;

orTest     : andTest ( OR andTest )*;
andTest    : notTest ( AND notTest )*;
notTest    : NOT notTest | comparison;
comparison : bitOr ( comparisonOperator bitOr )*;

comparisonOperator
    : LT | GT | EQ | GE | LE | NE | IN | NOT IN | IS | IS NOT
    ;

bitOr  : bitXor ( PIPE bitXor )*;
bitXor : bitAnd ( CARET bitAnd )*;
bitAnd : shift ( AMP shift )*;
shift  : arith ( ( LSHIFT | RSHIFT ) arith )*;
arith  : term ( ( PLUS | MINUS ) term )*;
term   : factor ( ( STAR | SLASH | DSLASH | PERCENT | AT ) factor )*;
factor : ( PLUS | MINUS | TILDE ) factor | power;
// The exponent is a factor, so `2 ** -1` parses while `-2 ** 2` stays `-(2 ** 2)`.
power  : primary ( POWER factor )?;

primary : atom trailer*;

trailer
    : LPAREN argumentList? RPAREN    # callTrailer
    | LBRACK subscriptList RBRACK    # subscriptTrailer
    | DOT NAME                       # attributeTrailer
    ;

argumentList : argument ( COMMA argument )* COMMA?;
argument
    : NAME ASSIGN test          # keywordArgument
    | STAR test                 # starArgument
    | POWER test                # doubleStarArgument
    | test comprehensionFor?    # positionalArgument
    ;

subscriptList : subscript ( COMMA subscript )* COMMA?;
subscript
    : test? COLON test? ( COLON test? )?   # sliceSubscript
    | test                                 # indexSubscript
    ;

atom
    : LPAREN elements? RPAREN        # parenAtom
    | LBRACK elements? RBRACK        # listAtom
    | LBRACE dictOrSetElements? RBRACE # braceAtom
    | NAME                           # nameAtom
    | INTEGER                        # integerAtom
    | FLOAT                          # floatAtom
    | IMAGINARY                      # imaginaryAtom
    | STRING+                        # stringAtom
    | TRUE                           # trueAtom
    | FALSE                          # falseAtom
    | NONE                           # noneAtom
    | ELLIPSIS                       # ellipsisAtom
    ;

elements
    : starredOrTest comprehensionFor                          # comprehensionElements
    | starredOrTest ( COMMA starredOrTest )* COMMA?           # listedElements
    ;

dictOrSetElements
    : dictEntry comprehensionFor                              # dictComprehensionElements
    | dictEntry ( COMMA dictEntry )* COMMA?                   # dictElements
    | starredOrTest comprehensionFor                          # setComprehensionElements
    | starredOrTest ( COMMA starredOrTest )* COMMA?           # setElements
    ;

dictEntry
    : test COLON test     # keyValueEntry
    | POWER bitOr         # unpackEntry
    ;

comprehensionFor : FOR targetList IN orTest comprehensionIf* comprehensionFor?;
comprehensionIf  : IF orTest;
