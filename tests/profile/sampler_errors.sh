# sampler_errors.sh BUILD_DIR SOURCE_DIR - the built-in sampler's errors.
#   - FILE cannot be created (missing directory; a directory): the sampler
#     opens FILE before the script runs, so glassjit prints
#     "glassjit: --sample: cannot open 'FILE': REASON", does not run the
#     script (no output) and exits with status 2;
#   - FILE can be opened but not written (/dev/full): the script runs as
#     usual, keeps its output and exit status, and glassjit says
#     "glassjit: --sample: error writing '/dev/full': ..." at the end;
#   - a bad --sample-hz is refused (status 2) before anything runs.
set -u
. "$2/tests/observe/common.bash"
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
PROG="$2/tests/profile/programs/sampler_hot.py"
T=$(mktemp -d /tmp/gj-sampler-err.XXXXXX)
trap 'rm -rf "$T"' EXIT
unset GLASSJIT_GDB GLASSJIT_PERF GLASSJIT_UNWIND GLASSJIT_GUEST_FRAMES GLASSJIT_JIT GLASSJIT_SAMPLE_STATS

for bad in "$T/no/such/dir/out.folded" "$T"; do
    "$GJ" --sample="$bad" "$PROG" 10 >"$T/out" 2>"$T/err"
    rc=$?
    [ $rc = 2 ] || fail "--sample=$bad: exit status $rc, expected 2 (stderr: $(head -c 600 "$T/err"))"
    grep -q "^glassjit: --sample: cannot open '$bad': " "$T/err" ||
        fail "--sample=$bad: no clear message: $(cat "$T/err")"
    [ -s "$T/out" ] && fail "--sample=$bad: the script ran anyway: $(cat "$T/out")"
done
echo "unwritable FILE: status 2, message: $(head -1 "$T/err")"

if [ -w /dev/full ]; then
    # long enough for samples (an empty FILE has nothing to fail on)
    "$GJ" "$PROG" 3000 >"$T/plain" 2>&1 || fail "unsampled run failed"
    "$GJ" --sample=/dev/full "$PROG" 3000 >"$T/out" 2>"$T/err"
    rc=$?
    [ $rc = 0 ] || fail "--sample=/dev/full: exit status $rc, expected the program's 0"
    cmp -s "$T/plain" "$T/out" || fail "--sample=/dev/full: output differs"
    grep -q "^glassjit: --sample: error writing '/dev/full': " "$T/err" ||
        fail "--sample=/dev/full: no write error reported: $(cat "$T/err")"
    echo "write error: status 0, message: $(cat "$T/err")"
fi

for hz in 0 -5 abc; do
    "$GJ" --sample="$T/x.folded" --sample-hz=$hz "$PROG" 10 >"$T/out" 2>"$T/err"
    rc=$?
    [ $rc = 2 ] || fail "--sample-hz=$hz: exit status $rc, expected 2"
    [ -s "$T/out" ] && fail "--sample-hz=$hz: the script ran anyway"
done
echo "PASS"
