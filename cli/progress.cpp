#include "progress.h"

#include <fmt/format.h>

namespace hall::cli {

ProgressBar::ProgressBar(Context& context, Text label)
    : context_(context),
      label_(label.in(context.lang())),
      active_(context.err_is_terminal && !context.quiet) {}

ProgressBar::~ProgressBar() {
    if (drawn_) context_.err << "\r\x1b[K" << std::flush;
}

std::string ProgressBar::line(const std::string& label, std::size_t done, std::size_t total, int width) {
    if (total == 0) return fmt::format("{} {}", label, done);
    if (done > total) done = total;
    const auto filled = static_cast<int>(done * static_cast<std::size_t>(width) / total);
    return fmt::format("{} [{}{}] {:3}% {}/{}", label, std::string(static_cast<std::size_t>(filled), '#'),
                       std::string(static_cast<std::size_t>(width - filled), '.'), done * 100 / total, done,
                       total);
}

void ProgressBar::update(std::size_t done, std::size_t total) {
    if (!active_) return;
    // Redrawn only when the bar would change: a million updates must not cost a million writes.
    if (total) {
        const auto permille = static_cast<int>(done * 1000 / total);
        if (permille == last_permille_) return;
        last_permille_ = permille;
    } else if (done - last_done_ < 10000 && drawn_) {
        return;
    }
    last_done_ = done;
    context_.err << '\r' << line(label_, done, total, 30) << std::flush;
    drawn_ = true;
}

}  // namespace hall::cli
