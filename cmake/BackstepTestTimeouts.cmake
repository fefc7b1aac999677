# Time limits of tests in slower builds.
#
# A sanitized build runs the same tests several times slower (AddressSanitizer's shadow
# memory, UBSan's checks, no optimization), and on a busy 2-core machine a limit sized
# for the ci build cuts tests that are merely slow. BACKSTEP_TEST_TIMEOUT_SCALE (the
# asan preset sets it) multiplies every limit a test has: ctest's TIMEOUT and QTest's
# per-function QTEST_FUNCTION_TIMEOUT (its default of 300 s where a test sets none). Limits stay finite, so a
# test that hangs still fails.
set(BACKSTEP_TEST_TIMEOUT_SCALE 1 CACHE STRING
    "Multiplier of every test's time limit (the asan preset sets it)")

function(backstep_scale_test_timeouts dir)
    if(BACKSTEP_TEST_TIMEOUT_SCALE LESS_EQUAL 1)
        return()
    endif()
    get_property(tests DIRECTORY ${dir} PROPERTY TESTS)
    foreach(test IN LISTS tests)
        get_test_property(${test} TIMEOUT DIRECTORY ${dir} timeout)
        if(timeout)
            math(EXPR timeout "${timeout} * ${BACKSTEP_TEST_TIMEOUT_SCALE}")
            set_tests_properties(${test} DIRECTORY ${dir} PROPERTIES TIMEOUT ${timeout})
        endif()
        get_test_property(${test} ENVIRONMENT DIRECTORY ${dir} environment)
        if(environment MATCHES "QTEST_FUNCTION_TIMEOUT=([0-9]+)")
            math(EXPR function_timeout "${CMAKE_MATCH_1} * ${BACKSTEP_TEST_TIMEOUT_SCALE}")
            string(REGEX REPLACE "QTEST_FUNCTION_TIMEOUT=[0-9]+"
                "QTEST_FUNCTION_TIMEOUT=${function_timeout}" environment "${environment}")
        else()
            # QTest's own default: 300 s per function.
            math(EXPR function_timeout "300000 * ${BACKSTEP_TEST_TIMEOUT_SCALE}")
            list(APPEND environment "QTEST_FUNCTION_TIMEOUT=${function_timeout}")
        endif()
        set_tests_properties(${test} DIRECTORY ${dir} PROPERTIES ENVIRONMENT "${environment}")
    endforeach()
    get_property(subdirectories DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        backstep_scale_test_timeouts(${subdirectory})
    endforeach()
endfunction()
