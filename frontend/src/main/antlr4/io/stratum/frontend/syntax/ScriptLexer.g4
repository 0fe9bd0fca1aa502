// Tokens of the Python subset that Stratum parses. Layout tokens (NEWLINE, INDENT, DEDENT) are
// decided in ScriptLexerBase, because they depend on bracket depth and the indentation stack,
// which a context-free lexer rule cannot see.
lexer grammar ScriptLexer;

options { superClass = ScriptLexerBase; }

tokens { INDENT, DEDENT }

IMPORT : 'import';
FROM   : 'from';
AS     : 'as';
DEF    : 'def';
RETURN : 'return';
PASS   : 'pass';
IF     : 'if';
ELIF   : 'elif';
ELSE   : 'else';
FOR    : 'for';
IN     : 'in';
NOT    : 'not';
AND    : 'and';
OR     : 'or';
IS     : 'is';
LAMBDA : 'lambda';
TRUE   : 'True';
FALSE  : 'False';
NONE   : 'None';

// Python keywords the subset does not cover. They get a token of their own so that the error
// can name the construct instead of complaining about an unexpected name.
UNSUPPORTED_KEYWORD
    : 'class' | 'while' | 'try' | 'except' | 'finally' | 'with' | 'async' | 'await' | 'yield'
    | 'global' | 'nonlocal' | 'del' | 'assert' | 'raise' | 'break' | 'continue'
    ;

STRING
    : STRING_PREFIX? ( LONG_DOUBLE | LONG_SINGLE | SHORT_DOUBLE | SHORT_SINGLE )
    ;

// A quote that never closes on its line; longest-match lets STRING win whenever it can.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '"' ( '\\' . | ~[\\\r\n"] )* | '\'' ( '\\' . | ~[\\\r\n'] )* )
    ;

IMAGINARY : ( FLOAT_LITERAL | DIGITS ) [jJ];
FLOAT     : FLOAT_LITERAL;
INTEGER
    : [1-9] ( '_'? [0-9] )*
    | '0' ( '_'? '0' )*
    | '0' [xX] ( '_'? [0-9a-fA-F] )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    ;

NAME : ID_START ID_CONTINUE*;

LPAREN   : '(';
RPAREN   : ')';
LBRACK   : '[';
RBRACK   : ']';
LBRACE   : '{';
RBRACE   : '}';
COMMA    : ',';
COLON    : ':';
SEMI     : ';';
DOT      : '.';
ELLIPSIS : '...';
ARROW    : '->';
WALRUS   : ':=';

ASSIGN       : '=';
ADD_ASSIGN   : '+=';
SUB_ASSIGN   : '-=';
MUL_ASSIGN   : '*=';
DIV_ASSIGN   : '/=';
FDIV_ASSIGN  : '//=';
MOD_ASSIGN   : '%=';
POW_ASSIGN   : '**=';
MAT_ASSIGN   : '@=';
AND_ASSIGN   : '&=';
OR_ASSIGN    : '|=';
XOR_ASSIGN   : '^=';
LSH_ASSIGN   : '<<=';
RSH_ASSIGN   : '>>=';

EQ : '==';
NE : '!=';
LE : '<=';
GE : '>=';
LT : '<';
GT : '>';

PLUS    : '+';
MINUS   : '-';
STAR    : '*';
POWER   : '**';
SLASH   : '/';
DSLASH  : '//';
PERCENT : '%';
AT      : '@';
AMP     : '&';
PIPE    : '|';
CARET   : '^';
TILDE   : '~';
LSHIFT  : '<<';
RSHIFT  : '>>';

// The indentation after a line break is part of the token so the base class can measure it.
NEWLINE : ( '\r'? '\n' | '\r' ) [ \t\f]*;

LINE_CONTINUATION : '\\' ( '\r'? '\n' | '\r' ) -> skip;
SPACES            : [ \t\f]+ -> skip;
COMMENT           : '#' ~[\r\n]* -> skip;

// Anything else becomes a token the parser never accepts, so the error names the character.
ERROR_CHAR : .;

fragment STRING_PREFIX : [rRbBfFuU] | [rR] [bBfF] | [bBfF] [rR];
fragment SHORT_DOUBLE  : '"' ( '\\' . | ~[\\\r\n"] )* '"';
fragment SHORT_SINGLE  : '\'' ( '\\' . | ~[\\\r\n'] )* '\'';
fragment LONG_DOUBLE   : '"""' ( '\\' . | ~'\\' )*? '"""';
fragment LONG_SINGLE   : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\'';

fragment DIGITS        : [0-9] ( '_'? [0-9] )*;
fragment EXPONENT      : [eE] [+-]? DIGITS;
fragment FLOAT_LITERAL : ( DIGITS? '.' DIGITS | DIGITS '.' ) EXPONENT? | DIGITS EXPONENT;

fragment ID_START    : [\p{L}\p{Nl}_];
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}];
