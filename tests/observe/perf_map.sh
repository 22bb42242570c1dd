# perf_map.sh BUILD_DIR SOURCE_DIR - the /tmp/perf-PID.map path, no inject:
# perf report names the samples in JIT code hj_*.
set -u
. "$2/tests/observe/common.bash"
need perf
HJ="$1/handjit"
[ -x "$HJ" ] || fail "$HJ not built"
T=$(mktemp -d /tmp/gv-perf-map.XXXXXX)
trap 'rm -rf "$T"; rm -f /tmp/perf-"$pid".map' EXIT
pid=none
cd "$T" || exit 1
perf record -q -e cpu-clock:u -o probe.data -- true >/dev/null 2>&1 ||
    skip "a working perf record (perf_event_paranoid=$(cat /proc/sys/kernel/perf_event_paranoid))"
perf record -q -e cpu-clock:u -g -o perf.data -- "$HJ" --sinks perf-map --spin 1 >/dev/null 2>record.err ||
    fail "perf record failed: $(cat record.err)"
pid=$(perf script -i perf.data -F pid 2>/dev/null | awk 'NF { print $1; exit }')
[ -s /tmp/perf-"$pid".map ] || fail "/tmp/perf-$pid.map missing or empty"
grep -q ' hj_leaf$' /tmp/perf-"$pid".map || fail "no hj_leaf line in /tmp/perf-$pid.map"
perf report -i perf.data --stdio --no-children --sort sym 2>/dev/null >report.txt
pct=$(awk '/\[\.\] hj_leaf/ { sub("%", "", $1); print int($1); exit }' report.txt)
echo "hj_leaf: ${pct:-0}% of the samples"
grep -E '^ +[0-9.]+%' report.txt | head -5
[ "${pct:-0}" -ge 50 ] || fail "perf report does not attribute the spin loop to hj_leaf"
grep -E '^ +[0-9.]+%.*\[\.\] 0x0000' report.txt | awk '{ sub("%", "", $1); if ($1 > 5) bad = 1 } END { exit !bad }' &&
    fail "a large share of samples has no symbol"
echo "PASS: perf_map"
