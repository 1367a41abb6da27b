#pragma once
// A progress bar for long work (case import, export), drawn on stderr only when stderr is a
// terminal: a cron job's log or a pipe gets nothing. The library reports progress through a
// callback (hall::ProgressFn) and knows no terminal.

#include "context.h"

#include <cstddef>
#include <functional>
#include <string>

namespace hall::cli {

class ProgressBar {
public:
    // Draws nothing unless stderr is a terminal and --quiet was not given.
    ProgressBar(Context& context, Text label);
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;
    ~ProgressBar();  // clears the bar, so the command's own output starts on a clean line

    // `total` 0: the total is unknown; the count alone is shown.
    void update(std::size_t done, std::size_t total);
    std::function<void(std::size_t, std::size_t)> callback() {
        return [this](std::size_t done, std::size_t total) { update(done, total); };
    }

    // The bar as drawn for `done` of `total` in `width` cells, for tests.
    static std::string line(const std::string& label, std::size_t done, std::size_t total, int width);

private:
    Context& context_;
    std::string label_;
    bool active_ = false;
    bool drawn_ = false;
    int last_permille_ = -1;
    std::size_t last_done_ = 0;
};

}  // namespace hall::cli
