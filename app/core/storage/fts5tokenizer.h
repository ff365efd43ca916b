#pragma once

// The "lectern" tokenizer of a library file's FTS5 index: the words of
// searchtokenizer.h, handed to SQLite.
#include "result.h"

struct sqlite3;

namespace lectern {

// Makes the tokenizer available to one SQLite connection.
Status registerSearchTokenizer(sqlite3 *db);

} // namespace lectern
