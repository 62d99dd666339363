// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace harness::core {

/// The parts of an OpenID Provider's discovery document (OpenID Connect Discovery 1.0 §3) that
/// the sign-in uses.
struct ProviderMetadata {
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;
    QUrl revocationEndpoint;
    QUrl endSessionEndpoint;
    QStringList codeChallengeMethods;

    /// Parses and checks the document fetched from `configuredIssuer`'s well-known URL. Empty
    /// `error` on success; `issuerMismatch` tells a document of another issuer from a broken one.
    static ProviderMetadata fromJson(const QByteArray& json, const QString& configuredIssuer, QString* error,
                                     bool* issuerMismatch);
    /// <issuer>/.well-known/openid-configuration (a trailing slash of the issuer is not doubled).
    static QUrl discoveryUrl(const QUrl& issuer);
};

} // namespace harness::core
