#include "test_support.h"

#include <hall/notices.h>
#include <hall/registry.h>

#include <doctest/doctest.h>

#include <string>

using hall::Lang;
using hall::Limit;
using hall::LimitUnit;
using hall::test::at;
using hall::test::contains;
using hall::test::d;

namespace {

// A promise notice for an item promised in `limit`, built from values alone.
std::string promise_notice(Limit limit) {
    hall::NoticeInput in;
    in.facts.number = "20260302-0001";
    in.facts.item = "SC02";
    in.facts.item_name = "食品经营许可";
    in.facts.window = "W01";
    in.facts.applicant = "张三";
    in.facts.received = at("2026-03-02T09:00");
    in.facts.promised = limit;
    in.status.deadline = d("2026-03-16");
    hall::Step open;
    open.seq = 1;
    open.at = in.facts.received;
    in.steps.push_back(open);
    in.notice = hall::Notice{"promise", "承诺〔2026〕0001号", in.facts.received, 1};
    in.window_name = "市场监管窗口";
    return hall::render_notice(in);
}

}  // namespace

TEST_CASE("limit_text names the unit in either language") {
    CHECK(hall::limit_text({10, LimitUnit::workdays}, Lang::zh) == "10个工作日");
    CHECK(hall::limit_text({15, LimitUnit::days}, Lang::zh) == "15个自然日");
    CHECK(hall::limit_text({2, LimitUnit::months}, Lang::zh) == "2个月");
    CHECK(hall::limit_text({10, LimitUnit::workdays}, Lang::en) == "10 working days");
    CHECK(hall::limit_text({1, LimitUnit::days}, Lang::en) == "1 calendar day");
    CHECK(hall::limit_text({1, LimitUnit::months}, Lang::en) == "1 month");
}

TEST_CASE("a promise notice states the limit in its own unit") {
    SUBCASE("working days: weekends and holidays do not count") {
        const auto text = promise_notice({10, LimitUnit::workdays});
        CHECK(contains(text, "承诺时限10个工作日，双休日和法定节假日不计"));
        CHECK(contains(text, "承诺于2026年3月16日前办结"));
    }
    SUBCASE("calendar days") {
        const auto text = promise_notice({15, LimitUnit::days});
        CHECK(contains(text, "（承诺时限15个自然日）"));
        CHECK_FALSE(contains(text, "工作日"));
    }
    SUBCASE("months") {
        const auto text = promise_notice({2, LimitUnit::months});
        CHECK(contains(text, "（承诺时限2个月）"));
        CHECK_FALSE(contains(text, "工作日"));
    }
}
