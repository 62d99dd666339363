// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/network_failure.h"

#include <QCoreApplication>

namespace harness::core {

namespace {
/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::NetworkFailure)
};
} // namespace

QString networkFailureMessage(QNetworkReply::NetworkError error, const QString& server, bool timedOut,
                              int timeoutSeconds)
{
    if (timedOut)
        return Tr::tr(
                   "%1 did not answer within %n second(s). Check your connection or proxy, then try again.",
                   nullptr, timeoutSeconds)
            .arg(server);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return Tr::tr("The server name %1 could not be found. Check the address for typos and that you are "
                      "online.")
            .arg(server);
    case QNetworkReply::ConnectionRefusedError:
        return Tr::tr(
                   "Nothing is answering at %1. Check the address and port, and that the server is running.")
            .arg(server);
    case QNetworkReply::TimeoutError:
        return Tr::tr("The connection to %1 timed out. Check your connection or proxy, then try again.")
            .arg(server);
    case QNetworkReply::RemoteHostClosedError:
        return Tr::tr("%1 closed the connection before answering. Try again in a moment.").arg(server);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return Tr::tr("A secure connection to %1 could not be set up. Check the address (https vs. http) and "
                      "your system's date and certificates.")
            .arg(server);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return Tr::tr("The network proxy could not be used to reach %1. Check Settings > Network.")
            .arg(server);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return Tr::tr(
            "The network proxy asks for a user name and password. Enter them in Settings > Network.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return Tr::
            tr("This device seems to be offline, so %1 cannot be reached. Connect to the internet and try "
               "again.")
                .arg(server);
    case QNetworkReply::ProtocolUnknownError:
        return Tr::tr("The address of %1 must start with http:// or https://.").arg(server);
    default:
        break;
    }
    return Tr::tr("%1 could not be reached. Check the address and your connection, then try again.")
        .arg(server);
}

} // namespace harness::core
