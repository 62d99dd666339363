// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/setup/data_portability.h"

#include "core/model/harness.h"
#include "core/model/message.h"
#include "core/store/conversation_repository.h"
#include "core/store/harness_repository.h"
#include "core/store/mcp_server_repository.h"
#include "core/store/message_repository.h"
#include "core/store/provider_repository.h"
#include "core/store/settings_repository.h"
#include "core/util/app_info.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace harness::core {

namespace {

/// This file's user-visible text (lupdate files it under the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(harness::core::DataPortability)
};

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonValue& value)
{
    QMap<QString, QString> map;
    const auto o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList listFromJson(const QJsonValue& value)
{
    QStringList list;
    for (const auto& v : value.toArray())
        list.append(v.toString());
    return list;
}

qint64 msOf(const QJsonObject& o, const char* key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

// ---- rows to JSON ----------------------------------------------------------------------------

QJsonObject providerJson(const Provider& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), providerKindName(p.kind)},
            {QStringLiteral("baseUrl"), p.baseUrl},
            {QStringLiteral("headers"), mapToJson(p.headers)},
            {QStringLiteral("isDefault"), p.isDefault},
            {QStringLiteral("createdAt"), double(p.createdAt)},
            {QStringLiteral("updatedAt"), double(p.updatedAt)}};
}

QJsonObject serverJson(const StoredMcpServer& s, int* secretsLeftOut)
{
    QMap<QString, QString> env;
    for (auto it = s.config.env.cbegin(); it != s.config.env.cend(); ++it) {
        if (DataPortability::looksSecret(it.key()))
            ++*secretsLeftOut;
        else
            env.insert(it.key(), it.value());
    }
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.config.name},
            {QStringLiteral("transport"), McpServerConfig::transportName(s.config.transport)},
            {QStringLiteral("command"), s.config.command},
            {QStringLiteral("args"), QJsonArray::fromStringList(s.config.args)},
            {QStringLiteral("env"), mapToJson(env)},
            {QStringLiteral("cwd"), s.config.workingDirectory},
            {QStringLiteral("url"), s.config.url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("headers"), mapToJson(s.config.headers)},
            {QStringLiteral("auth"), McpServerConfig::authName(s.config.auth)},
            {QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("createdAt"), double(s.createdAt)},
            {QStringLiteral("updatedAt"), double(s.updatedAt)}};
}

QJsonObject harnessJson(const Harness& h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("model"), h.model},
            {QStringLiteral("status"), harnessStatusName(h.status)},
            {QStringLiteral("systemPrompt"), h.systemPrompt},
            {QStringLiteral("skills"), skillsToJson(h.skills)},
            {QStringLiteral("suggestedPrompts"), QJsonArray::fromStringList(h.suggestedPrompts)},
            {QStringLiteral("mcpServerIds"), QJsonArray::fromStringList(h.mcpServerIds)},
            {QStringLiteral("providerId"), h.providerId},
            {QStringLiteral("maxIterations"), h.maxIterations},
            {QStringLiteral("lastUsedAt"), double(h.lastUsedAt)},
            {QStringLiteral("createdAt"), double(h.createdAt)},
            {QStringLiteral("updatedAt"), double(h.updatedAt)}};
}

QJsonObject messageJson(const Message& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("role"), roleName(m.role)},
            {QStringLiteral("content"), m.content},
            {QStringLiteral("status"), statusName(m.status)},
            {QStringLiteral("parts"), m.parts.toJson()},
            {QStringLiteral("model"), m.model},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("supersededBy"), m.supersededBy},
            {QStringLiteral("createdAt"), double(m.createdAt)},
            {QStringLiteral("updatedAt"), double(m.updatedAt)}};
}

QJsonObject settingsJson(const UserSettings& s)
{
    return {{QStringLiteral("autoSwitchHarness"), s.autoSwitchHarness},
            {QStringLiteral("defaultHarnessId"), s.defaultHarnessId},
            {QStringLiteral("theme"), themeName(s.theme)},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("showUsage"), s.showUsage},
            {QStringLiteral("streamStallTimeoutSeconds"), s.streamStallTimeoutSeconds},
            {QStringLiteral("updatedAt"), double(s.updatedAt)}};
}

// ---- JSON to rows ----------------------------------------------------------------------------

Provider providerFrom(const QJsonObject& o)
{
    Provider p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.kind = providerKindFromString(o.value(QStringLiteral("kind")).toString())
                 .value_or(Provider::Kind::OpenAiCompatible);
    p.baseUrl = o.value(QStringLiteral("baseUrl")).toString();
    p.headers = mapFromJson(o.value(QStringLiteral("headers")));
    p.isDefault = o.value(QStringLiteral("isDefault")).toBool();
    p.createdAt = msOf(o, "createdAt");
    p.updatedAt = msOf(o, "updatedAt");
    return p;
}

StoredMcpServer serverFrom(const QJsonObject& o)
{
    StoredMcpServer s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.config.name = o.value(QStringLiteral("name")).toString();
    s.config.transport = McpServerConfig::transportFromName(o.value(QStringLiteral("transport")).toString());
    s.config.command = o.value(QStringLiteral("command")).toString();
    s.config.args = listFromJson(o.value(QStringLiteral("args")));
    s.config.env = mapFromJson(o.value(QStringLiteral("env")));
    s.config.workingDirectory = o.value(QStringLiteral("cwd")).toString();
    s.config.url = QUrl(o.value(QStringLiteral("url")).toString());
    s.config.headers = mapFromJson(o.value(QStringLiteral("headers")));
    s.config.auth = McpServerConfig::authFromName(o.value(QStringLiteral("auth")).toString());
    s.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    s.createdAt = msOf(o, "createdAt");
    s.updatedAt = msOf(o, "updatedAt");
    return s;
}

Harness harnessFrom(const QJsonObject& o)
{
    Harness h;
    h.id = o.value(QStringLiteral("id")).toString();
    h.name = o.value(QStringLiteral("name")).toString();
    h.model = o.value(QStringLiteral("model")).toString();
    h.status =
        harnessStatusFromString(o.value(QStringLiteral("status")).toString()).value_or(HarnessStatus::Draft);
    h.systemPrompt = o.value(QStringLiteral("systemPrompt")).toString();
    h.skills = skillsFromJson(o.value(QStringLiteral("skills")).toArray());
    h.suggestedPrompts = listFromJson(o.value(QStringLiteral("suggestedPrompts")));
    h.mcpServerIds = listFromJson(o.value(QStringLiteral("mcpServerIds")));
    h.providerId = o.value(QStringLiteral("providerId")).toString();
    h.maxIterations = o.value(QStringLiteral("maxIterations")).toInt(Harness::DefaultMaxIterations);
    h.lastUsedAt = msOf(o, "lastUsedAt");
    h.createdAt = msOf(o, "createdAt");
    h.updatedAt = msOf(o, "updatedAt");
    return h;
}

Message messageFrom(const QJsonObject& o, const QString& conversationId)
{
    Message m;
    m.id = o.value(QStringLiteral("id")).toString();
    m.conversationId = conversationId;
    m.role = messageRoleFromString(o.value(QStringLiteral("role")).toString()).value_or(MessageRole::User);
    m.content = o.value(QStringLiteral("content")).toString();
    m.status = messageStatusFromString(o.value(QStringLiteral("status")).toString())
                   .value_or(MessageStatus::Complete);
    // An answer that was streaming when exported will never finish here.
    if (m.status == MessageStatus::Streaming)
        m.status = MessageStatus::Interrupted;
    m.parts = MessageParts::fromJson(o.value(QStringLiteral("parts")).toArray());
    m.model = o.value(QStringLiteral("model")).toString();
    m.error = o.value(QStringLiteral("error")).toString();
    m.supersededBy = o.value(QStringLiteral("supersededBy")).toString();
    m.createdAt = msOf(o, "createdAt");
    m.updatedAt = msOf(o, "updatedAt");
    return m;
}

void countSummary(QStringList& lines, const PortabilityReport::Counts& c, const QString& added,
                  const QString& updated)
{
    if (c.added > 0)
        lines.append(added);
    if (c.updated > 0)
        lines.append(updated);
}

} // namespace

bool DataPortability::looksSecret(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

StoreResult<QJsonObject> DataPortability::exportAll(Store& store, PortabilityReport* report)
{
    PortabilityReport local;
    PortabilityReport& r = report ? *report : local;
    QJsonObject document{{QStringLiteral("format"), QLatin1String(FormatName)},
                         {QStringLiteral("version"), FormatVersion},
                         {QStringLiteral("app"), AppInfo::version()},
                         {QStringLiteral("exportedAt"), double(QDateTime::currentMSecsSinceEpoch())}};

    const auto settings = store.settings().load();
    if (!settings.ok())
        return {{}, settings.error};
    document.insert(QStringLiteral("settings"), settingsJson(settings.value));

    const auto providers = store.providers().list();
    if (!providers.ok())
        return {{}, providers.error};
    QJsonArray providerArray;
    for (const auto& p : providers.value)
        providerArray.append(providerJson(p));
    r.providers.added = int(providerArray.size());
    document.insert(QStringLiteral("providers"), providerArray);

    const auto servers = store.mcpServers().list();
    if (!servers.ok())
        return {{}, servers.error};
    QJsonArray serverArray;
    for (const auto& s : servers.value)
        serverArray.append(serverJson(s, &r.secretsLeftOut));
    r.mcpServers.added = int(serverArray.size());
    document.insert(QStringLiteral("mcpServers"), serverArray);

    const auto harnesses = store.harnesses().list();
    if (!harnesses.ok())
        return {{}, harnesses.error};
    QJsonArray harnessArray;
    for (const auto& h : harnesses.value)
        harnessArray.append(harnessJson(h));
    r.harnesses.added = int(harnessArray.size());
    document.insert(QStringLiteral("harnesses"), harnessArray);

    const auto conversations = store.conversations().list(0, std::numeric_limits<int>::max(), true);
    if (!conversations.ok())
        return {{}, conversations.error};
    QJsonArray conversationArray;
    for (const auto& c : conversations.value) {
        // Earlier versions (the branch an edited message replaced) travel too, in their place.
        const auto messages = store.messages().allVersions(c.id);
        if (!messages.ok())
            return {{}, messages.error};
        QJsonArray messageArray;
        for (const auto& m : messages.value)
            messageArray.append(messageJson(m));
        r.messages.added += int(messageArray.size());
        conversationArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                             {QStringLiteral("title"), c.title},
                                             {QStringLiteral("lastHarnessId"), c.lastHarnessId},
                                             {QStringLiteral("lastMessageAt"), double(c.lastMessageAt)},
                                             {QStringLiteral("pinned"), c.pinned},
                                             {QStringLiteral("archived"), c.archived},
                                             {QStringLiteral("createdAt"), double(c.createdAt)},
                                             {QStringLiteral("updatedAt"), double(c.updatedAt)},
                                             {QStringLiteral("messages"), messageArray}});
    }
    r.conversations.added = int(conversationArray.size());
    document.insert(QStringLiteral("conversations"), conversationArray);
    return {document, {}};
}

QByteArray DataPortability::exportJson(Store& store, PortabilityReport* report)
{
    const auto document = exportAll(store, report);
    if (!document.ok()) {
        if (report)
            report->error = document.error.userMessage();
        return {};
    }
    return QJsonDocument(document.value).toJson(QJsonDocument::Indented);
}

PortabilityReport DataPortability::importJson(Store& store, const QByteArray& json)
{
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        PortabilityReport report;
        report.error = Tr::tr("The file is not valid JSON (%1 at byte %2). Nothing was imported.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return report;
    }
    return importAll(store, document.object());
}

PortabilityReport DataPortability::importAll(Store& store, const QJsonObject& document)
{
    PortabilityReport r;
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)) {
        r.error = Tr::tr("This is not a Harness Desktop export file. Nothing was imported.");
        return r;
    }
    if (document.value(QStringLiteral("version")).toInt() > FormatVersion) {
        r.error = Tr::tr("This export was made by a newer Harness Desktop. Update the app, then import it "
                         "again. Nothing was imported.");
        return r;
    }

    const auto error = store.database().write([&]() -> StoreError {
        // Providers: ids that exist here after the import (the harnesses' references).
        QSet<QString> providerIds;
        const bool hadDefault = store.providers().defaultProvider().ok();
        for (const auto& value : document.value(QStringLiteral("providers")).toArray()) {
            Provider incoming = providerFrom(value.toObject());
            if (incoming.id.isEmpty())
                continue;
            const auto existing = store.providers().get(incoming.id);
            if (existing.ok()) {
                providerIds.insert(incoming.id);
                if (incoming.updatedAt > existing.value.updatedAt) {
                    incoming.remoteId = existing.value.remoteId;
                    incoming.isDefault = existing.value.isDefault;
                    if (auto e = store.providers().update(incoming))
                        return e;
                    ++r.providers.updated;
                } else {
                    ++r.providers.unchanged;
                }
                continue;
            }
            if (hadDefault)
                incoming.isDefault = false;
            if (auto e = store.providers().create(incoming)) {
                if (e.kind != StoreError::Kind::Invalid)
                    return e;
                r.problems.append(
                    Tr::tr("Provider \"%1\" was skipped: %2").arg(incoming.name, e.userMessage()));
                continue;
            }
            providerIds.insert(incoming.id);
            ++r.providers.added;
        }

        // MCP servers: the file's id -> the id here (a server with the same name is the same server).
        QHash<QString, QString> serverIds;
        for (const auto& value : document.value(QStringLiteral("mcpServers")).toArray()) {
            StoredMcpServer incoming = serverFrom(value.toObject());
            if (incoming.id.isEmpty())
                continue;
            auto existing = store.mcpServers().get(incoming.id);
            if (!existing.ok()) {
                const auto byName = store.mcpServers().findByName(incoming.config.name);
                if (byName.ok()) {
                    serverIds.insert(incoming.id, byName.value.id);
                    ++r.mcpServers.unchanged;
                    continue;
                }
                if (auto e = store.mcpServers().create(incoming)) {
                    if (e.kind != StoreError::Kind::Invalid)
                        return e;
                    r.problems.append(Tr::tr("MCP server \"%1\" was skipped: %2")
                                          .arg(incoming.config.name, e.userMessage()));
                    continue;
                }
                serverIds.insert(incoming.id, incoming.id);
                ++r.mcpServers.added;
                continue;
            }
            serverIds.insert(incoming.id, incoming.id);
            if (incoming.updatedAt <= existing.value.updatedAt) {
                ++r.mcpServers.unchanged;
                continue;
            }
            // Keep the environment values an export leaves out (secrets) that this device has.
            for (auto it = existing.value.config.env.cbegin(); it != existing.value.config.env.cend(); ++it)
                if (!incoming.config.env.contains(it.key()) && DataPortability::looksSecret(it.key()))
                    incoming.config.env.insert(it.key(), it.value());
            if (auto e = store.mcpServers().update(incoming)) {
                if (e.kind != StoreError::Kind::Invalid)
                    return e;
                r.problems.append(Tr::tr("MCP server \"%1\" was not updated: %2")
                                      .arg(incoming.config.name, e.userMessage()));
                continue;
            }
            ++r.mcpServers.updated;
        }

        QSet<QString> harnessIds;
        for (const auto& value : document.value(QStringLiteral("harnesses")).toArray()) {
            Harness incoming = harnessFrom(value.toObject());
            if (incoming.id.isEmpty())
                continue;
            QStringList servers;
            for (const auto& id : std::as_const(incoming.mcpServerIds))
                if (const QString here =
                        serverIds.value(id, store.mcpServers().get(id).ok() ? id : QString());
                    !here.isEmpty() && !servers.contains(here))
                    servers.append(here);
            incoming.mcpServerIds = servers;
            if (!incoming.providerId.isEmpty() && !providerIds.contains(incoming.providerId) &&
                !store.providers().get(incoming.providerId).ok())
                incoming.providerId.clear();
            const auto existing = store.harnesses().get(incoming.id);
            if (existing.ok()) {
                harnessIds.insert(incoming.id);
                if (incoming.updatedAt > existing.value.updatedAt) {
                    incoming.remoteId = existing.value.remoteId;
                    if (auto e = store.harnesses().update(incoming))
                        return e;
                    ++r.harnesses.updated;
                } else {
                    ++r.harnesses.unchanged;
                }
                continue;
            }
            if (auto e = store.harnesses().create(incoming)) {
                if (e.kind != StoreError::Kind::Invalid)
                    return e;
                r.problems.append(
                    Tr::tr("Harness \"%1\" was skipped: %2").arg(incoming.name, e.userMessage()));
                continue;
            }
            harnessIds.insert(incoming.id);
            ++r.harnesses.added;
        }
        const auto harnessHere = [&](const QString& id) {
            return !id.isEmpty() && (harnessIds.contains(id) || store.harnesses().get(id).ok());
        };

        for (const auto& value : document.value(QStringLiteral("conversations")).toArray()) {
            const auto o = value.toObject();
            Conversation incoming;
            incoming.id = o.value(QStringLiteral("id")).toString();
            if (incoming.id.isEmpty())
                continue;
            incoming.title = o.value(QStringLiteral("title")).toString();
            incoming.lastHarnessId = o.value(QStringLiteral("lastHarnessId")).toString();
            if (!harnessHere(incoming.lastHarnessId))
                incoming.lastHarnessId.clear();
            incoming.lastMessageAt = msOf(o, "lastMessageAt");
            incoming.pinned = o.value(QStringLiteral("pinned")).toBool();
            incoming.archived = o.value(QStringLiteral("archived")).toBool();
            incoming.createdAt = msOf(o, "createdAt");
            incoming.updatedAt = msOf(o, "updatedAt");
            const auto existing = store.conversations().get(incoming.id);
            if (!existing.ok()) {
                if (auto e = store.conversations().create(incoming))
                    return e;
                ++r.conversations.added;
            } else if (incoming.updatedAt > existing.value.updatedAt) {
                const auto& here = existing.value;
                if (here.title != incoming.title)
                    if (auto e = store.conversations().rename(incoming.id, incoming.title))
                        return e;
                if (here.pinned != incoming.pinned)
                    if (auto e = store.conversations().setPinned(incoming.id, incoming.pinned))
                        return e;
                if (here.archived != incoming.archived)
                    if (auto e = store.conversations().setArchived(incoming.id, incoming.archived))
                        return e;
                if (!incoming.lastHarnessId.isEmpty() && here.lastHarnessId != incoming.lastHarnessId)
                    if (auto e = store.conversations().setLastHarness(incoming.id, incoming.lastHarnessId))
                        return e;
                ++r.conversations.updated;
            } else {
                ++r.conversations.unchanged;
            }
            // Messages in their order; ones already here are updated when the file's copy is newer.
            for (const auto& mv : o.value(QStringLiteral("messages")).toArray()) {
                Message m = messageFrom(mv.toObject(), incoming.id);
                if (m.id.isEmpty())
                    continue;
                const auto here = store.messages().get(m.id);
                if (here.ok()) {
                    if (here.value.conversationId != incoming.id) {
                        r.problems.append(Tr::tr("A message of \"%1\" was skipped: its id belongs to another "
                                                 "conversation here.")
                                              .arg(incoming.title));
                    } else if (m.updatedAt > here.value.updatedAt) {
                        if (auto e = store.messages().update(m))
                            return e;
                        // Edited and resent since (on the other device): the old branch here
                        // becomes the earlier version too.
                        if (auto e = store.messages().setSupersededBy(m.id, m.supersededBy))
                            return e;
                        ++r.messages.updated;
                    } else {
                        ++r.messages.unchanged;
                    }
                    continue;
                }
                if (auto e = store.messages().append(m))
                    return e;
                if (!m.supersededBy.isEmpty()) { // an earlier version keeps its place in history
                    if (auto e = store.messages().setSupersededBy(m.id, m.supersededBy))
                        return e;
                }
                ++r.messages.added;
            }
        }

        const auto settings = document.value(QStringLiteral("settings")).toObject();
        if (!settings.isEmpty()) {
            auto current = store.settings().load();
            if (!current.ok())
                return current.error;
            if (msOf(settings, "updatedAt") > current.value.updatedAt) {
                UserSettings s = current.value;
                s.autoSwitchHarness =
                    settings.value(QStringLiteral("autoSwitchHarness")).toBool(s.autoSwitchHarness);
                const QString defaultHarness = settings.value(QStringLiteral("defaultHarnessId")).toString();
                s.defaultHarnessId = harnessHere(defaultHarness) ? defaultHarness : QString();
                s.theme = themeFromString(settings.value(QStringLiteral("theme")).toString());
                s.language = settings.value(QStringLiteral("language")).toString();
                s.showUsage = settings.value(QStringLiteral("showUsage")).toBool(s.showUsage);
                const int stall = settings.value(QStringLiteral("streamStallTimeoutSeconds")).toInt();
                if (stall >= 5 && stall <= 3600)
                    s.streamStallTimeoutSeconds = stall;
                if (auto e = store.settings().save(s))
                    return e;
                r.settingsApplied = true;
            }
        }
        return {};
    });
    if (error) {
        PortabilityReport failed;
        failed.error = Tr::tr("The import failed and nothing was changed: %1").arg(error.userMessage());
        return failed;
    }
    return r;
}

QString PortabilityReport::summary() const
{
    if (!error.isEmpty())
        return error;
    QStringList lines;
    countSummary(lines, harnesses, Tr::tr("Added %n harness(es).", nullptr, harnesses.added),
                 Tr::tr("Updated %n harness(es).", nullptr, harnesses.updated));
    countSummary(lines, mcpServers, Tr::tr("Added %n MCP server(s).", nullptr, mcpServers.added),
                 Tr::tr("Updated %n MCP server(s).", nullptr, mcpServers.updated));
    countSummary(
        lines, providers,
        Tr::tr("Added %n provider(s) (their keys are not part of an export).", nullptr, providers.added),
        Tr::tr("Updated %n provider(s).", nullptr, providers.updated));
    countSummary(lines, conversations, Tr::tr("Added %n conversation(s).", nullptr, conversations.added),
                 Tr::tr("Updated %n conversation(s).", nullptr, conversations.updated));
    countSummary(lines, messages, Tr::tr("Added %n message(s).", nullptr, messages.added),
                 Tr::tr("Updated %n message(s).", nullptr, messages.updated));
    const int unchanged = harnesses.unchanged + mcpServers.unchanged + providers.unchanged +
                          conversations.unchanged + messages.unchanged;
    if (unchanged > 0)
        lines.append(Tr::tr("%n item(s) were already here and were left as they are.", nullptr, unchanged));
    if (settingsApplied)
        lines.append(Tr::tr("Settings were taken from the file."));
    if (lines.isEmpty())
        lines.append(Tr::tr("The file held nothing new."));
    for (const auto& p : problems)
        lines.append(p);
    return lines.join(u'\n');
}

} // namespace harness::core
