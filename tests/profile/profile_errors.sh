# profile_errors.sh BUILD_DIR SOURCE_DIR - bad input to `glassjit profile`
# gives one clear message and a non-zero exit, never a crash: no script,
# a missing or directory script, unknown options, bad --call-graph and
# --freq values, an --out that cannot be created or written.  A program that
# fails still gets its profile, and its exit status is profile's.
set -u
. "$2/tests/observe/common.bash"
GJ="$1/glassjit"
[ -x "$GJ" ] || fail "$GJ not built"
T=$(mktemp -d /tmp/gj-profile.XXXXXX)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T" || exit 1
printf 'print(1)\n' >ok.py
touch afile

# expect STATUS MESSAGE_REGEX ARGS...: profile exits with STATUS, says
# MESSAGE on stderr, writes no profile
expect() {
    local want=$1 msg=$2
    shift 2
    rm -rf glassjit-profile
    "$GJ" profile "$@" >out.txt 2>err.txt
    local rc=$?
    [ $rc -eq "$want" ] || fail "profile $*: exit $rc, expected $want ($(head -2 err.txt))"
    grep -Eq -e "$msg" err.txt || fail "profile $*: stderr '$(head -2 err.txt)' lacks /$msg/"
    [ -e glassjit-profile/flame.svg ] && fail "profile $*: wrote a profile"
    return 0
}
expect 2 'glassjit profile: no script to profile' 
expect 2 'no script to profile' --freq 99
expect 2 'cannot open script .nope\.py.: No such file or directory' nope.py
expect 2 "cannot open script '\.': Is a directory" .
expect 2 'unknown option --bogus' --bogus ok.py
expect 2 'option --out needs a value' --out
expect 2 '--out needs a directory' --out= ok.py
expect 2 "--call-graph must be fp or dwarf, not 'lbr'" --call-graph lbr ok.py
expect 2 "--call-graph must be fp or dwarf, not ''" --call-graph= ok.py
expect 2 "--freq must be a number from 1 to 100000, not '0'" --freq 0 ok.py
expect 2 "--freq must be a number from 1 to 100000, not '12x'" --freq=12x ok.py
expect 2 "--freq must be a number from 1 to 100000, not '100001'" --freq 100001 ok.py
expect 2 "--freq must be a number from 1 to 100000, not '-5'" --freq -5 ok.py
expect 2 "cannot create output directory 'afile': Not a directory" --out afile ok.py
expect 2 "cannot create output directory 'afile/sub': Not a directory" --out afile/sub ok.py
expect 2 "cannot create output directory '/proc/gj-profile-test/x'" --out /proc/gj-profile-test/x ok.py
if [ "$(id -u)" != 0 ]; then
    mkdir ro && chmod a-w ro
    expect 2 "cannot (create|write into) output directory 'ro/out'" --out ro/out ok.py
fi
# an output directory that exists but cannot be written: a read-only bind
# is not available to a plain user; /proc/self is a directory nobody writes
expect 2 "cannot write into output directory '/proc/self'|cannot create '/proc/self/jit'" --out /proc/self ok.py

"$GJ" profile --help >out.txt 2>&1 || fail "--help exited with $?"
grep -q '^usage: glassjit profile' out.txt || fail "--help prints no usage"

# a failing program: its exit status, its traceback, and still a profile
# (the sampler, so this runs without perf too)
printf 'import sys\nt = 0\nfor i in range(300000):\n    t = t + i %% 7\nprint(t)\nsys.exit(3)\n' >exit3.py
"$GJ" profile --no-perf --out p3 exit3.py >out.txt 2>err.txt
rc=$?
[ $rc -eq 3 ] || fail "a program exiting with 3: profile exited $rc"
grep -q 'the program exited with status 3' err.txt || fail "no note of the program's exit status"
[ -s p3/flame.svg ] && [ -s p3/report.txt ] || fail "no profile for a failing program"
grep -q '^flame graph: p3/flame.svg$' out.txt || fail "no summary for a failing program"
printf 'def f():\n    return 1 / 0\nf()\n' >raise.py
"$GJ" profile --no-perf --out p4 raise.py >out.txt 2>err.txt
rc=$?
[ $rc -eq 1 ] || fail "an uncaught exception: profile exited $rc"
grep -q '^ZeroDivisionError' err.txt || fail "the traceback did not reach stderr"
grep -q glassjit_stats err.txt && fail "the stats line leaked to stderr"
echo ok
