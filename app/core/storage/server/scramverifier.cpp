#include "scramverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace lectern {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2 with HMAC-SHA-256, one block: SCRAM's Hi().
QByteArray salted(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray block = hmac(password, salt + QByteArray("\0\0\0\1", 4));
    QByteArray result = block;
    for (int round = 1; round < iterations; ++round) {
        block = hmac(password, block);
        for (int i = 0; i < result.size(); ++i)
            result[i] = char(result[i] ^ block[i]);
    }
    return result;
}

} // namespace

QString scramSha256Verifier(const QString &password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        for (char &byte : salt)
            byte = char(QRandomGenerator::system()->bounded(256));
    }
    // SASLprep, as libpq applies it before logging in, is NFKC for the
    // passwords people type (its other steps map rare spaces and controls).
    const QByteArray saltedPassword =
        salted(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray clientKey = hmac(saltedPassword, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(saltedPassword, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace lectern
