#!/usr/bin/env bash
# Check (and, as root, install) everything glassjit needs to build and test.
#
#   scripts/setup.sh            # run directly
#   . scripts/setup.sh          # or source it (run.sh / test.sh do this)
#
# Required Debian packages: cmake (>= 3.25), gcc, clang-19, lld-19, llvm-19,
# libunwind-dev, gdb, linux-perf, chromium (renders the flame graph in a
# test), python3 (/usr/bin/python3, used only as a
# test oracle), and a build tool: ninja-build if present, else make.
#
# When something is missing:
#   root      -> apt-get update && apt-get install -y --no-install-recommends ...
#   non-root  -> prints the exact sudo apt-get line and fails (exit 1).
#
# After a successful run, GLASSJIT_GENERATOR is exported ("Ninja" or
# "Unix Makefiles") and, when it is not already set, CMAKE_GENERATOR too, so
# plain `cmake -S . -B build` and `cmake --preset ...` pick it up.

glassjit_setup() {
    local -a pkgs=(cmake gcc clang-19 lld-19 llvm-19 libunwind-dev gdb linux-perf python3 chromium)
    local -a missing=()
    local pkg status

    # Build tool: prefer ninja if it is installed, otherwise make (installing
    # make if neither is there).
    if command -v ninja >/dev/null 2>&1; then
        GLASSJIT_GENERATOR="Ninja"
    else
        GLASSJIT_GENERATOR="Unix Makefiles"
        pkgs+=(make)
    fi

    # One dpkg-query call for all packages (fast). Unknown packages make
    # dpkg-query exit non-zero and print nothing for them: they count as
    # missing.
    local -A installed=()
    while IFS=' ' read -r pkg status; do
        [[ -n "$pkg" ]] || continue
        if [[ "$status" == "install ok installed" ]]; then
            installed["$pkg"]=1
        fi
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "${pkgs[@]}" 2>/dev/null || true)

    for pkg in "${pkgs[@]}"; do
        [[ -n "${installed[$pkg]:-}" ]] || missing+=("$pkg")
    done

    # Commands too (a package can be installed but a binary removed, or a tool
    # can come from somewhere other than the Debian package).
    local -A cmd_pkg=(
        [cmake]=cmake [ctest]=cmake [gcc]=gcc
        [clang-19]=clang-19 [ld.lld-19]=lld-19 [llvm-objdump-19]=llvm-19
        [gdb]=gdb [perf]=linux-perf [/usr/bin/python3]=python3
    )
    if [[ "$GLASSJIT_GENERATOR" == "Unix Makefiles" ]]; then
        cmd_pkg[make]="make"
    fi
    local cmd
    for cmd in "${!cmd_pkg[@]}"; do
        if ! command -v "$cmd" >/dev/null 2>&1; then
            pkg="${cmd_pkg[$cmd]}"
            [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
        fi
    done

    if ((${#missing[@]})); then
        if [[ "$(id -u)" == 0 ]]; then
            echo "setup: installing missing packages: ${missing[*]}" >&2
            export DEBIAN_FRONTEND=noninteractive
            apt-get update || return 1
            apt-get install -y --no-install-recommends "${missing[@]}" </dev/null || return 1
        else
            echo "setup: missing packages: ${missing[*]}" >&2
            echo "sudo apt-get install -y --no-install-recommends ${missing[*]}"
            return 1
        fi
        if command -v ninja >/dev/null 2>&1; then
            GLASSJIT_GENERATOR="Ninja"
        fi
    fi

    # cmake >= 3.25 (CMakePresets.json version 6).
    local ver major minor
    ver="$(cmake --version 2>/dev/null | awk 'NR==1 {print $3}')"
    major="${ver%%.*}"
    minor="${ver#*.}"; minor="${minor%%.*}"
    if [[ -z "$ver" ]] || ((major < 3 || (major == 3 && minor < 25))); then
        echo "setup: cmake >= 3.25 is required (found: ${ver:-none})" >&2
        return 1
    fi

    export GLASSJIT_GENERATOR
    if [[ -z "${CMAKE_GENERATOR:-}" ]]; then
        export CMAKE_GENERATOR="$GLASSJIT_GENERATOR"
    fi
    return 0
}

# Configure a build directory only if it is not configured yet.
#   glassjit_configure DIR cmake-args...
# (An existing cache keeps its generator; later `cmake --build` re-runs the
# configure step by itself when CMakeLists.txt changes.)
glassjit_configure() {
    local dir="$1"; shift
    if [[ -f "$dir/CMakeCache.txt" ]]; then
        return 0
    fi
    cmake "$@"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    # Executed, not sourced.
    set -uo pipefail
    glassjit_setup || exit 1
    echo "setup: all required tools present (generator: $GLASSJIT_GENERATOR)"
else
    glassjit_setup
fi
