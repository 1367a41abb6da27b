#include "sample.h"

#include <hall/render.h>

#include <doctest/doctest.h>

#include <sstream>

using namespace hall;

TEST_CASE("csv: BOM, CRLF, a title row per table, RFC 4180 quoting, formulas defused, IDs masked") {
    std::ostringstream out;
    render_csv(test::sample_document(), Lang::en, out);
    CHECK(out.str() ==
          "\xEF\xBB\xBF"
          "Monthly bulletin: 2026-10\r\n"
          "\r\n"
          "Cases\r\n"
          "received,12\r\n"
          "finish rate (%),93.3\r\n"
          "\r\n"
          "By window\r\n"
          "window,name,received\r\n"
          "W01,市场监管 <A&B>,7\r\n"
          "W02,\"a|b,\"\"c\"\"\",5\r\n"
          "W03,'=SUM(A1) 110101********1234,\r\n"
          "\r\n"
          "note: as of 2026-11-24\r\n");
}
