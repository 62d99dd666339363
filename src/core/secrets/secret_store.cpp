// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/secrets/secret_store.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace harness::core {

void SecretStore::deliver(QObject* context, const Callback& done, const SecretResult& result)
{
    if (!done)
        return;
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        context ? context : QCoreApplication::instance(),
        [guard, hadContext, done, result] {
            if (hadContext && !guard)
                return;
            done(result);
        },
        Qt::QueuedConnection);
}

} // namespace harness::core
