# hall case import and export: the exchange layout (docs/exchange.md) with the national codes
# of SPEC §2, in UTF-8 with or without BOM and in GB18030; all or nothing; no duplicates.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
@file utf8.csv
number,case_type,item,applicant,applicant_id,staff,received,seq,status,step,at,handler,actor,reason
20261020-0001,2,SC02,张三,110101199001011234,S101,2026-10-20T09:00,1,4,open,2026-10-20T09:00,S101,,
20261020-0001,2,SC02,张三,110101199001011234,S101,2026-10-20T09:00,2,1,,2026-11-09T16:00,S102,,
20261021-0001,1,SC01,李四,,S102,2026-10-21T10:00,1,4,,2026-10-21T10:00,,,
20261022-0001,4,ZR02,王五,,S301,2026-10-22T09:00,1,4,,2026-10-22T09:00,,,
20261022-0001,4,ZR02,王五,,S301,2026-10-22T09:00,2,,forward,2026-10-26T09:00,S301,市自然资源和规划局,
20261022-0001,4,ZR02,王五,,S301,2026-10-22T09:00,3,1,,2026-11-10T09:00,S301,,
@end
@file bom.csv
﻿办件编号,办件类型,事项编码,申请人,受理人,收件时间,步骤序号,环节状态,时间
20261023-0001,2,SB02,赵六,S501,2026-10-23T09:00,1,4,2026-10-23T09:00
@end
@hexfile gbk.csv
6e 75 6d 62 65 72 2c 63 61 73 65 5f 74 79 70 65 2c 69 74 65 6d 2c 61 70 70 6c 69 63 61 6e 74 2c
73 74 61 66 66 2c 72 65 63 65 69 76 65 64 2c 73 65 71 2c 73 74 61 74 75 73 2c 61 74 0a 32 30 32
36 31 30 32 36 2d 30 30 30 31 2c 32 2c 53 43 30 32 2c c7 ae c6 df 2c 53 31 30 31 2c 32 30 32 36
2d 31 30 2d 32 36 54 30 39 3a 30 30 2c 31 2c 34 2c 32 30 32 36 2d 31 30 2d 32 36 54 30 39 3a 30
30 0a 32 30 32 36 31 30 32 36 2d 30 30 30 31 2c 32 2c 53 43 30 32 2c c7 ae c6 df 2c 53 31 30 31
2c 32 30 32 36 2d 31 30 2d 32 36 54 30 39 3a 30 30 2c 32 2c 31 2c 32 30 32 36 2d 31 30 2d 33 30
54 31 35 3a 30 30 0a
@end
@file bad.csv
number,case_type,item,applicant,staff,received,seq,status,step,at
20261027-0001,9,SC02,甲,S101,2026-10-27T09:00,1,4,,2026-10-27T09:00
20261027-0002,2,NOPE,乙,S101,2026-10-27T09:00,1,4,,2026-10-27T09:00
20261027-0003,2,SC02,丙,S101,2026-10-27T09:00,1,8,,2026-10-27T09:00
20261027-0004,2,SC02,丁,S101,2026-10-27T09:00,1,4,,2026-10-27T09:00
20261027-0005,2,SC02,戊,S101,2026-10-27T09:00,1,4,,2026-10-27T09:00
20261027-0005,2,SC02,戊,S101,2026-10-27T09:00,2,,resume,2026-10-28T09:00
20261027-0004,2,SC02,丁,S101,2026-10-27T09:00,2,1,,2026-10-28T09:00
20261027-0006,2,SC02,己,S101,2026-10-27T09:00,1,4,,2026-12-27T09:00
@end
@file conflict.csv
number,case_type,item,applicant,staff,received,seq,status,at
20261021-0001,1,SC01,李四四,S102,2026-10-21T10:00,1,4,2026-10-21T10:00
@end
@file columns.csv
number,case_type,item,applicant,staff,received,seq,colour,at
@end
$ hall case import utf8.csv
已从 utf8.csv（UTF-8）导入 3 件办件、6 个步骤；0 件已在存储中，跳过
$ hall case import bom.csv
已从 bom.csv（UTF-8 (BOM)）导入 1 件办件、1 个步骤；0 件已在存储中，跳过
$ hall --lang en case import gbk.csv --json
{
  "file": "gbk.csv",
  "encoding": "GB18030",
  "cases": 1,
  "steps": 2,
  "skipped": 0
}
$ sql SELECT number, class, state, clock_start, deadline, late FROM "case" ORDER BY number
20261020-0001|promised|finished|2026-10-20|2026-11-03|1
20261021-0001|instant|open|2026-10-21|2026-10-21|0
20261022-0001|upstream|finished|2026-10-22|2026-10-29|0
20261023-0001|promised|open|2026-10-23|2026-10-30|0
20261026-0001|promised|finished|2026-10-26|2026-11-09|0
# Importing the same file again changes nothing.
$ hall case import utf8.csv
已从 utf8.csv（UTF-8）导入 0 件办件、0 个步骤；3 件已在存储中，跳过
# Every bad row is reported with its line, and nothing is imported.
$ hall case import bad.csv
! hall: bad.csv 有 6 处错误，未导入任何办件：
!   第 2 行：办件类型“9”不在代码表中（1 即办、2 承诺、3 联办、4 上报）
!   第 3 行：没有事项 NOPE；先导入事项目录
!   第 4 行：环节状态“8”不在代码表中（0–7）
!   第 7 行：办件 20261027-0005 当前状态为办理中，不能 resume；可以：supplement, pause, extend, return, finish, urge
!   第 8 行：办件 20261027-0004 在第 5 行已出现；同一办件的各行应相邻
!   第 9 行：时间 2026-12-27T09:00 晚于现在
? 1
$ hall --lang en case import bad.csv
! hall: bad.csv: 6 problems, nothing imported:
!   line 2: case type '9' is not in the code table (1 instant, 2 promised, 3 joint, 4 upstream)
!   line 3: unknown item NOPE; import the catalogue first
!   line 4: step status '8' is not in the code table (0-7)
!   line 7: case 20261027-0005 is open: 'resume' is not allowed; it allows: supplement, pause, extend, return, finish, urge
!   line 8: case 20261027-0004 already appeared at line 5; a case's rows must be together
!   line 9: at 2026-12-27T09:00 is in the future
? 1
$ hall case import conflict.csv
! hall: conflict.csv 第 2 行：办件 20261021-0001 已在存储中且内容不同；核对后另行处理；未导入任何办件
? 1
$ hall case import columns.csv
! hall: columns.csv 有 2 处错误，未导入任何办件：
!   第 1 行：未知的列“colour”；可用的列见 docs/exchange.md
!   第 1 行：须有 status（环节状态）或 step（步骤）列
? 1
$ hall case import missing.csv
! hall: 无法读取文件 missing.csv
? 1
$ sql SELECT count(*) FROM "case"
5
# Imported cases are sealed into the hash chains like cases opened at the desk.
$ hall verify
存储 hall.db 完好：核验了 5 件办件，结构、哈希链、记录和状态均无问题
# Export speaks the same layout; exported and imported again, nothing changes.
$ hall case export --month 2026-10
﻿number,case_type,item,window,applicant,applicant_id,staff,received,investment,pending,promised_by,seq,status,step,at,handler,reason,basis,actor,value,materials,corrects,overrides,automatic
20261020-0001,2,SC02,W01,张三,110101199001011234,S101,2026-10-20T09:00,,,,1,4,open,2026-10-20T09:00,S101,,,,,,,,
20261020-0001,2,SC02,W01,张三,110101199001011234,S101,2026-10-20T09:00,,,,2,1,finish,2026-11-09T16:00,S102,,,,,,,,
20261021-0001,1,SC01,W01,李四,,S102,2026-10-21T10:00,,,,1,4,open,2026-10-21T10:00,,,,,,,,,
20261022-0001,4,ZR02,W03,王五,,S301,2026-10-22T09:00,,,,1,4,open,2026-10-22T09:00,,,,,,,,,
20261022-0001,4,ZR02,W03,王五,,S301,2026-10-22T09:00,,,,2,,forward,2026-10-26T09:00,S301,,,市自然资源和规划局,,,,,
20261022-0001,4,ZR02,W03,王五,,S301,2026-10-22T09:00,,,,3,1,decide,2026-11-10T09:00,S301,approved,,,,,,,
20261023-0001,2,SB02,W05,赵六,,S501,2026-10-23T09:00,,,,1,4,open,2026-10-23T09:00,,,,,,,,,
20261026-0001,2,SC02,W01,钱七,,S101,2026-10-26T09:00,,,,1,4,open,2026-10-26T09:00,,,,,,,,,
20261026-0001,2,SC02,W01,钱七,,S101,2026-10-26T09:00,,,,2,1,finish,2026-10-30T15:00,,,,,,,,,
$ hall case export --month 2026-10 --window W03 --json
[
  {
    "number": "20261022-0001",
    "case_type": "4",
    "item": "ZR02",
    "window": "W03",
    "applicant": "王五",
    "applicant_id": "",
    "staff": "S301",
    "received": "2026-10-22T09:00",
    "investment": "",
    "pending": "",
    "promised_by": "",
    "steps": [
      {
        "seq": "1",
        "status": "4",
        "step": "open",
        "at": "2026-10-22T09:00",
        "handler": "",
        "reason": "",
        "basis": "",
        "actor": "",
        "value": "",
        "materials": "",
        "corrects": "",
        "overrides": "",
        "automatic": ""
      },
      {
        "seq": "2",
        "status": "",
        "step": "forward",
        "at": "2026-10-26T09:00",
        "handler": "S301",
        "reason": "",
        "basis": "",
        "actor": "市自然资源和规划局",
        "value": "",
        "materials": "",
        "corrects": "",
        "overrides": "",
        "automatic": ""
      },
      {
        "seq": "3",
        "status": "1",
        "step": "decide",
        "at": "2026-11-10T09:00",
        "handler": "S301",
        "reason": "approved",
        "basis": "",
        "actor": "",
        "value": "",
        "materials": "",
        "corrects": "",
        "overrides": "",
        "automatic": ""
      }
    ]
  }
]
$ hall case export --mask --format csv --month 2026-10 --window W01
﻿number,case_type,item,window,applicant,applicant_id,staff,received,investment,pending,promised_by,seq,status,step,at,handler,reason,basis,actor,value,materials,corrects,overrides,automatic
20261020-0001,2,SC02,W01,张*,110101********1234,S101,2026-10-20T09:00,,,,1,4,open,2026-10-20T09:00,S101,,,,,,,,
20261020-0001,2,SC02,W01,张*,110101********1234,S101,2026-10-20T09:00,,,,2,1,finish,2026-11-09T16:00,S102,,,,,,,,
20261021-0001,1,SC01,W01,李*,,S102,2026-10-21T10:00,,,,1,4,open,2026-10-21T10:00,,,,,,,,,
20261026-0001,2,SC02,W01,钱*,,S101,2026-10-26T09:00,,,,1,4,open,2026-10-26T09:00,,,,,,,,,
20261026-0001,2,SC02,W01,钱*,,S101,2026-10-26T09:00,,,,2,1,finish,2026-10-30T15:00,,,,,,,,,
$ hall case export --out all.csv
已导出 5 件办件到 all.csv
$ hall case import all.csv
已从 all.csv（UTF-8 (BOM)）导入 0 件办件、0 个步骤；5 件已在存储中，跳过
$ hall case export --month 2026-13
! hall: --month：'2026-13' 不是有效月份（格式 YYYY-MM）
? 2
# A case opened later on an imported day takes the next number.
$ hall case open --item SC01 --applicant 孙八 --staff S101 --received 2026-10-20T11:00 --json
{
  "number": "20261020-0002",
  "class": "instant",
  "state": "open",
  "item": "SC01",
  "item_name": "个体工商户设立登记",
  "window": "W01",
  "staff": "S101",
  "applicant": "孙八",
  "applicant_id": "",
  "received": "2026-10-20T11:00",
  "clock_start": "2026-10-20",
  "deadline": "2026-10-20",
  "statutory_deadline": null,
  "provisional": false,
  "finished": null,
  "overdue": true,
  "registered_class": "instant",
  "handled_as": "instant",
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
      "kind": "acceptance",
      "number": "受理〔2026〕0001号",
      "issued": "2026-10-20T11:00"
    }
  ],
  "allowed": [
    "supplement",
    "return",
    "finish",
    "urge"
  ]
}
