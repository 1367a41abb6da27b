// Input checks and privacy masking (SPEC §7; 002: 保护隐私信息, 不得私自泄露).

#include "test_support.h"

#include <hall/error.h>
#include <hall/text.h>

#include <doctest/doctest.h>

#include <string>

using hall::check_text;
using hall::mask_id;
using hall::mask_ids_in_text;
using hall::valid_utf8;

TEST_CASE("valid_utf8 accepts Chinese and refuses broken, overlong and surrogate sequences") {
    CHECK(valid_utf8("张三 Zhang San"));
    CHECK(valid_utf8(""));
    CHECK_FALSE(valid_utf8("\xff"));
    CHECK_FALSE(valid_utf8("\xe5\xbc"));          // a cut-off 张
    CHECK_FALSE(valid_utf8("\xc0\xaf"));          // overlong '/'
    CHECK_FALSE(valid_utf8("\xed\xa0\x80"));      // a surrogate
    CHECK_FALSE(valid_utf8("\xf4\x90\x80\x80"));  // past U+10FFFF
}

TEST_CASE("check_text refuses control characters and terminal escapes, and blank required text") {
    CHECK_NOTHROW(check_text("现场核查", "--reason", true));
    CHECK_THROWS_AS(check_text("ok\x1b[31mred", "--reason"), hall::InvalidInput);
    CHECK_THROWS_AS(check_text("line\nbreak", "--reason"), hall::InvalidInput);
    CHECK_THROWS_AS(check_text("\xc2\x9b"
                               "31m",
                               "--reason"),
                    hall::InvalidInput);  // C1 CSI
    CHECK_THROWS_AS(check_text("bad\xff", "--applicant"), hall::InvalidInput);
    CHECK_THROWS_AS(check_text("   ", "--applicant", true), hall::InvalidInput);
    CHECK_THROWS_AS(check_text("\xe3\x80\x80", "--applicant", true), hall::InvalidInput);  // 　
    CHECK_NOTHROW(check_text("", "--note", false));
    try {
        check_text("a\x07", "--reason");
        FAIL("no exception");
    } catch (const hall::InvalidInput& e) {
        CHECK(hall::test::contains(e.what(), "--reason"));
        CHECK(hall::test::contains(e.what(), "U+0007"));
        CHECK(hall::test::contains(e.message(hall::Lang::zh), "控制字符"));
    }
}

TEST_CASE("mask_id masks by character: full-width digits stay valid UTF-8") {
    const std::string full = "１１０１０１１９９００１０１１２３４";  // 18 full-width digits
    const std::string masked = mask_id(full);
    CHECK(valid_utf8(masked));
    CHECK(masked == "１１０１０１********１２３４");
}

TEST_CASE("mask_ids_in_text masks ID numbers inside free text") {
    CHECK(mask_ids_in_text("申请人身份证110101199001011234已核实") == "申请人身份证110101********1234已核实");
    CHECK(mask_ids_in_text("号码 11010119900101123X。") == "号码 110101********123X。");
    CHECK(mask_ids_in_text("证件１１０１０１１９９００１０１１２３４") == "证件１１０１０１********１２３４");
    CHECK(mask_ids_in_text("mixed 110101１９９００１０１1234") == "mixed 110101********1234");
    SUBCASE("other numbers are left alone") {
        CHECK(mask_ids_in_text("投资 10000000 元") == "投资 10000000 元");
        CHECK(mask_ids_in_text("20261120-0001") == "20261120-0001");
        CHECK(mask_ids_in_text("6222021234567890123") == "6222021234567890123");  // 19 digits
        CHECK(mask_ids_in_text("") == "");
    }
    SUBCASE("broken bytes are never split further") {
        CHECK(valid_utf8(mask_ids_in_text("110101199001011234\xe5")) == false);  // passes through as is
    }
}
