// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/proxy_settings.h"

#include "core/store/local_settings_repository.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

namespace harness::core {

namespace {

const QString modeKey = QStringLiteral("network.proxy.mode");
const QString typeKey = QStringLiteral("network.proxy.type");
const QString hostKey = QStringLiteral("network.proxy.host");
const QString portKey = QStringLiteral("network.proxy.port");
const QString userKey = QStringLiteral("network.proxy.user");

QString modeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None:
        return QStringLiteral("none");
    case ProxySettings::Mode::Manual:
        return QStringLiteral("manual");
    case ProxySettings::Mode::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

StoreResult<ProxySettings> ProxySettings::load(Store& store)
{
    const auto values = store.localSettings().values(QStringLiteral("network.proxy."));
    if (!values.ok())
        return {{}, values.error};
    ProxySettings s;
    const QString mode = values.value.value(modeKey);
    s.mode = mode == QLatin1String("none")     ? Mode::None
             : mode == QLatin1String("manual") ? Mode::Manual
                                               : Mode::System;
    s.type = values.value.value(typeKey) == QLatin1String("socks5") ? Type::Socks5 : Type::Http;
    s.host = values.value.value(hostKey);
    bool ok = false;
    const uint port = values.value.value(portKey).toUInt(&ok);
    if (ok && port > 0 && port <= 65535)
        s.port = quint16(port);
    s.user = values.value.value(userKey);
    return {s, {}};
}

QString ProxySettings::problem() const
{
    if (mode != Mode::Manual)
        return {};
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("harness::core::ProxySettings", "Enter the proxy's host name.");
    if (host.trimmed().contains(u' ') || host.contains(u'/'))
        return QCoreApplication::translate("harness::core::ProxySettings",
                                           "Enter only the proxy's host name (e.g. proxy.example.com), "
                                           "without http:// or a path.");
    if (port == 0)
        return QCoreApplication::translate("harness::core::ProxySettings", "Enter the proxy's port.");
    return {};
}

StoreError ProxySettings::save(Store& store) const
{
    if (const QString p = problem(); !p.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, p);
    return store.localSettings().setValues(
        {{modeKey, modeName(mode)},
         {typeKey, type == Type::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http")},
         {hostKey, host.trimmed()},
         {portKey, QString::number(port)},
         {userKey, user}});
}

QNetworkProxy ProxySettings::toProxy(const QString& password) const
{
    if (mode != Mode::Manual)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkProxy proxy(type == Type::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                        host.trimmed(), port, user, user.isEmpty() ? QString() : password);
    return proxy;
}

void ProxySettings::applyToApplication(const QString& password) const
{
    switch (mode) {
    case Mode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Mode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case Mode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(toProxy(password));
        break;
    }
}

} // namespace harness::core
