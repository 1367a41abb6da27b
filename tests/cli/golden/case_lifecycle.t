# A promised case from intake to rating, with a pause and an extension (SPEC §2).
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 张三 --applicant-id 110101199001011234 --staff S101 --received 2026-11-20T10:00
办件 20261120-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case pause 20261120-0001 --on 2026-11-23T09:00 --reason 现场核查
办件 20261120-0001  承诺件  暂停
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  暂停自      2026-11-23
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      resume extend return urge
$ hall case resume 20261120-0001 --on 2026-11-24T09:00
办件 20261120-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-07
  法定截止    2026-12-21
  暂停        1 个工作日
  延期        0 个工作日
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case extend 20261120-0001 --on 2026-11-24T09:10 --days 3 --approved-by 中心主任 --reason 专家评审
办件 20261120-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-10
  法定截止    2026-12-24
  暂停        1 个工作日
  延期        3 个工作日
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      延期通知书 延期〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall --json case show 20261120-0001
{
  "number": "20261120-0001",
  "class": "promised",
  "state": "open",
  "item": "SC02",
  "item_name": "食品经营许可",
  "window": "W01",
  "staff": "S101",
  "applicant": "张三",
  "applicant_id": "110101********1234",
  "received": "2026-11-20T10:00",
  "clock_start": "2026-11-20",
  "deadline": "2026-12-10",
  "statutory_deadline": "2026-12-24",
  "provisional": false,
  "finished": null,
  "overdue": false,
  "registered_class": "promised",
  "handled_as": "promised",
  "participants": [],
  "participants_signed": [],
  "statutory_provisional": false,
  "investment": 0,
  "outstanding": [],
  "promised_by": null,
  "paused_days": 1,
  "extension_days": 3,
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
      "kind": "promise",
      "number": "承诺〔2026〕0001号",
      "issued": "2026-11-20T10:00"
    },
    {
      "kind": "extension",
      "number": "延期〔2026〕0001号",
      "issued": "2026-11-24T09:10"
    }
  ],
  "allowed": [
    "supplement",
    "pause",
    "extend",
    "return",
    "finish",
    "urge"
  ]
}
$ hall case finish 20261120-0001 --on 2026-11-24T09:20
办件 20261120-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-10
  法定截止    2026-12-24
  暂停        1 个工作日
  延期        3 个工作日
  办结        2026-11-24T09:20
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      延期通知书 延期〔2026〕0001号
  可办理      rate
$ hall case rate 20261120-0001 --on 2026-11-24T09:25 --rating 1
办件 20261120-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-10
  法定截止    2026-12-24
  暂停        1 个工作日
  延期        3 个工作日
  办结        2026-11-24T09:20
  评价        1（差评，须于 2026-12-01 前核实答复）
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      延期通知书 延期〔2026〕0001号
  可办理      respond
$ hall case respond 20261120-0001 --on 2026-11-24T09:28 --note 已电话回访说明
办件 20261120-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三（证件 110101********1234）
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-10
  法定截止    2026-12-24
  暂停        1 个工作日
  延期        3 个工作日
  办结        2026-11-24T09:20
  评价        1（差评，须于 2026-12-01 前核实答复，已答复）
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      延期通知书 延期〔2026〕0001号
  可办理      —
$ hall case history 20261120-0001
办件 20261120-0001 的办理记录
  1  2026-11-20T10:00  收件登记  S101
  2  2026-11-23T09:00  暂停计时  现场核查
  3  2026-11-24T09:00  恢复计时
  4  2026-11-24T09:10  延期      中心主任  3 个工作日  专家评审
  5  2026-11-24T09:20  办结
  6  2026-11-24T09:25  评价      1 分
  7  2026-11-24T09:28  回访答复  已电话回访说明
$ hall --json case history 20261120-0001
{
  "number": "20261120-0001",
  "steps": [
    {
      "seq": 1,
      "step": "open",
      "at": "2026-11-20T10:00",
      "staff": "S101",
      "reason": "",
      "actor": "",
      "materials": [],
      "automatic": false
    },
    {
      "seq": 2,
      "step": "pause",
      "at": "2026-11-23T09:00",
      "staff": "",
      "reason": "现场核查",
      "actor": "",
      "materials": [],
      "automatic": false
    },
    {
      "seq": 3,
      "step": "resume",
      "at": "2026-11-24T09:00",
      "staff": "",
      "reason": "",
      "actor": "",
      "materials": [],
      "automatic": false
    },
    {
      "seq": 4,
      "step": "extend",
      "at": "2026-11-24T09:10",
      "staff": "",
      "reason": "专家评审",
      "actor": "中心主任",
      "materials": [],
      "automatic": false,
      "days": 3
    },
    {
      "seq": 5,
      "step": "finish",
      "at": "2026-11-24T09:20",
      "staff": "",
      "reason": "",
      "actor": "",
      "materials": [],
      "automatic": false
    },
    {
      "seq": 6,
      "step": "rate",
      "at": "2026-11-24T09:25",
      "staff": "",
      "reason": "",
      "actor": "",
      "materials": [],
      "automatic": false,
      "rating": 1
    },
    {
      "seq": 7,
      "step": "respond",
      "at": "2026-11-24T09:28",
      "staff": "",
      "reason": "已电话回访说明",
      "actor": "",
      "materials": [],
      "automatic": false
    }
  ]
}
$ hall case notice 20261120-0001
               延期通知书               
                                  延期〔2026〕0001号
| 
张三：
    你（单位）于2026年11月20日申请办理的“食品经营许可”事项（办件编号 20261120-0001），因专家评审，经中心主任批准，办理期限延长3个工作日，现延至2026年12月10日前办结。特此告知。
| 
    受理窗口：W01 市场监管窗口    第一责任人：S101
                                      2026年11月24日
$ sql SELECT seq, kind, at FROM case_step ORDER BY id
1|open|2026-11-20T10:00
2|pause|2026-11-23T09:00
3|resume|2026-11-24T09:00
4|extend|2026-11-24T09:10
5|finish|2026-11-24T09:20
6|rate|2026-11-24T09:25
7|respond|2026-11-24T09:28
# A correction is a new record pointing at the old one; the old step stays.
$ hall case open --item SC02 --applicant 李四 --received 2026-11-16T09:00 --staff S101
办件 20261116-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      李四
  收件        2026-11-16T09:00
  第一责任人  S101
  起算        2026-11-16
  截止        2026-11-30
  法定截止    2026-12-14
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case pause 20261116-0001 --on 2026-11-18T09:00 --reason 听证
办件 20261116-0001  承诺件  暂停
  事项        SC02 食品经营许可（窗口 W01）
  申请人      李四
  收件        2026-11-16T09:00
  第一责任人  S101
  起算        2026-11-16
  截止        2026-11-30
  法定截止    2026-12-14
  暂停自      2026-11-18
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      resume extend return urge
$ hall case resume 20261116-0001 --on 2026-11-23T09:00
办件 20261116-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      李四
  收件        2026-11-16T09:00
  第一责任人  S101
  起算        2026-11-16
  截止        2026-12-03
  法定截止    2026-12-17
  暂停        3 个工作日
  延期        0 个工作日
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case correct 20261116-0001 --step 3 --on 2026-11-20T09:00 --reason 恢复时间录错 --approved-by 中心主任
办件 20261116-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      李四
  收件        2026-11-16T09:00
  第一责任人  S101
  起算        2026-11-16
  截止        2026-12-02
  法定截止    2026-12-16
  暂停        2 个工作日
  延期        0 个工作日
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case correct 20261116-0001 --step 3 --on 2026-11-17T09:00 --reason 早于暂停 --approved-by 中心主任
! hall: 办件 20261116-0001：更正后的时间 2026-11-17T09:00 须在前后两步之间（2026-11-18T09:00 至 现在）
? 1
$ hall case correct 20261116-0001 --step 1 --on 2026-11-16T08:00 --reason 收件时间 --approved-by 中心主任
! hall: 办件 20261116-0001：收件登记不能更正；登记有误请退回后重新收件
? 1
$ hall case correct 20261116-0001 --step 9 --on 2026-11-20T09:00 --reason 不存在 --approved-by 中心主任
! hall: 办件 20261116-0001 没有第 9 步；用 hall case history 查看
? 1
$ hall case history 20261116-0001
办件 20261116-0001 的办理记录
  1  2026-11-16T09:00  收件登记  S101
  2  2026-11-18T09:00  暂停计时  听证
  3  2026-11-23T09:00  恢复计时  （已由第 4 步更正）
  4  2026-11-20T09:00  更正      中心主任  恢复时间录错  第 3 步时间改为 2026-11-20T09:00
$ sql SELECT seq, kind, at, corrects FROM case_step WHERE case_id = 2 ORDER BY seq
1|open|2026-11-16T09:00|NULL
2|pause|2026-11-18T09:00|NULL
3|resume|2026-11-23T09:00|NULL
4|correct|2026-11-20T09:00|3
