# Bad input: a clear error, the documented exit status, and the store exactly as it was.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 甲 --received 2026-11-20T10:00 --staff S101
办件 20261120-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ sql SELECT (SELECT count(*) FROM "case") || '/' || (SELECT count(*) FROM case_step) || '/' || (SELECT count(*) FROM notice)
1/1/1
$ hall case open --item NOPE --applicant 甲
! hall: 没有事项 NOPE；用 hall item list 查看事项目录
? 1
$ hall case open --item SC02 --applicant 甲 --staff S999
! hall: 没有工作人员 S999；用 hall staff list 查看
? 1
$ hall case open --item SC02 --applicant 甲 --received 2026-02-30 --staff S101
! hall: --received：'2026-02-30' 不是有效时间（格式 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）
? 2
$ hall case open --item SC02 --applicant 甲 --received 2026-12-01T09:00 --staff S101
! hall: 收件时间 2026-12-01T09:00 晚于现在（2026-11-24T09:30）
? 1
$ hall case open --item SC02 --applicant 甲 --missing 户口本 --staff S101
! hall: 事项 SC02 没有材料“户口本”；应是：食品经营许可申请书、营业执照复印件、食品安全管理制度、经营场所平面图
? 2
$ hall case open --item SC02 --applicant 甲 --class 退回件 --staff S101
! hall: --class 不能是退回件或补办件：退回用 hall case return，补办用 --missing
? 2
$ hall case open --item SC02 --applicant 甲 --class 快件 --staff S101
! hall: --class：没有“快件”这一类；应是 即办件/承诺件/联办件/上报件 或 instant/promised/joint/upstream
? 2
$ hall case finish 20261120-0001 --on 2026-11-19T09:00
! hall: 办件 20261120-0001：2026-11-19T09:00 早于上一步（收件登记 2026-11-20T10:00），不能倒填
? 1
$ hall case finish 20261120-0001 --on 2026-11-20T25:00
! hall: --on：'2026-11-20T25:00' 不是有效时间（格式 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）
? 2
$ hall case extend 20261120-0001 --days -2 --approved-by 主任 --reason x
! hall: --days 应为正整数，而不是 -2
? 2
$ hall case extend 20261120-0001 --days 400 --approved-by 主任 --reason x
! hall: 办件 20261120-0001：延期合计 400 个工作日，超过上限 10 个工作日
? 1
$ hall case forward 20261120-0001 --to 市局
! hall: 办件 20261120-0001 当前状态为办理中，只有上报件可以上报，不能 forward；可以：supplement, pause, extend, return, finish, urge
? 1
$ hall case decide 20261120-0001 --result maybe
! hall: --result：“maybe”不在可选值 approved, rejected 之中；用 hall case decide --help 查看用法
? 2
$ hall case rate 20261120-0001 --rating 5
! hall: 办件 20261120-0001 当前状态为办理中，不能 rate；可以：supplement, pause, extend, return, finish, urge
? 1
$ hall case resume 20261120-0001
! hall: 办件 20261120-0001 当前状态为办理中，不能 resume；可以：supplement, pause, extend, return, finish, urge
? 1
$ hall case finish 20991231-0001
! hall: 没有办件 20991231-0001；用 hall case list 查看办件
? 1
$ hall case show 20991231-0001
! hall: 没有办件 20991231-0001；用 hall case list 查看办件
? 1
$ sql SELECT (SELECT count(*) FROM "case") || '/' || (SELECT count(*) FROM case_step) || '/' || (SELECT count(*) FROM notice)
1/1/1
# A move from a terminal state.
$ hall case finish 20261120-0001 --on 2026-11-24T09:00
办件 20261120-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  办结        2026-11-24T09:00
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      rate
$ hall case rate 20261120-0001 --rating 7
! hall: --rating 应为 1 到 5（非常不满意…非常满意），而不是 7
? 2
$ hall case rate 20261120-0001 --rating 4
办件 20261120-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  办结        2026-11-24T09:00
  评价        4
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      —
$ hall case rate 20261120-0001 --rating 3
! hall: 办件 20261120-0001 当前状态为办结，已评价过，不能 rate；可以：无
? 1
$ hall --lang en case pause 20261120-0001 --reason x
! hall: case 20261120-0001 is finished: 'pause' is not allowed; it allows: none
? 1
$ sql SELECT (SELECT count(*) FROM "case") || '/' || (SELECT count(*) FROM case_step) || '/' || (SELECT count(*) FROM notice)
1/3/1
# The history cannot be rewritten, even by hand.
$ sql UPDATE case_step SET at = '2026-01-01T00:00' WHERE seq = 1
! sql: case history is append-only
? 1
# Out-of-range values and unknown names are refused, never computed or silently ignored.
$ hall case list --window W99
! hall: 没有窗口 W99；用 hall window list 查看
? 1
$ hall case list --due-within -5
! hall: --due-within 应为非负的工作日数，而不是 -5
? 2
$ hall item add X9 --name 超长 --window W01 --class promised --days 5 --statutory-days 100000 --statutory-unit months
! hall: --statutory-days 应在 0 到 3650 之间，而不是 100000
? 2
$ hall case open --item SC02 --applicant 乙 --received 2026-11-23T10:00 --staff S101
办件 20261123-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-23T10:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case supplement 20261123-0001 --missing 营业执照
! hall: 事项 SC02 没有材料“营业执照”；应是：食品经营许可申请书、营业执照复印件、食品安全管理制度、经营场所平面图
? 2
$ hall case pause 20261123-0001 --on 2026-11-24T09:00 --reason 听证
办件 20261123-0001  承诺件  暂停
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-23T10:00
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  暂停自      2026-11-24
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      resume extend return urge
$ hall case list
20261120-0001  承诺件  办结  SC02  W01  甲*  2026-11-20  2026-12-04
20261123-0001  承诺件  暂停  SC02  W01  乙*  2026-11-23  2026-12-07
共 2 件
