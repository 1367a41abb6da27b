#include <hall/error.h>

#include <fmt/format.h>

namespace hall {

UncoveredYear::UncoveredYear(int year)
    : Refused(
          Text{fmt::format("没有 {0} 年的节假日安排：请把 {0} 年的安排加入 data/calendars/cn.toml（或另写一个"
                           "文件），再运行 hall cal import 文件",
                           year),
               fmt::format("no holiday schedule for {0}; add it to data/calendars/cn.toml (or a file of "
                           "its own) and run: hall cal import FILE",
                           year)}),
      year_(year) {}

}  // namespace hall
