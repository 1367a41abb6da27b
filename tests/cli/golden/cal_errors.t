# Bad command lines exit 2 and say what was wrong.
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall cal add 2026-02-30 1
! hall: DATE：'2026-02-30' 不是有效日期（格式 YYYY-MM-DD）
? 2
$ hall --lang en cal add 2026-13-01 1
! hall: DATE: '2026-13-01' is not a valid date (expected YYYY-MM-DD)
? 2
$ hall cal between 2026-01-05 tomorrow
! hall: TO：'tomorrow' 不是有效日期（格式 YYYY-MM-DD）
? 2
$ hall cal add 2026-01-05
! hall: hall cal add 缺少 N；用 hall cal add --help 查看用法
? 2
$ hall cal frobnicate
! hall: 没有命令“hall cal frobnicate”；可用的命令：is-workday, add, between, next, prev, show, import
? 2
$ hall --lang fr cal add 2026-01-05 1
! hall: --lang：“fr”不在可选值 zh, en 之中；用 hall cal add --help 查看用法
? 2
$ hall cal add 2026-01-05 one
! hall: N：“one”不是有效的取值；用 hall cal add --help 查看用法
? 2
$ hall cal add 2026-01-05 2000000000
! hall: 2000000000 个工作日超出了可计算的范围（最多 100000）
? 2
