# Complaints (004 九; 003 六; 001 第十三条(五)): the record 004 asks for, the answer deadline
# by class in working days, acts appended with who and when, and only a verified complaint
# scores; a dismissed one stays on record.
@copy hall6.toml
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall item import hall6.toml
已导入 hall6.toml：新窗口 6 个，新工作人员 9 名，事项 1 项
$ hall complaint open --window W02 --staff S201 --issue 办事拖延，材料齐全仍不受理 --request 尽快办结 --complainant 张先生 --contact 13800000000 --class forwarded --at 2026-10-12T10:00 --by 业务科李
已登记投诉 1，须在 2026-10-19 前答复
收到时间    2026-10-12T10:00
被投诉窗口  W02
被投诉人    S201
来源        oral
类别        forwarded
投诉问题    办事拖延，材料齐全仍不受理
投诉人要求  尽快办结
投诉人      张先生
联系方式    13800000000
答复期限    2026-10-19
状态        待核实，答复已逾期
$ hall --lang en complaint answer 1 --text 已办结并电话答复 --by 县税务局 --at 2026-10-21T16:00
answered complaint 1, 2 working days late
received           2026-10-12T10:00
window             W02
staff              S201
channel            oral
class              forwarded
issue              办事拖延，材料齐全仍不受理
request            尽快办结
complainant        张先生
contact            13800000000
answer due         2026-10-19
status             to verify, answered
answered           2026-10-21T16:00 by 县税务局: 已办结并电话答复
working days late  2
$ hall complaint verify 1 --finding 经查属实 --by 王主任 --at 2026-10-22T09:00
投诉 1 已查实：计为 complaint_oral
收到时间    2026-10-12T10:00
被投诉窗口  W02
被投诉人    S201
来源        oral
类别        forwarded
投诉问题    办事拖延，材料齐全仍不受理
投诉人要求  尽快办结
投诉人      张先生
联系方式    13800000000
答复期限    2026-10-19
状态        已查实，已答复
答复        2026-10-21T16:00 县税务局：已办结并电话答复
逾期工作日  2
结论        查实 2026-10-22T09:00 王主任：经查属实
$ hall complaint dismiss 1 --reason 重复 --by 王主任
! hall: 投诉 1 已于 2026-10-22T09:00 由 王主任 查实；结论不能更改
? 1
$ hall complaint open --window W03 --issue 态度冷淡 --channel written --by 业务科李 --at 2026-10-15T09:00
已登记投诉 2，须在 2026-10-16 前答复
收到时间    2026-10-15T09:00
被投诉窗口  W03
被投诉人    —
来源        written
类别        ordinary
投诉问题    态度冷淡
投诉人要求
投诉人
联系方式
答复期限    2026-10-16
状态        待核实，答复已逾期
$ hall --json complaint dismiss 2 --reason 经核查监控，窗口人员态度正常 --by 王主任 --at 2026-10-16T09:00
{
  "id": 2,
  "received": "2026-10-15T09:00",
  "window": "W03",
  "staff": null,
  "channel": "written",
  "class": "ordinary",
  "issue": "态度冷淡",
  "request": "",
  "complainant": "",
  "contact": "",
  "recorded_by": "业务科李",
  "deadline": "2026-10-16",
  "answer": null,
  "days_late": 0,
  "overdue": true,
  "outcome": "dismissed",
  "outcome_act": {
    "kind": "dismiss",
    "at": "2026-10-16T09:00",
    "by": "王主任",
    "text": "经核查监控，窗口人员态度正常"
  },
  "scores": null
}
$ hall complaint open --window W01 --staff S102 --issue 未一次性告知 --channel city --class important --at 2026-11-20T09:00 --by 业务科李
已登记投诉 3，须在 2026-11-25 前答复
收到时间    2026-11-20T09:00
被投诉窗口  W01
被投诉人    S102
来源        city
类别        important
投诉问题    未一次性告知
投诉人要求
投诉人
联系方式
答复期限    2026-11-25
状态        待核实，待答复
$ hall complaint list
编号  收到              窗口  人员  来源     类别       答复期限    状态                  问题
   1  2026-10-12T10:00  W02   S201  oral     forwarded  2026-10-19  已查实，已答复        办事拖延，材料齐全仍不受理
   2  2026-10-15T09:00  W03   —     written  ordinary   2026-10-16  不予认定，答复已逾期  态度冷淡
   3  2026-11-20T09:00  W01   S102  city     important  2026-11-25  待核实，待答复        未一次性告知
共 3 件投诉
$ hall --lang en complaint list --open
id  received          window  staff  channel  class      answer due  status                     issue
 2  2026-10-15T09:00  W03     —      written  ordinary   2026-10-16  dismissed, answer overdue  态度冷淡
 3  2026-11-20T09:00  W01     S102   city     important  2026-11-25  to verify, to answer       未一次性告知
2 complaints
$ hall --json complaint list --month 2026-10 --window W02
[
  {
    "id": 1,
    "received": "2026-10-12T10:00",
    "window": "W02",
    "staff": "S201",
    "channel": "oral",
    "class": "forwarded",
    "issue": "办事拖延，材料齐全仍不受理",
    "request": "尽快办结",
    "complainant": "张先生",
    "contact": "13800000000",
    "recorded_by": "业务科李",
    "deadline": "2026-10-19",
    "answer": {
      "kind": "answer",
      "at": "2026-10-21T16:00",
      "by": "县税务局",
      "text": "已办结并电话答复"
    },
    "days_late": 2,
    "overdue": false,
    "outcome": "verified",
    "outcome_act": {
      "kind": "verify",
      "at": "2026-10-22T09:00",
      "by": "王主任",
      "text": "经查属实"
    },
    "scores": "complaint_oral"
  }
]
$ hall complaint answer 9 --text x --by y
! hall: 没有编号为 9 的投诉
? 1
$ hall complaint open --window W01 --staff S201 --issue x --by y
! hall: 工作人员 S201 属于窗口 W02，不是 W01
? 1
$ hall --lang en complaint open --window W01 --issue x --by y --at 2026-11-25T09:00
! hall: 2026-11-25T09:00 is in the future: record a complaint once received
? 1
$ hall complaint open --window W01 --issue x --by y --channel phone
! hall: --channel：来源“phone”无效；可用 oral、written、city、province
? 2
# Answered 2 working days late (due 2026-10-19, answered 2026-10-21): −4 a working day.
$ hall score --month 2026-10 --profile district --explain W02
2026-10 district：W02 第 6 名，92 分
staffing 派驻人员：0
items 事项进驻：0
complaints 投诉与满意度：-8
  -8  转办投诉逾期答复（每工作日）：2 次；due 2026-10-19, answered 2026-10-21  complaint 1  001 第十三条(五)
discipline 窗口纪律：0
bonus 加分：0
leader 领导带班：0/5
警示：
警示          人员  窗口  原因                     依据
取消评优资格  S201  W02   违反第二十一条：本年1次  complaint 1 · 001 第二十五条(一)
# Verified as an oral complaint: 004 十 3 ⑧ −1.
$ hall score --month 2026-10 --explain W02
2026-10 window-flag：W02 第 6 名，94 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：10/10
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：30/30
satisfaction 办公效率、服务质量、群众满意度：9/10
  -1  群众口头投诉（S201）；办事拖延，材料齐全仍不受理  complaint 1  004 十 3 ⑧（赞扬读作投诉）
platform 按时按质启用协同办公平台：10/10
publicity 信息刊用：0/5
