# A deadline reaching into a year with no schedule is provisional (weekends only), with a
# warning; importing that year's schedule recomputes it exactly (SPEC §1).
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall item add LG01 --name 土地征收补偿审核 --window W03 --class 承诺件 --days 30
已登记事项：LG01 土地征收补偿审核
  窗口      W03
  类别      承诺件
  承诺时限  30个工作日
$ hall case open --item LG01 --applicant 甲 --received 2026-11-24T09:00 --staff S101
办件 20261124-0001  承诺件  办理中
  事项        LG01 土地征收补偿审核（窗口 W03）
  申请人      甲
  收件        2026-11-24T09:00
  第一责任人  S101
  起算        2026-11-24
  截止        2027-01-05（暂定）
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
! hall: 注意：截止日 2027-01-05 为暂定（只扣除周末）：没有 2027 年的节假日安排：请把 2027 年的安排加入 data/calendars/cn.toml（或另写一个文件），再运行 hall cal import 文件
$ hall case open --item SC02 --applicant 乙 --received 2026-11-24T09:10 --staff S101
办件 20261124-0002  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-24T09:10
  第一责任人  S101
  起算        2026-11-24
  截止        2026-12-08
  法定截止    2026-12-22
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall --json case list
[
  {
    "number": "20261124-0001",
    "class": "promised",
    "state": "open",
    "item": "LG01",
    "item_name": "土地征收补偿审核",
    "window": "W03",
    "staff": "S101",
    "applicant": "甲*",
    "applicant_id": "",
    "received": "2026-11-24T09:00",
    "clock_start": "2026-11-24",
    "deadline": "2027-01-05",
    "statutory_deadline": null,
    "provisional": true,
    "finished": null,
    "overdue": false
  },
  {
    "number": "20261124-0002",
    "class": "promised",
    "state": "open",
    "item": "SC02",
    "item_name": "食品经营许可",
    "window": "W01",
    "staff": "S101",
    "applicant": "乙*",
    "applicant_id": "",
    "received": "2026-11-24T09:10",
    "clock_start": "2026-11-24",
    "deadline": "2026-12-08",
    "statutory_deadline": "2026-12-22",
    "provisional": false,
    "finished": null,
    "overdue": false
  }
]
@file cn2027.toml
region = "cn"
[years.2027]
source = "（测试用的假定安排）"
holidays = [ { name = "元旦", from = 2027-01-01, to = 2027-01-03 } ]
@end
$ hall cal import cn2027.toml
已导入 cn2027.toml（全国安排）：2027 年
已按新日历重算 1 件办件的期限
$ hall case list
20261124-0001  承诺件  办理中  LG01  W03  甲*  2026-11-24  2027-01-06
20261124-0002  承诺件  办理中  SC02  W01  乙*  2026-11-24  2026-12-08
共 2 件
$ hall case show 20261124-0001
办件 20261124-0001  承诺件  办理中
  事项        LG01 土地征收补偿审核（窗口 W03）
  申请人      甲
  收件        2026-11-24T09:00
  第一责任人  S101
  起算        2026-11-24
  截止        2027-01-06
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ sql SELECT number, deadline, provisional FROM "case" ORDER BY id
20261124-0001|2027-01-06|0
20261124-0002|2026-12-08|0
