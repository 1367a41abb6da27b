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
办结      79
超期      0
退回      3
补正告知  2
暂停      0
评价      48
差评      0
考核事件  10
红黄牌    1
在办      38
$ sql SELECT count(*), sum(late), sum(state = 'finished') FROM "case"
120|0|79
$ sql SELECT kind, count(*) FROM event GROUP BY kind ORDER BY kind
appearance|1
late|4
off_post|2
panel_rating|3
$ sql SELECT level, count(*) FROM card GROUP BY level ORDER BY level
record|2
warning|4
yellow|1
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
  "finished": 79,
  "late": 0,
  "returned": 3,
  "supplements": 2,
  "pauses": 0,
  "ratings": 48,
  "bad_ratings": 0,
  "events": 10,
  "cards": 1,
  "active": 38
}
