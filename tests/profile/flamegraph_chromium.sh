# flamegraph_chromium.sh BUILD_DIR SOURCE_DIR - the flame graph SVG in a real
# browser (headless Chromium).
#
# Input: folded stacks of a real run of examples/nbody.py (perf record -g over
# glassjit --perf=jitdump, perf inject --jit, perf script, collapsed by the
# awk below); when perf cannot record here, a hand-written profile of the
# same shape.  test_flamegraph --render turns it into an SVG (the renderer
# without the profile driver).  Checks:
#   - the SVG parses as XML (Chromium shows a <parsererror> page otherwise);
#   - its script ran to the end and raised nothing: the script sets
#     data-ready="1" on <svg> as its last statement and records any uncaught
#     error in data-error (window 'error' listener); --dump-dom shows both,
#     and the console log (--enable-logging=stderr) must have no "Uncaught";
#   - the hottest guest function (innermost py:: frame, most samples) and the
#     hottest uop (leaf, most samples) are drawn, the guest function with its
#     full name as the label;
#   - interaction, from a page that loads the SVG in an iframe
#     (--allow-file-access-from-files) and sends it real DOM events: hover
#     puts name and samples in the status line, a click zooms the frame to
#     full width and hides frames outside it, "Reset zoom" restores the
#     layout, and a search for the uops highlights them and reports exactly
#     the samples of the stacks that contain one (computed here from the
#     folded file).
#   - flame.svg?s=py:: opens with that search applied; an empty profile
#     gives a page that loads and says "No samples".
#   The checks are shown to fail on a broken script (a deliberately broken
#   copy must produce data-error and no data-ready).
set -u
. "$2/tests/observe/common.bash"
B="$1" S="$2"
CHROME=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROME" ] || skip chromium
TF="$B/test_flamegraph"
[ -x "$TF" ] || fail "$TF not built"
T=$(mktemp -d /tmp/gj-fgchrome.XXXXXX)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1

# perf script -F comm,ip,sym -> folded stacks, root first.  Kernel addresses
# get stackcollapse-perf.pl's "_[k]" suffix.
cat > collapse.awk <<'AWK'
function flush(   s, i) {
    if (n > 0) {
        s = f[n]
        for (i = n - 1; i >= 1; i--) s = s ";" f[i]
        count[s]++
    }
    n = 0
}
/^[^ \t]/ { flush(); next }
/^[ \t]*$/ { flush(); next }
{
    ip = $1; $1 = ""; sym = substr($0, 2)
    if (sym == "") sym = "[unknown]"
    if (ip ~ /^ffffffff/) sym = sym "_[k]"
    f[++n] = sym
}
END { flush(); for (s in count) print s, count[s] }
AWK

real=0
# ~0.25 s of samples; the interpreter of sanitizer builds is slower
steps=100000
grep -q '^GLASSJIT_SANITIZE:BOOL=ON' "$B/CMakeCache.txt" 2>/dev/null && steps=20000
if command -v perf >/dev/null 2>&1 && perf record -q -k 1 -e cpu-clock -o probe.data -- true >/dev/null 2>&1; then
    mkdir jd
    if GLASSJIT_SEAL_DELAY=0 perf record -q -k 1 -e cpu-clock -g -o perf.data \
            "$B/glassjit" --perf=jitdump --jitdump-dir="$T/jd" "$S/examples/nbody.py" $steps >run.out 2>&1 &&
        perf inject --jit -i perf.data -o perf.jit.data >/dev/null 2>&1 &&
        perf script -i perf.jit.data -F comm,ip,sym 2>/dev/null | awk -f collapse.awk | LC_ALL=C sort > in.folded &&
        grep -q 'py::advance:nbody.py' in.folded && grep -q ';_[A-Z][A-Z0-9_]* [0-9]*$' in.folded; then
        real=1
    fi
fi
if [ $real = 0 ]; then
    echo "note: perf could not record here; using a hand-written profile" >&2
    P='__libc_start_call_main;main;vm_run_main;vm_run_module;eval_code;py::<module>:nbody.py;eval_frame;run_function;py::main:nbody.py;eval_frame;run_function'
    cat > in.folded <<FOLDED
$P;py::advance:nbody.py;eval_frame 287
$P;py::advance:nbody.py;eval_frame;tier2_enter;_BINARY_SUBSCR_LIST_INT 273
$P;py::advance:nbody.py;eval_frame;tier2_enter;_LOAD_FAST 118
$P;py::advance:nbody.py;eval_frame;tier2_enter;_BINARY_OP_MUL_FLOAT 103
$P;py::advance:nbody.py;eval_frame;tier2_enter;jit_shim;_CALL_BUILTIN_O;m_sqrt;math_1 9
$P;py::advance:nbody.py;eval_frame;list_iter_new;gc_new 11
$P;py::energy:nbody.py;eval_frame;tier2_enter;_BINARY_OP_ADD_FLOAT 12
$P;py::energy:nbody.py;eval_frame;float_new;asm_exc_page_fault_[k];exc_page_fault_[k] 3
__libc_start_call_main;main;vm_run_main;vm_run_module;parse_source;__strlen_evex 2
FOLDED
fi
total=$(awk '{ t += $NF } END { print t }' in.folded)
[ "$total" -gt 100 ] || fail "too few samples in the profile ($total)"
# innermost py:: frame and leaf uop with the most samples
hot_guest=$(awk '{ c = $NF; n = split(substr($0, 1, length($0) - length(c) - 1), f, ";"); g = "";
                   for (i = 1; i <= n; i++) if (f[i] ~ /^py::/) g = f[i]; if (g != "") s[g] += c }
                 END { for (g in s) print s[g], g }' in.folded | sort -k1,1nr -k2 | head -1 | cut -d' ' -f2-)
hot_uop=$(awk '{ c = $NF; n = split(substr($0, 1, length($0) - length(c) - 1), f, ";");
                 if (f[n] ~ /^_[A-Z][A-Z0-9_]*$/) s[f[n]] += c }
               END { for (u in s) print s[u], u }' in.folded | sort -k1,1nr -k2 | head -1 | cut -d' ' -f2-)
uop_samples=$(awk '{ c = $NF; n = split(substr($0, 1, length($0) - length(c) - 1), f, ";"); m = 0;
                     for (i = 1; i <= n; i++) if (f[i] ~ /^_[A-Z][A-Z0-9_]*$/) m = 1; if (m) t += c }
                   END { print t + 0 }' in.folded)
[ -n "$hot_guest" ] && [ -n "$hot_uop" ] || fail "no guest function or uop in the profile"
echo "profile: $total samples (real perf run: $real), hottest guest $hot_guest, hottest uop $hot_uop," \
    "$uop_samples samples under uops"

"$TF" --render in.folded flame.svg "glassjit profile: nbody.py" || fail "render failed"

chrome() { # chrome LOGFILE ARGS... -> DOM on stdout
    local log=$1; shift
    timeout 120 "$CHROME" --headless --disable-gpu --no-sandbox --user-data-dir="$T/profile" \
        --enable-logging=stderr --v=0 "$@" 2>"$log"
}

# A broken copy first: the detection itself must be able to fail.
sed 's|svg.setAttribute(.data-ready., .1.);|nosuchfunction(); &|' flame.svg > broken.svg
grep -q nosuchfunction broken.svg || fail "could not make the broken copy"
chrome broken.log --dump-dom "file://$T/broken.svg" > broken.dom
grep -q 'data-error="[^"]*nosuchfunction' broken.dom || fail "a script error is not reported in data-error"
grep -q 'data-ready=' broken.dom && fail "a broken script still set data-ready"
grep -q 'Uncaught' broken.log || fail "the console log does not show the broken script's error"

chrome svg.log --dump-dom "file://$T/flame.svg" > svg.dom || fail "chromium failed on flame.svg (see below)"
grep -q 'parsererror' svg.dom && fail "flame.svg is not well-formed: $(grep -o 'error on line[^<]*' svg.dom)"
grep -q '^<svg[^>]* data-ready="1"' svg.dom || fail "the script did not finish (no data-ready)"
grep -q 'data-error=' svg.dom && fail "script error: $(grep -o 'data-error="[^"]*"' svg.dom)"
grep -q 'Uncaught' svg.log && fail "console: $(grep Uncaught svg.log)"
grep -q "data-samples=\"$total\"" svg.dom || fail "data-samples is not $total"
esc() { sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' <<<"$1"; }
grep -qF ">$(esc "$hot_guest")</text>" svg.dom || fail "hottest guest function $hot_guest has no label"
# the uop's samples may be split over several narrow frames (different
# callers), so only its frame is required, not a label
grep -qF "<title>$hot_uop" svg.dom || fail "hottest uop $hot_uop has no frame"
grep -qF "<title>$(esc "$hot_guest")" svg.dom || fail "hottest guest function $hot_guest has no frame"

# flame.svg?s=REGEX opens with that search: stacks through a guest frame.
guest_samples=$(awk '{ c = $NF; n = split(substr($0, 1, length($0) - length(c) - 1), f, ";"); m = 0;
                       for (i = 1; i <= n; i++) if (f[i] ~ /py::/) m = 1; if (m) t += c }
                     END { print t + 0 }' in.folded)
chrome query.log --dump-dom "file://$T/flame.svg?s=py::" > query.dom
grep -q "data-matched=\"$guest_samples\"" query.dom ||
    fail "?s=py:: matched $(grep -o 'data-matched="[^"]*"' query.dom), want $guest_samples"

# No samples: still a working page that says so.
: > empty.folded
"$TF" --render empty.folded empty.svg || fail "render of an empty profile failed"
chrome empty.log --dump-dom "file://$T/empty.svg" > empty.dom
grep -q '^<svg[^>]* data-ready="1"' empty.dom && grep -q '>No samples<' empty.dom ||
    fail "the empty flame graph does not load or does not say 'No samples'"

# Interaction through real DOM events.
cat > harness.html <<HTML
<!DOCTYPE html>
<html><head><title>pending</title></head><body>
<pre id="out">pending</pre>
<iframe id="fr" src="flame.svg" width="1200" height="900"></iframe>
<script>
var GUEST = $(printf '%s' "$hot_guest" | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/'), UOP = "$hot_uop";
var out = document.getElementById('out'), r = [];
function line(k, v) { r.push(k + '=' + v); }
document.getElementById('fr').addEventListener('load', function () {
  try {
    var d = this.contentDocument, svg = d.documentElement, w = d.defaultView;
    line('ready', svg.getAttribute('data-ready'));
    var gs = Array.prototype.slice.call(d.querySelectorAll('g.f'));
    function name(g) { var t = g.querySelector('title').textContent; return t.slice(0, t.indexOf('\\n')); }
    function frame(n) { return gs.filter(function (g) { return name(g) === n; })
                         .sort(function (a, b) { return b.getAttribute('data-n') - a.getAttribute('data-n'); })[0]; }
    function hidden() { return gs.filter(function (g) { return w.getComputedStyle(g).display === 'none'; }).length; }
    function ev(el, type) { el.dispatchEvent(new w.MouseEvent(type, { bubbles: true, cancelable: true, view: w })); }
    var g = frame(UOP), status = d.getElementById('status');
    ev(g.querySelector('rect'), 'mouseover');
    line('hover', status.textContent);
    ev(g.querySelector('rect'), 'mouseout');
    line('unhover', status.textContent);
    var z = frame(GUEST), root = gs[0];
    line('guest_n', z.getAttribute('data-n'));
    ev(z.querySelector('rect'), 'click');
    line('zoom', svg.getAttribute('data-zoom') === z.id ? 'on' : 'off');
    line('zoom_width', z.querySelector('rect').getAttribute('width'));
    line('zoom_root_faded', root.classList.contains('parent') ? 1 : 0);
    line('zoom_hidden', hidden() > 0 ? 'some' : 'none');
    line('zoom_uop_wider', +g.querySelector('rect').getAttribute('width') >= +g.getAttribute('data-n') / +svg.getAttribute('data-samples') * 1180 ? 1 : 0);
    ev(d.getElementById('reset'), 'click');
    line('reset_zoom', svg.getAttribute('data-zoom') === '' ? 'off' : 'on');
    line('reset_hidden', hidden());
    line('reset_width', z.querySelector('rect').getAttribute('width'));
    var input = d.getElementById('search');
    input.value = '^_[A-Z][A-Z0-9_]*\$';
    input.dispatchEvent(new w.Event('input', { bubbles: true }));
    line('matched', svg.getAttribute('data-matched'));
    line('matched_text', d.getElementById('matched').textContent);
    line('highlighted', d.querySelectorAll('g.match').length > 0 ? 'yes' : 'no');
    line('error', svg.getAttribute('data-error'));
  } catch (e) {
    line('harness_error', e);
  }
  out.textContent = r.join('\\n');
  document.title = 'done';
});
</script></body></html>
HTML
chrome harness.log --allow-file-access-from-files --virtual-time-budget=20000 --dump-dom "file://$T/harness.html" > harness.dom
res=$(sed -n '/<pre id="out">/,/<\/pre>/p' harness.dom | sed 's/<[^>]*>//g')
echo "$res"
want() { grep -qxF "$1" <<<"$res" || fail "interaction: expected '$1'"; }
grep -q '^harness_error=' <<<"$res" && fail "harness: $(grep '^harness_error=' <<<"$res")"
want "ready=1"
guest_n=$(sed -n 's/^guest_n=//p' <<<"$res")
grep -qE "^hover=$hot_uop — [0-9]+ samples, [0-9.]+%" <<<"$res" || fail "hover does not show the uop and its samples"
grep -q '^unhover=Hover over a frame' <<<"$res" || fail "the status line does not return after hover"
[ -n "$guest_n" ] && [ "$guest_n" -gt 0 ] || fail "no frame for $hot_guest"
want "zoom=on"
want "zoom_width=1180.00"
want "zoom_root_faded=1"
if [ "$guest_n" -lt "$total" ]; then want "zoom_hidden=some"; fi
want "zoom_uop_wider=1"
want "reset_zoom=off"
want "reset_hidden=0"
want "reset_width=$(awk -v n="$guest_n" -v t="$total" 'BEGIN { printf "%.2f", n / t * 1180 }')"
want "matched=$uop_samples"
share=$(awk -v n="$uop_samples" -v t="$total" 'BEGIN { printf "%.2f", 100 * n / t }')
grep -qE "^matched_text=Matched: $share% \([0-9]+ frames\)$" <<<"$res" || fail "matched share is not $share%"
want "highlighted=yes"
want "error=null"
echo "ok: flame graph renders and responds in $("$CHROME" --version 2>/dev/null | head -1)"
