#pragma once
// The document the renderer tests share: a heading, a record, a table with a chart, a note,
// an applicant's ID number to be masked and characters each format must escape.

#include <hall/document.h>

namespace hall::test {

inline Document sample_document() {
    Document doc;
    doc.title = Text{"行政审批简报：2026 年 10 月", "Monthly bulletin: 2026-10"};
    doc.add(Paragraph{Text{"办件情况", "Cases"}, 0, true});
    Record r;
    r.add("received", {"受理", "received"}, 12)
        .add("rate", {"办结率（%）", "finish rate (%)"}, Decimal{933, 1});
    doc.add(std::move(r));
    Table t;
    t.title = Text{"按窗口", "By window"};
    t.column("window", {"窗口", "window"})
        .column("name", {"名称", "name"})
        .column("received", {"受理", "received"}, Align::right);
    t.charts.push_back(Chart{Text{"各窗口受理件数", "Cases by window"}, 1, 2, std::nullopt});
    t.row({"W01", "市场监管 <A&B>", 7});
    t.row({"W02", "a|b,\"c\"", 5});
    t.row({"W03", "=SUM(A1) 110101199001011234", Cell()});
    doc.add(std::move(t));
    doc.note(Text{"注：截至 2026-11-24", "note: as of 2026-11-24"});
    return doc;
}

}  // namespace hall::test
