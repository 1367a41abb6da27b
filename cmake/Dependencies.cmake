# The only place that finds packages. Every dependency comes from Debian:
#   libcli11-dev libsqlite3-dev libfmt-dev libtoml11-dev doctest-dev
include(GNUInstallDirs)
find_package(PkgConfig REQUIRED)

find_package(fmt REQUIRED)
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
