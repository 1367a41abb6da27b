# The hall's own clock: "now" is the hall's time in its zone (Asia/Shanghai by default),
# whatever time zone the server runs in. HALL_NOW here is a UTC instant, as the computer's
# clock gives it: 03:34 UTC is 11:34 in Beijing.
@env TZ=UTC
@env HALL_NOW=2026-11-20T03:34Z
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
$ hall case open --item SC02 --applicant 张三 --staff S101
办件 20261120-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三
  收件        2026-11-20T11:34
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
@env TZ=America/New_York
$ hall case open --item SC02 --applicant 李四 --staff S101
办件 20261120-0002  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      李四
  收件        2026-11-20T11:34
  第一责任人  S101
  起算        2026-11-20
  截止        2026-12-04
  法定截止    2026-12-18
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ sql SELECT number, received FROM "case" ORDER BY id
20261120-0001|2026-11-20T11:34
20261120-0002|2026-11-20T11:34

# Near midnight the day is the hall's: 16:30 UTC on the 20th is 00:30 on the 21st in Beijing.
@env HALL_NOW=2026-11-20T16:30Z
$ hall cal is-workday 2026-11-21
2026-11-21 星期六 不是工作日：周末休息日
$ hall case open --item SC02 --applicant 王五 --staff S101
办件 20261121-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      王五
  收件        2026-11-21T00:30
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend return finish urge
! hall: 注意：2026-11-21 不是工作日，按下一个工作日 2026-11-23 起算
$ sql SELECT number, received FROM "case" ORDER BY id DESC LIMIT 1
20261121-0001|2026-11-21T00:30

# A hall in Xinjiang keeps Urumqi time (UTC+6): 03:34 UTC is 09:34 there.
@env HALL_NOW=2026-11-23T03:34Z
$ hall rules set time_zone Asia/Urumqi --by 管理员
规则 time_zone 已由 管理员 于 2026-11-23T11:34 从 默认值 改为 Asia/Urumqi
$ hall case open --item SC02 --applicant 赵六 --staff S101
办件 20261123-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      赵六
  收件        2026-11-23T09:34
  第一责任人  S101
  起算        2026-11-23
  截止        2026-12-07
  法定截止    2026-12-21
  通知书      承诺通知书 承诺〔2026〕0004号
  可办理      supplement pause extend return finish urge
$ sql SELECT number, received FROM "case" ORDER BY id DESC LIMIT 1
20261123-0001|2026-11-23T09:34

@env HALL_NOW=yesterday
$ hall case open --item SC02 --applicant 钱七 --staff S101
! hall: HALL_NOW=yesterday 不是 YYYY-MM-DDTHH:MM（大厅时间）或 YYYY-MM-DDTHH:MMZ（UTC）
? 2
