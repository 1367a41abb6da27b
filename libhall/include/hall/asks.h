#pragma once
// The first-responsibility log (首问负责, seed 000): people who came to the hall to ask
// rather than to apply. The first member of staff asked answers, or takes the person to the
// window that can (referred_to); either way the question is on record. The log is
// append-only, like every record of the hall (000: 记录备案).

#include <hall/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hall {

class Store;

struct Inquiry {
    std::int64_t id = 0;      // given by the store
    std::string staff;        // the first person asked (首问责任人)
    std::string window;       // the staff member's window when asked; given by the store
    std::string topic;        // what was asked
    std::string referred_to;  // the window the person was taken to; empty: answered on the spot
    Moment at;                // when it was asked, hall time
    Moment recorded_at;
};

struct InquiryFilter {
    std::optional<Date> from;           // inclusive
    std::optional<Date> to;             // inclusive
    std::optional<std::string> window;  // asked at this window, or referred to it
};

// Records `inquiry` (id, window and recorded_at are filled in) and returns it as stored.
// NotFound for an unknown staff member or referral window; Refused for a question asked
// after `now`, or referred to the window it was asked at (answering is not a referral).
Inquiry record_inquiry(Store& store, Inquiry inquiry, const Moment& now);

// By time asked, then id.
std::vector<Inquiry> list_inquiries(const Store& store, const InquiryFilter& filter);

}  // namespace hall
