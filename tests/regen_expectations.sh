#!/usr/bin/env bash
# Usage: regen_expectations.sh [--write] PYTHON DIR
#
# Re-runs every numbered test program DIR/NNN_*.py under PYTHON (cwd = DIR,
# stdin = /dev/null, 60 s timeout), exactly as run_program.sh runs glassjit,
# and compares stdout / exit status with the checked-in NNN_*.out and
# NNN_*.status files.  Helper modules (files not matching NNN_*.py) are not
# run.  Exits 1 listing every drifted program.
#
# With --write (anywhere on the command line) the .out/.status files are
# (re)written instead, and the script reports which ones changed.
set -u
export PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8

write=0
args=()
for a in "$@"; do
    case "$a" in
        --write) write=1 ;;
        *) args+=("$a") ;;
    esac
done

if [ "${#args[@]}" -ne 2 ]; then
    echo "usage: $0 [--write] PYTHON DIR" >&2
    exit 2
fi

py=${args[0]}
dir=${args[1]}
case "$py" in
    */*) py="$(cd "$(dirname "$py")" && pwd)/$(basename "$py")" ;;
esac
if [ ! -d "$dir" ]; then
    echo "$0: not a directory: $dir" >&2
    exit 2
fi
dir=$(cd "$dir" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/glassjit_regen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

shopt -s nullglob
progs=("$dir"/[0-9][0-9][0-9]_*.py)
if [ "${#progs[@]}" -eq 0 ]; then
    echo "$0: no NNN_*.py programs in $dir" >&2
    exit 2
fi

drifted=()
changed=()
total=0
for p in "${progs[@]}"; do
    base=$(basename "$p")
    stem=${base%.py}
    total=$((total + 1))
    (cd "$dir" && timeout 60 "$py" "$base" < /dev/null > "$tmp/stdout" 2> "$tmp/stderr")
    status=$?
    printf '%s\n' "$status" > "$tmp/status"
    if [ "$status" -eq 124 ]; then
        echo "WARNING: $stem timed out" >&2
    fi
    same=1
    if [ ! -f "$dir/$stem.out" ] || ! cmp -s "$tmp/stdout" "$dir/$stem.out"; then
        same=0
    fi
    if [ ! -f "$dir/$stem.status" ] || ! cmp -s "$tmp/status" "$dir/$stem.status"; then
        same=0
    fi
    if [ "$write" -eq 1 ]; then
        if [ "$same" -eq 0 ]; then
            cp "$tmp/stdout" "$dir/$stem.out"
            cp "$tmp/status" "$dir/$stem.status"
            changed+=("$stem")
        fi
    elif [ "$same" -eq 0 ]; then
        drifted+=("$stem")
        echo "DRIFT: $stem (status $status)" >&2
        if [ -f "$dir/$stem.out" ]; then
            diff -u --label "checked-in/$stem.out" --label "fresh/stdout" \
                "$dir/$stem.out" "$tmp/stdout" | head -n 20 >&2
        else
            echo "  (no $stem.out)" >&2
        fi
    fi
done

if [ "$write" -eq 1 ]; then
    echo "regen: $total programs, ${#changed[@]} written"
    for s in "${changed[@]}"; do echo "  wrote $s"; done
    exit 0
fi

if [ "${#drifted[@]}" -ne 0 ]; then
    echo "regen: ${#drifted[@]} of $total programs drifted:"
    for s in "${drifted[@]}"; do echo "  $s"; done
    exit 1
fi
echo "regen: all $total programs match"
exit 0
