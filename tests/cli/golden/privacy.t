# An ID number typed into free text (a reason, a note, a name) is masked wherever it is
# printed, ASCII or full-width, in text and in JSON.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 甲110101199001011234 --staff S101 --received 2026-11-20T10:00
办件 20261120-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲110101********1234
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case pause 20261120-0001 --reason 申请人身份证110101199001011234核验中 --on 2026-11-20T11:00
办件 20261120-0001  承诺件  暂停
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲110101********1234
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  暂停自      2026-11-20
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      resume extend return urge
$ hall card add 20261120-0001 --level warning --reason 证号１１０１０１１９９００１０１１２３Ｘ有误 --on 2026-11-21
已对办件 20261120-0001 出示预警（编号 1）
$ hall case show 20261120-0001
办件 20261120-0001  承诺件  暂停  【预警】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲110101********1234
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  暂停自      2026-11-20
  通知书      承诺通知书 承诺〔2026〕0001号
  预警        2026-11-21 manual
  可办理      resume extend return urge
$ hall case history 20261120-0001
办件 20261120-0001 的办理记录
  1  2026-11-20T10:00  收件登记  S101
  2  2026-11-20T11:00  暂停计时  申请人身份证110101********1234核验中
$ hall card list
1  20261120-0001  预警  2026-11-21  manual  人工
$ hall --json card list
[
  {
    "id": 1,
    "case": "20261120-0001",
    "level": "warning",
    "rule": "manual",
    "origin": "manual",
    "issued_on": "2026-11-21",
    "note": "证号１１０１０１********１２３Ｘ有误",
    "window": null,
    "revoked_at": null,
    "revoke_reason": null
  }
]
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
      "at": "2026-11-20T11:00",
      "staff": "",
      "reason": "申请人身份证110101********1234核验中",
      "actor": "",
      "materials": [],
      "automatic": false
    }
  ]
}
$ hall case list
20261120-0001  承诺件  暂停  SC02  W01  甲******************  2026-11-20  2026-12-04
共 1 件
