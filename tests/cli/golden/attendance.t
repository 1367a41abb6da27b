# Attendance (004 七、考勤规范): a time clock's punch log imported in the encodings Chinese
# offices write (UTF-8, UTF-8 with BOM, GBK), each punch stored once; what the punches give
# per staff member and working day, and what it costs in the monthly score.
@copy hall6.toml
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall item import hall6.toml
已导入 hall6.toml：新窗口 6 个，新工作人员 9 名，事项 1 项
@copy punches-utf8.csv
$ hall attendance import punches-utf8.csv
文件                punches-utf8.csv
编码                UTF-8
打卡记录            32
新增                32
已有（未重复导入）  0
最早日期            2026-10-12
最晚日期            2026-10-12
# The same file again changes nothing.
$ hall attendance import punches-utf8.csv
文件                punches-utf8.csv
编码                UTF-8
打卡记录            32
新增                0
已有（未重复导入）  32
最早日期            2026-10-12
最晚日期            2026-10-12
没有新的打卡记录：存储未改变
@copy punches-bom.csv
$ hall --lang en attendance import punches-bom.csv
file            punches-bom.csv
encoding        UTF-8 (BOM)
punches         34
new             34
already stored  0
first day       2026-10-13
last day        2026-10-13
@copy punches-gbk.csv
$ hall --json attendance import punches-gbk.csv
{
  "file": "punches-gbk.csv",
  "encoding": "GB18030",
  "rows": 29,
  "added": 29,
  "duplicates": 0,
  "first": "2026-10-14",
  "last": "2026-10-14",
  "import": 3
}
$ sql SELECT count(*), count(DISTINCT import_id) FROM punch
95|3
$ hall attendance report --month 2026-10
2026-10 考勤情况（由打卡和请假推算）
日期        窗口  人员  情形                 分钟  天数  说明            来源
2026-10-12  W01   S101  late 迟到              11     —  am in 08:41     attendance S101 2026-10-12
2026-10-13  W01   S101  late 迟到               5     —  am in 08:35     attendance S101 2026-10-13
2026-10-13  W01   S102  off_post 脱岗          70     —  am 10:00–11:10  attendance S102 2026-10-13
2026-10-14  W02   S201  early 早退             20     —  pm out 17:40    attendance S201 2026-10-14
2026-10-14  W03   S301  missed_punch 漏打卡     —     —  am out          attendance S301 2026-10-14
2026-10-14  W06   S601  absent 旷工             —   0.5  am              attendance S601 2026-10-14
共 6 条
$ hall --lang en attendance report --month 2026-10 --window W01
attendance in 2026-10 (derived from punches and leave)
date        window  staff  kind                 minutes  days  note            source
2026-10-12  W01     S101   late (late)               11     —  am in 08:41     attendance S101 2026-10-12
2026-10-13  W01     S101   late (late)                5     —  am in 08:35     attendance S101 2026-10-13
2026-10-13  W01     S102   off_post (off post)       70     —  am 10:00–11:10  attendance S102 2026-10-13
3 findings
$ hall --json attendance report --month 2026-10 --staff S102
[
  {
    "date": "2026-10-13",
    "window": "W01",
    "staff": "S102",
    "kind": "off_post",
    "minutes": 70,
    "days": null,
    "note": "am 10:00–11:10",
    "source": "attendance S102 2026-10-13"
  }
]
# Two lates and a 70-minute off post in one month: 004 十 3 ② scores 10 − 1 − 2 − 3 = 4.
$ hall score --month 2026-10 --explain W01
2026-10 window-flag：W01 第 6 名，89 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：4/10
  -1  迟到：本月第1次（迟到、早退合计）（S101）；am in 08:41  attendance S101 2026-10-12  004 十 3 ②
  -2  迟到：本月第2次（迟到、早退合计）（S101）；am in 08:35  attendance S101 2026-10-13  004 十 3 ②
  -3  脱岗：70 分钟，超过 60 分钟（S102）；am 10:00–11:10     attendance S102 2026-10-13  004 十 3 ②；SCORING F1
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：30/30
satisfaction 办公效率、服务质量、群众满意度：10/10
platform 按时按质启用协同办公平台：10/10
publicity 信息刊用：0/5
# The staff scheme (004 十一(一)1): a missed clock-in −0.5.
$ hall score --month 2026-10 --profile staff --staff --explain S301
2026-10 staff：S301 (W03) 第 5 名，99.5 分
schedule 作息规范：19.5/20
  -0.5  上下班未录入；am out  attendance S301 2026-10-14  004 十一(一)1
service 服务标准：30/30
hygiene_safety 卫生安全：20/20
integrity 廉洁勤政：10/10
performance 工作绩效：20/20
# A bad row refuses the whole file, naming its line; nothing of it is stored.
@file bad.csv
工号,打卡时间
S101,2026-10-15 08:20
S101,2026-10-15 8h20
@end
$ hall attendance import bad.csv
! hall: bad.csv 第 3 行：打卡时间“2026-10-15 8h20”无法识别：应如 2026-10-09 08:31
? 1
@file unknown.csv
工号,打卡时间
S101,2026-10-15 08:20
X99,2026-10-15 08:20
@end
$ hall --lang en attendance import unknown.csv
! hall: unknown.csv line 3: unknown staff member X99; add them with 'hall staff add'
? 1
@file future.csv
工号,打卡时间
S101,2026-11-25 08:20
@end
$ hall attendance import future.csv
! hall: future.csv 第 2 行：打卡时间 2026-11-25T08:20 尚未到来
? 1
@file header.csv
姓名,时刻
王芳,2026-10-15 08:20
@end
$ hall --lang en attendance import header.csv
! hall: header.csv line 1: header not recognised; the header needs a staff column (staff, staff_code, code, 工号, 人员编号, 员工编号, 编号) and a time column (time, datetime, punched_at, 打卡时间, 考勤时间, 签到时间, 日期时间, 时间), or a date column (date, 日期, 打卡日期) with a time column; times such as 2026-10-09 08:31 or 2026/10/9 8:31:05, seconds dropped.
? 1
$ sql SELECT count(*) FROM punch
95
