#include "words.h"

namespace hall::cli {

std::string weekday_name(Weekday day, Lang lang) {
    static const char* zh[] = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    const auto i = static_cast<std::size_t>(day);
    return lang == Lang::zh ? zh[i] : en[i];
}

std::string day_type_name(DayType type, Lang lang) {
    switch (type) {
        case DayType::workday:
            return lang == Lang::zh ? "工作日" : "working day";
        case DayType::weekend:
            return lang == Lang::zh ? "周末休息日" : "weekend";
        case DayType::holiday:
            return lang == Lang::zh ? "节假日" : "holiday";
        case DayType::makeup_workday:
            return lang == Lang::zh ? "调休上班日" : "make-up working day";
    }
    return {};
}

const char* day_type_id(DayType type) {
    switch (type) {
        case DayType::workday:
            return "workday";
        case DayType::weekend:
            return "weekend";
        case DayType::holiday:
            return "holiday";
        case DayType::makeup_workday:
            return "makeup_workday";
    }
    return "";
}

}  // namespace hall::cli
