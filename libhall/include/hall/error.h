#pragma once
// The errors libhall throws. The command line catches them once, in main, and maps each
// kind to its exit status (SPEC §8): InvalidInput → 2, everything else → 1.

#include <stdexcept>
#include <string>

namespace hall {

enum class Lang { zh, en };

// A sentence for people, in both languages the hall speaks.
struct Text {
    std::string zh;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::zh ? zh : en; }
};

class Error : public std::runtime_error {
public:
    explicit Error(Text text) : std::runtime_error(text.en), text_(std::move(text)) {}
    const std::string& message(Lang lang) const { return text_.in(lang); }

private:
    Text text_;
};

// A value the user typed is malformed: a bad date, an unknown class name.
class InvalidInput : public Error {
    using Error::Error;
};

// Something named does not exist: an unknown window, item or case.
class NotFound : public Error {
    using Error::Error;
};

// A rule of the hall forbids what was asked: a move the case's state does not allow,
// an item that may not be accepted.
class Refused : public Error {
    using Error::Error;
};

// The holiday schedule of a year is not loaded, so its working days are unknown.
class UncoveredYear : public Refused {
public:
    explicit UncoveredYear(int year);
    int year() const { return year_; }

private:
    int year_;
};

// A data file (calendar, catalogue, rule profile) is malformed; the text names file and line.
class DataError : public Error {
    using Error::Error;
};

// The store cannot be used: not a hall store, written by a newer hall, or damaged.
class StoreError : public Error {
    using Error::Error;
};

}  // namespace hall
