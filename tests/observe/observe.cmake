# Tests of the observability layer (glassview).
#   tests/observe/test_*.c  unit tests, linked with glassview
#   tests/observe/*.sh      integration tests with the real tools (gdb, perf,
#                           readelf, llvm-dwarfdump); each is called as
#                           `bash X.sh BUILD_DIR SOURCE_DIR` and exits 77 to
#                           skip when a tool is truly absent (a failure under
#                           CI=true).
if(TARGET glassview)
  file(GLOB OBSERVE_UNIT CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/observe/test_*.c)
  foreach(src ${OBSERVE_UNIT})
    get_filename_component(name ${src} NAME_WE)
    add_executable(observe_${name} ${src})
    target_link_libraries(observe_${name} PRIVATE glassview)
    target_include_directories(observe_${name} PRIVATE ${CMAKE_SOURCE_DIR}/jitdump ${CMAKE_SOURCE_DIR}/gdb)
    add_test(NAME observe/${name} COMMAND observe_${name})
    set_tests_properties(observe/${name} PROPERTIES LABELS observe)
  endforeach()
endif()
file(GLOB OBSERVE_SH CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/observe/*.sh)
foreach(sh ${OBSERVE_SH})
  get_filename_component(name ${sh} NAME_WE)
  add_test(NAME observe/${name} COMMAND bash ${sh} ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
  set_tests_properties(observe/${name} PROPERTIES LABELS observe SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
