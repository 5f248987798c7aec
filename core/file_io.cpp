// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace mlimpact {

bool readTextFile(const std::string &path, std::string &contents, std::string &error)
{
    // Scenario and catalog files are small; a cap keeps /dev/zero or a wrong
    // multi-gigabyte file from exhausting memory.
    constexpr std::uintmax_t kMaxBytes = 64ull * 1024 * 1024;
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        error = std::string("cannot open for reading: ") + std::strerror(ENOENT);
        return false;
    }
    if (std::filesystem::is_directory(status)) {
        error = "is a directory, expected a file";
        return false;
    }
    if (!std::filesystem::is_regular_file(status)) {
        error = "is not a regular file";
        return false;
    }
    if (std::filesystem::file_size(path, ec) > kMaxBytes) {
        error = "is larger than 64 MiB; not a scenario or catalog file";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot open for reading: ") + std::strerror(errno);
        return false;
    }
    std::ostringstream buffer;
    // An empty file inserts nothing, which sets failbit on `buffer`: only badbit means a failed read.
    if (std::filesystem::file_size(path, ec) > 0)
        buffer << in.rdbuf();
    if (in.bad() || buffer.bad()) {
        error = "read failed";
        return false;
    }
    contents = buffer.str();
    return true;
}

IoResult writeTextFileAtomically(const std::string &path, const std::string &contents)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return {false, path + ": cannot write: " + std::strerror(errno)};

    const char *data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmpl.c_str());
            return {false, path + ": write failed: " + why};
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmpl.c_str());
        return {false, path + ": write failed: " + why};
    }
    // mkstemp creates 0600; a saved document should get ordinary permissions.
    ::chmod(tmpl.c_str(), 0644);
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmpl.c_str());
        return {false, path + ": cannot replace file: " + why};
    }
    return {true, {}};
}

} // namespace mlimpact
