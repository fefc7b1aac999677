# QScintilla (Qt 6 build) ships neither a CMake package nor a pkg-config file:
# find the library and header ourselves and wrap them in an imported target.
find_library(QScintilla_LIBRARY NAMES qscintilla2_qt6)
find_path(QScintilla_INCLUDE_DIR Qsci/qsciscintilla.h
    HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}
          /usr/include/x86_64-linux-gnu/qt6 /usr/include/qt6)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR)

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QScintilla_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
endif()
mark_as_advanced(QScintilla_LIBRARY QScintilla_INCLUDE_DIR)
