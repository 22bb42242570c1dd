# flamegraph_interp_names.sh BUILD_DIR SOURCE_DIR - every name frames.c counts
# as the interpreter (FRAME_INTERP) is still a function defined in glassjit's
# sources.  A name can only be classified by its spelling, so a renamed
# interpreter function would silently move its samples to "runtime" in the
# flame graph and in `glassjit profile`'s summary; this catches the rename.
set -u
. "$2/tests/observe/common.bash"
TF="$1/test_flamegraph"
[ -x "$TF" ] || fail "$TF not built"
names=$("$TF" --list-interp) || fail "test_flamegraph --list-interp failed"
[ "$(wc -l <<<"$names")" -ge 10 ] || fail "suspiciously short list: $names"
missing=
for n in $names; do
    # a definition: return type and name at the start of a line, then '('
    # (static/inline/attributes allowed before it)
    grep -rqE "^[A-Za-z_][A-Za-z0-9_ *()]*[ *]$n\(" "$2/src" "$2/stencils" --include='*.c' || missing="$missing $n"
done
[ -z "$missing" ] || fail "FRAME_INTERP names with no definition in src/ or stencils/:$missing (update src/profile/frames.c)"
echo "ok: $(wc -l <<<"$names") interpreter function names all defined"
