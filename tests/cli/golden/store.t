# The store: created once, recognised, never mistaken for another file.
$ hall init
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
$ hall init
存储 hall.db 已经建立（结构版本 12），没有改动
$ hall --json init
{
  "db": "hall.db",
  "created": false,
  "schema": 12,
  "calendar_years": [
    2023,
    2024,
    2025,
    2026
  ],
  "example": false
}
$ sql PRAGMA journal_mode
wal
$ sql PRAGMA user_version
12
$ sql SELECT year, source FROM calendar_year ORDER BY year
2023|国务院办公厅关于2023年部分节假日安排的通知
2024|国务院办公厅关于2024年部分节假日安排的通知
2025|国务院办公厅关于2025年部分节假日安排的通知（首年全体公民放假13天）
2026|国务院办公厅关于2026年部分节假日安排的通知
@file notes.db
these are not a hall store
@end
$ hall --db notes.db cal add 2026-01-05 1
! hall: notes.db 不是 hall 的存储文件（不是 SQLite 文件）；请用 --db 指向 hall init 建立的文件
? 1
$ hall --db nowhere/hall.db init
! hall: 目录 nowhere 不存在；请先建立它，或换一个 --db 路径
? 1
