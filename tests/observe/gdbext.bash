# Sourced by tests/observe/gdbext_*.sh (gdb/glassjit-gdb.py under real gdb),
# after common.bash and gdb_output.bash, with $gj (the glassjit binary) and
# $src (the source tree) set.

export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" # no LeakSanitizer under ptrace
export GLASSJIT_JIT_THRESHOLD=2 GLASSJIT_SEAL_DELAY=0
unset GLASSJIT_GDB GLASSJIT_PERF GLASSJIT_UNWIND GLASSJIT_GUEST_FRAMES GLASSJIT_JIT

# gdbext_setup PROGRAM: $work, a fresh directory (removed at exit) holding
# tests/observe/programs/PROGRAM.
gdbext_setup() {
    work=$(mktemp -d /tmp/gj-gdbext.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    cp "$src/tests/observe/programs/$1" "$work"/ || fail "guest program missing"
}

# run_gdb CMDS-FILE ARGS...: gdb -batch on glassjit ARGS in $work, with gdb/
# on the auto-load safe path; its output in $out.  The command file must
# end with `echo @@end\n`.
out=
run_gdb() {
    local status
    out=$(cd "$work" && timeout 120 gdb -batch -nx -iex "add-auto-load-safe-path $src/gdb" \
        -x "$1" --args "$gj" "${@:2}" 2>&1)
    status=$?
    case $out in
    *"ptrace: Operation not permitted"*|*"Could not trace the inferior process"*) skip "ptrace permission (gdb cannot run the inferior)" ;;
    esac
    [ $status -eq 0 ] || { printf '%s\n' "$out"; fail "gdb exited with status $status (${*:2})"; }
    printf '%s\n' "$out" | grep -q '^@@end$' || { printf '%s\n' "$out"; fail "the gdb script did not run to the end (${*:2})"; }
}
