// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkReply>
#include <QString>

namespace harness::core {

/// What a failed request to a provider means for the user: the server name was not found (DNS),
/// nothing listens there, the device is offline, a proxy or TLS problem. One sentence with a fix.
/// `server` names the host in the text; `timedOut` is set when the caller aborted on its own timer.
QString networkFailureMessage(QNetworkReply::NetworkError error, const QString& server, bool timedOut,
                              int timeoutSeconds);

} // namespace harness::core
