# hall init --example: the county hall of data/example with four months of cases and events
# made from a fixed seed, so that October's ranking is worth reading on a fresh machine.
$ hall init --example
已建立存储 hall.db（结构版本 7），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
已生成示例大厅 2026-07-01 至 2026-10-31 的办件历史（种子 20261031）：办件 2496 件，其中超期 55 件；考核事件 171 条，红黄牌 82 张
$ sql SELECT count(*), min(received), max(received) FROM "case"
2496|2026-07-01T09:15|2026-10-30T17:14
$ sql SELECT max(at) FROM case_step
2026-10-30T17:44
$ hall score --month 2026-10
2026-10 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W09   95.8  流动红旗         4  —
   2  W03   92.8  流动红旗         7  —
   3  W05   91.1  流动红旗         3  —
   4  W08   90.8  —                1  —
   5  W01   88.5  —                8  —
   6  W10   87.4  —                2  —
   7  W06   86.4  —                9  —
   8  W07   84.6  —                6  —
   9  W04   84.3  —               11  —
  10  W12   83.7  —                5  —
  11  W02   83.4  —                6  —
  12  W11   82.9  —                6  —
警示：
警示        人员  窗口  原因                                依据
退回原单位  S601  W06   迟到或早退 3 次（含）以上：本月3次  event 130, event 136, event 149 · 004 十二 1
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
$ hall init --example
存储 hall.db 已经建立（结构版本 7），没有改动
