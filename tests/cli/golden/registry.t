# Windows, staff and the service catalogue.
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall window add W01 --name 市场监管窗口 --unit 县市场监督管理局
已登记窗口 W01 市场监管窗口
$ hall --json window add W02 --name 税务窗口 --unit 县税务局
{
  "code": "W02",
  "name": "税务窗口",
  "unit": "县税务局",
  "chief": ""
}
$ hall window add W01 --name 重复
! hall: 窗口 W01 已经存在
? 1
$ hall staff add S101 --name 王芳 --window W01 --role chief
已登记工作人员 S101 王芳（窗口 W01，首席代表）
$ hall staff add S102 --name 李强 --window W01 --role 工作人员
已登记工作人员 S102 李强（窗口 W01，工作人员）
$ hall staff add S900 --name 无名 --window W99
! hall: 没有窗口 W99；先用 hall window add 登记
? 1
$ hall staff add S103 --name 张三 --window W01 --role boss
! hall: --role 只能是 chief（首席代表）、clerk（工作人员）或 standin（顶岗），而不是 boss
? 2
$ hall window list
W01  市场监管窗口  县市场监督管理局  首席代表 S101
W02  税务窗口      县税务局
$ hall --json staff list --window W01
[
  {
    "code": "S101",
    "name": "王芳",
    "window": "W01",
    "role": "chief"
  },
  {
    "code": "S102",
    "name": "李强",
    "window": "W01",
    "role": "clerk"
  }
]
$ hall item add SC02 --name 食品经营许可 --window W01 --class 承诺件 --days 10 --statutory-days 20 --main-material 申请书 --material 营业执照复印件
已登记事项：SC02 食品经营许可
  窗口      W01
  类别      承诺件
  承诺时限  10个工作日
  法定时限  20个工作日
  材料      申请书（主件）
  材料      营业执照复印件
$ hall item add SC01 --name 个体工商户设立登记 --window W01 --class instant
已登记事项：SC01 个体工商户设立登记
  窗口      W01
  类别      即办件
  承诺时限  0个工作日
$ hall item add SC03 --name 无时限 --window W01 --class promised
! hall: 须写明承诺时限（--days，工作日）
? 2
$ hall item add SC04 --name 错类 --window W01 --class 退回件 --days 3
! hall: --class 只能是 instant/即办件、promised/承诺件、joint/联办件 或 upstream/上报件，而不是 退回件
? 2
$ hall item add ZR02 --name 采矿 --window W02 --class upstream --days 5
! hall: 上报件须写明上级审批机关（--authority）
? 2
$ hall item add KZ01 --name 烟花爆竹 --window W02 --class promised --days 20 --prohibited 本县列为控制事项
已登记事项：KZ01 烟花爆竹
  窗口      W02
  类别      承诺件
  承诺时限  20个工作日
  控制事项  不予受理：本县列为控制事项
$ hall item list
KZ01  W02  承诺件  20个工作日  烟花爆竹
SC01  W01  即办件  0个工作日   个体工商户设立登记
SC02  W01  承诺件  10个工作日  食品经营许可
$ hall --lang en item show SC02
SC02 食品经营许可
  window     W01
  class      promised
  promised   10 working days
  statutory  20 working days
  material   申请书 (main)
  material   营业执照复印件
$ hall --json item show SC01
{
  "code": "SC01",
  "name": "个体工商户设立登记",
  "window": "W01",
  "class": "instant",
  "promised": {
    "amount": 0,
    "unit": "workdays"
  },
  "statutory": null,
  "materials": [],
  "participants": [],
  "authority": "",
  "reporting_days": null,
  "prohibited": false,
  "prohibited_reason": "",
  "tolerance": false
}
$ hall item show NOPE
! hall: 没有事项 NOPE；用 hall item list 查看
? 1
$ sql SELECT count(*) FROM item
3
@file catalogue.toml
[[window]]
code = "W03"
name = "自然资源窗口"
[[item]]
code = "ZR01"
name = "建设用地规划许可"
window = "W03"
class = "联办件"
promised_days = 15
participants = ["W01"]
tolerance = true
materials = [ { name = "申请表", main = true }, "土地权属证明" ]
@end
$ hall item import catalogue.toml
已导入 catalogue.toml：新窗口 1 个，新工作人员 0 名，事项 1 项
$ hall item show ZR01
ZR01 建设用地规划许可
  窗口      W03
  类别      联办件
  承诺时限  15个工作日
  材料      申请表（主件）
  材料      土地权属证明
  联办窗口  W01
  容缺预审  可容缺预审
@file broken.toml
[[item]]
code = "X1"
name = "坏"
window = "W03"
class = "promised"
promised_days = -3
@end
$ hall item import broken.toml
! hall: broken.toml:6：promised_days 应是 0 到 3650 的整数
? 1
$ sql SELECT count(*) FROM item WHERE code = 'X1'
0
$ hall window show W03
W03 自然资源窗口
  事项  ZR01  建设用地规划许可
$ hall --json window show W01
{
  "code": "W01",
  "name": "市场监管窗口",
  "unit": "县市场监督管理局",
  "chief": "S101",
  "staff": [
    {
      "code": "S101",
      "name": "王芳",
      "window": "W01",
      "role": "chief"
    },
    {
      "code": "S102",
      "name": "李强",
      "window": "W01",
      "role": "clerk"
    }
  ],
  "items": [
    "SC01",
    "SC02",
    "ZR01"
  ]
}
$ hall window show W99
! hall: 没有窗口 W99；用 hall window list 查看
? 1
