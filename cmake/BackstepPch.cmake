# Precompiled headers: parsing Qt's headers is most of what compiling one of our files
# costs (a -fsyntax-only compile takes 70-75 % of a full one), and a cold build of every
# target is what a newcomer's first `./scripts/test` and `./scripts/demo` pay for.
#
# One header set per layer, so that a layer's files see no more of Qt than the layer
# links (src/core never sees a widget). Each library precompiles its own. The tests share
# one precompiled header per folder and set of linked libraries: GCC refuses a header
# made with other values of the macros it uses (QT_WIDGETS_LIB decides what QTEST_MAIN
# makes), and -Winvalid-pch with -Werror makes that a build error instead of a silent
# slowdown (clang, in the ci and asan presets, checks the same). Every file includes what it
# uses: the fuzz preset and clang-tidy (scripts/lint) compile without these.
option(BACKSTEP_PCH "Precompile the Qt and standard headers most files include" ON)

set(backstep_pch_core
    <algorithm> <functional> <memory> <optional> <utility>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QObject>
    <QRegularExpression> <QSet> <QString> <QStringList> <QUrl> <QVariant>)
set(backstep_pch_sql ${backstep_pch_core}
    <QElapsedTimer> <QEventLoop> <QLoggingCategory> <QProcess> <QSqlDatabase> <QSqlError>
    <QSqlQuery> <QSqlRecord> <QTimer>)
set(backstep_pch_widgets ${backstep_pch_sql}
    <QAction> <QApplication> <QColor> <QComboBox> <QDialog> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QMessageBox> <QPalette> <QPushButton> <QVBoxLayout> <QWidget>)
set(backstep_pch_test_extra <QSignalSpy> <QTemporaryDir> <QTest>)

# backstep_precompile(TARGET core|sql|widgets): the target precompiles its layer's set.
function(backstep_precompile target layer)
    if(BACKSTEP_PCH)
        target_precompile_headers(${target} PRIVATE ${backstep_pch_${layer}})
    endif()
endfunction()

# backstep_precompile_test(TARGET LIBRARY...): the test reuses the precompiled header of
# the tests of its folder that link the same libraries, made on first use by a carrier
# target that links them as the test does and compiles nothing else.
function(backstep_precompile_test target)
    if(NOT BACKSTEP_PCH)
        return()
    endif()
    set(layer sql)
    if(ARGN MATCHES "backstep_ui|Widgets")
        set(layer widgets)
    endif()
    # One carrier per folder: Qt's test library used to define QT_TESTCASE_BUILDDIR, the
    # test's folder (tests/CMakeLists.txt removes it: no compile names the tree's path).
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    string(MAKE_C_IDENTIFIER "backstep_pch_${folder};${ARGN}" carrier)
    if(NOT TARGET ${carrier})
        set(source ${CMAKE_BINARY_DIR}/pch/${carrier}.cpp)
        if(NOT EXISTS ${source})
            file(WRITE ${source} "// The carrier of a shared precompiled header.\n")
        endif()
        add_library(${carrier} OBJECT ${source})
        target_link_libraries(${carrier} PRIVATE backstep_testsupport ${ARGN} backstep_flags)
        target_precompile_headers(${carrier} PRIVATE
            ${backstep_pch_${layer}} ${backstep_pch_test_extra})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${carrier})
endfunction()

# ccache caches compilations that use a precompiled header only when told that the
# header's macros and times may differ from the text it was made from (the .gch is newer
# than the compile that made it, by construction). Set here, with the launcher, so that a
# plain `ninja` hits the cache as ./scripts/build does.
if(BACKSTEP_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    # clang's .pch names its sources by absolute path and refuses to load when they are
    # missing. ./scripts/build shares the cache between checkouts (CCACHE_BASEDIR), so a
    # .pch made in another checkout came back from the cache and named files that CI's
    # sandbox cannot see. With clang, every compile is keyed on its own checkout's paths.
    set(backstep_ccache_unset)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        set(backstep_ccache_unset --unset=CCACHE_BASEDIR)
    endif()
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env ${backstep_ccache_unset}
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CMAKE_CXX_COMPILER_LAUNCHER})
    # clang (the ci and asan presets) writes the header's modification time into its .pch
    # and checks it on use, which ccache cannot reproduce: without the time, it caches them.
    target_compile_options(backstep_flags INTERFACE
        "$<$<CXX_COMPILER_ID:Clang>:SHELL:-Xclang -fno-pch-timestamp>")
endif()
