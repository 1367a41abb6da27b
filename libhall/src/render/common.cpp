#include "common.h"

#include <hall/text.h>

#include <fmt/format.h>

namespace hall::render_detail {

std::string cell_text(const Cell& cell, Lang lang) {
    return mask_ids_in_text(cell.text(lang));
}

std::string masked(const Text& text, Lang lang) {
    return mask_ids_in_text(text.in(lang));
}

std::vector<Text> block_names(const Document& document) {
    std::vector<Text> names(document.blocks.size());
    std::optional<Text> heading;
    int tables = 0;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        if (const auto* p = std::get_if<Paragraph>(&block)) {
            if (p->heading) heading = p->text;
        } else if (const auto* t = std::get_if<Table>(&block)) {
            ++tables;
            names[i] = t->title  ? *t->title
                       : heading ? *heading
                                 : Text{fmt::format("表 {}", tables), fmt::format("Table {}", tables)};
        } else {
            names[i] = heading ? *heading : document.title.value_or(Text{"概要", "Summary"});
        }
    }
    return names;
}

}  // namespace hall::render_detail
