# SPDX-License-Identifier: GPL-3.0-or-later
# gloss_add_test(NAME SOURCES… [LIBRARIES …] [LABELS …] [POSTGRES] [POSTGRES_ONLY])
# One Qt Test executable per unit, run offscreen, with the shared data folders in its environment.
# POSTGRES runs it a second time, as NAME_postgres, against the test PostgreSQL server (every
# corpus the test opens becomes a fresh database there); POSTGRES_ONLY runs it only there. Both
# carry the label `postgres` and need the `postgres` fixture (tests/CMakeLists.txt), which starts
# the server first and passes its address in GLOSS_TEST_POSTGRES.
set(GLOSS_TEST_ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;GLOSS_SOURCE_DIR=${PROJECT_SOURCE_DIR};GLOSS_BINARY_DIR=${CMAKE_BINARY_DIR};GLOSS_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1")

# The test server: a Unix socket only (no TCP port), in a folder named after the build folder so
# that two build folders never share one. (A socket's path must stay short: under /tmp.)
string(MD5 GLOSS_PG_HASH "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${GLOSS_PG_HASH}" 0 12 GLOSS_PG_HASH)
set(GLOSS_PG_DIR "/tmp/gloss-pg-${GLOSS_PG_HASH}")
set(GLOSS_TEST_POSTGRES "postgresql:///postgres?host=${GLOSS_PG_DIR}/socket&user=gloss")

function(gloss_add_test name)
    cmake_parse_arguments(ARG "POSTGRES;POSTGRES_ONLY" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
    target_link_libraries(${name} PRIVATE Qt6::Test gloss_compiler_settings ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    if(NOT ARG_POSTGRES_ONLY)
        add_test(NAME ${name} COMMAND ${name})
        set_tests_properties(${name} PROPERTIES
            ENVIRONMENT "${GLOSS_TEST_ENVIRONMENT}"
            LABELS "${ARG_LABELS}"
            TIMEOUT 300)
    endif()
    if(ARG_POSTGRES OR ARG_POSTGRES_ONLY)
        set(test_name ${name}_postgres)
        set(backend "GLOSS_TEST_BACKEND=postgres;")
        if(ARG_POSTGRES_ONLY)
            set(test_name ${name})
            set(backend "")
        endif()
        add_test(NAME ${test_name} COMMAND ${name})
        set_tests_properties(${test_name} PROPERTIES
            ENVIRONMENT "${GLOSS_TEST_ENVIRONMENT};${backend}GLOSS_TEST_POSTGRES=${GLOSS_TEST_POSTGRES}"
            FIXTURES_REQUIRED postgres
            LABELS "postgres;${ARG_LABELS}"
            TIMEOUT 300)
    endif()
endfunction()
