# CLI11's own parse errors, in the hall's words: one line, both languages, exit 2.
$ hall
! hall: hall 需要一个命令：init, cal, window, staff, item, case, monitor, card, rules, event, score, generate, report, ask, remind, attendance, leave, complaint, verify, backup
? 2
$ hall frobnicate
! hall: 没有命令“hall frobnicate”；可用的命令：init, cal, window, staff, item, case, monitor, card, rules, event, score, generate, report, ask, remind, attendance, leave, complaint, verify, backup
? 2
$ hall --lang en frobnicate
! hall: unknown command 'hall frobnicate'; the commands are: init, cal, window, staff, item, case, monitor, card, rules, event, score, generate, report, ask, remind, attendance, leave, complaint, verify, backup
? 2
$ hall case
! hall: hall case 需要一个命令：open, supplement, supplied, pause, resume, extend, forward, decide, return, review, finish, rate, respond, withdraw, sign, correct, urge, inspect, show, history, list, notice, import, export
? 2
$ hall --lang en case
! hall: hall case needs a command: open, supplement, supplied, pause, resume, extend, forward, decide, return, review, finish, rate, respond, withdraw, sign, correct, urge, inspect, show, history, list, notice, import, export
? 2
$ hall case frobnicate
! hall: 没有命令“hall case frobnicate”；可用的命令：open, supplement, supplied, pause, resume, extend, forward, decide, return, review, finish, rate, respond, withdraw, sign, correct, urge, inspect, show, history, list, notice, import, export
? 2
$ hall --lang en card frobnicate
! hall: unknown command 'hall card frobnicate'; the commands are: add, revoke, list
? 2
$ hall case open --applicant 甲
! hall: hall case open 缺少 --item；用 hall case open --help 查看用法
? 2
$ hall --lang en case open --applicant 甲
! hall: hall case open: --item is required; see 'hall case open --help'
? 2
$ hall case open --item
! hall: --item 缺少取值；用 hall case open --help 查看用法
? 2
$ hall --lang en case open --item
! hall: --item needs a value; see 'hall case open --help'
? 2
$ hall cal add 2026-01-05 one
! hall: N：“one”不是有效的取值；用 hall cal add --help 查看用法
? 2
$ hall --lang en cal add 2026-01-05 one
! hall: N: 'one' is not a valid value; see 'hall cal add --help'
? 2
$ hall case decide 20261124-0001 --result maybe
! hall: --result：“maybe”不在可选值 approved, rejected 之中；用 hall case decide --help 查看用法
? 2
$ hall --lang en case decide 20261124-0001 --result maybe
! hall: --result: 'maybe' is not one of approved, rejected; see 'hall case decide --help'
? 2
$ hall cal next 2026-01-05 2026-01-06
! hall: hall cal next 不接受参数 2026-01-06；用 hall cal next --help 查看用法
? 2
$ hall --lang en item list extra
! hall: hall item list: unexpected argument extra; see 'hall item list --help'
? 2
$ hall cal next 2026-01-05 --format xml
! hall: --format：“xml”不在可选值 text, json 之中；用 hall cal next --help 查看用法
? 2
