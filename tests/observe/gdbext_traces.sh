# gdbext_traces.sh BUILD_DIR SOURCE_DIR - `glassjit traces` and `glassjit uops`
# (gdb/glassjit-gdb.py) with real gdb (-batch -nx) on glassjit, JIT traces
# live (GLASSJIT_JIT_THRESHOLD=2 GLASSJIT_SEAL_DELAY=0).  Guest program:
# tests/observe/programs/gdbext_calls.py, stopped in bi_len on the 11th call.
#
#  a. `glassjit traces` lists outer()'s loop trace: its id, a machine-code
#     range of plausible size, its uop count, its entry count and
#     outer at gdbext_calls.py:23 (the loop head);
#  b. gdb itself agrees: `info symbol` of the range's start names a uop in an
#     in-memory JIT object, the range's last byte still is JIT code and the
#     byte after it is not this trace's;
#  c. `glassjit uops ID` lists the uops (_CALL_PY_EXACT at line 24,
#     _BINARY_OP_SUB_INT at line 25, ...) with their addresses and their
#     disassembly; `info symbol` of every listed address names that uop, and
#     the first uop is the one at the range's start; `-n` leaves the
#     disassembly out;
#  d. bad arguments give an error, not a Python traceback.
set -u
. "$2/tests/observe/common.bash"
. "$2/tests/observe/gdb_output.bash"
build=$1
src=$2
gj=$build/glassjit
need gdb
[ -x "$gj" ] || fail "$gj not built"
. "$src/tests/observe/gdbext.bash"

gdbext_setup gdbext_calls.py

# The cross-checks run inside gdb (python): they need the addresses the
# commands print.  Each prints "@@check NAME ok|bad: ...".
cat >"$work/traces.gdb" <<EOF
set pagination off
set confirm off
python
try:
    gdb.execute("help glassjit", to_string=True)
except gdb.error:
    gdb.execute("source $src/gdb/glassjit-gdb.py")
end
break bi_len
ignore 1 10
run
echo @@traces\n
glassjit traces
python
import re
def check(name, ok, detail=""):
    print("@@check %s %s%s" % (name, "ok" if ok else "bad", ": " + detail if detail else ""))
tr = gdb.execute("glassjit traces", to_string=True)
rows = [re.match(r"^ *(\d+)  0x([0-9a-f]+)-0x([0-9a-f]+) +(\d+) +(\d+)  (.*)$", l) for l in tr.splitlines()]
rows = [r for r in rows if r]
outer = [r for r in rows if r.group(6).startswith("outer at gdbext_calls.py:23")]
check("outer-trace", len(outer) >= 1, tr)
tid, lo, hi = int(outer[0].group(1)), int(outer[0].group(2), 16), int(outer[0].group(3), 16)
check("range-size", 64 <= hi - lo <= 1 << 20, "%d bytes" % (hi - lo))
check("runs", int(outer[0].group(5)) >= 1, outer[0].group(0))
start_sym = gdb.execute("info symbol 0x%x" % lo, to_string=True)
check("start-symbol", re.match(r"^_[A-Z0-9_]+ in section \.text of <in-memory@", start_sym) is not None, start_sym)
last_sym = gdb.execute("info symbol 0x%x" % (hi - 1), to_string=True)
check("last-byte-jit", "<in-memory@" in last_sym, last_sym)
print("@@uops")
u = gdb.execute("glassjit uops %d" % tid, to_string=True)
print(u)
print("@@uopsn")
un = gdb.execute("glassjit uops %d -n" % tid, to_string=True)
print(un)
uops = re.findall(r"^\[ *(\d+)\] \+(\d+) +0x([0-9a-f]+)  (_[A-Z0-9_]+) +oparg=\d+ +target=\d+ +line (\d+)$", u, re.M)
check("uop-count", len(uops) == int(outer[0].group(4)), "%d listed" % len(uops))
check("first-at-start", bool(uops) and int(uops[0][2], 16) == lo and start_sym.startswith(uops[0][3] + " in "),
      "%s vs %s" % (uops[0] if uops else None, start_sym))
bad = []
for idx, off, addr, name, line in uops:
    s = gdb.execute("info symbol 0x%s" % addr, to_string=True)
    if not s.startswith(name + " in section .text of <in-memory@"):
        bad.append("%s at 0x%s: %s" % (name, addr, s.strip()))
    if int(addr, 16) - lo != int(off) or not lo <= int(addr, 16) < hi:
        bad.append("%s: offset %s, address 0x%s outside 0x%x-0x%x" % (name, off, addr, lo, hi))
check("uop-symbols", not bad, "; ".join(bad))
print("@@errors")
for cmd in ("glassjit uops 999999", "glassjit uops", "glassjit uops x"):
    try:
        gdb.execute(cmd, to_string=True)
        print("no error from " + cmd)
    except gdb.error as e:
        print(e)
end
echo @@end\n
kill
EOF
run_gdb "$work/traces.gdb" gdbext_calls.py
printf '%s\n' "$out"

# a. the table
expect traces '^ +id +machine code +uops +runs +where$' "glassjit traces header"
expect traces '^ +[0-9]+  0x[0-9a-f]+-0x[0-9a-f]+ +[0-9]+ +[0-9]+  outer at gdbext_calls\.py:23$' \
    "glassjit traces lists outer()'s loop trace"
# b, c. the cross-checks
n=0
for c in outer-trace range-size runs start-symbol last-byte-jit uop-count first-at-start uop-symbols; do
    printf '%s\n' "$out" | grep -q "^@@check $c ok" || fail "check $c: $(printf '%s\n' "$out" | grep "^@@check $c " | head -3)"
    n=$((n + 1))
done
# c. the uop listing
expect uops '^trace [0-9]+: outer at gdbext_calls\.py:23, [0-9]+ uops, entered [0-9]+ times, machine code 0x[0-9a-f]+-0x[0-9a-f]+ \([0-9]+ bytes\)$' \
    "glassjit uops header"
expect uops '^\[ *[0-9]+\] \+[0-9]+ +0x[0-9a-f]+  _CALL_PY_EXACT +oparg=2 +target=[0-9]+ +line 24$' "the _CALL_PY_EXACT uop at line 24"
expect uops '^\[ *[0-9]+\] \+[0-9]+ +0x[0-9a-f]+  _BINARY_OP_SUB_INT +oparg=[0-9]+ +target=[0-9]+ +line 25$' "the _BINARY_OP_SUB_INT uop at line 25"
expect uops '^        0x[0-9a-f]+:	(mov|movabs|lea|cmp|jmp|call|add|sub|push|pop) ' "disassembly lines under the uops"
expect uops '^        0x[0-9a-f]+:	call +\*?[^ ]*' "a call instruction (the uops call C helpers)"
expect uops '^exit stubs: 0x[0-9a-f]+-0x[0-9a-f]+ \([0-9]+ bytes\)$' "the exit stubs"
section uopsn | grep -Eq '^        0x' && fail "glassjit uops -n still disassembles"
expect uopsn '_CALL_PY_EXACT' "glassjit uops -n lists the uops"
# d. errors
expect errors '^glassjit: no live trace 999999' "an unknown trace id is an error"
expect errors '^glassjit: usage: glassjit uops ID' "missing/bad argument: usage"
printf '%s\n' "$out" | grep -q 'Traceback' && fail "a Python traceback in the output"
echo "PASS: glassjit traces / uops ($n cross-checks)"
