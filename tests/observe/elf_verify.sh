# elf_verify.sh BUILD_DIR SOURCE_DIR - the ELF objects the GDB sink hands to
# gdb, dumped through gv_options.elf_dump_dir, must pass
# `llvm-dwarfdump --verify` and `readelf --debug-dump=frames,info,line`
# without errors or warnings, and say what the pieces were: unit and
# function names, line rows, one FDE per range, lookups by address.
set -u
. "$2/tests/observe/common.bash"
build=$1
need readelf
dwarfdump=$(command -v llvm-dwarfdump-19 || command -v llvm-dwarfdump) || skip llvm-dwarfdump-19
drv=$build/observe_test_gdbjit
[ -x "$drv" ] || fail "$drv not built"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/drv" "$work/hj"
"$drv" --dump "$work/drv" || fail "$drv --dump failed"
# handjit's objects carry real CFI; it takes --elf-dump DIR once it has one.
if "$build/handjit" --help 2>&1 | grep -q -- --elf-dump; then
    "$build/handjit" --sinks gdb --elf-dump "$work/hj" >/dev/null || fail "handjit --elf-dump failed"
    ls "$work"/hj/gv-*.o >/dev/null 2>&1 || fail "handjit --elf-dump wrote no object"
else
    echo "NOTE: handjit has no --elf-dump option; only the test driver's objects are checked"
fi

n=0
for o in "$work"/drv/gv-*.o "$work"/hj/gv-*.o; do
    [ -e "$o" ] || continue
    n=$((n + 1))
    v=$("$dwarfdump" --verify "$o" 2>&1)
    printf '%s\n' "$v" | grep -q '^No errors\.$' || { printf '%s\n' "$v"; fail "llvm-dwarfdump --verify: errors in $o"; }
    printf '%s\n' "$v" | grep -qi 'warning' && { printf '%s\n' "$v"; fail "llvm-dwarfdump --verify: warnings in $o"; }
    readelf -a --debug-dump=frames,info,line,decodedline "$o" >"$o.txt" 2>"$o.err" || fail "readelf failed on $o"
    if [ -s "$o.err" ] || grep -qiE 'warning|corrupt|bad|invalid' "$o.txt"; then
        cat "$o.err"; grep -iE 'warning|corrupt|bad|invalid' "$o.txt"
        fail "readelf complains about $o"
    fi
    grep -q 'Type: *REL (Relocatable file)' "$o.txt" || fail "$o is not ET_REL"
    grep -q 'Machine: *Advanced Micro Devices X86-64' "$o.txt" || fail "$o is not x86-64"
done
# The driver's first three objects: a batch of 5 pieces, its rebuild without
# piece 2, a batch of 2 (gv_close then rebuilds as it removes pieces).
[ "$(ls "$work"/drv/gv-*.o | wc -l)" -ge 3 ] || fail "the driver should have dumped at least 3 objects"
# In creation order: gv-PID-N.o, N counting up.
objs=$(ls "$work"/drv/gv-*.o | sort -t- -k3 -n)
first=$(echo "$objs" | sed -n 1p)
rebuilt=$(echo "$objs" | sed -n 2p)
last=$(echo "$objs" | sed -n 3p)
fdes() { grep -c ' FDE cie=' "$1.txt"; }
subs() { "$dwarfdump" --debug-info "$1" | grep -c DW_TAG_subprogram; }
[ "$(fdes "$first")" -eq 40 ] || fail "5 pieces x 8 ranges need 40 FDEs, $first has $(fdes "$first")"
[ "$(subs "$first")" -eq 40 ] || fail "$first should have 40 subprograms"
[ "$(fdes "$rebuilt")" -eq 32 ] || fail "the rebuild without piece 2 should have 32 FDEs"
grep -q '_UOP_3_2' "$rebuilt.txt" && fail "the removed piece 2 is still in the rebuilt object"
grep -q '_UOP_3_4' "$rebuilt.txt" || fail "piece 4 missing from the rebuilt object"
grep -Eq 'DW_AT_name +: bench\.py' "$first.txt" || fail "no bench.py unit"
grep -Eq 'DW_AT_name +: other\.py' "$last.txt" || fail "no other.py unit"
grep -Eq 'DW_AT_name +: <jit>' "$last.txt" || fail "no unit for the piece without a source file"
grep -Eq '^ +[0-9]+: +[0-9a-f]+ +16 FUNC +GLOBAL +DEFAULT +[0-9]+ stub_nosrc$' "$last.txt" ||
    fail "no 16-byte FUNC symbol stub_nosrc"
# Piece 0's sequence: 16 rows 16 bytes apart, lines 1..4 (i % 1000 + 1 +
# row / 4), then the end of the sequence at the piece's end (+0x100).
seq=$(awk '/^bench\.py +[0-9-]+ +0x/ {print $2, $3} / - +0x/ {exit}' "$first.txt")
lines=$(printf '%s\n' "$seq" | awk '{printf "%s ", $1}')
[ "$lines" = "1 1 1 1 2 2 2 2 3 3 3 3 4 4 4 4 - " ] || fail "piece 0's line rows are '$lines'"
start=$(printf '%s\n' "$seq" | sed -n 1p | cut -d' ' -f2)
end=$(printf '%s\n' "$seq" | sed -n 17p | cut -d' ' -f2)
[ $((end - start)) -eq 256 ] || fail "piece 0's sequence spans $((end - start)) bytes, want 256"

# Lookups by address, as a debugger does them: inside _UOP_3_1 -> that
# function, and a bench.py line.
lo=$("$dwarfdump" --debug-info "$first" | grep -A3 '"_UOP_3_1"' | sed -nE 's/.*DW_AT_low_pc.*\((0x[0-9a-f]+)\).*/\1/p')
[ -n "$lo" ] || fail "no DW_AT_low_pc for _UOP_3_1"
look=$("$dwarfdump" --lookup=$(printf '0x%x' $((lo + 4))) "$first")
printf '%s\n' "$look" | grep -q 'DW_AT_name.*"_UOP_3_1"' || { printf '%s\n' "$look"; fail "llvm-dwarfdump --lookup inside _UOP_3_1 does not find it"; }
# _UOP_3_1 is at offset 0x60 of piece 1: row 6, line 1 + 1 + 6 / 4 = 3.
printf '%s\n' "$look" | grep -q "Line info: file 'bench.py', line 3," ||
    { printf '%s\n' "$look"; fail "no bench.py:3 for an address of _UOP_3_1"; }

if ls "$work"/hj/gv-*.o >/dev/null 2>&1; then
    all=$(cat "$work"/hj/gv-*.o.txt)
    for name in hj_entry hj_loop hj_call_probe hj_leaf; do
        printf '%s\n' "$all" | grep -Eq "DW_AT_name +: $name\$" || fail "handjit object lacks $name"
    done
    printf '%s\n' "$all" | grep -q 'DW_CFA_def_cfa_register: r6 (rbp)' || fail "handjit's CFI is missing"
fi
echo "PASS: $n object(s) verified"
