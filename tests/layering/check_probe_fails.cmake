# The layering test: builds the probe (a source that includes <QString> with only the
# core's build settings) and passes only if the compiler failed because it could not
# find QString. Any other outcome fails: a probe that builds means core can reach Qt
# headers; a probe that fails for another reason (a typo, a broken core) proves nothing.
# Usage: cmake -DBUILD_DIR=... -DTARGET=core_qt_probe -P check_probe_fails.cmake
# SPDX-License-Identifier: GPL-3.0-or-later
execute_process(
    COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled: a core source can include a Qt header.\n${output}")
endif()
# "QString: No such file or directory" (GCC), "'QString' file not found" (Clang),
# "Cannot open include file: 'QString'" (MSVC).
set(not_found "QString: No such file or directory|'QString' file not found|Cannot open include file: 'QString'")
if(NOT output MATCHES "${not_found}")
    message(FATAL_ERROR "${TARGET} failed, but not because QString was not found:\n${output}")
endif()
message(STATUS "OK: ${TARGET} cannot include <QString> with the core's settings")
