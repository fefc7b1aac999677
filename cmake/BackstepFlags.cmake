# One INTERFACE target carries every strict flag; each Backstep target links it.
option(BACKSTEP_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (forced on in CI)" OFF)
set(BACKSTEP_SANITIZERS "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
set(BACKSTEP_SANITIZERS_LEFT_OUT "" CACHE STRING
    "Checks of those sanitizers not to build with, e.g. null,alignment")
# The rollback runner's failpoints (src/core/failpoint.h) exist only in test builds: on by
# default for Debug builds (the dev, ci and asan presets), off for release builds.
if(CMAKE_BUILD_TYPE MATCHES "^(Release|RelWithDebInfo|MinSizeRel)$")
    set(backstep_failpoints_default OFF)
else()
    set(backstep_failpoints_default ON)
endif()
option(BACKSTEP_FAILPOINTS "Compile the rollback runner's failpoints (test builds only)"
    ${backstep_failpoints_default})

# Backstep's own libraries (core, db, models, ops, ui, cli) are static, so that the installed
# programs carry no library of their own. The asan preset builds them shared: its ninety
# test programs, each with every instrumented library linked in, were 200 MB apiece, and
# linking them was most of what a warm sanitized build cost (3 minutes, 11 GB of disk).
option(BACKSTEP_SHARED_LIBRARIES "Build Backstep's libraries shared (test builds)" OFF)
if(BACKSTEP_SHARED_LIBRARIES)
    set(BACKSTEP_LIBRARY_TYPE SHARED)
    # A changed library is loaded anew by every program: none is linked again for it.
    set(CMAKE_LINK_DEPENDS_NO_SHARED ON)
else()
    set(BACKSTEP_LIBRARY_TYPE STATIC)
endif()

add_library(backstep_flags INTERFACE)
target_compile_definitions(backstep_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS)
target_compile_options(backstep_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
    -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
if(BACKSTEP_FAILPOINTS)
    target_compile_definitions(backstep_flags INTERFACE BACKSTEP_FAILPOINTS)
endif()
if(BACKSTEP_WARNINGS_AS_ERRORS)
    target_compile_options(backstep_flags INTERFACE -Werror)
endif()
if(BACKSTEP_SANITIZERS)
    target_compile_options(backstep_flags INTERFACE
        -fsanitize=${BACKSTEP_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(backstep_flags INTERFACE -fsanitize=${BACKSTEP_SANITIZERS})
    if(BACKSTEP_SANITIZERS_LEFT_OUT)
        target_compile_options(backstep_flags INTERFACE
            -fno-sanitize=${BACKSTEP_SANITIZERS_LEFT_OUT})
    endif()
    # The instrumentation's static data (UBSan's source locations and type descriptors,
    # ASan's globals) is pointers: millions of relative relocations, 24 bytes each, that
    # the loader reads at every start of every test program and backstep-cli. Packed
    # (DT_RELR, glibc 2.36+), their tables shrink to a few hundred kilobytes.
    if(CMAKE_LINKER_TYPE STREQUAL "LLD")
        target_link_options(backstep_flags INTERFACE LINKER:-z,pack-relative-relocs)
    endif()
    # Every executable carries the runtimes' default options (see the file).
    target_sources(backstep_flags INTERFACE
        $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:${PROJECT_SOURCE_DIR}/src/sanitizerdefaults.cpp>)
endif()
