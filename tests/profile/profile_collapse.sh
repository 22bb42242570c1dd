# profile_collapse.sh BUILD_DIR SOURCE_DIR - the perf script collapser
# (src/profile/folded.c) and the summary on a perf script output written by
# hand, through a stand-in perf (GLASSJIT_PROFILE_PERF=fake-perf: `record`
# runs the program, `script` prints the file below), so exact results can be
# asserted and no real perf is needed:
#   - +0x offsets stripped, frames reversed to root first, identical stacks
#     merged, kernel frames "_[k]", ';' in a name replaced, a nameless frame
#     named after its dso, a sample without callchain taken from its header,
#     the end of a truncated chain (ffffffffffffffff) not a kernel frame;
#   - summary: leaf shares, self/total per guest function with the def line
#     from the trampoline's srcline, the uop's hottest guest line;
#   - a perf script that fails, or prints garbage, is an error (exit 1).
set -u
. "$2/tests/observe/common.bash"
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
T=$(mktemp -d /tmp/gj-profile.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
printf 'print("ran")\n' >ok.py

cat >fake-perf <<'PERF'
#!/bin/bash
cmd=$1; shift
out=
case $cmd in
record)
    while [ $# -gt 0 ]; do case $1 in -o) out=$2; shift 2 ;; --) shift; break ;; *) shift ;; esac; done
    echo fake >"$out"
    "$@"
    exit $? ;;
inject)
    while [ $# -gt 0 ]; do case $1 in -o) out=$2; shift 2 ;; *) shift ;; esac; done
    echo fake >"$out" ;;
script)
    [ -n "${FAKE_SCRIPT_STATUS:-}" ] && { echo "fake perf script failure" >&2; exit "$FAKE_SCRIPT_STATUS"; }
    cat "$FAKE_SCRIPT" ;;
report)
    echo "# fake report" ;;
esac
PERF
chmod +x fake-perf

T1=$(printf '\t')
cat >script.txt <<EOF2
glassjit 100 1.000001:    1001001 cpu-clock: 
${T1}              93 _BINARY_OP_MOD_INT+0x13 (/x/jit/jitted-100-9.so)
  hot.py:12
${T1}           1e6a6 tier2_enter+0x126 (/b/glassjit)
  jitmem.h:200
${T1}           5b03b eval_frame+0x208b (/b/glassjit)
  bytecodes.def:378
${T1}              89 py::churn:hot.py+0x9 (/x/jit/jitted-100-2.so)
  hot.py:9
${T1}           1bfd5 main+0x9c5 (/b/glassjit)
  main.c:352

glassjit 100 1.000002:    1001001 cpu-clock: 
${T1}              a0 _BINARY_OP_MOD_INT+0x20 (/x/jit/jitted-100-9.so)
  hot.py:12
${T1}           1e6b0 tier2_enter+0x130 (/b/glassjit)
${T1}           5b03b eval_frame+0x208b (/b/glassjit)
${T1}              89 py::churn:hot.py+0x9 (/x/jit/jitted-100-2.so)
  hot.py:9
${T1}           1bfd5 main+0x9c5 (/b/glassjit)

glassjit 100 1.000003:    1001001 cpu-clock: 
${T1}ffffffff815a2001 next_uptodate_folio+0xc1 ([kernel.kallsyms])
  [kernel.kallsyms][ffffffff815a2001]
${T1}              90 _LOAD_FAST+0x0 (/x/jit/jitted-100-3.so)
  hot.py:11
${T1}              89 py::churn:hot.py+0x9 (/x/jit/jitted-100-2.so)
  hot.py:9
${T1}           1bfd5 main+0x9c5 (/b/glassjit)
  main.c:352

glassjit 100 1.000004:    1001001 cpu-clock: 
${T1}            3871 [unknown] (/usr/lib/x86_64-linux-gnu/libgcc_s.so.1)
  libgcc_s.so.1[3871]
${T1}            1234 helper;with;semis+0x10 (/usr/lib/libx.so (deleted))
  ??:0
${T1}           1bfd5 main+0x9c5 (/b/glassjit)

glassjit 100 1.000005:    1001001 cpu-clock:       7f00 memcpy+0x5 (/usr/lib/libc.so.6)
glassjit 100 1.000006:    1001001 cpu-clock: 
${T1}              95 _BINARY_OP_MOD_INT+0x20 (/x/jit/jitted-100-9.so)
  hot.py:13
${T1}              89 py::light:hot.py+0x9 (/x/jit/jitted-100-5.so)
  hot.py:16
${T1}              89 py::churn:hot.py+0x9 (/x/jit/jitted-100-2.so)
  hot.py:9
${T1}           1bfd5 main+0x9c5 (/b/glassjit)
${T1}ffffffffffffffff [unknown] ([unknown])
EOF2

cat >expected.txt <<'EOF2'
[unknown];main;py::churn:hot.py;py::light:hot.py;_BINARY_OP_MOD_INT 1
main;helper:with:semis;[libgcc_s.so.1] 1
main;py::churn:hot.py;_LOAD_FAST;next_uptodate_folio_[k] 1
main;py::churn:hot.py;eval_frame;tier2_enter;_BINARY_OP_MOD_INT 2
memcpy 1
EOF2

export GLASSJIT_PROFILE_PERF=$T/fake-perf FAKE_SCRIPT=$T/script.txt
"$GJ" profile --out p ok.py >out.txt 2>err.txt
rc=$?
[ $rc -eq 0 ] || { cat err.txt >&2; fail "profile with the stand-in perf exited with $rc"; }
[ "$(head -1 out.txt)" = ran ] || fail "the program did not run"
diff -u expected.txt p/folded.txt >&2 || fail "folded.txt differs from the expected collapse"
grep -q '^# fake report$' p/report.txt || fail "report.txt is not perf report's output"
grep -q 'data-samples="6"' p/flame.svg || fail "flame.svg does not count 6 samples"

row() { grep -E "$1" out.txt >/dev/null || { cat out.txt >&2; fail "summary lacks /$1/"; }; }
row '^glassjit profile: 6 samples at 999 Hz \(perf, frame pointers\)$'
row '^    JIT code +50\.0%  3$'
row '^    interpreter +0\.0%  0$'
row '^    runtime and libraries +16\.7%  1$'
row '^    kernel +16\.7%  1$'
row '^    unknown +16\.7%  1$'
row '^     50\.0%   66\.7%  churn +hot\.py:9$'
row '^     16\.7%   16\.7%  light +hot\.py:16$'
row '^     33\.3%          \(outside any guest function'
row '^     50\.0%  _BINARY_OP_MOD_INT +hot\.py:12 \(67% of its samples\)$'
grep -q '_LOAD_FAST' <(sed -n '/hottest uops/,$p' out.txt) && fail "a non-leaf uop counted as self time"
row '^  JIT: [0-9]+ traces compiled, '
row '^flame graph: p/flame.svg$'

# perf script failing, and perf script output that is not perf script's
FAKE_SCRIPT_STATUS=3 "$GJ" profile --out p ok.py >out.txt 2>err.txt
rc=$?
[ $rc -eq 1 ] || fail "a failing perf script: exit $rc, expected 1"
grep -q 'perf script failed (exit status 3' err.txt || fail "no perf script failure message: $(cat err.txt)"
printf '\t    55 orphan+0x1 (/x)\n' >garbage.txt
FAKE_SCRIPT=$T/garbage.txt "$GJ" profile --out p ok.py >out.txt 2>err.txt
rc=$?
[ $rc -eq 1 ] || fail "garbage perf script output: exit $rc, expected 1"
grep -q 'cannot read perf script output: line 1: a frame line outside of any sample' err.txt ||
    fail "no parse error message: $(cat err.txt)"
printf 'glassjit 1 1.0: 1 cpu-clock:\n\tnot-an-address sym (dso)\n' >garbage.txt
FAKE_SCRIPT=$T/garbage.txt "$GJ" profile --out p ok.py >out.txt 2>err.txt
rc=$?
[ $rc -eq 1 ] || fail "a malformed frame line: exit $rc, expected 1"
grep -q 'line 2: expected' err.txt || fail "no message for a malformed frame line: $(cat err.txt)"
echo ok
