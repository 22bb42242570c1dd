# Sourced by tests/observe/*.sh.  skip TOOL: exit 77 (ctest: skipped) when a
# tool is truly absent - but under CI=true a skip is a failure.
skip() {
    if [ "${CI:-}" = true ]; then
        echo "FAIL: $1 is missing, and under CI=true a skip is a failure" >&2
        exit 1
    fi
    echo "SKIP: $1 is missing" >&2
    exit 77
}
need() { command -v "$1" >/dev/null 2>&1 || skip "$1"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
