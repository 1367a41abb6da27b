# Rule data is strict: an unknown key or a value out of range is refused with file and line.
@file data/rules/cases.toml
[cases]
joint_min_units = 3
warning_dys = 2
@end
@file data/calendars/cn.toml
region = "cn"
[years.2026]
source = "test"
holidays = [ { name = "元旦", date = 2026-01-01 } ]
@end
@env HALL_DATA_DIR=data
$ hall init
! hall: data/rules/cases.toml:3：[cases] 里没有规则 warning_dys；可用的规则：joint_min_units, joint_investment, one_time_notice_days, max_extension_days, warning_days, follow_up_days, inspection_days, satisfaction_points_1, satisfaction_points_2, satisfaction_points_3, satisfaction_points_4, satisfaction_points_5, attendance_am_start, attendance_am_end, attendance_pm_start, attendance_pm_end, attendance_grace_minutes, leave_centre_days, leave_unit_days, leave_office_days, leave_quota_chief_days, leave_quota_chief_times, leave_quota_staff_days, leave_quota_staff_times, complaint_ordinary_days, complaint_complex_days, complaint_important_days, complaint_forwarded_days
? 1
$ sql SELECT count(*) FROM setting
0
@file data/rules/cases.toml
[cases]
joint_min_units = 3
warning_days = 61
@end
$ hall init
! hall: data/rules/cases.toml:3：warning_days 应是 0 到 60 的整数（承诺期限前这么多个工作日预警）
? 1
@file data/rules/cases.toml
[cases]
joint_min_units = 3
@end
$ hall init
存储 hall.db 已存在；补载节假日安排 2026–2026 年
$ hall --lang en rules show
joint_min_units = 3
    meaning  windows an item must involve for its cases to be joint cases (联办件) (2–20)
    from     data/rules/cases.toml, loaded at init
joint_investment = 10000000
    meaning  investment in yuan from which a case is a joint case and may be approved with pending materials (容缺预审) (0–1000000000000)
    from     data/rules/cases.toml, loaded at init
one_time_notice_days = 5
    meaning  working days after receipt within which missing materials must be asked for at once (一次性告知) (0–60)
    from     data/rules/cases.toml, loaded at init
max_extension_days = 10
    meaning  working days a case's extensions may add up to (0–365)
    from     data/rules/cases.toml, loaded at init
warning_days = 1
    meaning  working days before the promised deadline that a warning (预警) is issued (0–60)
    from     data/rules/cases.toml, loaded at init
follow_up_days = 5
    meaning  working days within which a rating of 2 or less is verified and answered (1–60)
    from     data/rules/cases.toml, loaded at init
inspection_days = 5
    meaning  working days after the clock starts within which a site inspection (现场踏勘) is done (1–60)
    from     data/rules/cases.toml, loaded at init
satisfaction_points_1 = 0
    meaning  points a rating of 1 (very dissatisfied) earns in a bulletin's average (0–100)
    from     data/rules/cases.toml, loaded at init
satisfaction_points_2 = 3
    meaning  points a rating of 2 (dissatisfied) earns in a bulletin's average (0–100)
    from     data/rules/cases.toml, loaded at init
satisfaction_points_3 = 6
    meaning  points a rating of 3 (fairly satisfied) earns in a bulletin's average (0–100)
    from     data/rules/cases.toml, loaded at init
satisfaction_points_4 = 8
    meaning  points a rating of 4 (satisfied) earns in a bulletin's average (0–100)
    from     data/rules/cases.toml, loaded at init
satisfaction_points_5 = 10
    meaning  points a rating of 5 (very satisfied) earns in a bulletin's average (0–100)
    from     data/rules/cases.toml, loaded at init
attendance_am_start = 510
    meaning  morning start, in minutes after midnight (510 is 08:30) (0–1439)
    from     data/rules/cases.toml, loaded at init
attendance_am_end = 720
    meaning  morning end, in minutes after midnight (720 is 12:00) (0–1439)
    from     data/rules/cases.toml, loaded at init
attendance_pm_start = 870
    meaning  afternoon start, in minutes after midnight (870 is 14:30) (0–1439)
    from     data/rules/cases.toml, loaded at init
attendance_pm_end = 1080
    meaning  afternoon end, in minutes after midnight (1080 is 18:00) (0–1439)
    from     data/rules/cases.toml, loaded at init
attendance_grace_minutes = 0
    meaning  minutes a punch may be after the start or before the end without counting as late or early (0–60)
    from     data/rules/cases.toml, loaded at init
leave_centre_days = 1
    meaning  days of leave up to which the centre approves (0–365)
    from     data/rules/cases.toml, loaded at init
leave_unit_days = 3
    meaning  days of leave up to which the unit and the centre approve (0–365)
    from     data/rules/cases.toml, loaded at init
leave_office_days = 7
    meaning  days of leave up to which the county office approves; longer leave needs a county leader (0–365)
    from     data/rules/cases.toml, loaded at init
leave_quota_chief_days = 5
    meaning  days of leave a chief representative may take a month (0–31)
    from     data/rules/cases.toml, loaded at init
leave_quota_chief_times = 5
    meaning  times a chief representative may take leave a month (0–31)
    from     data/rules/cases.toml, loaded at init
leave_quota_staff_days = 3
    meaning  days of leave a window clerk may take a month (0–31)
    from     data/rules/cases.toml, loaded at init
leave_quota_staff_times = 3
    meaning  times a window clerk may take leave a month (0–31)
    from     data/rules/cases.toml, loaded at init
complaint_ordinary_days = 1
    meaning  working days to answer an ordinary complaint (0–60)
    from     data/rules/cases.toml, loaded at init
complaint_complex_days = 5
    meaning  working days to answer a complex or multi-unit complaint (0–60)
    from     data/rules/cases.toml, loaded at init
complaint_important_days = 3
    meaning  working days to answer an important complaint (0–60)
    from     data/rules/cases.toml, loaded at init
complaint_forwarded_days = 5
    meaning  working days for a department to answer a forwarded complaint (points lost per working day late) (0–60)
    from     data/rules/cases.toml, loaded at init
time_zone = Asia/Shanghai
    meaning  the hall's time zone (a fixed offset from UTC), for times recorded from now on (Asia/Shanghai, Asia/Urumqi, Asia/Hong_Kong, Asia/Macau, Asia/Taipei, UTC, ±HH:MM)
    from     hall's default

# A catalogue item with a misspelt key is refused, not imported as a 0-day item.
@file item.toml
[[window]]
code = "W01"
name = "市场监管窗口"
[[item]]
code = "SC09"
name = "测试事项"
window = "W01"
promised_dys = 10
@end
$ hall item import item.toml
! hall: item.toml:8：[[item]] 里没有键 promised_dys；可用的键：code, name, window, class, promised_days, promised, statutory, materials, participants, participant_days, authority, reporting_days, prohibited, prohibited_reason, tolerance, inspection, content, basis, procedure, fee, fee_basis, complaint
? 1
$ hall --lang en item import item.toml
! hall: item.toml:8: unknown key 'promised_dys' in [[item]]; the keys are: code, name, window, class, promised_days, promised, statutory, materials, participants, participant_days, authority, reporting_days, prohibited, prohibited_reason, tolerance, inspection, content, basis, procedure, fee, fee_basis, complaint
? 1
$ sql SELECT count(*) FROM item
0
@file twice.toml
[[window]]
code = "W01"
name = "市场监管窗口"
[[window]]
code = "W01"
name = "又一个"
@end
$ hall item import twice.toml
! hall: twice.toml:5：window W01 在本文件里定义了两次
? 1
@file empty.toml
[[item]]
code = ""
name = "无代码"
window = "W01"
@end
$ hall item import empty.toml
! hall: empty.toml:2：code 不能为空
? 1
@file unit.toml
[[window]]
code = "W01"
name = "市场监管窗口"
[[item]]
code = "SC09"
name = "测试事项"
window = "W01"
promised_days = 10
statutory = { amount = 20, unit = "weeks" }
@end
$ hall item import unit.toml
! hall: unit.toml:9：unit 只能是 workdays、days 或 months
? 1
$ hall item import .
! hall: . 是目录，不是文件
? 1
$ hall cal import .
! hall: . 是目录，不是文件
? 1
$ sql SELECT count(*) FROM item
0
