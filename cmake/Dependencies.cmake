# The only place that finds packages. Every dependency comes from Debian:
#   libcli11-dev libsqlite3-dev libfmt-dev libtoml11-dev doctest-dev
include(GNUInstallDirs)
find_package(PkgConfig REQUIRED)

find_package(fmt REQUIRED)
# hall_fmt: the shared library normally; header-only when the program links its runtime
# statically, so that starting hall loads no C++ shared library at all.
add_library(hall_fmt INTERFACE)
if(HALL_STATIC_RUNTIME AND NOT HALL_SANITIZE)
  target_link_libraries(hall_fmt INTERFACE fmt::fmt-header-only)
else()
  target_link_libraries(hall_fmt INTERFACE fmt::fmt)
endif()
find_package(toml11 REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)

if(HALL_BUILD_TESTS)
  find_package(doctest REQUIRED)
endif()

if(HALL_BUILD_BENCHMARKS)
  find_package(benchmark REQUIRED)
  # QuantLib (Debian's libquantlib0-dev) is optional: the comparison is built only when found.
  find_path(QUANTLIB_INCLUDE_DIR ql/quantlib.hpp)
  find_library(QUANTLIB_LIBRARY QuantLib)
  if(QUANTLIB_INCLUDE_DIR AND QUANTLIB_LIBRARY)
    set(HALL_HAVE_QUANTLIB ON)
  endif()
endif()
