#include <hall/bilingual.h>
#include <hall/document.h>
#include <hall/render.h>
#include <hall/text_width.h>

#include <doctest/doctest.h>

#include <sstream>

using namespace hall;

namespace {

std::string text_of(const Document& doc, Lang lang) {
    std::ostringstream out;
    render_text(doc, lang, out);
    return out.str();
}

std::string json_of(const Document& doc) {
    std::ostringstream out;
    render_json(doc, out);
    return out.str();
}

}  // namespace

TEST_CASE("display width counts the cells a terminal draws") {
    CHECK(display_width("") == 0);
    CHECK(display_width("W01 abc") == 7);
    CHECK(display_width("食品经营许可") == 12);
    CHECK(display_width("１２３") == 6);  // fullwidth digits
    CHECK(display_width("ＡＢ") == 4);
    CHECK(display_width("、。（）【】〔〕“”") == 20);
    CHECK(display_width("承诺〔2026〕0001号") == 18);
    CHECK(display_width("한국어") == 6);
    CHECK(display_width("カタカナ") == 8);
    CHECK(display_width("e\xCC\x81") == 1);  // e and a combining acute accent
    CHECK(display_width("—") == 1);
    CHECK(display_width("\xFF"
                        "a") == 2);         // a stray byte still takes a cell
    CHECK(display_width("\xE4\xB8") == 2);  // a truncated sequence too
}

TEST_CASE("padding is by display width") {
    CHECK(pad_right("甲", 4) == "甲  ");
    CHECK(pad_left("甲", 4) == "  甲");
    CHECK(pad_right("abc", 2) == "abc");
}

TEST_CASE("a table lines its columns up under Chinese text") {
    Table t;
    t.column("code", {"编号", "code"})
        .column("name", {"名称", "name"})
        .column("n", {"数", "n"}, Align::right);
    t.row({"W01", "市场监管窗口", 7}).row({"W02", "税务", 12});
    Document doc;
    doc.add(t);
    CHECK(text_of(doc, Lang::zh) ==
          "W01  市场监管窗口   7\n"
          "W02  税务          12\n");
    t.text_header = true;
    Document with_header;
    with_header.add(t);
    CHECK(text_of(with_header, Lang::en) ==
          "code  name           n\n"
          "W01   市场监管窗口   7\n"
          "W02   税务          12\n");
}

TEST_CASE("a record aligns its values after the widest label, with no trailing spaces") {
    Record r;
    r.indent = 2;
    r.add("item", {"事项", "item"}, "SC02").add("staff", {"第一责任人", "first responsible"}, Cell());
    r.add("note", {"备注", "note"}, std::string());
    Document doc;
    doc.title = Text{"办件", "case"};
    doc.add(r).note(Text{"完", "done"});
    CHECK(text_of(doc, Lang::zh) == "办件\n  事项        SC02\n  第一责任人  —\n  备注\n完\n");
    CHECK(text_of(doc, Lang::en) ==
          "case\n  item               SC02\n  first responsible  —\n  note\ndone\n");
}

TEST_CASE("cells print by kind") {
    CHECK(Cell().text(Lang::zh) == "—");
    CHECK(Cell(Text{"承诺件", "promised"}).text(Lang::en) == "promised");
    CHECK(Cell(42).text(Lang::zh) == "42");
    CHECK(Cell(Decimal{12345, 2}).text(Lang::en) == "123.45");
    CHECK(Cell(Decimal{-5, 2}).text(Lang::en) == "-0.05");
    CHECK(Cell(Decimal{7, 0}).text(Lang::en) == "7");
    CHECK(Cell(*Date::from_ymd(2026, 11, 24)).text(Lang::zh) == "2026-11-24");
    CHECK(Cell::flag(true).text(Lang::zh) == "是");
    CHECK(Cell::flag(false).text(Lang::en) == "no");
    CHECK(Cell(std::vector<std::string>{"甲", "乙"}).text(Lang::zh) == "甲、乙");
    CHECK(Cell(std::vector<std::string>{"a", "b"}).text(Lang::en) == "a, b");
    CHECK(Cell("W01").kind() == Cell::Kind::text);
    CHECK(Cell(Text{"甲", "A"}).kind() == Cell::Kind::text);
    CHECK(Cell(std::optional<int>()).kind() == Cell::Kind::none);
    CHECK(Cell(std::optional<int>(3)).kind() == Cell::Kind::integer);
}

TEST_CASE("English counts take their plural; Chinese needs none") {
    auto cases = [](int n) { return bilingual("共 {0} 件", "{0} {1}", n, plural(n, "case", "cases")); };
    CHECK(cases(1).en == "1 case");
    CHECK(cases(2).en == "2 cases");
    CHECK(cases(0).en == "0 cases");
    CHECK(cases(2).zh == "共 2 件");
}

TEST_CASE("positional placeholders let each language order the arguments") {
    const Text t = bilingual("{0} 之后第 {1} 个工作日", "working day {1} after {0}", "2026-09-30", 5);
    CHECK(t.zh == "2026-09-30 之后第 5 个工作日");
    CHECK(t.en == "working day 5 after 2026-09-30");
}

TEST_CASE("JSON: a document's own form wins; otherwise blocks map by their keys") {
    Document own;
    own.add(Paragraph{Text{"句子", "sentence"}});
    own.with_json(Json::object().set("a", 1));
    CHECK(json_of(own) == "{\n  \"a\": 1\n}\n");

    Table t;
    t.column("code", {"编号", "code"}).column("open", {"开放", "open"}).column("since", {"自", "since"});
    t.row({"W01", Cell::flag(true), Cell()});
    Document table;
    table.add(t);
    CHECK(json_of(table) ==
          "[\n  {\n    \"code\": \"W01\",\n    \"open\": true,\n    \"since\": null\n  }\n]\n");

    Record r;
    r.add("class", {"类别", "class"}, Text{"承诺件", "promised"})
        .add("score", {"分", "score"}, Decimal{955, 1});
    Document both;
    both.add(r).add(Paragraph{Text{"完", "done"}});
    CHECK(json_of(both) ==
          "[\n  {\n    \"class\": \"promised\",\n    \"score\": \"95.5\"\n  },\n  \"done\"\n]\n");
}

TEST_CASE("the JSON writer escapes and keeps insertion order") {
    std::ostringstream out;
    out << Json::object()
               .set("z", "a\"b\\c\n\x01")
               .set("a", Json::array())
               .set("m", Json::object())
               .set("d", 1.5);
    CHECK(out.str() == "{\n  \"z\": \"a\\\"b\\\\c\\n\\u0001\",\n  \"a\": [],\n  \"m\": {},\n  \"d\": 1.5\n}");
}

TEST_CASE("formats are named once") {
    CHECK(*parse_format("json") == Format::json);
    CHECK(*parse_format("text") == Format::text);
    CHECK_FALSE(parse_format("xml").has_value());
    CHECK(std::string(format_id(Format::json)) == "json");
    std::ostringstream out;
    Document doc;
    doc.add(Paragraph{Text{"好", "ok"}});
    render(doc, Format::text, Lang::en, out);
    CHECK(out.str() == "ok\n");
}
