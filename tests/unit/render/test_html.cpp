#include "sample.h"

#include <hall/render.h>

#include <doctest/doctest.h>

#include <sstream>

using namespace hall;

TEST_CASE("html: one page, escaped text, an SVG chart per chart, A4 print rules, nothing fetched") {
    std::ostringstream out;
    render_html(test::sample_document(), Lang::zh, out);
    const std::string html = out.str();
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\" data-charts=\"pending\">", 0) == 0);
    CHECK(html.find("<h1>行政审批简报：2026 年 10 月</h1>") != std::string::npos);
    CHECK(html.find("<h2>办件情况</h2>") != std::string::npos);
    CHECK(html.find("市场监管 &lt;A&amp;B&gt;") != std::string::npos);
    CHECK(html.find("<A&B>") == std::string::npos);
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(html.find("<svg class=\"chart\"") != std::string::npos);
    // Two bars: the row with no number draws none.
    std::size_t bars = 0;
    for (auto at = html.find("class=\"bar\""); at != std::string::npos;
         at = html.find("class=\"bar\"", at + 1))
        ++bars;
    CHECK(bars == 2);
    CHECK(html.find("110101********1234") != std::string::npos);
    CHECK(html.find("199001") == std::string::npos);
    CHECK(html.find("http://") == html.find("http://www.w3.org/2000/svg"));
    CHECK(html.find("https://") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
}
