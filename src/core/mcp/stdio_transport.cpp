// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
#include "core/mcp/stdio_transport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace harness::core {

StdioTransport::StdioTransport(const McpServerConfig& config, QObject* parent)
    : McpTransport(parent), m_config(config)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &StdioTransport::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &StdioTransport::onStderr);
    connect(&m_process, &QProcess::finished, this, &StdioTransport::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &StdioTransport::onErrorOccurred);
    connect(&m_process, &QProcess::started, this, &McpTransport::opened);
    m_shutdownTimer.setSingleShot(true);
    connect(&m_shutdownTimer, &QTimer::timeout, this, &StdioTransport::shutdownStep);
}

StdioTransport::~StdioTransport()
{
    // Synchronous last resort: the process must not outlive its transport.
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(300)) {
            m_process.terminate();
            if (!m_process.waitForFinished(1000)) {
                m_process.kill();
                m_process.waitForFinished(1000);
            }
        }
    }
}

QString StdioTransport::resolveProgram(const QString& command, const QStringList& pathDirs,
                                       const QString& workingDir)
{
    if (QFileInfo(command).isAbsolute())
        return command;
    if (command.contains(QLatin1Char('/'))) {
        const QDir base(workingDir.isEmpty() ? QDir::currentPath() : workingDir);
        return QDir::cleanPath(base.absoluteFilePath(command));
    }
    return QStandardPaths::findExecutable(command, pathDirs);
}

void StdioTransport::open()
{
    m_closing = false;
    m_failed = false;
    m_shutdownStage = 0;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_config.env.begin(); it != m_config.env.end(); ++it)
        env.insert(it.key(), it.value());
    const QStringList path =
        env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    const QString program = resolveProgram(m_config.command, path, m_config.workingDirectory);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        m_failed = true;
        const QString error = tr("Could not start MCP server \"%1\": the command \"%2\" was not found or "
                                 "is not executable. Install it, or enter its full path in the server "
                                 "settings.")
                                  .arg(m_config.name, m_config.command);
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_config.workingDirectory.isEmpty() && !QFileInfo(m_config.workingDirectory).isDir()) {
        m_failed = true;
        const QString error = tr("Could not start MCP server \"%1\": the working directory \"%2\" does not "
                                 "exist. Fix it in the server settings.")
                                  .arg(m_config.name, m_config.workingDirectory);
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_process.setProcessEnvironment(env);
    if (!m_config.workingDirectory.isEmpty())
        m_process.setWorkingDirectory(m_config.workingDirectory);
#ifdef Q_OS_LINUX
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.setProgram(program);
    m_process.setArguments(m_config.args);
    emit logLine(QStringLiteral("info"),
                 tr("Starting %1 %2").arg(program, m_config.args.join(QLatin1Char(' '))), false);
    m_process.start(QIODevice::ReadWrite);
}

void StdioTransport::send(const QJsonObject& message)
{
    if (m_process.state() != QProcess::Running) {
        emit sendFailed(message.value(QLatin1String("id")),
                        tr("MCP server \"%1\" is not running.").arg(m_config.name));
        return;
    }
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line += '\n';
    m_process.write(line);
}

bool StdioTransport::isOpen() const
{
    return m_process.state() == QProcess::Running && !m_closing;
}

qint64 StdioTransport::processId() const
{
    return m_process.processId();
}

void StdioTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    if (m_process.state() == QProcess::NotRunning) {
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    }
    m_shutdownStage = 0;
    shutdownStep();
}

void StdioTransport::shutdownStep()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    switch (m_shutdownStage++) {
    case 0:
        m_process.closeWriteChannel();
        m_shutdownTimer.start(m_graceMs);
        break;
    case 1:
        emit logLine(QStringLiteral("warning"), tr("Server did not exit after stdin closed; terminating."),
                     false);
        m_process.terminate();
        m_shutdownTimer.start(m_graceMs);
        break;
    default:
        emit logLine(QStringLiteral("warning"), tr("Server did not terminate; killing it."), false);
        m_process.kill();
        break;
    }
}

void StdioTransport::onStdout()
{
    const JsonLineBuffer::Output out = m_stdout.append(m_process.readAllStandardOutput());
    for (const QByteArray& junk : out.garbage)
        emit logLine(QStringLiteral("warning"),
                     tr("Ignored non-JSON output on stdout: %1").arg(QString::fromUtf8(junk.left(500))),
                     false);
    for (const QJsonObject& msg : out.messages)
        emit messageReceived(msg);
}

void StdioTransport::onStderr()
{
    m_stderrPending += m_process.readAllStandardError();
    qsizetype nl;
    while ((nl = m_stderrPending.indexOf('\n')) >= 0) {
        QByteArray line = m_stderrPending.left(nl);
        m_stderrPending.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            emit logLine(QStringLiteral("info"), QString::fromUtf8(line), true);
    }
}

void StdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onStdout();
    onStderr();
    if (!m_stderrPending.isEmpty()) {
        emit logLine(QStringLiteral("info"), QString::fromUtf8(m_stderrPending), true);
        m_stderrPending.clear();
    }
    m_shutdownTimer.stop();
    m_stdout.clear();
    if (m_closing) {
        emit closed();
        return;
    }
    QString error;
    if (status == QProcess::CrashExit)
        error = tr("MCP server \"%1\" crashed. See its log for details; it is restarted automatically.")
                    .arg(m_config.name);
    else
        error = tr("MCP server \"%1\" exited unexpectedly with code %2. See its log for details.")
                    .arg(m_config.name)
                    .arg(exitCode);
    m_failed = true;
    emit failed(error);
    emit closed();
}

void StdioTransport::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart && !m_failed) {
        m_failed = true;
        emit failed(
            tr("Could not start MCP server \"%1\" (%2): %3. Check the command in the server settings.")
                .arg(m_config.name, m_config.command, m_process.errorString()));
    }
}

} // namespace harness::core
