# Importing schedules: a hall's local overrides, next year's national schedule, bad files.
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
@file local.toml
region = "cn-local"
layer = "local"
[years.2026]
source = "县政府办公室通知"
holidays = [ { name = "县庆休息", date = 2026-11-16 } ]
workdays = [ { name = "周末延时服务", date = 2026-11-21 } ]
@end
$ hall cal import local.toml
已导入 local.toml（本地调整）：2026 年
$ hall cal is-workday 2026-11-16
2026-11-16 星期一 不是工作日：节假日（县庆休息）
$ hall cal is-workday 2026-11-21
2026-11-21 星期六 是工作日：调休上班日（周末延时服务）
$ hall cal add 2026-11-13 1
2026-11-13 之后第 1 个工作日是 2026-11-17 星期二
$ sql SELECT layer, year, date, workday, name FROM calendar_day WHERE layer = 'local'
local|2026|2026-11-16|0|县庆休息
local|2026|2026-11-21|1|周末延时服务
$ sql SELECT file, layer, years, imported_at FROM calendar_import ORDER BY id
cn.toml|national|2023,2024,2025,2026|2026-11-24T09:30
local.toml|local|2026|2026-11-24T09:30

@file cn2027.toml
region = "cn"
[years.2027]
source = "（测试用的假定安排）"
holidays = [ { name = "元旦", date = 2027-01-01 } ]
@end
$ hall --json cal import cn2027.toml
{
  "file": "cn2027.toml",
  "layer": "national",
  "years": [
    2027
  ],
  "recomputed_cases": 0
}
$ hall cal add 2026-12-30 3
2026-12-30 之后第 3 个工作日是 2027-01-05 星期二

@file broken.toml
region = "cn"
[years.2028]
source = "x"
holidays = [ { name = "假", date = 2028-02-30 } ]
@end
$ hall cal import broken.toml
! hall: broken.toml:4：TOML 语法错误
! [error] toml::parse_date: invalid date: it does not conform RFC3339.
!  --> broken.toml
!    |
!  4 | holidays = [ { name = "假", date = 2028-02-30 } ]
!    |                                               ^--- month should be 01-12, day should be 01-28,29,30,31, depending on month/year.
? 1
$ sql SELECT count(*) FROM calendar_year WHERE year = 2028
0

@file syntax.toml
region = "cn"
[years.2028
@end
$ hall cal import syntax.toml
! hall: syntax.toml:2：TOML 语法错误
! [error] toml::parse_key: an invalid key appeared.
!  --> syntax.toml
!    |
!  2 | [years.2028
!    | ^--- is not a valid key
!    |
! Hint: bare keys  : non-empty strings composed only of [A-Za-z0-9_-].
! Hint: quoted keys: same as "basic strings" or 'literal strings'.
! Hint: dotted keys: sequence of bare or quoted keys joined with a dot.
? 1
$ hall cal import missing.toml
! hall: 无法读取 missing.toml
? 1
