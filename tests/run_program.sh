#!/usr/bin/env bash
# Usage: run_program.sh GLASSJIT PROG.py
# Runs PROG.py under GLASSJIT (cwd = directory of PROG.py, stdin = /dev/null,
# 60 s timeout) and compares stdout byte-for-byte with PROG.out and the exit
# status with PROG.status.  Exit 0 on match, 1 otherwise.
set -u

if [ "$#" -ne 2 ]; then
    echo "usage: $0 GLASSJIT PROG.py" >&2
    exit 2
fi

gj=$1
prog=$2

# Resolve the interpreter to an absolute path if it names a file
# (we change directory before running it).
case "$gj" in
    */*) gj="$(cd "$(dirname "$gj")" && pwd)/$(basename "$gj")" ;;
esac

if [ ! -f "$prog" ]; then
    echo "FAIL: program not found: $prog" >&2
    exit 1
fi

dir=$(cd "$(dirname "$prog")" && pwd)
base=$(basename "$prog")
stem=${base%.py}
exp_out="$dir/$stem.out"
exp_status_file="$dir/$stem.status"

if [ ! -f "$exp_out" ] || [ ! -f "$exp_status_file" ]; then
    echo "FAIL: $stem: missing $stem.out or $stem.status" >&2
    exit 1
fi
exp_status=$(tr -d ' \t\r\n' < "$exp_status_file")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/glassjit_prog.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$dir" && timeout 60 "$gj" "$base" < /dev/null > "$tmp/stdout" 2> "$tmp/stderr")
status=$?

fail=0
if [ "$status" -eq 124 ]; then
    echo "FAIL: $stem: timed out after 60 s" >&2
    fail=1
fi

if ! cmp -s "$exp_out" "$tmp/stdout"; then
    echo "FAIL: $stem: stdout differs from $stem.out (diff expected actual, first 40 lines):" >&2
    diff -u --label "expected/$stem.out" --label "actual/stdout" "$exp_out" "$tmp/stdout" | head -n 40 >&2
    fail=1
fi

if [ "$status" != "$exp_status" ]; then
    echo "FAIL: $stem: exit status $status, expected $exp_status" >&2
    fail=1
fi

if [ "$fail" -ne 0 ]; then
    if [ -s "$tmp/stderr" ]; then
        echo "--- stderr (first 20 lines) ---" >&2
        head -n 20 "$tmp/stderr" >&2
    fi
    exit 1
fi

echo "PASS: $stem"
exit 0
