#pragma once
// One unattended job at a time on a store. Cron may start tonight's monitor while last
// night's report is still writing, or an administrator may run a job by hand as cron does:
// the jobs (monitor, remind, report, case import) take this lock so two never interleave.
// It is an advisory lock (flock) on a file beside the store, STORE.job-lock, released when
// the holder exits however it exits, so a killed job never leaves the store locked. Clerks'
// commands do not take it: SQLite's own locking keeps them safe, and they must not wait on
// a report.

#include <chrono>
#include <filesystem>

namespace hall {

class JobLock {
public:
    // Takes the lock for the store at `store_path`, waiting up to `wait` for another job to
    // finish; then throws StoreError ("another hall job is running on STORE"). An in-memory
    // store (":memory:") has nothing to share and takes no lock.
    JobLock(const std::filesystem::path& store_path, std::chrono::milliseconds wait);
    JobLock(const JobLock&) = delete;
    JobLock& operator=(const JobLock&) = delete;
    ~JobLock();

    // The lock file for a store: STORE.job-lock.
    static std::filesystem::path file_for(const std::filesystem::path& store_path);

private:
    int fd_ = -1;
};

}  // namespace hall
