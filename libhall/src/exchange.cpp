#include <hall/bilingual.h>
#include <hall/exchange.h>
#include <hall/json.h>
#include <hall/text.h>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <unordered_map>
#include <unordered_set>

namespace hall {
namespace {

// The columns, in export order: a case's facts, repeated on each of its rows, then the step.
enum Col {
    number,
    case_type,
    item,
    window,
    applicant,
    applicant_id,
    staff,
    received,
    investment,
    pending,
    promised_by,
    seq,
    status,
    step,
    at,
    handler,
    reason,
    basis,
    actor,
    value,
    materials,
    corrects,
    overrides,
    automatic,
    column_count
};
constexpr Col first_step_column = seq;

// Chinese headers are accepted too, as a hall's own spreadsheet names them.
constexpr const char* column_zh[column_count] = {
    "办件编号", "办件类型", "事项编码",     "窗口",     "申请人",   "证件号码", "受理人",       "收件时间",
    "投资额",   "容缺材料", "承诺补齐日期", "步骤序号", "环节状态", "步骤",     "时间",         "经办人",
    "说明",     "政策依据", "批准人",       "数值",     "材料",     "更正步骤", "超时默认改判", "自动"};

using Row = std::vector<std::string>;

constexpr const char* list_separator = ";";

std::string join_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : list_separator) + i;
    return out;
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        auto end = text.find(';', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::optional<std::int64_t> integer(std::string_view text) {
    std::int64_t v = 0;
    const auto* end = text.data() + text.size();
    const auto [p, ec] = std::from_chars(text.data(), end, v);
    if (text.empty() || ec != std::errc() || p != end) return std::nullopt;
    return v;
}

// The step a status code stands for when a row names no hall step: the national table's
// moves, read where the case stands (同意 on a forwarded case is the authority's approval).
std::optional<Step> step_from_status(int code, CaseState state) {
    Step s;
    switch (code) {
        case 0:  // 不同意: only an authority's decision is a refusal without a return
            if (state != CaseState::forwarded) return std::nullopt;
            s.kind = StepKind::decide;
            s.reason = "rejected";
            return s;
        case 1:  // 同意
            if (state == CaseState::forwarded) {
                s.kind = StepKind::decide;
                s.reason = "approved";
            } else {
                s.kind = StepKind::finish;
            }
            return s;
        case 2:  // 不受理
        case 3:  // 不予受理
        case 7:  // 退回
            s.kind = StepKind::return_;
            return s;
        case 4:  // 受理
            s.kind = StepKind::open;
            return s;
        case 5:  // 补齐补正
            s.kind = StepKind::supplied;
            return s;
        case 6:  // 特别程序: hearing, expert review, public notice stop the clock
            s.kind = StepKind::pause;
            return s;
        default:
            return std::nullopt;
    }
}

bool status_fits(int code, const Step& s) {
    switch (s.kind) {
        case StepKind::return_:
            return code == 2 || code == 3 || code == 7;
        case StepKind::decide:
            return code == (s.reason == "rejected" ? 0 : 1);
        default:
            return step_status_code(s) == code;
    }
}

Row case_row(const CaseFacts& f) {
    Row r(column_count);
    r[number] = f.number;
    r[case_type] = std::to_string(case_type_code(f.item_class));
    r[item] = f.item;
    r[window] = f.window;
    r[applicant] = f.applicant;
    r[applicant_id] = f.applicant_id;
    r[staff] = f.staff;
    r[received] = f.received.to_string();
    r[investment] = f.investment ? std::to_string(f.investment) : std::string();
    r[pending] = join_list(f.pending);
    r[promised_by] = f.promised_by ? f.promised_by->to_string() : std::string();
    return r;
}

// A case as rows of the layout; what export writes and what an import is compared with.
std::vector<Row> rows_of(const CaseFacts& f, const std::vector<Step>& steps) {
    const Row head = case_row(f);
    std::vector<Row> out;
    out.reserve(steps.size());
    for (const auto& s : steps) {
        Row r = head;
        r[seq] = std::to_string(s.seq);
        if (const auto code = step_status_code(s)) r[status] = std::to_string(*code);
        r[step] = step_id(s.kind);
        r[at] = s.at.to_string();
        r[handler] = s.staff;
        r[reason] = s.reason;
        r[basis] = s.basis;
        r[actor] = s.actor;
        r[value] = s.value ? std::to_string(s.value) : std::string();
        // The open row carries the materials missing at intake: intake's one-time notice.
        r[materials] = join_list(s.kind == StepKind::open ? f.missing : s.materials);
        r[corrects] = s.corrects ? std::to_string(s.corrects) : std::string();
        r[overrides] = s.overrides_default ? "1" : "";
        r[automatic] = s.automatic ? "1" : "";
        out.push_back(std::move(r));
    }
    return out;
}

// A case of the file, read and checked.
struct Parsed {
    CaseFacts facts;
    std::vector<Step> steps;
    std::vector<std::size_t> lines;  // each step's line
};

class Reader {
public:
    Reader(const Store& store, const Calendar& calendar, const CasePolicy& policy, const CsvTable& table,
           const Moment& now)
        : calendar_(calendar), policy_(policy), table_(table), now_(now) {
        for (auto& i : store.items()) items_.emplace(i.code, std::move(i));
        for (auto& s : store.staff(std::nullopt)) staff_.insert(s.code);
        for (auto& w : store.windows()) windows_.insert(w.code);
        map_columns();
    }

    std::vector<ImportProblem> problems;

    // Visits each case of the file that has no problem.
    template <typename Visit>
    void each_case(Visit visit) {
        if (!problems.empty()) return;
        // number → the line it started at; a second pass over a file the first found whole
        // need not look again.
        std::unordered_map<std::string_view, std::size_t> seen;
        if (!grouped_) seen.reserve(table_.rows.size());
        std::size_t i = 0;
        const auto& rows = table_.rows;
        while (i < rows.size()) {
            std::size_t j = i + 1;
            const std::string_view n = field(rows[i], number);
            while (j < rows.size() && field(rows[j], number) == n) ++j;
            const auto [it, fresh] = grouped_ ? std::pair{seen.end(), true} : seen.emplace(n, rows[i].line);
            if (!fresh)
                problem(rows[i].line,
                        bilingual("办件 {0} 在第 {1} 行已出现；同一办件的各行应相邻",
                                  "case {0} already appeared at line {1}; a case's rows must be "
                                  "together",
                                  n, it->second));
            else if (auto parsed = read_case(i, j))
                visit(std::move(*parsed));
            i = j;
        }
        grouped_ = problems.empty();
    }

private:
    const Calendar& calendar_;
    const CasePolicy& policy_;
    const CsvTable& table_;
    Moment now_;
    std::unordered_map<std::string, Item> items_;
    std::unordered_set<std::string> staff_;
    std::unordered_set<std::string> windows_;
    std::vector<std::optional<std::size_t>> index_ = std::vector<std::optional<std::size_t>>(column_count);
    bool grouped_ = false;  // each case's rows are known to be together

    void problem(std::size_t line, Text why) { problems.push_back({line, std::move(why)}); }

    void map_columns() {
        const auto& names = exchange_columns();
        for (std::size_t h = 0; h < table_.header.size(); ++h) {
            const std::string& name = table_.header[h];
            std::optional<std::size_t> which;
            for (std::size_t c = 0; c < column_count; ++c)
                if (name == names[c] || name == column_zh[c]) which = c;
            if (!which) {
                problem(1, bilingual("未知的列“{0}”；可用的列见 docs/exchange.md",
                                     "unknown column '{0}'; the columns are in docs/exchange.md", name));
                continue;
            }
            if (index_[*which])
                problem(1, bilingual("列 {0} 出现了两次", "column {0} appears twice", names[*which]));
            index_[*which] = h;
        }
        for (const Col required : {number, case_type, item, applicant, staff, received, seq, at})
            if (!index_[required])
                problem(1, bilingual("缺少必需的列 {0}（{1}）", "the column {0} ({1}) is required",
                                     names[required], column_zh[required]));
        if (!index_[status] && !index_[step])
            problem(
                1, Text{"须有 status（环节状态）或 step（步骤）列", "a status or a step column is required"});
    }

    std::string_view field(const CsvRow& row, Col c) const {
        return index_[c] ? row.fields[*index_[c]] : std::string_view();
    }

    std::optional<Parsed> read_case(std::size_t from, std::size_t to) {
        const std::size_t before = problems.size();
        const auto& rows = table_.rows;
        const CsvRow& first = rows[from];
        const std::size_t line = first.line;
        Parsed p;
        CaseFacts& f = p.facts;
        f.number = field(first, number);
        if (f.number.empty()) problem(line, Text{"办件编号为空", "the case number is empty"});
        const auto type = integer(field(first, case_type));
        const auto base = type ? case_type_class(static_cast<int>(*type)) : std::nullopt;
        if (!base)
            problem(line,
                    bilingual("办件类型“{0}”不在代码表中（1 即办、2 承诺、3 联办、4 上报）",
                              "case type '{0}' is not in the code table (1 instant, 2 promised, 3 joint, "
                              "4 upstream)",
                              field(first, case_type)));
        const auto found = items_.find(std::string(field(first, item)));
        if (found == items_.end())
            problem(line, bilingual("没有事项 {0}；先导入事项目录",
                                    "unknown item {0}; import the catalogue first", field(first, item)));
        f.staff = field(first, staff);
        if (!staff_.count(f.staff))
            problem(line,
                    bilingual("没有工作人员“{0}”（受理人）", "unknown staff member '{0}' (staff)", f.staff));
        f.applicant = field(first, applicant);
        if (f.applicant.empty()) problem(line, Text{"申请人为空", "the applicant is empty"});
        f.applicant_id = field(first, applicant_id);
        const auto got = Moment::parse(field(first, received));
        if (!got)
            problem(line,
                    bilingual("收件时间“{0}”无法识别（YYYY-MM-DDTHH:MM）",
                              "received '{0}' is not a time (YYYY-MM-DDTHH:MM)", field(first, received)));
        else if (*got > now_)
            problem(line,
                    bilingual("收件时间 {0} 晚于现在", "received {0} is in the future", got->to_string()));
        if (const auto& text = field(first, investment); !text.empty()) {
            const auto v = integer(text);
            if (!v || *v < 0)
                problem(line, bilingual("投资额“{0}”应为非负整数（元）",
                                        "investment '{0}' must be whole yuan", text));
            else
                f.investment = *v;
        }
        f.pending = split_list(field(first, pending));
        if (const auto& text = field(first, promised_by); !text.empty()) {
            f.promised_by = Date::parse(text);
            if (!f.promised_by)
                problem(line,
                        bilingual("承诺补齐日期“{0}”无法识别", "promised_by '{0}' is not a date", text));
        }
        // The case's facts are on each of its rows: they must say the same.
        for (std::size_t r = from + 1; r < to; ++r)
            for (std::size_t c = 0; c < first_step_column; ++c)
                if (field(rows[r], static_cast<Col>(c)) != field(first, static_cast<Col>(c)))
                    problem(rows[r].line, bilingual("办件 {0} 的 {1} 与第 {2} 行不同",
                                                    "case {0}: {1} differs from line {2}", f.number,
                                                    exchange_columns()[c], line));
        if (problems.size() != before || !got) return std::nullopt;

        const Item& it = found->second;
        const CaseClass kind = base.value_or(CaseClass::promised);  // checked above
        f.item = it.code;
        f.item_name = it.name;
        f.item_class = kind;
        f.missing = split_list(field(first, materials));
        f.registered = it.prohibited ? CaseClass::returned : f.missing.empty() ? kind : CaseClass::supplement;
        f.promised = kind == CaseClass::instant ? Limit{0, LimitUnit::workdays} : it.promised;
        f.statutory = it.statutory;
        f.reporting_days = it.reporting_days;
        f.participants = it.participants;
        f.participant_days = it.participant_days;
        f.participant_days.resize(f.participants.size(), 0);
        f.inspection = it.inspection;
        f.received = *got;
        f.window = it.window;
        // A designated lead (004 联办件 (2)) takes the item window's place among the units.
        if (const auto& w = field(first, window); !w.empty() && w != it.window) {
            const auto unit = std::find(f.participants.begin(), f.participants.end(), w);
            if (unit == f.participants.end()) {
                problem(line, bilingual("窗口 {0} 不是事项 {1} 的责任窗口",
                                        "window {0} is not a responsible "
                                        "window of item {1}",
                                        w, it.code));
                return std::nullopt;
            }
            f.participant_days[static_cast<std::size_t>(unit - f.participants.begin())] = 0;
            *unit = it.window;
            f.window = w;
            f.lead_designated = true;
        }

        for (std::size_t r = from; r < to; ++r) {
            const auto s = read_step(rows[r], f, p.steps);
            if (!s) return std::nullopt;
            p.steps.push_back(*s);
            p.lines.push_back(rows[r].line);
        }
        return p;
    }

    std::optional<Step> read_step(const CsvRow& row, const CaseFacts& f, const std::vector<Step>& so_far) {
        const std::size_t line = row.line;
        const int expected = static_cast<int>(so_far.size()) + 1;
        const auto n = integer(field(row, seq));
        if (!n || *n != expected) {
            problem(line,
                    bilingual("办件 {0}：步骤序号应为 {1}，而不是“{2}”",
                              "case {0}: seq should be {1}, not '{2}'", f.number, expected, field(row, seq)));
            return std::nullopt;
        }
        const CaseStatus before = so_far.empty() ? CaseStatus{} : replay(f, so_far, calendar_, policy_);
        std::optional<int> code;
        if (const auto& text = field(row, status); !text.empty()) {
            const auto v = integer(text);
            if (!v || *v < 0 || *v > 7) {
                problem(line, bilingual("环节状态“{0}”不在代码表中（0–7）",
                                        "step status '{0}' is not in the code "
                                        "table (0-7)",
                                        text));
                return std::nullopt;
            }
            code = static_cast<int>(*v);
        }
        Step s;
        if (const auto& text = field(row, step); !text.empty()) {
            const auto kind = parse_step(std::string(text));
            if (!kind) {
                problem(line, bilingual("未知的步骤“{0}”", "unknown step '{0}'", text));
                return std::nullopt;
            }
            s.kind = *kind;
        } else if (code) {
            const auto from_code = step_from_status(*code, before.state);
            if (!from_code) {
                problem(line, bilingual("办件 {0}：环节状态 {1} 不适用于{2}状态的办件",
                                        "case {0}: step status {1} "
                                        "does not apply to a case that is {3}",
                                        f.number, *code, state_zh(before.state), state_id(before.state)));
                return std::nullopt;
            }
            s = *from_code;
        } else {
            problem(line, Text{"status 与 step 都为空", "both status and step are empty"});
            return std::nullopt;
        }
        s.seq = expected;
        const auto when = Moment::parse(field(row, at));
        if (!when) {
            problem(line, bilingual("时间“{0}”无法识别", "at '{0}' is not a time", field(row, at)));
            return std::nullopt;
        }
        s.at = *when;
        if (s.at > now_) {
            problem(line, bilingual("时间 {0} 晚于现在", "at {0} is in the future", s.at.to_string()));
            return std::nullopt;
        }
        s.staff = field(row, handler);
        if (!s.staff.empty() && !staff_.count(s.staff)) {
            problem(line, bilingual("没有工作人员“{0}”（经办人）", "unknown staff member '{0}' (handler)",
                                    s.staff));
            return std::nullopt;
        }
        if (const auto& text = field(row, reason); !text.empty()) s.reason = text;
        s.basis = field(row, basis);
        s.actor = field(row, actor);
        for (const auto& [c, target] : {std::pair{value, &s.value}, std::pair{corrects, &s.corrects}}) {
            if (const auto& text = field(row, c); !text.empty()) {
                const auto v = integer(text);
                if (!v || *v < -1000000 || *v > 1000000) {
                    problem(line, bilingual("{0}“{1}”应为整数", "{0} '{1}' must be a whole number",
                                            exchange_columns()[c], text));
                    return std::nullopt;
                }
                *target = static_cast<int>(*v);
            }
        }
        for (const auto& [c, target] :
             {std::pair{overrides, &s.overrides_default}, std::pair{automatic, &s.automatic}}) {
            const auto& text = field(row, c);
            if (text != "" && text != "0" && text != "1") {
                problem(line,
                        bilingual("{0} 应为 0、1 或空", "{0} must be 0, 1 or empty", exchange_columns()[c]));
                return std::nullopt;
            }
            *target = text == "1";
        }
        if (s.kind != StepKind::open) s.materials = split_list(field(row, materials));
        if (code && !status_fits(*code, s)) {
            problem(line, bilingual("环节状态 {0} 与步骤 {1} 不符", "step status {0} does not match step {1}",
                                    *code, step_id(s.kind)));
            return std::nullopt;
        }
        // The first row is the receipt; every later one a move the case allows then.
        if (so_far.empty()) {
            if (s.kind != StepKind::open || s.at != f.received) {
                problem(line,
                        bilingual("办件 {0} 的第一步应是收件（open，状态 4），时间与收件时间相同",
                                  "case {0}: the first step must be the receipt (open, status 4) at the "
                                  "received time",
                                  f.number));
                return std::nullopt;
            }
            return s;
        }
        try {
            if (s.kind == StepKind::correct) {
                check_correction(f, so_far, s);
            } else {
                const auto effective = effective_steps(so_far);
                const Step last = *std::max_element(effective.begin(), effective.end(),
                                                    [](const Step& a, const Step& b) { return a.at < b.at; });
                check_move(f, before, s, last, policy_);
            }
        } catch (const Error& e) {
            problem(line, Text{e.message(Lang::zh), e.message(Lang::en)});  // it names the case
            return std::nullopt;
        }
        return s;
    }
};

constexpr std::size_t max_listed_problems = 50;
// Below this many new cases an import keeps the indexes as they are: dropping and building
// them is not worth it, and a small import behaves as every other write.
constexpr std::size_t bulk_minimum = 10000;

[[noreturn]] void refuse(const std::string& source, const std::vector<ImportProblem>& problems) {
    // One problem is one line, as every refusal; more are listed under a heading.
    if (problems.size() == 1)
        throw DataError(bilingual("{0} 第 {1} 行：{2}；未导入任何办件", "{0} line {1}: {3}; nothing imported",
                                  source, problems.front().line, problems.front().why.zh,
                                  problems.front().why.en));
    const auto count = static_cast<std::int64_t>(problems.size());
    Text text = bilingual("{0} 有 {1} 处错误，未导入任何办件：", "{0}: {1} {2}, nothing imported:", source,
                          count, plural(count, "problem", "problems"));
    std::size_t listed = 0;
    for (const auto& p : problems) {
        if (++listed > max_listed_problems) {
            const auto more = static_cast<std::int64_t>(problems.size() - max_listed_problems);
            text.zh += fmt::format("\n  …… 另有 {} 处", more);
            text.en += fmt::format("\n  ... and {} more", more);
            break;
        }
        text.zh += fmt::format("\n  第 {} 行：{}", p.line, p.why.zh);
        text.en += fmt::format("\n  line {}: {}", p.line, p.why.en);
    }
    throw DataError(std::move(text));
}

// Export's writer: rows go into one buffer that the stream gets in large pieces, each field
// appended in place; a field at a time through the stream and a vector of strings per row
// were most of an export's time.
class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out) : out_(out) { buffer_.reserve(flush_at + flush_at / 8); }

    void field(std::string_view text) {
        if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
            buffer_ += text;
            return;
        }
        buffer_ += '"';
        for (const char c : text) {
            if (c == '"') buffer_ += '"';
            buffer_ += c;
        }
        buffer_ += '"';
    }
    void number(std::int64_t v) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        buffer_.append(digits, end);
    }
    void list(const std::vector<std::string>& items) {
        scratch_.clear();
        for (const auto& i : items) {
            if (!scratch_.empty()) scratch_ += list_separator;
            scratch_ += i;
        }
        field(scratch_);
    }
    void comma() { buffer_ += ','; }
    void raw(std::string_view text) { buffer_ += text; }
    void end_row() {
        buffer_ += "\r\n";
        if (buffer_.size() >= flush_at) flush();
    }
    std::size_t mark() const { return buffer_.size(); }
    std::string since(std::size_t mark) const { return buffer_.substr(mark); }
    void truncate(std::size_t mark) { buffer_.resize(mark); }
    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

private:
    static constexpr std::size_t flush_at = std::size_t{1} << 20;
    std::ostream& out_;
    std::string buffer_;
    std::string scratch_;
};

// The rows rows_of gives, written straight to `w`: the case's facts are formatted once and
// repeated on each of its rows.
void write_case_csv(CsvWriter& w, const CaseFacts& f, const std::vector<Step>& steps) {
    const std::size_t from = w.mark();
    w.field(f.number);
    w.comma();
    w.number(case_type_code(f.item_class));
    w.comma();
    w.field(f.item);
    w.comma();
    w.field(f.window);
    w.comma();
    w.field(f.applicant);
    w.comma();
    w.field(f.applicant_id);
    w.comma();
    w.field(f.staff);
    w.comma();
    w.field(f.received.to_string());
    w.comma();
    if (f.investment) w.number(f.investment);
    w.comma();
    w.list(f.pending);
    w.comma();
    if (f.promised_by) w.field(f.promised_by->to_string());
    w.comma();
    const std::string head = w.since(from);
    bool first = true;
    for (const auto& s : steps) {
        if (!first) w.raw(head);
        first = false;
        w.number(s.seq);
        w.comma();
        if (const auto code = step_status_code(s)) w.number(*code);
        w.comma();
        w.field(step_id(s.kind));
        w.comma();
        w.field(s.at.to_string());
        w.comma();
        w.field(s.staff);
        w.comma();
        w.field(s.reason);
        w.comma();
        w.field(s.basis);
        w.comma();
        w.field(s.actor);
        w.comma();
        if (s.value) w.number(s.value);
        w.comma();
        // The open row carries the materials missing at intake: intake's one-time notice.
        w.list(s.kind == StepKind::open ? f.missing : s.materials);
        w.comma();
        if (s.corrects) w.number(s.corrects);
        w.comma();
        if (s.overrides_default) w.raw("1");
        w.comma();
        if (s.automatic) w.raw("1");
        w.end_row();
    }
    // A case without steps writes no row, as rows_of gives none.
    if (first) w.truncate(from);
}

Json case_json(const CaseFacts& f, const std::vector<Row>& rows) {
    const auto& names = exchange_columns();
    Json c = Json::object();
    for (std::size_t k = 0; k < first_step_column; ++k) c.set(names[k], rows.front()[k]);
    Json steps = Json::array();
    for (const auto& r : rows) {
        Json s = Json::object();
        for (std::size_t k = first_step_column; k < column_count; ++k) s.set(names[k], r[k]);
        steps.push(std::move(s));
    }
    c.set("steps", std::move(steps));
    (void)f;
    return c;
}

}  // namespace

const std::vector<std::string>& exchange_columns() {
    static const std::vector<std::string> names = {
        "number", "case_type", "item",       "window",   "applicant",   "applicant_id",
        "staff",  "received",  "investment", "pending",  "promised_by", "seq",
        "status", "step",      "at",         "handler",  "reason",      "basis",
        "actor",  "value",     "materials",  "corrects", "overrides",   "automatic"};
    return names;
}

int case_type_code(CaseClass c) {
    switch (c) {
        case CaseClass::instant:
            return 1;
        case CaseClass::joint:
            return 3;
        case CaseClass::upstream:
            return 4;
        default:
            return 2;
    }
}

std::optional<CaseClass> case_type_class(int code) {
    switch (code) {
        case 1:
            return CaseClass::instant;
        case 2:
            return CaseClass::promised;
        case 3:
            return CaseClass::joint;
        case 4:
            return CaseClass::upstream;
        default:
            return std::nullopt;
    }
}

std::optional<int> step_status_code(const Step& s) {
    switch (s.kind) {
        case StepKind::open:
            return 4;
        case StepKind::supplied:
            return 5;
        case StepKind::finish:
            return 1;
        case StepKind::decide:
            return s.reason == "rejected" ? 0 : 1;
        case StepKind::pause:
            return 6;
        case StepKind::return_:
            return 7;
        default:
            return std::nullopt;
    }
}

std::vector<ImportProblem> check_import(const Store& store, const Calendar& calendar,
                                        const CasePolicy& policy, const CsvTable& table, const Moment& now) {
    Reader reader(store, calendar, policy, table, now);
    reader.each_case([](Parsed&&) {});
    return reader.problems;
}

ImportReport import_cases(Store& store, const Calendar& calendar, const CasePolicy& policy,
                          const CsvTable& table, const Moment& now, const ProgressFn& progress) {
    Reader reader(store, calendar, policy, table, now);
    const std::size_t total = table.rows.size();
    // One transaction from the existence check to the last insert: no other writer can add
    // a number between them, and the check's many reads share one read lock rather than
    // taking it per query.
    Store::Transaction tx(store);
    // A number already in the store: the same rows are this file imported before; others
    // are a clash the hall must resolve by hand.
    std::unordered_set<std::string> existing;
    for (auto& n : store.case_numbers()) existing.insert(std::move(n));
    // The first pass checks every case and keeps only which are already stored; the second
    // reads each case again to write it. Holding every parsed case between the passes took
    // more memory than the file itself.
    std::vector<bool> skip;
    std::size_t read = 0;
    reader.each_case([&](Parsed&& p) {
        read += p.steps.size();
        if (progress && skip.size() % 4096 == 0) progress(read / 2, total);
        bool same = false;
        if (existing.count(p.facts.number)) {
            const auto stored = store.load_case(p.facts.number);
            same = stored && rows_of(stored->facts, stored->steps) == rows_of(p.facts, p.steps);
            if (!same)
                reader.problems.push_back(
                    {p.lines.front(),
                     bilingual("办件 {0} 已在存储中且内容不同；核对后另行处理",
                               "case {0} is already in the store with different content; resolve it by hand",
                               p.facts.number)});
        }
        skip.push_back(same);
    });
    if (!reader.problems.empty()) {
        std::stable_sort(reader.problems.begin(), reader.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        refuse(table.source, reader.problems);
    }
    // Keeping the secondary indexes up row by row costs more than building them once when
    // the import at least doubles the store; into a large store, a small import keeps them
    // (rebuilding would read every stored case).
    const std::size_t fresh = static_cast<std::size_t>(std::count(skip.begin(), skip.end(), false));
    std::vector<std::string> indexes;
    if (fresh >= bulk_minimum && fresh >= existing.size()) indexes = store.drop_case_indexes();
    existing.clear();

    ImportReport report;
    std::size_t i = 0;
    std::size_t done = 0;
    reader.each_case([&](Parsed&& p) {
        done += p.steps.size();
        if (skip[i++]) {
            ++report.skipped;
            return;
        }
        const CaseStatus status = replay(p.facts, p.steps, calendar, policy);
        store.insert_replayed_case(p.facts, p.steps, status, now);
        ++report.cases;
        report.steps += p.steps.size();
        if (progress && i % 4096 == 0) progress(total / 2 + done / 2, total);
    });
    if (!indexes.empty()) store.create_indexes(indexes);
    tx.commit();
    if (progress) progress(total, total);
    return report;
}

std::size_t export_cases(const Store& store, const ExportOptions& options, std::ostream& out,
                         const ProgressFn& progress) {
    std::size_t count = 0;
    const bool csv = options.format == ExportFormat::csv;
    CsvWriter writer(out);
    if (csv) {
        writer.raw("\xEF\xBB\xBF");  // the byte-order mark that makes Excel read UTF-8
        for (const auto& name : exchange_columns()) {
            if (&name != &exchange_columns().front()) writer.comma();
            writer.field(name);
        }
        writer.end_row();
    } else {
        out << '[';
    }
    store.for_each_case(options.filter, true, [&](StoredCase& c) {
        if (options.mask) {
            c.facts.applicant = mask_name(c.facts.applicant);
            c.facts.applicant_id = mask_id(c.facts.applicant_id);
        }
        if (csv) {
            write_case_csv(writer, c.facts, c.steps);
        } else {
            out << (count ? ",\n  " : "\n  ");
            case_json(c.facts, rows_of(c.facts, c.steps)).write(out, 2);
        }
        ++count;
        if (progress && count % 4096 == 0) progress(count, 0);
    });
    if (csv) writer.flush();
    if (!csv) out << (count ? "\n]\n" : "]\n");
    return count;
}

}  // namespace hall
