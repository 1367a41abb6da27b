# Lateness that cannot be erased: each trick a window under pressure might try, and how it
# fails (004 办理行政审批事项制度 (二)2(3) 超时默认; 退回制度; 协同办公平台; 003 六件管理制度).
# The clock stands at 2026-11-24T09:30 (a Tuesday).
$ hall init --example --no-history
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
# The first responsible person is required at intake (000 首问负责制).
$ hall case open --item SC02 --applicant 甲 --received 2026-11-02T09:00
! hall: 须写明第一责任人：--staff 工号（或在本机设置 HALL_STAFF）
? 2
@env HALL_STAFF=S101
# ... or named once on the clerk's terminal.
$ hall case open --item SC02 --applicant 甲 --received 2026-11-02T09:00
办件 20261102-0001  承诺件  办理中  【逾期】  【超时默认】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  通知书      承诺通知书 承诺〔2026〕0001号
  可办理      supplement pause extend return finish urge
# 超时默认: due 2026-11-16 and still open, so the case is deemed consented.
$ hall case return 20261102-0001 --reason 材料不全 --basis 《食品经营许可管理办法》第十二条
! hall: 办件 20261102-0001 已超过承诺时限（截止 2026-11-16），视为默认（超时默认），不能退回或不予许可；只能办结（hall case finish）。法律规定必须拒绝的，须经批准并记录：--override --approved-by 批准人 --reason 理由
? 1
$ hall --lang en case return 20261102-0001 --reason 材料不全 --basis 《食品经营许可管理办法》第十二条
! hall: case 20261102-0001 is past its promised deadline (2026-11-16) and deemed consented (超时默认): it can no longer be returned or rejected, only finished ('hall case finish'); where a statute forces a refusal, record an approved override: --override --approved-by NAME --reason R
? 1
$ hall case extend 20261102-0001 --days 3 --approved-by 中心主任 --reason 专家评审
! hall: 办件 20261102-0001 已过截止日 2026-11-16，不能再延期（004：承诺件不得随意延长办理时间）
? 1
$ hall case pause 20261102-0001 --reason 听证
! hall: 办件 20261102-0001 已过截止日 2026-11-16，不能再暂停计时（004：承诺件不得随意延长办理时间）
? 1
# The centre urges the window, with a numbered notice (督办, 002).
$ hall case urge 20261102-0001 --by 中心督查室 --note 请立即办结
办件 20261102-0001  承诺件  办理中  【逾期】  【超时默认】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  督办        1 次
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      催办通知 催办〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case notice 20261102-0001 --kind urge
                催办通知                
                                  催办〔2026〕0001号
| 
W01 市场监管窗口：
    办件 20261102-0001（“食品经营许可”事项，2026年11月2日收件）承诺于2026年11月16日前办结，已超过承诺时限，视为默认（超时默认）。请立即办理，并将办理结果报中心。
    督办事项：请立即办结
    督办人：中心督查室
| 
    受理窗口：W01 市场监管窗口    第一责任人：S101
                                      2026年11月24日
# A statute forces the refusal: an override needs an approver, and the case stays late.
$ hall case return 20261102-0001 --reason 申请人不具备法定资格 --basis 《食品经营许可管理办法》第十二条 --override
! hall: 超时默认后拒绝须经批准：写明 --approved-by 和 --reason
? 2
$ hall case return 20261102-0001 --reason 申请人不具备法定资格 --basis 《食品经营许可管理办法》第十二条 --override --approved-by 中心主任
办件 20261102-0001  退回件  退回  【逾期】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  ！          逾期办理，永久记录
  ！          超时默认后经批准依法拒绝
  督办        1 次
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      催办通知 催办〔2026〕0001号
  通知书      退回件通知书 退回〔2026〕0001号
  可办理      review rate
$ hall case notice 20261102-0001 --kind return
              退回件通知书              
                                  退回〔2026〕0001号
| 
甲：
    你（单位）于2026年11月2日申请办理的“食品经营许可”事项（办件编号 20261102-0001），经审查不予受理，现予退回。
    退回理由：申请人不具备法定资格
    政策依据：《食品经营许可管理办法》第十二条
    （本件已超过承诺时限，依法退回，经 中心主任 批准。）
    如有异议，可自收到本通知书之日起持本通知书向本中心申请复核。
| 
    受理窗口：W01 市场监管窗口    第一责任人：S101
                                      2026年11月24日
$ hall case list --overdue
20261102-0001  退回件  退回  SC02  W01  甲*  2026-11-02  2026-11-16  逾期
共 1 件
# The centre's review ruling upholds the return (复核裁定); the case stays late.
$ hall case review 20261102-0001 --uphold --reason 退回依据充分
办件 20261102-0001  退回件  退回  【逾期】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      甲
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  ！          逾期办理，永久记录
  ！          超时默认后经批准依法拒绝
  督办        1 次
  复核裁定    维持退回
  通知书      承诺通知书 承诺〔2026〕0001号
  通知书      催办通知 催办〔2026〕0001号
  通知书      退回件通知书 退回〔2026〕0001号
  通知书      复核决定书 复核〔2026〕0001号
  可办理      rate
$ hall case notice 20261102-0001 --kind review
               复核决定书               
                                  复核〔2026〕0001号
| 
甲：
    你（单位）对办件编号 20261102-0001 的退回件通知书提出复核申请。经本中心会同有关部门复核，裁定：维持退回决定。
    理由：退回依据充分
| 
    受理窗口：W01 市场监管窗口    第一责任人：S101
                                      2026年11月24日
$ hall case review 20261102-0001 --overturn --reason 再次复核
! hall: 办件 20261102-0001 当前状态为退回，不能 review；可以：rate
? 1
# An instant case can be neither paused nor extended.
$ hall case open --item SC01 --applicant 乙 --received 2026-11-24T09:00
办件 20261124-0001  即办件  办理中
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      乙
  收件        2026-11-24T09:00
  第一责任人  S101
  起算        2026-11-24
  截止        2026-11-24
  通知书      受理通知书 受理〔2026〕0001号
  可办理      supplement return finish urge
$ hall case extend 20261124-0001 --days 1 --approved-by 中心主任 --reason 系统故障
! hall: 办件 20261124-0001 当前状态为办理中，不能 extend；可以：supplement, return, finish, urge
? 1
# An extension in time prints its notice to the applicant (延期通知书).
$ hall case open --item SC02 --applicant 丙 --received 2026-11-10T09:00
办件 20261110-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丙
  收件        2026-11-10T09:00
  第一责任人  S101
  起算        2026-11-10
  截止        2026-11-24
  法定截止    2026-12-08
  通知书      承诺通知书 承诺〔2026〕0002号
  可办理      supplement pause extend return finish urge
$ hall case extend 20261110-0001 --on 2026-11-23T16:00 --days 2 --approved-by 中心主任 --reason 需专家评审
办件 20261110-0001  承诺件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丙
  收件        2026-11-10T09:00
  第一责任人  S101
  起算        2026-11-10
  截止        2026-11-26
  法定截止    2026-12-10
  暂停        0 个工作日
  延期        2 个工作日
  通知书      承诺通知书 承诺〔2026〕0002号
  通知书      延期通知书 延期〔2026〕0001号
  可办理      supplement pause extend return finish urge
$ hall case notice 20261110-0001 --kind extension
               延期通知书               
                                  延期〔2026〕0001号
| 
丙：
    你（单位）于2026年11月10日申请办理的“食品经营许可”事项（办件编号 20261110-0001），因需专家评审，经中心主任批准，办理期限延长2个工作日，现延至2026年11月26日前办结。特此告知。
| 
    受理窗口：W01 市场监管窗口    第一责任人：S101
                                      2026年11月23日
# Finished a day late, then "corrected" into time: the correction needs an approver, is
# marked, the card stays, and the monitor lists it.
$ hall case open --item SC02 --applicant 丁 --received 2026-11-02T09:30
办件 20261102-0002  承诺件  办理中  【逾期】  【超时默认】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丁
  收件        2026-11-02T09:30
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      supplement pause extend return finish urge
$ hall case finish 20261102-0002 --on 2026-11-17T10:00
办件 20261102-0002  承诺件  办结  【逾期】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丁
  收件        2026-11-02T09:30
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  办结        2026-11-17T10:00
  ！          逾期办理，永久记录
  通知书      承诺通知书 承诺〔2026〕0003号
  可办理      rate
$ hall monitor --on 2026-11-18
2026-11-18 电子监察：检查在办件 2 件，新出示 1 张，撤销容缺审批 0 件
  20261102-0002  黄牌  past_promised_limit    超过承诺时限 2026-11-16
$ hall case correct 20261102-0002 --step 2 --on 2026-11-16T16:00 --reason 办结时间录错
! hall: hall case correct 缺少 --approved-by；用 hall case correct --help 查看用法
? 2
$ hall case correct 20261102-0002 --step 2 --on 2026-11-16T16:00 --reason 办结时间录错 --approved-by 中心主任
办件 20261102-0002  承诺件  办结  【黄牌】
  事项        SC02 食品经营许可（窗口 W01）
  申请人      丁
  收件        2026-11-02T09:30
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-16
  法定截止    2026-11-30
  办结        2026-11-16T16:00
  通知书      承诺通知书 承诺〔2026〕0003号
  黄牌        2026-11-18 past_promised_limit
  可办理      rate
$ hall case history 20261102-0002
办件 20261102-0002 的办理记录
  1  2026-11-02T09:30  收件登记  S101
  2  2026-11-17T10:00  办结      （已由第 3 步更正）
  3  2026-11-16T16:00  更正      中心主任  办结时间录错  第 2 步时间改为 2026-11-16T16:00  【此更正使逾期变为按时】
$ hall card list 20261102-0002
1  20261102-0002  黄牌  2026-11-18  past_promised_limit  自动
$ hall monitor
2026-11-24 电子监察：检查在办件 2 件，新出示 2 张，撤销容缺审批 0 件
  20261124-0001  预警  due_soon               将于 2026-11-24 到期
  20261102-0001  黄牌  past_promised_limit    超过承诺时限 2026-11-16
当日的更正中，以下使逾期变为按时：
  20261102-0002  第 2 步改为 2026-11-16T16:00，逾期变按时  中心主任  办结时间录错
# One-time notice: a second request is a breach on record and leaves the clock where it was.
$ hall case open --item SC02 --applicant 戊 --received 2026-11-18T09:00 --missing 营业执照复印件
办件 20261118-0001  补办件  待补齐
  事项        SC02 食品经营许可（窗口 W01）
  申请人      戊
  收件        2026-11-18T09:00
  第一责任人  S101
  起算        —
  截止        —
  待补材料    营业执照复印件
  通知书      补办通知单 补办〔2026〕0001号
  可办理      supplement supplied return urge
$ hall case supplied 20261118-0001 --on 2026-11-19T09:00
办件 20261118-0001  补办件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      戊
  收件        2026-11-18T09:00
  第一责任人  S101
  起算        2026-11-19
  截止        2026-12-03
  法定截止    2026-12-17
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0004号
  可办理      supplement pause extend return finish urge
$ hall case supplement 20261118-0001 --missing 经营场所平面图 --on 2026-11-20T09:00
办件 20261118-0001  补办件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      戊
  收件        2026-11-18T09:00
  第一责任人  S101
  起算        2026-11-19
  截止        2026-12-03
  法定截止    2026-12-17
  待补材料    经营场所平面图
  ！          未执行一次性告知 1 次（第 2 次告知）
  通知书      补办通知单 补办〔2026〕0001号
  通知书      承诺通知书 承诺〔2026〕0004号
  通知书      补办通知单 补办〔2026〕0002号
  记录        2026-11-20 notice_breach
  可办理      supplement pause extend return supplied finish urge
$ hall card list 20261118-0001
4  20261118-0001  记录  2026-11-20  notice_breach  自动
# The one exception: what was handed in is itself defective, said explicitly.
$ hall case open --item SC02 --applicant 己 --received 2026-11-18T09:10 --missing 营业执照复印件
办件 20261118-0002  补办件  待补齐
  事项        SC02 食品经营许可（窗口 W01）
  申请人      己
  收件        2026-11-18T09:10
  第一责任人  S101
  起算        —
  截止        —
  待补材料    营业执照复印件
  通知书      补办通知单 补办〔2026〕0003号
  可办理      supplement supplied return urge
$ hall case supplied 20261118-0002 --on 2026-11-19T09:00
办件 20261118-0002  补办件  办理中
  事项        SC02 食品经营许可（窗口 W01）
  申请人      己
  收件        2026-11-18T09:10
  第一责任人  S101
  起算        2026-11-19
  截止        2026-12-03
  法定截止    2026-12-17
  通知书      补办通知单 补办〔2026〕0003号
  通知书      承诺通知书 承诺〔2026〕0005号
  可办理      supplement pause extend return finish urge
$ hall case supplement 20261118-0002 --missing 经营场所平面图 --defective --on 2026-11-20T09:00
! hall: “经营场所平面图”不在已告知的材料中；材料有缺陷只能针对已告知并已补交的材料
? 1
$ hall case supplement 20261118-0002 --missing 营业执照复印件 --defective --on 2026-11-20T09:00
办件 20261118-0002  补办件  待补齐
  事项            SC02 食品经营许可（窗口 W01）
  申请人          己
  收件            2026-11-18T09:10
  第一责任人      S101
  起算            —
  截止            —
  待补材料        营业执照复印件
  补交材料有缺陷  1
  通知书          补办通知单 补办〔2026〕0003号
  通知书          承诺通知书 承诺〔2026〕0005号
  通知书          补办通知单 补办〔2026〕0004号
  可办理          supplement supplied return urge
# An upstream case forwarded late cannot be rejected without an approved override.
$ hall case open --item ZR02 --applicant 某矿业公司 --received 2026-11-02T09:00 --staff S301
办件 20261102-0003  上报件  办理中  【逾期】  【超时默认】
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      某矿业公司
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-09
  法定截止    2026-12-28
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      supplement pause extend forward return finish urge
$ hall case forward 20261102-0003 --to 市自然资源和规划局 --on 2026-11-12T09:00
办件 20261102-0003  上报件  已上报  【逾期】  【超时默认】
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      某矿业公司
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-09
  法定截止    2026-12-28
  ！          逾期上报
  通知书      上报件承诺通知书 上报〔2026〕0001号
  可办理      decide urge
$ hall case decide 20261102-0003 --result rejected --on 2026-11-20T09:00
! hall: 办件 20261102-0003 已超过承诺时限（截止 2026-11-09），视为默认（超时默认），不能退回或不予许可；只能记录上级同意的决定（hall case decide --result approved）。法律规定必须拒绝的，须经批准并记录：--override --approved-by 批准人 --reason 理由
? 1
$ hall case decide 20261102-0003 --result rejected --on 2026-11-20T09:00 --override --approved-by 中心主任 --reason 《矿产资源法》禁止开采区
办件 20261102-0003  上报件  办结  【逾期】
  事项        ZR02 采矿权新立登记（窗口 W03）
  申请人      某矿业公司
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-09
  法定截止    2026-12-28
  办结        2026-11-20T09:00（上级不同意）
  ！          逾期上报
  ！          逾期办理，永久记录
  ！          超时默认后经批准依法拒绝
  通知书      上报件承诺通知书 上报〔2026〕0001号
  通知书      不予许可决定书 不予许可〔2026〕0001号
  可办理      rate
$ hall case notice 20261102-0003 --kind rejection
             不予许可决定书             
                              不予许可〔2026〕0001号
| 
某矿业公司：
    你（单位）于2026年11月2日申请办理的“采矿权新立登记”事项（办件编号 20261102-0003），经市自然资源和规划局审查，决定不予许可。
    理由：《矿产资源法》禁止开采区（本件已超过承诺时限，经 中心主任 批准。）
    如不服本决定，可依法申请行政复议或者提起行政诉讼。
| 
    受理窗口：W03 自然资源窗口    第一责任人：S301
                                      2026年11月20日
# Joint cases: the centre may designate the lead; each participant has its own part limit
# and a participant late with its part earns the card itself.
$ hall case open --item ZR03 --applicant 某置业公司 --received 2026-11-23T09:00 --staff S401 --lead W04
办件 20261123-0001  联办件  办理中
  事项        ZR03 建设项目用地预审与选址意见书（窗口 W04）
  申请人      某置业公司
  收件        2026-11-23T09:00
  第一责任人  S401
  牵头窗口    W04（中心指定）
  起算        2026-11-23
  截止        2026-12-09
  法定截止    2026-12-21
  联办窗口    W03（待会签，2026-12-09 前）, W06（待会签，2026-12-09 前）
  通知书      联办件承诺通知书 联办〔2026〕0001号
  可办理      supplement pause extend sign return finish urge
$ hall case open --item ZR03 --applicant 某开发公司 --received 2026-11-02T09:00 --staff S301
办件 20261102-0004  联办件  办理中  【逾期】  【超时默认】
  事项        ZR03 建设项目用地预审与选址意见书（窗口 W03）
  申请人      某开发公司
  收件        2026-11-02T09:00
  第一责任人  S301
  起算        2026-11-02
  截止        2026-11-18
  法定截止    2026-11-30
  联办窗口    W04（待会签，2026-11-09 前）, W06（待会签，2026-11-18 前）
  通知书      联办件承诺通知书 联办〔2026〕0002号
  可办理      supplement pause extend sign return finish urge
# Site inspection within 5 working days (004 (二)2(2)).
$ hall case open --item ZJ01 --applicant 某建设公司 --received 2026-11-10T09:00 --staff S401
办件 20261110-0002  承诺件  办理中  【逾期】  【超时默认】
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      某建设公司
  收件        2026-11-10T09:00
  第一责任人  S401
  起算        2026-11-10
  截止        2026-11-19
  法定截止    2026-11-25
  现场踏勘    应于 2026-11-17 前完成
  通知书      承诺通知书 承诺〔2026〕0006号
  可办理      supplement pause extend inspect return finish urge
@env HALL_NOW=2026-11-13T15:00
$ hall case inspect 20261110-0002 --on 2026-11-13T15:00 --result 现场符合施工条件
办件 20261110-0002  承诺件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      某建设公司
  收件        2026-11-10T09:00
  第一责任人  S401
  起算        2026-11-10
  截止        2026-11-19
  法定截止    2026-11-25
  现场踏勘    2026-11-13 已踏勘（应于 2026-11-17 前）
  通知书      承诺通知书 承诺〔2026〕0006号
  可办理      supplement pause extend return finish urge
@env HALL_NOW=2026-11-24T09:30
$ hall case open --item ZJ01 --applicant 某施工公司 --received 2026-11-16T09:00 --staff S401 --pending 施工合同 --promise-by 2026-11-20
办件 20261116-0001  承诺件  办理中
  事项        ZJ01 建筑工程施工许可（窗口 W04）
  申请人      某施工公司
  收件        2026-11-16T09:00
  第一责任人  S401
  起算        2026-11-16
  截止        2026-11-25
  法定截止    2026-12-01
  待补材料    施工合同（承诺 2026-11-20 前补齐）
  现场踏勘    应于 2026-11-23 前完成
  通知书      承诺通知书 承诺〔2026〕0007号
  通知书      容缺受理通知书 容缺〔2026〕0001号
  可办理      supplement pause extend inspect return supplied finish urge
$ hall case notice 20261116-0001 --kind tolerance
             容缺受理通知书             
                                  容缺〔2026〕0001号
| 
某施工公司：
    你（单位）于2026年11月16日申请办理的“建筑工程施工许可”事项（办件编号 20261116-0001），主要申请材料齐全，下列非必要材料暂缺：
    1. 施工合同
    根据你（单位）的书面承诺，本中心实行容缺预审，先行办理。请于2026年11月20日前补齐上述材料；逾期未补齐的，将撤销审批文件或证照。
| 
    受理窗口：W04 住建窗口    第一责任人：S401
                                      2026年11月16日
# A bad rating not answered in time is a record of its own.
$ hall case open --item SC01 --applicant 庚 --received 2026-11-02T09:00
办件 20261102-0005  即办件  办理中  【逾期】  【超时默认】
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      庚
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-02
  通知书      受理通知书 受理〔2026〕0002号
  可办理      supplement return finish urge
@env HALL_NOW=2026-11-02T10:00
$ hall case finish 20261102-0005 --on 2026-11-02T10:00
办件 20261102-0005  即办件  办结
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      庚
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-02
  办结        2026-11-02T10:00
  通知书      受理通知书 受理〔2026〕0002号
  可办理      rate
@env HALL_NOW=2026-11-24T09:30
$ hall case rate 20261102-0005 --rating 1 --on 2026-11-02T10:05
办件 20261102-0005  即办件  办结
  事项        SC01 个体工商户设立登记（窗口 W01）
  申请人      庚
  收件        2026-11-02T09:00
  第一责任人  S101
  起算        2026-11-02
  截止        2026-11-02
  办结        2026-11-02T10:00
  评价        1（差评，须于 2026-11-09 前核实答复）
  通知书      受理通知书 受理〔2026〕0002号
  可办理      respond
$ hall monitor
2026-11-24 电子监察：检查在办件 8 件，新出示 8 张，撤销容缺审批 0 件
  20261102-0004  黄牌  past_promised_limit       超过承诺时限 2026-11-18
  20261102-0004  黄牌  participant_late     W04  联办窗口 W04 应于 2026-11-09 前完成会签
  20261102-0004  黄牌  participant_late     W06  联办窗口 W06 应于 2026-11-18 前完成会签
  20261110-0002  黄牌  past_promised_limit       超过承诺时限 2026-11-19
  20261116-0001  预警  due_soon                  将于 2026-11-25 到期
  20261116-0001  黄牌  inspection_late           现场踏勘应于 2026-11-23 前完成，尚无记录
  20261102-0003  黄牌  late_report               上报件逾期上报
  20261102-0005  记录  rating_unanswered         差评应于 2026-11-09 前核实答复，未答复
超时默认（超过承诺时限未办结）2 件：
  20261102-0004  W03  2026-11-18  超时默认
  20261110-0002  W04  2026-11-19  超时默认
当日的更正中，以下使逾期变为按时：
  20261102-0002  第 2 步改为 2026-11-16T16:00，逾期变按时  中心主任  办结时间录错
$ hall --json monitor
{
  "on": "2026-11-24",
  "examined": 8,
  "issued": [],
  "withdrawn": [],
  "deemed_consented": [
    {
      "case": "20261102-0004",
      "window": "W03",
      "deadline": "2026-11-18"
    },
    {
      "case": "20261110-0002",
      "window": "W04",
      "deadline": "2026-11-19"
    }
  ],
  "lateness_corrections": [
    {
      "case": "20261102-0002",
      "seq": 3,
      "corrects": 2,
      "at": "2026-11-16T16:00",
      "approved_by": "中心主任",
      "reason": "办结时间录错",
      "recorded_at": "2026-11-24T09:30"
    }
  ]
}
$ hall card list
 1  20261102-0002  黄牌  2026-11-18  past_promised_limit  自动
 2  20261124-0001  预警  2026-11-24  due_soon             自动
 3  20261102-0001  黄牌  2026-11-24  past_promised_limit  自动
 4  20261118-0001  记录  2026-11-20  notice_breach        自动
 5  20261102-0004  黄牌  2026-11-24  past_promised_limit  自动
 6  20261102-0004  黄牌  2026-11-24  participant_late     自动  W04
 7  20261102-0004  黄牌  2026-11-24  participant_late     自动  W06
 8  20261110-0002  黄牌  2026-11-24  past_promised_limit  自动
 9  20261116-0001  预警  2026-11-24  due_soon             自动
10  20261116-0001  黄牌  2026-11-24  inspection_late      自动
11  20261102-0003  黄牌  2026-11-24  late_report          自动
12  20261102-0005  记录  2026-11-24  rating_unanswered    自动
