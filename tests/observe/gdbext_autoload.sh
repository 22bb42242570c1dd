# gdbext_autoload.sh BUILD_DIR SOURCE_DIR - gdb/glassjit-gdb.py loads by
# itself when gdb debugs glassjit, and stays out of the way.
#
#  a. with only SOURCE_DIR/gdb on the auto-load safe-path (-iex
#     add-auto-load-safe-path, what gdb/README.md tells users to do) and no
#     `source`: the binary's .debug_gdb_scripts entry (src/gdb_autoload.c)
#     makes gdb load the script - `info auto-load python-scripts` lists it,
#     the `glassjit` commands and the Value printer exist;
#  b. before `run` and after the program exited, the commands say the
#     program is not running (a gdb error, no Python traceback) and casts to
#     Value still print; breakpoints, run, bt and continue work as usual and
#     the program runs to its normal exit with its normal output;
#  c. without the safe-path setting gdb declines the script with its usual
#     hint, and everything else works the same.
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

out=
run_gdb() { # GDB-ARGS... -- PROGRAM-ARGS... -> $out
    local status args=()
    while [ "$1" != -- ]; do args+=("$1"); shift; done
    shift
    out=$(cd "$work" && timeout 120 gdb -batch -nx "${args[@]}" -ex 'echo @@end\n' --args "$gj" "$@" 2>&1)
    status=$?
    case $out in
    *"ptrace: Operation not permitted"*|*"Could not trace the inferior process"*) skip "ptrace permission (gdb cannot run the inferior)" ;;
    esac
    [ $status -eq 0 ] || { printf '%s\n' "$out"; fail "gdb exited with status $status"; }
    printf '%s\n' "$out" | grep -q '^@@end$' || { printf '%s\n' "$out"; fail "the gdb commands did not run to the end"; }
}
m() { printf '%s\n' -ex "echo @@$1\\n"; }

# The binary names the script (what gdb reads to auto-load it).
if command -v readelf >/dev/null 2>&1; then
    readelf -p .debug_gdb_scripts "$gj" 2>/dev/null | grep -q 'glassjit-gdb\.py' ||
        fail "$gj has no .debug_gdb_scripts entry naming glassjit-gdb.py (src/gdb_autoload.c not linked into glassjit, or GLASSJIT_GDB_SCRIPT not defined?)"
fi

# --- a, b ---------------------------------------------------------------------
mapfile -t cmds < <(
    printf '%s\n' -ex 'set pagination off' -ex 'set confirm off'
    m loaded; printf '%s\n' -ex 'info auto-load python-scripts'
    m help; printf '%s\n' -ex 'help glassjit'
    m printers; printf '%s\n' -ex 'info pretty-printer'
    m before
    printf '%s\n' -ex 'glassjit bt' -ex 'glassjit traces' -ex 'glassjit uops 0'
    printf '%s\n' -ex 'print (Value)0xfffb000000000002' -ex 'print (Value)0xfff9ffffffffffff' -ex 'print (Value)0x4004000000000000'
    printf '%s\n' -ex 'break bi_len' -ex 'run'
    m stopped; printf '%s\n' -ex 'bt 1' -ex 'glassjit bt 1' -ex 'delete' -ex 'continue'
    m after; printf '%s\n' -ex 'glassjit bt' -ex 'glassjit traces' -ex 'info breakpoints'
)
run_gdb -iex "add-auto-load-safe-path $src/gdb" "${cmds[@]}" -- gdbext_calls.py
printf '%s\n' "$out"
expect loaded '^Yes +/.*/gdb/glassjit-gdb\.py *$' "info auto-load python-scripts: the script is loaded"
expect help "^glassjit's guest-level view of the program" "help glassjit"
expect help '^glassjit bt -- ' "help glassjit lists glassjit bt"
expect help '^glassjit traces -- ' "help glassjit lists glassjit traces"
expect help '^glassjit uops -- ' "help glassjit lists glassjit uops"
expect printers '^  glassjit$' "info pretty-printer lists glassjit"
expect before '^glassjit: the program is not running$' "glassjit bt before run"
[ "$(section before | grep -c '^glassjit: the program is not running$')" -eq 3 ] ||
    fail "glassjit bt/traces/uops before run: want 'the program is not running' three times"
expect before '^\$1 = None$' "a cast to Value prints None before run"
expect before '^\$2 = -1$' "a cast to Value prints -1 before run"
expect before '^\$3 = 2\.5$' "a cast to Value prints 2.5 before run"
expect stopped '^#0  bi_len \(vm=0x[0-9a-f]+, ' "bt in bi_len"
expect stopped '^#0  inner at gdbext_calls\.py:15$' "glassjit bt 1 in bi_len"
expect stopped '^1328$' "the program's output after continue"
expect stopped '^\[Inferior 1 \(process [0-9]+\) exited normally\]$' "the program exited normally"
[ "$(section after | grep -c '^glassjit: the program is not running$')" -eq 2 ] ||
    fail "glassjit bt/traces after the exit: want 'the program is not running' twice"
printf '%s\n' "$out" | grep -q 'Traceback' && fail "a Python traceback in the output"

# --- c --------------------------------------------------------------------------
run_gdb -ex 'set pagination off' -ex 'break bi_len' -ex run -ex 'bt 1' -ex delete -ex continue -- gdbext_calls.py
printf '%s\n' "$out"
printf '%s\n' "$out" | grep -Eq 'auto-loading has been declined by your .auto-load safe-path. set' ||
    fail "without the safe path gdb should decline the script (and say so)"
printf '%s\n' "$out" | grep -q 'add-auto-load-safe-path' || fail "gdb's hint (add-auto-load-safe-path) is missing"
printf '%s\n' "$out" | grep -Eq '^#0  bi_len \(' || fail "bt without the script"
printf '%s\n' "$out" | grep -q '^1328$' || fail "the program's output without the script"
printf '%s\n' "$out" | grep -Eq '^\[Inferior 1 \(process [0-9]+\) exited normally\]$' || fail "the program did not exit normally without the script"
echo "PASS: glassjit-gdb.py auto-loads"
