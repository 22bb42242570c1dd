# Tests of `glassjit profile`, the flame graph and the built-in sampler:
# tests/profile/*.sh run as `bash X.sh BUILD_DIR SOURCE_DIR`; exit 77 skips
# when a tool is truly absent (a failure under CI=true, see
# tests/observe/common.bash).
file(GLOB PROFILE_SH CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/profile/*.sh)
foreach(sh ${PROFILE_SH})
  get_filename_component(name ${sh} NAME_WE)
  add_test(NAME profile/${name} COMMAND bash ${sh} ${CMAKE_BINARY_DIR} ${CMAKE_SOURCE_DIR})
  set_tests_properties(profile/${name} PROPERTIES LABELS profile SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
