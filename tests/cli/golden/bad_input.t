# Input refused at the door: text that is not UTF-8 or holds control characters, blank
# values, numbers that are not plain decimal or do not fit, moves and cards that name what
# is not there. Each is one line, and nothing is written.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 甲 --staff S101 --received 2026-11-20T10:00
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
$ hall case open --item SC02 --applicant '' --staff S101
! hall: --applicant 不能为空
? 2
$ hall case open --item SC02 --applicant '   ' --staff S101
! hall: --applicant 不能为空
? 2
$ hall case open --item SC02 --applicant 甲 --staff S101 --received ''
! hall: --received 不能为空
? 2
$ hall case open --item SC02 --applicant 甲 --staff S101 --investment 9223372036854775808
! hall: --investment：“9223372036854775808”太大
? 2
$ hall case open --item SC02 --applicant 甲 --staff S101 --investment 0x10
! hall: --investment：“0x10”不是有效的取值；用 hall case open --help 查看用法
? 2
$ hall case open --item SC02 --applicant 甲 --staff S101 --investment -1
! hall: --investment：“-1”不能为负数
? 2
$ hall --db '' case list
! hall: --db 不能为空
? 2
$ hall monitor --on ''
! hall: --on 不能为空
? 2
$ hall cal add 2026-11-24 0x10
! hall: N：“0x10”不是有效的取值；用 hall cal add --help 查看用法
? 2
$ hall cal add 2026-11-24 ''
! hall: N 不能为空
? 2
$ hall cal add 2026-11-24 -1
2026-11-24 之前第 1 个工作日是 2026-11-23 星期一
$ hall cal add 2026-11-24 010
2026-11-24 之后第 10 个工作日是 2026-12-08 星期二
$ hall case finish 20261120-0001 --staff S999
! hall: 没有工作人员 S999；用 hall staff list 查看
? 1
$ hall --lang en case finish 20261120-0001 --staff S999
! hall: unknown staff S999; see 'hall staff list'
? 1
$ hall staff list --window W99
! hall: 没有窗口 W99；用 hall window list 查看
? 1
$ hall card list 20990101-0001
! hall: 没有办件 20990101-0001；用 hall case list 查看办件
? 1
$ hall card add 20261120-0001 --level warning --reason 迟缓 --on 2026-11-25
! hall: --on：2026-11-25 还没有到（今天是 2026-11-24）
? 1
$ hall card add 20261120-0001 --level warning --reason 迟缓 --on 2026-11-19
! hall: 2026-11-19 早于办件 20261120-0001 的收件日期 2026-11-20
? 1
$ hall item add X1 --name 测试 --window W01 --class promised --days 10 --statutory-days 5
! hall: 法定时限 5个工作日 短于承诺时限 10个工作日：承诺不能比法律允许的更长
? 2
$ hall item add X1 --name 测试 --window W01 --class promised --days 10 --statutory-unit days
! hall: --statutory-unit 须与 --statutory-days 一起使用
? 2
$ hall item add X1 --name 测试 --window W01 --class joint --days 10 --participant W01
! hall: 联办窗口 W01 就是承办窗口
? 2
$ hall item add X1 --name 测试 --window W01 --class joint --days 10 --participant W02 --participant W02
! hall: 联办窗口 W02 重复
? 2
$ hall item add X1 --name 测试 --window W01 --class promised --days 10 --material 申请书 --material 申请书
! hall: 材料“申请书”重复
? 2
$ hall item add X1 --name 测试 --window W01 --class promised --days 10 --material ''
! hall: --material 不能为空
? 2
$ hall item add X1 --name 测试 --window W01 --class promised --days 10 --statutory-days 20 --statutory-unit days
已登记事项：X1 测试
  窗口      W01
  类别      承诺件
  承诺时限  10个工作日
  法定时限  20个自然日
$ hall --lang en case list --db nowhere.db
! hall: the store nowhere.db does not exist; check --db, or create it with 'hall init'
? 1
$ hall case show 20261120-0001 --db nowhere.db
! hall: 存储 nowhere.db 不存在；请检查 --db，或用 hall init 建立它
? 1
$ hall item list --db nowhere.db
! hall: 存储 nowhere.db 不存在；请检查 --db，或用 hall init 建立它
? 1
$ hall init --db nowhere.db
已建立存储 nowhere.db（结构版本 12），载入节假日安排 2023–2026 年
$ sql SELECT count(*) FROM "case"
1
