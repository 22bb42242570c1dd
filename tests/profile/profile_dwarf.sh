# profile_dwarf.sh BUILD_DIR SOURCE_DIR - `glassjit profile --call-graph
# dwarf` on tests/profile/programs/hot.py.  DWARF call graphs need one
# jitdump code load per trace (docs/profiling.md), so JIT code is named
# traceN:FUNC:FILE:LINE, with per-uop lines:
#   - all files written; folded.txt well-formed and summing to the total;
#   - most JIT samples' stacks unwind through churn's guest frame (DWARF
#     unwinding through the trace's CFI), and in Release builds to main;
#   - the hottest guest function is churn at hot.py:9, the hottest JIT code
#     churn's trace, its hottest line hot.py:12;
#   - perf.data holds DWARF stack copies (the recording really was dwarf).
set -u
. "$2/tests/observe/common.bash"
need perf
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
T=$(mktemp -d /tmp/gj-profile.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
perf record -q -e cpu-clock -o probe.data -- true >/dev/null 2>&1 ||
    skip "a working perf record (perf_event_paranoid=$(cat /proc/sys/kernel/perf_event_paranoid))"
unset GLASSJIT_PROFILE_PERF GLASSJIT_PERF GLASSJIT_JITDUMP_PER_TRACE GLASSJIT_JIT GLASSJIT_JIT_THRESHOLD
cp "$2/tests/profile/programs/hot.py" . || fail "hot.py missing"

"$GJ" profile --call-graph dwarf --out prof hot.py 200 >out.txt 2>err.txt
rc=$?
[ $rc -eq 0 ] || { cat err.txt >&2; fail "glassjit profile --call-graph dwarf exited with $rc"; }
[ "$(head -1 out.txt)" = 9999117200 ] || fail "program output '$(head -1 out.txt)'"
for f in flame.svg folded.txt report.txt perf.data perf.jit.data; do
    [ -s "prof/$f" ] || fail "prof/$f missing or empty"
done
perf report -i prof/perf.data --header-only 2>/dev/null | grep -q 'sample_type.*STACK_USER' ||
    fail "perf.data was not recorded with --call-graph dwarf (no STACK_USER)"

total=$(sed -n 's/^glassjit profile: \([0-9][0-9]*\) samples.*dwarf.*/\1/p' out.txt)
[ -n "$total" ] || { cat out.txt >&2; fail "no sample total (dwarf) in the summary"; }
[ "$total" -ge 100 ] || fail "only $total samples"
bad=$(grep -Evc '^[^; ][^;]*(;[^;]+)* [0-9]+$' prof/folded.txt)
[ "$bad" -eq 0 ] || fail "$bad malformed lines in folded.txt"
sum=$(awk '{ s += $NF } END { print s + 0 }' prof/folded.txt)
[ "$sum" -eq "$total" ] || fail "folded.txt sums to $sum, the summary says $total"

# JIT leaves (traceN:...) whose stack passes py::churn (unwound through the
# trace's CFI, the interpreter and the trampoline), and of those the ones
# reaching main.  perf copies 8 KB of stack per sample: enough to reach main
# in Release builds, not with the much larger frames of sanitizer builds.
read -r jit churn full <<<"$(awk '{ n = $NF; st = $0; sub(/ [0-9]+$/, "", st); k = split(st, f, ";")
    if (f[k] ~ /^trace[0-9]+:/) { j += n; if (st ~ /;py::churn:hot\.py;/) { c += n; if (st ~ /(^|;)main;/) m += n } } }
    END { print j + 0, c + 0, m + 0 }' prof/folded.txt)"
[ "$jit" -gt 0 ] || fail "no samples in JIT traces"
[ $((churn * 100)) -ge $((jit * 90)) ] || fail "only $churn of $jit JIT samples unwind to churn's guest frame"
if ! grep -q '^GLASSJIT_SANITIZE:BOOL=ON' "$1/CMakeCache.txt" 2>/dev/null; then
    [ $((full * 100)) -ge $((jit * 90)) ] || fail "only $full of $jit JIT samples unwind to main through churn"
fi

first_guest=$(awk '/^      self   total  function/ { getline; print; exit }' out.txt)
first_jit=$(awk '/^  hottest JIT traces/ { getline; print; exit }' out.txt)
echo "$first_guest" | grep -Eq '^ +[0-9.]+% +[0-9.]+% +churn +hot\.py:9$' ||
    { cat out.txt >&2; fail "hottest guest function: '$first_guest', expected churn at hot.py:9"; }
echo "$first_jit" | grep -Eq '^ +[0-9.]+% +trace[0-9]+:churn:hot\.py:[0-9]+ +hot\.py:12 ' ||
    { cat out.txt >&2; fail "hottest JIT code: '$first_jit', expected churn's trace at hot.py:12"; }
grep -Eq '\[\.\] trace[0-9]+:churn:hot\.py:[0-9]+ +hot\.py:12$' prof/report.txt ||
    fail "report.txt has no churn trace at hot.py:12"
echo "ok: $total samples; of $jit JIT samples $churn unwind to churn, $full to main; $first_jit"
