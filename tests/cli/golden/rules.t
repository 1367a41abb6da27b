# The hall's rules in force, where each value came from, and changing one with a trace.
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall rules show
joint_min_units = 3
    含义  事项涉及至少这么多个窗口时，办件是联办件（2–20）
    来源  建库时载入的 data/rules/cases.toml
joint_investment = 10000000
    含义  投资额（元）达到此数时，办件是联办件，并可容缺预审（0–1000000000000）
    来源  建库时载入的 data/rules/cases.toml
one_time_notice_days = 5
    含义  一次性告知须在收件后这么多个工作日内（0–60）
    来源  建库时载入的 data/rules/cases.toml
max_extension_days = 10
    含义  每件办件的延期合计不超过这么多个工作日（0–365）
    来源  建库时载入的 data/rules/cases.toml
warning_days = 1
    含义  承诺期限前这么多个工作日预警（0–60）
    来源  建库时载入的 data/rules/cases.toml
follow_up_days = 5
    含义  评价为 2 分及以下的，须在这么多个工作日内核实答复（1–60）
    来源  建库时载入的 data/rules/cases.toml
inspection_days = 5
    含义  需现场踏勘的事项，须在起算后这么多个工作日内完成踏勘（1–60）
    来源  建库时载入的 data/rules/cases.toml
satisfaction_points_1 = 0
    含义  简报满意度均分中，非常不满意（1）计这么多分（0–100）
    来源  建库时载入的 data/rules/cases.toml
satisfaction_points_2 = 3
    含义  简报满意度均分中，不满意（2）计这么多分（0–100）
    来源  建库时载入的 data/rules/cases.toml
satisfaction_points_3 = 6
    含义  简报满意度均分中，基本满意（3）计这么多分（0–100）
    来源  建库时载入的 data/rules/cases.toml
satisfaction_points_4 = 8
    含义  简报满意度均分中，满意（4）计这么多分（0–100）
    来源  建库时载入的 data/rules/cases.toml
satisfaction_points_5 = 10
    含义  简报满意度均分中，非常满意（5）计这么多分（0–100）
    来源  建库时载入的 data/rules/cases.toml
attendance_am_start = 510
    含义  上午上班时间（午夜后的分钟数，510 即 8:30）（0–1439）
    来源  建库时载入的 data/rules/cases.toml
attendance_am_end = 720
    含义  上午下班时间（午夜后的分钟数，720 即 12:00）（0–1439）
    来源  建库时载入的 data/rules/cases.toml
attendance_pm_start = 870
    含义  下午上班时间（午夜后的分钟数，870 即 14:30）（0–1439）
    来源  建库时载入的 data/rules/cases.toml
attendance_pm_end = 1080
    含义  下午下班时间（午夜后的分钟数，1080 即 18:00）（0–1439）
    来源  建库时载入的 data/rules/cases.toml
attendance_grace_minutes = 0
    含义  打卡晚于上班或早于下班不超过这么多分钟的，不算迟到早退（0–60）
    来源  建库时载入的 data/rules/cases.toml
leave_centre_days = 1
    含义  请假不超过这么多天的，由中心批准（0–365）
    来源  建库时载入的 data/rules/cases.toml
leave_unit_days = 3
    含义  请假不超过这么多天的，由所在单位和中心批准（0–365）
    来源  建库时载入的 data/rules/cases.toml
leave_office_days = 7
    含义  请假不超过这么多天的，由县政府办公室批准；更长的由县领导批准（0–365）
    来源  建库时载入的 data/rules/cases.toml
leave_quota_chief_days = 5
    含义  首席代表每月请假不超过这么多天（0–31）
    来源  建库时载入的 data/rules/cases.toml
leave_quota_chief_times = 5
    含义  首席代表每月请假不超过这么多次（0–31）
    来源  建库时载入的 data/rules/cases.toml
leave_quota_staff_days = 3
    含义  窗口工作人员每月请假不超过这么多天（0–31）
    来源  建库时载入的 data/rules/cases.toml
leave_quota_staff_times = 3
    含义  窗口工作人员每月请假不超过这么多次（0–31）
    来源  建库时载入的 data/rules/cases.toml
complaint_ordinary_days = 1
    含义  一般投诉须在这么多个工作日内答复（0–60）
    来源  建库时载入的 data/rules/cases.toml
complaint_complex_days = 5
    含义  复杂或涉及多个单位的投诉须在这么多个工作日内答复（0–60）
    来源  建库时载入的 data/rules/cases.toml
complaint_important_days = 3
    含义  重要投诉须在这么多个工作日内答复（0–60）
    来源  建库时载入的 data/rules/cases.toml
complaint_forwarded_days = 5
    含义  转给部门处理的投诉须在这么多个工作日内答复（逾期每工作日扣分）（0–60）
    来源  建库时载入的 data/rules/cases.toml
time_zone = Asia/Shanghai
    含义  大厅的时区（与 UTC 的固定时差）；此后记录的时间按它换算（Asia/Shanghai, Asia/Urumqi, Asia/Hong_Kong, Asia/Macau, Asia/Taipei, UTC, ±HH:MM）
    来源  hall 的默认值
$ hall --lang en rules set warning_days 2 --by 张三
rule warning_days changed from 1 to 2 by 张三 on 2026-11-24T09:30
$ hall rules set follow_up_days 7 --by 李四
规则 follow_up_days 已由 李四 于 2026-11-24T09:30 从 5 改为 7
$ hall --json rules set max_extension_days 15 --by 李四
{
  "setting": "cases.max_extension_days",
  "old": "10",
  "new": "15",
  "by": "李四",
  "at": "2026-11-24T09:30",
  "key": "max_extension_days"
}
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
max_extension_days = 15
    meaning  working days a case's extensions may add up to (0–365)
    from     set by 李四 on 2026-11-24T09:30 with 'hall rules set'
warning_days = 2
    meaning  working days before the promised deadline that a warning (预警) is issued (0–60)
    from     set by 张三 on 2026-11-24T09:30 with 'hall rules set'
follow_up_days = 7
    meaning  working days within which a rating of 2 or less is verified and answered (1–60)
    from     set by 李四 on 2026-11-24T09:30 with 'hall rules set'
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
$ hall --json rules show
[
  {
    "key": "joint_min_units",
    "value": 3,
    "range": "2–20",
    "meaning": {
      "zh": "事项涉及至少这么多个窗口时，办件是联办件",
      "en": "windows an item must involve for its cases to be joint cases (联办件)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "joint_investment",
    "value": 10000000,
    "range": "0–1000000000000",
    "meaning": {
      "zh": "投资额（元）达到此数时，办件是联办件，并可容缺预审",
      "en": "investment in yuan from which a case is a joint case and may be approved with pending materials (容缺预审)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "one_time_notice_days",
    "value": 5,
    "range": "0–60",
    "meaning": {
      "zh": "一次性告知须在收件后这么多个工作日内",
      "en": "working days after receipt within which missing materials must be asked for at once (一次性告知)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "max_extension_days",
    "value": 15,
    "range": "0–365",
    "meaning": {
      "zh": "每件办件的延期合计不超过这么多个工作日",
      "en": "working days a case's extensions may add up to"
    },
    "origin": "set",
    "changed": {
      "setting": "cases.max_extension_days",
      "old": "10",
      "new": "15",
      "by": "李四",
      "at": "2026-11-24T09:30"
    }
  },
  {
    "key": "warning_days",
    "value": 2,
    "range": "0–60",
    "meaning": {
      "zh": "承诺期限前这么多个工作日预警",
      "en": "working days before the promised deadline that a warning (预警) is issued"
    },
    "origin": "set",
    "changed": {
      "setting": "cases.warning_days",
      "old": "1",
      "new": "2",
      "by": "张三",
      "at": "2026-11-24T09:30"
    }
  },
  {
    "key": "follow_up_days",
    "value": 7,
    "range": "1–60",
    "meaning": {
      "zh": "评价为 2 分及以下的，须在这么多个工作日内核实答复",
      "en": "working days within which a rating of 2 or less is verified and answered"
    },
    "origin": "set",
    "changed": {
      "setting": "cases.follow_up_days",
      "old": "5",
      "new": "7",
      "by": "李四",
      "at": "2026-11-24T09:30"
    }
  },
  {
    "key": "inspection_days",
    "value": 5,
    "range": "1–60",
    "meaning": {
      "zh": "需现场踏勘的事项，须在起算后这么多个工作日内完成踏勘",
      "en": "working days after the clock starts within which a site inspection (现场踏勘) is done"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "satisfaction_points_1",
    "value": 0,
    "range": "0–100",
    "meaning": {
      "zh": "简报满意度均分中，非常不满意（1）计这么多分",
      "en": "points a rating of 1 (very dissatisfied) earns in a bulletin's average"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "satisfaction_points_2",
    "value": 3,
    "range": "0–100",
    "meaning": {
      "zh": "简报满意度均分中，不满意（2）计这么多分",
      "en": "points a rating of 2 (dissatisfied) earns in a bulletin's average"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "satisfaction_points_3",
    "value": 6,
    "range": "0–100",
    "meaning": {
      "zh": "简报满意度均分中，基本满意（3）计这么多分",
      "en": "points a rating of 3 (fairly satisfied) earns in a bulletin's average"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "satisfaction_points_4",
    "value": 8,
    "range": "0–100",
    "meaning": {
      "zh": "简报满意度均分中，满意（4）计这么多分",
      "en": "points a rating of 4 (satisfied) earns in a bulletin's average"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "satisfaction_points_5",
    "value": 10,
    "range": "0–100",
    "meaning": {
      "zh": "简报满意度均分中，非常满意（5）计这么多分",
      "en": "points a rating of 5 (very satisfied) earns in a bulletin's average"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "attendance_am_start",
    "value": 510,
    "range": "0–1439",
    "meaning": {
      "zh": "上午上班时间（午夜后的分钟数，510 即 8:30）",
      "en": "morning start, in minutes after midnight (510 is 08:30)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "attendance_am_end",
    "value": 720,
    "range": "0–1439",
    "meaning": {
      "zh": "上午下班时间（午夜后的分钟数，720 即 12:00）",
      "en": "morning end, in minutes after midnight (720 is 12:00)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "attendance_pm_start",
    "value": 870,
    "range": "0–1439",
    "meaning": {
      "zh": "下午上班时间（午夜后的分钟数，870 即 14:30）",
      "en": "afternoon start, in minutes after midnight (870 is 14:30)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "attendance_pm_end",
    "value": 1080,
    "range": "0–1439",
    "meaning": {
      "zh": "下午下班时间（午夜后的分钟数，1080 即 18:00）",
      "en": "afternoon end, in minutes after midnight (1080 is 18:00)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "attendance_grace_minutes",
    "value": 0,
    "range": "0–60",
    "meaning": {
      "zh": "打卡晚于上班或早于下班不超过这么多分钟的，不算迟到早退",
      "en": "minutes a punch may be after the start or before the end without counting as late or early"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_centre_days",
    "value": 1,
    "range": "0–365",
    "meaning": {
      "zh": "请假不超过这么多天的，由中心批准",
      "en": "days of leave up to which the centre approves"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_unit_days",
    "value": 3,
    "range": "0–365",
    "meaning": {
      "zh": "请假不超过这么多天的，由所在单位和中心批准",
      "en": "days of leave up to which the unit and the centre approve"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_office_days",
    "value": 7,
    "range": "0–365",
    "meaning": {
      "zh": "请假不超过这么多天的，由县政府办公室批准；更长的由县领导批准",
      "en": "days of leave up to which the county office approves; longer leave needs a county leader"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_quota_chief_days",
    "value": 5,
    "range": "0–31",
    "meaning": {
      "zh": "首席代表每月请假不超过这么多天",
      "en": "days of leave a chief representative may take a month"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_quota_chief_times",
    "value": 5,
    "range": "0–31",
    "meaning": {
      "zh": "首席代表每月请假不超过这么多次",
      "en": "times a chief representative may take leave a month"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_quota_staff_days",
    "value": 3,
    "range": "0–31",
    "meaning": {
      "zh": "窗口工作人员每月请假不超过这么多天",
      "en": "days of leave a window clerk may take a month"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "leave_quota_staff_times",
    "value": 3,
    "range": "0–31",
    "meaning": {
      "zh": "窗口工作人员每月请假不超过这么多次",
      "en": "times a window clerk may take leave a month"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "complaint_ordinary_days",
    "value": 1,
    "range": "0–60",
    "meaning": {
      "zh": "一般投诉须在这么多个工作日内答复",
      "en": "working days to answer an ordinary complaint"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "complaint_complex_days",
    "value": 5,
    "range": "0–60",
    "meaning": {
      "zh": "复杂或涉及多个单位的投诉须在这么多个工作日内答复",
      "en": "working days to answer a complex or multi-unit complaint"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "complaint_important_days",
    "value": 3,
    "range": "0–60",
    "meaning": {
      "zh": "重要投诉须在这么多个工作日内答复",
      "en": "working days to answer an important complaint"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "complaint_forwarded_days",
    "value": 5,
    "range": "0–60",
    "meaning": {
      "zh": "转给部门处理的投诉须在这么多个工作日内答复（逾期每工作日扣分）",
      "en": "working days for a department to answer a forwarded complaint (points lost per working day late)"
    },
    "origin": "file",
    "changed": null
  },
  {
    "key": "time_zone",
    "value": "Asia/Shanghai",
    "range": "Asia/Shanghai, Asia/Urumqi, Asia/Hong_Kong, Asia/Macau, Asia/Taipei, UTC, ±HH:MM",
    "meaning": {
      "zh": "大厅的时区（与 UTC 的固定时差）；此后记录的时间按它换算",
      "en": "the hall's time zone (a fixed offset from UTC), for times recorded from now on"
    },
    "origin": "default",
    "changed": null
  }
]
$ sql SELECT key, old_value, new_value, changed_by, changed_at FROM setting_change ORDER BY id
cases.warning_days|1|2|张三|2026-11-24T09:30
cases.follow_up_days|5|7|李四|2026-11-24T09:30
cases.max_extension_days|10|15|李四|2026-11-24T09:30
$ sql SELECT value FROM setting WHERE key = 'cases.warning_days'
2

# Refused: an unknown rule, a value out of range or not a whole number, no name.
$ hall rules set warning_dys 2 --by 张三
! hall: 没有规则 warning_dys；可用的规则：joint_min_units, joint_investment, one_time_notice_days, max_extension_days, warning_days, follow_up_days, inspection_days, satisfaction_points_1, satisfaction_points_2, satisfaction_points_3, satisfaction_points_4, satisfaction_points_5, attendance_am_start, attendance_am_end, attendance_pm_start, attendance_pm_end, attendance_grace_minutes, leave_centre_days, leave_unit_days, leave_office_days, leave_quota_chief_days, leave_quota_chief_times, leave_quota_staff_days, leave_quota_staff_times, complaint_ordinary_days, complaint_complex_days, complaint_important_days, complaint_forwarded_days, time_zone
? 2
$ hall --lang en rules set warning_days 61 --by 张三
! hall: warning_days must be a whole number from 0 to 60, not '61'
? 2
$ hall rules set joint_min_units 1 --by 张三
! hall: joint_min_units 应是 2 到 20 的整数，而不是“1”
? 2
$ hall rules set warning_days 0x5 --by 张三
! hall: warning_days 应是 0 到 60 的整数，而不是“0x5”
? 2
$ hall rules set warning_days ' 5' --by 张三
! hall: warning_days 应是 0 到 60 的整数，而不是“ 5”
? 2
$ hall rules set warning_days 3 --by ''
! hall: --by 不能为空
? 2
$ hall rules set warning_days 3
! hall: hall rules set 缺少 --by；用 hall rules set --help 查看用法
? 2
$ hall rules set time_zone Europe/Paris --by 张三
! hall: 时区“Europe/Paris”不认识；应是 Asia/Shanghai, Asia/Urumqi, Asia/Hong_Kong, Asia/Macau, Asia/Taipei, UTC, ±HH:MM 之一
? 2
$ sql SELECT count(*) FROM setting_change
3
$ sql SELECT value FROM setting WHERE key = 'cases.warning_days'
2

# The log is append-only, like the case history.
$ sql DELETE FROM setting_change
! sql: the settings log is append-only
? 1

# A stored rule hall cannot read is an error naming it, never a silent default.
$ sql UPDATE setting SET value = 'five' WHERE key = 'cases.follow_up_days'
$ hall rules show
! hall: 存储 hall.db 的设置 cases.follow_up_days = “five” 无法使用：应是 1 到 60 的整数；请用 hall rules set 改正
? 1
$ hall monitor --on 2026-11-24
! hall: 存储 hall.db 的设置 cases.follow_up_days = “five” 无法使用：应是 1 到 60 的整数；请用 hall rules set 改正
? 1
