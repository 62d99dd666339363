// SPDX-FileCopyrightText: 2026 Harness Desktop contributors
// SPDX-License-Identifier: MIT
// The client the official conformance suite launches in tst_mcp_conformance:
//   mcp_conformance_client <server URL>   (scenario in MCP_CONFORMANCE_SCENARIO)
#include "core/mcp/mcp_conformance_client.h"

#include <QCoreApplication>
#include <cstdio>

using namespace harness::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: mcp_conformance_client URL\n");
        return 2;
    }
    McpConformanceClient client(QUrl(args.last()), qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO"));
    QObject::connect(&client, &McpConformanceClient::finished, &app, [&](int code) {
        for (const QString& line : client.report())
            std::fprintf(stderr, "%s\n", qPrintable(line));
        app.exit(code);
    });
    client.run();
    return app.exec();
}
