#include <hall/bilingual.h>
#include <hall/error.h>
#include <hall/job_lock.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

namespace hall {

std::filesystem::path JobLock::file_for(const std::filesystem::path& store_path) {
    std::filesystem::path lock = store_path;
    lock += ".job-lock";
    return lock;
}

JobLock::JobLock(const std::filesystem::path& store_path, std::chrono::milliseconds wait) {
    if (store_path == ":memory:") return;
    const auto file = file_for(store_path);
    fd_ = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
        const std::string reason = std::strerror(errno);
        throw StoreError(
            bilingual("无法创建作业锁文件 {0}（{1}）；请检查存储所在目录的权限",
                      "cannot create the job lock {0} ({1}); check the permissions of the store's folder",
                      file.string(), reason));
    }
    // Polled rather than a blocking flock, so that the wait has a bound and a job never hangs
    // behind one that hangs.
    const auto deadline = std::chrono::steady_clock::now() + wait;
    for (;;) {
        if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
        if (errno != EWOULDBLOCK && errno != EINTR) break;
        if (std::chrono::steady_clock::now() >= deadline) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ::close(fd_);
    fd_ = -1;
    throw StoreError(
        bilingual("另一个 hall 作业正在处理存储 {0}；等待 {1} 秒后放弃，请稍后重试",
                  "another hall job is running on {0}; gave up after waiting {1} s, try again later",
                  store_path.string(),
                  static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::seconds>(wait).count())));
}

JobLock::~JobLock() {
    // Closing the descriptor releases the lock; the file stays, so the next job need not
    // race to create it.
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace hall
