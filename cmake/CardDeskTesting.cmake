# Test helpers shared by every test directory.
#
# carddesk_add_qtest(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                    [FIXTURES <fixture names...>] [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>])
#
# Fixtures are the ones set up in tests/CMakeLists.txt: `pcscd` (a private pcscd with the vpcd driver)
# and `pg` (a throw-away PostgreSQL 15 cluster). Tests find them through CARDDESK_FIXTURE_DIR.
set(CARDDESK_FIXTURE_DIR ${CMAKE_BINARY_DIR}/test-fixtures)

function(carddesk_add_qtest)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE carddesk_testsupport Qt6::Test ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(env
        QT_QPA_PLATFORM=offscreen
        CARDDESK_FIXTURE_DIR=${CARDDESK_FIXTURE_DIR}
        CARDDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        CARDDESK_BINARY_DIR=${PROJECT_BINARY_DIR}
        CARDDESK_TRAINING_DIR=${CARDDESK_FIXTURE_DIR}/scratch/${T_NAME}-training
        ${T_ENVIRONMENT})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}"
        SKIP_RETURN_CODE 77)
    if(T_FIXTURES)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
        foreach(f IN LISTS T_FIXTURES)
            # Tests on one shared server process must not trample each other's state.
            if(f STREQUAL "pcscd")
                set_property(TEST ${T_NAME} APPEND PROPERTY RESOURCE_LOCK vpcd)
            endif()
        endforeach()
    endif()
endfunction()
