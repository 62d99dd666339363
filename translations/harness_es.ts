<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>harness::core::ConversationListModel</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::core::DayGroup</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::core::MessageRepository</name>
    <message>
        <source>Harness Desktop closed while this answer was streaming. The text received so far is kept; retry or continue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::core::SearchResultModel</name>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::core::StoreError</name>
    <message>
        <source>The conversation database cannot be opened. Check that the data folder exists and that you may write to it, or choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is damaged and cannot be read. Harness keeps the file untouched; you can start with a fresh database and keep the old file for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database was written by a newer version of Harness Desktop. Update the app to open it; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is locked by another program. Close other copies of Harness Desktop or harness-cli that use the same data folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database is read-only. Check the permissions of the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change could not be saved. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::ChatPage</name>
    <message>
        <source>Ask anything. Your conversation is saved on this computer as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message… (Enter to send, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::FirstRunPage</name>
    <message>
        <source>Welcome to Harness Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s build your first harness: a model, the tools it may use, and how it should behave. You can add MCP tool servers and change everything later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create harness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessForm</name>
    <message>
        <source>Harness name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Research assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id, e.g. anthropic/claude-sonnet-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: how the model should behave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the harness a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model, e.g. anthropic/claude-sonnet-4 or openai/gpt-4o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model id has no spaces, e.g. anthropic/claude-sonnet-4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::HarnessManagerPage</name>
    <message>
        <source>Harnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New harness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the harness &quot;%1&quot;? Conversations that used it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit harness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::MainWindow</name>
    <message>
        <source>Harness Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harness created. Say hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the message field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) · local profile</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a conversation switches to the harness it last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-switch harness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-switch harness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tokens and cost under answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream stall timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a silent stream after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data location:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>harness::gui::Sidebar</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage harnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation mentions &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>harness::gui::StoreOpener</name>
    <message>
        <source>Database: %1

Start with a fresh, empty database? The current file is kept next to it under a new name, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh, keep the old file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old database could not be moved aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Harness Desktop: chat with LLM agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep conversations in DIR (default: $HARNESS_DATA_DIR, else the platform&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
