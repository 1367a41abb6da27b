# The one-time notice (一次性告知): materials asked for within 5 working days restart the
# clock when they arrive; asked later, the case counts as accepted at receipt.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 甲 --received 2026-11-16T09:00 --staff S102
办件 20261116-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-16T09:00
  第一责任人  S102
  起算        2026-11-16
  截止        2026-11-30
  法定截止    2026-12-14
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case supplement 20261116-0001 --on 2026-11-18T10:00 --missing 食品安全管理制度 --missing 经营场所平面图
办件 20261116-0001  补办件  待补齐
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-16T09:00
  第一责任人  S102
  起算        —
  截止        —
  待补材料    食品安全管理制度、经营场所平面图
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      补办通知单 补办〔2026〕0001号
  可办理      supplement supplied return urge
$ hall case notice 20261116-0001 --kind supplement --out notice.txt
已写入 notice.txt
$ hall case supplied 20261116-0001 --on 2026-11-20T16:00
办件 20261116-0001  补办件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-16T09:00
  第一责任人  S102
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case open --item SC02 --applicant 乙 --received 2026-11-09T09:00 --staff S101
办件 20261109-0001  承诺件  办理中  【逾期】  【超时默认】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-09T09:00
  第一责任人  S101
  起算        2026-11-09
  截止        2026-11-23
  法定截止    2026-12-07
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend return finish urge
$ hall case supplement 20261109-0001 --on 2026-11-24T09:00 --missing 营业执照复印件
办件 20261109-0001  承诺件  办理中  【逾期】  【超时默认】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-09T09:00
  第一责任人  S101
  起算        2026-11-09
  截止        2026-11-23
  法定截止    2026-12-07
  待补材料    营业执照复印件
  ！          补正告知超过 5 个工作日，视为收件时已受理
  ！          未执行一次性告知 1 次（第 1 次告知）
  通知书      承诺通知书 承诺〔2026〕0003号
  通知书      补办通知单 补办〔2026〕0002号
  记录        2026-11-24 notice_breach
  可办理      supplement pause extend return supplied finish urge
$ hall --json case show 20261109-0001
{
  "number": "20261109-0001",
  "class": "promised",
  "state": "open",
  "item": "SC02",
  "item_name": "食品经营许可",
  "window": "W01",
  "staff": "S101",
  "applicant": "乙",
  "applicant_id": "",
  "received": "2026-11-09T09:00",
  "clock_start": "2026-11-09",
  "deadline": "2026-11-23",
  "statutory_deadline": "2026-12-07",
  "provisional": false,
  "finished": null,
  "overdue": true,
  "registered_class": "promised",
  "handled_as": "promised",
  "participants": [],
  "participants_signed": [],
  "statutory_provisional": false,
  "investment": 0,
  "outstanding": [
    "营业执照复印件"
  ],
  "promised_by": null,
  "paused_days": 0,
  "extension_days": 0,
  "late_notice": true,
  "late_report": false,
  "result": null,
  "rating": null,
  "follow_up_due": null,
  "card": null,
  "late": true,
  "deemed_consented": true,
  "overridden": false,
  "lead_designated": false,
  "late_signers": [],
  "supplement_requests": 1,
  "notice_breaches": 1,
  "defective_requests": 0,
  "inspection_due": null,
  "inspected": null,
  "urged": 0,
  "ruling": null,
  "notices": [
    {
      "kind": "promise",
      "number": "承诺〔2026〕0003号",
      "issued": "2026-11-09T09:00"
    },
    {
      "kind": "supplement",
      "number": "补办〔2026〕0002号",
      "issued": "2026-11-24T09:00"
    }
  ],
  "allowed": [
    "supplement",
    "pause",
    "extend",
    "return",
    "supplied",
    "finish",
    "urge"
  ]
}
$ hall case supplement 20261109-0001 --on 2026-11-24T09:10
! hall: hall case supplement 缺少 --missing；用 hall case supplement --help 查看用法
? 2
# 容缺预审: withdrawn by hand when the promised materials never came.
$ hall case open --item ZR01 --applicant 丙 --received 2026-11-02T09:00 --pending 环境影响评价批复 --promise-by 2026-11-13 --staff S301
办件 20261102-0001  联办件  办理中  【逾期】  【超时默认】
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      丙
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-23
  法定截止    2026-11-30
  待补材料    环境影响评价批复（承诺 2026-11-13 前补齐）
  联办窗口    W04（待会签，2026-11-23 前）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      supplement pause extend sign return supplied finish urge
@env HALL_NOW=2026-11-11T09:00
$ hall case sign 20261102-0001 --window W04 --on 2026-11-11T09:00
办件 20261102-0001  联办件  办理中
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      丙
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-23
  法定截止    2026-11-30
  待补材料    环境影响评价批复（承诺 2026-11-13 前补齐）
  联办窗口    W04（已会签）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      supplement pause extend return supplied finish urge
@env HALL_NOW=2026-11-12T09:00
$ hall case finish 20261102-0001 --on 2026-11-12T09:00
办件 20261102-0001  联办件  办结
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      丙
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-23
  法定截止    2026-11-30
  待补材料    环境影响评价批复（承诺 2026-11-13 前补齐）
  联办窗口    W04（已会签）
  办结        2026-11-12T09:00
  通知书      联办件承诺通知书 联办〔2026〕0001号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      rate supplied withdraw
@env HALL_NOW=2026-11-24T09:30
$ hall case withdraw 20261102-0001 --on 2026-11-20T09:00 --reason 承诺材料逾期未补齐
办件 20261102-0001  联办件  撤销
  事项        ZR01 建设用地规划许可（窗口 W03）
  申请人      丙
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-23
  法定截止    2026-11-30
  待补材料    环境影响评价批复（承诺 2026-11-13 前补齐）
  联办窗口    W04（已会签）
  办结        2026-11-12T09:00
  通知书      联办件承诺通知书 联办〔2026〕0001号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      rate
$ hall case withdraw 20261102-0001 --reason 再次
! hall: 办件 20261102-0001 当前状态为撤销，不能 withdraw；可以：rate
? 1
$ hall case open --item SC02 --applicant 丁 --pending 营业执照复印件 --promise-by 2026-12-01 --staff S101
! hall: 事项 SC02 不适用容缺预审：须为重点项目或投资额不少于 10000000 元
? 1
$ hall case open --item ZJ01 --applicant 丁 --pending 施工许可申请表 --promise-by 2026-12-01 --staff S401
! hall: “施工许可申请表”是主件，主件不能容缺
? 1
