// The CSV reader: RFC 4180 fields, a header, physical line numbers in errors, and the
// encodings Chinese offices write (UTF-8 with or without BOM, GB18030/GBK).

#include "test_support.h"

#include <hall/csv.h>
#include <hall/error.h>

#include <doctest/doctest.h>

#include <fstream>
#include <string>

using hall::CsvEncoding;
using hall::parse_csv;

namespace {

std::string refusal(std::string_view bytes, const hall::CsvOptions& options = {}) {
    try {
        parse_csv(bytes, "in.csv", options);
    } catch (const hall::DataError& e) {
        return e.message(hall::Lang::en) + " | " + e.message(hall::Lang::zh);
    }
    return "accepted";
}

// 工号,时间 / 张三 in GBK bytes.
const std::string gbk_header = "\xB9\xA4\xBA\xC5,\xCA\xB1\xBC\xE4\r\n";
const std::string gbk_zhangsan = "\xD5\xC5\xC8\xFD";

}  // namespace

TEST_CASE("a header and rows, with quoted commas, doubled quotes and CRLF line ends") {
    const auto t =
        parse_csv("工号, 时间 \r\nA01,\"2026-10-09 08:31\"\r\n\"B,02\",\"say \"\"hi\"\"\"\r\n", "in.csv");
    CHECK(t.encoding == CsvEncoding::utf8);
    REQUIRE(t.header.size() == 2);
    CHECK(t.header[0] == "工号");
    CHECK(t.header[1] == "时间");  // header names are trimmed
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[0].fields[1] == "2026-10-09 08:31");
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].fields[0] == "B,02");
    CHECK(t.rows[1].fields[1] == "say \"hi\"");
    CHECK(t.column({"staff", "工号"}) == 0);
    CHECK(t.column({"time", "时间"}) == 1);
    CHECK_FALSE(t.column({"date"}).has_value());
}

TEST_CASE("blank lines and rows of empty fields are skipped, but count as lines") {
    const auto t = parse_csv("a,b\n\n,\nx,y", "in.csv");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].line == 4);
    CHECK(t.rows[0].fields[1] == "y");
}

TEST_CASE("a BOM means UTF-8 and is dropped") {
    const auto t = parse_csv("\xEF\xBB\xBF工号,时间\nA01,x\n", "in.csv");
    CHECK(t.encoding == CsvEncoding::utf8_bom);
    CHECK(t.header[0] == "工号");
    CHECK(std::string(hall::to_string(t.encoding)) == "UTF-8 (BOM)");
}

TEST_CASE("bytes that are not UTF-8 but are GB18030 are decoded from GB18030") {
    const auto t = parse_csv(gbk_header + gbk_zhangsan + ",08:30\r\n", "in.csv");
    CHECK(t.encoding == CsvEncoding::gb18030);
    CHECK(t.header[0] == "工号");
    CHECK(t.header[1] == "时间");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].fields[0] == "张三");
    CHECK(t.rows[0].line == 2);
}

TEST_CASE("bytes that are neither UTF-8 nor GB18030 are refused at the first bad line") {
    // Line 2 is GBK; line 3 ends in a lead byte with no trail (0x81 then end of line).
    const auto why = refusal(gbk_header + gbk_zhangsan + ",1\nA,\x81\n");
    CHECK(hall::test::contains(why, "in.csv line 1"));  // line 1 is already not UTF-8
    CHECK(hall::test::contains(why, "not GB18030/GBK from line 3"));
    CHECK(hall::test::contains(why, "无法识别文件编码"));
    CHECK(hall::test::contains(refusal("a,b\n1,\xFF\n"), "in.csv line 2"));
}

TEST_CASE("a BOM followed by bytes that are not UTF-8 is refused") {
    CHECK(hall::test::contains(refusal("\xEF\xBB\xBF"
                                       "a,b\n\xB9\xA4,1\n"),
                               "line 2"));
}

TEST_CASE("malformed records are refused at the physical line they start on") {
    CHECK(
        hall::test::contains(refusal("a,b\n1,2\n3\n"), "in.csv line 3: has 1 fields where the header has 2"));
    CHECK(hall::test::contains(refusal("a,b\n1,\"2"), "line 2: a quote is never closed"));
    CHECK(hall::test::contains(refusal("a,b\n1,\"2\"x\n"), "line 2: characters follow a closing quote"));
    CHECK(hall::test::contains(refusal("a,b\n1,2\"x\n"), "line 2: a quote inside an unquoted field"));
    CHECK(hall::test::contains(refusal("a,b\n1,\"two\nlines\"\n"),
                               "line 2: a quoted field runs over a line break"));
    CHECK(hall::test::contains(refusal(""), "in.csv is empty"));
    CHECK(hall::test::contains(refusal("\n\n"), "no header row"));
}

TEST_CASE("every field is checked as typed text: a control character names file, line and column") {
    const auto why = refusal("a,b\n1,2\nok,bad\x1b[31m\n");
    CHECK(hall::test::contains(why, "in.csv:3 [b]"));
    CHECK(hall::test::contains(why, "U+001B"));
    CHECK(hall::test::contains(why, "控制字符"));
}

TEST_CASE("multi-line fields when asked: line breaks kept, line numbers follow the physical file") {
    hall::CsvOptions options;
    options.multiline_fields = true;
    const auto t = parse_csv("a,b\n1,\"two\r\nlines\"\n2,x\n", "in.csv", options);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].fields[1] == "two\nlines");
    CHECK(t.rows[1].line == 4);
    CHECK(hall::test::contains(refusal("a,b\n1,\"two\nli\x07nes\"\n", options), "in.csv:2 [b]"));
}

TEST_CASE("a file over the size limit is refused before it is decoded") {
    hall::CsvOptions options;
    options.max_bytes = 8;
    CHECK(hall::test::contains(refusal("a,b\n1,2\n3,4\n", options), "too large"));
}

TEST_CASE("read_csv_file reads a file and refuses one that is missing") {
    hall::test::TempDir dir;
    const auto path = dir.path() / "punches.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << gbk_header << gbk_zhangsan << ",08:30\r\n";
    }
    const auto t = hall::read_csv_file(path);
    CHECK(t.encoding == CsvEncoding::gb18030);
    CHECK(t.source == path.string());
    CHECK_THROWS_AS(hall::read_csv_file(dir.path() / "none.csv"), hall::NotFound);
}

TEST_CASE("a record's fields keep their empties and their order, however long") {
    const std::string long_field(70000, 'x');
    const auto t = parse_csv("a,b,c,d\n,\"\",x," + long_field + "\n", "in.csv");
    REQUIRE(t.rows.size() == 1);
    const auto& fields = t.rows[0].fields;
    REQUIRE(fields.size() == 4);
    CHECK(fields[0].empty());
    CHECK(fields[1].empty());
    CHECK(fields[2] == "x");
    CHECK(fields[3] == long_field);
    std::vector<std::string> seen;
    for (const auto f : fields) seen.emplace_back(f);
    CHECK(seen == std::vector<std::string>{"", "", "x", long_field});
}
