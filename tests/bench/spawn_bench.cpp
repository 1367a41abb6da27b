// hall_bench_spawn: times whole processes, alternating between two or more commands so that
// a change in machine load during the run affects them alike, and reports medians.
//
//   hall_bench_spawn [--runs N] [--warmup N] NAME PROGRAM ARGS... ::: NAME PROGRAM ARGS...
//
// Each command is started directly with posix_spawnp (no shell), with standard output and
// standard error sent to /dev/null, and its wall time is taken around spawn + wait. Round i
// runs the commands in order for even i and in reverse order for odd i. The last command is
// the baseline: every other one is reported as a ratio of medians against it, and as the
// median of the per-round ratios. A command that exits non-zero stops the run.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct Command {
    std::string name;
    std::vector<std::string> argv;
    std::vector<double> wall_ms;
    std::vector<double> cpu_ms;  // user + system of the child
};

[[noreturn]] void usage(const char* why) {
    std::fprintf(
        stderr,
        "hall_bench_spawn: %s\n"
        "usage: hall_bench_spawn [--runs N] [--warmup N] NAME PROGRAM ARGS... ::: NAME PROGRAM ARGS...\n"
        "       (the last command is the baseline)\n",
        why);
    std::exit(2);
}

double ms(const timeval& t) {
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
}

// Runs one command to completion; returns false when it could not start or failed.
bool run_once(const Command& c, double& wall, double& cpu) {
    std::vector<char*> args;
    for (const auto& a : c.argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        std::fprintf(stderr, "hall_bench_spawn: cannot start %s: %s\n", args[0], std::strerror(rc));
        return false;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        std::perror("hall_bench_spawn: wait4");
        return false;
    }
    const auto stop = std::chrono::steady_clock::now();
    wall = std::chrono::duration<double, std::milli>(stop - start).count();
    cpu = ms(usage.ru_utime) + ms(usage.ru_stime);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "hall_bench_spawn: '%s' failed (status %d); run it by hand to see why\n",
                     c.name.c_str(), status);
        return false;
    }
    return true;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    if (v.empty()) return 0;
    const double pos = p * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

double median(const std::vector<double>& v) {
    return percentile(v, 0.5);
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 100;
    int warmup = 10;
    std::vector<Command> commands;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--runs" || a == "--warmup") && i + 1 < argc) {
            (a == "--runs" ? runs : warmup) = std::atoi(argv[++i]);
        } else {
            break;
        }
    }
    Command current;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == ":::") {
            if (current.argv.empty()) usage("a command needs a name and a program");
            commands.push_back(std::move(current));
            current = Command{};
        } else if (current.name.empty()) {
            current.name = a;
        } else {
            current.argv.push_back(a);
        }
    }
    if (current.argv.empty()) usage("a command needs a name and a program");
    commands.push_back(std::move(current));
    if (commands.size() < 2) usage("give at least two commands");
    if (runs < 1 || warmup < 0) usage("--runs must be positive and --warmup not negative");

    double wall = 0;
    double cpu = 0;
    for (int w = 0; w < warmup; ++w)
        for (const auto& c : commands)
            if (!run_once(c, wall, cpu)) return 1;

    std::vector<std::vector<double>> round_ratios(commands.size());
    for (int r = 0; r < runs; ++r) {
        std::vector<double> this_round(commands.size());
        for (std::size_t k = 0; k < commands.size(); ++k) {
            const std::size_t idx = (r % 2 == 0) ? k : commands.size() - 1 - k;
            Command& c = commands[idx];
            if (!run_once(c, wall, cpu)) return 1;
            c.wall_ms.push_back(wall);
            c.cpu_ms.push_back(cpu);
            this_round[idx] = wall;
        }
        for (std::size_t k = 0; k < commands.size(); ++k)
            round_ratios[k].push_back(this_round[k] / this_round.back());
    }

    std::printf("%d runs each (after %d warm-up runs each), alternating; times in ms\n\n", runs, warmup);
    std::printf("%-10s %9s %9s %9s %9s %9s %12s\n", "command", "median", "mean", "min", "p10", "p90",
                "cpu median");
    for (const auto& c : commands) {
        double sum = 0;
        for (double v : c.wall_ms) sum += v;
        std::printf("%-10s %9.2f %9.2f %9.2f %9.2f %9.2f %12.2f\n", c.name.c_str(), median(c.wall_ms),
                    sum / static_cast<double>(c.wall_ms.size()), percentile(c.wall_ms, 0),
                    percentile(c.wall_ms, 0.1), percentile(c.wall_ms, 0.9), median(c.cpu_ms));
    }
    const Command& base = commands.back();
    std::printf("\n");
    for (std::size_t k = 0; k + 1 < commands.size(); ++k) {
        const Command& c = commands[k];
        std::printf(
            "ratio %s/%s: %.2f (medians of wall time), %.2f (median of per-round ratios), "
            "%.2f (medians of cpu time)\n",
            c.name.c_str(), base.name.c_str(), median(c.wall_ms) / median(base.wall_ms),
            median(round_ratios[k]), median(c.cpu_ms) / median(base.cpu_ms));
    }
    return 0;
}
