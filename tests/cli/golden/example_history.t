# hall init --example: the county hall of data/example with four months of cases and events
# made from a fixed seed, so that October's ranking is worth reading on a fresh machine.
$ hall init --example
已建立存储 hall.db（结构版本 12），载入节假日安排 2023–2026 年
已载入示例大厅：窗口 12 个，工作人员 40 名，事项 35 项
已生成示例大厅 2026-07-01 至 2026-10-31 的办件历史（种子 20261031）：办件 2565 件，其中超期 39 件；考核事件 175 条，红黄牌 48 张
$ sql SELECT count(*), min(received), max(received) FROM "case"
2565|2026-07-01T09:15|2026-10-30T17:02
$ sql SELECT max(at) FROM case_step
2026-10-30T17:44
$ hall score --month 2026-10
2026-10 window-flag：窗口排名（流动红旗评比）
名次  窗口  得分  红旗      扣加分项  备注
   1  W10   97.8  流动红旗         3  —
   2  W08   94.7  流动红旗         3  —
   3  W12   94.4  流动红旗         3  —
   4  W02   90.4  —                2  —
   5  W11     90  —                3  —
   6  W03   88.3  —                5  —
   7  W06   87.4  —                6  —
   8  W09   87.3  —                2  —
   9  W04   86.5  —                3  —
  10  W01   86.4  —                5  —
  11  W05   86.4  —                5  —
  12  W07   79.3  —                8  —
本月评 3 面流动红旗；同分依次比较方案的 tie_break 与编号
$ hall init --example
存储 hall.db 已经建立（结构版本 12），没有改动
