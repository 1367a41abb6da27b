# Electronic monitoring (电子监察): warnings, yellow and red cards, run daily by cron.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 甲 --received 2026-10-09T10:00 --staff S101
办件 20261009-0001  承诺件  办理中  【逾期】  【超时默认】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-10-09T10:00
  第一责任人  S101
  起算        2026-10-09
  截止        2026-10-22
  法定截止    2026-11-05
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case open --item SB02 --applicant 乙 --received 2026-11-17T10:00 --staff S501
办件 20261117-0001  承诺件  办理中
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      乙
  收件        2026-11-17T10:00
  第一责任人  S501
  起算        2026-11-17
  截止        2026-11-24
  法定截止    2026-12-07
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case open --item SC02 --applicant 丙 --received 2026-11-23T10:00 --staff S101
办件 20261123-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丙
  收件        2026-11-23T10:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend return finish urge
$ hall case open --item ZJ01 --applicant 丁 --received 2026-11-10T10:00 --pending 施工合同 --promise-by 2026-11-16 --staff S401
办件 20261110-0001  承诺件  办理中  【逾期】  【超时默认】
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      丁
  收件        2026-11-10T10:00
  第一责任人  S401
  起算        2026-11-10
  截止        2026-11-19
  法定截止    2026-11-25
  待补材料    施工合同（承诺 2026-11-16 前补齐）
  现场踏勘    应于 2026-11-17 前完成
  通知书      承诺通知书 承诺〔2026〕0004号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      supplement pause extend inspect return supplied finish urge
@env HALL_NOW=2026-11-12T10:00
$ hall case finish 20261110-0001 --on 2026-11-12T10:00
办件 20261110-0001  承诺件  办结
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      丁
  收件        2026-11-10T10:00
  第一责任人  S401
  起算        2026-11-10
  截止        2026-11-19
  法定截止    2026-11-25
  待补材料    施工合同（承诺 2026-11-16 前补齐）
  办结        2026-11-12T10:00
  现场踏勘    应于 2026-11-17 前完成
  通知书      承诺通知书 承诺〔2026〕0004号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      rate supplied withdraw
@env HALL_NOW=2026-11-24T09:30
# The first run issues the cards; the second issues nothing new.
$ hall monitor --on 2026-11-23
2026-11-23 电子监察：检查在办件 3 件，新出示 3 张，撤销容缺审批 1 件
  20261009-0001  红牌  past_statutory_limit    超过法定时限 2026-11-05
  20261009-0001  黄牌  past_promised_limit     超过承诺时限 2026-10-22
  20261117-0001  预警  due_soon                将于 2026-11-24 到期
  20261110-0001  撤销容缺审批
超时默认（超过承诺时限未办结）1 件：
  20261009-0001  W01  2026-10-22  超时默认
$ hall --json monitor --on 2026-11-23
{
  "on": "2026-11-23",
  "examined": 3,
  "issued": [],
  "withdrawn": [],
  "deemed_consented": [
    {
      "case": "20261009-0001",
      "window": "W01",
      "deadline": "2026-10-22"
    }
  ],
  "lateness_corrections": []
}
$ hall card list
1  20261009-0001  红牌  2026-11-23  past_statutory_limit  自动
2  20261009-0001  黄牌  2026-11-23  past_promised_limit   自动
3  20261117-0001  预警  2026-11-23  due_soon              自动
$ hall case show 20261009-0001
办件 20261009-0001  承诺件  办理中  【逾期】  【超时默认】  【红牌】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-10-09T10:00
  第一责任人  S101
  起算        2026-10-09
  截止        2026-10-22
  法定截止    2026-11-05
  通知书      承诺通知书 承诺〔2026〕0001号
  红牌        2026-11-23 past_statutory_limit
  黄牌        2026-11-23 past_promised_limit
  可办理      supplement pause extend return finish urge
# Revoking a card needs a reason, and the monitor does not issue it again.
$ hall card revoke 1 --reason 系统故障导致，经核实不计
已撤销牌 1：系统故障导致，经核实不计
$ hall card revoke 1 --reason 再次
! hall: 牌 1 已于 2026-11-24T09:30 撤销
? 1
$ hall card revoke 99 --reason 不存在
! hall: 没有编号为 99 的红黄牌
? 1
$ hall monitor --on 2026-11-24
2026-11-24 电子监察：检查在办件 3 件，新出示 0 张，撤销容缺审批 0 件
超时默认（超过承诺时限未办结）1 件：
  20261009-0001  W01  2026-10-22  超时默认
$ hall --json card list 20261009-0001
[
  {
    "id": 1,
    "case": "20261009-0001",
    "level": "red",
    "rule": "past_statutory_limit",
    "origin": "auto",
    "issued_on": "2026-11-23",
    "note": "超过法定时限 2026-11-05",
    "window": null,
    "revoked_at": "2026-11-24T09:30",
    "revoke_reason": "系统故障导致，经核实不计"
  },
  {
    "id": 2,
    "case": "20261009-0001",
    "level": "yellow",
    "rule": "past_promised_limit",
    "origin": "auto",
    "issued_on": "2026-11-23",
    "note": "超过承诺时限 2026-10-22",
    "window": null,
    "revoked_at": null,
    "revoke_reason": null
  }
]
# A card issued by hand.
$ hall card add 20261123-0001 --level 黄牌 --reason 拒绝出具书面理由 --on 2026-11-24
已对办件 20261123-0001 出示黄牌（编号 4）
$ hall card add 20261123-0001 --level purple --reason x
! hall: --level 只能是 warning/预警、yellow/黄牌 或 red/红牌，而不是 purple
? 2
$ hall card add 20991231-0001 --level red --reason x
! hall: 没有办件 20991231-0001；用 hall case list 查看办件
? 1
$ hall case show 20261123-0001
办件 20261123-0001  承诺件  办理中  【黄牌】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丙
  收件        2026-11-23T10:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  通知书      承诺通知书 承诺〔2026〕0003号
  黄牌        2026-11-24 manual
  可办理      supplement pause extend return finish urge
$ hall case history 20261110-0001
办件 20261110-0001 的办理记录
  1  2026-11-10T10:00  收件登记  S401
  2  2026-11-12T10:00  办结
  3  2026-11-23T00:00  撤销审批  容缺材料未在承诺日期 2026-11-16 前补齐  （系统自动）
$ sql SELECT count(*), sum(origin = 'auto'), sum(revoked_at IS NOT NULL) FROM card
4|3|1
# The monitor cannot run as of a day still to come.
$ hall monitor --on 2027-06-01
! hall: 不能按将来的日期 2027-06-01 监察（今天是 2026-11-24）
? 1
