# Test registration: unit tests, the program corpus, error cases, and the
# expectation-drift check against CPython.

# Unit tests: every tests/unit/test_*.c is a program linked with the VM.
file(GLOB UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
foreach(src ${UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_link_libraries(${name} PRIVATE glassjit_core)
  add_test(NAME unit/${name} COMMAND ${name})
  set_tests_properties(unit/${name} PROPERTIES LABELS unit)
endforeach()

# The corpus: each numbered program must reproduce CPython's stdout and status.
file(GLOB CORPUS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/programs/[0-9]*.py)
foreach(prog ${CORPUS})
  get_filename_component(name ${prog} NAME_WE)
  add_test(NAME corpus/${name} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_program.sh $<TARGET_FILE:glassjit> ${prog})
  set_tests_properties(corpus/${name} PROPERTIES LABELS corpus ENVIRONMENT "GLASSJIT_JIT=off")
  # The same program with every loop traced after one iteration and run by the
  # uop interpreter: tier 2 must not change what a program prints.
  add_test(NAME corpus-uops/${name} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_program.sh $<TARGET_FILE:glassjit> ${prog})
  set_tests_properties(corpus-uops/${name} PROPERTIES LABELS "corpus;tier2"
    ENVIRONMENT "GLASSJIT_JIT=uops;GLASSJIT_JIT_THRESHOLD=1")
  # And compiled to machine code by the copy-and-patch JIT, each trace sealed
  # (made executable) as soon as it first runs.
  add_test(NAME corpus-jit/${name} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_program.sh $<TARGET_FILE:glassjit> ${prog})
  set_tests_properties(corpus-jit/${name} PROPERTIES LABELS "corpus;tier2;jit"
    ENVIRONMENT "GLASSJIT_JIT=on;GLASSJIT_JIT_THRESHOLD=1;GLASSJIT_SEAL_DELAY=0")
  # And with the collector running every 64 KiB of allocation: a value the
  # root scan misses (in any tier) shows up as a wrong answer or, under ASan,
  # as a use after free.  Seals are batched (every 8 entries of unsealed
  # traces), so tier 1 and machine code alternate.
  add_test(NAME corpus-gc/${name} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_program.sh $<TARGET_FILE:glassjit> ${prog})
  set_tests_properties(corpus-gc/${name} PROPERTIES LABELS "corpus;gc"
    ENVIRONMENT "GLASSJIT_JIT=on;GLASSJIT_JIT_THRESHOLD=1;GLASSJIT_GC_STRESS=1;GLASSJIT_SEAL_DELAY=8")
endforeach()

# Error behaviour: messages and exit statuses.
file(GLOB ERROR_CASES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/errors/*.expect)
foreach(exp ${ERROR_CASES})
  get_filename_component(name ${exp} NAME_WE)
  add_test(NAME errors/${name} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/run_error.sh $<TARGET_FILE:glassjit> ${name})
  set_tests_properties(errors/${name} PROPERTIES LABELS errors)
endforeach()

# Expectations must still be what CPython 3.11 prints (skipped without it, but not in CI).
add_test(NAME corpus/expectations_match_cpython
  COMMAND bash -c "if [ -x /usr/bin/python3 ]; then exec bash '${CMAKE_SOURCE_DIR}/tests/regen_expectations.sh' /usr/bin/python3 '${CMAKE_SOURCE_DIR}/tests/programs'; elif [ \"$CI\" = true ]; then echo 'python3 missing in CI'; exit 1; else exit 77; fi")
set_tests_properties(corpus/expectations_match_cpython PROPERTIES LABELS corpus SKIP_RETURN_CODE 77)

# Differential fuzzing of the tiers: random programs (tests/fuzz/gen_programs.c,
# a standalone generator that does not link the VM) must print the same under
# tier 1, under tier 2 with every loop traced after one iteration, and under
# CPython when /usr/bin/python3 exists.  Larger batches on demand: see
# tests/fuzz/README.md.
add_executable(gen_programs ${CMAKE_SOURCE_DIR}/tests/fuzz/gen_programs.c)
add_test(NAME fuzz/differential_small
  COMMAND bash -c "py=; if [ -x /usr/bin/python3 ]; then py='--python /usr/bin/python3'; fi; exec bash '${CMAKE_SOURCE_DIR}/tests/fuzz/run_differential.sh' '$<TARGET_FILE:glassjit>' 1 40 --modes uops,on --gen '$<TARGET_FILE:gen_programs>' $py")
set_tests_properties(fuzz/differential_small PROPERTIES LABELS tier2 TIMEOUT 300)

# Tier 2 with the real binary: stats prove traces ran; a tiny JIT memory cap
# stops compiling without changing the program's output.
foreach(check traces invalidate exhausted json)
  add_test(NAME tier2/${check} COMMAND bash ${CMAKE_SOURCE_DIR}/tests/tier2/check_tier2.sh $<TARGET_FILE:glassjit> ${check})
  set_tests_properties(tier2/${check} PROPERTIES LABELS tier2)
endforeach()

include(${CMAKE_SOURCE_DIR}/tests/observe/observe.cmake)

# Frame-pointer walks through JIT code need rbp to hold a frame record in
# every stencil: no stencil may use it as a scratch register (only the
# push/mov/pop of a frame record, and loads/stores through it).
add_test(NAME stencils/rbp_is_frame_pointer
  COMMAND bash -c "bad=$(grep -E '%(rbp|ebp|bpl|bp)\\b' '${CMAKE_BINARY_DIR}/generated/stencils.h' | grep -vE 'pushq[[:space:]]+%rbp|movq[[:space:]]+%rsp, %rbp|popq[[:space:]]+%rbp|\\(%rbp\\)'); if [ -n \"$bad\" ]; then echo \"stencils use rbp as a scratch register:\"; echo \"$bad\"; exit 1; fi; grep -q 'pushq.*%rbp' '${CMAKE_BINARY_DIR}/generated/stencils.h'")
set_tests_properties(stencils/rbp_is_frame_pointer PROPERTIES LABELS jit)
include(${CMAKE_SOURCE_DIR}/tests/profile/profile.cmake)
