# hall remind --within N: what each window must finish soon, for mail or SMS from cron.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 甲 --staff S101 --received 2026-11-10T10:00
办件 20261110-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-10T10:00
  第一责任人  S101
  起算        2026-11-10
  截止        2026-11-24
  法定截止    2026-12-08
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case open --item SB02 --applicant 乙 --staff S501 --received 2026-11-20T10:00
办件 20261120-0001  承诺件  办理中
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      乙
  收件        2026-11-20T10:00
  第一责任人  S501
  起算        2026-11-20
  截止        2026-11-27
  法定截止    2026-12-10
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case open --item ZJ01 --applicant 丙 --staff S401 --received 2026-11-23T10:00
办件 20261123-0001  承诺件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      丙
  收件        2026-11-23T10:00
  第一责任人  S401
  起算        2026-11-23
  截止        2026-12-02
  法定截止    2026-12-08
  现场踏勘    应于 2026-11-30 前完成
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend inspect return finish urge
$ hall case open --item SC01 --applicant 丁 --staff S102 --received 2026-11-24T09:00
办件 20261124-0001  即办件  办理中
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      丁
  收件        2026-11-24T09:00
  第一责任人  S102
  起算        2026-11-24
  截止        2026-11-24
  通知书      受理通知书 受理〔2026〕0001号
  可办理      supplement return finish urge
$ hall remind --within 2
2026-11-24 到期提醒：2 个工作日内到期 2 件，已超期未办结 0 件
W01 市场监管窗口：2 件
  20261110-0001  食品经营许可        2026-11-24  今日到期  S101
  20261124-0001  个体工商户设立登记  2026-11-24  今日到期  S102
$ hall --lang en remind --within 5 --window W04
reminder on 2026-11-24: 0 cases due within 5 working days, 0 overdue and still open
$ hall remind --within 0 --json
{
  "on": "2026-11-24",
  "within": 0,
  "due": 2,
  "overdue": 0,
  "windows": [
    {
      "window": "W01",
      "name": "市场监管窗口",
      "cases": [
        {
          "number": "20261110-0001",
          "item": "SC02",
          "item_name": "食品经营许可",
          "class": "promised",
          "deadline": "2026-11-24",
          "working_days_left": 0,
          "overdue": false,
          "provisional": false,
          "staff": "S101"
        },
        {
          "number": "20261124-0001",
          "item": "SC01",
          "item_name": "个体工商户设立登记",
          "class": "instant",
          "deadline": "2026-11-24",
          "working_days_left": 0,
          "overdue": false,
          "provisional": false,
          "staff": "S102"
        }
      ]
    }
  ]
}
$ hall remind --within 2 --on 2026-11-30
2026-11-30 到期提醒：2 个工作日内到期 1 件，已超期未办结 3 件
W01 市场监管窗口：2 件
  20261110-0001  食品经营许可        2026-11-24  已超期 4 个工作日  S101
  20261124-0001  个体工商户设立登记  2026-11-24  已超期 4 个工作日  S102
W04 住建窗口：1 件
  20261123-0001  建筑工程施工许可  2026-12-02  剩 2 个工作日  S401
W05 社保窗口：1 件
  20261120-0001  失业保险金申领  2026-11-27  已超期 1 个工作日  S501
# A job: --out written whole, --quiet prints nothing on success; the same day gives the same bytes.
$ hall remind --within 2 --out r1.txt --quiet
$ hall remind --within 2 --out r2.txt
已写入 r2.txt
$ hall remind --within -1
! hall: --within：“-1”不能为负数
? 2
$ hall remind --within 2 --window W99
! hall: 没有窗口 W99；用 hall window list 查看
? 1
$ hall remind --within 2 --wait 4000
! hall: --wait 应为 0 到 3600 秒，而不是 4000
? 2
$ hall remind
! hall: hall remind 缺少 --within；用 hall remind --help 查看用法
? 2
