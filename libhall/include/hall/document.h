#pragma once
// What a command prints, as a value: a title, blocks (records of labelled fields, tables of
// typed cells, sentences) and notes. Pure functions build documents from domain values;
// renderers (render.h) turn one document into text, JSON, Markdown, CSV, HTML and xlsx.
// Labels and words are bilingual; the renderer picks the language, so a builder never
// needs to know it.
//
// A document may also carry its machine form (`json`): the JSON shapes of SPEC §8 are a
// contract that predates this model and does not always follow a table's columns. The
// same builder fills both from the same domain value, so nothing is formatted twice.

#include <hall/date.h>
#include <hall/error.h>
#include <hall/json.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hall {

// A fixed-point number: 12345 with 2 places is 123.45. Money and scores stay exact.
struct Decimal {
    std::int64_t units = 0;
    int places = 0;
    std::string to_string() const;
};

class Cell {
public:
    enum class Kind { none, text, integer, decimal, date, moment, flag, list };

    Cell() = default;  // none: printed as "—", null in JSON
    Cell(Text text) : value_(std::move(text)) {}
    // A word that reads the same in both languages: a code, a name, a number.
    Cell(std::string text) : value_(std::move(text)) {}
    Cell(const char* text) : Cell(std::string(text)) {}
    Cell(int value) : value_(static_cast<std::int64_t>(value)) {}
    Cell(std::int64_t value) : value_(value) {}
    Cell(Decimal value) : value_(value) {}
    Cell(Date value) : value_(value) {}
    Cell(Moment value) : value_(value) {}
    Cell(bool) = delete;  // use Cell::flag
    Cell(std::vector<std::string> value) : value_(std::move(value)) {}
    template <typename T>
    Cell(const std::optional<T>& value) {
        if (value) *this = Cell(*value);
    }
    // Not a constructor: a pointer or a number would silently become a bool.
    static Cell flag(bool value);

    Kind kind() const { return value_.index() == plain ? Kind::text : static_cast<Kind>(value_.index()); }
    // The cell as a person reads it in `lang`; a list is joined with 、 or ", ".
    std::string text(Lang lang) const;
    // The cell as a script reads it: a text cell gives its English form.
    Json json() const;
    // An integer or decimal as a number, for the formats that keep numbers as numbers (a
    // spreadsheet cell, a chart's bar); nothing for any other kind.
    std::optional<double> number() const;

private:
    // The alternatives in the order of Kind; a word that needs no translation is stored
    // once, last, since long lists are mostly codes and numbers.
    static constexpr std::size_t plain = 8;
    std::variant<std::monostate, Text, std::int64_t, Decimal, Date, Moment, bool, std::vector<std::string>,
                 std::string>
        value_;
};

// A field's or column's name: `key` in JSON and CSV headers, `text` for people.
struct Label {
    std::string key;
    Text text;
};

enum class Align { left, right };

struct Field {
    Label label;
    Cell value;
};

// Labelled fields, one a line, the values aligned after the widest label.
struct Record {
    std::vector<Field> fields;
    int indent = 0;
    Record& add(std::string key, Text label, Cell value);
};

struct Column {
    Label label;
    Align align = Align::left;
};

// A bar chart of one numeric column against the words of another, drawn with its table by
// the formats that can draw (HTML, as inline SVG); the others show the table alone, so a
// chart never carries a figure the table does not.
struct Chart {
    Text title;
    std::size_t label_column = 0;
    std::size_t value_column = 1;
    std::optional<double> max;  // the end of the scale (100 for a rate); else the largest value
};

// Rows of cells under columns; text pads each column to its widest cell.
struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    // Whether text shows the headers; JSON and the report formats always name the columns.
    bool text_header = false;
    int indent = 0;
    // The table's name where a format gives each table a place of its own: a CSV title row,
    // a worksheet, an HTML caption.
    std::optional<Text> title;
    std::vector<Chart> charts;
    Table& column(std::string key, Text header, Align align = Align::left);
    Table& row(std::vector<Cell> cells);
};

// A sentence, or a preformatted text such as a written notice, printed as it is.
struct Paragraph {
    Text text;
    int indent = 0;
    bool heading = false;  // a section's heading: `## ` in Markdown, <h2> in HTML
};

using Block = std::variant<Paragraph, Record, Table>;

struct Document {
    std::optional<Text> title;
    std::vector<Block> blocks;
    std::vector<Text> notes;  // after the blocks: totals, warnings, hints
    // The machine form, when the contract fixes its shape. A function, so that the text
    // of a 100 000-row list does not pay for building its JSON too; the builder that sets
    // it must give it shared ownership of what it reads (or a finished Json, via with_json).
    std::function<Json()> json;

    Document& add(Block block);
    Document& note(Text text);
    Document& with_json(Json value);
};

}  // namespace hall
