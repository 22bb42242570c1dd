# profile_sampler.sh BUILD_DIR SOURCE_DIR - `glassjit profile` without perf
# falls back to the built-in sampler (src/profile/sampler.c) and tells why:
#   - GLASSJIT_PROFILE_PERF=/nonexistent: "perf not found" and the fix on
#     stderr, then a profile from the sampler: flame.svg, folded.txt (sums to
#     the total), report.txt saying perf was not used, no perf.data;
#   - GLASSJIT_PROFILE_PERF=/bin/false (a perf whose record fails before the
#     program starts): the failure and a fix, and the program runs once;
#   - --no-perf forces the sampler too;
#   - on tests/profile/programs/hot.py the perf path (when perf works) and
#     the sampler agree: same hottest guest function (churn, hot.py:9 - the
#     sampler path finds the def line in the source), same set of guest
#     functions with >= 5% self samples, same hottest uop.
set -u
. "$2/tests/observe/common.bash"
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
T=$(mktemp -d /tmp/gj-profile.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
unset GLASSJIT_PERF GLASSJIT_JITDUMP_PER_TRACE GLASSJIT_JIT GLASSJIT_JIT_THRESHOLD
cp "$2/tests/profile/programs/hot.py" . || fail "hot.py missing"

# top_guest OUT -> "name line" rows with >= 5% self, sorted by name
top_guest() {
    awk '/^      self   total  function/ { on = 1; next } on && /^  hottest/ { exit }
         on && $1 ~ /%$/ && $3 != "(outside" { s = $1; sub(/%/, "", s); if (s + 0 >= 5) print $3, $4 }' "$1" | sort
}
first_guest() { awk '/^      self   total  function/ { getline; print $3, $4; exit }' "$1"; }
first_uop() { awk '/^  hottest uops/ { getline; print $2; exit }' "$1"; }

check_sampler_dir() { # DIR OUT
    for f in flame.svg folded.txt report.txt; do
        [ -s "$1/$f" ] || fail "$1/$f missing or empty"
    done
    [ -e "$1/perf.data" ] && fail "$1/perf.data exists after a sampler run"
    grep -q 'built-in sampler)$' "$2" || fail "the summary does not say built-in sampler"
    grep -q '^# perf was not used: ' "$1/report.txt" || fail "$1/report.txt does not say perf was not used"
    local total sum bad
    total=$(sed -n 's/^glassjit profile: \([0-9][0-9]*\) samples.*/\1/p' "$2")
    [ -n "$total" ] && [ "$total" -ge 100 ] || fail "sampler total '$total'"
    bad=$(grep -Evc '^[^; ][^;]*(;[^;]+)* [0-9]+$' "$1/folded.txt")
    [ "$bad" -eq 0 ] || fail "$bad malformed lines in $1/folded.txt"
    sum=$(awk '{ s += $NF } END { print s + 0 }' "$1/folded.txt")
    [ "$sum" -eq "$total" ] || fail "$1/folded.txt sums to $sum, the summary says $total"
    grep -q "data-samples=\"$total\"" "$1/flame.svg" || fail "$1/flame.svg: no data-samples=\"$total\""
}

GLASSJIT_PROFILE_PERF=/nonexistent "$GJ" profile --out s1 hot.py 200 >out1.txt 2>err1.txt
rc=$?
[ $rc -eq 0 ] || { cat err1.txt >&2; fail "fallback run exited with $rc"; }
grep -q 'perf not found: GLASSJIT_PROFILE_PERF=/nonexistent' err1.txt || fail "no 'perf not found' message"
grep -q '  fix: ' err1.txt || fail "no fix in the message"
grep -q 'using the built-in sampler instead' err1.txt || fail "no fallback notice"
[ "$(head -1 out1.txt)" = 9999117200 ] || fail "program output '$(head -1 out1.txt)'"
check_sampler_dir s1 out1.txt
[ "$(first_guest out1.txt)" = "churn hot.py:9" ] || { cat out1.txt >&2; fail "sampler: hottest guest function '$(first_guest out1.txt)'"; }
[ "$(first_uop out1.txt)" = _BINARY_OP_MOD_INT ] || { cat out1.txt >&2; fail "sampler: hottest uop '$(first_uop out1.txt)'"; }

GLASSJIT_PROFILE_PERF=/bin/false "$GJ" profile --out s2 hot.py 20 >out2.txt 2>err2.txt
rc=$?
[ $rc -eq 0 ] || { cat err2.txt >&2; fail "fallback after a failing perf record exited with $rc"; }
grep -q 'perf record could not record (exit status 1' err2.txt || { cat err2.txt >&2; fail "no record failure message"; }
grep -q '  fix: ' err2.txt || fail "no fix for the record failure"
[ "$(grep -c '^999911720$' out2.txt)" -eq 1 ] || fail "the program did not run exactly once: $(head -3 out2.txt)"

"$GJ" profile --no-perf --out s3 hot.py 20 >out3.txt 2>err3.txt || fail "--no-perf exited with $?"
grep -q 'built-in sampler)$' out3.txt || fail "--no-perf did not use the sampler"
grep -q '^# perf was not used: --no-perf was given' s3/report.txt || fail "--no-perf: report.txt"
[ -s err3.txt ] && fail "--no-perf printed to stderr: $(head -2 err3.txt)"

if command -v perf >/dev/null 2>&1 && perf record -q -e cpu-clock -o probe.data -- true >/dev/null 2>&1; then
    "$GJ" profile --out p hot.py 200 >outp.txt 2>errp.txt || { cat errp.txt >&2; fail "perf run exited with $?"; }
    grep -q 'perf, frame pointers)$' outp.txt || fail "the perf run did not use perf"
    [ "$(first_guest outp.txt)" = "$(first_guest out1.txt)" ] ||
        fail "hottest guest function: perf '$(first_guest outp.txt)', sampler '$(first_guest out1.txt)'"
    [ "$(top_guest outp.txt)" = "$(top_guest out1.txt)" ] ||
        fail "guest functions >= 5%: perf '$(top_guest outp.txt | tr '\n' ' ')', sampler '$(top_guest out1.txt | tr '\n' ' ')'"
    [ "$(first_uop outp.txt)" = "$(first_uop out1.txt)" ] ||
        fail "hottest uop: perf '$(first_uop outp.txt)', sampler '$(first_uop out1.txt)'"
    echo "ok: perf and sampler agree: $(first_guest outp.txt), $(first_uop outp.txt)"
else
    echo "ok (perf cannot record here: perf/sampler comparison not run)"
fi
