# hall verify: the schema, every hash chain, every record and every cached status; exit 1
# listing what is wrong, one line each. hall backup: a verified copy, written whole or not at all.
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
$ hall case open --item SC02 --applicant 乙 --staff S101 --received 2026-11-20T11:00
办件 20261120-0002  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      乙
  收件        2026-11-20T11:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case finish 20261120-0001 --staff S101 --on 2026-11-23T10:00
办件 20261120-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-20T10:00
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  办结        2026-11-23T10:00
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      rate
$ hall verify
存储 hall.db 完好：核验了 2 件办件，结构、哈希链、记录和状态均无问题
$ hall verify --case 20261120-0002
存储 hall.db 完好：核验了 1 件办件，结构、哈希链、记录和状态均无问题
$ hall --lang en --json verify
{
  "db": "hall.db",
  "case": null,
  "cases": 2,
  "clean": true,
  "problems": []
}
$ hall verify --case 20261120-0099
! hall: 没有办件 20261120-0099
? 1
$ hall backup copy.db
已备份到 copy.db：副本核验无误（2 件办件）
$ hall backup copy.db
! hall: copy.db 已经存在；要替换它请加 --force
? 1
$ hall backup copy.db --force --lang en
backed up to copy.db: the copy verified clean (2 cases)
$ hall backup hall.db --force
! hall: hall.db 是大厅的存储文件，不能作为备份；请换一个文件名
? 1
$ hall backup no/such/folder/copy.db
! hall: 目录 no/such/folder 不存在；请先建立它
? 1
$ hall --db copy.db verify --lang en
store copy.db is intact: 2 cases checked; schema, hash chains, records and statuses all agree
# Someone with the file and the sqlite3 shell: a cached status edited, a trigger dropped
# and a step edited behind it.
$ sql UPDATE "case" SET state = 'finished' WHERE number = '20261120-0002'
$ sql DROP TRIGGER case_step_is_append_only_u
$ sql UPDATE case_step SET at = '2026-11-19T10:00' WHERE seq = 2
$ hall verify
[结构] case_step_is_append_only_u：触发器 case_step_is_append_only_u 不见了
[哈希链] 办件 20261120-0001 第 2 步：内容与其哈希不符：这条记录被改动过
[状态] 办件 20261120-0001：缓存的状态与重放结果不符（finished 2026-11-23T10:00 → 2026-11-19T10:00, work_days 1 → 0）
[状态] 办件 20261120-0002：缓存的状态与重放结果不符（state finished → open）
存储 hall.db：核验了 2 件办件，发现 4 处问题
? 1
$ hall verify --lang en --case 20261120-0002
[schema] case_step_is_append_only_u: trigger case_step_is_append_only_u is missing
[status] case 20261120-0002: its cached status differs from a replay of its steps (state finished → open)
store hall.db: 1 case checked, 2 problems found
? 1
$ hall --json verify --lang en
{
  "db": "hall.db",
  "case": null,
  "cases": 2,
  "clean": false,
  "problems": [
    {
      "kind": "schema",
      "table": "case_step_is_append_only_u",
      "row": null,
      "detail": "trigger case_step_is_append_only_u is missing"
    },
    {
      "kind": "chain",
      "table": "case_step",
      "row": "case 20261120-0001 step 2",
      "detail": "its content does not match its hash: the record was changed"
    },
    {
      "kind": "status",
      "table": "case",
      "row": "case 20261120-0001",
      "detail": "its cached status differs from a replay of its steps (finished 2026-11-23T10:00 → 2026-11-19T10:00, work_days 1 → 0)"
    },
    {
      "kind": "status",
      "table": "case",
      "row": "case 20261120-0002",
      "detail": "its cached status differs from a replay of its steps (state finished → open)"
    }
  ]
}
? 1
$ hall backup bad.db
[结构] case_step_is_append_only_u：触发器 case_step_is_append_only_u 不见了
[哈希链] 办件 20261120-0001 第 2 步：内容与其哈希不符：这条记录被改动过
[状态] 办件 20261120-0001：缓存的状态与重放结果不符（finished 2026-11-23T10:00 → 2026-11-19T10:00, work_days 1 → 0）
[状态] 办件 20261120-0002：缓存的状态与重放结果不符（state finished → open）
副本未通过核验（4 处问题），没有写入 bad.db；请先用 hall verify 查明
? 1
$ hall --db missing.db verify
! hall: 存储 missing.db 不存在；请检查 --db，或用 hall init 建立它
? 1
