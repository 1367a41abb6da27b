# The monthly bulletin (行政审批简报, 002 窗口工作通报制度 4: 每月末) of October 2026 on a small
# store: a case finished late (yellow card), an instant case, a supplement case with a bad
# rating answered in time, an upstream case, a paused case with a bad rating left unanswered,
# a case still open past its deadline, and one not yet due. Every format but xlsx (read back
# cell by cell in tests/report/xlsx_check.sh); names and ID numbers are masked in each.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
@env HALL_NOW=2026-10-09T10:00
$ hall case open --item SC02 --applicant 张三丰 --applicant-id 110101199001011234 --staff S101
办件 20261009-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三丰（证件 110101********1234）
  收件        2026-10-09T10:00
  第一责任人  S101
  起算        2026-10-09
  截止        2026-10-22
  法定截止    2026-11-05
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
@env HALL_NOW=2026-10-10T10:00
$ hall case open --item SC02 --applicant 李四 --staff S101
办件 20261010-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      李四
  收件        2026-10-10T10:00
  第一责任人  S101
  起算        2026-10-10
  截止        2026-10-23
  法定截止    2026-11-06
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
@env HALL_NOW=2026-10-12T09:00
$ hall case open --item SC01 --applicant 王五 --staff S101
办件 20261012-0001  即办件  办理中
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      王五
  收件        2026-10-12T09:00
  第一责任人  S101
  起算        2026-10-12
  截止        2026-10-12
  通知书      受理通知书 受理〔2026〕0001号
  可办理      supplement return finish urge
@env HALL_NOW=2026-10-13T09:00
$ hall case open --item SB02 --applicant 赵六 --staff S501 --missing 解除劳动关系证明
办件 20261013-0001  补办件  待补齐
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      赵六
  收件        2026-10-13T09:00
  第一责任人  S501
  起算        —
  截止        —
  待补材料    解除劳动关系证明
  通知书      补办通知单 补办〔2026〕0001号
  可办理      supplement supplied return urge
@env HALL_NOW=2026-10-14T09:00
$ hall case open --item ZR02 --applicant 钱七 --staff S301
办件 20261014-0001  上报件  办理中
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      钱七
  收件        2026-10-14T09:00
  第一责任人  S301
  起算        2026-10-14
  截止        2026-10-21
  法定截止    2026-12-09
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      supplement pause extend forward return finish urge
@env HALL_NOW=2026-10-20T09:00
$ hall case open --item ZJ01 --applicant 孙八 --staff S401
办件 20261020-0001  承诺件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      孙八
  收件        2026-10-20T09:00
  第一责任人  S401
  起算        2026-10-20
  截止        2026-10-29
  法定截止    2026-11-04
  现场踏勘    应于 2026-10-27 前完成
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend inspect return finish urge
@env HALL_NOW=2026-10-27T09:00
$ hall case open --item SC02 --applicant 周九 --staff S101
办件 20261027-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      周九
  收件        2026-10-27T09:00
  第一责任人  S101
  起算        2026-10-27
  截止        2026-11-10
  法定截止    2026-11-24
  通知书      承诺通知书 承诺〔2026〕0004号
  可办理      supplement pause extend return finish urge
@env HALL_NOW=2026-11-24T09:30
@env HALL_NOW=2026-10-12T09:30
$ hall case finish 20261012-0001 --on 2026-10-12T09:30
办件 20261012-0001  即办件  办结
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      王五
  收件        2026-10-12T09:00
  第一责任人  S101
  起算        2026-10-12
  截止        2026-10-12
  办结        2026-10-12T09:30
  通知书      受理通知书 受理〔2026〕0001号
  可办理      rate
@env HALL_NOW=2026-10-12T09:31
$ hall case rate 20261012-0001 --rating 5 --on 2026-10-12T09:31
办件 20261012-0001  即办件  办结
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      王五
  收件        2026-10-12T09:00
  第一责任人  S101
  起算        2026-10-12
  截止        2026-10-12
  办结        2026-10-12T09:30
  评价        5
  通知书      受理通知书 受理〔2026〕0001号
  可办理      —
@env HALL_NOW=2026-10-15T10:00
$ hall case supplied 20261013-0001 --on 2026-10-15T10:00
办件 20261013-0001  补办件  办理中
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      赵六
  收件        2026-10-13T09:00
  第一责任人  S501
  起算        2026-10-15
  截止        2026-10-22
  法定截止    2026-11-04
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0005号
  可办理      supplement pause extend return finish urge
@env HALL_NOW=2026-10-20T10:00
$ hall case finish 20261013-0001 --on 2026-10-20T10:00
办件 20261013-0001  补办件  办结
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      赵六
  收件        2026-10-13T09:00
  第一责任人  S501
  起算        2026-10-15
  截止        2026-10-22
  法定截止    2026-11-04
  办结        2026-10-20T10:00
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0005号
  可办理      rate
@env HALL_NOW=2026-10-20T10:05
$ hall case rate 20261013-0001 --rating 1 --on 2026-10-20T10:05
办件 20261013-0001  补办件  办结
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      赵六
  收件        2026-10-13T09:00
  第一责任人  S501
  起算        2026-10-15
  截止        2026-10-22
  法定截止    2026-11-04
  办结        2026-10-20T10:00
  评价        1（差评，须于 2026-10-27 前核实答复）
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0005号
  可办理      respond
@env HALL_NOW=2026-10-22T10:00
$ hall case respond 20261013-0001 --note 已核实并答复 --on 2026-10-22T10:00
办件 20261013-0001  补办件  办结
  事项        SB02 失业保险金申领（窗口 W05）
  申请人      赵六
  收件        2026-10-13T09:00
  第一责任人  S501
  起算        2026-10-15
  截止        2026-10-22
  法定截止    2026-11-04
  办结        2026-10-20T10:00
  评价        1（差评，须于 2026-10-27 前核实答复，已答复）
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0005号
  可办理      —
@env HALL_NOW=2026-10-16T10:00
$ hall case forward 20261014-0001 --to 市自然资源和规划局 --on 2026-10-16T10:00
办件 20261014-0001  上报件  已上报
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      钱七
  收件        2026-10-14T09:00
  第一责任人  S301
  起算        2026-10-14
  截止        2026-10-21
  法定截止    2026-12-09
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      decide urge
@env HALL_NOW=2026-10-23T10:00
$ hall case decide 20261014-0001 --result approved --on 2026-10-23T10:00
办件 20261014-0001  上报件  办结
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      钱七
  收件        2026-10-14T09:00
  第一责任人  S301
  起算        2026-10-14
  截止        2026-10-21
  法定截止    2026-12-09
  办结        2026-10-23T10:00（上级同意）
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      rate
@env HALL_NOW=2026-10-23T10:05
$ hall case rate 20261014-0001 --rating 4 --on 2026-10-23T10:05
办件 20261014-0001  上报件  办结
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      钱七
  收件        2026-10-14T09:00
  第一责任人  S301
  起算        2026-10-14
  截止        2026-10-21
  法定截止    2026-12-09
  办结        2026-10-23T10:00（上级同意）
  评价        4
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      —
@env HALL_NOW=2026-10-21T10:00
$ hall case pause 20261020-0001 --reason 听证 --on 2026-10-21T10:00
办件 20261020-0001  承诺件  暂停
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      孙八
  收件        2026-10-20T09:00
  第一责任人  S401
  起算        2026-10-20
  截止        2026-10-29
  法定截止    2026-11-04
  暂停自      2026-10-21
  现场踏勘    应于 2026-10-27 前完成
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      resume extend return urge
@env HALL_NOW=2026-10-23T10:00
$ hall case resume 20261020-0001 --on 2026-10-23T10:00
办件 20261020-0001  承诺件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      孙八
  收件        2026-10-20T09:00
  第一责任人  S401
  起算        2026-10-20
  截止        2026-11-02
  法定截止    2026-11-06
  暂停        2 个工作日
  延期        0 个工作日
  现场踏勘    应于 2026-10-27 前完成
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend inspect return finish urge
@env HALL_NOW=2026-10-28T10:00
$ hall case finish 20261020-0001 --on 2026-10-28T10:00
办件 20261020-0001  承诺件  办结
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      孙八
  收件        2026-10-20T09:00
  第一责任人  S401
  起算        2026-10-20
  截止        2026-11-02
  法定截止    2026-11-06
  暂停        2 个工作日
  延期        0 个工作日
  办结        2026-10-28T10:00
  现场踏勘    应于 2026-10-27 前完成
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      rate
@env HALL_NOW=2026-10-28T10:05
$ hall case rate 20261020-0001 --rating 2 --on 2026-10-28T10:05
办件 20261020-0001  承诺件  办结
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      孙八
  收件        2026-10-20T09:00
  第一责任人  S401
  起算        2026-10-20
  截止        2026-11-02
  法定截止    2026-11-06
  暂停        2 个工作日
  延期        0 个工作日
  办结        2026-10-28T10:00
  现场踏勘    应于 2026-10-27 前完成
  评价        2（差评，须于 2026-11-04 前核实答复）
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      respond
@env HALL_NOW=2026-10-26T10:00
$ hall case finish 20261009-0001 --on 2026-10-26T10:00
办件 20261009-0001  承诺件  办结  【逾期】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三丰（证件 110101********1234）
  收件        2026-10-09T10:00
  第一责任人  S101
  起算        2026-10-09
  截止        2026-10-22
  法定截止    2026-11-05
  办结        2026-10-26T10:00
  ！          逾期办理，永久记录
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      rate
@env HALL_NOW=2026-11-24T09:30
$ hall monitor --on 2026-10-27
2026-10-27 电子监察：检查在办件 2 件，新出示 2 张，撤销容缺审批 0 件
  20261010-0001  黄牌  past_promised_limit    超过承诺时限 2026-10-23
  20261009-0001  黄牌  past_promised_limit    超过承诺时限 2026-10-22
超时默认（超过承诺时限未办结）1 件：
  20261010-0001  W01  2026-10-23  超时默认
$ hall report monthly
行政审批简报：2026 年 10 月
| 
办件情况
受理             7
办结             5
办结率（%）      71.4
按时办结         4
超期办结         1
按时办结率（%）  80.0
平均办理工作日   5.6
类别    受理  办结  按时  按时率（%）
即办件     1     1     1        100.0
承诺件     4     2     1         50.0
联办件     0     0     0            —
上报件     1     1     1        100.0
退回件     0     0     0            —
补办件     1     1     1        100.0
窗口  名称          受理  办结  按时  超期  办结率（%）  按时率（%）
W01   市场监管窗口     4     2     1     1         50.0         50.0
W02   税务窗口         0     0     0     0            —            —
W03   自然资源窗口     1     1     1     0        100.0        100.0
W04   住建窗口         1     1     1     0        100.0        100.0
W05   社保窗口         1     1     1     0        100.0        100.0
W06   综合受理窗口     0     0     0     0            —            —
W07   公安窗口         0     0     0     0            —            —
W08   民政窗口         0     0     0     0            —            —
W09   卫生健康窗口     0     0     0     0            —            —
W10   交通运输窗口     0     0     0     0            —            —
W11   农业农村窗口     0     0     0     0            —            —
W12   医保窗口         0     0     0     0            —            —
| 
超期办件
编号           事项          窗口  申请人  承诺期限    办结              超期工作日  状态
20261009-0001  食品经营许可  W01   张**    2026-10-22  2026-10-26T10:00           2  办结
20261010-0001  食品经营许可  W01   李*     2026-10-23  —                          5  办理中
未办结的列期限在本期内届满者，超期工作日算至期末；更早的积压件见 hall case list --overdue。
| 
暂定期限
无暂定期限。
| 
各事项办理用时
事项  名称                窗口  承诺时限    办结  平均用时（工作日）  超期
SB02  失业保险金申领      W05   5个工作日      1                 3.0     0
SC01  个体工商户设立登记  W01   0个工作日      1                 0.0     0
SC02  食品经营许可        W01   10个工作日     1                12.0     1
ZJ01  建筑工程施工许可    W04   7个工作日      1                 6.0     0
ZR02  采矿权新立登记      W03   5个工作日      1                 7.0     0
| 
时间去向
等待补齐材料（件）      1
等待补齐材料（工作日）  2
暂停计时（件）          1
暂停计时（工作日）      2
上报待批（件）          1
上报待批（工作日）      5
本期办结的办件：收件至补齐材料、听证等暂停、上报至上级决定各用去的工作日。
| 
电子监察
等级  发出  撤销  有效
预警     0     0     0
黄牌     2     0     2
红牌     0     0     0
记录     0     0     0
| 
群众满意度（好差评）
评价  等级        件数  占比（%）  计分
   5  非常满意       1       25.0    10
   4  满意           1       25.0     8
   3  基本满意       0        0.0     6
   2  不满意         1       25.0     3
   1  非常不满意     1       25.0     0
参评件数         4
好评率（%）      50.0
差评             2
按时整改答复     1
逾期答复         0
未答复           1
差评整改率（%）  50.0
满意度均分       5.25
本期办结办件的评价；均分按 10/8/6/3/0 计（hall rules set satisfaction_points_N）。
| 
考核与流动红旗（流动红旗评比）
名次  窗口  名称           得分  流动红旗
   1  W02   税务窗口      95.00  流动红旗
   2  W03   自然资源窗口  95.00  流动红旗
   3  W04   住建窗口      95.00  流动红旗
   4  W05   社保窗口      95.00  —
   5  W06   综合受理窗口  95.00  —
   6  W07   公安窗口      95.00  —
   7  W08   民政窗口      95.00  —
   8  W09   卫生健康窗口  95.00  —
   9  W10   交通运输窗口  95.00  —
  10  W11   农业农村窗口  95.00  —
  11  W12   医保窗口      95.00  —
  12  W01   市场监管窗口  91.00  —
$ hall --lang en report monthly --month 2026-10
Monthly bulletin (行政审批简报): 2026-10
| 
Cases
received              7
finished              5
finish rate (%)       71.4
finished on time      4
finished late         1
on-time rate (%)      80.0
average working days  5.6
class       received  finished  on time  on time (%)
instant            1         1        1        100.0
promised           4         2        1         50.0
joint              0         0        0            —
upstream           1         1        1        100.0
returned           0         0        0            —
supplement         1         1        1        100.0
window  name          received  finished  on time  late  finished (%)  on time (%)
W01     市场监管窗口         4         2        1     1          50.0         50.0
W02     税务窗口             0         0        0     0             —            —
W03     自然资源窗口         1         1        1     0         100.0        100.0
W04     住建窗口             1         1        1     0         100.0        100.0
W05     社保窗口             1         1        1     0         100.0        100.0
W06     综合受理窗口         0         0        0     0             —            —
W07     公安窗口             0         0        0     0             —            —
W08     民政窗口             0         0        0     0             —            —
W09     卫生健康窗口         0         0        0     0             —            —
W10     交通运输窗口         0         0        0     0             —            —
W11     农业农村窗口         0         0        0     0             —            —
W12     医保窗口             0         0        0     0             —            —
| 
Overdue cases
number         item          window  applicant  deadline    finished          working days late  state
20261009-0001  食品经营许可  W01     张**       2026-10-22  2026-10-26T10:00                  2  finished
20261010-0001  食品经营许可  W01     李*        2026-10-23  —                                 5  open
Cases still without a result are those whose deadline passed in the period, late to the period's end; the older backlog is in hall case list --overdue.
| 
Provisional deadlines
No deadline was provisional.
| 
Working days by item
item  name                window  promised limit   finished  average working days  late
SB02  失业保险金申领      W05     5 working days          1                   3.0     0
SC01  个体工商户设立登记  W01     0 working days          1                   0.0     0
SC02  食品经营许可        W01     10 working days         1                  12.0     1
ZJ01  建筑工程施工许可    W04     7 working days          1                   6.0     0
ZR02  采矿权新立登记      W03     5 working days          1                   7.0     0
| 
Where the time went
waited for materials (cases)         1
waited for materials (working days)  2
paused (cases)                       1
paused (working days)                2
with the authority (cases)           1
with the authority (working days)    5
For the cases finished in the period: working days from receipt until the materials were complete, paused for hearings and the like, and from forwarding to the authority's decision.
| 
Monitoring cards
level    issued  revoked  standing
warning       0        0         0
yellow        2        0         2
red           0        0         0
record        0        0         0
| 
Satisfaction (好差评)
rating  level              cases  share (%)  points
     5  very satisfied         1       25.0      10
     4  satisfied              1       25.0       8
     3  fairly satisfied       0        0.0       6
     2  dissatisfied           1       25.0       3
     1  very dissatisfied      1       25.0       0
cases rated                       4
good ratings (%)                  50.0
bad ratings                       2
answered on time                  1
answered late                     0
not answered                      1
bad ratings answered on time (%)  50.0
average score                     5.25
Ratings of the cases finished in the period; the average scores them 10/8/6/3/0 (hall rules set satisfaction_points_N).
| 
Scores and red flags (Red-flag windows)
rank  window  name          score  red flag
   1  W02     税务窗口      95.00  red flag
   2  W03     自然资源窗口  95.00  red flag
   3  W04     住建窗口      95.00  red flag
   4  W05     社保窗口      95.00  —
   5  W06     综合受理窗口  95.00  —
   6  W07     公安窗口      95.00  —
   7  W08     民政窗口      95.00  —
   8  W09     卫生健康窗口  95.00  —
   9  W10     交通运输窗口  95.00  —
  10  W11     农业农村窗口  95.00  —
  11  W12     医保窗口      95.00  —
  12  W01     市场监管窗口  91.00  —
$ hall report monthly --format md
| # 行政审批简报：2026 年 10 月
| 
| ## 办件情况
| 
- **受理**: 7
- **办结**: 5
- **办结率（%）**: 71.4
- **按时办结**: 4
- **超期办结**: 1
- **按时办结率（%）**: 80.0
- **平均办理工作日**: 5.6
| 
**按办件类别**
| 
| | 类别 | 受理 | 办结 | 按时 | 按时率（%） |
| | --- | ---: | ---: | ---: | ---: |
| | 即办件 | 1 | 1 | 1 | 100.0 |
| | 承诺件 | 4 | 2 | 1 | 50.0 |
| | 联办件 | 0 | 0 | 0 | — |
| | 上报件 | 1 | 1 | 1 | 100.0 |
| | 退回件 | 0 | 0 | 0 | — |
| | 补办件 | 1 | 1 | 1 | 100.0 |
| 
**按窗口**
| 
| | 窗口 | 名称 | 受理 | 办结 | 按时 | 超期 | 办结率（%） | 按时率（%） |
| | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| | W01 | 市场监管窗口 | 4 | 2 | 1 | 1 | 50.0 | 50.0 |
| | W02 | 税务窗口 | 0 | 0 | 0 | 0 | — | — |
| | W03 | 自然资源窗口 | 1 | 1 | 1 | 0 | 100.0 | 100.0 |
| | W04 | 住建窗口 | 1 | 1 | 1 | 0 | 100.0 | 100.0 |
| | W05 | 社保窗口 | 1 | 1 | 1 | 0 | 100.0 | 100.0 |
| | W06 | 综合受理窗口 | 0 | 0 | 0 | 0 | — | — |
| | W07 | 公安窗口 | 0 | 0 | 0 | 0 | — | — |
| | W08 | 民政窗口 | 0 | 0 | 0 | 0 | — | — |
| | W09 | 卫生健康窗口 | 0 | 0 | 0 | 0 | — | — |
| | W10 | 交通运输窗口 | 0 | 0 | 0 | 0 | — | — |
| | W11 | 农业农村窗口 | 0 | 0 | 0 | 0 | — | — |
| | W12 | 医保窗口 | 0 | 0 | 0 | 0 | — | — |
| 
| ## 超期办件
| 
**超期办件**
| 
| | 编号 | 事项 | 窗口 | 申请人 | 承诺期限 | 办结 | 超期工作日 | 状态 |
| | --- | --- | --- | --- | --- | --- | ---: | --- |
| | 20261009-0001 | 食品经营许可 | W01 | 张\*\* | 2026-10-22 | 2026-10-26T10:00 | 2 | 办结 |
| | 20261010-0001 | 食品经营许可 | W01 | 李\* | 2026-10-23 | — | 5 | 办理中 |
| 
未办结的列期限在本期内届满者，超期工作日算至期末；更早的积压件见 hall case list --overdue。
| 
| ## 暂定期限
| 
无暂定期限。
| 
| ## 各事项办理用时
| 
**各事项办理用时**
| 
| | 事项 | 名称 | 窗口 | 承诺时限 | 办结 | 平均用时（工作日） | 超期 |
| | --- | --- | --- | --- | ---: | ---: | ---: |
| | SB02 | 失业保险金申领 | W05 | 5个工作日 | 1 | 3.0 | 0 |
| | SC01 | 个体工商户设立登记 | W01 | 0个工作日 | 1 | 0.0 | 0 |
| | SC02 | 食品经营许可 | W01 | 10个工作日 | 1 | 12.0 | 1 |
| | ZJ01 | 建筑工程施工许可 | W04 | 7个工作日 | 1 | 6.0 | 0 |
| | ZR02 | 采矿权新立登记 | W03 | 5个工作日 | 1 | 7.0 | 0 |
| 
| ## 时间去向
| 
- **等待补齐材料（件）**: 1
- **等待补齐材料（工作日）**: 2
- **暂停计时（件）**: 1
- **暂停计时（工作日）**: 2
- **上报待批（件）**: 1
- **上报待批（工作日）**: 5
| 
本期办结的办件：收件至补齐材料、听证等暂停、上报至上级决定各用去的工作日。
| 
| ## 电子监察
| 
**电子监察**
| 
| | 等级 | 发出 | 撤销 | 有效 |
| | --- | ---: | ---: | ---: |
| | 预警 | 0 | 0 | 0 |
| | 黄牌 | 2 | 0 | 2 |
| | 红牌 | 0 | 0 | 0 |
| | 记录 | 0 | 0 | 0 |
| 
| ## 群众满意度（好差评）
| 
**满意度各等级**
| 
| | 评价 | 等级 | 件数 | 占比（%） | 计分 |
| | ---: | --- | ---: | ---: | ---: |
| | 5 | 非常满意 | 1 | 25.0 | 10 |
| | 4 | 满意 | 1 | 25.0 | 8 |
| | 3 | 基本满意 | 0 | 0.0 | 6 |
| | 2 | 不满意 | 1 | 25.0 | 3 |
| | 1 | 非常不满意 | 1 | 25.0 | 0 |
| 
- **参评件数**: 4
- **好评率（%）**: 50.0
- **差评**: 2
- **按时整改答复**: 1
- **逾期答复**: 0
- **未答复**: 1
- **差评整改率（%）**: 50.0
- **满意度均分**: 5.25
| 
本期办结办件的评价；均分按 10/8/6/3/0 计（hall rules set satisfaction\_points\_N）。
| 
| ## 考核与流动红旗（流动红旗评比）
| 
**考核排名**
| 
| | 名次 | 窗口 | 名称 | 得分 | 流动红旗 |
| | ---: | --- | --- | ---: | --- |
| | 1 | W02 | 税务窗口 | 95.00 | 流动红旗 |
| | 2 | W03 | 自然资源窗口 | 95.00 | 流动红旗 |
| | 3 | W04 | 住建窗口 | 95.00 | 流动红旗 |
| | 4 | W05 | 社保窗口 | 95.00 | — |
| | 5 | W06 | 综合受理窗口 | 95.00 | — |
| | 6 | W07 | 公安窗口 | 95.00 | — |
| | 7 | W08 | 民政窗口 | 95.00 | — |
| | 8 | W09 | 卫生健康窗口 | 95.00 | — |
| | 9 | W10 | 交通运输窗口 | 95.00 | — |
| | 10 | W11 | 农业农村窗口 | 95.00 | — |
| | 11 | W12 | 医保窗口 | 95.00 | — |
| | 12 | W01 | 市场监管窗口 | 91.00 | — |
| 
$ hall report monthly --format csv
﻿行政审批简报：2026 年 10 月

办件情况
受理,7
办结,5
办结率（%）,71.4
按时办结,4
超期办结,1
按时办结率（%）,80.0
平均办理工作日,5.6

按办件类别
类别,受理,办结,按时,按时率（%）
即办件,1,1,1,100.0
承诺件,4,2,1,50.0
联办件,0,0,0,
上报件,1,1,1,100.0
退回件,0,0,0,
补办件,1,1,1,100.0

按窗口
窗口,名称,受理,办结,按时,超期,办结率（%）,按时率（%）
W01,市场监管窗口,4,2,1,1,50.0,50.0
W02,税务窗口,0,0,0,0,,
W03,自然资源窗口,1,1,1,0,100.0,100.0
W04,住建窗口,1,1,1,0,100.0,100.0
W05,社保窗口,1,1,1,0,100.0,100.0
W06,综合受理窗口,0,0,0,0,,
W07,公安窗口,0,0,0,0,,
W08,民政窗口,0,0,0,0,,
W09,卫生健康窗口,0,0,0,0,,
W10,交通运输窗口,0,0,0,0,,
W11,农业农村窗口,0,0,0,0,,
W12,医保窗口,0,0,0,0,,

超期办件
编号,事项,窗口,申请人,承诺期限,办结,超期工作日,状态
20261009-0001,食品经营许可,W01,张**,2026-10-22,2026-10-26T10:00,2,办结
20261010-0001,食品经营许可,W01,李*,2026-10-23,,5,办理中

各事项办理用时
事项,名称,窗口,承诺时限,办结,平均用时（工作日）,超期
SB02,失业保险金申领,W05,5个工作日,1,3.0,0
SC01,个体工商户设立登记,W01,0个工作日,1,0.0,0
SC02,食品经营许可,W01,10个工作日,1,12.0,1
ZJ01,建筑工程施工许可,W04,7个工作日,1,6.0,0
ZR02,采矿权新立登记,W03,5个工作日,1,7.0,0

时间去向
等待补齐材料（件）,1
等待补齐材料（工作日）,2
暂停计时（件）,1
暂停计时（工作日）,2
上报待批（件）,1
上报待批（工作日）,5

电子监察
等级,发出,撤销,有效
预警,0,0,0
黄牌,2,0,2
红牌,0,0,0
记录,0,0,0

满意度各等级
评价,等级,件数,占比（%）,计分
5,非常满意,1,25.0,10
4,满意,1,25.0,8
3,基本满意,0,0.0,6
2,不满意,1,25.0,3
1,非常不满意,1,25.0,0

群众满意度（好差评）
参评件数,4
好评率（%）,50.0
差评,2
按时整改答复,1
逾期答复,0
未答复,1
差评整改率（%）,50.0
满意度均分,5.25

考核排名
名次,窗口,名称,得分,流动红旗
1,W02,税务窗口,95.00,流动红旗
2,W03,自然资源窗口,95.00,流动红旗
3,W04,住建窗口,95.00,流动红旗
4,W05,社保窗口,95.00,
5,W06,综合受理窗口,95.00,
6,W07,公安窗口,95.00,
7,W08,民政窗口,95.00,
8,W09,卫生健康窗口,95.00,
9,W10,交通运输窗口,95.00,
10,W11,农业农村窗口,95.00,
11,W12,医保窗口,95.00,
12,W01,市场监管窗口,91.00,

办件情况
受理,7
办结,5
办结率（%）,71.4
按时办结,4
超期办结,1
按时办结率（%）,80.0
平均办理工作日,5.6

按办件类别
类别,受理,办结,按时,按时率（%）
即办件,1,1,1,100.0
承诺件,4,2,1,50.0
联办件,0,0,0,
上报件,1,1,1,100.0
退回件,0,0,0,
补办件,1,1,1,100.0

按窗口
窗口,名称,受理,办结,按时,超期,办结率（%）,按时率（%）
W01,市场监管窗口,4,2,1,1,50.0,50.0
W02,税务窗口,0,0,0,0,,
W03,自然资源窗口,1,1,1,0,100.0,100.0
W04,住建窗口,1,1,1,0,100.0,100.0
W05,社保窗口,1,1,1,0,100.0,100.0
W06,综合受理窗口,0,0,0,0,,

超期办件
编号,事项,窗口,申请人,承诺期限,办结,超期工作日,状态
20261009-0001,食品经营许可,W01,张**,2026-10-22,2026-10-26T10:00,2,办结
20261010-0001,食品经营许可,W01,李*,2026-10-23,,5,办理中

各事项办理用时
事项,名称,窗口,承诺时限,办结,平均用时（工作日）,超期
SB02,失业保险金申领,W05,5个工作日,1,3.0,0
SC01,个体工商户设立登记,W01,0个工作日,1,0.0,0
SC02,食品经营许可,W01,10个工作日,1,12.0,1
ZJ01,建筑工程施工许可,W04,7个工作日,1,6.0,0
ZR02,采矿权新立登记,W03,5个工作日,1,7.0,0

时间去向
等待补齐材料（件）,1
等待补齐材料（工作日）,2
暂停计时（件）,1
暂停计时（工作日）,2
上报待批（件）,1
上报待批（工作日）,5

电子监察
等级,发出,撤销,有效
预警,0,0,0
黄牌,2,0,2
红牌,0,0,0
记录,0,0,0

满意度各等级
评价,等级,件数,占比（%）,计分
5,非常满意,1,25.0,10
4,满意,1,25.0,8
3,基本满意,0,0.0,6
2,不满意,1,25.0,3
1,非常不满意,1,25.0,0

群众满意度（好差评）
参评件数,4
好评率（%）,50.0
差评,2
按时整改答复,1
逾期答复,0
未答复,1
差评整改率（%）,50.0
满意度均分,5.25

考核排名
名次,窗口,名称,得分,流动红旗
1,W02,税务窗口,95.00,流动红旗
2,W03,自然资源窗口,95.00,流动红旗
3,W04,住建窗口,95.00,流动红旗
4,W05,社保窗口,95.00,
5,W06,综合受理窗口,95.00,
6,W01,市场监管窗口,91.00,
$ hall report monthly --format json
{
  "report": "monthly",
  "period": {
    "kind": "month",
    "id": "2026-10",
    "from": "2026-10-01",
    "to": "2026-10-31"
  },
  "cases": {
    "received": 7,
    "finished": 5,
    "finish_rate": 71.4,
    "on_time": 4,
    "late": 1,
    "on_time_rate": 80,
    "average_work_days": 5.6,
    "by_class": [
      {
        "received": 1,
        "finished": 1,
        "finish_rate": 100,
        "on_time": 1,
        "late": 0,
        "on_time_rate": 100,
        "average_work_days": 0,
        "class": "instant"
      },
      {
        "received": 4,
        "finished": 2,
        "finish_rate": 50,
        "on_time": 1,
        "late": 1,
        "on_time_rate": 50,
        "average_work_days": 9,
        "class": "promised"
      },
      {
        "received": 0,
        "finished": 0,
        "finish_rate": null,
        "on_time": 0,
        "late": 0,
        "on_time_rate": null,
        "average_work_days": null,
        "class": "joint"
      },
      {
        "received": 1,
        "finished": 1,
        "finish_rate": 100,
        "on_time": 1,
        "late": 0,
        "on_time_rate": 100,
        "average_work_days": 7,
        "class": "upstream"
      },
      {
        "received": 0,
        "finished": 0,
        "finish_rate": null,
        "on_time": 0,
        "late": 0,
        "on_time_rate": null,
        "average_work_days": null,
        "class": "returned"
      },
      {
        "received": 1,
        "finished": 1,
        "finish_rate": 100,
        "on_time": 1,
        "late": 0,
        "on_time_rate": 100,
        "average_work_days": 3,
        "class": "supplement"
      }
    ],
    "by_window": [
      {
        "window": "W01",
        "name": "市场监管窗口",
        "counts": {
          "received": 4,
          "finished": 2,
          "finish_rate": 50,
          "on_time": 1,
          "late": 1,
          "on_time_rate": 50,
          "average_work_days": 6
        }
      },
      {
        "window": "W02",
        "name": "税务窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W03",
        "name": "自然资源窗口",
        "counts": {
          "received": 1,
          "finished": 1,
          "finish_rate": 100,
          "on_time": 1,
          "late": 0,
          "on_time_rate": 100,
          "average_work_days": 7
        }
      },
      {
        "window": "W04",
        "name": "住建窗口",
        "counts": {
          "received": 1,
          "finished": 1,
          "finish_rate": 100,
          "on_time": 1,
          "late": 0,
          "on_time_rate": 100,
          "average_work_days": 6
        }
      },
      {
        "window": "W05",
        "name": "社保窗口",
        "counts": {
          "received": 1,
          "finished": 1,
          "finish_rate": 100,
          "on_time": 1,
          "late": 0,
          "on_time_rate": 100,
          "average_work_days": 3
        }
      },
      {
        "window": "W06",
        "name": "综合受理窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W07",
        "name": "公安窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W08",
        "name": "民政窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W09",
        "name": "卫生健康窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W10",
        "name": "交通运输窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W11",
        "name": "农业农村窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W12",
        "name": "医保窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      }
    ]
  },
  "overdue": [
    {
      "number": "20261009-0001",
      "item": "食品经营许可",
      "window": "W01",
      "applicant": "张**",
      "deadline": "2026-10-22",
      "finished": "2026-10-26T10:00",
      "days_late": 2,
      "state": "finished"
    },
    {
      "number": "20261010-0001",
      "item": "食品经营许可",
      "window": "W01",
      "applicant": "李*",
      "deadline": "2026-10-23",
      "finished": null,
      "days_late": 5,
      "state": "open"
    }
  ],
  "provisional": [],
  "items": [
    {
      "item": "SB02",
      "name": "失业保险金申领",
      "window": "W05",
      "promised_amount": 5,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 3,
      "late": 0
    },
    {
      "item": "SC01",
      "name": "个体工商户设立登记",
      "window": "W01",
      "promised_amount": 0,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 0,
      "late": 0
    },
    {
      "item": "SC02",
      "name": "食品经营许可",
      "window": "W01",
      "promised_amount": 10,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 12,
      "late": 1
    },
    {
      "item": "ZJ01",
      "name": "建筑工程施工许可",
      "window": "W04",
      "promised_amount": 7,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 6,
      "late": 0
    },
    {
      "item": "ZR02",
      "name": "采矿权新立登记",
      "window": "W03",
      "promised_amount": 5,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 7,
      "late": 0
    }
  ],
  "time": {
    "waiting_cases": 1,
    "waiting_days": 2,
    "paused_cases": 1,
    "paused_days": 2,
    "authority_cases": 1,
    "authority_days": 5
  },
  "cards": [
    {
      "level": "warning",
      "issued": 0,
      "revoked": 0
    },
    {
      "level": "yellow",
      "issued": 2,
      "revoked": 0
    },
    {
      "level": "red",
      "issued": 0,
      "revoked": 0
    },
    {
      "level": "record",
      "issued": 0,
      "revoked": 0
    }
  ],
  "satisfaction": {
    "rated": 4,
    "levels": [
      {
        "rating": 5,
        "count": 1,
        "share": 25,
        "points": 10
      },
      {
        "rating": 4,
        "count": 1,
        "share": 25,
        "points": 8
      },
      {
        "rating": 3,
        "count": 0,
        "share": 0,
        "points": 6
      },
      {
        "rating": 2,
        "count": 1,
        "share": 25,
        "points": 3
      },
      {
        "rating": 1,
        "count": 1,
        "share": 25,
        "points": 0
      }
    ],
    "good_rate": 50,
    "bad": 2,
    "answered_on_time": 1,
    "answered_late": 0,
    "unanswered": 1,
    "rectification_rate": 50,
    "average_points": 5.25
  },
  "scores": {
    "profile": "window-flag",
    "ranking": [
      {
        "rank": 1,
        "window": "W02",
        "score": 95,
        "flag": true
      },
      {
        "rank": 2,
        "window": "W03",
        "score": 95,
        "flag": true
      },
      {
        "rank": 3,
        "window": "W04",
        "score": 95,
        "flag": true
      },
      {
        "rank": 4,
        "window": "W05",
        "score": 95,
        "flag": false
      },
      {
        "rank": 5,
        "window": "W06",
        "score": 95,
        "flag": false
      },
      {
        "rank": 6,
        "window": "W07",
        "score": 95,
        "flag": false
      },
      {
        "rank": 7,
        "window": "W08",
        "score": 95,
        "flag": false
      },
      {
        "rank": 8,
        "window": "W09",
        "score": 95,
        "flag": false
      },
      {
        "rank": 9,
        "window": "W10",
        "score": 95,
        "flag": false
      },
      {
        "rank": 10,
        "window": "W11",
        "score": 95,
        "flag": false
      },
      {
        "rank": 11,
        "window": "W12",
        "score": 95,
        "flag": false
      },
      {
        "rank": 12,
        "window": "W01",
        "score": 91,
        "flag": false
      }
    ],
    "alerts": []
  },
  "complete": true
}
$ hall report monthly --format html
<!DOCTYPE html>
<html lang="zh-CN" data-charts="pending">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>行政审批简报：2026 年 10 月</title>
<style>
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
       sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.6em; border-bottom: 3px solid #b22222; padding-bottom: .3em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-left: 4px solid #b22222; padding-left: .5em; }
table { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
th, td { border: 1px solid #c8c8c8; padding: .25em .6em; vertical-align: top; }
th { background: #ececec; }
td.r, th.r { text-align: right; font-variant-numeric: tabular-nums; }
table.record th { text-align: left; font-weight: normal; background: #f6f6f6; }
figure { margin: .6em 0 1em; }
figcaption { font-weight: bold; }
svg.chart text { font-size: 12px; fill: #1a1a1a; }
svg.chart rect.bar { fill: #b22222; }
svg.chart rect.track { fill: #f0f0f0; }
.notes { margin-top: 2em; color: #555; font-size: .9em; }
| @page { size: A4; margin: 15mm 12mm; }
| @media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h1, h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
</style>
<script>window.addEventListener('error', function () {
  document.documentElement.setAttribute('data-charts', 'error');
}, true);</script>
</head>
<body>
<h1>行政审批简报：2026 年 10 月</h1>
<h2>办件情况</h2>
<table class="record"><tbody>
<tr><th>受理</th><td class="r">7</td></tr>
<tr><th>办结</th><td class="r">5</td></tr>
<tr><th>办结率（%）</th><td class="r">71.4</td></tr>
<tr><th>按时办结</th><td class="r">4</td></tr>
<tr><th>超期办结</th><td class="r">1</td></tr>
<tr><th>按时办结率（%）</th><td class="r">80.0</td></tr>
<tr><th>平均办理工作日</th><td class="r">5.6</td></tr>
</tbody></table>
<table><caption>按办件类别</caption>
<thead><tr><th>类别</th><th class="r">受理</th><th class="r">办结</th><th class="r">按时</th><th class="r">按时率（%）</th></tr></thead>
<tbody>
<tr><td>即办件</td><td class="r">1</td><td class="r">1</td><td class="r">1</td><td class="r">100.0</td></tr>
<tr><td>承诺件</td><td class="r">4</td><td class="r">2</td><td class="r">1</td><td class="r">50.0</td></tr>
<tr><td>联办件</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td></tr>
<tr><td>上报件</td><td class="r">1</td><td class="r">1</td><td class="r">1</td><td class="r">100.0</td></tr>
<tr><td>退回件</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td></tr>
<tr><td>补办件</td><td class="r">1</td><td class="r">1</td><td class="r">1</td><td class="r">100.0</td></tr>
</tbody></table>
<figure><figcaption>各窗口受理件数</figcaption>
<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="522" height="244" viewBox="0 0 522 244" role="img" aria-label="各窗口受理件数">
<text x="86" y="15" text-anchor="end">市场监管窗口</text><rect class="track" x="92" y="4" width="360" height="14"/><rect class="bar" x="92" y="4" width="360" height="14"/><text x="456" y="15">4</text>
<text x="86" y="35" text-anchor="end">税务窗口</text><rect class="track" x="92" y="24" width="360" height="14"/><rect class="bar" x="92" y="24" width="0" height="14"/><text x="96" y="35">0</text>
<text x="86" y="55" text-anchor="end">自然资源窗口</text><rect class="track" x="92" y="44" width="360" height="14"/><rect class="bar" x="92" y="44" width="90" height="14"/><text x="186" y="55">1</text>
<text x="86" y="75" text-anchor="end">住建窗口</text><rect class="track" x="92" y="64" width="360" height="14"/><rect class="bar" x="92" y="64" width="90" height="14"/><text x="186" y="75">1</text>
<text x="86" y="95" text-anchor="end">社保窗口</text><rect class="track" x="92" y="84" width="360" height="14"/><rect class="bar" x="92" y="84" width="90" height="14"/><text x="186" y="95">1</text>
<text x="86" y="115" text-anchor="end">综合受理窗口</text><rect class="track" x="92" y="104" width="360" height="14"/><rect class="bar" x="92" y="104" width="0" height="14"/><text x="96" y="115">0</text>
<text x="86" y="135" text-anchor="end">公安窗口</text><rect class="track" x="92" y="124" width="360" height="14"/><rect class="bar" x="92" y="124" width="0" height="14"/><text x="96" y="135">0</text>
<text x="86" y="155" text-anchor="end">民政窗口</text><rect class="track" x="92" y="144" width="360" height="14"/><rect class="bar" x="92" y="144" width="0" height="14"/><text x="96" y="155">0</text>
<text x="86" y="175" text-anchor="end">卫生健康窗口</text><rect class="track" x="92" y="164" width="360" height="14"/><rect class="bar" x="92" y="164" width="0" height="14"/><text x="96" y="175">0</text>
<text x="86" y="195" text-anchor="end">交通运输窗口</text><rect class="track" x="92" y="184" width="360" height="14"/><rect class="bar" x="92" y="184" width="0" height="14"/><text x="96" y="195">0</text>
<text x="86" y="215" text-anchor="end">农业农村窗口</text><rect class="track" x="92" y="204" width="360" height="14"/><rect class="bar" x="92" y="204" width="0" height="14"/><text x="96" y="215">0</text>
<text x="86" y="235" text-anchor="end">医保窗口</text><rect class="track" x="92" y="224" width="360" height="14"/><rect class="bar" x="92" y="224" width="0" height="14"/><text x="96" y="235">0</text>
</svg></figure>
<figure><figcaption>各窗口按时办结率（%）</figcaption>
<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="522" height="84" viewBox="0 0 522 84" role="img" aria-label="各窗口按时办结率（%）">
<text x="86" y="15" text-anchor="end">市场监管窗口</text><rect class="track" x="92" y="4" width="360" height="14"/><rect class="bar" x="92" y="4" width="180" height="14"/><text x="276" y="15">50.0</text>
<text x="86" y="35" text-anchor="end">自然资源窗口</text><rect class="track" x="92" y="24" width="360" height="14"/><rect class="bar" x="92" y="24" width="360" height="14"/><text x="456" y="35">100.0</text>
<text x="86" y="55" text-anchor="end">住建窗口</text><rect class="track" x="92" y="44" width="360" height="14"/><rect class="bar" x="92" y="44" width="360" height="14"/><text x="456" y="55">100.0</text>
<text x="86" y="75" text-anchor="end">社保窗口</text><rect class="track" x="92" y="64" width="360" height="14"/><rect class="bar" x="92" y="64" width="360" height="14"/><text x="456" y="75">100.0</text>
</svg></figure>
<table><caption>按窗口</caption>
<thead><tr><th>窗口</th><th>名称</th><th class="r">受理</th><th class="r">办结</th><th class="r">按时</th><th class="r">超期</th><th class="r">办结率（%）</th><th class="r">按时率（%）</th></tr></thead>
<tbody>
<tr><td>W01</td><td>市场监管窗口</td><td class="r">4</td><td class="r">2</td><td class="r">1</td><td class="r">1</td><td class="r">50.0</td><td class="r">50.0</td></tr>
<tr><td>W02</td><td>税务窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W03</td><td>自然资源窗口</td><td class="r">1</td><td class="r">1</td><td class="r">1</td><td class="r">0</td><td class="r">100.0</td><td class="r">100.0</td></tr>
<tr><td>W04</td><td>住建窗口</td><td class="r">1</td><td class="r">1</td><td class="r">1</td><td class="r">0</td><td class="r">100.0</td><td class="r">100.0</td></tr>
<tr><td>W05</td><td>社保窗口</td><td class="r">1</td><td class="r">1</td><td class="r">1</td><td class="r">0</td><td class="r">100.0</td><td class="r">100.0</td></tr>
<tr><td>W06</td><td>综合受理窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W07</td><td>公安窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W08</td><td>民政窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W09</td><td>卫生健康窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W10</td><td>交通运输窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W11</td><td>农业农村窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
<tr><td>W12</td><td>医保窗口</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">0</td><td class="r">—</td><td class="r">—</td></tr>
</tbody></table>
<h2>超期办件</h2>
<table><caption>超期办件</caption>
<thead><tr><th>编号</th><th>事项</th><th>窗口</th><th>申请人</th><th>承诺期限</th><th>办结</th><th class="r">超期工作日</th><th>状态</th></tr></thead>
<tbody>
<tr><td>20261009-0001</td><td>食品经营许可</td><td>W01</td><td>张**</td><td>2026-10-22</td><td>2026-10-26T10:00</td><td class="r">2</td><td>办结</td></tr>
<tr><td>20261010-0001</td><td>食品经营许可</td><td>W01</td><td>李*</td><td>2026-10-23</td><td>—</td><td class="r">5</td><td>办理中</td></tr>
</tbody></table>
<p>未办结的列期限在本期内届满者，超期工作日算至期末；更早的积压件见 hall case list --overdue。</p>
<h2>暂定期限</h2>
<p>无暂定期限。</p>
<h2>各事项办理用时</h2>
<table><caption>各事项办理用时</caption>
<thead><tr><th>事项</th><th>名称</th><th>窗口</th><th>承诺时限</th><th class="r">办结</th><th class="r">平均用时（工作日）</th><th class="r">超期</th></tr></thead>
<tbody>
<tr><td>SB02</td><td>失业保险金申领</td><td>W05</td><td>5个工作日</td><td class="r">1</td><td class="r">3.0</td><td class="r">0</td></tr>
<tr><td>SC01</td><td>个体工商户设立登记</td><td>W01</td><td>0个工作日</td><td class="r">1</td><td class="r">0.0</td><td class="r">0</td></tr>
<tr><td>SC02</td><td>食品经营许可</td><td>W01</td><td>10个工作日</td><td class="r">1</td><td class="r">12.0</td><td class="r">1</td></tr>
<tr><td>ZJ01</td><td>建筑工程施工许可</td><td>W04</td><td>7个工作日</td><td class="r">1</td><td class="r">6.0</td><td class="r">0</td></tr>
<tr><td>ZR02</td><td>采矿权新立登记</td><td>W03</td><td>5个工作日</td><td class="r">1</td><td class="r">7.0</td><td class="r">0</td></tr>
</tbody></table>
<h2>时间去向</h2>
<table class="record"><tbody>
<tr><th>等待补齐材料（件）</th><td class="r">1</td></tr>
<tr><th>等待补齐材料（工作日）</th><td class="r">2</td></tr>
<tr><th>暂停计时（件）</th><td class="r">1</td></tr>
<tr><th>暂停计时（工作日）</th><td class="r">2</td></tr>
<tr><th>上报待批（件）</th><td class="r">1</td></tr>
<tr><th>上报待批（工作日）</th><td class="r">5</td></tr>
</tbody></table>
<p>本期办结的办件：收件至补齐材料、听证等暂停、上报至上级决定各用去的工作日。</p>
<h2>电子监察</h2>
<table><caption>电子监察</caption>
<thead><tr><th>等级</th><th class="r">发出</th><th class="r">撤销</th><th class="r">有效</th></tr></thead>
<tbody>
<tr><td>预警</td><td class="r">0</td><td class="r">0</td><td class="r">0</td></tr>
<tr><td>黄牌</td><td class="r">2</td><td class="r">0</td><td class="r">2</td></tr>
<tr><td>红牌</td><td class="r">0</td><td class="r">0</td><td class="r">0</td></tr>
<tr><td>记录</td><td class="r">0</td><td class="r">0</td><td class="r">0</td></tr>
</tbody></table>
<h2>群众满意度（好差评）</h2>
<figure><figcaption>满意度各等级占比（%）</figcaption>
<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="508" height="104" viewBox="0 0 508 104" role="img" aria-label="满意度各等级占比（%）">
<text x="72" y="15" text-anchor="end">非常满意</text><rect class="track" x="78" y="4" width="360" height="14"/><rect class="bar" x="78" y="4" width="90" height="14"/><text x="172" y="15">25.0</text>
<text x="72" y="35" text-anchor="end">满意</text><rect class="track" x="78" y="24" width="360" height="14"/><rect class="bar" x="78" y="24" width="90" height="14"/><text x="172" y="35">25.0</text>
<text x="72" y="55" text-anchor="end">基本满意</text><rect class="track" x="78" y="44" width="360" height="14"/><rect class="bar" x="78" y="44" width="0" height="14"/><text x="82" y="55">0.0</text>
<text x="72" y="75" text-anchor="end">不满意</text><rect class="track" x="78" y="64" width="360" height="14"/><rect class="bar" x="78" y="64" width="90" height="14"/><text x="172" y="75">25.0</text>
<text x="72" y="95" text-anchor="end">非常不满意</text><rect class="track" x="78" y="84" width="360" height="14"/><rect class="bar" x="78" y="84" width="90" height="14"/><text x="172" y="95">25.0</text>
</svg></figure>
<table><caption>满意度各等级</caption>
<thead><tr><th class="r">评价</th><th>等级</th><th class="r">件数</th><th class="r">占比（%）</th><th class="r">计分</th></tr></thead>
<tbody>
<tr><td class="r">5</td><td>非常满意</td><td class="r">1</td><td class="r">25.0</td><td class="r">10</td></tr>
<tr><td class="r">4</td><td>满意</td><td class="r">1</td><td class="r">25.0</td><td class="r">8</td></tr>
<tr><td class="r">3</td><td>基本满意</td><td class="r">0</td><td class="r">0.0</td><td class="r">6</td></tr>
<tr><td class="r">2</td><td>不满意</td><td class="r">1</td><td class="r">25.0</td><td class="r">3</td></tr>
<tr><td class="r">1</td><td>非常不满意</td><td class="r">1</td><td class="r">25.0</td><td class="r">0</td></tr>
</tbody></table>
<table class="record"><tbody>
<tr><th>参评件数</th><td class="r">4</td></tr>
<tr><th>好评率（%）</th><td class="r">50.0</td></tr>
<tr><th>差评</th><td class="r">2</td></tr>
<tr><th>按时整改答复</th><td class="r">1</td></tr>
<tr><th>逾期答复</th><td class="r">0</td></tr>
<tr><th>未答复</th><td class="r">1</td></tr>
<tr><th>差评整改率（%）</th><td class="r">50.0</td></tr>
<tr><th>满意度均分</th><td class="r">5.25</td></tr>
</tbody></table>
<p>本期办结办件的评价；均分按 10/8/6/3/0 计（hall rules set satisfaction_points_N）。</p>
<h2>考核与流动红旗（流动红旗评比）</h2>
<figure><figcaption>各窗口考核得分</figcaption>
<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="522" height="244" viewBox="0 0 522 244" role="img" aria-label="各窗口考核得分">
<text x="86" y="15" text-anchor="end">税务窗口</text><rect class="track" x="92" y="4" width="360" height="14"/><rect class="bar" x="92" y="4" width="360" height="14"/><text x="456" y="15">95.00</text>
<text x="86" y="35" text-anchor="end">自然资源窗口</text><rect class="track" x="92" y="24" width="360" height="14"/><rect class="bar" x="92" y="24" width="360" height="14"/><text x="456" y="35">95.00</text>
<text x="86" y="55" text-anchor="end">住建窗口</text><rect class="track" x="92" y="44" width="360" height="14"/><rect class="bar" x="92" y="44" width="360" height="14"/><text x="456" y="55">95.00</text>
<text x="86" y="75" text-anchor="end">社保窗口</text><rect class="track" x="92" y="64" width="360" height="14"/><rect class="bar" x="92" y="64" width="360" height="14"/><text x="456" y="75">95.00</text>
<text x="86" y="95" text-anchor="end">综合受理窗口</text><rect class="track" x="92" y="84" width="360" height="14"/><rect class="bar" x="92" y="84" width="360" height="14"/><text x="456" y="95">95.00</text>
<text x="86" y="115" text-anchor="end">公安窗口</text><rect class="track" x="92" y="104" width="360" height="14"/><rect class="bar" x="92" y="104" width="360" height="14"/><text x="456" y="115">95.00</text>
<text x="86" y="135" text-anchor="end">民政窗口</text><rect class="track" x="92" y="124" width="360" height="14"/><rect class="bar" x="92" y="124" width="360" height="14"/><text x="456" y="135">95.00</text>
<text x="86" y="155" text-anchor="end">卫生健康窗口</text><rect class="track" x="92" y="144" width="360" height="14"/><rect class="bar" x="92" y="144" width="360" height="14"/><text x="456" y="155">95.00</text>
<text x="86" y="175" text-anchor="end">交通运输窗口</text><rect class="track" x="92" y="164" width="360" height="14"/><rect class="bar" x="92" y="164" width="360" height="14"/><text x="456" y="175">95.00</text>
<text x="86" y="195" text-anchor="end">农业农村窗口</text><rect class="track" x="92" y="184" width="360" height="14"/><rect class="bar" x="92" y="184" width="360" height="14"/><text x="456" y="195">95.00</text>
<text x="86" y="215" text-anchor="end">医保窗口</text><rect class="track" x="92" y="204" width="360" height="14"/><rect class="bar" x="92" y="204" width="360" height="14"/><text x="456" y="215">95.00</text>
<text x="86" y="235" text-anchor="end">市场监管窗口</text><rect class="track" x="92" y="224" width="360" height="14"/><rect class="bar" x="92" y="224" width="345" height="14"/><text x="441" y="235">91.00</text>
</svg></figure>
<table><caption>考核排名</caption>
<thead><tr><th class="r">名次</th><th>窗口</th><th>名称</th><th class="r">得分</th><th>流动红旗</th></tr></thead>
<tbody>
<tr><td class="r">1</td><td>W02</td><td>税务窗口</td><td class="r">95.00</td><td>流动红旗</td></tr>
<tr><td class="r">2</td><td>W03</td><td>自然资源窗口</td><td class="r">95.00</td><td>流动红旗</td></tr>
<tr><td class="r">3</td><td>W04</td><td>住建窗口</td><td class="r">95.00</td><td>流动红旗</td></tr>
<tr><td class="r">4</td><td>W05</td><td>社保窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">5</td><td>W06</td><td>综合受理窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">6</td><td>W07</td><td>公安窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">7</td><td>W08</td><td>民政窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">8</td><td>W09</td><td>卫生健康窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">9</td><td>W10</td><td>交通运输窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">10</td><td>W11</td><td>农业农村窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">11</td><td>W12</td><td>医保窗口</td><td class="r">95.00</td><td>—</td></tr>
<tr><td class="r">12</td><td>W01</td><td>市场监管窗口</td><td class="r">91.00</td><td>—</td></tr>
</tbody></table>
<script>(function () {
  var root = document.documentElement;
  if (root.getAttribute('data-charts') === 'error') return;
  var drawn = 0;
  document.querySelectorAll('svg.chart').forEach(function (svg) {
    if (svg.querySelectorAll('rect.bar').length > 0 && svg.getBBox().width > 0) drawn++;
  });
  root.setAttribute('data-charts', String(drawn));
})();</script>
</body>
</html>
$ hall report stats --month 2026-10
行政审批事项统计表：2026 年 10 月
窗口  名称          受理  即办件  承诺件  联办件  上报件  退回件  补办件  办结  按时  超期  办结率（%）  按时率（%）  平均用时
W01   市场监管窗口     4       1       3       0       0       0       0     2     1     1         50.0         50.0       6.0
W02   税务窗口         0       0       0       0       0       0       0     0     0     0            —            —         —
W03   自然资源窗口     1       0       0       0       1       0       0     1     1     0        100.0        100.0       7.0
W04   住建窗口         1       0       1       0       0       0       0     1     1     0        100.0        100.0       6.0
W05   社保窗口         1       0       0       0       0       0       1     1     1     0        100.0        100.0       3.0
W06   综合受理窗口     0       0       0       0       0       0       0     0     0     0            —            —         —
W07   公安窗口         0       0       0       0       0       0       0     0     0     0            —            —         —
W08   民政窗口         0       0       0       0       0       0       0     0     0     0            —            —         —
W09   卫生健康窗口     0       0       0       0       0       0       0     0     0     0            —            —         —
W10   交通运输窗口     0       0       0       0       0       0       0     0     0     0            —            —         —
W11   农业农村窗口     0       0       0       0       0       0       0     0     0     0            —            —         —
W12   医保窗口         0       0       0       0       0       0       0     0     0     0            —            —         —
      合计             7       1       4       0       1       0       1     5     4     1         71.4         80.0       5.6
按类别的受理件数以办件现在的类别计；本表须于 2026-11-02 前报送。
$ hall --lang en report stats --format csv
﻿Statistics by window: 2026-10

Statistics by window
window,name,received,instant,promised,joint,upstream,returned,supplement,finished,on time,late,finished (%),on time (%),average days
W01,市场监管窗口,4,1,3,0,0,0,0,2,1,1,50.0,50.0,6.0
W02,税务窗口,0,0,0,0,0,0,0,0,0,0,,,
W03,自然资源窗口,1,0,0,0,1,0,0,1,1,0,100.0,100.0,7.0
W04,住建窗口,1,0,1,0,0,0,0,1,1,0,100.0,100.0,6.0
W05,社保窗口,1,0,0,0,0,0,1,1,1,0,100.0,100.0,3.0
W06,综合受理窗口,0,0,0,0,0,0,0,0,0,0,,,
W07,公安窗口,0,0,0,0,0,0,0,0,0,0,,,
W08,民政窗口,0,0,0,0,0,0,0,0,0,0,,,
W09,卫生健康窗口,0,0,0,0,0,0,0,0,0,0,,,
W10,交通运输窗口,0,0,0,0,0,0,0,0,0,0,,,
W11,农业农村窗口,0,0,0,0,0,0,0,0,0,0,,,
W12,医保窗口,0,0,0,0,0,0,0,0,0,0,,,
,total,7,1,4,0,1,0,1,5,4,1,71.4,80.0,5.6

Cases received are counted by their class now; this table is due by 2026-11-02.

Statistics by window
window,name,received,instant,promised,joint,upstream,returned,supplement,finished,on time,late,finished (%),on time (%),average days
W01,市场监管窗口,4,1,3,0,0,0,0,2,1,1,50.0,50.0,6.0
W02,税务窗口,0,0,0,0,0,0,0,0,0,0,,,
W03,自然资源窗口,1,0,0,0,1,0,0,1,1,0,100.0,100.0,7.0
W04,住建窗口,1,0,1,0,0,0,0,1,1,0,100.0,100.0,6.0
W05,社保窗口,1,0,0,0,0,0,1,1,1,0,100.0,100.0,3.0
W06,综合受理窗口,0,0,0,0,0,0,0,0,0,0,,,
,total,7,1,4,0,1,0,1,5,4,1,71.4,80.0,5.6

Cases received are counted by their class now; this table is due by 2026-11-02.
$ hall report weekly --week 2026-W43
窗口工作周报：2026 年第 43 周（2026-10-19 至 2026-10-25）
| 
办件情况
受理             1
办结             2
办结率（%）      200.0
按时办结         2
超期办结         0
按时办结率（%）  100.0
平均办理工作日   5.0
类别    受理  办结  按时  按时率（%）
即办件     0     0     0            —
承诺件     1     0     0            —
联办件     0     0     0            —
上报件     0     1     1        100.0
退回件     0     0     0            —
补办件     0     1     1        100.0
窗口  名称          受理  办结  按时  超期  办结率（%）  按时率（%）
W01   市场监管窗口     0     0     0     0            —            —
W02   税务窗口         0     0     0     0            —            —
W03   自然资源窗口     0     1     1     0            —        100.0
W04   住建窗口         1     0     0     0          0.0            —
W05   社保窗口         0     1     1     0            —        100.0
W06   综合受理窗口     0     0     0     0            —            —
W07   公安窗口         0     0     0     0            —            —
W08   民政窗口         0     0     0     0            —            —
W09   卫生健康窗口     0     0     0     0            —            —
W10   交通运输窗口     0     0     0     0            —            —
W11   农业农村窗口     0     0     0     0            —            —
W12   医保窗口         0     0     0     0            —            —
| 
超期办件
编号           事项          窗口  申请人  承诺期限    办结  超期工作日  状态
20261010-0001  食品经营许可  W01   李*     2026-10-23  —              0  办理中
未办结的列期限在本期内届满者，超期工作日算至期末；更早的积压件见 hall case list --overdue。
| 
暂定期限
无暂定期限。
| 
电子监察
等级  发出  撤销  有效
预警     0     0     0
黄牌     0     0     0
红牌     0     0     0
记录     0     0     0
| 
群众满意度（好差评）
评价  等级        件数  占比（%）  计分
   5  非常满意       0        0.0    10
   4  满意           1       50.0     8
   3  基本满意       0        0.0     6
   2  不满意         0        0.0     3
   1  非常不满意     1       50.0     0
参评件数         2
好评率（%）      50.0
差评             1
按时整改答复     1
逾期答复         0
未答复           0
差评整改率（%）  100.0
满意度均分       4.00
本期办结办件的评价；均分按 10/8/6/3/0 计（hall rules set satisfaction_points_N）。
$ hall report yearly --year 2026 --format json
{
  "report": "yearly",
  "period": {
    "kind": "year",
    "id": "2026",
    "from": "2026-01-01",
    "to": "2026-12-31"
  },
  "cases": {
    "received": 7,
    "finished": 5,
    "finish_rate": 71.4,
    "on_time": 4,
    "late": 1,
    "on_time_rate": 80,
    "average_work_days": 5.6,
    "by_class": [
      {
        "received": 1,
        "finished": 1,
        "finish_rate": 100,
        "on_time": 1,
        "late": 0,
        "on_time_rate": 100,
        "average_work_days": 0,
        "class": "instant"
      },
      {
        "received": 4,
        "finished": 2,
        "finish_rate": 50,
        "on_time": 1,
        "late": 1,
        "on_time_rate": 50,
        "average_work_days": 9,
        "class": "promised"
      },
      {
        "received": 0,
        "finished": 0,
        "finish_rate": null,
        "on_time": 0,
        "late": 0,
        "on_time_rate": null,
        "average_work_days": null,
        "class": "joint"
      },
      {
        "received": 1,
        "finished": 1,
        "finish_rate": 100,
        "on_time": 1,
        "late": 0,
        "on_time_rate": 100,
        "average_work_days": 7,
        "class": "upstream"
      },
      {
        "received": 0,
        "finished": 0,
        "finish_rate": null,
        "on_time": 0,
        "late": 0,
        "on_time_rate": null,
        "average_work_days": null,
        "class": "returned"
      },
      {
        "received": 1,
        "finished": 1,
        "finish_rate": 100,
        "on_time": 1,
        "late": 0,
        "on_time_rate": 100,
        "average_work_days": 3,
        "class": "supplement"
      }
    ],
    "by_window": [
      {
        "window": "W01",
        "name": "市场监管窗口",
        "counts": {
          "received": 4,
          "finished": 2,
          "finish_rate": 50,
          "on_time": 1,
          "late": 1,
          "on_time_rate": 50,
          "average_work_days": 6
        }
      },
      {
        "window": "W02",
        "name": "税务窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W03",
        "name": "自然资源窗口",
        "counts": {
          "received": 1,
          "finished": 1,
          "finish_rate": 100,
          "on_time": 1,
          "late": 0,
          "on_time_rate": 100,
          "average_work_days": 7
        }
      },
      {
        "window": "W04",
        "name": "住建窗口",
        "counts": {
          "received": 1,
          "finished": 1,
          "finish_rate": 100,
          "on_time": 1,
          "late": 0,
          "on_time_rate": 100,
          "average_work_days": 6
        }
      },
      {
        "window": "W05",
        "name": "社保窗口",
        "counts": {
          "received": 1,
          "finished": 1,
          "finish_rate": 100,
          "on_time": 1,
          "late": 0,
          "on_time_rate": 100,
          "average_work_days": 3
        }
      },
      {
        "window": "W06",
        "name": "综合受理窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W07",
        "name": "公安窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W08",
        "name": "民政窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W09",
        "name": "卫生健康窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W10",
        "name": "交通运输窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W11",
        "name": "农业农村窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      },
      {
        "window": "W12",
        "name": "医保窗口",
        "counts": {
          "received": 0,
          "finished": 0,
          "finish_rate": null,
          "on_time": 0,
          "late": 0,
          "on_time_rate": null,
          "average_work_days": null
        }
      }
    ]
  },
  "months": [
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-01"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-02"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-03"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-04"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-05"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-06"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-07"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-08"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-09"
    },
    {
      "received": 7,
      "finished": 5,
      "finish_rate": 71.4,
      "on_time": 4,
      "late": 1,
      "on_time_rate": 80,
      "average_work_days": 5.6,
      "month": "2026-10"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-11"
    },
    {
      "received": 0,
      "finished": 0,
      "finish_rate": null,
      "on_time": 0,
      "late": 0,
      "on_time_rate": null,
      "average_work_days": null,
      "month": "2026-12"
    }
  ],
  "items": [
    {
      "item": "SB02",
      "name": "失业保险金申领",
      "window": "W05",
      "promised_amount": 5,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 3,
      "late": 0
    },
    {
      "item": "SC01",
      "name": "个体工商户设立登记",
      "window": "W01",
      "promised_amount": 0,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 0,
      "late": 0
    },
    {
      "item": "SC02",
      "name": "食品经营许可",
      "window": "W01",
      "promised_amount": 10,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 12,
      "late": 1
    },
    {
      "item": "ZJ01",
      "name": "建筑工程施工许可",
      "window": "W04",
      "promised_amount": 7,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 6,
      "late": 0
    },
    {
      "item": "ZR02",
      "name": "采矿权新立登记",
      "window": "W03",
      "promised_amount": 5,
      "promised_unit": "workdays",
      "finished": 1,
      "average_work_days": 7,
      "late": 0
    }
  ],
  "time": {
    "waiting_cases": 1,
    "waiting_days": 2,
    "paused_cases": 1,
    "paused_days": 2,
    "authority_cases": 1,
    "authority_days": 5
  },
  "cards": [
    {
      "level": "warning",
      "issued": 0,
      "revoked": 0
    },
    {
      "level": "yellow",
      "issued": 2,
      "revoked": 0
    },
    {
      "level": "red",
      "issued": 0,
      "revoked": 0
    },
    {
      "level": "record",
      "issued": 0,
      "revoked": 0
    }
  ],
  "satisfaction": {
    "rated": 4,
    "levels": [
      {
        "rating": 5,
        "count": 1,
        "share": 25,
        "points": 10
      },
      {
        "rating": 4,
        "count": 1,
        "share": 25,
        "points": 8
      },
      {
        "rating": 3,
        "count": 0,
        "share": 0,
        "points": 6
      },
      {
        "rating": 2,
        "count": 1,
        "share": 25,
        "points": 3
      },
      {
        "rating": 1,
        "count": 1,
        "share": 25,
        "points": 0
      }
    ],
    "good_rate": 50,
    "bad": 2,
    "answered_on_time": 1,
    "answered_late": 0,
    "unanswered": 1,
    "rectification_rate": 50,
    "average_points": 5.25
  },
  "scores": {
    "profile": "window-flag",
    "ranking": [
      {
        "rank": 1,
        "window": "W02",
        "score": 1045,
        "flags": 11,
        "months": 11
      },
      {
        "rank": 2,
        "window": "W03",
        "score": 1045,
        "flags": 11,
        "months": 11
      },
      {
        "rank": 3,
        "window": "W04",
        "score": 1045,
        "flags": 1,
        "months": 11
      },
      {
        "rank": 4,
        "window": "W05",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 5,
        "window": "W06",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 6,
        "window": "W07",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 7,
        "window": "W08",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 8,
        "window": "W09",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 9,
        "window": "W10",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 10,
        "window": "W11",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 11,
        "window": "W12",
        "score": 1045,
        "flags": 0,
        "months": 11
      },
      {
        "rank": 12,
        "window": "W01",
        "score": 1041,
        "flags": 10,
        "months": 11
      }
    ],
    "alerts": []
  },
  "complete": false
}
$ hall report monthly --format xlsx
! hall: xlsx 格式须用 --out FILE 写入文件，不能输出到屏幕
? 2
$ hall report monthly --month 2026-12
! hall: 2026 年 12 月 尚未开始，无从通报
? 1
$ hall report monthly --month 2026-13
! hall: --month：'2026-13' 不是 YYYY-MM 形式的月份
? 2
$ hall report weekly --week 2026-W54
! hall: --week：'2026-W54' 不是 YYYY-Www 形式的 ISO 周（如 2026-W44）
? 2
# A cron line writes the bulletin once to each file, in the format its extension names.
$ hall report monthly --month 2026-10 --out 简报.html --out 简报.csv --out 简报.xlsx
已写入 简报.html
已写入 简报.csv
已写入 简报.xlsx
$ hall report monthly --month 2026-10 --out 简报.html --out 简报.csv --quiet
$ hall report monthly --month 2026-10 --format csv --out 简报.html --out 简报.csv
! hall: --format 不能与多个 --out 同用：每个文件的格式由其扩展名决定
? 2
$ hall --lang en report monthly --month 2026-10 --out bulletin.html --out bulletin.pdf
! hall: --out bulletin.pdf: with several --out, the extension must be .html, .csv, .xlsx, .md, .json or .txt
? 2
