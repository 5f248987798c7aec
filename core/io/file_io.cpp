// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace mlimpact {

namespace {

Diagnostics failure(const std::string &file, std::string message)
{
    return {Diagnostic{Severity::Error, file, "", std::move(message)}};
}

} // namespace

Diagnostics readTextFile(const std::string &path, std::string &contents)
{
    // Scenario and catalog files are small; a cap keeps /dev/zero or a wrong
    // multi-gigabyte file from exhausting memory.
    constexpr std::uintmax_t kMaxBytes = 64ull * 1024 * 1024;
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        return failure(path, std::string("cannot open for reading: ") + std::strerror(ENOENT));
    }
    if (std::filesystem::is_directory(status)) {
        return failure(path, "is a directory, expected a file");
    }
    if (!std::filesystem::is_regular_file(status)) {
        return failure(path, "is not a regular file");
    }
    if (std::filesystem::file_size(path, ec) > kMaxBytes) {
        return failure(path, "is larger than 64 MiB; not a scenario or catalog file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return failure(path, std::string("cannot open for reading: ") + std::strerror(errno));
    }
    std::ostringstream buffer;
    // An empty file inserts nothing, which sets failbit on `buffer`: only badbit means a failed read.
    if (std::filesystem::file_size(path, ec) > 0)
        buffer << in.rdbuf();
    if (in.bad() || buffer.bad()) {
        return failure(path, "read failed");
    }
    contents = buffer.str();
    return {};
}

namespace {

std::string reason()
{
    return std::strerror(errno);
}

/// Writes all of `contents` to `fd`, then flushes it to the disk and closes it. On a full disk
/// the failure shows up here (write or fsync), never as a short file after the rename.
bool writeAllAndClose(int fd, const std::string &contents, std::string &why)
{
    const char *data = contents.data();
    std::size_t left = contents.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            why = n < 0 ? reason() : "nothing written";
            ::close(fd);
            return false;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        why = reason();
        ::close(fd);
        return false;
    }
    if (::close(fd) != 0) {
        why = reason();
        return false;
    }
    return true;
}

/// A new file at `path` (which must not exist) holding `contents`, flushed to disk.
bool writeNewFile(const std::string &path, const std::string &contents, std::string &why)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        why = reason();
        return false;
    }
    return writeAllAndClose(fd, contents, why);
}

/// Removes a staging folder and what is in it (best effort: it is ours and temporary).
void removeTree(const std::filesystem::path &dir)
{
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
}

} // namespace

Diagnostics writeTextFileAtomically(const std::string &path, const std::string &contents)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return failure(path, "cannot write: " + reason());
    std::string why;
    if (!writeAllAndClose(fd, contents, why)) {
        ::unlink(tmpl.c_str());
        return failure(path, "write failed: " + why);
    }
    // mkstemp creates 0600; a saved document should get ordinary permissions.
    ::chmod(tmpl.c_str(), 0644);
    if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
        why = reason();
        ::unlink(tmpl.c_str());
        return failure(path, "cannot replace file: " + why);
    }
    return {};
}

Diagnostics writeFilesAtomically(const std::string &directory, const std::vector<NamedContents> &files)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target = fs::path(directory).lexically_normal();
    if (!target.has_filename()) // "out/" names the folder "out"
        target = target.parent_path();
    const bool existed = fs::is_directory(target, ec);
    if (!existed && fs::exists(target, ec))
        return failure(directory, "exists and is not a folder");
    // Missing parents are made now (and removed again on failure); the folder itself
    // appears only with all its files.
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fs::path firstMade;
    for (fs::path p = parent; !p.empty() && !fs::exists(p, ec); p = p.parent_path())
        firstMade = p;
    if (!firstMade.empty() && !fs::create_directories(parent, ec))
        return failure(parent.string(), "cannot create the folder: " + ec.message());
    const auto fail = [&firstMade](const fs::path &staging, const std::string &file, std::string message) {
        removeTree(staging);
        if (!firstMade.empty())
            removeTree(firstMade);
        return failure(file, std::move(message));
    };

    // Staged on the same file system, so the moves below need no space and cannot half-fail
    // for lack of it: inside the folder if it exists, beside it otherwise.
    const fs::path stageIn = existed ? target : parent;
    std::string tmpl = (stageIn / ("." + target.filename().string() + ".export.XXXXXX")).string();
    if (!::mkdtemp(tmpl.data()))
        return fail({}, stageIn.string(), "cannot write: " + reason());
    const fs::path staging(tmpl);
    ::chmod(tmpl.c_str(), 0755); // mkdtemp makes 0700; an export folder is an ordinary folder

    for (const auto &[name, contents] : files) {
        std::string why;
        if (!writeNewFile((staging / name).string(), contents, why))
            return fail(staging, (target / name).string(), "write failed: " + why);
    }
    if (!existed) {
        if (std::rename(staging.c_str(), target.c_str()) != 0)
            return fail(staging, directory, "cannot create the folder: " + reason());
        return {};
    }
    for (const auto &file : files) {
        if (std::rename((staging / file.name).c_str(), (target / file.name).c_str()) != 0)
            return fail(staging, (target / file.name).string(), "cannot replace file: " + reason());
    }
    removeTree(staging);
    return {};
}

} // namespace mlimpact
