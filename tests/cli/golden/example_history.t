# hall init --example: the county hall of data/example with four months of cases, punches,
# leave, complaints and events made from a fixed seed, so that October's ranking is worth
# reading on a fresh machine.
$ hall init --example
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
已生成示例大厅 2026-07-01 至 2026-10-31 的办件历史（种子 20261031）：办件 2504 件，其中超期 42 件；考核事件 87 条，红黄牌 59 张；考勤打卡 11720 次，请假 55 次，投诉 15 件
$ sql SELECT count(*), min(received), max(received) FROM "case"
2504|2026-07-01T09:14|2026-10-30T17:05
$ sql SELECT max(at) FROM case_step
2026-10-30T17:44
$ hall score --month 2026-10
2026-10 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W10   96.5  流动红旗         3  —
   2  W08   95.5  流动红旗         4  —
   3  W09   91.4  流动红旗         3  —
   4  W04   89.6  —                7  —
   5  W03   88.9  —                4  —
   6  W06   87.9  —                2  —
   7  W07   87.3  —                5  —
   8  W02   85.2  —                5  —
   9  W12   84.4  —                3  —
  10  W01   81.6  —               10  —
  11  W11   81.3  —                5  —
  12  W05   79.5  —                7  —
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
# The time clock's log of each working day, imported as `hall attendance import` imports a file.
$ sql SELECT count(*), min(file), max(file), sum(added) FROM punch_import
84|timeclock-2026-07-01.csv|timeclock-2026-10-30.csv|11720
$ hall attendance report --month 2026-10
2026-10 考勤情况（由打卡和请假推算）
日期        窗口  人员   情形                 分钟  天数  说明            来源
2026-10-09  W01   S101   late 迟到              39     —  am in 09:09     attendance S101 2026-10-09
2026-10-10  W01   S103   off_post 脱岗          31     —  am 08:32–09:03  attendance S103 2026-10-10
2026-10-10  W05   S501   late 迟到              43     —  am in 09:13     attendance S501 2026-10-10
2026-10-12  W03   S301   early 早退             45     —  am out 11:15    attendance S301 2026-10-12
2026-10-13  W10   S1001  missed_punch 漏打卡     —     —  am out          attendance S1001 2026-10-13
2026-10-13  W12   S1203  missed_punch 漏打卡     —     —  am in           attendance S1203 2026-10-13
2026-10-13  W04   S403   late 迟到               7     —  pm in 14:37     attendance S403 2026-10-13
2026-10-15  W01   S101   early 早退              9     —  pm out 17:51    attendance S101 2026-10-15
2026-10-16  W08   S803   late 迟到              28     —  am in 08:58     attendance S803 2026-10-16
2026-10-19  W05   S501   late 迟到              32     —  am in 09:02     attendance S501 2026-10-19
2026-10-21  W01   S102   late 迟到              22     —  am in 08:52     attendance S102 2026-10-21
2026-10-22  W07   S704   late 迟到              38     —  pm in 15:08     attendance S704 2026-10-22
2026-10-26  W09   S901   late 迟到               3     —  pm in 14:33     attendance S901 2026-10-26
2026-10-27  W11   S1101  missed_punch 漏打卡     —     —  pm out          attendance S1101 2026-10-27
2026-10-27  W07   S702   early 早退             15     —  am out 11:45    attendance S702 2026-10-27
2026-10-28  W07   S702   late 迟到              12     —  pm in 14:42     attendance S702 2026-10-28
2026-10-29  W03   S301   late 迟到              40     —  pm in 15:10     attendance S301 2026-10-29
2026-10-29  W03   S302   late 迟到              10     —  pm in 14:40     attendance S302 2026-10-29
2026-10-30  W11   S1101  late 迟到              23     —  am in 08:53     attendance S1101 2026-10-30
共 19 条
$ hall leave list --month 2026-10
编号  人员   窗口  假别        开始              结束              天数  批准                              顶岗
  47  S1102  W11   病假        2026-10-08T08:30  2026-10-09T18:00     2  所在单位和中心（派驻单位负责人）  —
  44  S202   W02   年休假      2026-10-10T08:30  2026-10-14T18:00     4  县政府办公室（县政府办公室主任）  —
  45  S401   W04   年休假      2026-10-10T08:30  2026-10-14T18:00     4  县政府办公室（县政府办公室主任）  —
  46  S702   W07   年休假      2026-10-12T08:30  2026-10-15T18:00     4  县政府办公室（县政府办公室主任）  —
  48  S802   W08   年休假      2026-10-15T08:30  2026-10-21T18:00     5  县政府办公室（县政府办公室主任）  —
  50  S203   W02   培训、研究  2026-10-16T08:30  2026-10-20T18:00     3  所在单位和中心（派驻单位负责人）  —
  49  S402   W04   培训、研究  2026-10-19T08:30  2026-10-20T18:00     2  所在单位和中心（派驻单位负责人）  —
  51  S803   W08   年休假      2026-10-22T08:30  2026-10-26T18:00     3  所在单位和中心（派驻单位负责人）  —
  53  S1102  W11   培训、研究  2026-10-28T08:30  2026-10-29T18:00     2  所在单位和中心（派驻单位负责人）  —
  52  S704   W07   事假        2026-10-29T08:30  2026-10-29T18:00     1  政务服务中心（中心主任）          —
  54  S1204  W12   病假        2026-10-29T08:30  2026-10-29T18:00     1  政务服务中心（中心主任）          —
  55  S902   W09   病假        2026-10-30T08:30  2026-10-30T18:00     1  政务服务中心（中心主任）          —
共 12 条请假
$ hall complaint list --month 2026-10
编号  收到              窗口  人员  来源  类别       答复期限    状态              问题
  13  2026-10-13T12:04  W01   S102  oral  forwarded  2026-10-20  不予认定，已答复  工作人员未在承诺时限内办结
  15  2026-10-26T13:16  W07   —     oral  ordinary   2026-10-27  已查实，已答复    排队时间过长，无人引导
  14  2026-10-26T14:56  W01   —     oral  complex    2026-11-02  已查实，已答复    窗口午休前提前停止受理
共 3 件投诉
$ hall score --month 2026-10 --explain W01
2026-10 window-flag：W01 第 10 名，81.6 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：5/10
  -1  迟到：本月第1次（迟到、早退合计）（S101）；am in 09:09   attendance S101 2026-10-09  004 十 3 ②
  -1  脱岗：31 分钟（S103）；am 08:32–09:03                    attendance S103 2026-10-10  004 十 3 ②；SCORING F1
  -2  早退：本月第2次（迟到、早退合计）（S101）；pm out 17:51  attendance S101 2026-10-15  004 十 3 ②
  -1  迟到：本月第1次（迟到、早退合计）（S102）；am in 08:52   attendance S102 2026-10-21  004 十 3 ②
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：4.5/5
  -0.5  值班检查发现不卫生；窗口台面杂乱  event 74  004 十 3 ④
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：29.1/30
  -0.9  评议小组百分评议：97 × 0.3 = 29.1（满分 30）  event 76  004 十 3 ⑦
satisfaction 办公效率、服务质量、群众满意度：9/10
  -1  群众口头投诉；窗口午休前提前停止受理  complaint 14  004 十 3 ⑧（赞扬读作投诉）
platform 按时按质启用协同办公平台：4/10
  -2  电子监察黄牌；card 188  case 20261010-0018  004 十 3 ⑨；SCORING F8
  -2  电子监察黄牌；card 205  case 20261016-0020  004 十 3 ⑨；SCORING F8
  -2  电子监察黄牌；card 225  case 20261022-0010  004 十 3 ⑨；SCORING F8
publicity 信息刊用：0/5
$ hall init --example
存储 hall.db 已经建立（结构版本 12），没有改动
