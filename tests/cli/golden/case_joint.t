# 联办件: the lead window finishes only after every participant window has signed (会签).
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item ZR01 --applicant 某置业公司 --staff S301 --received 2026-11-23T11:00
办件 20261123-0001  联办件  办理中
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      某置业公司
  收件        2026-11-23T11:00
  第一责任人  S301
  起算        2026-11-23
  截止        2026-12-14
  法定截止    2026-12-21
  联办窗口    W04（待会签，2026-12-14 前）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  可办理      supplement pause extend sign return finish urge
$ hall case finish 20261123-0001 --on 2026-11-24T09:00
! hall: 办件 20261123-0001 是联办件，联办窗口 W04 尚未会签，牵头窗口不能办结
? 1
$ hall case sign 20261123-0001 --window W05 --on 2026-11-24T09:05
! hall: 窗口 W05 不是办件 20261123-0001 的联办窗口
? 1
$ hall case sign 20261123-0001 --window W04 --on 2026-11-24T09:10 --staff S401
办件 20261123-0001  联办件  办理中
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      某置业公司
  收件        2026-11-23T11:00
  第一责任人  S301
  起算        2026-11-23
  截止        2026-12-14
  法定截止    2026-12-21
  联办窗口    W04（已会签）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case sign 20261123-0001 --window W04 --on 2026-11-24T09:15
! hall: 办件 20261123-0001 当前状态为办理中，不能 sign；可以：supplement, pause, extend, return, finish, urge
? 1
$ hall case finish 20261123-0001 --on 2026-11-24T09:20
办件 20261123-0001  联办件  办结
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      某置业公司
  收件        2026-11-23T11:00
  第一责任人  S301
  起算        2026-11-23
  截止        2026-12-14
  法定截止    2026-12-21
  联办窗口    W04（已会签）
  办结        2026-11-24T09:20
  通知书      联办件承诺通知书 联办〔2026〕0001号
  可办理      rate
$ hall --json case show 20261123-0001
{
  "number": "20261123-0001",
  "class": "joint",
  "state": "finished",
  "item": "ZR01",
  "item_name": "建设用地规划许可",
  "window": "W03",
  "staff": "S301",
  "applicant": "某置业公司",
  "applicant_id": "",
  "received": "2026-11-23T11:00",
  "clock_start": "2026-11-23",
  "deadline": "2026-12-14",
  "statutory_deadline": "2026-12-21",
  "provisional": false,
  "finished": "2026-11-24T09:20",
  "overdue": false,
  "registered_class": "joint",
  "handled_as": "joint",
  "participants": [
    "W04"
  ],
  "participants_signed": [
    "W04"
  ],
  "statutory_provisional": false,
  "investment": 0,
  "outstanding": [],
  "promised_by": null,
  "paused_days": 0,
  "extension_days": 0,
  "late_notice": false,
  "late_report": false,
  "result": null,
  "rating": null,
  "follow_up_due": null,
  "card": null,
  "late": false,
  "deemed_consented": false,
  "overridden": false,
  "lead_designated": false,
  "late_signers": [],
  "supplement_requests": 0,
  "notice_breaches": 0,
  "defective_requests": 0,
  "inspection_due": null,
  "inspected": null,
  "urged": 0,
  "ruling": null,
  "notices": [
    {
      "kind": "joint_promise",
      "number": "联办〔2026〕0001号",
      "issued": "2026-11-23T11:00"
    }
  ],
  "allowed": [
    "rate"
  ]
}
$ hall case history 20261123-0001
办件 20261123-0001 的办理记录
  1  2026-11-23T11:00  收件登记  S301
  2  2026-11-24T09:10  会签      S401  W04
  3  2026-11-24T09:20  办结
