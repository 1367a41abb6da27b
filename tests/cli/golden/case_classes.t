# The six classes at intake, and the views.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
# 即办件: due the day received.
$ hall case open --item SC01 --applicant 李四 --received 2026-11-23T09:00 --staff S101
办件 20261123-0001  即办件  办理中  【逾期】  【超时默认】
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      李四
  收件        2026-11-23T09:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-11-23
  通知书      受理通知书 受理〔2026〕0001号
  可办理      supplement return finish urge
@env HALL_NOW=2026-11-23T09:40
$ hall case finish 20261123-0001 --on 2026-11-23T09:40
办件 20261123-0001  即办件  办结
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      李四
  收件        2026-11-23T09:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-11-23
  办结        2026-11-23T09:40
  通知书      受理通知书 受理〔2026〕0001号
  可办理      rate
@env HALL_NOW=2026-11-24T09:30
# A receipt on Sunday counts from Monday.
$ hall --json case open --item SB02 --applicant 王五 --received 2026-11-22T10:00 --staff S501
{
  "number": "20261122-0001",
  "class": "promised",
  "state": "open",
  "item": "SB02",
  "item_name": "失业保险金申领",
  "window": "W05",
  "staff": "S501",
  "applicant": "王五",
  "applicant_id": "",
  "received": "2026-11-22T10:00",
  "clock_start": "2026-11-23",
  "deadline": "2026-11-30",
  "statutory_deadline": "2026-12-14",
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
      "kind": "promise",
      "number": "承诺〔2026〕0001号",
      "issued": "2026-11-22T10:00"
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
! hall: 注意：2026-11-22 不是工作日，按下一个工作日 2026-11-23 起算
# 补办件: the clock waits for the materials, then starts on the day they arrive.
$ hall case open --item SC02 --applicant 赵六 --received 2026-11-18T10:00 --missing 营业执照复印件 --missing 经营场所平面图 --staff S101
办件 20261118-0001  补办件  待补齐
  事项        SC02 食品经营许可（窗口 W01）
  申请人      赵六
  收件        2026-11-18T10:00
  第一责任人  S101
  起算        —
  截止        —
  待补材料    营业执照复印件、经营场所平面图
  通知书      补办通知单 补办〔2026〕0001号
  可办理      supplement supplied return urge
$ hall case notice 20261118-0001 --kind supplement
               补办通知单               
                                  补办〔2026〕0001号
| 
赵六：
    你（单位）于2026年11月18日申请办理的“食品经营许可”事项（办件编号 20261118-0001），尚缺下列材料，现一次性告知如下：
    1. 营业执照复印件
    2. 经营场所平面图
    请补齐上述材料后到原受理窗口办理。办理时限从材料补齐之日起计算。
| 
    受理窗口：W01 市场监管窗口    第一责任人：S101
                                      2026年11月18日
$ hall case supplied 20261118-0001 --on 2026-11-20T15:00
办件 20261118-0001  补办件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      赵六
  收件        2026-11-18T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
# 联办件 by the item, and a promised item made joint by a large investment.
$ hall case open --item ZR01 --applicant 某置业公司 --received 2026-11-23T11:00 --staff S301
办件 20261123-0002  联办件  办理中
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
$ hall case open --item ZJ01 --applicant 某建设公司 --received 2026-11-23T14:00 --investment 12000000 --staff S401
办件 20261123-0003  联办件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      某建设公司
  收件        2026-11-23T14:00
  第一责任人  S401
  起算        2026-11-23
  截止        2026-12-02
  法定截止    2026-12-08
  现场踏勘    应于 2026-11-30 前完成
  通知书      联办件承诺通知书 联办〔2026〕0002号
  可办理      supplement pause extend inspect return finish urge
$ hall case notice 20261123-0003
            联办件承诺通知书            
                                  联办〔2026〕0002号
| 
某建设公司：
    你（单位）于2026年11月23日申请办理的“建筑工程施工许可”事项（办件编号 20261123-0003），属联办件，由 W04 窗口牵头办理，各联办窗口在承诺时限内完成，承诺于2026年12月2日前办结。
| 
    受理窗口：W04 住建窗口    第一责任人：S401
                                      2026年11月23日
# 上报件: forward within the reporting limit, then the authority decides.
$ hall case open --item ZR02 --applicant 某矿业公司 --received 2026-11-16T09:00 --staff S301
办件 20261116-0001  上报件  办理中  【逾期】  【超时默认】
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      某矿业公司
  收件        2026-11-16T09:00
  第一责任人  S301
  起算        2026-11-16
  截止        2026-11-23
  法定截止    2027-01-11（暂定）
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      supplement pause extend forward return finish urge
$ hall case forward 20261116-0001 --to 市自然资源和规划局 --on 2026-11-24T09:00
办件 20261116-0001  上报件  已上报  【逾期】  【超时默认】
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      某矿业公司
  收件        2026-11-16T09:00
  第一责任人  S301
  起算        2026-11-16
  截止        2026-11-23
  法定截止    2027-01-11（暂定）
  ！          逾期上报
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      decide urge
$ hall case decide 20261116-0001 --result approved --on 2026-11-24T09:10
办件 20261116-0001  上报件  办结  【逾期】
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      某矿业公司
  收件        2026-11-16T09:00
  第一责任人  S301
  起算        2026-11-16
  截止        2026-11-23
  法定截止    2027-01-11（暂定）
  办结        2026-11-24T09:10（上级同意）
  ！          逾期上报
  ！          逾期办理，永久记录
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      rate
# 退回件: a written reason and its policy basis, a notice, and a review ruling that reopens it.
$ hall case open --item SB01 --applicant 孙七 --received 2026-11-24T08:40 --staff S501
办件 20261124-0001  即办件  办理中
  事项        SB01 社会保险登记（窗口 W05）
  申请人      孙七
  收件        2026-11-24T08:40
  第一责任人  S501
  起算        2026-11-24
  截止        2026-11-24
  通知书      受理通知书 受理〔2026〕0002号
  可办理      supplement return finish urge
$ hall case return 20261124-0001 --on 2026-11-24T08:50 --reason 不属于本县参保范围 --basis 《社会保险费征缴暂行条例》第四条
办件 20261124-0001  退回件  退回
  事项        SB01 社会保险登记（窗口 W05）
  申请人      孙七
  收件        2026-11-24T08:40
  第一责任人  S501
  起算        2026-11-24
  截止        2026-11-24
  通知书      受理通知书 受理〔2026〕0002号
  通知书      退回件通知书 退回〔2026〕0001号
  可办理      review rate
$ hall case notice 20261124-0001 --kind return
              退回件通知书              
                                  退回〔2026〕0001号
| 
孙七：
    你（单位）于2026年11月24日申请办理的“社会保险登记”事项（办件编号 20261124-0001），经审查不予受理，现予退回。
    退回理由：不属于本县参保范围
    政策依据：《社会保险费征缴暂行条例》第四条
    如有异议，可自收到本通知书之日起持本通知书向本中心申请复核。
| 
    受理窗口：W05 社保窗口    第一责任人：S501
                                      2026年11月24日
$ hall case review 20261124-0001 --on 2026-11-24T09:00 --overturn --reason 经核实属本县参保范围
办件 20261124-0001  即办件  办理中
  事项        SB01 社会保险登记（窗口 W05）
  申请人      孙七
  收件        2026-11-24T08:40
  第一责任人  S501
  起算        2026-11-24
  截止        2026-11-24
  复核裁定    撤销退回，重新受理
  通知书      受理通知书 受理〔2026〕0002号
  通知书      退回件通知书 退回〔2026〕0001号
  通知书      复核决定书 复核〔2026〕0001号
  通知书      受理通知书 受理〔2026〕0003号
  可办理      supplement return finish urge
# 容缺预审 for a key project: approved while an attachment is pending.
$ hall case open --item ZJ01 --applicant 某重点项目公司 --received 2026-11-24T09:05 --pending 安全施工措施资料 --promise-by 2026-11-27 --staff S401
办件 20261124-0002  承诺件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      某重点项目公司
  收件        2026-11-24T09:05
  第一责任人  S401
  起算        2026-11-24
  截止        2026-12-03
  法定截止    2026-12-09
  待补材料    安全施工措施资料（承诺 2026-11-27 前补齐）
  现场踏勘    应于 2026-12-01 前完成
  通知书      承诺通知书 承诺〔2026〕0003号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      supplement pause extend inspect return supplied finish urge
# A controlled item (控制事项, 004) is registered as a returned case with its reason and notice.
$ hall case open --item KZ01 --applicant 某商行 --staff S601
办件 20261124-0003  退回件  退回
  事项        KZ01 烟花爆竹批发经营许可（窗口 W06）
  申请人      某商行
  收件        2026-11-24T09:30
  第一责任人  S601
  起算        —
  截止        —
  通知书      退回件通知书 退回〔2026〕0002号
  可办理      review rate
! hall: 注意：事项 KZ01 是控制事项，不予受理：已登记为退回件 20261124-0003 并出具退回件通知书，向中心报备
$ sql SELECT count(*) FROM "case" WHERE item_id = (SELECT id FROM item WHERE code = 'KZ01')
1
# Views.
$ hall case list
20261116-0001  上报件  办结    ZR02  W03  某****    2026-11-16  2026-11-23  逾期
20261118-0001  补办件  办理中  SC02  W01  赵*       2026-11-18  2026-12-04
20261122-0001  承诺件  办理中  SB02  W05  王*       2026-11-22  2026-11-30
20261123-0001  即办件  办结    SC01  W01  李*       2026-11-23  2026-11-23
20261123-0002  联办件  办理中  ZR01  W03  某****    2026-11-23  2026-12-14
20261123-0003  联办件  办理中  ZJ01  W04  某****    2026-11-23  2026-12-02
20261124-0001  即办件  办理中  SB01  W05  孙*       2026-11-24  2026-11-24
20261124-0002  承诺件  办理中  ZJ01  W04  某******  2026-11-24  2026-12-03
20261124-0003  退回件  退回    KZ01  W06  某**      2026-11-24  —
共 9 件
$ hall case list --window W03
20261116-0001  上报件  办结    ZR02  W03  某****  2026-11-16  2026-11-23  逾期
20261123-0002  联办件  办理中  ZR01  W03  某****  2026-11-23  2026-12-14
共 2 件
$ hall case list --class 联办件
20261123-0002  联办件  办理中  ZR01  W03  某****  2026-11-23  2026-12-14
20261123-0003  联办件  办理中  ZJ01  W04  某****  2026-11-23  2026-12-02
共 2 件
$ hall --json case list --class supplement
[
  {
    "number": "20261118-0001",
    "class": "supplement",
    "state": "open",
    "item": "SC02",
    "item_name": "食品经营许可",
    "window": "W01",
    "staff": "S101",
    "applicant": "赵*",
    "applicant_id": "",
    "received": "2026-11-18T10:00",
    "clock_start": "2026-11-20",
    "deadline": "2026-12-04",
    "statutory_deadline": "2026-12-18",
    "provisional": false,
    "finished": null,
    "overdue": false
  }
]
$ hall case list --due-within 3
20261124-0001  即办件  办理中  SB01  W05  孙*  2026-11-24  2026-11-24
共 1 件
$ hall case list --month 2026-10
没有符合条件的办件
$ hall case list --overdue
20261116-0001  上报件  办结  ZR02  W03  某****  2026-11-16  2026-11-23  逾期
共 1 件
