# SPDX-License-Identifier: GPL-3.0-or-later
# gloss_add_test(NAME SOURCES… [LIBRARIES …] [LABELS …])
# One Qt Test executable per unit, run offscreen, with the shared data folders in its environment.
function(gloss_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test gloss_compiler_settings ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;GLOSS_SOURCE_DIR=${PROJECT_SOURCE_DIR};GLOSS_BINARY_DIR=${CMAKE_BINARY_DIR};GLOSS_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1"
        LABELS "${ARG_LABELS}"
        TIMEOUT 300)
endfunction()
