#!/usr/bin/env bash
# Usage: run_error.sh GLASSJIT CASE
#
# Runs one error-behaviour case from tests/errors/ and checks glassjit's
# diagnostics.  CASE is the case's base name (e.g. "rt_zero_division"); a
# path such as tests/errors/rt_zero_division.py (any extension) is accepted
# too.  A case consists of
#   CASE.py      the script, run as `GLASSJIT CASE.py` with cwd = tests/errors
#     or
#   CASE.args    command-line arguments, one per line (an empty file means
#                no arguments), run as `GLASSJIT ARG...` with cwd = tests/errors
#   CASE.expect  lines that must each appear (fixed-string, substring match)
#                in stderr (.py cases) or in stdout+stderr (.args cases);
#                blank lines are ignored; the token @FILE@ is replaced by
#                CASE.py (the script path as passed on the command line)
#   CASE.status  the expected exit status (decimal)
# stdin is /dev/null and the run is limited to 60 s.
# Exit 0 if every expectation holds, 1 otherwise.
set -u

if [ "$#" -ne 2 ]; then
    echo "usage: $0 GLASSJIT CASE" >&2
    exit 2
fi

gj=$1
case_arg=$2
case "$gj" in
    */*) gj="$(cd "$(dirname "$gj")" && pwd)/$(basename "$gj")" ;;
esac

case "$case_arg" in
    */*) dir=$(cd "$(dirname "$case_arg")" && pwd) ;;
    *)   dir=$(cd "$(dirname "$0")/errors" && pwd) ;;
esac
name=$(basename "$case_arg")
name=${name%.py}
name=${name%.args}
name=${name%.expect}
name=${name%.status}

expect_file="$dir/$name.expect"
status_file="$dir/$name.status"
if [ ! -f "$expect_file" ] || [ ! -f "$status_file" ]; then
    echo "FAIL: $name: missing $name.expect or $name.status in $dir" >&2
    exit 1
fi
exp_status=$(tr -d ' \t\r\n' < "$status_file")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/glassjit_err.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ -f "$dir/$name.args" ]; then
    mode=args
    args=()
    while IFS= read -r line || [ -n "$line" ]; do
        args+=("${line%$'\r'}")
    done < "$dir/$name.args"
    (cd "$dir" && timeout 60 "$gj" ${args[@]+"${args[@]}"} < /dev/null > "$tmp/stdout" 2> "$tmp/stderr")
    status=$?
    cat "$tmp/stdout" "$tmp/stderr" > "$tmp/haystack"
    where="stdout+stderr"
elif [ -f "$dir/$name.py" ]; then
    mode=py
    (cd "$dir" && timeout 60 "$gj" "$name.py" < /dev/null > "$tmp/stdout" 2> "$tmp/stderr")
    status=$?
    cp "$tmp/stderr" "$tmp/haystack"
    where="stderr"
else
    echo "FAIL: $name: neither $name.py nor $name.args exists in $dir" >&2
    exit 1
fi

fail=0
if [ "$status" -eq 124 ]; then
    echo "FAIL: $name: timed out after 60 s" >&2
    fail=1
fi
if [ "$status" != "$exp_status" ]; then
    echo "FAIL: $name: exit status $status, expected $exp_status" >&2
    fail=1
fi

while IFS= read -r pat || [ -n "$pat" ]; do
    pat=${pat%$'\r'}
    [ -z "$pat" ] && continue
    pat=${pat//@FILE@/$name.py}
    if ! grep -qF -e "$pat" "$tmp/haystack"; then
        echo "FAIL: $name: expected text not found in $where: $pat" >&2
        fail=1
    fi
done < "$expect_file"

if [ "$fail" -ne 0 ]; then
    echo "--- $where (first 30 lines) ---" >&2
    head -n 30 "$tmp/haystack" >&2
    exit 1
fi
echo "PASS: $name ($mode)"
exit 0
