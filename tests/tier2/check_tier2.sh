#!/usr/bin/env bash
# Tier-2 checks with real runs (registered in tests/tests.cmake):
#   check_tier2.sh GLASSJIT traces     - --stats proves traces were compiled and entered,
#                                        in the uop interpreter and as machine code, and
#                                        that the loop's hot second branch got a stitched
#                                        side trace
#   check_tier2.sh GLASSJIT invalidate - globals and classes changed under running traces:
#                                        same output, traces invalidated and freed
#   check_tier2.sh GLASSJIT exhausted  - a tiny --jit-memory cap: compiling stops, the
#                                        program still prints the right answer, stats say why
set -uo pipefail
glassjit="$1"
mode="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prog="$here/loops.py"
expected="$(cat "$here/loops.expected")"
fail=0
pass=0
check() { # description, condition-result
    if [[ "$2" == 0 ]]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
stat_of() { # stats-text, label -> first number after the label
    sed -n "s/^ *$2: *\([0-9][0-9]*\).*/\1/p" <<<"$1" | head -n 1
}
run() { # args... -> sets out, err, rc (runs $prog)
    local errf
    errf="$(mktemp)"
    out="$("$glassjit" "$@" "$prog" 2>"$errf")"
    rc=$?
    err="$(cat "$errf")"
    rm -f "$errf"
}
case "$mode" in
traces)
    for jit in uops on; do
        run --jit="$jit" --stats
        check "--jit=$jit exit status $rc" "$([[ $rc == 0 ]]; echo $?)"
        check "--jit=$jit output" "$([[ "$out" == "$expected" ]]; echo $?)"
        compiled="$(stat_of "$err" "traces compiled")"
        entries="$(stat_of "$err" "trace entries")"
        check "--jit=$jit compiled traces (${compiled:-none})" "$([[ ${compiled:-0} -ge 3 ]]; echo $?)"
        check "--jit=$jit entered traces (${entries:-none})" "$([[ ${entries:-0} -ge 3 ]]; echo $?)"
        stitched="$(sed -n 's/^ *exits taken: *[0-9]* (stitched \([0-9]*\)).*/\1/p' <<<"$err")"
        sides="$(stat_of "$err" "side traces")"
        # the uop interpreter follows stitched exits in the driver; machine code
        # has its exits patched to jump straight into the side trace
        patched="$(sed -n 's/^ *side traces: *[0-9]* (exits patched to jump into them: \([0-9]*\)).*/\1/p' <<<"$err")"
        check "--jit=$jit stitched a hot side exit (${sides:-0} side traces, ${stitched:-0} stitched, ${patched:-0} patched)" \
            "$([[ ${sides:-0} -ge 1 && ( ${stitched:-0} -ge 100 || ${patched:-0} -ge 1 ) ]]; echo $?)"
        if [[ "$jit" == on ]]; then
            jitted="$(stat_of "$err" "traces jitted")"
            bytes="$(stat_of "$err" "code bytes")"
            check "--jit=on emitted machine code (${jitted:-none} traces, ${bytes:-0} bytes)" \
                "$([[ ${jitted:-0} -ge 3 && ${bytes:-0} -gt 0 ]]; echo $?)"
        fi
    done
    run --jit=off --stats
    check "--jit=off compiles nothing" "$([[ "$(stat_of "$err" "traces compiled")" == 0 ]]; echo $?)"
    check "--jit=off output" "$([[ "$out" == "$expected" ]]; echo $?)"
    ;;
invalidate)
    # loops that rebind globals, add and delete global names and change a
    # class while traced: same output, and the broken traces were invalidated
    prog="$here/invalidate.py"
    expected="$(cat "$here/invalidate.expected")"
    for jit in uops on; do
        for threshold in 2 16; do
            GLASSJIT_JIT_THRESHOLD=$threshold run --jit="$jit" --stats
            check "invalidate --jit=$jit threshold $threshold: exit status $rc" "$([[ $rc == 0 ]]; echo $?)"
            check "invalidate --jit=$jit threshold $threshold: output" "$([[ "$out" == "$expected" ]]; echo $?)"
            inval="$(stat_of "$err" "traces invalidated")"
            freed="$(sed -n 's/^ *traces invalidated: *[0-9]* (freed \([0-9]*\)).*/\1/p' <<<"$err")"
            check "invalidate --jit=$jit threshold $threshold: invalidated ${inval:-0}, freed ${freed:-0}" \
                "$([[ ${inval:-0} -ge 1 && ${freed:-0} -ge 1 ]]; echo $?)"
        done
    done
    ;;
exhausted)
    run --jit=on --jit-memory=1K --stats
    check "exhausted: exit status $rc" "$([[ $rc == 0 ]]; echo $?)"
    check "exhausted: output still right" "$([[ "$out" == "$expected" ]]; echo $?)"
    check "exhausted: stats say so" "$(grep -q 'EXHAUSTED: compiling stopped' <<<"$err"; echo $?)"
    check "exhausted: no trace jitted" "$([[ "$(stat_of "$err" "traces jitted")" == 0 ]]; echo $?)"
    ;;
json)
    # --stats=json: one JSON object with the same numbers as the text form
    run --jit=on --stats
    text="$err"
    run --jit=on --stats=json
    check "json: output" "$([[ "$out" == "$expected" ]]; echo $?)"
    py=/usr/bin/python3
    [[ -x $py ]] || py=python3
    verdict="$(STATS_JSON="$err" "$py" - "$(stat_of "$text" "traces compiled")" "$(stat_of "$text" "uops emitted")" 2>&1 <<'PY'
import json, os, sys
s = json.loads(os.environ["STATS_JSON"])
j = s["jit"]
need = ["mode", "threshold", "seal_delay", "traces_compiled", "traces_not_closed", "uops_emitted",
        "guards_removed", "trace_entries", "exits_taken", "exits_stitched", "side_traces", "exits_patched",
        "traces_invalidated", "traces_freed", "projection_ns", "traces_jitted", "emit_failed", "uops_jitted",
        "code_bytes", "data_bytes", "emit_ns", "alloc_ns", "seal_ns", "seal_batches",
        "unsealed_entries_run_by_tier1", "compiling_stopped", "memory"]
missing = [k for k in need if k not in j] + [k for k in ["collections", "heap_bytes"] if k not in s["gc"]]
mem = j["memory"]
ok = (not missing and j["mode"] == "on" and j["traces_compiled"] == int(sys.argv[1])
      and j["uops_emitted"] == int(sys.argv[2]) and j["traces_jitted"] >= 3
      and mem["mprotect_calls"] == mem["opens"] + mem["reopens"] + mem["seals"] and mem["used"] > 0)
print("ok" if ok else "bad: missing %s, %s" % (missing, j))
PY
)"
    check "json: every counter, same numbers as the text form ($verdict)" "$([[ "$verdict" == ok ]]; echo $?)"
    ;;
*)
    echo "usage: check_tier2.sh GLASSJIT traces|invalidate|exhausted|json" >&2
    exit 2
    ;;
esac
echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
