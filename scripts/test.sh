#!/usr/bin/env bash
# Quick start, command 2: check tools, build glassjit (Release, in build/) and
# run the whole test suite with ctest; then build the sanitizer configuration
# (preset "asan": ASan + UBSan, in build-asan/) and run the suite again there.
#
#   GLASSJIT_SKIP_ASAN=1 ./scripts/test.sh   # skip the sanitizer pass
#
# Exits non-zero if any step fails.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

# shellcheck source=scripts/setup.sh
. scripts/setup.sh || { echo "test.sh: FAILED: setup (missing tools)"; exit 1; }

failed=()
total_pass=0
total_fail=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# run_ctest LABEL DIR: run ctest, tee its output, add up its counts.
run_ctest() {
    local label="$1" dir="$2" rc line n_fail n_total
    ctest --test-dir "$dir" --output-on-failure --no-tests=error -j2 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    # "100% tests passed, 0 tests failed out of 42"
    line="$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
    if [[ -n "$line" ]]; then
        n_fail="$(sed -E 's/.*passed, ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")"
        n_total="$(sed -E 's/.*passed, ([0-9]+) tests? failed out of ([0-9]+).*/\2/' <<<"$line")"
        total_pass=$((total_pass + n_total - n_fail))
        total_fail=$((total_fail + n_fail))
    fi
    if ((rc != 0)); then
        failed+=("$label tests")
    fi
}

echo "== release build (build/) =="
if glassjit_configure build -S . -B build -DCMAKE_BUILD_TYPE=Release &&
    cmake --build build -j2; then
    echo "== release tests =="
    run_ctest release build
else
    failed+=("release build")
fi

if [[ "${GLASSJIT_SKIP_ASAN:-0}" == 1 ]]; then
    echo "== sanitizer pass skipped (GLASSJIT_SKIP_ASAN=1) =="
else
    echo "== sanitizer build (build-asan/, ASan + UBSan) =="
    if cmake --preset asan && cmake --build build-asan -j2; then
        echo "== sanitizer tests =="
        ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
        UBSAN_OPTIONS="print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}" \
            run_ctest asan build-asan
    else
        failed+=("asan build")
    fi
fi

echo
if ((${#failed[@]})); then
    echo "test.sh: FAILED: ${failed[*]}"
    if ((total_pass + total_fail)); then
        echo "summary: $total_pass passed, $total_fail failed"
    fi
    exit 1
fi
echo "test.sh: all steps OK"
echo "summary: $total_pass passed, $total_fail failed"
