#pragma once
// The service guide (办事指南) a window publishes for each item: the 六公开 of content,
// procedure, limits, fees with their basis, materials, window and how to complain, from the
// catalogue. It is a public notice with its own layout (headed sections, numbered steps), so
// it renders itself as Markdown or as one self-contained, printable HTML page rather than
// through the table renderers.

#include <hall/error.h>
#include <hall/registry.h>

#include <string>
#include <vector>

namespace hall {

enum class GuideFormat { markdown, html };

// The guide of `items`, each on its own page (HTML) or section (Markdown), in the order
// given; `windows` supply the window's name and unit. A field the catalogue leaves empty is
// printed as unpublished, so that a missing 公开 item shows rather than hides. Names and
// texts are printed as the catalogue holds them; only the labels follow `lang`.
std::string render_guide(const std::vector<Item>& items, const std::vector<Window>& windows,
                         GuideFormat format, Lang lang);

// The 公开 items the catalogue leaves empty for `item`, as their English keys (content,
// basis, procedure, fee, fee_basis, complaint), so a hall can list what it still has to publish.
std::vector<std::string> unpublished(const Item& item);

}  // namespace hall
