# The first-responsibility log (首问负责, seed 000): people who came to ask rather than apply.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall ask add --staff S101 --topic 个体户怎么办营业执照 --on 2026-11-20T10:00
已登记首问 1：2026-11-20T10:00 S101（W01），当场答复
$ hall ask add --staff S101 --topic 失业保险金怎么领 --referred-to W05 --on 2026-11-20T10:30
已登记首问 2：2026-11-20T10:30 S101（W01），引导至 W05
$ hall ask add --staff S501 --topic 社保转移 --on 2026-11-23
已登记首问 3：2026-11-23T00:00 S501（W05），当场答复
$ hall ask list
编号  时间              首问人  窗口  询问事项              处理
   1  2026-11-20T10:00  S101    W01   个体户怎么办营业执照  当场答复
   2  2026-11-20T10:30  S101    W01   失业保险金怎么领      引导至 W05
   3  2026-11-23T00:00  S501    W05   社保转移              当场答复
共 3 次询问，其中引导至其他窗口 1 次
$ hall --lang en ask list --window W05
id  at                staff  window  topic             outcome
 2  2026-11-20T10:30  S101   W01     失业保险金怎么领  taken to W05
 3  2026-11-23T00:00  S501   W05     社保转移          answered
2 inquiries, 1 taken to another window
$ hall ask list --month 2026-10
编号  时间  首问人  窗口  询问事项  处理
共 0 次询问，其中引导至其他窗口 0 次
$ hall ask list --json
[
  {
    "id": 1,
    "at": "2026-11-20T10:00",
    "staff": "S101",
    "window": "W01",
    "topic": "个体户怎么办营业执照",
    "referred_to": null,
    "recorded_at": "2026-11-24T09:30"
  },
  {
    "id": 2,
    "at": "2026-11-20T10:30",
    "staff": "S101",
    "window": "W01",
    "topic": "失业保险金怎么领",
    "referred_to": "W05",
    "recorded_at": "2026-11-24T09:30"
  },
  {
    "id": 3,
    "at": "2026-11-23T00:00",
    "staff": "S501",
    "window": "W05",
    "topic": "社保转移",
    "referred_to": null,
    "recorded_at": "2026-11-24T09:30"
  }
]
# The clerk at the desk may name themselves once in HALL_STAFF.
@env HALL_STAFF=S201
$ hall ask add --topic 发票怎么领 --json
{
  "id": 4,
  "at": "2026-11-24T09:30",
  "staff": "S201",
  "window": "W02",
  "topic": "发票怎么领",
  "referred_to": null,
  "recorded_at": "2026-11-24T09:30"
}
# Refused: a referral to one's own window, a question in the future, unknown staff or window.
$ hall ask add --staff S501 --topic 社保 --referred-to W05
! hall: S501 就属于窗口 W05：本窗口答复的询问不写 --referred-to
? 1
$ hall ask add --staff S101 --topic x --on 2026-11-25T09:00
! hall: 首问时间 2026-11-25T09:00 晚于现在（2026-11-24T09:30）：只能登记已发生的询问
? 1
$ hall ask add --staff S999 --topic x
! hall: 没有工作人员 S999；先用 hall staff add 登记
? 1
$ hall ask add --staff S101 --topic x --referred-to W99
! hall: 没有窗口 W99；先用 hall window add 登记
? 1
$ hall ask add --staff S101
! hall: hall ask add 缺少 --topic；用 hall ask add --help 查看用法
? 2
$ hall ask list --month 2026-13
! hall: --month：'2026-13' 不是有效月份（格式 YYYY-MM）
? 2
# Append-only: the store refuses to rewrite the log.
$ sql UPDATE inquiry SET topic = 'x'
! sql: the inquiry log is append-only
? 1
