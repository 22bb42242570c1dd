/* dis.c - a bytecode listing, for `glassjit --dis` and the docs. */
#include <stdio.h>

#include "opcodes.h"
#include "dis.h"

static void dis_one(const Code *co, FILE *out) {
    fprintf(out, "code %s (%s:%d), %d locals, stack %d\n", co->qualname->data, co->filename->data, co->firstlineno,
            co->nlocals, co->stacksize);
    int last_line = -1;
    for (int32_t off = 0; off < co->ncode;) {
        CodeUnit w = co->code[off];
        int op = (int)(w & 0xFF);
        unsigned arg = w >> 8;
        int line = co->lines[off];
        if (line != last_line) fprintf(out, "%5d ", line);
        else fprintf(out, "      ");
        last_line = line;
        fprintf(out, "%6d  %-26s %u", off, op < OPCODE__COUNT ? opcode_names[op] : "?", arg);
        if (opcode_jumps[op]) fprintf(out, " (to %u)", arg);
        fputc('\n', out);
        off += 1 + (op < OPCODE__COUNT ? opcode_cache_size[op] : 0);
    }
    for (int e = 0; e < co->nexc; e++)
        fprintf(out, "      exception table: [%u, %u) -> %u depth %u\n", co->exctable[e].start, co->exctable[e].end,
                co->exctable[e].handler, co->exctable[e].depth);
    fputc('\n', out);
}

void dis_code(const Code *co, FILE *out) {
    dis_one(co, out);
    for (int64_t i = 0; i < co->consts->len; i++) {
        Value c = co->consts->items[i];
        if (val_is_type(c, &CodeType)) dis_code((const Code *)val_as_obj(c), out);
    }
}
