#pragma once
// Output files (--out): written whole or not at all. The text goes to a temporary file in
// the target's folder, every write and the close are checked, the file is flushed to disk,
// and only then renamed over the target, so a reader (or a crash) never sees half a report.

#include <filesystem>
#include <string_view>
#include <vector>

namespace hall {

// Writes `content` to `target`, replacing a regular file that is there. Refuses (Refused) a
// target that is one of `protected_files` or beside them as SQLite's journal (the store
// itself: -wal, -shm, -journal), an existing target that is not a regular file (a folder,
// /dev/full, a pipe), and a folder that does not exist; a failed write is a Refused naming
// the file and the system's reason. Nothing is left behind on failure.
void write_output_file(const std::filesystem::path& target, std::string_view content,
                       const std::vector<std::filesystem::path>& protected_files = {});

}  // namespace hall
