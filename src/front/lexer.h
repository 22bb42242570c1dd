/* lexer.h - the tokenizer used by parser.c (and tests/unit/test_lexer.c).
 *
 * The lexer works on "prepared" source: valid UTF-8, '\n' line endings, no
 * NUL bytes, no BOM (lex_prepare() produces it from raw file bytes).  It turns
 * the whole text into an array of tokens in one go.  When it meets an error it
 * appends a single T_ERROR token (carrying the message and position) and stops;
 * the parser reports that error only when it actually reaches the token, so
 * grammar errors earlier in the file win, as in CPython.
 *
 * Positions: lines are 1-based, columns 1-based in code points; end_col points
 * just past the token.
 */
#ifndef GJ_LEXER_H
#define GJ_LEXER_H

#include <stddef.h>
#include <stdint.h>

#include "ast.h"

typedef enum TokType {
    T_ENDMARKER,
    T_NAME,
    T_INT,      /* ival (or int_overflow set) */
    T_FLOAT,    /* fval */
    T_STRING,   /* str.* describe the literal; contents are decoded by the parser */
    T_NEWLINE,
    T_INDENT,
    T_DEDENT,
    T_ERROR,    /* err.*: always the last token */
    T_ERRCHAR,  /* a character that starts no token ($, ?, `, lone !): "invalid syntax" */
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE,
    T_COLON, T_COMMA, T_SEMI, T_DOT, T_ELLIPSIS, T_RARROW, T_COLONEQ, T_AT, T_ATEQ,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_DSLASH, T_PERCENT, T_DSTAR,
    T_LSHIFT, T_RSHIFT, T_AMPER, T_VBAR, T_CIRCUMFLEX, T_TILDE,
    T_LESS, T_GREATER, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL, T_GREATEREQUAL, T_LTGT,
    T_EQUAL,
    T_PLUSEQ, T_MINUSEQ, T_STAREQ, T_SLASHEQ, T_DSLASHEQ, T_PERCENTEQ, T_DSTAREQ,
    T_LSHIFTEQ, T_RSHIFTEQ, T_AMPEREQ, T_VBAREQ, T_CIRCUMFLEXEQ,
    /* keywords */
    T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK,
    T_CLASS, T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR,
    T_FROM, T_GLOBAL, T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR,
    T_PASS, T_RAISE, T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    T__COUNT
} TokType;

/* Error classes, for the "SyntaxError:" part of messages. */
enum { ERRK_SYNTAX, ERRK_INDENT, ERRK_TAB };

/* How a T_ERROR relates to an earlier generic "invalid syntax" (CPython
 * re-tokenizes the rest of the file and prefers a tokenizer error). */
enum {
    ERRO_NONE,    /* never replaces an earlier error */
    ERRO_ALWAYS,  /* a tokenizer error proper: replaces "invalid syntax" */
    ERRO_PAREN    /* "'(' was never closed": replaces it if the '(' is on an earlier line */
};

typedef struct Token {
    int type;                 /* TokType */
    int line, col, end_line, end_col;
    int level;                /* bracket depth after this token */
    const char *start;        /* source text of the token (not NUL-terminated) */
    uint32_t len;
    uint8_t int_overflow;     /* T_INT: the literal does not fit int64 */
    uint8_t imag;             /* T_INT / T_FLOAT: a 'j' suffix (complex literal) */
    union {
        int64_t ival;         /* T_INT */
        double fval;          /* T_FLOAT */
        struct {
            const char *body;  /* between the quotes */
            uint32_t body_len;
            int body_line, body_col; /* position of body[0] */
            uint8_t raw, fstr, bytes, triple;
        } str;
        struct {
            const char *msg;   /* arena string */
            int kind;          /* ERRK_* */
            int override;      /* ERRO_* */
        } err;
    };
} Token;

enum { LEX_FILE, LEX_EXPR };

/* Converts raw source bytes into prepared text in `scratch` (strips a BOM,
 * CRLF/CR -> LF, checks UTF-8 and NUL bytes).  Returns 0 on success, -1 with
 * msg/line/col filled on error. */
int lex_prepare(Arena *scratch, const char *src, size_t len, char **out, size_t *outlen,
                char *msg, size_t msgsize, int *line, int *col);

/* Tokenizes prepared text src[0..len) (at most 4 GiB).  LEX_FILE: a whole module (NEWLINE,
 * INDENT, DEDENT, ENDMARKER).  LEX_EXPR: the expression of an f-string
 * replacement field, lexed as if inside brackets (no NEWLINE/INDENT), starting
 * at position (line, col).  The token array is malloc'd (free() it); it
 * always ends with T_ENDMARKER or T_ERROR.  Error messages live in `scratch`.
 * Returns the number of tokens. */
int lex_tokenize(Arena *scratch, const char *src, size_t len, int mode, int line, int col,
                 Token **out);

/* Short printable name of a token type ("NAME", "'('", "'if'", ...). */
const char *tok_type_name(int type);

/* Number of code points in s[0..n) (for column arithmetic). */
int utf8_count(const char *s, size_t n);

#endif
