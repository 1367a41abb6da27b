# Cases score on their own: a case finished late gives a yellow card (004 ⑨, −2 on the
# platform) and, for its clerk, an overdue case; revoking the card removes its points.
@copy hall6.toml
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall item import hall6.toml
已导入 hall6.toml：新窗口 6 个，新工作人员 9 名，事项 1 项
$ hall --json case open --item SC02 --applicant 甲 --received 2026-10-09T10:00 --staff S101
{
  "number": "20261009-0001",
  "class": "promised",
  "state": "open",
  "item": "SC02",
  "item_name": "食品经营许可",
  "window": "W01",
  "staff": "S101",
  "applicant": "甲",
  "applicant_id": "",
  "received": "2026-10-09T10:00",
  "clock_start": "2026-10-09",
  "deadline": "2026-10-22",
  "statutory_deadline": "2026-11-05",
  "provisional": false,
  "finished": null,
  "overdue": true,
  "registered_class": "promised",
  "handled_as": "promised",
  "participants": [],
  "participants_signed": [],
  "statutory_provisional": false,
  "investment": 0,
  "outstanding": [],
  "promised_by": null,
  "paused_days": 0,
  "extension_days": 0,
  "late_notice": false,
  "late_report": false,
  "result": null,
  "rating": null,
  "follow_up_due": null,
  "card": null,
  "late": false,
  "deemed_consented": true,
  "overridden": false,
  "lead_designated": false,
  "late_signers": [],
  "supplement_requests": 0,
  "notice_breaches": 0,
  "defective_requests": 0,
  "inspection_due": null,
  "inspected": null,
  "urged": 0,
  "ruling": null,
  "notices": [
    {
      "kind": "promise",
      "number": "承诺〔2026〕0001号",
      "issued": "2026-10-09T10:00"
    }
  ],
  "allowed": [
    "supplement",
    "pause",
    "extend",
    "return",
    "finish",
    "urge"
  ]
}
$ hall --json case finish 20261009-0001 --on 2026-10-26T10:00
{
  "number": "20261009-0001",
  "class": "promised",
  "state": "finished",
  "item": "SC02",
  "item_name": "食品经营许可",
  "window": "W01",
  "staff": "S101",
  "applicant": "甲",
  "applicant_id": "",
  "received": "2026-10-09T10:00",
  "clock_start": "2026-10-09",
  "deadline": "2026-10-22",
  "statutory_deadline": "2026-11-05",
  "provisional": false,
  "finished": "2026-10-26T10:00",
  "overdue": true,
  "registered_class": "promised",
  "handled_as": "promised",
  "participants": [],
  "participants_signed": [],
  "statutory_provisional": false,
  "investment": 0,
  "outstanding": [],
  "promised_by": null,
  "paused_days": 0,
  "extension_days": 0,
  "late_notice": false,
  "late_report": false,
  "result": null,
  "rating": null,
  "follow_up_due": null,
  "card": null,
  "late": true,
  "deemed_consented": false,
  "overridden": false,
  "lead_designated": false,
  "late_signers": [],
  "supplement_requests": 0,
  "notice_breaches": 0,
  "defective_requests": 0,
  "inspection_due": null,
  "inspected": null,
  "urged": 0,
  "ruling": null,
  "notices": [
    {
      "kind": "promise",
      "number": "承诺〔2026〕0001号",
      "issued": "2026-10-09T10:00"
    }
  ],
  "allowed": [
    "rate"
  ]
}
$ hall --json monitor --on 2026-10-27
{
  "on": "2026-10-27",
  "examined": 0,
  "issued": [
    {
      "id": 0,
      "case": "20261009-0001",
      "level": "yellow",
      "rule": "past_promised_limit",
      "origin": "auto",
      "issued_on": "2026-10-27",
      "note": "超过承诺时限 2026-10-22",
      "window": null,
      "revoked_at": null,
      "revoke_reason": null
    }
  ],
  "withdrawn": [],
  "deemed_consented": [],
  "lateness_corrections": []
}
$ hall score --month 2026-10 --explain W01
2026-10 window-flag：W01 第 6 名，93 分
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：10/10
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：30/30
satisfaction 办公效率、服务质量、群众满意度：10/10
platform 按时按质启用协同办公平台：8/10
  -2  电子监察黄牌（S101）；card 1  case 20261009-0001  004 十 3 ⑨；SCORING F8
publicity 信息刊用：0/5
$ hall --json score --month 2026-10 --profile staff --explain S101
{
  "month": "2026-10",
  "profile": "staff",
  "subject": "staff",
  "partial": false,
  "flags": 0,
  "ranking": [
    {
      "rank": 9,
      "window": "W01",
      "staff": "S101",
      "score": 98,
      "flag": false,
      "eligible": true,
      "vetoes": [],
      "categories": [
        {
          "category": "schedule",
          "score": 20,
          "max": 20
        },
        {
          "category": "service",
          "score": 28,
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
          "category": "service",
          "points": -2,
          "why": "deadline not kept (overdue case)",
          "why_zh": "不执行限时办结制（超期办件）",
          "source": "case 20261009-0001",
          "clause": "004 十一(二)3"
        }
      ]
    }
  ],
  "alerts": []
}
$ hall card revoke 1 --reason 系统故障导致，经核实不计
已撤销牌 1：系统故障导致，经核实不计
$ hall score --month 2026-10 --explain W01
2026-10 window-flag：W01 第 1 名，95 分，获流动红旗
rules 遵守规章制度：10/10
attendance 无迟到、早退、脱岗、旷工：10/10
meetings 全勤参加进修和例会：3/3
tasks 按时按质完成临时性任务：2/2
hygiene 环境卫生：5/5
appearance 举止端庄，佩证上岗，启用服务评价器：5/5
safety 无安全责任事故：10/10
discipline 遵守工作纪律：30/30
satisfaction 办公效率、服务质量、群众满意度：10/10
platform 按时按质启用协同办公平台：10/10
publicity 信息刊用：0/5
