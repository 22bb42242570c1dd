# handjit_unwind.sh BUILD_DIR SOURCE_DIR - glibc backtrace() (libgcc_s) and
# libunwind walk from C through hand-written JIT frames back to main.  Each
# sink must be necessary: without it, its unwinder must fail (so this test
# can fail).
set -u
. "$2/tests/observe/common.bash"
HJ="$1/handjit"
[ -x "$HJ" ] || fail "$HJ not built"

run() { # SINKS -> output in $out, status in $rc
    out=$("$HJ" --check-unwind --sinks "$1" 2>&1)
    rc=$?
}
glibc_ok() { grep -q '^  -> ok: reached main' <<<"$out"; }
unw_ok() { grep -q 'unw_step: ok, unw_backtrace ([0-9]* frames): ok' <<<"$out"; }

run libgcc,libunwind
echo "$out"
[ $rc -eq 0 ] || fail "handjit --check-unwind --sinks libgcc,libunwind exited $rc"
glibc_ok || fail "glibc backtrace() did not reach main through the JIT frames"
unw_ok || fail "libunwind did not reach main through the JIT frames"

run none
[ $rc -ne 0 ] || fail "without sinks the check passed: it cannot detect broken unwinding"
glibc_ok && fail "without sinks glibc backtrace() claims to reach main through the JIT frames"
unw_ok && fail "without sinks libunwind claims to reach main through the JIT frames"

run libgcc # glibc's backtrace() must use libgcc_s and its __register_frame data
glibc_ok || fail "with only the libgcc sink glibc backtrace() failed"
unw_ok && fail "with only the libgcc sink libunwind succeeded: it should need _U_dyn_register"

run libunwind
unw_ok || fail "with only the libunwind sink libunwind failed"
glibc_ok && fail "with only the libunwind sink glibc backtrace() succeeded: is it libunwind's backtrace?"
echo "PASS: handjit_unwind"
