# Staff rankings and the other profiles: the staff scheme (004 工作人员考核实施细则), the
# district scheme (001), --year, a month under way, a month to come and bad months.
@copy hall6.toml
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall item import hall6.toml
已导入 hall6.toml：新窗口 6 个，新工作人员 9 名，事项 1 项
$ hall event add late --window W01 --staff S101 --on 2026-10-09
已登记事件 1：2026-10-09 W01 S101 迟到
$ hall event add late --window W01 --staff S101 --on 2026-10-13
已登记事件 2：2026-10-13 W01 S101 迟到
$ hall event add late --window W01 --staff S101 --on 2026-10-20
已登记事件 3：2026-10-20 W01 S101 迟到
$ hall event add absent --window W03 --staff S301 --on 2026-10-12 --count 3
已登记事件 4：2026-10-12 W03 S301 旷工
$ hall score --month 2026-10 --staff
! hall: 评分方案 window-flag 没有人员考核
? 1
$ hall --json score --month 2026-10 --profile staff --explain S101
{
  "month": "2026-10",
  "profile": "staff",
  "subject": "staff",
  "partial": false,
  "flags": 0,
  "ranking": [
    {
      "rank": 8,
      "window": "W01",
      "staff": "S101",
      "score": 95,
      "flag": false,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "schedule",
          "score": 15,
          "max": 20
        },
        {
          "category": "service",
          "score": 30,
          "max": 30
        },
        {
          "category": "hygiene_safety",
          "score": 20,
          "max": 20
        },
        {
          "category": "integrity",
          "score": 10,
          "max": 10
        },
        {
          "category": "performance",
          "score": 20,
          "max": 20
        }
      ],
      "lines": [
        {
          "category": "schedule",
          "points": -1,
          "why": "late: 1st this month (counting late/left early)",
          "why_zh": "迟到：本月第1次（迟到、早退合计）",
          "source": "event 1",
          "clause": "004 十一(一)1；SCORING F6"
        },
        {
          "category": "schedule",
          "points": -2,
          "why": "late: 2nd this month (counting late/left early)",
          "why_zh": "迟到：本月第2次（迟到、早退合计）",
          "source": "event 2",
          "clause": "004 十一(一)1；SCORING F6"
        },
        {
          "category": "schedule",
          "points": -2,
          "why": "late: 3rd this month (counting late/left early)",
          "why_zh": "迟到：本月第3次（迟到、早退合计）",
          "source": "event 3",
          "clause": "004 十一(一)1；SCORING F6"
        }
      ]
    }
  ],
  "alerts": [
    {
      "kind": "return_to_unit",
      "staff": "S101",
      "window": "W01",
      "why": "late or early 3 times or more: 3 times this month",
      "why_zh": "迟到或早退 3 次（含）以上：本月3次",
      "source": "event 1, event 2, event 3",
      "clause": "004 十二 1"
    }
  ]
}
$ hall score --month 2026-10 --profile staff --explain S301
2026-10 staff：S301 (W03) 第 9 名，0 分
schedule 作息规范：0/20
  -9  旷工：3 天  event 4  004 十一(一)2、3
service 服务标准：0/30
hygiene_safety 卫生安全：0/20
integrity 廉洁勤政：0/10
performance 工作绩效：0/20
总分上的扣加分：
  -91  当月累计旷工 3 天，当月考核为零分（本月3天）  event 4  004 十一(一)3
警示：
警示        人员  窗口  原因                                  依据
通报批评    S301  W03   当月累计旷工 3 天，通报批评：本月3天  event 4 · 004 十一(一)3
退回原单位  S301  W03   旷工 3 天（含）以上：本月3天          event 4 · 004 十二 3；SCORING F5
$ hall score --month 2026-10 --profile district
2026-10 district：窗口排名（麦积区窗口单位及工作人员考核）
名次  窗口  得分  红旗      扣加分项  备注
   1  W02    100  流动红旗         0  —
   2  W04    100  流动红旗         0  —
   3  W05    100  流动红旗         0  —
   4  W06    100  —                0  —
   5  W01     98  —                1  —
   6  W03     88  —                1  —
警示：
警示        人员  窗口  原因                                依据
退回原单位  S101  W01   迟到或早退 3 次（含）以上：本月3次  event 1, event 2, event 3 · 004 十二 1
退回原单位  S301  W03   旷工 3 天（含）以上：本月3天        event 4 · 004 十二 3；SCORING F5
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
$ hall --json score --month 2026-10 --profile district --staff --explain S101
{
  "month": "2026-10",
  "profile": "district",
  "subject": "staff",
  "partial": false,
  "flags": 0,
  "ranking": [
    {
      "rank": 8,
      "window": "W01",
      "staff": "S101",
      "score": 94,
      "flag": false,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "conduct",
          "score": -6,
          "max": 0
        },
        {
          "category": "service",
          "score": 0,
          "max": 0
        },
        {
          "category": "bonus",
          "score": 0,
          "max": 0
        }
      ],
      "lines": [
        {
          "category": "conduct",
          "points": -2,
          "why": "late without excuse",
          "why_zh": "无故迟到",
          "source": "event 1",
          "clause": "001 第二十条(七)"
        },
        {
          "category": "conduct",
          "points": -2,
          "why": "late without excuse",
          "why_zh": "无故迟到",
          "source": "event 2",
          "clause": "001 第二十条(七)"
        },
        {
          "category": "conduct",
          "points": -2,
          "why": "late without excuse",
          "why_zh": "无故迟到",
          "source": "event 3",
          "clause": "001 第二十条(七)"
        }
      ]
    }
  ],
  "alerts": [
    {
      "kind": "return_to_unit",
      "staff": "S101",
      "window": "W01",
      "why": "late or early 3 times or more: 3 times this month",
      "why_zh": "迟到或早退 3 次（含）以上：本月3次",
      "source": "event 1, event 2, event 3",
      "clause": "004 十二 1"
    }
  ]
}
$ hall score --year 2026
2026 年 window-flag：流动红旗评比
名次  窗口  得分  月数  红旗
   1  W02   1045    11    11
   2  W04   1045    11     1
   3  W05   1045    11     1
   4  W06   1045    11     0
   5  W01   1040    11    10
   6  W03   1036    11    10
计入 11 个月
$ hall --json score --year 2026 --staff --profile staff
{
  "year": 2026,
  "profile": "staff",
  "months": 11,
  "ranking": [
    {
      "rank": 1,
      "window": "W01",
      "staff": "S102",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 2,
      "window": "W02",
      "staff": "S201",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 3,
      "window": "W03",
      "staff": "S302",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 4,
      "window": "W04",
      "staff": "S401",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 5,
      "window": "W05",
      "staff": "S501",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 6,
      "window": "W05",
      "staff": "S502",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 7,
      "window": "W06",
      "staff": "S601",
      "score": 1100,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 8,
      "window": "W01",
      "staff": "S101",
      "score": 1095,
      "months": 11,
      "flags": 0
    },
    {
      "rank": 9,
      "window": "W03",
      "staff": "S301",
      "score": 1000,
      "months": 11,
      "flags": 0
    }
  ]
}
$ hall event add late --window W02 --staff S201 --on 2026-11-20
已登记事件 5：2026-11-20 W02 S201 迟到
$ hall score --month 2026-11
2026-11 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W01     95  流动红旗         0  —
   2  W03     95  流动红旗         0  —
   3  W04     95  流动红旗         0  —
   4  W05     95  —                0  —
   5  W06     95  —                0  —
   6  W02     94  —                1  —
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
本月尚未结束：截至 2026-11-24 暂计
$ hall score --month 2026-12
! hall: 2026-12 尚未到来，无从考核
? 1
$ hall score --month 2026-13
! hall: --month：'2026-13' 不是有效月份（格式 YYYY-MM）
? 2
$ hall score
! hall: 请给出 --month YYYY-MM 或 --year YYYY 之一
? 2
$ hall score --month 2026-10 --year 2026
! hall: 请给出 --month YYYY-MM 或 --year YYYY 之一
? 2
$ hall score --month 2026-10 --profile nosuch
! hall: 没有评分方案 nosuch；现有：district, staff, window-flag
? 1
$ hall score --month 2026-10 --explain W99
! hall: W99 不在 window-flag 的窗口排名中
? 1
$ hall score --month 2026-10 --profile staff --remember
2026-10 staff：人员排名（工作人员月考核）
名次  窗口  人员  得分  红旗  扣加分项  备注
   1  W01   S102   100  —            0  —
   2  W02   S201   100  —            0  —
   3  W03   S302   100  —            0  —
   4  W04   S401   100  —            0  —
   5  W05   S501   100  —            0  —
   6  W05   S502   100  —            0  —
   7  W06   S601   100  —            0  —
   8  W01   S101    95  —            3  —
   9  W03   S301     0  —            2  —
警示：
警示        人员  窗口  原因                                  依据
退回原单位  S101  W01   迟到或早退 3 次（含）以上：本月3次    event 1, event 2, event 3 · 004 十二 1
通报批评    S301  W03   当月累计旷工 3 天，通报批评：本月3天  event 4 · 004 十一(一)3
退回原单位  S301  W03   旷工 3 天（含）以上：本月3天          event 4 · 004 十二 3；SCORING F5
$ hall score --month 2026-10 --explain S301
2026-10 staff：S301 (W03) 第 9 名，0 分
schedule 作息规范：0/20
  -9  旷工：3 天  event 4  004 十一(一)2、3
service 服务标准：0/30
hygiene_safety 卫生安全：0/20
integrity 廉洁勤政：0/10
performance 工作绩效：0/20
总分上的扣加分：
  -91  当月累计旷工 3 天，当月考核为零分（本月3天）  event 4  004 十一(一)3
警示：
警示        人员  窗口  原因                                  依据
通报批评    S301  W03   当月累计旷工 3 天，通报批评：本月3天  event 4 · 004 十一(一)3
退回原单位  S301  W03   旷工 3 天（含）以上：本月3天          event 4 · 004 十二 3；SCORING F5
$ sql SELECT value FROM setting WHERE key = 'scoring.profile'
staff
$ hall score --month 2026-10 --remember
! hall: --remember 需要 --profile
? 2
