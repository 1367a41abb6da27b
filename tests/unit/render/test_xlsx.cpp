#include "sample.h"

#include <hall/render.h>

#include <doctest/doctest.h>

#include <sstream>

using namespace hall;

// The cells themselves are read back by tests/report/xlsx_check.sh (unzip); here, the bytes.
TEST_CASE("xlsx: a zip workbook, the same bytes every time") {
    std::ostringstream one;
    std::ostringstream two;
    render_xlsx(test::sample_document(), Lang::zh, one);
    render_xlsx(test::sample_document(), Lang::zh, two);
    CHECK(one.str().rfind("PK\x03\x04", 0) == 0);
    CHECK(one.str().size() > 2000);
    CHECK(one.str() == two.str());
    CHECK(is_binary(Format::xlsx));
    CHECK_FALSE(is_binary(Format::csv));
    CHECK(*parse_format("xlsx") == Format::xlsx);
    CHECK(std::string(format_id(Format::md)) == "md");
}
