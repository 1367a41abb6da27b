# Installs a hall build into a fresh prefix, builds tests/consumer against that prefix alone,
# runs the program, and checks that the installed hall reads the data installed beside it.
# cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -DCXX=... [-DLINK_FLAGS=...] -P run.cmake

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT status EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${status}): ${command}\n${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

function(expect text pattern)
  if(NOT text MATCHES "${pattern}")
    message(FATAL_ERROR "expected '${pattern}' in:\n${text}")
  endif()
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${WORK_DIR}/build -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release -DHALL_EXAMPLES_DIR=${SOURCE_DIR}/examples
    "-DCMAKE_EXE_LINKER_FLAGS=${LINK_FLAGS}")
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
file(READ ${WORK_DIR}/build/hall_data_dir.txt data_dir)
run(${WORK_DIR}/build/deadline ${data_dir} 2026-02-13 5)
expect("${out}" "due 2026-02-27")

# The installed hall finds share/hall beside its bin/, before any source tree.
set(hall ${CMAKE_COMMAND} -E env --unset=HALL_DATA_DIR HALL_NOW=2026-11-24T09:30 HALL_DB=${WORK_DIR}/hall.db
    LANG=en_US.UTF-8 ${prefix}/bin/hall)
run(${hall} init)
expect("${out}" "created store")
file(RENAME ${prefix}/share/hall/example ${prefix}/share/hall/example.moved)
execute_process(COMMAND ${hall} init --example --no-history RESULT_VARIABLE status ERROR_VARIABLE err)
expect("${err}" "${prefix}/share/hall/example/hall.toml")
message(STATUS "consumer built and ran against ${prefix}")
