# carddesk_add_plugin(<target> NAME <file name without .so> SOURCES <files...> LIBS <targets...>)
#
# One of CardDesk's plugins (app/core/PluginLibrary.h): a MODULE named <NAME>.so, built next to the carddesk
# executable (where the build tree's search path finds it) and linked against no CardDesk library, so that no
# state of ours exists twice. Installed in <libdir>/carddesk by packaging/CMakeLists.txt.
function(carddesk_add_plugin target)
    cmake_parse_arguments(P "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_library(${target} MODULE ${P_SOURCES})
    set_target_properties(${target} PROPERTIES
        PREFIX ""
        OUTPUT_NAME ${P_NAME}
        LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/app/main)
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${target} PRIVATE ${P_LIBS})
endfunction()
