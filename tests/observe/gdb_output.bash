# Sourced by the tests/observe scripts that drive gdb in batch mode.  Their
# gdb command files print "@@NAME" markers (`echo @@NAME\n`) before each
# step; these read gdb's output, kept in $out, by section.

# The lines between @@NAME and the next @@ marker.
section() { printf '%s\n' "$out" | awk -v m="@@$1" '$0 == m {on = 1; next} /^@@/ {on = 0} on'; }

# expect SECTION REGEX WHAT: fails (showing the section) unless it matches.
expect() {
    section "$1" | grep -Eq -- "$2" || { section "$1" >&2; fail "$3 (no /$2/ after @@$1)"; }
}

# The function names of a backtrace's frames (stdin), in order, space-separated.
frames() { sed -nE 's/^#[0-9]+ +(0x[0-9a-f]+ in )?([^ ]+) \(.*/\2/p' | tr '\n' ' '; }

# clean_bt SECTION WHAT: the backtrace in SECTION has no unknown frames, does
# not stop early and reaches main.
clean_bt() {
    local bt
    bt=$(section "$1")
    printf '%s\n' "$bt" | grep -q '??' && fail "$2: bt has unknown (??) frames"
    printf '%s\n' "$bt" | grep -q 'Backtrace stopped' && fail "$2: the backtrace stopped early"
    printf '%s\n' "$bt" | grep -Eq '^#[0-9]+ .* main \(' || fail "$2: bt does not reach main"
}
