#include <hall/error.h>
#include <hall/output_file.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hall {
namespace {

namespace fs = std::filesystem;

Refused cannot_write(const fs::path& target, int error) {
    const std::string why = std::strerror(error);
    return Refused(Text{fmt::format("无法写入 {0}：{1}；未写入任何内容", target.string(), why),
                        fmt::format("cannot write {0}: {1}; nothing was written", target.string(), why)});
}

// The same file, however it is spelt: compared after resolving links and dots.
bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (fs::equivalent(a, b, ec)) return true;
    const auto ca = fs::weakly_canonical(a, ec);
    if (ec) return false;
    const auto cb = fs::weakly_canonical(b, ec);
    return !ec && ca == cb;
}

class ScratchFile {
public:
    explicit ScratchFile(const fs::path& folder) : path_((folder / ".hall-out-XXXXXX").string()) {
        fd_ = ::mkstemp(path_.data());
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    ~ScratchFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!kept_) ::unlink(path_.c_str());
    }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    // Closes the file; returns errno on failure, 0 on success.
    int close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }
    void keep() { kept_ = true; }

private:
    std::string path_;
    int fd_ = -1;
    bool kept_ = false;
};

}  // namespace

void write_output_file(const fs::path& target, std::string_view content,
                       const std::vector<fs::path>& protected_files) {
    if (target.empty()) throw InvalidInput(Text{"--out 须是文件路径", "--out needs a file path"});
    for (const auto& store : protected_files) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            if (same_file(target, fs::path(store.string() + suffix)))
                throw Refused(Text{
                    fmt::format("--out {0} 是大厅的存储文件，不能覆盖；请换一个文件名", target.string()),
                    fmt::format("--out {0} is the hall's store; choose another file name", target.string())});
        }
    }
    std::error_code ec;
    const auto status = fs::status(target, ec);
    if (!ec && fs::exists(status) && !fs::is_regular_file(status))
        throw Refused(Text{fmt::format("--out {0} 不是普通文件；请写到一个文件里", target.string()),
                           fmt::format("--out {0} is not a regular file; write to a file", target.string())});
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        throw Refused(Text{fmt::format("目录 {0} 不存在；请先建立它", folder.string()),
                           fmt::format("folder {0} does not exist; create it first", folder.string())});

    ScratchFile scratch(folder);
    if (scratch.fd() < 0) throw cannot_write(target, errno);
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(scratch.fd(), data, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw cannot_write(target, errno);
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    // A report is read by people the next morning: make it durable before it replaces the old one.
    if (::fchmod(scratch.fd(), 0644) != 0 || ::fsync(scratch.fd()) != 0) throw cannot_write(target, errno);
    if (const int error = scratch.close()) throw cannot_write(target, error);
    if (::rename(scratch.path().c_str(), target.c_str()) != 0) throw cannot_write(target, errno);
    scratch.keep();
}

}  // namespace hall
