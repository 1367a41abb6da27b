# Scored events: recorded by hand, listed, voided by a record (never deleted), and the kinds
# the profiles score.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall event add late --window W01 --staff S101 --on 2026-10-09
已登记事件 1：2026-10-09 W01 S101 迟到
$ hall --json event add off_post --window W01 --staff S102 --on 2026-10-20 --minutes 70 --note 外出办私事
{
  "id": 2,
  "kind": "off_post",
  "window": "W01",
  "staff": "S102",
  "date": "2026-10-20",
  "count": 1,
  "minutes": 70,
  "value": null,
  "level": "",
  "note": "外出办私事",
  "source": "event 2",
  "recorded_at": "2026-11-24T09:30",
  "voided": null
}
$ hall --lang en event add article --window W03 --on 2026-10-10 --level city --note 市报专题报道
recorded event 3: 2026-10-10 W03 article published
$ hall event add hygiene --window W02 --on 2026-10-12 --count 2
已登记事件 4：2026-10-12 W02 值班检查发现不卫生
$ hall event add appearance --window W02 --staff S201 --on 2026-10-12T08:40
已登记事件 5：2026-10-12 W02 S201 未佩戴证件
$ hall event list --month 2026-10
编号  日期        窗口  人员  事件                        数量       说明          作废
   1  2026-10-09  W01   S101  late 迟到                                            —
   3  2026-10-10  W03   —     article 信息刊用            级别 city  市报专题报道  —
   4  2026-10-12  W02   —     hygiene 值班检查发现不卫生  2 次                     —
   5  2026-10-12  W02   S201  appearance 未佩戴证件                                —
   2  2026-10-20  W01   S102  off_post 脱岗               70 分钟    外出办私事    —
共 5 条事件，其中作废 0 条
$ hall event void 1 --reason 打卡机故障，经核实按时到岗 --by 王主任
已作废事件 1（打卡机故障，经核实按时到岗，王主任）；记录保留
$ hall --lang en event list --month 2026-10 --window W01
id  date        window  staff  kind                 measure  note        voided
 1  2026-10-09  W01     S101   late (late)                               voided: 打卡机故障，经核实按时到岗 (王主任)
 2  2026-10-20  W01     S102   off_post (off post)  70 min   外出办私事  —
2 events, 1 voided
$ hall --json event list --staff S101
[
  {
    "id": 1,
    "kind": "late",
    "window": "W01",
    "staff": "S101",
    "date": "2026-10-09",
    "count": 1,
    "minutes": null,
    "value": null,
    "level": "",
    "note": "",
    "source": "event 1",
    "recorded_at": "2026-11-24T09:30",
    "voided": {
      "reason": "打卡机故障，经核实按时到岗",
      "by": "王主任",
      "at": "2026-11-24T09:30"
    }
  }
]
$ sql SELECT event_id, reason, voided_by FROM event_void
1|打卡机故障，经核实按时到岗|王主任
$ hall event void 1 --reason again --by 王主任
! hall: 事件 1 已于 2026-11-24T09:30 由 王主任 作废
? 1
$ hall event void 99 --reason x --by y
! hall: 没有编号为 99 的考核事件
? 1
$ hall event void 2
! hall: hall event void 缺少 --reason；用 hall event void --help 查看用法
? 2
$ sql UPDATE event SET count = 5 WHERE id = 2
! sql: events are append-only: void one instead
? 1
$ hall event add latte --window W01
! hall: 没有评分方案计分的事件类型 latte（方案：window-flag, district, staff）；用 hall event kinds 查看
? 2
$ hall event add late --window W99
! hall: 没有窗口 W99；先用 hall window add 登记
? 1
$ hall event add late --window W01 --staff S999
! hall: 没有工作人员 S999；先用 hall staff add 登记
? 1
$ hall event add late --window W01 --staff S201
! hall: 工作人员 S201 属于窗口 W02，不是 W01
? 1
$ hall event add late --window W01 --staff S101 --on 2026-11-25
! hall: 2026-11-25 尚未到来：事件只能记录已经发生的事
? 1
$ hall event add late --window W01 --staff S101 --on 2022-10-09
! hall: 2022 年没有工作日历：先用 hall cal import 导入
? 1
$ hall event add late --window W01 --staff S101 --on 2026-02-30
! hall: --on：'2026-02-30' 不是有效时间（格式 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）
? 2
$ hall event add off_post --window W01 --staff S101
! hall: off_post 需要 --minutes（004 十 3 ②；SCORING F1）
? 2
$ hall event add panel_rating --window W01 --value 120
! hall: panel_rating 的数值应在 0 到 100 之间
? 2
$ hall event add article --window W01 --level galaxy
! hall: article 的级别只能是 city, county, national, province, unit
? 2
$ hall event add late --window W01 --count 0
! hall: 次数须至少为 1，而不是 0
? 2
$ hall event list --month 2026-13
! hall: --month：'2026-13' 不是有效月份（格式 YYYY-MM）
? 2
$ sql SELECT count(*) FROM event
5
$ hall event kinds --profile window-flag
rule_breach 违反规定                                          window-flag  窗口  遵守规章制度                          -1  每次 -1                                                                            004 十 3 ①
leave_no_standin 告假 1 天以上未派人顶岗                      window-flag  窗口  遵守规章制度                          -1  每天 -1                                                                            004 十 3 ①；顶岗制度
leave_note_late 事后补假条                                    window-flag  窗口  遵守规章制度                          -1  每次 -1                                                                            004 十 3 ①
late 迟到                                                     window-flag  窗口  无迟到、早退、脱岗、旷工              -1  第1次 -1，第2次 -2，之后每次 -2（每人本月计）                                      004 十 3 ②
early 早退                                                    window-flag  窗口  无迟到、早退、脱岗、旷工              -1  第1次 -1，第2次 -2，之后每次 -2（每人本月计）                                      004 十 3 ②
off_post 脱岗                                                 window-flag  窗口  无迟到、早退、脱岗、旷工              -1  每次 -1；超过 60 分钟 -3                                                           004 十 3 ②；SCORING F1
absent 旷工                                                   window-flag  窗口  无迟到、早退、脱岗、旷工              -3  每天 -3                                                                            004 十 3 ②（分值为本配置的解读）
meeting_absent 进修或例会缺勤                                 window-flag  窗口  全勤参加进修和例会                    -1  每次 -1                                                                            004 十 3 ③
task_quality 临时性任务完成质量                               window-flag  窗口  按时按质完成临时性任务                -1  数值 × -1                                                                          004 十 3 ③
hygiene 值班检查发现不卫生                                    window-flag  窗口  环境卫生                            -0.5  每次 -0.5                                                                          004 十 3 ④
appearance 未佩戴证件                                         window-flag  窗口  举止端庄，佩证上岗，启用服务评价器  -0.5  每次 -0.5                                                                          004 十 3 ⑤
rating_device_off 未启用服务评价器                            window-flag  窗口  举止端庄，佩证上岗，启用服务评价器  -0.5  每次 -0.5                                                                          004 十 3 ⑤
quarrel 与人口角                                              window-flag  窗口  无安全责任事故                        -2  每次 -2                                                                            004 十 3 ⑥
physical_conflict 与人发生肢体冲突                            window-flag  窗口  无安全责任事故                         —  此项不得分                                                                         004 十 3 ⑥
safety_accident 网络或用电安全事故                            window-flag  窗口  无安全责任事故                         —  此项不得分                                                                         004 十 3 ⑥
panel_rating 评议小组百分评议                                 window-flag  窗口  遵守工作纪律                           —  数值（0–100）× 0.3 计入本项                                                        004 十 3 ⑦
prohibition_breach 违反“十项禁令”                           window-flag  窗口  遵守工作纪律                          -3  每次 -3                                                                            004 十 3 ⑦
report_late 统计月报表未按时报送                              window-flag  窗口  办公效率、服务质量、群众满意度        -2  每次 -2                                                                            004 十 3 ⑧
complaint_oral 群众口头投诉                                   window-flag  窗口  办公效率、服务质量、群众满意度        -1  每次 -1                                                                            004 十 3 ⑧（赞扬读作投诉）
complaint_written 群众书面投诉                                window-flag  窗口  办公效率、服务质量、群众满意度        -3  每次 -3                                                                            004 十 3 ⑧（赞扬读作投诉）
complaint_city 投诉到市                                       window-flag  窗口  办公效率、服务质量、群众满意度        -5  每次 -5                                                                            004 十 3 ⑧（赞扬读作投诉）
complaint_province 投诉到省级以上                             window-flag  窗口  办公效率、服务质量、群众满意度         —  此项不得分                                                                         004 十 3 ⑧（赞扬读作投诉）
platform_unused 有事项未启用协同办公平台                      window-flag  窗口  按时按质启用协同办公平台             -10  每次 -10                                                                           004 十 3 ⑨
platform_no_cases 平台无事项录入                              window-flag  窗口  按时按质启用协同办公平台              -5  每次 -5                                                                            004 十 3 ⑨
back_entry 补录                                               window-flag  窗口  按时按质启用协同办公平台            -0.5  每次 -0.5                                                                          004 十 3 ⑨
yellow_card 电子监察黄牌                                      window-flag  窗口  按时按质启用协同办公平台              -2  每次 -2                                                                            004 十 3 ⑨；SCORING F8
red_card 电子监察红牌                                         window-flag  窗口  按时按质启用协同办公平台              -3  每次 -3                                                                            004 十 3 ⑨；SCORING F8
city_notice 被市通报                                          window-flag  窗口  按时按质启用协同办公平台               —  此项不得分                                                                         004 十 3 ⑨
article 信息刊用                                              window-flag  窗口  信息刊用                               —  unit +1, county +2, city +3, province +4, national +5（同一事项按最高级别计一次）  004 十 3 ⑩
banner 群众送锦旗                                             window-flag  窗口  信息刊用                               5  每次 +5                                                                            004 十 3 ⑩
thanks_letter 群众感谢信                                      window-flag  窗口  信息刊用                               5  每次 +5                                                                            004 十 3 ⑩
spot_check_late 迟到或早退 3 次（含）以上                     window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 1
spot_check_off_post 脱岗 2 次以上                             window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 2
talk_back 与中心管理人员顶撞 2 次以上                         window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 6（期间为本配置的解读：一年）
media_criticism 被“两代表一委员”、行风监督员或媒体批评曝光  window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 8
spot_check_prohibition 暗访抽查发现违反“十项禁令”           window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 9
sanction 受党纪政纪处分                                       window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 11
misconduct 其他违法违纪造成恶劣影响                           window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 十二 12
retaliation 打击报复举报人或投诉人                            window-flag  个人                                         —  不扣分；提示：return_to_unit                                                       004 管理办法 第六条
$ hall --json event kinds --profile district
[
  {
    "kind": "staff_change",
    "profile": "district",
    "subject": "window",
    "category": "staffing",
    "points": -5,
    "zh": "无故更换窗口工作人员",
    "en": "staff changed without cause",
    "rule": "-5 each",
    "source": "001 第十二条(一)"
  },
  {
    "kind": "unqualified_staff",
    "profile": "district",
    "subject": "window",
    "category": "staffing",
    "points": -5,
    "zh": "派驻人员不符合条件且未经审核",
    "en": "unqualified staff sent without approval",
    "rule": "-5 each",
    "source": "001 第十二条(二)"
  },
  {
    "kind": "item_outside",
    "profile": "district",
    "subject": "window",
    "category": "items",
    "points": -5,
    "zh": "事项未纳入大厅或仍在原单位受理",
    "en": "item not brought into the hall, or accepted at the home unit",
    "rule": "-5 each",
    "source": "001 第十三条(一)(二)"
  },
  {
    "kind": "key_step_outside",
    "profile": "district",
    "subject": "window",
    "category": "items",
    "points": -5,
    "zh": "关键环节仍在部门办理",
    "en": "key step done in the department",
    "rule": "-5 each",
    "source": "001 第十三条(三)"
  },
  {
    "kind": "result_outside",
    "profile": "district",
    "subject": "window",
    "category": "items",
    "points": -5,
    "zh": "未通过窗口取件",
    "en": "result not collected through the window",
    "rule": "-5 each",
    "source": "001 第十三条(四)"
  },
  {
    "kind": "complaint_late_days",
    "profile": "district",
    "subject": "window",
    "category": "complaints",
    "points": -4,
    "zh": "转办投诉逾期答复（每工作日）",
    "en": "forwarded complaint answered late (per working day)",
    "rule": "-4 each",
    "source": "001 第十三条(五)"
  },
  {
    "kind": "dissatisfaction",
    "profile": "district",
    "subject": "window",
    "category": "complaints",
    "points": -10,
    "zh": "申请人不满意经查证属实",
    "en": "verified dissatisfaction",
    "rule": "-10 each",
    "source": "001 第十三条(六)"
  },
  {
    "kind": "leader_criticism",
    "profile": "district",
    "subject": "window",
    "category": "complaints",
    "points": -10,
    "zh": "被区领导或区级部门通报批评",
    "en": "public criticism by district leaders",
    "rule": "-10 each",
    "source": "001 第十三条(六)"
  },
  {
    "kind": "unattended",
    "profile": "district",
    "subject": "window",
    "category": "discipline",
    "points": -5,
    "zh": "上班时间窗口无人值守",
    "en": "window unattended",
    "rule": "-5 each",
    "source": "001 第十七条(一)"
  },
  {
    "kind": "hygiene",
    "profile": "district",
    "subject": "window",
    "category": "discipline",
    "points": -5,
    "zh": "窗口办公区不整洁",
    "en": "untidy window area",
    "rule": "-5 each",
    "source": "001 第十七条(三)"
  },
  {
    "kind": "item_made_instant",
    "profile": "district",
    "subject": "window",
    "category": "bonus",
    "points": 5,
    "zh": "承诺件改为即办件",
    "en": "item turned from promised to instant",
    "rule": "+5 each",
    "source": "001 第十八条(一)"
  },
  {
    "kind": "limit_shortened",
    "profile": "district",
    "subject": "window",
    "category": "bonus",
    "points": 5,
    "zh": "主动压缩承诺时限",
    "en": "promised limit shortened",
    "rule": "+5 each",
    "source": "001 第十八条(二)"
  },
  {
    "kind": "joint_support",
    "profile": "district",
    "subject": "window",
    "category": "bonus",
    "points": 5,
    "zh": "积极配合联审件或招商引资服务",
    "en": "praised help with joint reviews or investment",
    "rule": "+5 each",
    "source": "001 第十八条(三)"
  },
  {
    "kind": "thanks_letter",
    "profile": "district",
    "subject": "window",
    "category": "bonus",
    "points": 2,
    "zh": "书面感谢经查证属实",
    "en": "verified written thanks",
    "rule": "+2 each",
    "source": "001 第十八条(四)"
  },
  {
    "kind": "media_praise",
    "profile": "district",
    "subject": "window",
    "category": "bonus",
    "points": 3,
    "zh": "受新闻媒体或有关部门表扬",
    "en": "praised by the media or a department",
    "rule": "+3 each (one matter counts once)",
    "source": "001 第十八条(五)"
  },
  {
    "kind": "leader_visit",
    "profile": "district",
    "subject": "window",
    "category": "leader",
    "points": 0.1,
    "zh": "领导带班",
    "en": "leader on duty",
    "rule": "+0.1 each",
    "source": "002 领导带班制度 4.2"
  },
  {
    "kind": "drinking",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -3,
    "zh": "上班期间饮酒或酒后上班",
    "en": "drinking",
    "rule": "-3 each",
    "source": "001 第二十条(二)"
  },
  {
    "kind": "smoking_eating",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -2,
    "zh": "在窗口吸烟、吃东西或串岗聊天",
    "en": "smoking, eating or chatting at other windows",
    "rule": "-2 each",
    "source": "001 第二十条(三)"
  },
  {
    "kind": "horseplay",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -2,
    "zh": "嬉戏打闹、打瞌睡",
    "en": "horseplay or dozing",
    "rule": "-2 each",
    "source": "001 第二十条(四)"
  },
  {
    "kind": "visitors",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -3,
    "zh": "带他人入工作区聊天、上网",
    "en": "brought people in to chat or browse",
    "rule": "-3 each",
    "source": "001 第二十条(五)"
  },
  {
    "kind": "gaming",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -5,
    "zh": "玩游戏或使用来历不明的软件",
    "en": "games or unknown software",
    "rule": "-5 each",
    "source": "001 第二十条(六)"
  },
  {
    "kind": "late",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -2,
    "zh": "无故迟到",
    "en": "late without excuse",
    "rule": "-2 each",
    "source": "001 第二十条(七)"
  },
  {
    "kind": "early",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -2,
    "zh": "无故早退",
    "en": "left early without excuse",
    "rule": "-2 each",
    "source": "001 第二十条(七)"
  },
  {
    "kind": "off_post",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -2,
    "zh": "无故离岗",
    "en": "away without excuse",
    "rule": "-2 each",
    "source": "001 第二十条(七)"
  },
  {
    "kind": "absent",
    "profile": "district",
    "subject": "staff",
    "category": "conduct",
    "points": -5,
    "zh": "旷工",
    "en": "absent",
    "rule": "-5 a half-day",
    "source": "001 第二十条(七)"
  },
  {
    "kind": "complaint_oral",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": null,
    "zh": "因工作态度引起投诉（口头）",
    "en": "complaint caused by attitude (oral)",
    "rule": "default -3, serious -5",
    "source": "001 第二十一条(一)"
  },
  {
    "kind": "complaint_written",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": null,
    "zh": "因工作态度引起投诉（书面）",
    "en": "complaint caused by attitude (written)",
    "rule": "default -3, serious -5",
    "source": "001 第二十一条(一)"
  },
  {
    "kind": "complaint_city",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": null,
    "zh": "因工作态度引起投诉（到市）",
    "en": "complaint caused by attitude (to the city)",
    "rule": "default -3, serious -5",
    "source": "001 第二十一条(一)"
  },
  {
    "kind": "complaint_province",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": null,
    "zh": "因工作态度引起投诉（到省）",
    "en": "complaint caused by attitude (to the province)",
    "rule": "default -3, serious -5",
    "source": "001 第二十一条(一)"
  },
  {
    "kind": "quarrel",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": null,
    "zh": "与当事人发生争吵",
    "en": "quarrel with an applicant",
    "rule": "default -3, serious -5",
    "source": "001 第二十一条(一)"
  },
  {
    "kind": "joint_failure",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": -5,
    "zh": "不能按要求办理联合审批事项",
    "en": "failed a joint approval",
    "rule": "-5 each",
    "source": "001 第二十一条(二)"
  },
  {
    "kind": "dissatisfaction",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": -2,
    "zh": "当事人不满意经查实属本人责任",
    "en": "verified dissatisfaction through own fault",
    "rule": "-2 each",
    "source": "001 第二十一条(三)"
  },
  {
    "kind": "intermediary",
    "profile": "district",
    "subject": "staff",
    "category": "service",
    "points": -10,
    "zh": "为中介机构介绍业务或有偿中介",
    "en": "acting for intermediaries",
    "rule": "-10 each",
    "source": "001 第二十一条(四)"
  },
  {
    "kind": "special_help",
    "profile": "district",
    "subject": "staff",
    "category": "bonus",
    "points": 3,
    "zh": "排忧解难、特事特办，事例典型",
    "en": "typical special help",
    "rule": "+3 each",
    "source": "001 第二十四条(一)"
  },
  {
    "kind": "thanks_letter",
    "profile": "district",
    "subject": "staff",
    "category": "bonus",
    "points": 2,
    "zh": "受到当事人书面感谢或表扬",
    "en": "written thanks",
    "rule": "+2 each",
    "source": "001 第二十四条(二)"
  },
  {
    "kind": "media_praise",
    "profile": "district",
    "subject": "staff",
    "category": "bonus",
    "points": 3,
    "zh": "受新闻媒体或有关部门表扬",
    "en": "praised by the media or a department",
    "rule": "+3 each (one matter counts once)",
    "source": "001 第二十四条(三)"
  },
  {
    "kind": "case_overdue",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "年超期办件 3 件以上",
    "en": "3 or more overdue cases this year",
    "rule": "no points; alert: excellence_lost",
    "source": "001 第二十五条(三)"
  },
  {
    "kind": "licensing_breach",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "违反行政许可法有关受理规定",
    "en": "breach of the Administrative Licensing Law's acceptance rules",
    "rule": "no points; alert: excellence_lost",
    "source": "001 第二十五条(四)"
  },
  {
    "kind": "spot_check_late",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "迟到或早退 3 次（含）以上",
    "en": "late or early 3 times or more",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 1"
  },
  {
    "kind": "spot_check_off_post",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "脱岗 2 次以上",
    "en": "off post twice or more",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 2"
  },
  {
    "kind": "physical_conflict",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "在工作区内与人产生肢体冲突",
    "en": "physical conflict",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 4"
  },
  {
    "kind": "talk_back",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "与中心管理人员顶撞 2 次以上",
    "en": "talked back to the centre's managers twice or more",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 6（期间为本配置的解读：一年）"
  },
  {
    "kind": "prohibition_breach",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "违反“十项禁令”中同一项 2 次以上",
    "en": "the same banned act twice or more",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 7"
  },
  {
    "kind": "media_criticism",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "被“两代表一委员”、行风监督员或媒体批评曝光",
    "en": "criticised by deputies, conduct monitors or the media",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 8"
  },
  {
    "kind": "spot_check_prohibition",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "暗访抽查发现违反“十项禁令”",
    "en": "banned act found by an unannounced check",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 9"
  },
  {
    "kind": "safety_accident",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "因责任不到位造成安全事故",
    "en": "safety accident through neglect",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 10"
  },
  {
    "kind": "sanction",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "受党纪政纪处分",
    "en": "Party or administrative sanction",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 11"
  },
  {
    "kind": "misconduct",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "其他违法违纪造成恶劣影响",
    "en": "other serious misconduct",
    "rule": "no points; alert: return_to_unit",
    "source": "004 十二 12"
  },
  {
    "kind": "retaliation",
    "profile": "district",
    "subject": "staff",
    "category": "",
    "points": null,
    "zh": "打击报复举报人或投诉人",
    "en": "retaliation against a reporter or complainant",
    "rule": "no points; alert: return_to_unit",
    "source": "004 管理办法 第六条"
  }
]
$ hall event kinds --profile nosuch
! hall: 没有评分方案 nosuch；现有：district, staff, window-flag
? 1
