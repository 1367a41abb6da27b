# hall generate: a synthetic hall of any size made through the desk, day by day, from a seed.
# The same seed gives the same store; a store that has a registry is refused.
$ hall generate --seed 3 --windows 3 --staff 7 --cases 120 --from 2026-10-12 --to 2026-10-30
已生成大厅 hall.db
种子      3
起        2026-10-12
止        2026-10-30
工作日    15
窗口      3
工作人员  7
事项      15
办件      120
办结      89
超期      0
退回      0
补正告知  0
暂停      2
评价      52
差评      1
考核事件  4
红黄牌    0
考勤打卡  410
请假      2
投诉      0
在办      31
$ sql SELECT count(*), sum(late), sum(state = 'finished') FROM "case"
120|0|89
$ sql SELECT kind, count(*) FROM event GROUP BY kind ORDER BY kind
hygiene|1
panel_rating|3
$ sql SELECT file, rows, added FROM punch_import ORDER BY id LIMIT 3
timeclock-2026-10-12.csv|28|28
timeclock-2026-10-13.csv|28|28
timeclock-2026-10-14.csv|28|28
$ sql SELECT count(*) FROM leave
2
$ sql SELECT count(*) FROM complaint
0
$ sql SELECT level, count(*) FROM card GROUP BY level ORDER BY level
warning|2
$ hall staff list --window W002
S0002  杨娜  W002  首席代表
S0005  杨超  W002  工作人员
$ hall --json generate --seed 3 --windows 3 --staff 7 --cases 120 --from 2026-10-12 --to 2026-10-30
! hall: 存储 hall.db 已有窗口：hall generate 只写入新的存储（用 --db 指定一个新文件）
? 1
$ hall --db other.db --json generate --seed 3 --windows 3 --staff 7 --cases 120 --from 2026-10-12 --to 2026-10-30
{
  "seed": 3,
  "from": "2026-10-12",
  "to": "2026-10-30",
  "days": 15,
  "windows": 3,
  "staff": 7,
  "items": 15,
  "cases": 120,
  "finished": 89,
  "late": 0,
  "returned": 0,
  "supplements": 0,
  "pauses": 2,
  "ratings": 52,
  "bad_ratings": 1,
  "events": 4,
  "cards": 0,
  "punches": 410,
  "leaves": 2,
  "complaints": 0,
  "active": 31
}
