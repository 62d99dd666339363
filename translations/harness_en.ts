<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChatError</name>
    <message numerus="yes">
        <source>%1 is rate limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 is rate limiting requests. Try again in %n second.</numerusform>
            <numerusform>%1 is rate limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sent nothing for %n second(s), so the answer was cut off. The partial answer was kept.</source>
        <translation>
            <numerusform>%1 sent nothing for %n second, so the answer was cut off. The partial answer was kept.</numerusform>
            <numerusform>%1 sent nothing for %n seconds, so the answer was cut off. The partial answer was kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalDataQuestion</name>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>This device holds %n item (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</numerusform>
            <numerusform>This device holds %n items (harnesses, conversations, messages, settings) of another Harness account.

Upload them to %1, keep them on this device only (never synced), or remove them from this device?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This device holds %n item(s) (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</source>
        <translation>
            <numerusform>This device holds %n item (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</numerusform>
            <numerusform>This device holds %n items (harnesses, conversations, messages, settings) created without an account.

Upload them to %1 so they appear on the web and your other devices, keep them on this device only (never synced), or remove them from this device?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>McpServerProbe</name>
    <message numerus="yes">
        <source>MCP server &quot;%1&quot; did not answer within %n second(s). Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</source>
        <translation>
            <numerusform>MCP server &quot;%1&quot; did not answer within %n second. Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</numerusform>
            <numerusform>MCP server &quot;%1&quot; did not answer within %n seconds. Check that the command or URL is right; a server fetched by npx or uvx may need longer the first time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::cli</name>
    <message numerus="yes">
        <source>id %1 · %n message(s)</source>
        <translation>
            <numerusform>id %1 · %n message</numerusform>
            <numerusform>id %1 · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n server(s) to %1</source>
        <translation>
            <numerusform>exported %n server to %1</numerusform>
            <numerusform>exported %n servers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pending:     %n change(s) not synced yet</source>
        <translation>
            <numerusform>Pending:     %n change not synced yet</numerusform>
            <numerusform>Pending:     %n changes not synced yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sync took longer than %n second(s)</source>
        <translation>
            <numerusform>sync took longer than %n second</numerusform>
            <numerusform>sync took longer than %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s), harness(es) or message(s) on this computer are not in the account yet: open the app and choose whether to upload them</source>
        <translation>
            <numerusform>%n conversation, harness or message on this computer are not in the account yet: open the app and choose whether to upload them</numerusform>
            <numerusform>%n conversations, harnesses or messages on this computer are not in the account yet: open the app and choose whether to upload them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::AgentRun</name>
    <message numerus="yes">
        <source>Stopped after %n round(s) of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</source>
        <translation>
            <numerusform>Stopped after %n round of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</numerusform>
            <numerusform>Stopped after %n rounds of tool calls: the harness allows at most that many per answer. Raise the limit in the harness settings, or ask the model to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::ConversationExport</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::DataPortability</name>
    <message numerus="yes">
        <source>Added %n harness(es).</source>
        <translation>
            <numerusform>Added %n harness.</numerusform>
            <numerusform>Added %n harnesses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n harness(es).</source>
        <translation>
            <numerusform>Updated %n harness.</numerusform>
            <numerusform>Updated %n harnesses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n MCP server(s).</source>
        <translation>
            <numerusform>Added %n MCP server.</numerusform>
            <numerusform>Added %n MCP servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n MCP server(s).</source>
        <translation>
            <numerusform>Updated %n MCP server.</numerusform>
            <numerusform>Updated %n MCP servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n provider(s) (their keys are not part of an export).</source>
        <translation>
            <numerusform>Added %n provider (their keys are not part of an export).</numerusform>
            <numerusform>Added %n providers (their keys are not part of an export).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n provider(s).</source>
        <translation>
            <numerusform>Updated %n provider.</numerusform>
            <numerusform>Updated %n providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n conversation(s).</source>
        <translation>
            <numerusform>Added %n conversation.</numerusform>
            <numerusform>Added %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n conversation(s).</source>
        <translation>
            <numerusform>Updated %n conversation.</numerusform>
            <numerusform>Updated %n conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n message(s).</source>
        <translation>
            <numerusform>Added %n message.</numerusform>
            <numerusform>Added %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n message(s).</source>
        <translation>
            <numerusform>Updated %n message.</numerusform>
            <numerusform>Updated %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were already here and were left as they are.</source>
        <translation>
            <numerusform>%n item were already here and were left as they are.</numerusform>
            <numerusform>%n items were already here and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpElicitationForm</name>
    <message numerus="yes">
        <source>Choose at least %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Choose at least %n item for &quot;%1&quot;.</numerusform>
            <numerusform>Choose at least %n items for &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n item(s) for &quot;%1&quot;.</source>
        <translation>
            <numerusform>Choose at most %n item for &quot;%1&quot;.</numerusform>
            <numerusform>Choose at most %n items for &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; needs at least %n character.</numerusform>
            <numerusform>&quot;%1&quot; needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; allows at most %n character(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; allows at most %n character.</numerusform>
            <numerusform>&quot;%1&quot; allows at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::McpServerRegistry</name>
    <message numerus="yes">
        <source>The server failed %n time(s) in a row; it will be started again when it is next used.</source>
        <translation>
            <numerusform>The server failed %n time in a row; it will be started again when it is next used.</numerusform>
            <numerusform>The server failed %n times in a row; it will be started again when it is next used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::core::NetworkFailure</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your connection or proxy, then try again.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Check your connection or proxy, then try again.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check your connection or proxy, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::AccountPanel</name>
    <message numerus="yes">
        <source>Sync: %1 (%n change(s) waiting)</source>
        <translation>
            <numerusform>Sync: %1 (%n change waiting)</numerusform>
            <numerusform>Sync: %1 (%n changes waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::DataSettings</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n harness(es)</source>
        <translation>
            <numerusform>%n harness</numerusform>
            <numerusform>%n harnesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s)</source>
        <translation>
            <numerusform>%n MCP server</numerusform>
            <numerusform>%n MCP servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment value(s) that looked like secrets were left out.</source>
        <translation>
            <numerusform>%n environment value that looked like secrets were left out.</numerusform>
            <numerusform>%n environment values that looked like secrets were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your data was copied to %1 and checked (%n conversation(s)). Harness Desktop uses it from the next start.</source>
        <translation>
            <numerusform>Your data was copied to %1 and checked (%n conversation). Harness Desktop uses it from the next start.</numerusform>
            <numerusform>Your data was copied to %1 and checked (%n conversations). Harness Desktop uses it from the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are still coming in. Wait for them to finish or stop them, then move the data.</source>
        <translation>
            <numerusform>%n answer are still coming in. Wait for them to finish or stop them, then move the data.</numerusform>
            <numerusform>%n answers are still coming in. Wait for them to finish or stop them, then move the data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessManagerPage</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>connected · %n tool(s)</source>
        <translation>
            <numerusform>connected · %n tool</numerusform>
            <numerusform>connected · %n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::McpServerDialog</name>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageActions</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>under an answer: how many tokens it used</comment>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ModelStep</name>
    <message numerus="yes">
        <source>%n model(s).</source>
        <translation>
            <numerusform>%n model.</numerusform>
            <numerusform>%n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ProviderSettings</name>
    <message numerus="yes">
        <source>It has %n model(s).</source>
        <translation>
            <numerusform>It has %n model.</numerusform>
            <numerusform>It has %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ReasoningBlock</name>
    <message numerus="yes">
        <source>Thought for %n second(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>Thought for %n second</numerusform>
            <numerusform>Thought for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n minute(s)</source>
        <comment>how long the model reasoned</comment>
        <translation>
            <numerusform>Thought for %n minute</numerusform>
            <numerusform>Thought for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::RemoveDataConfirmation</name>
    <message numerus="yes">
        <source>Remove %n conversation(s) with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n conversation with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</numerusform>
            <numerusform>Remove %n conversations with all their messages, and your harnesses and settings, from this computer? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n conversation(s)</source>
        <translation>
            <numerusform>Remove %n conversation</numerusform>
            <numerusform>Remove %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::ServerTestWidget</name>
    <message numerus="yes">
        <source>Connected to %1: %n tool(s).</source>
        <translation>
            <numerusform>Connected to %1: %n tool.</numerusform>
            <numerusform>Connected to %1: %n tools.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::SyncStatusButton</name>
    <message numerus="yes">
        <source>· %n change(s) waiting</source>
        <extracomment>Status bar: local changes not yet sent to the account</extracomment>
        <translation>
            <numerusform>· %n change waiting</numerusform>
            <numerusform>· %n changes waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
