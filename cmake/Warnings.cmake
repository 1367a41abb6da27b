# hall_set_warnings(target): the warning set every hall target is built with.
add_library(hall_warnings INTERFACE)
target_compile_options(hall_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                               -Wno-sign-conversion)
if(HALL_WERROR)
  target_compile_options(hall_warnings INTERFACE -Werror)
endif()

add_library(hall_sanitizers INTERFACE)
if(HALL_SANITIZE)
  target_compile_options(hall_sanitizers INTERFACE -fsanitize=address,undefined
                                                   -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(hall_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
# The fuzz targets find new paths through the coverage of the code they call: libhall and
# the command line are instrumented too, in the same sanitizer build.
if(HALL_FUZZ)
  target_compile_options(hall_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(hall_sanitizers INTERFACE -fsanitize=fuzzer-no-link)
endif()
