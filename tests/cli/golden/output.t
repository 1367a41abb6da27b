# One set of output options for every command: --format text|json and --out FILE.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall cal next 2026-09-30 --format json
{
  "from": "2026-09-30",
  "date": "2026-10-08"
}
$ hall --json cal next 2026-09-30 --format text
2026-10-08 星期四
$ hall window list --format json --out windows.json
已写入 windows.json
$ hall cal next 2026-09-30 --out next.txt
已写入 next.txt
# English counts take their plural.
$ hall --lang en cal between 2026-09-30 2026-10-09
2 working days after 2026-09-30 up to and including 2026-10-09
$ hall --lang en cal between 2026-09-30 2026-10-08
1 working day after 2026-09-30 up to and including 2026-10-08
$ hall --lang en cal add 2026-09-30 1
working day 1 after 2026-09-30 is 2026-10-08 Thursday
$ hall --lang en cal show 2026
2026: 248 working days
source: 国务院办公厅关于2026年部分节假日安排的通知
  2026-01-01  Thursday   holiday              元旦
  2026-01-02  Friday     holiday              元旦
  2026-01-03  Saturday   weekend              元旦
  2026-01-04  Sunday     make-up working day  元旦调休上班
  2026-02-14  Saturday   make-up working day  春节调休上班
  2026-02-15  Sunday     weekend              春节
  2026-02-16  Monday     holiday              春节
  2026-02-17  Tuesday    holiday              春节
  2026-02-18  Wednesday  holiday              春节
  2026-02-19  Thursday   holiday              春节
  2026-02-20  Friday     holiday              春节
  2026-02-21  Saturday   weekend              春节
  2026-02-22  Sunday     weekend              春节
  2026-02-23  Monday     holiday              春节
  2026-02-28  Saturday   make-up working day  春节调休上班
  2026-04-04  Saturday   weekend              清明节
  2026-04-05  Sunday     weekend              清明节
  2026-04-06  Monday     holiday              清明节
  2026-05-01  Friday     holiday              劳动节
  2026-05-02  Saturday   weekend              劳动节
  2026-05-03  Sunday     weekend              劳动节
  2026-05-04  Monday     holiday              劳动节
  2026-05-05  Tuesday    holiday              劳动节
  2026-05-09  Saturday   make-up working day  劳动节调休上班
  2026-06-19  Friday     holiday              端午节
  2026-06-20  Saturday   weekend              端午节
  2026-06-21  Sunday     weekend              端午节
  2026-09-20  Sunday     make-up working day  国庆节调休上班
  2026-09-25  Friday     holiday              中秋节
  2026-09-26  Saturday   weekend              中秋节
  2026-09-27  Sunday     weekend              中秋节
  2026-10-01  Thursday   holiday              国庆节
  2026-10-02  Friday     holiday              国庆节
  2026-10-03  Saturday   weekend              国庆节
  2026-10-04  Sunday     weekend              国庆节
  2026-10-05  Monday     holiday              国庆节
  2026-10-06  Tuesday    holiday              国庆节
  2026-10-07  Wednesday  holiday              国庆节
  2026-10-10  Saturday   make-up working day  国庆节调休上班
$ hall --lang en item list
GA01  W07  promised  5 working days   户口迁移
GA02  W07  instant   0 working days   居民身份证换领
GA03  W07  promised  7 working days   普通护照签发
JT01  W10  promised  10 working days  道路货物运输经营许可
JT02  W10  upstream  3 working days   超限运输车辆行驶公路许可
KZ01  W06  promised  20 working days  烟花爆竹批发经营许可
MZ01  W08  instant   0 working days   婚姻登记
MZ02  W08  upstream  5 working days   社会团体成立登记
MZ03  W08  promised  20 working days  最低生活保障审核
NY01  W11  promised  15 working days  农药经营许可
NY02  W11  promised  15 working days  动物防疫条件合格证核发
SB01  W05  instant   0 working days   社会保险登记
SB02  W05  promised  5 working days   失业保险金申领
SB03  W05  promised  10 working days  退休待遇核定
SB04  W05  instant   0 working days   就业失业登记
SC01  W01  instant   0 working days   个体工商户设立登记
SC02  W01  promised  10 working days  食品经营许可
SC03  W01  instant   0 working days   个体工商户变更登记
SC04  W01  promised  15 working days  药品零售经营许可
SW01  W02  instant   0 working days   增值税发票领用
SW02  W02  instant   0 working days   增值税一般纳税人登记
SW03  W02  promised  5 working days   税收减免备案
WJ01  W09  promised  20 working days  医疗机构执业登记
WJ02  W09  promised  10 working days  公共场所卫生许可
YB01  W12  instant   0 working days   基本医疗保险参保登记
YB02  W12  instant   0 working days   异地就医备案
YB03  W12  promised  10 working days  门诊慢特病待遇认定
ZH01  W06  joint     3 working days   企业开办一件事
ZJ01  W04  promised  7 working days   建筑工程施工许可
ZJ02  W04  promised  10 working days  商品房预售许可
ZJ03  W04  promised  5 working days   建设工程竣工验收备案
ZR01  W03  joint     15 working days  建设用地规划许可
ZR02  W03  upstream  5 working days   采矿权新立登记
ZR03  W03  promised  12 working days  建设项目用地预审与选址意见书
ZR04  W03  promised  5 working days   不动产首次登记
$ hall --lang en window list
W01  市场监管窗口  县市场监督管理局        chief S101
W02  税务窗口      县税务局                chief S201
W03  自然资源窗口  县自然资源局            chief S301
W04  住建窗口      县住房和城乡建设局      chief S401
W05  社保窗口      县人力资源和社会保障局  chief S501
W06  综合受理窗口  县政务服务中心          chief S601
W07  公安窗口      县公安局                chief S701
W08  民政窗口      县民政局                chief S801
W09  卫生健康窗口  县卫生健康局            chief S901
W10  交通运输窗口  县交通运输局            chief S1001
W11  农业农村窗口  县农业农村局            chief S1101
W12  医保窗口      县医疗保障局            chief S1201
$ hall --lang en case open --item SC02 --applicant 甲 --received 2026-11-23T10:00 --staff S101
case 20261123-0001  promised  open
  item               SC02 食品经营许可 (window W01)
  applicant          甲
  received           2026-11-23T10:00
  first responsible  S101
  clock              2026-11-23
  deadline           2026-12-07
  statutory          2026-12-21
  notice             承诺通知书 承诺〔2026〕0001号
  next               supplement pause extend return finish urge
$ hall --lang en case list
20261123-0001  promised  open  SC02  W01  甲*  2026-11-23  2026-12-07
1 case
$ hall case open --item SC02 --applicant 乙 --received 2026-11-23T11:00 --staff S101
办件 20261123-0002  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-23T11:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall --lang en case list
20261123-0001  promised  open  SC02  W01  甲*  2026-11-23  2026-12-07
20261123-0002  promised  open  SC02  W01  乙*  2026-11-23  2026-12-07
2 cases
$ hall --lang en case history 20261123-0001
history of case 20261123-0001
  1  2026-11-23T10:00  open  S101
$ hall --lang en monitor --on 2026-11-24
monitoring on 2026-11-24: 2 open cases examined, 0 new cards, 0 approvals withdrawn
$ hall --lang en case notice 20261123-0001 --format json
{
  "number": "20261123-0001",
  "kind": "promise",
  "notice": "承诺〔2026〕0001号",
  "text": "               承诺通知书               \n                                  承诺〔2026〕0001号\n\n甲：\n    你（单位）于2026年11月23日申请办理的“食品经营许可”事项（办件编号 20261123-0001），申请材料齐全、符合法定形式，本中心已予受理，属承诺件，承诺于2026年12月7日前办结（承诺时限10个工作日，双休日和法定节假日不计）。\n    在承诺时限内，你可到原受理窗口查询办理情况。\n\n    受理窗口：W01 市场监管窗口    第一责任人：S101\n                                      2026年11月23日\n"
}
