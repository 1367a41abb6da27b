# Back-dating (004 办理行政审批事项制度 (二)2(3) 超时默认; 004 电子监察: the system records when
# each act is entered). A window that finishes a case after its deadline cannot make it on
# time by writing an earlier date; nor can a participant back-date its signature past its part
# deadline. The only way to put a wrong time right is an approved correction, which is marked.
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
@env HALL_NOW=2026-11-10T09:00
$ hall case open --item SC02 --applicant 张三 --received 2026-11-10T09:00 --staff S101
办件 20261110-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三
  收件        2026-11-10T09:00
  第一责任人  S101
  起算        2026-11-10
  截止        2026-11-24
  法定截止    2026-12-08
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
# Its deadline is 2026-11-24. Two days later the window tries to record the finish as on time.
@env HALL_NOW=2026-11-26T09:30
$ hall case finish 20261110-0001 --on 2026-11-13T16:00
! hall: 办件 20261110-0001 的截止日 2026-11-24 已过，今天（2026-11-26）录入的这一步不能写成 2026-11-13：按实际时间录入；时间确有错误的，经批准后用 hall case correct --approved-by NAME --reason R 更正
? 1
$ hall --lang en case finish 20261110-0001 --on 2026-11-24T17:00
! hall: case 20261110-0001: its deadline 2026-11-24 has passed, so a step entered today (2026-11-26) cannot be dated 2026-11-24: record it at its true time; a time that is truly wrong is put right by an approved 'hall case correct --approved-by NAME --reason R'
? 1
# Pausing it on an earlier day to stop the clock is the same trick.
$ hall case pause 20261110-0001 --on 2026-11-12T09:00 --reason 现场核查
! hall: 办件 20261110-0001 的截止日 2026-11-24 已过，今天（2026-11-26）录入的这一步不能写成 2026-11-12：按实际时间录入；时间确有错误的，经批准后用 hall case correct --approved-by NAME --reason R 更正
? 1
$ sql SELECT count(*) FROM case_step
1
# Recorded at its true time, the finish is late, and stays late.
$ hall case finish 20261110-0001
办件 20261110-0001  承诺件  办结  【逾期】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三
  收件        2026-11-10T09:00
  第一责任人  S101
  起算        2026-11-10
  截止        2026-11-24
  法定截止    2026-12-08
  办结        2026-11-26T09:30
  ！          逾期办理，永久记录
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      rate
$ hall case list --overdue
20261110-0001  承诺件  办结  SC02  W01  张*  2026-11-10  2026-11-24  逾期
共 1 件
# A time that was truly wrong: corrected only with an approver and a reason, and marked.
$ hall case correct 20261110-0001 --step 2 --on 2026-11-13T16:00 --approved-by 中心主任 --reason 办结时间录错
办件 20261110-0001  承诺件  办结
  事项        SC02 食品经营许可（窗口 W01）
  申请人      张三
  收件        2026-11-10T09:00
  第一责任人  S101
  起算        2026-11-10
  截止        2026-11-24
  法定截止    2026-12-08
  办结        2026-11-13T16:00
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      rate
$ hall case history 20261110-0001
办件 20261110-0001 的办理记录
  1  2026-11-10T09:00  收件登记  S101
  2  2026-11-26T09:30  办结      （已由第 3 步更正）
  3  2026-11-13T16:00  更正      中心主任  办结时间录错  第 2 步时间改为 2026-11-13T16:00  【此更正使逾期变为按时】
# A participant's signature, entered after its part deadline (W04: 2026-11-09), dated before it.
@env HALL_NOW=2026-11-02T09:00
$ hall case open --item ZR03 --applicant 某置业公司 --received 2026-11-02T09:00 --staff S301
办件 20261102-0001  联办件  办理中
  事项        ZR03 建设项目用地预审与选址意见书（窗口 W03）
  申请人      某置业公司
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-18
  法定截止    2026-11-30
  联办窗口    W04（待会签，2026-11-09 前）, W06（待会签，2026-11-18 前）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  可办理      supplement pause extend sign return finish urge
@env HALL_NOW=2026-11-12T09:30
$ hall case sign 20261102-0001 --window W04 --on 2026-11-05T10:00
! hall: 办件 20261102-0001 联办窗口 W04 的截止日 2026-11-09 已过，今天（2026-11-12）录入的这一步不能写成 2026-11-05：按实际时间录入；时间确有错误的，经批准后用 hall case correct --approved-by NAME --reason R 更正
? 1
$ hall case sign 20261102-0001 --window W04
办件 20261102-0001  联办件  办理中
  事项        ZR03 建设项目用地预审与选址意见书（窗口 W03）
  申请人      某置业公司
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-18
  法定截止    2026-11-30
  联办窗口    W04（逾期会签，应于 2026-11-09 前）, W06（待会签，2026-11-18 前）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  可办理      supplement pause extend sign return finish urge
