# glassjit-gdb.py - gdb commands and a pretty-printer for glassjit's guest state.
#
# gdb loads this file by itself when it debugs a glassjit binary (the binary's
# .debug_gdb_scripts section names it, see src/gdb_autoload.c) once its
# directory is on gdb's auto-load safe-path; or `source gdb/glassjit-gdb.py`.
# See gdb/README.md.
#
#   glassjit bt [N]        guest backtrace: function, file:line, source line, locals
#   glassjit traces        live JIT traces: id, machine code range, function, uops, runs
#   glassjit uops ID [-n]  a trace's uops with their addresses and disassembly
#   glassjit repr EXPR     a Value (or an object pointer) in Python repr form
#   print VALUE            the `Value` typedef prints as its guest repr (print/r: raw)
#
# Everything here reads the inferior's memory through the VM's DWARF types
# (offsets come from the binary's debug info, never hard-coded), so it works
# on a live process or a core file, and never calls into the inferior.
import os
import struct

import gdb
import gdb.printing

# ---- Value encoding (src/value.h) ----------------------------------------------
TAG_INT, TAG_OBJ, TAG_SPECIAL = 0xFFF9, 0xFFFA, 0xFFFB
PAYLOAD_MASK = (1 << 48) - 1
SPECIAL = {0: "False", 1: "True", 2: "None", 3: "<unbound>", 4: "<error>", 5: "<NULL>",
           6: "NotImplemented"}
VAL_UNDEF = (TAG_SPECIAL << 48) | 3
VAL_NULL = (TAG_SPECIAL << 48) | 5
TYPE_USER, TYPE_EXC = 1, 2  # Type.flags (src/object.h)
CO_MODULE, CO_CLASSBODY = 4, 8  # Code.flags

MAX_ITEMS = 10   # container items shown before "..."
MAX_DEPTH = 6    # nesting shown before "..."
MAX_STR = 200    # characters of a str shown


class GJError(Exception):
    pass


# ---- memory and types -------------------------------------------------------------
# Per-process cache of DWARF layouts and symbol addresses; dropped whenever the
# inferior or its objfiles change.
_cache = {}


def _reset_cache(*_):
    _cache.clear()


for _ev in ("new_objfile", "exited", "clear_objfiles"):
    _reg = getattr(gdb.events, _ev, None)
    if _reg is not None:
        _reg.connect(_reset_cache)


def _type(name):
    key = ("type", name)
    t = _cache.get(key)
    if t is None:
        try:
            t = gdb.lookup_type(name)
        except gdb.error:
            raise GJError("no debug info for type %s (is this a glassjit binary built with -g?)" % name)
        _cache[key] = t
    return t


def _layout(name):
    """{field: byte offset} and size of a struct type, from DWARF."""
    key = ("layout", name)
    lay = _cache.get(key)
    if lay is None:
        t = _type(name).strip_typedefs()
        lay = ({f.name: f.bitpos // 8 for f in t.fields() if f.name}, t.sizeof)
        _cache[key] = lay
    return lay


def _off(tname, field):
    return _layout(tname)[0][field]


def _inferior():
    return gdb.selected_inferior()


def _read(addr, n):
    if addr <= 0 or addr + n > (1 << 64):
        raise gdb.MemoryError("Cannot access memory at address 0x%x" % addr)
    return _inferior().read_memory(addr, n).tobytes()


def _u64(addr):
    return struct.unpack("<Q", _read(addr, 8))[0]


def _i64(addr):
    return struct.unpack("<q", _read(addr, 8))[0]


def _u32(addr):
    return struct.unpack("<I", _read(addr, 4))[0]


def _i32(addr):
    return struct.unpack("<i", _read(addr, 4))[0]


def _u16(addr):
    return struct.unpack("<H", _read(addr, 2))[0]


def _field(addr, tname, field, kind):
    return kind(addr + _off(tname, field))


def _cstr(addr, limit=4096):
    """A NUL-terminated C string (UTF-8), read in small pieces."""
    if not addr:
        return None
    out = b""
    while len(out) < limit:
        try:
            chunk = _read(addr + len(out), 64)
        except gdb.MemoryError:
            chunk = _read(addr + len(out), 1)
        nul = chunk.find(b"\0")
        if nul >= 0:
            return (out + chunk[:nul]).decode("utf-8", "replace")
        out += chunk
    return out.decode("utf-8", "replace") + "..."


def _pid():
    inf = _inferior()
    return inf.pid if inf is not None else 0


# ---- guest values ---------------------------------------------------------------
def _str_data(addr, max_chars=None):
    """The text of a Str object (and whether it was cut)."""
    nbytes = _field(addr, "Str", "nbytes", _i64)
    if nbytes < 0 or nbytes > (1 << 40):
        raise GJError("bad str")
    want = nbytes if max_chars is None else min(nbytes, 4 * max_chars)
    text = _read(addr + _off("Str", "data"), want).decode("utf-8", "replace") if want else ""
    cut = want < nbytes
    if max_chars is not None and len(text) > max_chars:
        text, cut = text[:max_chars], True
    return text, cut


def _str_obj(addr):
    """A Str * as a Python string ('' for NULL)."""
    if not addr:
        return ""
    return _str_data(addr)[0]


def _type_info(type_addr):
    name = _cstr(_field(type_addr, "Type", "name", _u64), 256) or "?"
    flags = _field(type_addr, "Type", "flags", _u32)
    return name, flags


def _type_qualname(type_addr):
    """'__main__.Foo' for user classes, 'int' for builtin ones (as CPython's repr)."""
    name, flags = _type_info(type_addr)
    if flags & TYPE_USER:
        mod = _field(type_addr, "Type", "module", _u64)
        if mod:
            m = _str_obj(mod)
            if m and m != "builtins":
                return m + "." + name
    return name


def _items(addr, n):
    n = max(0, min(n, MAX_ITEMS + 1))
    if not n:
        return []
    return list(struct.unpack("<%dQ" % n, _read(addr, 8 * n)))


def _seq_repr(values, total, open_, close, depth, seen):
    parts = [val_repr(v, depth + 1, seen) for v in values[:MAX_ITEMS]]
    if total > MAX_ITEMS:
        parts.append("...")
    return open_ + ", ".join(parts) + close


def val_repr(v, depth=0, seen=None):
    """The guest repr of a NaN-boxed Value (a Python int)."""
    v &= (1 << 64) - 1
    tag = v >> 48
    if tag < TAG_INT:
        return repr(struct.unpack("<d", struct.pack("<Q", v))[0])
    if tag == TAG_INT:
        p = v & PAYLOAD_MASK
        return str(p - (1 << 48) if p >> 47 else p)
    if tag == TAG_SPECIAL:
        return SPECIAL.get(v & PAYLOAD_MASK, "<special %d>" % (v & PAYLOAD_MASK))
    if tag == TAG_OBJ:
        return obj_repr(v & PAYLOAD_MASK, depth, seen)
    return "<bad Value 0x%016x>" % v


def obj_repr(addr, depth=0, seen=None):
    """The guest repr of a heap object (an Obj * as a Python int)."""
    if not addr:
        return "<NULL object>"
    try:
        return _obj_repr(addr, depth, seen if seen is not None else set())
    except (gdb.MemoryError, gdb.error, GJError, UnicodeError, struct.error, OverflowError, KeyError):
        return "<object at 0x%x: unreadable>" % addr


def _obj_repr(addr, depth, seen):
    taddr = _field(addr, "Obj", "type", _u64)
    if not taddr:
        return "<object at 0x%x with no type>" % addr
    tname, tflags = _type_info(taddr)
    at = "0x%x" % addr
    if tflags & TYPE_EXC:
        args = _field(addr, "ExcObj", "args", _u64)
        if not args:
            return tname + "()"
        n = _field(args, "Tuple", "len", _i64)
        vals = _items(args + _off("Tuple", "items"), n)
        return _seq_repr(vals, n, tname + "(", ")", depth, seen)
    if tflags & TYPE_USER:
        return "<%s object at %s>" % (_type_qualname(taddr), at)
    if depth >= MAX_DEPTH and tname in ("list", "tuple", "dict", "set", "frozenset"):
        return "..."
    if tname == "str":
        text, cut = _str_data(addr, MAX_STR)
        return repr(text) + ("..." if cut else "")
    if tname == "int":
        return str(_field(addr, "IntObj", "v", _i64))
    if tname in ("list", "tuple"):
        if addr in seen:
            return "[...]" if tname == "list" else "(...)"
        seen.add(addr)
        try:
            if tname == "list":
                n = _field(addr, "List", "len", _i64)
                vals = _items(_field(addr, "List", "items", _u64), n)
                return _seq_repr(vals, n, "[", "]", depth, seen)
            n = _field(addr, "Tuple", "len", _i64)
            vals = _items(addr + _off("Tuple", "items"), n)
            if n == 1:
                return "(" + val_repr(vals[0], depth + 1, seen) + ",)"
            return _seq_repr(vals, n, "(", ")", depth, seen)
        finally:
            seen.discard(addr)
    if tname == "dict":
        if addr in seen:
            return "{...}"
        seen.add(addr)
        try:
            return _dict_repr(addr, depth, seen)
        finally:
            seen.discard(addr)
    if tname in ("set", "frozenset"):
        return _set_repr(addr, tname, depth, seen)
    if tname == "function":
        return "<function %s at %s>" % (_str_obj(_field(addr, "Function", "qualname", _u64)), at)
    if tname == "builtin_function_or_method":
        name = _cstr(_field(addr, "NativeFunc", "name", _u64), 256)
        self_ = _field(addr, "NativeFunc", "self", _u64)
        if self_ != VAL_NULL:
            return "<built-in method %s of %s>" % (name, _short(self_))
        return "<built-in function %s>" % name
    if tname == "method":
        func = _field(addr, "BoundMethod", "func", _u64)
        fname = "?"
        if func >> 48 == TAG_OBJ:
            fa = func & PAYLOAD_MASK
            if _type_info(_field(fa, "Obj", "type", _u64))[0] == "function":
                fname = _str_obj(_field(fa, "Function", "qualname", _u64))
        return "<bound method %s of %s>" % (fname, val_repr(_field(addr, "BoundMethod", "self", _u64),
                                                            MAX_DEPTH, seen))
    if tname == "type":
        return "<class '%s'>" % _type_qualname(addr)
    if tname == "module":
        return "<module '%s'>" % _str_obj(_field(addr, "Module", "name", _u64))
    if tname == "range":
        start, stop, step = (_field(addr, "Range", f, _i64) for f in ("start", "stop", "step"))
        return "range(%d, %d)" % (start, stop) if step == 1 else "range(%d, %d, %d)" % (start, stop, step)
    if tname == "slice":
        return "slice(%s)" % ", ".join(val_repr(_field(addr, "Slice", f, _u64), depth + 1, seen)
                                        for f in ("start", "stop", "step"))
    if tname == "cell":
        c = _field(addr, "Cell", "value", _u64)
        return "<cell at %s: %s>" % (at, "empty" if c == VAL_UNDEF else _short(c))
    if tname == "code":
        return '<code object %s at %s, file "%s", line %d>' % (
            _str_obj(_field(addr, "Code", "name", _u64)), at,
            _str_obj(_field(addr, "Code", "filename", _u64)), _field(addr, "Code", "firstlineno", _i32))
    return "<%s object at %s>" % (tname, at)


def _short(v):
    """'int object at 0x..' style, for values inside other reprs."""
    if v >> 48 == TAG_OBJ:
        a = v & PAYLOAD_MASK
        return "%s object at 0x%x" % (_type_qualname(_field(a, "Obj", "type", _u64)), a)
    return val_repr(v, MAX_DEPTH)


def _dict_repr(addr, depth, seen):
    used = _field(addr, "Dict", "used", _i64)
    live = _field(addr, "Dict", "len", _i64)
    entries = _field(addr, "Dict", "entries", _u64)
    esize = _layout("DictEntry")[1]
    koff, voff = _off("DictEntry", "key"), _off("DictEntry", "value")
    parts = []
    for i in range(max(0, min(used, 1 << 32))):
        if len(parts) == MAX_ITEMS:
            break
        e = entries + i * esize
        k = _u64(e + koff)
        if k == VAL_UNDEF:
            continue
        parts.append(val_repr(k, depth + 1, seen) + ": " + val_repr(_u64(e + voff), depth + 1, seen))
    if live > len(parts):
        parts.append("...")
    return "{" + ", ".join(parts) + "}"


def _set_repr(addr, tname, depth, seen):
    mask = _field(addr, "Set", "mask", _i64)
    used = _field(addr, "Set", "used", _i64)
    table = _field(addr, "Set", "table", _u64)
    esize = _layout("SetEntry")[1]
    koff = _off("SetEntry", "key")
    parts = []
    for i in range(max(0, min(mask + 1, 1 << 32)) if table else 0):
        if len(parts) == MAX_ITEMS:
            break
        k = _u64(table + i * esize + koff)
        if k in (VAL_UNDEF, VAL_NULL):
            continue
        parts.append(val_repr(k, depth + 1, seen))
    if used > len(parts):
        parts.append("...")
    if not parts:
        return tname + "()"
    body = "{" + ", ".join(parts) + "}"
    return body if tname == "set" else "frozenset(" + body + ")"


# ---- the pretty-printer for `Value` ------------------------------------------------
class ValuePrinter:
    """Prints a Value (typedef uint64_t, NaN-boxed) as its guest repr."""

    def __init__(self, val):
        self.val = val

    def to_string(self):
        try:
            raw = int(self.val) & ((1 << 64) - 1)
        except (gdb.error, ValueError):
            return "<Value: unavailable>"
        try:
            return val_repr(raw)
        except Exception as e:  # never break `print`, `bt`, `info locals`
            return "<Value 0x%016x: %s>" % (raw, e)


def _is_value_type(t):
    """Does t name the Value typedef (through any typedef chain or qualifiers)?"""
    t = t.unqualified()
    while t.code == gdb.TYPE_CODE_TYPEDEF:
        if t.name == "Value":
            return True
        t = t.target().unqualified()
    return False


class GlassjitPrinters(gdb.printing.PrettyPrinter):
    def __init__(self):
        super().__init__("glassjit", [])

    def __call__(self, val):
        if not self.enabled:
            return None
        try:
            if _is_value_type(val.type):
                return ValuePrinter(val)
        except gdb.error:
            pass
        return None


# ---- the VM, its frames and traces -------------------------------------------------
def _find_vm():
    """The VM pointer: the `vm` argument or local of the selected frame or of
    the nearest older frame that has one (str.c's cache_vm as a last resort)."""
    if not _inferior() or not _inferior().pid:
        raise GJError("the program is not running")
    try:
        f = gdb.selected_frame()
    except gdb.error:
        raise GJError("no frame selected (the program is not running)")
    while f is not None:
        try:
            v = f.read_var("vm")
            t = v.type.strip_typedefs()
            if (not v.is_optimized_out and t.code == gdb.TYPE_CODE_PTR
                    and t.target().strip_typedefs().tag == "VM" and int(v) != 0):
                return int(v)
        except (ValueError, gdb.error, RuntimeError):
            pass
        try:
            f = f.older()
        except gdb.error:
            break
    try:
        sym = gdb.lookup_static_symbol("cache_vm")
        if sym is not None and int(sym.value()):
            return int(sym.value())
    except (gdb.error, AttributeError):
        pass
    raise GJError("no VM found on the stack (no frame has a `vm` variable)")


def _jit_state(vm):
    js = _field(vm, "VM", "jit", _u64)
    if not js:
        raise GJError("this VM has no JIT state")
    return js


def _uop_names():
    names = _cache.get("uop_names")
    if names is None:
        names = []
        # every file that includes opcodes.h has its own static copy; most
        # are optimized out: take one that is there
        try:
            syms = gdb.lookup_static_symbols("uop_names")
        except AttributeError:  # gdb < 10
            syms = [gdb.lookup_static_symbol("uop_names")]
        for sym in syms:
            try:
                arr = sym.value()
                lo, hi = arr.type.strip_typedefs().range()
                names = [arr[i].string() for i in range(lo, hi + 1)]
                break
            except (gdb.error, AttributeError):
                names = []
        _cache["uop_names"] = names
    return names


def _uop_name(op):
    names = _uop_names()
    return names[op] if 0 <= op < len(names) else "uop#%d" % op


class Trace:
    """An Executor, read from memory."""

    def __init__(self, addr):
        self.addr = addr
        g = lambda f, k: _field(addr, "Executor", f, k)  # noqa: E731
        self.code = g("code", _u64)
        self.id = g("id", _u64)
        self.start = g("start", _u32)
        self.valid = g("valid", _i32)
        self.dead = g("dead", _i32)
        self.nuops = g("nuops", _i32)
        self.uops = g("uops", _u64)
        self.runs = g("runs", _u64)
        self.jit_code = g("jit_code", _u64)
        self.code_size = g("code_size", _u32)
        self.uop_offsets = g("uop_offsets", _u64)
        self.loop_ex = g("loop_ex", _u64)
        self.seal_epoch = g("seal_epoch", _u64)
        self.next = g("live_next", _u64)

    def contains(self, pc):
        return self.jit_code and self.jit_code <= pc < self.jit_code + self.code_size

    def offsets(self):
        if not self.uop_offsets or self.nuops <= 0:
            return []
        return list(struct.unpack("<%dI" % (self.nuops + 1), _read(self.uop_offsets, 4 * (self.nuops + 1))))

    def uop(self, i):
        """(op, oparg, target) of uop i."""
        size = _layout("UOpInst")[1]
        a = self.uops + i * size
        return (_u16(a + _off("UOpInst", "op")), _u32(a + _off("UOpInst", "oparg")),
                _u32(a + _off("UOpInst", "target")))

    def uop_at(self, pc):
        """Index of the uop whose machine code holds pc, or None (exit stubs)."""
        offs = self.offsets()
        rel = pc - self.jit_code
        for i in range(self.nuops):
            if offs[i] <= rel < offs[i + 1]:
                return i
        return None


def _live_traces(vm):
    js = _jit_state(vm)
    out, ex, guard = [], _field(js, "JitState", "live_first", _u64), 0
    while ex and guard < 100000:
        t = Trace(ex)
        out.append(t)
        ex = t.next
        guard += 1
    out.reverse()  # oldest first
    return out


class Code:
    def __init__(self, addr):
        self.addr = addr
        g = lambda f, k: _field(addr, "Code", f, k)  # noqa: E731
        self.code = g("code", _u64)
        self.ncode = g("ncode", _i32)
        self.lines = g("lines", _u64)
        self.nlocals = g("nlocals", _i32)
        self.ncells = g("ncells", _i32)
        self.nfree = g("nfree", _i32)
        self.flags = g("flags", _i32)
        self.localsplus = g("localsplus", _u64)
        self.qualname = _str_obj(g("qualname", _u64)) or _str_obj(g("name", _u64))
        self.filename = _str_obj(g("filename", _u64))
        self.firstlineno = g("firstlineno", _i32)

    def line_at(self, off):
        """Guest line of code unit off (clamped, as frame_line() does)."""
        if self.ncode <= 0 or not self.lines:
            return self.firstlineno
        off = max(0, min(off, self.ncode - 1))
        return _i32(self.lines + 4 * off)

    def local_names(self):
        if not self.localsplus:
            return []
        n = _field(self.localsplus, "Tuple", "len", _i64)
        items = self.localsplus + _off("Tuple", "items")
        return [_str_obj(_u64(items + 8 * i) & PAYLOAD_MASK) for i in range(max(0, min(n, 4096)))]


_source_cache = {}


def _source_line(filename, line):
    """The text of line `line` of a guest source file, or None."""
    cands = [filename]
    if not os.path.isabs(filename):
        pid = _pid()
        if pid:
            cands.insert(0, os.path.join("/proc/%d/cwd" % pid, filename))
        cands.append(os.path.join(os.getcwd(), filename))
    for path in cands:
        try:
            st = os.stat(path)
        except OSError:
            continue
        key = (path, st.st_mtime_ns, st.st_size)
        lines = _source_cache.get(key)
        if lines is None:
            try:
                with open(path, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read().split("\n")
            except OSError:
                continue
            _source_cache[key] = lines
        if 1 <= line <= len(lines):
            return lines[line - 1]
        return None
    return None


def _native_frames():
    """(gdb frame, pc, name) of each native frame, newest first; pc is the
    return address minus one for the older frames, so that it falls inside
    the calling instruction."""
    out = []
    try:
        f = gdb.newest_frame()
    except gdb.error:
        return out
    while f is not None and len(out) < 256:
        try:
            pc = f.pc()
            name = f.name()
        except gdb.error:
            break
        out.append((f, pc if not out else pc - 1, name))
        try:
            f = f.older()
        except gdb.error:
            break
    return out


def _innermost_line(fr, co, traces):
    """The current line of the VM's innermost frame fr, from the native stack:
    the frame's ip is only brought up to date at guest calls, not while tier 1
    calls a native builtin or JIT code runs.  Finds the newest native frame
    running guest code: JIT code of co (the line of its uop), or eval_frame
    running fr (its next_instr, when the debug info has it).  None: use ip."""
    for f, pc, name in _native_frames():
        if name == "eval_frame":
            try:
                if int(f.read_var("frame")) != fr:
                    return None
                nxt = f.read_var("next_instr")
                if nxt.is_optimized_out:
                    return None
                return co.line_at((int(nxt) - co.code) // 4 - 1)
            except (ValueError, gdb.error, RuntimeError):
                return None
        for t in traces:
            if t.contains(pc):
                if t.code != co.addr:
                    return None
                i = t.uop_at(pc)
                return None if i is None else co.line_at(t.uop(i)[2])
    return None


def guest_frames(vm, limit=None):
    """[(frame addr, Code, line, [(name, Value or None)])] innermost first."""
    frames = []
    fr = _field(vm, "VM", "frame", _u64)
    try:
        traces = _live_traces(vm)
    except (GJError, gdb.error):
        traces = []
    seen = set()
    while fr and fr not in seen and (limit is None or len(frames) < limit):
        seen.add(fr)
        co = Code(_field(fr, "Frame", "code", _u64))
        ip = _field(fr, "Frame", "ip", _u64)
        line = co.line_at((ip - co.code) // 4 - 1)
        if not frames:
            cur = _innermost_line(fr, co, traces)
            if cur is not None:
                line = cur
        local_vals = []
        if not co.flags & (CO_MODULE | CO_CLASSBODY):
            lp = _field(fr, "Frame", "localsplus", _u64)
            for i, name in enumerate(co.local_names()):
                v = _u64(lp + 8 * i)
                if i >= co.nlocals and v >> 48 == TAG_OBJ:
                    # a cell or free variable: show what the cell holds
                    a = v & PAYLOAD_MASK
                    if _type_info(_field(a, "Obj", "type", _u64))[0] == "cell":
                        v = _field(a, "Cell", "value", _u64)
                local_vals.append((name, v))
        frames.append((fr, co, line, local_vals))
        fr = _field(fr, "Frame", "prev", _u64)
    return frames


# ---- commands ----------------------------------------------------------------------
def _run(fn):
    """Turns our errors into gdb errors (a message, no Python traceback)."""
    try:
        fn()
    except GJError as e:
        raise gdb.GdbError("glassjit: %s" % e)
    except gdb.MemoryError as e:
        raise gdb.GdbError("glassjit: cannot read the VM's memory (%s)" % e)


class GlassjitPrefix(gdb.Command):
    """glassjit's guest-level view of the program.

glassjit bt [N]        guest backtrace, innermost first: function, file:line,
                       the source line and the frame's locals
glassjit traces        live JIT traces: id, machine code range, function, uops, runs
glassjit uops ID [-n]  the uops of trace ID, their addresses and disassembly (-n: none)
glassjit repr EXPR     a Value (or an Obj pointer) in guest repr form

`print` shows any expression of type Value as its guest repr; print/r shows
the raw 64-bit word."""

    def __init__(self):
        super().__init__("glassjit", gdb.COMMAND_DATA, gdb.COMPLETE_COMMAND, True)


class GlassjitBt(gdb.Command):
    """Guest backtrace: glassjit bt [N]

For each guest frame of the VM (innermost first, at most N): the function's
qualified name, file:line, the source line and the locals with their guest
values (<unbound> for locals not yet assigned).  The VM is found through the
`vm` variable of the selected frame or the nearest older frame that has one."""

    def __init__(self):
        super().__init__("glassjit bt", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        _run(lambda: self._bt(arg))

    def _bt(self, arg):
        limit = None
        if arg.strip():
            try:
                limit = int(arg.strip(), 0)
            except ValueError:
                raise GJError("usage: glassjit bt [N]")
        vm = _find_vm()
        frames = guest_frames(vm, limit)
        if not frames:
            gdb.write("No guest frames (the VM runs no guest code).\n")
            return
        for n, (fr, co, line, local_vals) in enumerate(frames):
            gdb.write("#%-2d %s at %s:%d\n" % (n, co.qualname, co.filename, line))
            text = _source_line(co.filename, line)
            if text is not None:
                gdb.write("        %s\n" % text.strip())
            for name, v in local_vals:
                gdb.write("      %s = %s\n" % (name, val_repr(v)))


class GlassjitTraces(gdb.Command):
    """Live JIT traces: glassjit traces

One line per trace whose uops are alive, oldest first: its id, the address
range of its machine code (or "uop interpreter"), its uop count, how many
times it was entered, the guest function and the line of its first
instruction.  `glassjit uops ID` lists one trace."""

    def __init__(self):
        super().__init__("glassjit traces", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        _run(self._traces)

    def _traces(self):
        vm = _find_vm()
        traces = _live_traces(vm)
        if not traces:
            gdb.write("No live traces.\n")
            return
        js = _jit_state(vm)
        epoch = _field(js, "JitState", "seal_epoch", _u64)
        ids = {t.addr: t.id for t in traces}
        gdb.write("%5s  %-37s %6s %10s  %s\n" % ("id", "machine code", "uops", "runs", "where"))
        for t in traces:
            co = Code(t.code)
            if t.jit_code:
                rng = "0x%x-0x%x" % (t.jit_code, t.jit_code + t.code_size)
            else:
                rng = "(uop interpreter)"
            notes = []
            if t.loop_ex:
                notes.append("side trace of %s" % ids.get(t.loop_ex, "0x%x" % t.loop_ex))
            if not t.valid:
                notes.append("invalid")
            if t.jit_code and t.seal_epoch == epoch:
                notes.append("unsealed")
            gdb.write("%5d  %-37s %6d %10d  %s at %s:%d%s\n" % (
                t.id, rng, t.nuops, t.runs, co.qualname, co.filename, co.line_at(t.start),
                " (" + ", ".join(notes) + ")" if notes else ""))


class GlassjitUops(gdb.Command):
    """A trace's uops: glassjit uops ID [-n]

Lists the uops of live trace ID (see `glassjit traces`): index, offset and
address of its machine code, name, oparg, exit target and guest line, then
the disassembly of that uop's code.  -n leaves the disassembly out.  The
exit stubs after the last uop are listed at the end."""

    def __init__(self):
        super().__init__("glassjit uops", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        _run(lambda: self._uops(arg))

    def _uops(self, arg):
        args = arg.split()
        dis = "-n" not in args
        args = [a for a in args if a != "-n"]
        if len(args) != 1:
            raise GJError("usage: glassjit uops ID [-n]")
        try:
            want = int(args[0], 0)
        except ValueError:
            raise GJError("usage: glassjit uops ID [-n]")
        vm = _find_vm()
        traces = [t for t in _live_traces(vm) if t.id == want]
        if not traces:
            raise GJError("no live trace %d (see `glassjit traces`)" % want)
        t = traces[0]
        co = Code(t.code)
        head = "trace %d: %s at %s:%d, %d uops, entered %d times" % (
            t.id, co.qualname, co.filename, co.line_at(t.start), t.nuops, t.runs)
        if t.jit_code:
            head += ", machine code 0x%x-0x%x (%d bytes)" % (t.jit_code, t.jit_code + t.code_size, t.code_size)
        else:
            head += ", run by the uop interpreter"
        gdb.write(head + "\n")
        offs = t.offsets() if t.jit_code else []
        arch = _inferior().architecture() if (dis and offs) else None
        for i in range(t.nuops):
            op, oparg, target = t.uop(i)
            line = co.line_at(target)
            if offs:
                gdb.write("[%3d] +%-5d 0x%x  %-28s oparg=%-4d target=%-4d line %d\n" % (
                    i, offs[i], t.jit_code + offs[i], _uop_name(op), oparg, target, line))
                if arch is not None and offs[i + 1] > offs[i]:
                    _disassemble(arch, t.jit_code + offs[i], t.jit_code + offs[i + 1])
            else:
                gdb.write("[%3d] %-28s oparg=%-4d target=%-4d line %d\n" % (
                    i, _uop_name(op), oparg, target, line))
        if offs and t.code_size > offs[t.nuops]:
            lo, hi = t.jit_code + offs[t.nuops], t.jit_code + t.code_size
            gdb.write("exit stubs: 0x%x-0x%x (%d bytes)\n" % (lo, hi, hi - lo))
            if arch is not None:
                _disassemble(arch, lo, hi)


def _disassemble(arch, lo, hi):
    try:
        for insn in arch.disassemble(lo, hi - 1):
            gdb.write("        0x%x:\t%s\n" % (insn["addr"], insn["asm"]))
    except gdb.MemoryError as e:
        gdb.write("        (cannot read the code: %s)\n" % e)


class GlassjitRepr(gdb.Command):
    """A guest value's repr: glassjit repr EXPR

EXPR is a Value (or any integer holding one) or a pointer to a heap object
(Obj *, Str *, List *, ...)."""

    def __init__(self):
        super().__init__("glassjit repr", gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        if not arg.strip():
            raise gdb.GdbError("usage: glassjit repr EXPR")

        def go():
            v = gdb.parse_and_eval(arg)
            t = v.type.strip_typedefs()
            if t.code == gdb.TYPE_CODE_PTR:
                gdb.write(obj_repr(int(v)) + "\n")
            else:
                gdb.write(val_repr(int(v)) + "\n")
        _run(go)


GlassjitPrefix()
GlassjitBt()
GlassjitTraces()
GlassjitUops()
GlassjitRepr()
gdb.printing.register_pretty_printer(gdb.current_objfile(), GlassjitPrinters(), replace=True)
