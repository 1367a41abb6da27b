// Fails when a command of `hall` has no golden test: walks `hall --help` down every
// subcommand and looks for a `$ hall ... <command path>` line in the golden files.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string capture(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[4096];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
    pclose(pipe);
    return out;
}

std::vector<std::string> subcommands(const std::string& help) {
    std::vector<std::string> names;
    std::istringstream in(help);
    bool in_section = false;
    for (std::string line; std::getline(in, line);) {
        if (line == "Subcommands:") {
            in_section = true;
            continue;
        }
        if (in_section) {
            if (line.rfind("  ", 0) != 0) break;
            std::istringstream words(line);
            std::string name;
            words >> name;
            names.push_back(name);
        }
    }
    return names;
}

void leaves(const std::string& binary, const std::string& path, std::vector<std::string>& out) {
    const auto children = subcommands(capture(binary + " " + path + " --help"));
    if (children.empty()) {
        out.push_back(path);
        return;
    }
    for (const auto& child : children) leaves(binary, path.empty() ? child : path + " " + child, out);
}

// The words of a golden command line that are not options or their values.
std::string command_path(const std::string& line) {
    std::istringstream in(line.substr(2));
    std::string word, path;
    in >> word;  // hall
    bool skip_value = false;
    while (in >> word) {
        if (skip_value) {
            skip_value = false;
            continue;
        }
        if (word == "--db" || word == "--lang") {
            skip_value = true;
            continue;
        }
        if (word.rfind("-", 0) == 0) continue;
        path += (path.empty() ? "" : " ") + word;
    }
    return path;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: command_coverage HALL_BINARY GOLDEN_DIR\n";
        return 2;
    }
    std::vector<std::string> commands;
    leaves(std::string("HALL_DB=/nonexistent/none.db ") + argv[1], "", commands);
    std::set<std::string> tested;
    for (const auto& entry : fs::directory_iterator(argv[2])) {
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);)
            if (line.rfind("$ hall", 0) == 0) tested.insert(command_path(line) + " ");
    }
    int missing = 0;
    for (const auto& command : commands) {
        bool found = false;
        for (const auto& t : tested)
            if (t.rfind(command + " ", 0) == 0) found = true;
        if (!found) {
            std::cerr << "no golden test runs 'hall " << command << "'\n";
            ++missing;
        }
    }
    std::cout << commands.size() << " commands, " << missing << " without a golden test\n";
    return missing == 0 && !commands.empty() ? 0 : 1;
}
