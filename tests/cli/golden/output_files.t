# --out writes whole files or nothing, and never over the store or something not a file.
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
$ hall case notice 20261120-0001 --out hall.db
! hall: --out hall.db 是大厅的存储文件，不能覆盖；请换一个文件名
? 1
$ sql SELECT count(*) FROM "case"
1
$ hall case notice 20261120-0001 --out ./hall.db-wal
! hall: --out ./hall.db-wal 是大厅的存储文件，不能覆盖；请换一个文件名
? 1
$ hall case notice 20261120-0001 --out /dev/full
! hall: --out /dev/full 不是普通文件；请写到一个文件里
? 1
$ hall case notice 20261120-0001 --out nowhere/notice.txt
! hall: 目录 nowhere 不存在；请先建立它
? 1
$ hall item list --out hall.db
! hall: --out hall.db 是大厅的存储文件，不能覆盖；请换一个文件名
? 1
$ hall --lang en case notice 20261120-0001 --out hall.db
! hall: --out hall.db is the hall's store; choose another file name
? 1
$ hall --lang en case notice 20261120-0001 --out /dev/full
! hall: --out /dev/full is not a regular file; write to a file
? 1
$ hall case notice 20261120-0001 --out notice.txt
已写入 notice.txt
$ hall case notice 20261120-0001 --out notice.txt
已写入 notice.txt
$ sql SELECT count(*) FROM "case"
1
