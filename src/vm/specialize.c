/* specialize.c - rewrites generic instructions into specialized forms.
 *
 * Called when a generic instruction's adaptive counter (CACHE[0]) reaches
 * zero.  Each function inspects the operands the instruction sees now,
 * rewrites the opcode byte in place and fills the inline cache, or, when no
 * form fits, resets the counter to RT_BACKOFF so the attempt is repeated
 * only occasionally.  Specialized forms guard their assumptions with
 * DEOPT_IF and fall back to the generic form (see DEOPT_TARGET in ceval.c).
 */
#include "../runtime/containers.h"
#include "../runtime/core.h"
#include "../vm.h"
#include "opcodes.h"
#include "rt.h"

static void rewrite(CodeUnit *instr, int op) { instr[0] = (instr[0] & ~(CodeUnit)0xFF) | (CodeUnit)op; }
static int oparg_of(const CodeUnit *instr) { return (int)(instr[0] >> 8); }
static void backoff(CodeUnit *instr) { instr[1] = RT_BACKOFF; }
static void cache_value(CodeUnit *instr, int at, Value v) {
    instr[1 + at] = (CodeUnit)(v & 0xFFFFFFFFu);
    instr[2 + at] = (CodeUnit)(v >> 32);
}

void specialize_load_global(VM *vm, CodeUnit *instr, Dict *globals, Dict *builtins) {
    (void)vm;
    Str *name = (Str *)val_as_obj(vm->frame->code->names->items[oparg_of(instr)]);
    int64_t i = dict_lookup_str_index(globals, name);
    if (i >= 0 && i <= UINT32_MAX) {
        instr[2] = (CodeUnit)globals->keys_version;
        instr[3] = (CodeUnit)i;
        rewrite(instr, LOAD_GLOBAL_MODULE);
        return;
    }
    i = dict_lookup_str_index(builtins, name);
    if (i >= 0 && i <= UINT32_MAX) {
        instr[1] = (CodeUnit)builtins->keys_version;
        instr[2] = (CodeUnit)globals->keys_version;
        instr[3] = (CodeUnit)i;
        rewrite(instr, LOAD_GLOBAL_BUILTIN);
        return;
    }
    backoff(instr);
}

/* The slot index of name in a user instance, or -1. */
static int64_t instance_slot(Value owner, Str *name) {
    if (!val_is_obj(owner)) return -1;
    Type *t = val_as_obj(owner)->type;
    if (!(t->flags & TYPE_USER) || !t->inst_keys || t->version == 0) return -1;
    Value idx = dict_get_str(t->inst_keys, name);
    if (!val_is_smallint(idx)) return -1;
    return val_as_smallint(idx);
}

/* Instance slots are only read and written directly when no class in the
 * chain intercepts the access (a property of that name, __getattr__ or
 * __setattr__); adding any of those later changes the type's version. */
static bool plain_instance_access(VM *vm, Value owner, Str *name) {
    Type *t = val_as_obj(owner)->type;
    Value attr = type_lookup(t, name);
    if (attr != VAL_UNDEF && val_is_type(attr, &PropertyType)) return false;
    return type_lookup_user(t, str_intern_cstr(vm, "__setattr__")) == VAL_UNDEF &&
           type_lookup_user(t, str_intern_cstr(vm, "__getattribute__")) == VAL_UNDEF;
}

void specialize_load_attr(VM *vm, CodeUnit *instr, Value owner, Str *name) {
    if (val_is_type(owner, &ModuleType)) {
        Dict *d = ((Module *)val_as_obj(owner))->dict;
        int64_t i = dict_lookup_str_index(d, name);
        if (i >= 0 && i <= UINT32_MAX && d->keys_version <= UINT32_MAX) {
            instr[2] = (CodeUnit)d->keys_version;
            instr[3] = (CodeUnit)i;
            rewrite(instr, LOAD_ATTR_MODULE);
            return;
        }
        backoff(instr);
        return;
    }
    int64_t idx = instance_slot(owner, name);
    if (idx >= 0 && plain_instance_access(vm, owner, name)) {
        Instance *inst = (Instance *)val_as_obj(owner);
        if (idx < inst->nslots && inst->slots[idx] != VAL_UNDEF) {
            instr[2] = inst->hdr.type->version;
            instr[3] = (CodeUnit)idx;
            rewrite(instr, LOAD_ATTR_INSTANCE);
            return;
        }
    }
    backoff(instr);
}

void specialize_store_attr(VM *vm, CodeUnit *instr, Value owner, Str *name) {
    int64_t idx = instance_slot(owner, name);
    if (idx >= 0 && idx < ((Instance *)val_as_obj(owner))->nslots && plain_instance_access(vm, owner, name)) {
        instr[2] = val_as_obj(owner)->type->version;
        instr[3] = (CodeUnit)idx;
        rewrite(instr, STORE_ATTR_INSTANCE);
        return;
    }
    backoff(instr);
}

void specialize_load_method(VM *vm, CodeUnit *instr, Value owner, Str *name) {
    Value self = VAL_NULL;
    Type *t = val_type(owner);
    if (t->version == 0 || t == &TypeType || t == &ModuleType || instance_slot(owner, name) >= 0) {
        backoff(instr);
        return;
    }
    Value meth = rt_load_method(vm, owner, name, &self);
    if (meth == VAL_ERR) {
        vm_exc_clear(vm);
        backoff(instr);
        return;
    }
    if (self == VAL_NULL) {
        backoff(instr);
        return;
    }
    instr[1] = t->version;
    cache_value(instr, 1, meth);
    rewrite(instr, LOAD_METHOD_CACHED);
}

void specialize_binary_op(VM *vm, CodeUnit *instr, Value lhs, Value rhs) {
    (void)vm;
    int op = oparg_of(instr) & ~BINOP_INPLACE;
    int to = -1;
    if (val_both_smallint(lhs, rhs)) {
        switch (op) {
        case BINOP_ADD: to = BINARY_OP_ADD_INT; break;
        case BINOP_SUB: to = BINARY_OP_SUB_INT; break;
        case BINOP_MUL: to = BINARY_OP_MUL_INT; break;
        case BINOP_MOD: to = BINARY_OP_MOD_INT; break;
        case BINOP_FLOORDIV: to = BINARY_OP_FLOORDIV_INT; break;
        case BINOP_AND: case BINOP_OR: case BINOP_XOR: to = BINARY_OP_BITWISE_INT; break;
        case BINOP_LSHIFT: case BINOP_RSHIFT: to = BINARY_OP_SHIFT_INT; break;
        }
    } else if (val_both_float(lhs, rhs)) {
        switch (op) {
        case BINOP_ADD: to = BINARY_OP_ADD_FLOAT; break;
        case BINOP_SUB: to = BINARY_OP_SUB_FLOAT; break;
        case BINOP_MUL: to = BINARY_OP_MUL_FLOAT; break;
        case BINOP_TRUEDIV: to = BINARY_OP_TRUEDIV_FLOAT; break;
        }
    } else if (op == BINOP_ADD && val_is_str(lhs) && val_is_str(rhs)) {
        to = BINARY_OP_ADD_STR;
    }
    if (to < 0) backoff(instr);
    else rewrite(instr, to);
}

void specialize_compare_op(VM *vm, CodeUnit *instr, Value lhs, Value rhs) {
    (void)vm;
    int op = oparg_of(instr);
    if (val_both_smallint(lhs, rhs)) rewrite(instr, COMPARE_OP_INT);
    else if (val_both_float(lhs, rhs)) rewrite(instr, COMPARE_OP_FLOAT);
    else if (val_is_str(lhs) && val_is_str(rhs) && (op == CMP_EQ || op == CMP_NE)) rewrite(instr, COMPARE_OP_STR);
    else backoff(instr);
}

void specialize_binary_subscr(VM *vm, CodeUnit *instr, Value container, Value sub) {
    (void)vm;
    if (val_is_type(container, &ListType) && val_is_smallint(sub)) rewrite(instr, BINARY_SUBSCR_LIST_INT);
    else if (val_is_type(container, &TupleType) && val_is_smallint(sub)) rewrite(instr, BINARY_SUBSCR_TUPLE_INT);
    else if (val_is_type(container, &DictType)) rewrite(instr, BINARY_SUBSCR_DICT);
    else backoff(instr);
}

void specialize_store_subscr(VM *vm, CodeUnit *instr, Value container, Value sub) {
    (void)vm;
    if (val_is_type(container, &ListType) && val_is_smallint(sub)) rewrite(instr, STORE_SUBSCR_LIST_INT);
    else if (val_is_type(container, &DictType)) rewrite(instr, STORE_SUBSCR_DICT);
    else backoff(instr);
}

void specialize_for_iter(VM *vm, CodeUnit *instr, Value iter) {
    (void)vm;
    if (val_is_type(iter, &RangeIterType)) rewrite(instr, FOR_ITER_RANGE);
    else if (val_is_type(iter, &ListIterType)) rewrite(instr, FOR_ITER_LIST);
    else backoff(instr);
}

void specialize_call(VM *vm, CodeUnit *instr, Value callable, Value self_or_null, int nargs) {
    int n = nargs + (self_or_null != VAL_NULL);
    if (val_is_type(callable, &FunctionType)) {
        Function *f = (Function *)val_as_obj(callable);
        Code *co = f->code;
        if (n == co->argcount && !(co->flags & (CO_VARARGS | CO_VARKW)) && co->kwonlyargcount == 0) {
            instr[1] = f->func_version;
            rewrite(instr, CALL_PY_EXACT);
            return;
        }
    } else if (val_is_type(callable, &NativeFuncType) && ((NativeFunc *)val_as_obj(callable))->self == VAL_NULL) {
        if (callable == rt_list_append_method(vm) && nargs == 1 && val_is_type(self_or_null, &ListType))
            rewrite(instr, CALL_LIST_APPEND);
        else
            rewrite(instr, CALL_NATIVE);
        return;
    }
    backoff(instr);
}
