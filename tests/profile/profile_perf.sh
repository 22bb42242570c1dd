# profile_perf.sh BUILD_DIR SOURCE_DIR - `glassjit profile` over perf with
# frame-pointer call chains (the default), on tests/profile/programs/hot.py
# (churn() does ~99% of the work, its loop line 12 is mostly integer %):
#   - the program's stdout reaches the user, its --stats=json line does not;
#   - DIR gets flame.svg, folded.txt, report.txt, perf.data, perf.jit.data;
#   - folded.txt: every line "frame;...;frame COUNT", no empty frame, and
#     the counts add up to the summary's sample total (and flame.svg's
#     data-samples);
#   - the summary's hottest guest function is churn at hot.py:9 (its def
#     line), its hottest uop _BINARY_OP_MOD_INT at hot.py:12; the JIT
#     counters line has traces compiled > 0;
#   - report.txt (perf report --sort sym,srcline) lists the uops with
#     hot.py:N lines, _BINARY_OP_MOD_INT at hot.py:12 among them.
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

reps=200
"$GJ" profile --out prof hot.py $reps >out.txt 2>err.txt
rc=$?
[ $rc -eq 0 ] || { cat err.txt >&2; fail "glassjit profile exited with $rc"; }
expected=$(awk -v r=$reps 'BEGIN { printf "%.0f", 49995586 * r }')
[ "$(head -1 out.txt)" = "$expected" ] || fail "program output '$(head -1 out.txt)', expected $expected"
grep -q glassjit_stats err.txt && fail "the --stats=json line leaked to stderr"
grep -q glassjit_stats prof/stats.json || fail "stats.json has no stats"
for f in flame.svg folded.txt report.txt perf.data perf.jit.data; do
    [ -s "prof/$f" ] || fail "prof/$f missing or empty"
done

total=$(sed -n 's/^glassjit profile: \([0-9][0-9]*\) samples.*/\1/p' out.txt)
[ -n "$total" ] || { cat out.txt >&2; fail "no sample total in the summary"; }
[ "$total" -ge 100 ] || fail "only $total samples"
bad=$(grep -Evc '^[^; ][^;]*(;[^;]+)* [0-9]+$' prof/folded.txt)
[ "$bad" -eq 0 ] || fail "$bad malformed lines in folded.txt: $(grep -Ev '^[^; ][^;]*(;[^;]+)* [0-9]+$' prof/folded.txt | head -2)"
sum=$(awk '{ s += $NF } END { print s + 0 }' prof/folded.txt)
[ "$sum" -eq "$total" ] || fail "folded.txt sums to $sum, the summary says $total"
grep -q "data-samples=\"$total\"" prof/flame.svg || fail "flame.svg does not have data-samples=\"$total\""
grep -Eq '^__libc_start_call_main;main;.*;py::churn:hot\.py;eval_frame;([a-z_0-9]+;)*_BINARY_OP_MOD_INT [0-9]+$' prof/folded.txt ||
    fail "no stack from main through churn's frame and the interpreter into _BINARY_OP_MOD_INT in folded.txt"

# first data row of each table
first_guest=$(awk '/^      self   total  function/ { getline; print; exit }' out.txt)
first_uop=$(awk '/^  hottest uops/ { getline; print; exit }' out.txt)
echo "$first_guest" | grep -Eq '^ +[0-9.]+% +[0-9.]+% +churn +hot\.py:9$' ||
    { cat out.txt >&2; fail "hottest guest function: '$first_guest', expected churn at hot.py:9"; }
echo "$first_uop" | grep -Eq '^ +[0-9.]+% +_BINARY_OP_MOD_INT +hot\.py:12 ' ||
    { cat out.txt >&2; fail "hottest uop: '$first_uop', expected _BINARY_OP_MOD_INT at hot.py:12"; }
grep -Eq '^  JIT: [1-9][0-9]* traces compiled, [1-9][0-9]* uops jitted, [0-9]+ exits taken, [0-9]+ seal batches$' out.txt ||
    fail "no JIT counters line"
grep -q '^flame graph: prof/flame.svg$' out.txt || fail "the summary does not end with the flame graph's path"
jit_share=$(awk '$1 == "JIT" && $2 == "code" { sub(/%/, "", $3); print int($3) }' out.txt)
[ "${jit_share:-0}" -ge 50 ] || fail "only ${jit_share:-0}% of the samples in JIT code"

grep -Eq '\[\.\] _BINARY_OP_MOD_INT +hot\.py:12$' prof/report.txt ||
    fail "report.txt has no _BINARY_OP_MOD_INT at hot.py:12"
nolines=$(grep -E '\[\.\] _[A-Z][A-Z0-9_]+ ' prof/report.txt | grep -Evc ' hot\.py:[0-9]+$')
[ "$nolines" -eq 0 ] || fail "$nolines uop rows of report.txt without a hot.py line"
echo "ok: $total samples, $first_guest / $first_uop"
