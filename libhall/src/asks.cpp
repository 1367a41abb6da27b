#include <hall/asks.h>
#include <hall/bilingual.h>
#include <hall/error.h>
#include <hall/store.h>

namespace hall {

Inquiry record_inquiry(Store& store, Inquiry inquiry, const Moment& now) {
    if (inquiry.at > now)
        throw Refused(
            bilingual("首问时间 {0} 晚于现在（{1}）：只能登记已发生的询问",
                      "the question at {0} is after now ({1}): only a question already asked is recorded",
                      inquiry.at.to_string(), now.to_string()));
    Store::Transaction tx(store);
    if (!inquiry.referred_to.empty()) {
        const auto staff = store.find_staff(inquiry.staff);
        // 000: the first person asked takes the applicant to the window that handles it; a
        // question answered at one's own window is answered, not referred.
        if (staff && staff->window == inquiry.referred_to)
            throw Refused(
                bilingual("{0} 就属于窗口 {1}：本窗口答复的询问不写 --referred-to",
                          "{0} works at window {1}: a question answered there needs no --referred-to",
                          inquiry.staff, inquiry.referred_to));
    }
    Inquiry stored = store.insert_inquiry(inquiry, now);
    tx.commit();
    return stored;
}

std::vector<Inquiry> list_inquiries(const Store& store, const InquiryFilter& filter) {
    return store.inquiries(filter);
}

}  // namespace hall
