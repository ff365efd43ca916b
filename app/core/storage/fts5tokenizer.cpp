#include "fts5tokenizer.h"

#include "searchtokenizer.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace lectern {

namespace {

struct TokenizerInstance
{
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new TokenizerInstance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<TokenizerInstance *>(tokenizer);
}

// Pre-tokenized text from fts5Phrase(), replayed token by token.
int replayTokens(void *context, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    int from = 1;
    bool colocated = false;
    for (int i = 1; i <= length; ++i) {
        if (i < length && text[i] != ' ' && text[i] != alternativeMark)
            continue;
        if (i > from) {
            const int rc = token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, text + from,
                                 i - from, from, i);
            if (rc != SQLITE_OK)
                return rc;
        }
        colocated = i < length && text[i] == alternativeMark;
        from = i + 1;
    }
    return SQLITE_OK;
}

struct Fts5Sink
{
    void *context;
    int (*token)(void *, int, const char *, int, int, int);
    int rc = SQLITE_OK;
};

bool passToken(void *sink, const char *text, int length, int start, int end, bool colocated)
{
    auto *to = static_cast<Fts5Sink *>(sink);
    to->rc = to->token(to->context, colocated ? FTS5_TOKEN_COLOCATED : 0, text, length, start, end);
    return to->rc == SQLITE_OK;
}

int runTokenizer(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
                 int (*token)(void *, int, const char *, int, int, int))
{
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    if (query && length > 0 && text[0] == preTokenizedMark)
        return replayTokens(context, text, length, token);
    // Documents, and the text snippet() and highlight() mark up, with stems;
    // a query's words as written.
    Fts5Sink sink{context, token};
    emitSearchTokens(text, length, query ? TokenizeMode::Query : TokenizeMode::Document, passToken,
                     &sink);
    return sink.rc;
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

Status registerSearchTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2) {
        return Error{QCoreApplication::translate(
            "LibraryStore", "This SQLite has no full-text search (FTS5); Lectern needs it.")};
    }
    static fts5_tokenizer tokenizer = {createTokenizer, deleteTokenizer, runTokenizer};
    if (api->xCreateTokenizer(api, "lectern", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        return Error{QCoreApplication::translate("LibraryStore",
                                                 "The search tokenizer could not be set up.")};
    }
    return success();
}

} // namespace lectern
