# Leave (004 七 二)): approval by length, monthly quotas, stand-ins (顶岗, AB岗), and leave
# covering what the punches would otherwise make absence.
@copy hall6.toml
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall item import hall6.toml
已导入 hall6.toml：新窗口 6 个，新工作人员 9 名，事项 1 项
@copy punches-gbk.csv
$ hall attendance import punches-gbk.csv
文件                punches-gbk.csv
编码                GB18030
打卡记录            29
新增                29
已有（未重复导入）  0
最早日期            2026-10-14
最晚日期            2026-10-14
# S601 punched no morning on 2026-10-14: half a day absent, until sick leave covers it. W06
# has one clerk and no stand-in was named: leave_no_standin.
$ hall attendance report --month 2026-10 --staff S601
2026-10 考勤情况（由打卡和请假推算）
日期        窗口  人员  情形         分钟  天数  说明  来源
2026-10-14  W06   S601  absent 旷工     —   0.5  am    attendance S601 2026-10-14
共 1 条
$ hall leave add --staff S601 --from 2026-10-14T08:30 --to 2026-10-14T12:00 --kind sick --approval centre --approved-by 值班员张
已登记请假 1：S601 病假，2026-10-14T08:30 至 2026-10-14T12:00，0.5 天，政务服务中心批准（值班员张）
窗口 W06 只有一名工作人员，请假未安排顶岗（AB岗）：记为 leave_no_standin，按天扣分
$ hall attendance report --month 2026-10 --staff S601
2026-10 考勤情况（由打卡和请假推算）
日期        窗口  人员  情形                                 分钟  天数  说明                                    来源
2026-10-14  W06   S601  leave_no_standin 单人窗口请假未顶岗     —   0.5  sick 2026-10-14T08:30–2026-10-14T12:00  leave 1
共 1 条
# Five working days need the county office (3天以上7天以内).
$ hall leave add --staff S102 --from 2026-10-19 --to 2026-10-23 --approval unit --approved-by 局长
! hall: 请假 5 天须由县政府办公室批准（004 七 二）），登记的是所在单位和中心
? 1
$ hall --lang en leave add --staff S102 --from 2026-10-19 --to 2026-10-23 --approval county_office --approved-by 县府办
! hall: S102's leave in 2026-10 would reach 5 days in 1 leave, over the monthly quota of 3 days or 3 times for a window clerk (004, leave rules 9)
? 1
$ hall --lang en leave add --staff S102 --from 2026-10-19 --to 2026-10-23 --kind annual --approval county_office --approved-by 县府办
recorded leave 2: S102, annual leave, 2026-10-19T00:00 to 2026-10-23T23:59, 5 days, approved by the county office (县府办)
$ hall leave add --staff S101 --from 2026-10-26 --to 2026-10-27 --approval unit --approved-by 局长 --standin S102 --note 家中有事
已登记请假 3：S101 事假，2026-10-26T00:00 至 2026-10-27T23:59，2 天，所在单位和中心批准（局长）
$ hall leave add --staff S101 --from 2026-10-28 --to 2026-10-28 --approval centre --approved-by 值班员张 --standin S102
已登记请假 4：S101 事假，2026-10-28T00:00 至 2026-10-28T23:59，1 天，政务服务中心批准（值班员张）
$ hall leave add --staff S101 --from 2026-10-29 --to 2026-10-29 --approval centre --approved-by 值班员张
已登记请假 5：S101 事假，2026-10-29T00:00 至 2026-10-29T23:59，1 天，政务服务中心批准（值班员张）
$ hall leave add --staff S401 --from 2026-10-20 --to 2026-10-20 --approval centre --approved-by 值班员张 --standin S102
! hall: 顶岗人员 S102 在 2026-10-19T00:00 至 2026-10-23T23:59 也在请假（请假 2）
? 1
$ hall leave add --staff S401 --from 2026-10-20 --to 2026-10-19 --approval centre --approved-by 值班员张
! hall: 请假结束 2026-10-19T23:59 早于开始 2026-10-20T00:00
? 2
$ hall leave add --staff S401 --from 2026-10-24 --to 2026-10-25 --approval centre --approved-by 值班员张
! hall: 2026-10-24T00:00 至 2026-10-25T23:59 没有工作时段：不需要请假
? 1
$ hall leave list
编号  人员  窗口  假别    开始              结束              天数  批准                      顶岗
   1  S601  W06   病假    2026-10-14T08:30  2026-10-14T12:00   0.5  政务服务中心（值班员张）  无（单人窗口）
   2  S102  W01   年休假  2026-10-19T00:00  2026-10-23T23:59     5  县政府办公室（县府办）    —
   3  S101  W01   事假    2026-10-26T00:00  2026-10-27T23:59     2  所在单位和中心（局长）    S102
   4  S101  W01   事假    2026-10-28T00:00  2026-10-28T23:59     1  政务服务中心（值班员张）  S102
   5  S101  W01   事假    2026-10-29T00:00  2026-10-29T23:59     1  政务服务中心（值班员张）  —
共 5 条请假
$ hall --json leave list --staff S601
[
  {
    "id": 1,
    "staff": "S601",
    "window": "W06",
    "from": "2026-10-14T08:30",
    "to": "2026-10-14T12:00",
    "kind": "sick",
    "days": 0.5,
    "approval": "centre",
    "approved_by": "值班员张",
    "standin": null,
    "single_clerk": true,
    "no_standin": true,
    "note": "",
    "recorded_at": "2026-11-24T09:30"
  }
]
$ hall --lang en leave list --month 2026-10 --window W01
id  staff  window  kind            from              to                days  approved                        stand-in
 2  S102   W01     annual leave    2026-10-19T00:00  2026-10-23T23:59     5  the county office (县府办)      —
 3  S101   W01     personal leave  2026-10-26T00:00  2026-10-27T23:59     2  the unit and the centre (局长)  S102
 4  S101   W01     personal leave  2026-10-28T00:00  2026-10-28T23:59     1  the centre (值班员张)           S102
 5  S101   W01     personal leave  2026-10-29T00:00  2026-10-29T23:59     1  the centre (值班员张)           —
4 leaves
$ hall score --month 2026-10 --profile staff --staff --explain S601
2026-10 staff：S601 (W06) 第 9 名，99 分
schedule 作息规范：19/20
  -1  单人窗口请假未顶岗：0.5 天；sick 2026-10-14T08:30–2026-10-14T12:00  leave 1  004 十一(一)4
service 服务标准：30/30
hygiene_safety 卫生安全：20/20
integrity 廉洁勤政：10/10
performance 工作绩效：20/20
