# The only place that finds packages. Every dependency comes from Debian:
#   libcli11-dev libsqlite3-dev libfmt-dev libtoml11-dev doctest-dev libxlsxwriter-dev
# hallConfig.cmake.in finds again what an installed libhall needs (fmt, SQLite, xlsxwriter).
include(GNUInstallDirs)

find_package(fmt REQUIRED)
# hall_fmt: the shared library normally; header-only when the program links its runtime
# statically, so that starting hall loads no C++ shared library at all.
# An installed libhall names the same fmt target, so hallConfig.cmake need only find fmt.
add_library(hall_fmt INTERFACE)
if(HALL_STATIC_RUNTIME AND NOT HALL_SANITIZE)
  set(HALL_FMT_TARGET fmt::fmt-header-only)
else()
  set(HALL_FMT_TARGET fmt::fmt)
endif()
target_link_libraries(hall_fmt INTERFACE ${HALL_FMT_TARGET})
find_package(toml11 REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
# CMake's own FindSQLite3 (SQLite::SQLite3), which hallConfig.cmake can find again.
find_package(SQLite3 REQUIRED)
# libxlsxwriter-dev ships no CMake config, only xlsxwriter.pc: the xlsx renderer's workbooks.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# libcrypto's SHA-256 for the store's hash chains (OpenSSL::Crypto).
find_package(OpenSSL REQUIRED COMPONENTS Crypto)

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
