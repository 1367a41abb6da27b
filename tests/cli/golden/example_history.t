# hall init --example: the county hall of data/example with four months of cases, punches,
# leave, complaints and events made from a fixed seed, so that October's ranking is worth
# reading on a fresh machine.
$ hall init --example
已建立存储 hall.db（结构版本 11），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
已生成示例大厅 2026-07-01 至 2026-10-31 的办件历史（种子 20261031）：办件 2523 件，其中超期 44 件；考核事件 94 条，红黄牌 62 张；考勤打卡 11859 次，请假 44 次，投诉 21 件
$ sql SELECT count(*), min(received), max(received) FROM "case"
2523|2026-07-01T09:14|2026-10-30T17:15
$ sql SELECT max(at) FROM case_step
2026-10-30T17:44
$ hall score --month 2026-10
2026-10 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W04   93.8  流动红旗         3  —
   2  W03   91.3  流动红旗         3  —
   3  W05   91.1  流动红旗         1  —
   4  W12     89  —                4  —
   5  W07   88.1  —                4  —
   6  W02   87.3  —                6  —
   7  W06   86.3  —                5  —
   8  W09   85.9  —                3  —
   9  W08   84.8  —                6  —
  10  W10   84.7  —                4  —
  11  W11   80.6  —                6  —
  12  W01   79.7  —                9  —
警示：
警示        人员  窗口  原因                                依据
退回原单位  S102  W01   迟到或早退 3 次（含）以上：本月3次  attendance S102 2026-10-20, attendance S102 2026-10-20, attendance S102 2026-10-21 · 004 十二 1
退回原单位  S603  W06   迟到或早退 3 次（含）以上：本月3次  attendance S603 2026-10-21, attendance S603 2026-10-28, attendance S603 2026-10-30 · 004 十二 1
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
# The time clock's log of each working day, imported as `hall attendance import` imports a file.
$ sql SELECT count(*), min(file), max(file), sum(added) FROM punch_import
84|timeclock-2026-07-01.csv|timeclock-2026-10-30.csv|11859
$ hall attendance report --month 2026-10
2026-10 考勤情况（由打卡和请假推算）
日期        窗口  人员   情形                 分钟  天数  说明            来源
2026-10-08  W08   S802   off_post 脱岗          75     —  pm 16:17–17:32  attendance S802 2026-10-08
2026-10-12  W04   S402   missed_punch 漏打卡     —     —  am out          attendance S402 2026-10-12
2026-10-12  W08   S802   missed_punch 漏打卡     —     —  am in           attendance S802 2026-10-12
2026-10-13  W10   S1003  missed_punch 漏打卡     —     —  pm out          attendance S1003 2026-10-13
2026-10-13  W01   S101   off_post 脱岗          23     —  am 09:08–09:31  attendance S101 2026-10-13
2026-10-14  W02   S203   missed_punch 漏打卡     —     —  am out          attendance S203 2026-10-14
2026-10-14  W08   S801   missed_punch 漏打卡     —     —  pm in           attendance S801 2026-10-14
2026-10-15  W08   S802   early 早退             50     —  pm out 17:10    attendance S802 2026-10-15
2026-10-16  W08   S803   early 早退             20     —  pm out 17:40    attendance S803 2026-10-16
2026-10-19  W10   S1002  late 迟到              38     —  pm in 15:08     attendance S1002 2026-10-19
2026-10-20  W01   S102   early 早退              6     —  am out 11:54    attendance S102 2026-10-20
2026-10-20  W01   S102   early 早退             35     —  pm out 17:25    attendance S102 2026-10-20
2026-10-20  W12   S1204  missed_punch 漏打卡     —     —  am in           attendance S1204 2026-10-20
2026-10-21  W01   S102   late 迟到              16     —  pm in 14:46     attendance S102 2026-10-21
2026-10-21  W06   S603   early 早退             42     —  am out 11:18    attendance S603 2026-10-21
2026-10-23  W09   S902   absent 旷工             —     1  am+pm           attendance S902 2026-10-23
2026-10-26  W10   S1003  late 迟到              10     —  am in 08:40     attendance S1003 2026-10-26
2026-10-26  W01   S101   late 迟到               1     —  pm in 14:31     attendance S101 2026-10-26
2026-10-26  W01   S103   off_post 脱岗          54     —  am 10:47–11:41  attendance S103 2026-10-26
2026-10-26  W02   S202   off_post 脱岗          80     —  am 08:54–10:14  attendance S202 2026-10-26
2026-10-26  W02   S202   missed_punch 漏打卡     —     —  pm out          attendance S202 2026-10-26
2026-10-26  W09   S903   early 早退             15     —  am out 11:45    attendance S903 2026-10-26
2026-10-27  W09   S903   missed_punch 漏打卡     —     —  am in           attendance S903 2026-10-27
2026-10-28  W06   S602   late 迟到              40     —  pm in 15:10     attendance S602 2026-10-28
2026-10-28  W06   S603   late 迟到              10     —  pm in 14:40     attendance S603 2026-10-28
2026-10-29  W02   S203   late 迟到              31     —  am in 09:01     attendance S203 2026-10-29
2026-10-30  W10   S1002  late 迟到              45     —  pm in 15:15     attendance S1002 2026-10-30
2026-10-30  W06   S603   late 迟到               2     —  am in 08:32     attendance S603 2026-10-30
共 28 条
$ hall leave list --month 2026-10
编号  人员   窗口  假别        开始              结束              天数  批准                              顶岗
  36  S302   W03   事假        2026-10-08T08:30  2026-10-08T18:00     1  政务服务中心（中心主任）          —
  37  S1102  W11   年休假      2026-10-09T08:30  2026-10-12T18:00     3  所在单位和中心（派驻单位负责人）  —
  38  S303   W03   事假        2026-10-09T08:30  2026-10-09T18:00     1  政务服务中心（中心主任）          —
  39  S101   W01   病假        2026-10-09T08:30  2026-10-09T18:00     1  政务服务中心（中心主任）          S104
  40  S202   W02   病假        2026-10-09T08:30  2026-10-09T18:00     1  政务服务中心（中心主任）          —
  35  S1001  W10   年休假      2026-10-10T08:30  2026-10-14T18:00     4  县政府办公室（县政府办公室主任）  —
  41  S903   W09   年休假      2026-10-14T08:30  2026-10-15T18:00     2  所在单位和中心（派驻单位负责人）  —
  42  S401   W04   年休假      2026-10-20T08:30  2026-10-23T18:00     4  县政府办公室（县政府办公室主任）  —
  43  S201   W02   培训、研究  2026-10-27T08:30  2026-10-28T18:00     2  所在单位和中心（派驻单位负责人）  —
  44  S301   W03   病假        2026-10-27T08:30  2026-10-28T18:00     2  所在单位和中心（派驻单位负责人）  —
共 10 条请假
$ hall complaint list --month 2026-10
编号  收到              窗口  人员  来源  类别       答复期限    状态              问题
  19  2026-10-12T09:43  W02   S202  oral  complex    2026-10-19  已查实，已答复    工作人员离岗，窗口长时间无人
  20  2026-10-22T12:57  W11   —     city  forwarded  2026-10-29  不予认定，已答复  办件超过承诺时限未办结，也未告知原因
  21  2026-10-26T11:53  W07   S703  oral  forwarded  2026-11-02  待核实，已答复    工作人员未在承诺时限内办结
共 3 件投诉
$ hall score --month 2026-10 --explain W01
2026-10 window-flag：W01 第 12 名，79.7 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：2/10
  -1  脱岗：23 分钟（S101）；am 09:08–09:31                    attendance S101 2026-10-13  004 十 3 ②；SCORING F1
  -1  早退：本月第1次（迟到、早退合计）（S102）；am out 11:54  attendance S102 2026-10-20  004 十 3 ②
  -2  早退：本月第2次（迟到、早退合计）（S102）；pm out 17:25  attendance S102 2026-10-20  004 十 3 ②
  -2  迟到：本月第3次（迟到、早退合计）（S102）；pm in 14:46   attendance S102 2026-10-21  004 十 3 ②
  -1  迟到：本月第1次（迟到、早退合计）（S101）；pm in 14:31   attendance S101 2026-10-26  004 十 3 ②
  -1  脱岗：54 分钟（S103）；am 10:47–11:41                    attendance S103 2026-10-26  004 十 3 ②；SCORING F1
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：26.7/30
  -3.3  评议小组百分评议：89 × 0.3 = 26.7（满分 30）  event 83  004 十 3 ⑦
satisfaction 办公效率、服务质量、群众满意度：10/10
platform 按时按质启用协同办公平台：6/10
  -2  电子监察黄牌；card 281          case 20261020-0028  004 十 3 ⑨；SCORING F8
  -2  电子监察黄牌（S102）；card 297  case 20261015-0008  004 十 3 ⑨；SCORING F8
publicity 信息刊用：0/5
警示：
警示        人员  窗口  原因                                依据
退回原单位  S102  W01   迟到或早退 3 次（含）以上：本月3次  attendance S102 2026-10-20, attendance S102 2026-10-20, attendance S102 2026-10-21 · 004 十二 1
$ hall score --month 2026-10 --explain W02
2026-10 window-flag：W02 第 6 名，87.3 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：6/10
  -3  脱岗：80 分钟，超过 60 分钟（S202）；am 08:54–10:14     attendance S202 2026-10-26  004 十 3 ②；SCORING F1
  -1  迟到：本月第1次（迟到、早退合计）（S203）；am in 09:01  attendance S203 2026-10-29  004 十 3 ②
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：24.3/30
  -5.7  评议小组百分评议：81 × 0.3 = 24.3（满分 30）  event 84  004 十 3 ⑦
satisfaction 办公效率、服务质量、群众满意度：9/10
  -1  群众口头投诉（S202）；工作人员离岗，窗口长时间无人  complaint 19  004 十 3 ⑧（赞扬读作投诉）
platform 按时按质启用协同办公平台：8/10
  -2  电子监察黄牌（S201）；card 246  case 20260922-0004  004 十 3 ⑨；SCORING F8
publicity 信息刊用：5/5
  +5  群众感谢信（S202）；群众来信致谢  event 82  004 十 3 ⑩
$ hall init --example
存储 hall.db 已经建立（结构版本 11），没有改动
