# cmake/stencils.cmake - build-time stencils for the copy-and-patch JIT.
#
# Provides
#   glassjit_stencils   static library: stencils/patch.c (hole patching), linked
#                       into glassjit_core; its include dir (stencils/) carries
#                       stencil.h, patch.h and dwarf_cfa.h
#   stencil_tool        host program extracting stencils from ELF objects
#   glassjit_compile_stencil()  compile one stencil object with clang-19
#   glassjit_extract_stencils() run stencil_tool over objects -> header + helpers
#   glassjit_add_stencils()     both, for one template compiled once per uop
# and builds the test fixtures (tests/stencil_fixtures) used by
# tests/unit/test_stencil_*.c. See stencils/README.md.

find_program(CLANG19 clang-19)
find_program(LLVM_OBJDUMP19 llvm-objdump-19)
if(NOT CLANG19)
  message(FATAL_ERROR "clang-19 not found: apt-get install clang-19 llvm-19 lld-19")
endif()

# --- the stencil target and its compiler flags --------------------------------
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
  set(GLASSJIT_STENCIL_ARCH x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64|ARM64)$")
  set(GLASSJIT_STENCIL_ARCH aarch64)
else()
  message(FATAL_ERROR "stencils: unsupported processor ${CMAKE_SYSTEM_PROCESSOR}")
endif()

# Flags shared by every target. -fno-pic avoids GOT relocations; -fno-jump-tables
# keeps switches in the code; the unwind tables give each stencil its CFI;
# -ffunction-sections puts _JIT_ENTRY at offset 0 of its own section.
set(GLASSJIT_STENCIL_CFLAGS
  -O3 -std=gnu11 -fno-pic -fno-jump-tables -fno-stack-protector
  -funwind-tables -fasynchronous-unwind-tables -fomit-frame-pointer
  -ffunction-sections -fdata-sections -fno-common
  -Wall -Wextra)
if(GLASSJIT_WERROR)
  list(APPEND GLASSJIT_STENCIL_CFLAGS -Werror)
endif()
# Code model per target: how addresses of holes, helpers and data are formed.
#   x86_64: operands and data through movabs (R_X86_64_64); calls are rel32, so
#           the emitter must place code within +-2 GiB of the helpers and of
#           its own data (constant pools are rip-relative).
#   aarch64: movz/movk sequences (R_AARCH64_MOVW_UABS_G*), bl/b imm26.
set(GLASSJIT_STENCIL_MODEL_x86_64 -mcmodel=medium -mlarge-data-threshold=0)
set(GLASSJIT_STENCIL_MODEL_aarch64 -mcmodel=large)
set(GLASSJIT_STENCIL_TRIPLE_x86_64 x86_64-linux-gnu)
set(GLASSJIT_STENCIL_TRIPLE_aarch64 aarch64-linux-gnu)

# --- libraries and the tool -----------------------------------------------------
add_library(glassjit_stencils STATIC ${CMAKE_SOURCE_DIR}/stencils/patch.c)
target_include_directories(glassjit_stencils PUBLIC ${CMAKE_SOURCE_DIR}/stencils)
target_link_libraries(glassjit_core PUBLIC glassjit_stencils)

add_executable(stencil_tool
  ${CMAKE_SOURCE_DIR}/stencils/stencil_tool.c
  ${CMAKE_SOURCE_DIR}/stencils/targets.c)
target_link_libraries(stencil_tool PRIVATE glassjit_stencils)

# glassjit_compile_stencil(OUTPUT obj SOURCE file.c
#     [ARCH x86_64|aarch64] [MODEL flags...] [FLAGS flags...]
#     [INCLUDE_DIRS dirs...] [DEFINES defs...] [DEPENDS files...])
# One clang-19 compile of a stencil source into an ELF object. Header
# dependencies come from clang's depfile; DEPENDS adds more (e.g. generated
# headers). MODEL replaces the target's code-model flags.
function(glassjit_compile_stencil)
  cmake_parse_arguments(S "" "OUTPUT;SOURCE;ARCH" "MODEL;FLAGS;INCLUDE_DIRS;DEFINES;DEPENDS" ${ARGN})
  if(NOT S_OUTPUT OR NOT S_SOURCE)
    message(FATAL_ERROR "glassjit_compile_stencil: OUTPUT and SOURCE are required")
  endif()
  if(NOT S_ARCH)
    set(S_ARCH ${GLASSJIT_STENCIL_ARCH})
  endif()
  if(NOT DEFINED S_MODEL)
    set(S_MODEL ${GLASSJIT_STENCIL_MODEL_${S_ARCH}})
  endif()
  set(args --target=${GLASSJIT_STENCIL_TRIPLE_${S_ARCH}} ${GLASSJIT_STENCIL_CFLAGS} ${S_MODEL})
  if(NOT S_ARCH STREQUAL GLASSJIT_STENCIL_ARCH)
    list(APPEND args -ffreestanding) # no target libc headers when cross-compiling
  endif()
  foreach(dir IN LISTS S_INCLUDE_DIRS)
    list(APPEND args -I${dir})
  endforeach()
  foreach(def IN LISTS S_DEFINES)
    list(APPEND args -D${def})
  endforeach()
  list(APPEND args ${S_FLAGS})
  get_filename_component(outdir ${S_OUTPUT} DIRECTORY)
  get_filename_component(outname ${S_OUTPUT} NAME_WE)
  add_custom_command(
    OUTPUT ${S_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${outdir}
    COMMAND ${CLANG19} ${args} -MD -MF ${S_OUTPUT}.d -c ${S_SOURCE} -o ${S_OUTPUT}
    DEPENDS ${S_SOURCE} ${S_DEPENDS}
    DEPFILE ${S_OUTPUT}.d
    COMMENT "Compiling stencil ${outname} (${S_ARCH})"
    VERBATIM)
endfunction()

# glassjit_extract_stencils(TARGET_NAME OUTPUT_DIR dir STENCILS name=obj...
#     [ARCH arch] [HEADER stencils.h] [HELPERS stencil_helpers.c]
#     [HELPERS_PREFIX stencil])
# Runs stencil_tool over the objects (in the given order) into OUTPUT_DIR and
# adds the custom target TARGET_NAME producing the header and helpers file.
# Sets TARGET_NAME_HEADER and TARGET_NAME_HELPERS_C in the caller's scope.
function(glassjit_extract_stencils target_name)
  cmake_parse_arguments(E "" "OUTPUT_DIR;ARCH;HEADER;HELPERS;HELPERS_PREFIX" "STENCILS" ${ARGN})
  if(NOT E_OUTPUT_DIR OR NOT E_STENCILS)
    message(FATAL_ERROR "glassjit_extract_stencils: OUTPUT_DIR and STENCILS are required")
  endif()
  if(NOT E_ARCH)
    set(E_ARCH ${GLASSJIT_STENCIL_ARCH})
  endif()
  if(NOT E_HEADER)
    set(E_HEADER stencils.h)
  endif()
  if(NOT E_HELPERS)
    set(E_HELPERS stencil_helpers.c)
  endif()
  if(NOT E_HELPERS_PREFIX)
    set(E_HELPERS_PREFIX stencil)
  endif()
  set(objs)
  foreach(pair IN LISTS E_STENCILS)
    string(FIND "${pair}" "=" eq)
    if(eq LESS 1)
      message(FATAL_ERROR "glassjit_extract_stencils: expected name=object, got '${pair}'")
    endif()
    math(EXPR start "${eq} + 1")
    string(SUBSTRING "${pair}" ${start} -1 obj)
    list(APPEND objs ${obj})
  endforeach()
  if(LLVM_OBJDUMP19)
    set(objdump --objdump ${LLVM_OBJDUMP19})
  else()
    set(objdump --no-objdump)
  endif()
  set(outputs ${E_OUTPUT_DIR}/${E_HEADER} ${E_OUTPUT_DIR}/${E_HELPERS})
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${E_OUTPUT_DIR}
    COMMAND stencil_tool --target ${E_ARCH} --out ${E_OUTPUT_DIR} ${objdump}
            --header ${E_HEADER} --helpers ${E_HELPERS} --helpers-prefix ${E_HELPERS_PREFIX}
            ${E_STENCILS}
    DEPENDS stencil_tool ${objs}
    COMMENT "Extracting stencils into ${E_OUTPUT_DIR}/${E_HEADER}"
    VERBATIM)
  add_custom_target(${target_name} DEPENDS ${outputs})
  set(${target_name}_HEADER ${E_OUTPUT_DIR}/${E_HEADER} PARENT_SCOPE)
  set(${target_name}_HELPERS_C ${E_OUTPUT_DIR}/${E_HELPERS} PARENT_SCOPE)
endfunction()

# glassjit_add_stencils(TARGET_NAME TEMPLATE_C UOP_LIST uops... INCLUDE_DIRS dirs...
#     [DEPENDS headers...] [FLAGS flags...] [OUTPUT_DIR dir]
#     [UOP_DEFINES defs...])
# Compiles TEMPLATE_C once per uop and extracts the stencils (in UOP_LIST
# order, so stencil_table[i] is UOP_LIST[i]) into OUTPUT_DIR (default
# ${CMAKE_BINARY_DIR}/generated): stencils.h and stencil_helpers.c.
# UOP_DEFINES are the per-uop -D definitions, with @UOP@ replaced by the uop
# name; default: UOP=@UOP@ UOP_ID=UOP_@UOP@. Then, for the consumer:
#   add_dependencies(glassjit_core TARGET_NAME)
#   target_sources(glassjit_core PRIVATE ${TARGET_NAME_HELPERS_C})
function(glassjit_add_stencils target_name template_c)
  cmake_parse_arguments(A "" "OUTPUT_DIR" "UOP_LIST;INCLUDE_DIRS;DEPENDS;FLAGS;UOP_DEFINES" ${ARGN})
  if(NOT A_UOP_LIST)
    message(FATAL_ERROR "glassjit_add_stencils: UOP_LIST is empty")
  endif()
  if(NOT A_OUTPUT_DIR)
    set(A_OUTPUT_DIR ${CMAKE_BINARY_DIR}/generated)
  endif()
  if(NOT A_UOP_DEFINES)
    set(A_UOP_DEFINES "UOP=@UOP@" "UOP_ID=UOP_@UOP@")
  endif()
  set(objdir ${CMAKE_BINARY_DIR}/stencil_objs/${target_name})
  set(pairs)
  foreach(uop IN LISTS A_UOP_LIST)
    string(REPLACE "@UOP@" "${uop}" defs "${A_UOP_DEFINES}")
    glassjit_compile_stencil(
      OUTPUT ${objdir}/${uop}.o SOURCE ${template_c}
      DEFINES ${defs} INCLUDE_DIRS ${A_INCLUDE_DIRS}
      FLAGS ${A_FLAGS} DEPENDS ${A_DEPENDS})
    list(APPEND pairs ${uop}=${objdir}/${uop}.o)
  endforeach()
  glassjit_extract_stencils(${target_name} OUTPUT_DIR ${A_OUTPUT_DIR} STENCILS ${pairs})
  set(${target_name}_HEADER ${${target_name}_HEADER} PARENT_SCOPE)
  set(${target_name}_HELPERS_C ${${target_name}_HELPERS_C} PARENT_SCOPE)
endfunction()

# --- test fixtures ----------------------------------------------------------------
# Small stencil-like sources, one relocation kind each; compiled and extracted
# like the real stencils (helpers prefixed "fixture" so they never clash with
# the VM's stencil_helper_* tables).
set(STENCIL_FIXTURE_SRC ${CMAKE_SOURCE_DIR}/tests/stencil_fixtures)
set(STENCIL_FIXTURE_OBJ ${CMAKE_BINARY_DIR}/stencil_objs/fixtures)
set(STENCIL_FIXTURE_OUT ${CMAKE_BINARY_DIR}/generated/stencil_fixtures)

set(_fixture_pairs)
set(_fixture_objs)
# _glassjit_fixture(name source [compile_stencil args...])
macro(_glassjit_fixture name source)
  glassjit_compile_stencil(OUTPUT ${STENCIL_FIXTURE_OBJ}/${name}.o
    SOURCE ${STENCIL_FIXTURE_SRC}/${source} DEPENDS ${STENCIL_FIXTURE_SRC}/fixture.h ${ARGN})
  list(APPEND _fixture_objs ${STENCIL_FIXTURE_OBJ}/${name}.o)
endmacro()
foreach(fx call_helper oparg rodata tail exits folded frame global)
  _glassjit_fixture(${fx} ${fx}.c)
  list(APPEND _fixture_pairs ${fx}=${STENCIL_FIXTURE_OBJ}/${fx}.o)
endforeach()
_glassjit_fixture(abs32 abs32.c MODEL -mcmodel=small)
_glassjit_fixture(switch_nojt switch.c)
_glassjit_fixture(switch_jt switch.c FLAGS -fjump-tables)
list(APPEND _fixture_pairs
  abs32=${STENCIL_FIXTURE_OBJ}/abs32.o
  switch_nojt=${STENCIL_FIXTURE_OBJ}/switch_nojt.o
  switch_jt=${STENCIL_FIXTURE_OBJ}/switch_jt.o)
glassjit_extract_stencils(stencil_fixtures OUTPUT_DIR ${STENCIL_FIXTURE_OUT}
  HEADER fixture_stencils.h HELPERS fixture_helpers.c HELPERS_PREFIX fixture
  STENCILS ${_fixture_pairs})

# Rejected by the tool (GOT relocation), for the negative test.
_glassjit_fixture(bad_got bad_got.c FLAGS -fpic)

# AArch64: the same sources cross-compiled (-mcmodel=large), extracted with
# --target aarch64 (tests/unit/test_stencil_aarch64.c).
set(_fixture_a64_pairs)
foreach(fx call_helper oparg rodata tail exits)
  _glassjit_fixture(a64_${fx} ${fx}.c ARCH aarch64)
  list(APPEND _fixture_a64_pairs ${fx}=${STENCIL_FIXTURE_OBJ}/a64_${fx}.o)
endforeach()
glassjit_extract_stencils(stencil_fixtures_aarch64 OUTPUT_DIR ${STENCIL_FIXTURE_OUT}
  ARCH aarch64 HEADER fixture_stencils_aarch64.h HELPERS fixture_helpers_aarch64.c
  HELPERS_PREFIX fixture_a64 STENCILS ${_fixture_a64_pairs})
add_custom_target(stencil_fixture_objects DEPENDS ${_fixture_objs})

# The unit tests are created later by tests/tests.cmake (one per
# tests/unit/test_*.c); wire the stencil ones up once they exist.
function(_glassjit_wire_stencil_tests)
  set(defs
    STENCIL_TOOL_PATH="$<TARGET_FILE:stencil_tool>"
    LLVM_OBJDUMP_PATH="${LLVM_OBJDUMP19}"
    STENCIL_FIXTURE_OBJ_DIR="${STENCIL_FIXTURE_OBJ}")
  foreach(t test_stencil_tool test_stencil_exec test_stencil_aarch64)
    if(TARGET ${t})
      add_dependencies(${t} stencil_fixtures stencil_fixtures_aarch64 stencil_fixture_objects stencil_tool)
      target_include_directories(${t} PRIVATE ${STENCIL_FIXTURE_OUT} ${STENCIL_FIXTURE_SRC})
      target_compile_definitions(${t} PRIVATE ${defs})
    endif()
  endforeach()
  foreach(t test_stencil_tool test_stencil_exec)
    if(TARGET ${t})
      target_sources(${t} PRIVATE ${STENCIL_FIXTURE_OUT}/fixture_helpers.c)
    endif()
  endforeach()
  if(TARGET test_stencil_aarch64)
    target_sources(test_stencil_aarch64 PRIVATE ${STENCIL_FIXTURE_OUT}/fixture_helpers_aarch64.c)
  endif()
  if(TEST unit/test_stencil_exec)
    set_tests_properties(unit/test_stencil_exec PROPERTIES SKIP_RETURN_CODE 77)
  endif()
endfunction()
cmake_language(DEFER CALL _glassjit_wire_stencil_tests)
