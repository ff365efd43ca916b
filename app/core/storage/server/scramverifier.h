#pragma once

#include <QByteArray>
#include <QString>

namespace lectern {

// The SCRAM-SHA-256 verifier of a password, as PostgreSQL stores it
// ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey", RFC 5802 and 7677), made on
// this computer so that the password itself never travels or reaches a log.
// `salt` empty: 16 random bytes.
QString scramSha256Verifier(const QString &password, QByteArray salt = {}, int iterations = 4096);

} // namespace lectern
