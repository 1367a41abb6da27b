# The monthly ranking (hall score): window-flag, every line traced to its event or case.
# September: two lates and a 70-minute off-post at W01 (attendance 10 − 1 − 2 − 3 = 4).
# October: W01 is reported by the city (platform 0, 85) and ranks first with no flag; the
# others have a panel mark of 60 (discipline 18, 83); W02 a physical conflict (safety 0,
# 73); W04 a quarrel (−2) and W05 two rule breaches (−1 −1) tie at 81 for the last of three
# flags: equal deductions, W04 has fewer incidents and takes it.
@copy hall6.toml
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall item import hall6.toml
已导入 hall6.toml：新窗口 6 个，新工作人员 9 名，事项 1 项
$ hall event add late --window W01 --staff S101 --on 2026-09-09
已登记事件 1：2026-09-09 W01 S101 迟到
$ hall event add late --window W01 --staff S101 --on 2026-09-15
已登记事件 2：2026-09-15 W01 S101 迟到
$ hall event add off_post --window W01 --staff S102 --on 2026-09-22 --minutes 70 --note 外出办私事
已登记事件 3：2026-09-22 W01 S102 脱岗
$ hall score --month 2026-09
2026-09 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W02     95  流动红旗         0  —
   2  W03     95  流动红旗         0  —
   3  W04     95  流动红旗         0  —
   4  W05     95  —                0  —
   5  W06     95  —                0  —
   6  W01     89  —                3  —
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
$ hall --lang en score --month 2026-09 --explain W01
2026-09 window-flag: W01 ranked 6, 89 points
rules Rules observed: 10/10
attendance Attendance: 4/10
  -1  late: 1st this month (counting late/left early) (S101)  event 1  004 十 3 ②
  -2  late: 2nd this month (counting late/left early) (S101)  event 2  004 十 3 ②
  -3  off post: 70 min, over 60 min (S102); 外出办私事        event 3  004 十 3 ②；SCORING F1
meetings Study and meetings: 3/3
tasks Assigned tasks: 2/2
hygiene Hygiene: 5/5
appearance Appearance, badge, rating device: 5/5
safety Safety: 10/10
discipline Discipline: 30/30
satisfaction Efficiency and satisfaction: 10/10
platform Collaborative platform: 10/10
publicity Publicity: 0/5
$ hall --json score --month 2026-09 --explain W01
{
  "month": "2026-09",
  "profile": "window-flag",
  "subject": "window",
  "partial": false,
  "flags": 3,
  "ranking": [
    {
      "rank": 6,
      "window": "W01",
      "score": 89,
      "flag": false,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "rules",
          "score": 10,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 4,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 10,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 30,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 10,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "attendance",
          "points": -1,
          "why": "late: 1st this month (counting late/left early) (S101)",
          "why_zh": "迟到：本月第1次（迟到、早退合计）（S101）",
          "source": "event 1",
          "clause": "004 十 3 ②"
        },
        {
          "category": "attendance",
          "points": -2,
          "why": "late: 2nd this month (counting late/left early) (S101)",
          "why_zh": "迟到：本月第2次（迟到、早退合计）（S101）",
          "source": "event 2",
          "clause": "004 十 3 ②"
        },
        {
          "category": "attendance",
          "points": -3,
          "why": "off post: 70 min, over 60 min (S102); 外出办私事",
          "why_zh": "脱岗：70 分钟，超过 60 分钟（S102）；外出办私事",
          "source": "event 3",
          "clause": "004 十 3 ②；SCORING F1"
        }
      ]
    }
  ],
  "alerts": []
}
$ hall event add city_notice --window W01 --on 2026-10-21 --note 市通报：办件录入不及时
已登记事件 4：2026-10-21 W01 被市通报
$ hall event add panel_rating --window W02 --on 2026-10-30 --value 60
已登记事件 5：2026-10-30 W02 评议小组百分评议
$ hall event add panel_rating --window W03 --on 2026-10-30 --value 60
已登记事件 6：2026-10-30 W03 评议小组百分评议
$ hall event add panel_rating --window W04 --on 2026-10-30 --value 60
已登记事件 7：2026-10-30 W04 评议小组百分评议
$ hall event add panel_rating --window W05 --on 2026-10-30 --value 60
已登记事件 8：2026-10-30 W05 评议小组百分评议
$ hall event add panel_rating --window W06 --on 2026-10-30 --value 60
已登记事件 9：2026-10-30 W06 评议小组百分评议
$ hall event add physical_conflict --window W02 --staff S201 --on 2026-10-15 --note 与办事群众发生肢体冲突
已登记事件 10：2026-10-15 W02 S201 与人发生肢体冲突
$ hall event add quarrel --window W04 --staff S401 --on 2026-10-12
已登记事件 11：2026-10-12 W04 S401 与人口角
$ hall event add rule_breach --window W05 --staff S501 --on 2026-10-13
已登记事件 12：2026-10-13 W05 S501 违反规定
$ hall event add rule_breach --window W05 --staff S502 --on 2026-10-14
已登记事件 13：2026-10-14 W05 S502 违反规定
$ hall score --month 2026-10
2026-10 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W01     85  —                1  被市通报未录入或录入不及时，当月不得评为红旗窗口
   2  W03     83  流动红旗         1  —
   3  W06     83  流动红旗         1  —
   4  W04     81  流动红旗         2  —
   5  W05     81  —                3  —
   6  W02     73  —                2  —
警示：
警示        人员  窗口  原因                                 依据
退回原单位  S201  W02   在工作区内与人产生肢体冲突：本月1次  event 10 · 004 十二 4
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
$ hall --lang en score --month 2026-10
2026-10 window-flag: window ranking (Red-flag windows)
rank  window  score  flag      lines  note
   1  W01        85  —             1  reported by the city for unrecorded or late entry: no flag this month
   2  W03        83  red flag      1  —
   3  W06        83  red flag      1  —
   4  W04        81  red flag      2  —
   5  W05        81  —             3  —
   6  W02        73  —             2  —
alerts:
alert           staff  window  why                                   source
return to unit  S201   W02     physical conflict: 1 time this month  event 10 · 004 十二 4
3 red flags this month; ties go by the profile's tie_break, then the code
$ hall --json score --month 2026-10
{
  "month": "2026-10",
  "profile": "window-flag",
  "subject": "window",
  "partial": false,
  "flags": 3,
  "ranking": [
    {
      "rank": 1,
      "window": "W01",
      "score": 85,
      "flag": false,
      "eligible": false,
      "vetoes": [
        {
          "category": "",
          "points": 0,
          "why": "reported by the city for unrecorded or late entry: no flag this month",
          "why_zh": "被市通报未录入或录入不及时，当月不得评为红旗窗口",
          "source": "event 4",
          "clause": "004 协同办公平台 2"
        }
      ],
      "categories": [
        {
          "category": "rules",
          "score": 10,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 10,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 10,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 30,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 0,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "platform",
          "points": -10,
          "why": "reported by the city: the category scores 0; 市通报：办件录入不及时",
          "why_zh": "被市通报：此项不得分；市通报：办件录入不及时",
          "source": "event 4",
          "clause": "004 十 3 ⑨"
        }
      ]
    },
    {
      "rank": 2,
      "window": "W03",
      "score": 83,
      "flag": true,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "rules",
          "score": 10,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 10,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 10,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 18,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 10,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "discipline",
          "points": -12,
          "why": "panel mark: 60 × 0.3 = 18 (of 30)",
          "why_zh": "评议小组百分评议：60 × 0.3 = 18（满分 30）",
          "source": "event 6",
          "clause": "004 十 3 ⑦"
        }
      ]
    },
    {
      "rank": 3,
      "window": "W06",
      "score": 83,
      "flag": true,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "rules",
          "score": 10,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 10,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 10,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 18,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 10,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "discipline",
          "points": -12,
          "why": "panel mark: 60 × 0.3 = 18 (of 30)",
          "why_zh": "评议小组百分评议：60 × 0.3 = 18（满分 30）",
          "source": "event 9",
          "clause": "004 十 3 ⑦"
        }
      ]
    },
    {
      "rank": 4,
      "window": "W04",
      "score": 81,
      "flag": true,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "rules",
          "score": 10,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 10,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 8,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 18,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 10,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "safety",
          "points": -2,
          "why": "quarrel (S401)",
          "why_zh": "与人口角（S401）",
          "source": "event 11",
          "clause": "004 十 3 ⑥"
        },
        {
          "category": "discipline",
          "points": -12,
          "why": "panel mark: 60 × 0.3 = 18 (of 30)",
          "why_zh": "评议小组百分评议：60 × 0.3 = 18（满分 30）",
          "source": "event 7",
          "clause": "004 十 3 ⑦"
        }
      ]
    },
    {
      "rank": 5,
      "window": "W05",
      "score": 81,
      "flag": false,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "rules",
          "score": 8,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 10,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 10,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 18,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 10,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "rules",
          "points": -1,
          "why": "rule broken (S501)",
          "why_zh": "违反规定（S501）",
          "source": "event 12",
          "clause": "004 十 3 ①"
        },
        {
          "category": "rules",
          "points": -1,
          "why": "rule broken (S502)",
          "why_zh": "违反规定（S502）",
          "source": "event 13",
          "clause": "004 十 3 ①"
        },
        {
          "category": "discipline",
          "points": -12,
          "why": "panel mark: 60 × 0.3 = 18 (of 30)",
          "why_zh": "评议小组百分评议：60 × 0.3 = 18（满分 30）",
          "source": "event 8",
          "clause": "004 十 3 ⑦"
        }
      ]
    },
    {
      "rank": 6,
      "window": "W02",
      "score": 73,
      "flag": false,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "rules",
          "score": 10,
          "max": 10
        },
        {
          "category": "attendance",
          "score": 10,
          "max": 10
        },
        {
          "category": "meetings",
          "score": 3,
          "max": 3
        },
        {
          "category": "tasks",
          "score": 2,
          "max": 2
        },
        {
          "category": "hygiene",
          "score": 5,
          "max": 5
        },
        {
          "category": "appearance",
          "score": 5,
          "max": 5
        },
        {
          "category": "safety",
          "score": 0,
          "max": 10
        },
        {
          "category": "discipline",
          "score": 18,
          "max": 30
        },
        {
          "category": "satisfaction",
          "score": 10,
          "max": 10
        },
        {
          "category": "platform",
          "score": 10,
          "max": 10
        },
        {
          "category": "publicity",
          "score": 0,
          "max": 5
        }
      ],
      "lines": [
        {
          "category": "safety",
          "points": -10,
          "why": "physical conflict: the category scores 0 (S201); 与办事群众发生肢体冲突",
          "why_zh": "与人发生肢体冲突：此项不得分（S201）；与办事群众发生肢体冲突",
          "source": "event 10",
          "clause": "004 十 3 ⑥"
        },
        {
          "category": "discipline",
          "points": -12,
          "why": "panel mark: 60 × 0.3 = 18 (of 30)",
          "why_zh": "评议小组百分评议：60 × 0.3 = 18（满分 30）",
          "source": "event 5",
          "clause": "004 十 3 ⑦"
        }
      ]
    }
  ],
  "alerts": [
    {
      "kind": "return_to_unit",
      "staff": "S201",
      "window": "W02",
      "why": "physical conflict: 1 time this month",
      "why_zh": "在工作区内与人产生肢体冲突：本月1次",
      "source": "event 10",
      "clause": "004 十二 4"
    }
  ]
}
$ hall score --month 2026-10 --explain W02
2026-10 window-flag：W02 第 6 名，73 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：10/10
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：0/10
  -10  与人发生肢体冲突：此项不得分（S201）；与办事群众发生肢体冲突  event 10  004 十 3 ⑥
discipline 遵守工作纪律：18/30
  -12  评议小组百分评议：60 × 0.3 = 18（满分 30）  event 5  004 十 3 ⑦
satisfaction 办公效率、服务质量、群众满意度：10/10
platform 按时按质启用协同办公平台：10/10
publicity 信息刊用：0/5
警示：
警示        人员  窗口  原因                                 依据
退回原单位  S201  W02   在工作区内与人产生肢体冲突：本月1次  event 10 · 004 十二 4
$ hall score --month 2026-10 --explain W01
2026-10 window-flag：W01 第 1 名，85 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：10/10
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：30/30
satisfaction 办公效率、服务质量、群众满意度：10/10
platform 按时按质启用协同办公平台：0/10
  -10  被市通报：此项不得分；市通报：办件录入不及时  event 4  004 十 3 ⑨
publicity 信息刊用：0/5
不得评红旗：被市通报未录入或录入不及时，当月不得评为红旗窗口（event 4）
