# The hall's rules in force, where each value came from, and changing one with a trace.
$ hall init
已建立存储 hall.db（结构版本 7），载入节假日安排 2023–2026 年
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
! hall: 没有规则 warning_dys；可用的规则：joint_min_units, joint_investment, one_time_notice_days, max_extension_days, warning_days, follow_up_days, inspection_days, time_zone
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
