// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/auth/auth_error.h"

namespace harness::core {

QString AuthError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Sign-in was cancelled.");
    case Kind::TimedOut:
        return tr("Sign-in timed out: the browser did not return to the app. Please try again.");
    case Kind::AccessDenied:
        return tr("Access was denied in the browser. To sign in, start again and allow access.");
    case Kind::StateMismatch:
        return tr("The browser returned an answer that does not belong to this sign-in attempt, so it "
                  "was rejected for your safety. Please start the sign-in again.");
    case Kind::ProviderUnreachable:
        return tr("The sign-in service could not be reached. Check your internet connection and try "
                  "again.");
    case Kind::ProviderError:
        return tr("The sign-in service answered with an error. Please try again later.");
    case Kind::InvalidConfiguration:
        return tr("The sign-in settings are incomplete or invalid (issuer URL or client id). Check them "
                  "in Settings.");
    case Kind::DiscoveryIssuerMismatch:
        return tr("The sign-in service identified itself as a different issuer than the one configured. "
                  "Sign-in was stopped; check the issuer URL in Settings.");
    case Kind::BrowserUnavailable:
        return tr("The web browser could not be opened for sign-in. Set a default browser and try again.");
    case Kind::ListenerFailed:
        return tr("The app could not prepare to receive the sign-in answer (no local port available). "
                  "Please try again.");
    case Kind::TokenMalformed:
    case Kind::UnsupportedAlgorithm:
    case Kind::UnknownSigningKey:
    case Kind::BadSignature:
    case Kind::TokenIssuerMismatch:
    case Kind::TokenAudienceMismatch:
    case Kind::NonceMismatch:
    case Kind::NonceReplayed:
        return tr("The sign-in service returned an identity token that failed verification, so it was "
                  "rejected. Please try again; if this keeps happening, contact support.");
    case Kind::TokenExpired:
    case Kind::TokenNotYetValid:
        return tr("The identity token is outside its validity period. Check that your computer's clock "
                  "is correct, then sign in again.");
    case Kind::SessionExpired:
        return tr("Your session has expired. Please sign in again.");
    case Kind::KeychainFailed:
        return tr("Your sign-in could not be saved in or removed from the system keychain.");
    }
    return {};
}

QString AuthError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::TimedOut:
        return QStringLiteral("timed-out");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::StateMismatch:
        return QStringLiteral("state-mismatch");
    case Kind::ProviderUnreachable:
        return QStringLiteral("provider-unreachable");
    case Kind::ProviderError:
        return QStringLiteral("provider-error");
    case Kind::InvalidConfiguration:
        return QStringLiteral("invalid-configuration");
    case Kind::DiscoveryIssuerMismatch:
        return QStringLiteral("discovery-issuer-mismatch");
    case Kind::BrowserUnavailable:
        return QStringLiteral("browser-unavailable");
    case Kind::ListenerFailed:
        return QStringLiteral("listener-failed");
    case Kind::TokenMalformed:
        return QStringLiteral("token-malformed");
    case Kind::UnsupportedAlgorithm:
        return QStringLiteral("unsupported-algorithm");
    case Kind::UnknownSigningKey:
        return QStringLiteral("unknown-signing-key");
    case Kind::BadSignature:
        return QStringLiteral("bad-signature");
    case Kind::TokenIssuerMismatch:
        return QStringLiteral("token-issuer-mismatch");
    case Kind::TokenAudienceMismatch:
        return QStringLiteral("token-audience-mismatch");
    case Kind::TokenExpired:
        return QStringLiteral("token-expired");
    case Kind::TokenNotYetValid:
        return QStringLiteral("token-not-yet-valid");
    case Kind::NonceMismatch:
        return QStringLiteral("nonce-mismatch");
    case Kind::NonceReplayed:
        return QStringLiteral("nonce-replayed");
    case Kind::SessionExpired:
        return QStringLiteral("session-expired");
    case Kind::KeychainFailed:
        return QStringLiteral("keychain-failed");
    }
    return QStringLiteral("unknown");
}

} // namespace harness::core
