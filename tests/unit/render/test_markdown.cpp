#include "sample.h"

#include <hall/render.h>

#include <doctest/doctest.h>

#include <sstream>

using namespace hall;

TEST_CASE("markdown: headings, records as lists, pipe tables with markup escaped, IDs masked") {
    std::ostringstream out;
    render_markdown(test::sample_document(), Lang::zh, out);
    const std::string md = out.str();
    CHECK(
        md.rfind("# 行政审批简报：2026 年 10 月\n\n## 办件情况\n\n- **受理**: 12\n- **办结率（%）**: 93.3\n",
                 0) == 0);
    CHECK(md.find("| 窗口 | 名称 | 受理 |\n| --- | --- | ---: |\n") != std::string::npos);
    CHECK(md.find("| W01 | 市场监管 \\<A&B\\> | 7 |") != std::string::npos);
    CHECK(md.find("| W02 | a\\|b,\"c\" | 5 |") != std::string::npos);
    CHECK(md.find("110101\\*\\*\\*\\*\\*\\*\\*\\*1234") != std::string::npos);
    CHECK(md.find("199001") == std::string::npos);
    CHECK(md.find("> 注：截至 2026-11-24") != std::string::npos);
}
