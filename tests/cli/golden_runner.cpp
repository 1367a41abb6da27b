// Runs one golden file against the real hall binary: every `$ hall ...` line is run in a
// fresh temporary folder with a fixed clock, time zone and language, and its stdout,
// stderr and exit status must match what the file says. Format:
//
//   # a comment
//   @file input.toml          a file to create in the test folder (and its folders), up to "@end"
//   @hexfile input.csv        likewise, its bytes written in hex (any spacing): a file in
//                             another encoding than the golden file's own UTF-8
//   ...
//   @end
//   $ hall cal add 2026-09-30 1
//   expected stdout line      (every stdout line must be listed, in order)
//   ! expected stderr line    (every stderr line must be listed, in order)
//   ? 1                       expected exit status (default 0)
//   $ sql SELECT count(*) FROM calendar_year
//   4                         rows of a query on the store, columns joined by '|'
//   @env TZ=UTC               from here on, run hall with this variable set to this value
//   @copy punches-gbk.csv     copy tests/cli/data/punches-gbk.csv into the test folder: for
//                             bytes a golden file cannot hold (GBK text, a byte-order mark)
//
// The defaults are HALL_NOW=2026-11-24T09:30, TZ=Asia/Shanghai and LANG=zh_CN.UTF-8. `@env`
// may change a variable but never remove one, so no command reads the wall clock: to test
// the hall's clock, give HALL_NOW a UTC instant (2026-11-20T03:34Z) and the server's TZ.
//
// With HALL_GOLDEN_UPDATE=1 the file is rewritten with what the commands printed.

#include <sqlite3.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace {

struct Expectation {
    int line = 0;
    std::string command;
    std::vector<std::string> out;
    std::vector<std::string> err;
    int status = 0;
};

struct Result {
    std::vector<std::string> out;
    std::vector<std::string> err;
    int status = 0;
};

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (char c : text) {
        if (quote) {
            if (c == quote)
                quote = 0;
            else
                word += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == ' ' || c == '\t') {
            if (in_word) words.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (in_word) words.push_back(word);
    return words;
}

std::vector<std::string> read_lines(const fs::path& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

Result run_hall(const std::string& binary, const std::vector<std::string>& args, const fs::path& dir,
                const std::vector<std::string>& env) {
    const fs::path out_file = dir / ".stdout";
    const fs::path err_file = dir / ".stderr";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    std::vector<std::string> argv_storage = {binary};
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_storage) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_storage = env;
    std::vector<char*> envp;
    for (auto& e : env_storage) envp.push_back(e.data());
    envp.push_back(nullptr);

    // The command runs inside the test folder so relative paths in golden files work.
    const fs::path previous = fs::current_path();
    fs::current_path(dir);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), envp.data());
    fs::current_path(previous);
    posix_spawn_file_actions_destroy(&actions);
    Result result;
    if (rc != 0) {
        result.status = -1;
        result.err = {"cannot start " + binary};
        return result;
    }
    int wstatus = 0;
    waitpid(pid, &wstatus, 0);
    result.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    result.out = read_lines(out_file);
    result.err = read_lines(err_file);
    return result;
}

Result run_sql(const fs::path& db_path, const std::string& query) {
    Result result;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        result.status = 1;
        result.err = {std::string("cannot open store: ") + sqlite3_errmsg(db)};
        sqlite3_close(db);
        return result;
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, query.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        result.status = 1;
        result.err = {std::string("bad query: ") + sqlite3_errmsg(db)};
    } else {
        int rc = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::string row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                if (i) row += '|';
                const auto* text = sqlite3_column_text(stmt, i);
                row += text ? reinterpret_cast<const char*>(text) : "NULL";
            }
            result.out.push_back(row);
        }
        if (rc != SQLITE_DONE) {
            result.status = 1;
            result.err = {std::string("sql: ") + sqlite3_errmsg(db)};
        }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

void print_diff(const char* what, const std::vector<std::string>& expected,
                const std::vector<std::string>& actual) {
    std::cerr << "  " << what << " expected:\n";
    for (const auto& l : expected) std::cerr << "    | " << l << '\n';
    std::cerr << "  " << what << " actual:\n";
    for (const auto& l : actual) std::cerr << "    | " << l << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: golden_runner HALL_BINARY DATA_DIR FILE.t\n";
        return 2;
    }
    const std::string binary = fs::absolute(argv[1]).string();
    const std::string data_dir = fs::absolute(argv[2]).string();
    const fs::path golden = argv[3];
    const bool update = std::getenv("HALL_GOLDEN_UPDATE") != nullptr;

    const fs::path dir = fs::temp_directory_path() /
                         ("hall-golden-" + golden.stem().string() + "-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::vector<std::string> env = {
        "HALL_DB=hall.db",  "HALL_DATA_DIR=" + data_dir, "HALL_NOW=2026-11-24T09:30", "TZ=Asia/Shanghai",
        "LANG=zh_CN.UTF-8", "HOME=" + dir.string(),      "PATH=/usr/bin:/bin",
    };

    const auto lines = read_lines(golden);
    std::vector<std::string> rewritten;
    int failures = 0;
    int commands = 0;
    std::size_t i = 0;
    while (i < lines.size()) {
        const std::string& line = lines[i];
        if (line.rfind("@file ", 0) == 0) {
            rewritten.push_back(line);
            fs::create_directories((dir / line.substr(6)).parent_path());
            std::ofstream file(dir / line.substr(6));
            for (++i; i < lines.size() && lines[i] != "@end"; ++i) {
                file << lines[i] << '\n';
                rewritten.push_back(lines[i]);
            }
            if (i < lines.size()) rewritten.push_back(lines[i]);
            ++i;
            continue;
        }
        if (line.rfind("@hexfile ", 0) == 0) {
            rewritten.push_back(line);
            std::ofstream file(dir / line.substr(9), std::ios::binary);
            for (++i; i < lines.size() && lines[i] != "@end"; ++i) {
                std::string digits;
                for (char c : lines[i])
                    if (std::isxdigit(static_cast<unsigned char>(c))) digits += c;
                for (std::size_t d = 0; d + 1 < digits.size(); d += 2)
                    file.put(static_cast<char>(std::stoi(digits.substr(d, 2), nullptr, 16)));
                rewritten.push_back(lines[i]);
            }
            if (i < lines.size()) rewritten.push_back(lines[i]);
            ++i;
            continue;
        }
        if (line.rfind("@copy ", 0) == 0) {
            rewritten.push_back(line);
            const std::string name = line.substr(6);
            std::error_code ec;
            fs::copy_file(golden.parent_path().parent_path() / "data" / name, dir / name,
                          fs::copy_options::overwrite_existing, ec);
            if (ec) {
                std::cerr << golden.string() << ":" << i + 1 << ": cannot copy " << name << ": "
                          << ec.message() << '\n';
                return 2;
            }
            ++i;
            continue;
        }
        if (line.rfind("@env ", 0) == 0) {
            const std::string assignment = line.substr(5);
            const auto equals = assignment.find('=');
            if (equals == std::string::npos || equals == 0) {
                std::cerr << golden.string() << ":" << i + 1 << ": @env wants NAME=VALUE\n";
                return 2;
            }
            const std::string name = assignment.substr(0, equals + 1);
            auto same = std::find_if(env.begin(), env.end(),
                                     [&](const std::string& e) { return e.rfind(name, 0) == 0; });
            if (same != env.end())
                *same = assignment;
            else
                env.push_back(assignment);
        }
        if (line.rfind("$ ", 0) != 0) {
            rewritten.push_back(line);
            ++i;
            continue;
        }
        Expectation expected;
        expected.line = static_cast<int>(i) + 1;
        expected.command = line.substr(2);
        for (++i; i < lines.size() && lines[i].rfind("$ ", 0) != 0 && lines[i].rfind("@file ", 0) != 0 &&
                  lines[i].rfind("@env ", 0) != 0 && lines[i].rfind("@copy ", 0) != 0 && !lines[i].empty() &&
                  lines[i][0] != '#';
             ++i) {
            const std::string& l = lines[i];
            if (l.rfind("! ", 0) == 0 || l == "!")
                expected.err.push_back(l.size() > 2 ? l.substr(2) : "");
            else if (l.rfind("? ", 0) == 0)
                expected.status = std::atoi(l.c_str() + 2);
            else
                expected.out.push_back(l.rfind("| ", 0) == 0 ? l.substr(2) : l);
        }
        ++commands;
        const auto words = split_words(expected.command);
        Result actual;
        if (!words.empty() && words[0] == "sql")
            actual = run_sql(dir / "hall.db", expected.command.substr(4));
        else if (!words.empty() && words[0] == "hall")
            actual = run_hall(binary, std::vector<std::string>(words.begin() + 1, words.end()), dir, env);
        else {
            std::cerr << golden.string() << ":" << expected.line
                      << ": a command starts with 'hall' or 'sql'\n";
            return 2;
        }
        if (update) {
            rewritten.push_back(line);
            for (const auto& l : actual.out)
                rewritten.push_back((l.empty() || l[0] == '!' || l[0] == '?' || l[0] == '$' || l[0] == '#' ||
                                     l[0] == '@' || l[0] == '|')
                                        ? "| " + l
                                        : l);
            for (const auto& l : actual.err) rewritten.push_back("! " + l);
            if (actual.status != 0) rewritten.push_back("? " + std::to_string(actual.status));
            continue;
        }
        if (actual.out != expected.out || actual.err != expected.err || actual.status != expected.status) {
            ++failures;
            std::cerr << golden.string() << ":" << expected.line << ": $ " << expected.command << '\n';
            if (actual.status != expected.status)
                std::cerr << "  exit status " << actual.status << ", expected " << expected.status << '\n';
            if (actual.out != expected.out) print_diff("stdout", expected.out, actual.out);
            if (actual.err != expected.err) print_diff("stderr", expected.err, actual.err);
        }
    }
    if (update) {
        std::ofstream out(golden);
        for (const auto& l : rewritten) out << l << '\n';
    }
    fs::remove_all(dir);
    std::cout << golden.filename().string() << ": " << commands << " commands, " << failures << " failed\n";
    return failures == 0 ? 0 : 1;
}
