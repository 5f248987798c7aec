// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_table.h"

#include <algorithm>

namespace mlimpact {

namespace {

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return std::string(s.substr(first, last - first + 1));
}

/// Reads records one field at a time, counting lines and columns for messages.
class CsvReader
{
public:
    CsvReader(std::string_view text, const std::string &fileName, Diagnostics &diagnostics)
        : m_text(text)
        , m_file(fileName)
        , m_diagnostics(diagnostics)
    {
        if (m_text.starts_with("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as spreadsheet programs write
            m_text.remove_prefix(3);
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }

    /// One record; false on a malformed field (the error is reported).
    bool record(std::vector<std::string> &fields)
    {
        fields.clear();
        m_column = 1;
        for (;;) {
            std::string field;
            if (!readField(field))
                return false;
            fields.push_back(std::move(field));
            if (atEnd())
                return true;
            const char c = m_text[m_pos];
            if (c == ',') {
                advance();
                ++m_column;
                continue;
            }
            endLine();
            return true;
        }
    }

    bool blankLine() const { return !atEnd() && (m_text[m_pos] == '\n' || m_text.substr(m_pos).starts_with("\r\n")); }
    void skipLine() { endLine(); }

private:
    void advance() { ++m_pos; }
    void endLine()
    {
        if (m_text[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }
    bool readField(std::string &field)
    {
        if (!atEnd() && m_text[m_pos] == '"')
            return readQuoted(field);
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '\n' || c == '\r')
                break;
            if (c == '"') {
                m_diagnostics.push_back(csvError(m_file, m_line, m_column,
                                                 "a quote inside an unquoted field; expected the whole field in "
                                                 "quotes with inner quotes doubled (\"\")"));
                return false;
            }
            field += c;
            advance();
        }
        return true;
    }
    bool readQuoted(std::string &field)
    {
        const int startLine = m_line, startColumn = m_column;
        advance(); // the opening quote
        for (;;) {
            if (atEnd()) {
                m_diagnostics.push_back(csvError(m_file, startLine, startColumn,
                                                 "a quoted field is never closed; expected a closing quote"));
                return false;
            }
            const char c = m_text[m_pos];
            if (c == '"') {
                advance();
                if (!atEnd() && m_text[m_pos] == '"') {
                    field += '"';
                    advance();
                    continue;
                }
                break;
            }
            field += c;
            if (c == '\n')
                ++m_line;
            advance();
        }
        if (!atEnd() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r') {
            m_diagnostics.push_back(
                csvError(m_file, m_line, m_column, "text after a closing quote; expected a comma or a line end"));
            return false;
        }
        return true;
    }

    std::string_view m_text;
    const std::string &m_file;
    Diagnostics &m_diagnostics;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1; ///< the field's number in its record (spreadsheet column), 1-based
};

} // namespace

Diagnostic csvError(const std::string &fileName, int line, int column, const std::string &message)
{
    return {Severity::Error, fileName, "",
            "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message};
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - header.begin());
}

std::optional<CsvTable> parseCsv(std::string_view text, const std::string &fileName, Diagnostics &diagnostics)
{
    CsvReader reader(text, fileName, diagnostics);
    CsvTable table;
    if (reader.atEnd()) {
        diagnostics.push_back(csvError(fileName, 1, 1, "the file is empty; expected a header line"));
        return std::nullopt;
    }
    if (!reader.record(table.header))
        return std::nullopt;
    for (auto &name : table.header)
        name = trimmed(name);
    std::vector<std::string> fields;
    while (!reader.atEnd()) {
        if (reader.blankLine()) {
            reader.skipLine();
            continue;
        }
        const int line = reader.line();
        if (!reader.record(fields))
            return std::nullopt;
        if (fields.size() != table.header.size()) {
            // The first column missing, or the first one too many.
            const int column = static_cast<int>(std::min(fields.size(), table.header.size())) + 1;
            diagnostics.push_back(csvError(fileName, line, column,
                                           std::to_string(fields.size()) + " fields; expected " +
                                               std::to_string(table.header.size()) + " as in the header"));
            return std::nullopt;
        }
        table.rows.push_back(fields);
        table.rowLines.push_back(line);
    }
    return table;
}

} // namespace mlimpact
