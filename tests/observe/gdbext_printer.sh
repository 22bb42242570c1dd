# gdbext_printer.sh BUILD_DIR SOURCE_DIR - the pretty-printer for `Value`
# (gdb/glassjit-gdb.py) with real gdb (-batch -nx) on glassjit.  Guest
# program: tests/observe/programs/gdbext_values.py, stopped in bi_len on
# len(vals).
#
#  a. `print` of each item of `vals` (ints small and boxed, floats, inf, -0.0,
#     True/False/None, str with quotes and escapes, tuples, lists, nested and
#     self-referencing lists, dicts, sets, frozenset, range, an exception) is
#     exactly the guest's own repr() of it (the program prints those after
#     the breakpoint; the run without gdb gives the expected lines);
#  b. what the printer shortens or shows with addresses: a 15-item list
#     (10 items, then ...), a 300-character str, deep nesting, a function, a
#     class, an instance, a bound method, builtins, a bound builtin method;
#  c. gdb's own Value-typed expressions use it: `print *args` in bi_len,
#     an array of Values, casts to Value, `info args` of a C function taking
#     a Value; print/r shows the raw word; `glassjit repr` takes a Value (the
#     value `finish` returned: gdb strips its typedef) or an object pointer;
#  d. no Python traceback, ever.
set -u
. "$2/tests/observe/common.bash"
. "$2/tests/observe/gdb_output.bash"
build=$1
src=$2
gj=$build/glassjit
need gdb
[ -x "$gj" ] || fail "$gj not built"
. "$src/tests/observe/gdbext.bash"

gdbext_setup gdbext_values.py

# The guest's own reprs of vals[i], one a line.
expected=$(cd "$work" && "$gj" gdbext_values.py) || fail "gdbext_values.py failed without gdb"
nvals=$(printf '%s\n' "$expected" | wc -l)
[ "$nvals" -ge 25 ] || fail "gdbext_values.py printed $nvals lines"

{
    cat <<EOF
set pagination off
set confirm off
python
try:
    gdb.execute("help glassjit", to_string=True)
except gdb.error:
    gdb.execute("source $src/gdb/glassjit-gdb.py")
end
break bi_len
run
set \$vals = (List *)(args[0] & 0xffffffffffff)
echo @@vals\n
EOF
    for ((i = 0; i < nvals; i++)); do echo "output \$vals->items[$i]"; echo 'echo \n'; done
    cat <<'EOF'
echo @@whole\n
print args[0]
print *args
print/r *args
print *$vals->items@3
print (Value)0xfff9ffffffffffff
print (const Value)0x400921fb54442d18
glassjit repr $vals
glassjit repr $vals->items[0]
glassjit repr (Str *)($vals->items[0] & 0xffffffffffff)
delete
break bi_len
continue
set $extra = (List *)(args[0] & 0xffffffffffff)
echo @@extra\n
EOF
    for ((i = 0; i < 10; i++)); do echo "output \$extra->items[$i]"; echo 'echo \n'; done
    cat <<'EOF'
echo @@finish\n
finish
glassjit repr $
echo @@locals\n
delete
break value_repr
continue
info args
echo @@end\n
kill
EOF
} >"$work/printer.gdb"
run_gdb "$work/printer.gdb" gdbext_values.py
printf '%s\n' "$out"

# a. each item as the guest prints it
got=$(section vals)
[ "$got" = "$expected" ] || { diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got"); fail "printed Values differ from the guest's repr() (diff above: < guest, > gdb)"; }

# c. gdb's expressions of type Value
expect whole "^\\\$[0-9]+ = \\['abc', \\[1, 2\\.5, None\\], -42, 1152921504606846976, -1125899906842624, 2\\.5, -0\\.0, inf, 0\\.1, True, \\.\\.\\.\\]$" \
    "print args[0]: the first 10 items of vals, then ..."
expect whole "^\\\$[0-9]+ = 1844[0-9]{16}$" "print/r shows the raw 64-bit word"
expect whole "^\\\$[0-9]+ = \\{'abc', \\[1, 2\\.5, None\\], -42\\}$" "an array of Values prints each as its repr"
expect whole '^\$[0-9]+ = -1$' "a cast to Value (small int -1)"
expect whole '^\$[0-9]+ = 3\.141592653589793$' "a cast to const Value (a float)"
expect whole "^\\['abc', \\[1, 2\\.5, None\\], -42, " "glassjit repr of a List pointer"
expect whole "^'abc'$" "glassjit repr of a Value and of a Str pointer"
[ "$(section whole | grep -cx "'abc'")" -eq 2 ] || fail "glassjit repr of a Value / a Str pointer"

# b. shortened values, values with addresses
x() { section extra | sed -n "$1p"; }
[ "$(x 1)" = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ...]" ] || fail "a 15-item list prints as '$(x 1)'"
[ "$(x 2)" = "'$(printf 'x%.0s' $(seq 200))'..." ] || fail "a 300-char str prints as '$(x 2)'"
x 3 | grep -Eq '^<function f at 0x[0-9a-f]+>$' || fail "function: '$(x 3)'"
[ "$(x 4)" = "<class '__main__.Point'>" ] || fail "class: '$(x 4)'"
x 5 | grep -Eq '^<__main__\.Point object at 0x[0-9a-f]+>$' || fail "instance: '$(x 5)'"
x 6 | grep -Eq '^<bound method Point\.norm of <__main__\.Point object at 0x[0-9a-f]+>>$' || fail "bound method: '$(x 6)'"
[ "$(x 7)" = "<built-in function len>" ] || fail "builtin: '$(x 7)'"
[ "$(x 8)" = "<class 'int'>" ] || fail "builtin type: '$(x 8)'"
x 9 | grep -Eq '^<built-in method append of list object at 0x[0-9a-f]+>$' || fail "bound builtin method: '$(x 9)'"
[ "$(x 10)" = "[[[[[[...]]]]]]" ] || fail "deep nesting: '$(x 10)'"

# c. finish: the returned Value; info args of a C function taking a Value
# gdb's finish drops the typedef of the returned type (check_typedef), so
# it prints the raw word; `glassjit repr $` shows it.
expect finish '^10$' "glassjit repr \$ after finish from bi_len (len(extra))"
expect locals '^v = ' "info args in value_repr"
expect locals "^v = 'abc'$" "info args in value_repr (the first repr(v): vals[0])"

printf '%s\n' "$out" | grep -q 'Traceback' && fail "a Python traceback in the output"
echo "PASS: Value printer"
