#pragma once
// The words the command line prints for library values, in both languages.

#include <hall/calendar.h>
#include <hall/date.h>
#include <hall/error.h>

#include <string>

namespace hall::cli {

std::string weekday_name(Weekday day, Lang lang);
std::string day_type_name(DayType type, Lang lang);
// The JSON identifier of a day type.
const char* day_type_id(DayType type);

}  // namespace hall::cli
