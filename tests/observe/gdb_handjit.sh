# gdb_handjit.sh BUILD_DIR SOURCE_DIR - real gdb on examples/handjit with the
# GDB sink: a pending breakpoint on a JIT function hits once the code is
# registered; `bt` from handjit_probe walks handjit_probe -> hj_call_probe ->
# hj_loop -> hj_entry -> main with demo.hj lines; `up`, `frame`,
# `info symbol`, `info line`, `list`, `disassemble` and `finish` work in and
# into JIT frames; after gv_close the JIT addresses resolve to nothing.
set -u
. "$2/tests/observe/common.bash"
. "$2/tests/observe/gdb_output.bash"
build=$1
hj=$build/handjit
need gdb
[ -x "$hj" ] || fail "$hj not built"
# LeakSanitizer cannot run under ptrace (sanitizer builds): leaks are the
# unit tests' business, outside gdb.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A demo.hj to `list`: DW_AT_comp_dir is handjit's working directory.
for i in $(seq 1 60); do echo "hj source line $i"; done >"$work/demo.hj"

# With handjit --free-leaf (free the hj_leaf piece, then call handjit_probe
# again) the per-piece removal path is checked too.
free_leaf=
if "$hj" --help 2>&1 | grep -q -- --free-leaf; then free_leaf=--free-leaf; fi

cat >"$work/cmds.gdb" <<'EOF'
set pagination off
set confirm off
set breakpoint pending on
break hj_loop
break handjit_probe
run
echo @@pending\n
info symbol $pc
continue
echo @@bt\n
bt
echo @@up\n
up
info symbol $pc
set $jitpc = $pc
frame
list 31,31
echo @@loop\n
up
set $region = (long)hj_entry
info line *$pc
disassemble
echo @@finish\n
frame 0
finish
print $pc == $jitpc
echo @@leaf\n
set $leaf = (long)hj_leaf
info symbol $leaf
EOF
if [ -n "$free_leaf" ]; then
    cat >>"$work/cmds.gdb" <<'EOF'
delete
break handjit_probe
continue
echo @@freed\n
info symbol $leaf
info symbol $jitpc
EOF
fi
cat >>"$work/cmds.gdb" <<'EOF'
delete
break munmap if $rdi == $region
continue
echo @@closed\n
info symbol $jitpc
info line *$jitpc
echo @@end\n
kill
EOF

out=$(cd "$work" && timeout 120 gdb -batch -nx -x cmds.gdb --args "$hj" --sinks gdb $free_leaf 2>&1)
status=$?
printf '%s\n' "$out"
case $out in
*"ptrace: Operation not permitted"*|*"Could not trace the inferior process"*) skip "ptrace permission (gdb cannot run the inferior)" ;;
esac
[ $status -eq 0 ] || fail "gdb exited with status $status"

# The text between marker $1 and the next marker.

printf '%s\n' "$out" | grep -q '^@@end$' || fail "the gdb script did not run to the end"
printf '%s\n' "$out" | grep -q 'Breakpoint 1 (hj_loop) pending' || fail "break hj_loop was not made pending"
printf '%s\n' "$out" | grep -Eq '^Breakpoint 1, hj_loop \(\) at demo\.hj:2[0-9]' ||
    fail "the pending breakpoint on hj_loop did not hit with a demo.hj line"
expect pending '^hj_loop in section \.text of <in-memory@' "info symbol at the pending breakpoint"

bt=$(section bt)
printf '%s\n' "$bt" | grep -q '??' && fail "bt has unknown frames"
printf '%s\n' "$out" | grep -q 'Backtrace stopped' && fail "a backtrace stopped early"
order=$(printf '%s\n' "$bt" | sed -nE 's/^#([0-9]+) .*(handjit_probe|hj_[a-z_]+|main) \(.*/\2/p' | tr '\n' ' ')
[ "$order" = "handjit_probe hj_call_probe hj_loop hj_entry main " ] ||
    fail "bt frames are '$order', want handjit_probe hj_call_probe hj_loop hj_entry main"
for f in 'hj_call_probe \(\) at demo\.hj:3[0-2]' 'hj_loop \(\) at demo\.hj:2[0-4]' 'hj_entry \(\) at demo\.hj:1[0-2]'; do
    printf '%s\n' "$bt" | grep -Eq "$f" || fail "bt lacks /$f/"
done

expect up '^hj_call_probe \+ [0-9]+ in section \.text of <in-memory@' "info symbol \$pc in the JIT frame"
expect up '^#1 +0x[0-9a-f]+ in hj_call_probe \(\) at demo\.hj:31' "frame in the JIT frame"
expect up '^31[[:space:]]+hj source line 31$' "list shows demo.hj"
expect loop 'Line 2[0-4] of "demo\.hj" starts at address 0x[0-9a-f]+ <hj_loop\+[0-9]+>' "info line *\$pc in hj_loop"
expect loop 'Dump of assembler code for function hj_loop:' "disassemble in hj_loop"
expect loop 'call +0x[0-9a-f]+ <hj_call_probe>' "disassemble names the call target"
expect finish '^hj_call_probe \(\) at demo\.hj:3[0-2]' "finish from handjit_probe returns into the JIT frame"
expect finish '^\$[0-9]+ = 1$' "finish stops at the JIT frame's return address"
expect leaf '^hj_leaf in section \.text of <in-memory@' "the second piece (hj_leaf) resolves"
if [ -n "$free_leaf" ]; then
    expect freed '^No symbol matches \$leaf' "hj_leaf still resolves after its piece was freed"
    expect freed '^hj_call_probe \+ [0-9]+ in section' "the rest of the batch vanished with hj_leaf"
else
    echo "NOTE: handjit has no --free-leaf option; per-piece removal is not checked under gdb"
fi
expect closed '^No symbol matches \$jitpc' "JIT addresses still resolve after gv_close"
expect closed '^No line number information available for address' "JIT lines still known after gv_close"
echo "PASS: gdb sees through handjit's JIT frames"
