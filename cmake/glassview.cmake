# The observability layer (jitdump/ and gdb/) as a static library with one
# public header, jitdump/glassview.h.  It knows nothing about glassjit: the
# VM links it like any other user, and examples/handjit is a second user.
file(GLOB GLASSVIEW_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/jitdump/*.c ${CMAKE_SOURCE_DIR}/gdb/*.c)
find_library(LIBUNWIND_LIB NAMES unwind)
find_library(LIBUNWIND_GENERIC_LIB NAMES unwind-generic unwind-x86_64)
if(NOT LIBUNWIND_LIB)
  message(FATAL_ERROR "libunwind not found: install the Debian package libunwind-dev "
                      "(apt-get install libunwind-dev)")
endif()
if(GLASSVIEW_SOURCES)
  add_library(glassview STATIC ${GLASSVIEW_SOURCES})
  target_include_directories(glassview PUBLIC ${CMAKE_SOURCE_DIR}/jitdump
                                       PRIVATE ${CMAKE_SOURCE_DIR}/gdb ${CMAKE_SOURCE_DIR}/stencils)
  # libunwind is dlopen'ed by the libunwind sink, never linked: libunwind.so
  # exports backtrace() and _Unwind_* and would silently replace glibc's and
  # libgcc's for every user of the library (jitdump/libunwind.c says more).
  target_link_libraries(glassview PUBLIC ${CMAKE_DL_LIBS})
endif()

# examples/handjit: a tiny hand-written JIT that uses glassview on its own.
file(GLOB HANDJIT_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/examples/handjit/*.c)
if(HANDJIT_SOURCES AND TARGET glassview)
  add_executable(handjit ${HANDJIT_SOURCES})
  target_link_libraries(handjit PRIVATE glassview ${LIBUNWIND_LIB})
endif()

# glassjit describes its JIT code through glassview (src/jit/observe.c).
if(TARGET glassview)
  target_link_libraries(glassjit_core PUBLIC glassview)
endif()

# gdb/reader/: glassjit's gdb jit-reader plugin, a shared object gdb loads
# with `jit-reader-load` (built from /usr/include/gdb/jit-reader.h).
file(GLOB GDB_READER_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/gdb/reader/*.c)
if(GDB_READER_SOURCES)
  if(NOT EXISTS /usr/include/gdb/jit-reader.h)
    message(FATAL_ERROR "gdb/jit-reader.h not found: install the Debian package gdb")
  endif()
  add_library(glassjit-jit-reader MODULE ${GDB_READER_SOURCES})
  set_target_properties(glassjit-jit-reader PROPERTIES PREFIX "")
  target_include_directories(glassjit-jit-reader PRIVATE ${CMAKE_SOURCE_DIR}/gdb ${CMAKE_SOURCE_DIR}/jitdump)
  target_compile_options(glassjit-jit-reader PRIVATE -fPIC)
endif()
